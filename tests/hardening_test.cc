// Hardening (issue 19, items 6, 7, 8, 13, 14): folder walks that meet symlink
// loops, symlinks out of the folder and named pipes; pipes named as inputs;
// query limits after NFKC and script splitting; terminal-safe text output;
// the lock info never written through a symlink; bounded line reading; a
// long-lived Searcher that sees later commits.
// (The same through the built CLIs: tests/e2e_hardening.py.)
#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "kosearch/format.h"
#include "kosearch/index.h"
#include "kosearch/line_reader.h"
#include "kosearch/question.h"
#include "kosearch/reader.h"
#include "kosearch/search.h"

namespace fs = std::filesystem;

namespace {

fs::path FreshDir(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("kosearch-hardening-" + std::to_string(::getpid()) + "-" + name);
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

void Write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

struct Collected {
  std::vector<kosearch::Article> articles;
  std::vector<std::string> errors;
  kosearch::Status status;
};

Collected Read(const std::vector<std::string>& inputs, kosearch::ReadOptions options = {}) {
  Collected c;
  c.status = kosearch::ReadArticles(
      inputs, options, [&](kosearch::Article&& a) { c.articles.push_back(std::move(a)); return true; },
      [&](const std::string& e) { c.errors.push_back(e); });
  return c;
}

bool AnyErrorHas(const Collected& c, const std::string& part) {
  for (const auto& e : c.errors) if (e.find(part) != std::string::npos) return true;
  return false;
}

const char kArticle[] = "반도체 수출\n삼성전자는 올해 반도체 수출이 늘었다고 밝혔다.\n";

std::string Repeat(const std::string& s, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

kosearch::Searcher& SeedSearcher() {
  static std::unique_ptr<kosearch::Searcher> searcher = [] {
    fs::path db = FreshDir("seed-db");
    {
      auto writer = kosearch::IndexWriter::Open(db.string());
      REQUIRE(writer.ok());
      auto summary = kosearch::IndexInputs(**writer, {std::string(KOSEARCH_TEST_CORPUS) + "/seed"}, [](const std::string&) {}, nullptr);
      REQUIRE(summary.ok());
    }
    auto s = kosearch::Searcher::Open(db.string());
    REQUIRE(s.ok());
    return std::move(*s);
  }();
  return *searcher;
}

}  // namespace

TEST_CASE("a symlink loop in a folder is one message; the rest of the folder is read") {
  fs::path d = FreshDir("loop");
  Write(d / "good.txt", kArticle);
  fs::create_symlink("b.txt", d / "a.txt");
  fs::create_symlink("a.txt", d / "b.txt");
  Collected c = Read({d.string()});
  REQUIRE(c.status.ok());
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].id == "good");
  REQUIRE(c.errors.size() == 2);
  CHECK(c.errors[0] == (d / "a.txt").string() + ": symlink loop, skipped");
  CHECK(c.errors[1] == (d / "b.txt").string() + ": symlink loop, skipped");
  CHECK(kosearch::InputBytes({d.string()}) == std::string(kArticle).size());
  // Named explicitly, the loop is an input that cannot be read: nothing is read.
  Collected direct = Read({(d / "a.txt").string(), (d / "good.txt").string()});
  CHECK(direct.status.code() == kosearch::Status::Code::kNotFound);
  CHECK(direct.status.message() == (d / "a.txt").string() + ": symlink loop");
  fs::remove_all(d);
}

TEST_CASE("a symlink out of a folder is skipped unless follow_symlinks; one inside, or named, is followed") {
  fs::path base = FreshDir("links");
  fs::path d = base / "in", outside = base / "secret";
  fs::create_directories(d);
  fs::create_directories(outside);
  Write(outside / "private.txt", kArticle);
  Write(d / "own.txt", kArticle);
  fs::create_symlink(outside / "private.txt", d / "leak.txt");
  fs::create_symlink("own.txt", d / "alias.txt");
  fs::create_symlink(d / "missing.txt", d / "broken.txt");

  Collected c = Read({d.string()});
  REQUIRE(c.status.ok());
  REQUIRE(c.articles.size() == 2);
  CHECK(c.articles[0].id == "alias");
  CHECK(c.articles[1].id == "own");
  REQUIRE(c.errors.size() == 2);
  CHECK(c.errors[0] == (d / "broken.txt").string() + ": broken symlink, skipped");
  CHECK(c.errors[1] == (d / "leak.txt").string() + ": symlink to " + fs::canonical(outside / "private.txt").string() +
                           ", outside the folder " + d.string() + "; skipped (--follow-symlinks follows it)");

  Collected followed = Read({d.string()}, kosearch::ReadOptions{.follow_symlinks = true});
  CHECK(followed.articles.size() == 3);
  CHECK(followed.errors.size() == 1);  // the broken link
  Collected named = Read({(d / "leak.txt").string()});
  REQUIRE(named.articles.size() == 1);
  CHECK(named.articles[0].id == "leak");
  fs::remove_all(base);
}

