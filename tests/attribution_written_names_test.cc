// The speaker is the name as the article writes it (issue 13: "each entity
// has its full name as the article writes it"). The alias file merges
// spellings for matching (speaker: search, the speaker facet, question
// narrowing); it never rewrites what the article says. Made-up sentences in
// the shapes Korean news uses, and a small index to show every spelling still
// finds the quote.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "kosearch/extract.h"
#include "kosearch/index.h"
#include "kosearch/search.h"
#include "shared_extractor.h"

namespace fs = std::filesystem;

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("a surname the alias file knows stays the surname when the article gives no more") {
  std::vector<Quote> q = Quotes("오바마 대통령은 \"의료보험 개혁을 반드시 마무리하겠다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "오바마");
  CHECK(q[0].role == "대통령");
  q = Quotes("트럼프는 이날 유세에서 \"관세를 더 올리겠다\"고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "트럼프");
  // The people list keeps the alias file's name: it merges articles.
  Extraction x = TheExtractor().Extract("오바마 대통령은 \"의료보험 개혁을 반드시 마무리하겠다\"고 말했다.");
  REQUIRE(x.people.size() == 1);
  CHECK(x.people[0].name == "버락 오바마");
}

TEST_CASE("the fullest form the article writes is the speaker of every quote of that person") {
  std::vector<Quote> q = Quotes(
      "버락 오바마 미국 대통령이 13일 의회에서 연설했다. 오바마는 \"일자리를 지키는 것이 먼저\"라고 말했다. "
      "그는 \"세금은 올리지 않겠다\"고 덧붙였다.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "버락 오바마");
  CHECK(q[0].speaker_as_written == "오바마");
  CHECK(q[1].speaker == "버락 오바마");
}

TEST_CASE("the article's own transliteration of an alias-file name is kept") {
  // The alias file writes 마흐무드 아마디네자드; this article writes 마무드.
  std::vector<Quote> q = Quotes(
      "이란의 대통령 마무드 아마디네자드가 6일 핵 협상을 거부했다. 아마디네자드는 \"제재는 우리를 막지 못한다\"고 "
      "주장했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "마무드 아마디네자드");
  // A word before the surname that is no spelling of the given name is not taken in.
  q = Quotes("이란 정부 대변인 아마디네자드는 \"협상은 끝났다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "아마디네자드");
}

// A database with one article whose quote's speaker is written "오바마" only.
const std::string& SmallDb() {
  static const std::string path = [] {
    fs::path d = fs::temp_directory_path() / ("kosearch-written-names-" + std::to_string(::getpid()));
    fs::remove_all(d);
    auto w = IndexWriter::Open(d.string());
    REQUIRE(w.ok());
    Article a;
    a.id = "obama-surname";
    a.body = "오바마 대통령은 14일 백악관에서 \"의료보험 개혁을 반드시 마무리하겠다\"고 말했다.";
    REQUIRE((*w)->Add(a).ok());
    REQUIRE((*w)->Commit().ok());
    return d.string();
  }();
  return path;
}

std::vector<Hit> QuoteHits(const std::string& query) {
  auto searcher = Searcher::Open(SmallDb());
  REQUIRE(searcher.ok());
  auto r = (*searcher)->Search(query);
  REQUIRE_MESSAGE(r.ok(), r.status().message());
  std::vector<Hit> quotes;
  for (const Hit& h : r->hits) {
    if (h.kind == "quote") quotes.push_back(h);
  }
  return quotes;
}

TEST_CASE("speaker: finds a quote under the written name by every spelling of the alias file") {
  for (const std::string query : {"speaker:오바마", "speaker:\"버락 오바마\"", "speaker:Obama", "speaker:버락",
                                  "speaker:\"오바마 대통령\""}) {
    CAPTURE(query);
    std::vector<Hit> hits = QuoteHits(query);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].speaker == "오바마");
  }
  CHECK(QuoteHits("speaker:\"오 대통령\"").empty());  // 오 is no surname of his
}

TEST_CASE("the speaker facet counts the written name under the alias file's name") {
  auto searcher = Searcher::Open(SmallDb());
  REQUIRE(searcher.ok());
  SearchOptions o;
  o.facets = {"speaker"};
  auto r = (*searcher)->Search("kind:quote", o);
  REQUIRE(r.ok());
  REQUIRE(r->facets.count("speaker"));
  const auto& values = r->facets.at("speaker");
  REQUIRE(values.size() == 1);
  CHECK(values[0].value == "버락 오바마");
}

}  // namespace
}  // namespace kosearch
