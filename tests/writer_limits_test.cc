// Bounds on what one article may put into the index (issue 19): every term
// fits Xapian's limit whatever the fields hold, a refused article costs only
// itself (never the uncommitted batch), quote ids cannot collide with article
// ids, titles are cut, ids keep their exact text, dates are normalised or
// reported, and a lone surrogate is named. (The CLIs: tests/e2e_bad_records.py.)
#include <doctest/doctest.h>
#include <unistd.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "read/article_fields.h"
#include "kosearch/index.h"
#include "kosearch/reader.h"
#include "kosearch/search.h"
#include "index/schema.h"
#include "text/unicode_text.h"

namespace fs = std::filesystem;

namespace {

fs::path FreshDir(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("kosearch-limits-" + std::to_string(::getpid()) + "-" + name);
  fs::remove_all(d);
  return d;
}

kosearch::Article MakeArticle(const std::string& id, const std::string& body = "반도체 수출이 지난달 크게 늘었다.") {
  kosearch::Article a;
  a.id = id;
  a.origin = "test:" + std::to_string(id.size());
  a.title = "수출 기사";
  a.body = body;
  return a;
}

std::string Repeat(const std::string& s, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

std::vector<std::string> Ids(kosearch::Searcher& searcher, const std::string& query) {
  auto r = searcher.Search(query);
  REQUIRE(r.ok());
  std::vector<std::string> ids;
  for (const auto& h : r->hits) ids.push_back(h.kind + " " + h.id);
  return ids;
}

struct Collected {
  std::vector<kosearch::Article> articles;
  std::vector<std::string> errors;
};

Collected ReadJsonl(const fs::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary) << text;
  Collected c;
  auto s = kosearch::ReadArticles(
      {file.string()}, [&](kosearch::Article&& a) { c.articles.push_back(std::move(a)); return true; },
      [&](const std::string& e) { c.errors.push_back(e); });
  REQUIRE(s.ok());
  return c;
}

}  // namespace

TEST_CASE("long ids, sources and dates are indexed under bounded terms and found again") {
  fs::path db = FreshDir("long");
  const std::string x250(250, 'x');
  const std::string hangul100 = Repeat("가", 100);  // 300 bytes
  const std::string long_source = Repeat("아주경제신문", 30);  // 540 bytes
  {
    auto w = kosearch::IndexWriter::Open(db.string());
    REQUIRE(w.ok());
    CHECK(*(*w)->Add(MakeArticle("ok1")) == kosearch::AddOutcome::kAdded);
    CHECK(*(*w)->Add(MakeArticle(x250)) == kosearch::AddOutcome::kAdded);
    CHECK(*(*w)->Add(MakeArticle(hangul100)) == kosearch::AddOutcome::kAdded);
    kosearch::Article sourced = MakeArticle("sourced");
    sourced.source = long_source;
    CHECK(*(*w)->Add(sourced) == kosearch::AddOutcome::kAdded);
    CHECK(*(*w)->Add(MakeArticle(x250)) == kosearch::AddOutcome::kUnchanged);  // found again by its hashed term
    REQUIRE((*w)->Commit().ok());
    CHECK((*w)->ArticleCount() == 4);
  }
  Xapian::Database xdb(db.string());
  size_t terms = 0;
  for (auto it = xdb.allterms_begin(); it != xdb.allterms_end(); ++it, ++terms) {
    CHECK_MESSAGE(kosearch::schema::TermFits(*it), "term of " << (*it).size() << " bytes");
  }
  CHECK(terms > 10);
  auto s = kosearch::Searcher::Open(db.string());
  REQUIRE(s.ok());
  CHECK(Ids(**s, "id:" + x250) == std::vector<std::string>{"article " + x250});
  CHECK(Ids(**s, "id:" + hangul100) == std::vector<std::string>{"article " + hangul100});
  CHECK(Ids(**s, "source:" + long_source) == std::vector<std::string>{"article sourced"});
  fs::remove_all(db);
}