TEST_CASE("a named pipe in a folder is skipped at once; named as an input it is read once, as a stream") {
  fs::path d = FreshDir("fifo");
  Write(d / "good.txt", kArticle);
  REQUIRE(::mkfifo((d / "pipe.jsonl").c_str(), 0600) == 0);
  Collected c = Read({d.string()});  // would wait forever for a writer if the pipe were opened
  REQUIRE(c.articles.size() == 1);
  REQUIRE(c.errors.size() == 1);
  CHECK(c.errors[0] == (d / "pipe.jsonl").string() + ": named pipe, not a regular file; skipped (name it as an input to read it)");

  const std::string jsonl = "{\"id\":\"p1\",\"body\":\"첫 기사 본문\"}\n{\"body\":\"아이디 없는 기사\"}\n";
  std::thread writer([&] { std::ofstream(d / "pipe.jsonl", std::ios::binary) << jsonl; });
  Collected piped = Read({(d / "pipe.jsonl").string()});
  writer.join();
  REQUIRE(piped.status.ok());
  REQUIRE(piped.articles.size() == 2);
  CHECK(piped.articles[0].id == "p1");
  CHECK(piped.articles[1].id == "<stdin>-2");  // ids as for standard input

  std::thread text_writer([&] { std::ofstream(d / "pipe.jsonl", std::ios::binary) << kArticle; });
  Collected text = Read({(d / "pipe.jsonl").string()});
  text_writer.join();
  REQUIRE(text.articles.size() == 1);
  CHECK(text.articles[0].id.rfind("stdin-", 0) == 0);
  CHECK(text.articles[0].title == "반도체 수출");
  fs::remove_all(d);
}

TEST_CASE("query limits hold after NFKC and after script splitting") {
  kosearch::Searcher& searcher = SeedSearcher();
  // U+FDFA is one character that NFKC turns into 18 (four words).
  auto expanding = searcher.Search(Repeat("\xEF\xB7\xBA", 2000));
  REQUIRE_FALSE(expanding.ok());
  CHECK(expanding.status().code() == kosearch::Status::Code::kInvalidArgument);
  CHECK(expanding.status().message() == "query too long: 36000 characters after Unicode normalisation (limit 20000)");
  // Squared words (U+3300 block): ㌀ is アパート, four characters.
  auto squared = searcher.Search(Repeat("\xE3\x8C\x80", 6000));
  REQUIRE_FALSE(squared.ok());
  CHECK(squared.status().message().find("after Unicode normalisation") != std::string::npos);
  // Han and Hangul alternating: one word as typed, 4,000 after splitting.
  auto alternating = searcher.Search(Repeat("漢한", 2000));
  REQUIRE_FALSE(alternating.ok());
  CHECK(alternating.status().message() == "query too long: 4000 words after splitting scripts (limit 1000)");
  // Within the limits, the same kind of query runs.
  CHECK(searcher.Search(Repeat("漢한", 400)).ok());
  CHECK(searcher.Search(Repeat("\xEF\xB7\xBA", 200)).ok());
  CHECK(searcher.Search("삼성전자 반도체").ok());
}

TEST_CASE("a question is bounded after NFKC too: an expanding one is parsed as a query") {
  const std::string topic = Repeat("\xEF\xB7\xBA", 100);  // 100 characters, 1,800 after NFKC
  CHECK(kosearch::ParseQuestion("what did 삼성 say about 반도체").is_question);
  CHECK_FALSE(kosearch::ParseQuestion("what did 삼성 say about " + topic).is_question);
}

