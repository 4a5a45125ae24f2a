// Robustness of the library under a second writer, concurrent commits and
// oversized or pathological input: the lock message names its holder, a
// searcher keeps answering while a writer commits, limits give clear errors.
// (The CLIs under SIGKILL, load and bad files: tests/e2e_robustness.py.)
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "kosearch/index.h"
#include "kosearch/reader.h"
#include "kosearch/search.h"

namespace fs = std::filesystem;

namespace {

fs::path FreshDir(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("kosearch-robustness-" + std::to_string(::getpid()) + "-" + name);
  fs::remove_all(d);
  return d;
}

kosearch::Article MakeArticle(const std::string& id, const std::string& body) {
  kosearch::Article a;
  a.id = id;
  a.origin = id;
  a.title = "시험 기사 " + id;
  a.body = body;
  return a;
}

std::string Error(kosearch::Searcher& searcher, const std::string& query) {
  auto r = searcher.Search(query);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == kosearch::Status::Code::kInvalidArgument);
  return r.status().message();
}

}  // namespace

TEST_CASE("a second writer fails at once, naming the first; the first leaves no lock info behind") {
  fs::path db = FreshDir("lock");
  {
    auto first = kosearch::IndexWriter::Open(db.string());
    REQUIRE(first.ok());
    CHECK(fs::exists(db / "kosearch.lock-info"));
    auto second = kosearch::IndexWriter::Open(db.string());
    REQUIRE_FALSE(second.ok());
    CHECK(second.status().code() == kosearch::Status::Code::kLocked);
    const std::string& msg = second.status().message();
    CHECK(msg.rfind(db.string() + ": database is locked by kosearch-index pid " + std::to_string(::getpid()) + " since ", 0) == 0);
    CHECK(msg.ends_with(" UTC; wait for it to finish"));
  }
  CHECK_FALSE(fs::exists(db / "kosearch.lock-info"));
  auto again = kosearch::IndexWriter::Open(db.string());
  CHECK(again.ok());
  fs::remove_all(db);
}

TEST_CASE("a new database is a valid, empty kosearch database before its first article") {
  fs::path db = FreshDir("empty");
  auto writer = kosearch::IndexWriter::Open(db.string());
  REQUIRE(writer.ok());
  auto searcher = kosearch::Searcher::Open(db.string());
  REQUIRE_MESSAGE(searcher.ok(), searcher.status().message());
  CHECK((*searcher)->ArticleCount() == 0);
  fs::remove_all(db);
}

TEST_CASE("a searcher keeps answering while a writer commits underneath it") {
  fs::path db = FreshDir("concurrent");
  std::vector<kosearch::Article> articles;
  REQUIRE(kosearch::ReadArticles({std::string(KOSEARCH_TEST_CORPUS) + "/kowikinews/articles.jsonl"},
                                 [&](kosearch::Article&& a) { articles.push_back(std::move(a)); return true; },
                                 [](const std::string&) {}).ok());
  REQUIRE(articles.size() > 500);
  kosearch::IndexOptions options;
  options.extract_fields = false;
  options.commit_every = 1000000;  // commits below, by hand
  auto writer = kosearch::IndexWriter::Open(db.string(), options);
  REQUIRE(writer.ok());
  for (size_t i = 0; i < 100; ++i) REQUIRE((*writer)->Add(articles[i]).ok());
  REQUIRE((*writer)->Commit().ok());
  auto searcher = kosearch::Searcher::Open(db.string());
  REQUIRE(searcher.ok());
  auto first = (*searcher)->Search("대통령");
  REQUIRE(first.ok());
  // A searcher reads the revision it opened until Xapian reuses that
  // revision's blocks; the read then fails with DatabaseModifiedError and the
  // searcher reopens the database and retries. With these commits that
  // happens (deterministically), so the later searches see more matches.
  uint64_t last_total = first->total;
  for (size_t i = 100; i < articles.size(); ++i) {
    REQUIRE((*writer)->Add(articles[i]).ok());
    if (i % 50 != 0) continue;
    REQUIRE((*writer)->Commit().ok());
    auto r = (*searcher)->Search("대통령");
    REQUIRE_MESSAGE(r.ok(), r.status().message());
    for (const auto& h : r->hits) CHECK_FALSE(h.title.empty());
    last_total = r->total;
  }
  CHECK(last_total > first->total);
  CHECK((*searcher)->ArticleCount() > 100);
  fs::remove_all(db);
}