TEST_CASE("a refused article costs only itself: five added, one refused, five remain before and after the commit") {
  fs::path db = FreshDir("batch");
  auto w = kosearch::IndexWriter::Open(db.string());
  REQUIRE(w.ok());
  for (int i = 0; i < 5; ++i) REQUIRE(*(*w)->Add(MakeArticle("good" + std::to_string(i))) == kosearch::AddOutcome::kAdded);
  REQUIRE((*w)->ArticleCount() == 5);
  struct Bad {
    kosearch::Article article;
    std::string reason;
  };
  std::vector<Bad> bad;
  bad.push_back({MakeArticle(std::string(2000, 'i')), "\"id\" too long: 2000 bytes (limit 1024)"});
  bad.push_back({MakeArticle("src"), "\"source\" too long: 3000 bytes (limit 1024)"});
  bad.back().article.source = Repeat("신문", 500);
  bad.push_back({MakeArticle("url"), "\"url\" too long: 9000 bytes (limit 8192)"});
  bad.back().article.url = std::string(9000, 'u');
  bad.push_back({MakeArticle("date"), "bad date \"yesterday\""});
  bad.back().article.date = "yesterday";
  bad.push_back({MakeArticle("utf8"), "invalid UTF-8 in \"title\" at byte 3"});
  bad.back().article.title = "제\xff목";
  for (const Bad& b : bad) {
    auto r = (*w)->Add(b.article);
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().code() == kosearch::Status::Code::kInvalidArgument);
    CHECK(r.status().message() == b.article.origin + ": " + b.reason);
    CHECK((*w)->ArticleCount() == 5);
  }
  REQUIRE((*w)->Add(MakeArticle("good5")).ok());
  REQUIRE((*w)->Commit().ok());
  CHECK((*w)->ArticleCount() == 6);
  w->reset();
  CHECK(Xapian::Database(db.string()).get_doccount() == 6);
  fs::remove_all(db);
}

TEST_CASE("an article id of the form <id>#q<n> never collides with the quotes of article <id>") {
  fs::path db = FreshDir("quotes");
  const std::string quoted =
      "최태원 SK그룹 회장은 이날 \"옴니버스는 제조업의 미래를 바꿀 플랫폼\"이라고 말했다. "
      "그는 \"반도체 투자를 계속 늘리겠다\"고 덧붙였다.";
  auto w = kosearch::IndexWriter::Open(db.string());
  REQUIRE(w.ok());
  REQUIRE((*w)->Add(MakeArticle("art", quoted)).ok());
  REQUIRE((*w)->Add(MakeArticle("art#q0", "옴니버스 관련 별도 기사의 본문이다.")).ok());
  REQUIRE((*w)->Commit().ok());
  auto s = kosearch::Searcher::Open(db.string());
  REQUIRE(s.ok());
  const std::vector<std::string> quotes_before = Ids(**s, "kind:quote id:art#q0");
  REQUIRE(quotes_before == std::vector<std::string>{"quote art#q0"});
  // Re-indexing a changed "art" replaces its quotes, not the article "art#q0".
  REQUIRE(*(*w)->Add(MakeArticle("art", quoted + " 회사 측은 \"협력을 넓히겠다\"고 밝혔다.")) == kosearch::AddOutcome::kReplaced);
  REQUIRE((*w)->Commit().ok());
  CHECK((*w)->ArticleCount() == 2);
  s = kosearch::Searcher::Open(db.string());
  REQUIRE(s.ok());
  CHECK(Ids(**s, "id:art#q0") == std::vector<std::string>{"article art#q0"});
  CHECK(Ids(**s, "kind:quote id:art#q0") == std::vector<std::string>{"quote art#q0"});
  // Deleting the article "art#q0" leaves the quotes of "art".
  REQUIRE((*w)->Delete("art#q0").ok());
  REQUIRE((*w)->Commit().ok());
  s = kosearch::Searcher::Open(db.string());
  REQUIRE(s.ok());
  CHECK(Ids(**s, "id:art#q0").empty());
  CHECK(Ids(**s, "kind:quote id:art#q0") == std::vector<std::string>{"quote art#q0"});
  fs::remove_all(db);
}

