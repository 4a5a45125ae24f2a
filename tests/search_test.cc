// Index + search tests through the public API on the bundled corpus: the
// query language, phrases, filters, ranges, errors, re-indexing.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>

#include "kosearch/index.h"
#include "kosearch/search.h"

namespace fs = std::filesystem;

namespace {

// One database with the seed and the Wikinews articles, built once.
const std::string& CorpusDb() {
  static const std::string path = [] {
    fs::path d = fs::temp_directory_path() / ("kosearch-search-test-" + std::to_string(::getpid()));
    fs::remove_all(d);
    auto w = kosearch::IndexWriter::Open(d.string());
    REQUIRE(w.ok());
    auto s = kosearch::IndexInputs(**w, {std::string(KOSEARCH_TEST_CORPUS)}, [](const std::string&) {}, nullptr);
    REQUIRE(s.ok());
    REQUIRE(s->added == 638);
    return d.string();
  }();
  return path;
}

kosearch::SearchResponse Search(const std::string& q, size_t limit = 10) {
  auto searcher = kosearch::Searcher::Open(CorpusDb());
  REQUIRE(searcher.ok());
  kosearch::SearchOptions o;
  o.limit = limit;
  auto r = (*searcher)->Search(q, o);
  REQUIRE_MESSAGE(r.ok(), r.status().message());
  return *r;
}

std::string Error(const std::string& q) {
  auto searcher = kosearch::Searcher::Open(CorpusDb());
  REQUIRE(searcher.ok());
  auto r = (*searcher)->Search(q);
  REQUIRE(!r.ok());
  CHECK(r.status().code() == kosearch::Status::Code::kInvalidArgument);
  return r.status().message();
}

const std::string kSeed = "000_b7eb001f9d02ddd5";

}  // namespace

TEST_CASE("free text, mixed scripts, ranking") {
  auto r = Search("옴니버스");
  REQUIRE(!r.hits.empty());
  CHECK(r.hits[0].id == kSeed);
  r = Search("SK 옴니버스 GPU");
  REQUIRE(!r.hits.empty());
  CHECK(r.hits[0].id == kSeed);
  r = Search("오바마 취임");
  REQUIRE(!r.hits.empty());
  CHECK(r.hits[0].id == "kowikinews-73a60a5ba5");
}

TEST_CASE("phrases keep word order") {
  auto r = Search("\"옴니버스 툴\"");
  REQUIRE(r.hits.size() == 1);
  CHECK(r.hits[0].id == kSeed);
  CHECK(Search("\"툴 옴니버스\"").hits.empty());
}

TEST_CASE("boilerplate is not indexed") {
  for (const char* q : {"무단전재", "중력", "ajunews"}) {
    for (const auto& h : Search(q, 100).hits) CHECK(h.id != kSeed);
  }
}

TEST_CASE("fields, boolean operators and ranges") {
  auto r = Search("source:아주경제");
  REQUIRE(r.hits.size() == 1);
  CHECK(r.hits[0].id == kSeed);
  r = Search("오바마 -취임", 100);
  for (const auto& h : r.hits) CHECK(h.id != "kowikinews-73a60a5ba5");
  r = Search("오바마 AND 롬니", 100);
  REQUIRE(!r.hits.empty());
  for (const auto& h : r.hits) CHECK(h.snippet.find("롬니") != std::string::npos);
  r = Search("오바마 date:2009-01-01..2009-12-31", 100);
  REQUIRE(!r.hits.empty());
  for (const auto& h : r.hits) CHECK(h.date.rfind("2009", 0) == 0);
  r = Search("title:오바마", 100);
  REQUIRE(!r.hits.empty());
  for (const auto& h : r.hits) CHECK(h.title.find("오바마") != std::string::npos);
}

TEST_CASE("snippets highlight whole words") {
  auto r = Search("옴니버스");
  REQUIRE(!r.hits.empty());
  std::string rendered = kosearch::RenderHighlights(r.hits[0].snippet, r.hits[0].highlights, "[", "]");
  CHECK(rendered.find("[옴니버스]") != std::string::npos);
  CHECK(rendered.find("[옴]") == std::string::npos);
}

TEST_CASE("malformed queries name the offending part") {
  CHECK(Error("\"옴니버스 툴") == "unbalanced quote at character 1: \"옴니버스 툴");
  CHECK(Error("(오바마 취임") == "unbalanced parenthesis: \"(\" at character 1 is never closed");
  CHECK(Error("오바마 )") == "unbalanced parenthesis: \")\" at character 5 has no \"(\"");
  CHECK(Error("foo:bar").find("unknown field \"foo:\"") == 0);
  CHECK(Error("date:2010..2009").find("is inverted") != std::string::npos);
  CHECK(Error("date:yesterday").find("is not a date") != std::string::npos);
  CHECK(Error("!!! ???").find("nothing to search for") == 0);
}

TEST_CASE("re-indexing the same articles changes nothing") {
  auto w = kosearch::IndexWriter::Open(CorpusDb());
  REQUIRE(w.ok());
  auto s = kosearch::IndexInputs(**w, {std::string(KOSEARCH_TEST_CORPUS)}, [](const std::string&) {}, nullptr);
  REQUIRE(s.ok());
  CHECK(s->added == 0);
  CHECK(s->unchanged == 638);
  CHECK((*w)->ArticleCount() == 638);
}
