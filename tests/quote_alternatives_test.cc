// The other spellings of a query word (search/query_expansion.h) are looked
// up in the text the query searches: a speaker: query searches quotes, whose
// text terms are under their own prefix (schema::kQuoteText), so an alias
// only a quote has still widens it.
#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "kosearch/index.h"
#include "kosearch/search.h"

namespace fs = std::filesystem;

namespace {

// One article quotes a speaker saying 삼성 (the Hangul spelling); no text
// has the English one.
const std::string& Db() {
  static const std::string path = [] {
    const std::vector<kosearch::Article> articles = {
        {"fab-plan", "반도체 투자 확대", "2024-03-05", "", "",
         "이재용 회장은 \"삼성은 내년에 평택에 반도체 공장을 더 짓겠다\"고 말했다. "
         "업계는 투자 규모가 수십조원에 이를 것으로 본다.",
         ""},
        {"export-data", "수출 석 달 연속 증가", "2024-03-02", "", "",
         "반도체 수출이 석 달 연속 늘었다. 정부는 하반기에도 수출 증가세가 이어질 것으로 내다봤다.", ""},
    };
    fs::path d = fs::temp_directory_path() / ("kosearch-quote-alternatives-" + std::to_string(::getpid()));
    fs::remove_all(d);
    auto w = kosearch::IndexWriter::Open(d.string());
    REQUIRE(w.ok());
    for (const auto& a : articles) REQUIRE((*w)->Add(a).ok());
    REQUIRE((*w)->Commit().ok());
    return d.string();
  }();
  return path;
}

kosearch::SearchResponse Search(const std::string& q) {
  auto searcher = kosearch::Searcher::Open(Db());
  REQUIRE(searcher.ok());
  auto r = (*searcher)->Search(q);
  REQUIRE_MESSAGE(r.ok(), r.status().message());
  return *r;
}

bool HasNote(const kosearch::SearchResponse& r, const std::string& note) {
  return std::find(r.alternatives.begin(), r.alternatives.end(), note) != r.alternatives.end();
}

TEST_CASE("quote alternatives: a speaker: query finds a quote through a spelling only quotes have") {
  // The quote as written is found by its own word.
  auto typed = Search("speaker:이재용 삼성");
  REQUIRE(typed.hits.size() == 1);
  CHECK(typed.hits[0].kind == "quote");
  CHECK(typed.hits[0].article_id == "fab-plan");
  // Samsung is in no text: found through 삼성 in the quote.
  auto other = Search("speaker:이재용 Samsung");
  CHECK(HasNote(other, "Samsung → 삼성 (alias)"));
  REQUIRE(other.hits.size() == 1);
  CHECK(other.hits[0].id == typed.hits[0].id);
  // A plain search finds the article (its text includes the quote), by the
  // same spelling looked up in articles' terms.
  auto plain = Search("Samsung");
  REQUIRE(plain.hits.size() == 1);
  CHECK(plain.hits[0].kind == "article");
  CHECK(plain.hits[0].id == "fab-plan");
  CHECK(HasNote(plain, "Samsung → 삼성 (alias)"));
}

}  // namespace