TEST_CASE("a long title is cut at a character boundary, and the reader says so") {
  std::string title = Repeat("대통령", 2000);  // 6000 characters, 18000 bytes
  CHECK(kosearch::CutTitle(&title) == 6000);
  CHECK(kosearch::CodePointCount(title) == kosearch::kMaxTitleChars);
  CHECK(kosearch::IsValidUtf8(title));
  std::string short_title = "짧은 제목";
  CHECK(kosearch::CutTitle(&short_title) == 0);
  CHECK(short_title == "짧은 제목");

  fs::path dir = FreshDir("title");
  fs::create_directories(dir);
  const std::string long_title = Repeat("경제 ", 400000);  // 1.6 MB
  Collected c = ReadJsonl(dir / "t.jsonl", "{\"id\": \"t1\", \"title\": \"" + long_title + "\", \"body\": \"본문 내용.\"}\n");
  REQUIRE(c.articles.size() == 1);
  CHECK(kosearch::CodePointCount(c.articles[0].title) == kosearch::kMaxTitleChars);
  CHECK(c.errors == std::vector<std::string>{(dir / "t.jsonl").string() + ":1: title too long (1200000 characters), cut to 1000"});

  fs::path db = dir / "db";
  auto w = kosearch::IndexWriter::Open(db.string());
  REQUIRE(w.ok());
  kosearch::Article a = MakeArticle("long-title");
  a.title = long_title;  // the library cuts it too
  REQUIRE((*w)->Add(a).ok());
  REQUIRE((*w)->Commit().ok());
  auto s = kosearch::Searcher::Open(db.string());
  REQUIRE(s.ok());
  auto r = (*s)->Search("title:경제");
  REQUIRE(r.ok());
  REQUIRE(r->hits.size() == 1);
  CHECK(kosearch::CodePointCount(r->hits[0].title) == kosearch::kMaxTitleChars);
  fs::remove_all(dir);
}

TEST_CASE("JSON integer ids keep their exact decimal text; other numbers are refused") {
  fs::path dir = FreshDir("ids");
  fs::create_directories(dir);
  const std::string f = (dir / "ids.jsonl").string();
  Collected c = ReadJsonl(f,
                          "{\"id\": 18446744073709551615, \"body\": \"가장 큰 번호의 기사.\"}\n"
                          "{\"id\": -1, \"body\": \"음수 번호의 기사.\"}\n"
                          "{\"id\": 9223372036854775807, \"body\": \"부호 있는 최대.\"}\n"
                          "{\"id\": 1.5, \"body\": \"소수 번호.\"}\n"
                          "{\"id\": 1e30, \"body\": \"지수 번호.\"}\n"
                          "{\"id\": 123456789012345678901234, \"body\": \"너무 큰 번호.\"}\n");
  REQUIRE(c.articles.size() == 3);
  CHECK(c.articles[0].id == "18446744073709551615");
  CHECK(c.articles[1].id == "-1");
  CHECK(c.articles[2].id == "9223372036854775807");
  REQUIRE(c.errors.size() == 3);
  CHECK(c.errors[0] == f + ":4: \"id\" 1.5 is not an integer of at most 64 bits; write the id as a string");
  const std::string not_integer = " is not an integer of at most 64 bits; write the id as a string";
  CHECK(c.errors[1].starts_with(f + ":5: \"id\" 1"));
  CHECK(c.errors[1].ends_with(not_integer));
  CHECK(c.errors[2].starts_with(f + ":6: \"id\" 1.2345678901234"));
  CHECK(c.errors[2].ends_with(not_integer));
  fs::remove_all(dir);
}