TEST_CASE("text output never carries control, escape or bidi characters from indexed text") {
  kosearch::SearchResponse r;
  r.total = 1;
  kosearch::Hit h;
  h.kind = "article";
  h.id = h.article_id = "evil\x1b[2J";
  h.title = "제목\x1b]0;owned\x07 \xE2\x80\xAE" "desrever";
  h.source = "출처\xC2\x9B" "31m";
  h.date = "2024\r\n01";
  h.snippet = "앞\x1b[31m 반도체 뒤\x7f";
  const size_t at = h.snippet.find("반도체");
  h.highlights = {{at, at + std::string("반도체").size()}};
  r.hits.push_back(h);
  r.facets["source"] = {{"출처\x1b[5m", 1}};
  for (bool color : {false, true}) {
    const std::string out = kosearch::ResponseToText(r, 0, color, true);
    CAPTURE(out);
    std::string without_ours = out;
    for (std::string_view code : {"\x1b[1;33m", "\x1b[0m"}) {
      for (size_t p; (p = without_ours.find(code)) != std::string::npos;) without_ours.erase(p, code.size());
    }
    CHECK(without_ours.find('\x1b') == std::string::npos);
    CHECK(without_ours.find('\x07') == std::string::npos);
    CHECK(without_ours.find('\x7f') == std::string::npos);
    CHECK(without_ours.find('\r') == std::string::npos);
    CHECK(without_ours.find("\xC2\x9B") == std::string::npos);
    CHECK(without_ours.find("\xE2\x80\xAE") == std::string::npos);
    CHECK(out.find("desrever") != std::string::npos);  // the text itself stays
    CHECK(out.find(color ? "\x1b[1;33m반도체\x1b[0m" : "[반도체]") != std::string::npos);  // highlights still right
  }
  const std::string json = kosearch::ResponseToJson(r);
  CHECK(json.find('\x1b') == std::string::npos);
  CHECK(json.find('\x7f') == std::string::npos);
  CHECK(json.find("\xC2\x9B") == std::string::npos);
  CHECK(json.find("\xE2\x80\xAE") == std::string::npos);
  CHECK(json.find("\\u001b]0;owned\\u0007") != std::string::npos);
  CHECK(json.find("\\u202e") != std::string::npos);
  CHECK(json.find("\\u009b") != std::string::npos);
}

TEST_CASE("the lock info is never written through a symlink planted in its place") {
  fs::path d = FreshDir("lockinfo");
  fs::path db = d / "db", victim = d / "victim.txt";
  Write(victim, "keep me\n");
  { auto w = kosearch::IndexWriter::Open(db.string()); REQUIRE(w.ok()); }
  fs::create_symlink(victim, db / "kosearch.lock-info");
  {
    auto w = kosearch::IndexWriter::Open(db.string());
    REQUIRE(w.ok());
    CHECK(fs::is_regular_file(fs::symlink_status(db / "kosearch.lock-info")));
  }
  std::ifstream in(victim);
  std::string line;
  std::getline(in, line);
  CHECK(line == "keep me");
  fs::remove_all(d);
}

TEST_CASE("ReadBoundedLine keeps at most max_bytes of a line and goes on with the next") {
  std::istringstream in(std::string(1 << 20, 'x') + "\n반도체\n끝");
  std::string line;
  bool too_long = false;
  REQUIRE(kosearch::ReadBoundedLine(in, 1000, &line, &too_long));
  CHECK(too_long);
  CHECK(line.size() == 1000);
  REQUIRE(kosearch::ReadBoundedLine(in, 1000, &line, &too_long));
  CHECK_FALSE(too_long);
  CHECK(line == "반도체");
  REQUIRE(kosearch::ReadBoundedLine(in, 1000, &line, &too_long));
  CHECK(line == "끝");
  CHECK_FALSE(kosearch::ReadBoundedLine(in, 1000, &line, &too_long));
}

TEST_CASE("a long-lived Searcher sees another writer's commits after Reopen") {
  fs::path db = FreshDir("reopen") / "db";
  auto add = [&](const std::string& id) {
    auto w = kosearch::IndexWriter::Open(db.string());
    REQUIRE(w.ok());
    kosearch::Article a;
    a.id = a.origin = id;
    a.body = "반도체 수출이 늘었다. 기사 " + id;
    REQUIRE((*w)->Add(a).ok());
    REQUIRE((*w)->Commit().ok());
  };
  add("r1");
  auto searcher = kosearch::Searcher::Open(db.string());
  REQUIRE(searcher.ok());
  CHECK((*searcher)->ArticleCount() == 1);
  add("r2");
  REQUIRE((*searcher)->Reopen().ok());
  CHECK((*searcher)->ArticleCount() == 2);
  auto r = (*searcher)->Search("반도체");
  REQUIRE(r.ok());
  CHECK(r->hits.size() == 2);
  fs::remove_all(db.parent_path());
}