TEST_CASE("an article over 1 MiB is refused with its size; the next one is indexed") {
  fs::path db = FreshDir("large");
  auto writer = kosearch::IndexWriter::Open(db.string());
  REQUIRE(writer.ok());
  std::string big;
  while (big.size() <= (1u << 20)) big += "아주 긴 기사 본문입니다. ";
  auto r = (*writer)->Add(MakeArticle("big", big));
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == kosearch::Status::Code::kInvalidArgument);
  CHECK(r.status().message() == "big: article too large: " + std::to_string(big.size()) + " bytes (limit 1048576)");
  CHECK((*writer)->Add(MakeArticle("small", "짧은 기사 본문입니다.")).ok());
  CHECK((*writer)->ArticleCount() == 1);
  fs::remove_all(db);
}

TEST_CASE("a JSONL record over 16 MiB is skipped unread; reading goes on") {
  fs::path dir = FreshDir("record");
  fs::create_directories(dir);
  fs::path f = dir / "big.jsonl";
  {
    std::ofstream out(f, std::ios::binary);
    out << "{\"id\":\"big\",\"body\":\"";
    std::string chunk(1 << 20, 'a');
    for (int i = 0; i < 17; ++i) out << chunk;
    out << "\"}\n{\"id\":\"after\",\"body\":\"다음 기사 본문\"}\n";
  }
  std::vector<std::string> ids, errors;
  auto s = kosearch::ReadArticles(
      {f.string()}, [&](kosearch::Article&& a) { ids.push_back(a.id); return true; },
      [&](const std::string& e) { errors.push_back(e); });
  REQUIRE(s.ok());
  CHECK(ids == std::vector<std::string>{"after"});
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == f.string() + ":1: record too large (over 16 MiB), skipped");
  fs::remove_all(dir);
}

TEST_CASE("a duplicate id is reported on one line, whatever it holds") {
  fs::path dir = FreshDir("dup");
  fs::create_directories(dir);
  fs::path f = dir / "dup.jsonl";
  std::ofstream(f, std::ios::binary) << "{\"id\":\"a\\nb\",\"body\":\"첫 기사\"}\n{\"id\":\"a\\nb\",\"body\":\"둘째 기사\"}\n";
  std::vector<std::string> errors;
  auto s = kosearch::ReadArticles(
      {f.string()}, [](kosearch::Article&&) { return true; }, [&](const std::string& e) { errors.push_back(e); });
  REQUIRE(s.ok());
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == f.string() + ":2: duplicate id \"a b\" in this file; the later record replaces the earlier");
  fs::remove_all(dir);
}

TEST_CASE("query limits: words, nesting, dates and amount ranges give one-line errors") {
  fs::path db = FreshDir("limits");
  {
    auto writer = kosearch::IndexWriter::Open(db.string());
    REQUIRE(writer.ok());
    REQUIRE((*writer)->Add(MakeArticle("l-1", "오바마 대통령이 취임했다. 예산은 30억달러이다.")).ok());
  }
  auto searcher = kosearch::Searcher::Open(db.string());
  REQUIRE(searcher.ok());
  kosearch::Searcher& s = **searcher;

  std::string words;
  for (int i = 0; i < 1001; ++i) words += "강 ";
  CHECK(Error(s, words) == "query too long: 1001 words (limit 1000)");
  words.resize(words.size() - std::string("강 ").size());  // 1000 words: allowed
  auto at_limit = s.Search(words);
  CHECK_MESSAGE(at_limit.ok(), at_limit.status().message());
  CHECK(Error(s, std::string(20001, 'a')) == "query too long: 20001 characters (limit 20000)");

  const std::string deep = std::string(101, '(') + "오바마" + std::string(101, ')');
  CHECK(Error(s, deep) == "parentheses nested more than 100 deep at character 101");
  CHECK(s.Search(deep.substr(1, deep.size() - 2)).ok());  // 100 deep: allowed

  CHECK(Error(s, "date:2009-13") == "date:2009-13 is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO");
  CHECK(Error(s, "date:2009-12-32..2010") ==
        "date:2009-12-32..2010 has a malformed end; write YYYY, YYYY-MM or YYYY-MM-DD on each side of ..");
  CHECK(s.Search("date:2009-12-31..2010").ok());
  CHECK(Error(s, "\xff\xfe") == "query is not valid UTF-8 (byte 0)");
  // Messages quote the query on one line, whatever it holds (found by fuzz_query).
  CHECK(Error(s, "'''aK'\"rt:\n\n\npes*") == "unbalanced quote at character 7: \"rt:   pes*");
  CHECK(Error(s, "!!\n??\x1b") == "nothing to search for in \"!! ?? \"");
  fs::remove_all(db);
}