TEST_CASE("dates: readable forms are normalised, the rest reported and dropped by the reader") {
  using kosearch::NormalizeDate;
  const std::vector<std::pair<std::string, std::string>> good = {
      {"2024-03-05", "2024-03-05"},
      {"2024.3.5", "2024-03-05"},
      {"2024. 3. 5.", "2024-03-05"},
      {"2024/03/05", "2024-03-05"},
      {"20240305", "2024-03-05"},
      {"２０２４－０３－０５", "2024-03-05"},  // full-width: NFKC first
      {"2024년 3월 5일", "2024-03-05"},
      {"2024년 3월 5일 (화)", "2024-03-05"},
      {"2024년 03월 05일 화요일", "2024-03-05"},
      {"2024-03-05T23:30:00-05:00", "2024-03-05"},  // the date as written, whatever the zone
      {"2024-03-05T09:30:00.123Z", "2024-03-05"},
      {"2024-03-05 09:30", "2024-03-05"},
      {"2024-02-29", "2024-02-29"},
      {"2024-03", "2024-03"},
      {"2024년 3월", "2024-03"},
      {"2024", "2024"},
      {"  2024-03-05 ", "2024-03-05"},
      {"", ""},
  };
  // A pair, not a structured binding: clang 14 cannot capture bindings in doctest's lambdas.
  for (const auto& date : good) {
    const std::string& raw = date.first;
    auto got = NormalizeDate(raw);
    CHECK_MESSAGE(got.has_value(), raw);
    if (got) CHECK_MESSAGE(*got == date.second, raw);
  }
  for (const std::string& raw : std::vector<std::string>{"yesterday", "2023-02-29", "2024-13-01", "2024-00-10", "0999-01-01", "24-03-05",
                                "2024-03-05T", "2024-03-05 extra", "3월 5일", "2024년 13월", std::string(100000, '2')}) {
    CHECK_FALSE_MESSAGE(NormalizeDate(raw).has_value(), raw.substr(0, 40));
  }

  fs::path dir = FreshDir("dates");
  fs::create_directories(dir);
  const std::string f = (dir / "d.jsonl").string();
  Collected c = ReadJsonl(f,
                          "{\"id\": \"a\", \"date\": \"yesterday\", \"body\": \"어제 기사.\"}\n"
                          "{\"id\": \"b\", \"date\": \"２０２４년 ３월 ５일\", \"body\": \"전각 날짜 기사.\"}\n"
                          "{\"id\": \"c\", \"date\": \"2024-03-05T10:00:00+09:00\", \"body\": \"시각이 붙은 기사.\"}\n");
  REQUIRE(c.articles.size() == 3);
  CHECK(c.articles[0].date.empty());
  CHECK(c.articles[1].date == "2024-03-05");
  CHECK(c.articles[2].date == "2024-03-05");
  CHECK(c.errors == std::vector<std::string>{f + ":1: bad date \"yesterday\"; indexed without a date"});
  fs::remove_all(dir);
}

TEST_CASE("a lone surrogate escape is named, with its byte") {
  fs::path dir = FreshDir("surrogate");
  fs::create_directories(dir);
  const std::string f = (dir / "s.jsonl").string();
  Collected c = ReadJsonl(f,
                          "{\"id\": \"hi\", \"body\": \"앞 \\ud800 뒤\"}\n"
                          "{\"id\": \"lo\", \"body\": \"\\udc00\"}\n"
                          "{\"id\": \"pair\", \"body\": \"짝 \\ud83d\\ude00\"}\n"
                          "{\"id\": \"cut\", \"body\": \"잘린\n");
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].id == "pair");
  REQUIRE(c.errors.size() == 3);
  CHECK(c.errors[0] == f + ":1: invalid JSON: lone surrogate \\ud800 in a string (byte 26); "
                           "a \\u escape of U+D800-U+DFFF must be half of a pair");
  CHECK(c.errors[1].starts_with(f + ":2: invalid JSON: lone surrogate \\udc00 in a string"));
  CHECK(c.errors[2] == f + ":4: invalid JSON (truncated or malformed record)");
  fs::remove_all(dir);
}
