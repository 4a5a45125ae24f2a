// Plain search with the other spellings of its words (src/search/query_expansion.cc):
// alias-file spellings across scripts, loanword matches, spacing variants of
// Hangul words, and the rule that the word as typed outranks another spelling.
// On a small database of hand-written Korean news sentences.
#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "kosearch/aliases.h"
#include "kosearch/index.h"
#include "kosearch/search.h"
#include "search/query_expansion.h"

namespace fs = std::filesystem;

namespace {

const std::vector<kosearch::Article>& Articles() {
  static const std::vector<kosearch::Article> articles = {
      {"chips-en", "반도체 수출 석 달 연속 증가", "2024-03-02", "", "",
       "반도체 수출이 석 달 연속 늘었다. 업계에서는 Samsung 등 대형 제조사의 메모리 출하가 늘어난 덕분으로 본다. "
       "정부는 하반기에도 수출 증가세가 이어질 것으로 내다봤다. 다만 중국 경기 둔화는 변수로 꼽혔다.",
       ""},
      {"fab-ko", "평택에 새 반도체 공장", "2024-03-05", "", "",
       "삼성전자가 평택에 새 반도체 공장을 짓는다. 삼성전자는 이 공장에 30조원을 들인다고 밝혔다. "
       "삼성전자 관계자는 내년 말 가동이 목표라고 말했다.",
       ""},
      {"ceo-spaced", "엔비디아 최고경영자 방한", "2024-04-01", "", "",
       "엔비디아의 젠슨 황 최고경영자가 서울을 찾았다. 그는 국내 기업들과 인공지능 반도체 협력을 논의했다.", ""},
      {"ceo-unspaced", "대만 기조연설", "2024-05-20", "", "",
       "젠슨황 엔비디아 CEO가 타이베이에서 기조연설을 했다. 그는 새 그래픽 칩을 공개했다.", ""},
      {"roblox", "가상 공연 인기", "2024-06-11", "", "",
       "로블록스는 가상 세계 사업을 키운다. 회사는 메타버스 공간에서 공연을 열어 관객 수백만 명을 모았다.", ""},
      {"metaverse-only", "가상 세계 주가 급등", "2024-06-12", "", "",
       "메타버스 관련 종목의 주가가 일제히 올랐다. 증권가는 당분간 변동성이 클 것으로 봤다.", ""},
  };
  return articles;
}

// The database of Articles(), built once.
const std::string& Db() {
  static const std::string path = [] {
    fs::path d = fs::temp_directory_path() / ("kosearch-aliases-test-" + std::to_string(::getpid()));
    fs::remove_all(d);
    auto w = kosearch::IndexWriter::Open(d.string());
    REQUIRE(w.ok());
    for (const auto& a : Articles()) REQUIRE((*w)->Add(a).ok());
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

std::vector<std::string> Ids(const kosearch::SearchResponse& r) {
  std::vector<std::string> ids;
  for (const auto& h : r.hits) ids.push_back(h.id);
  return ids;
}

bool Has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("an English name finds its Korean spelling, below the articles that have it as typed") {
  auto r = Search("Samsung");
  auto ids = Ids(r);
  REQUIRE(ids.size() == 2);
  CHECK(ids[0] == "chips-en");  // has "Samsung" itself
  CHECK(ids[1] == "fab-ko");    // only 삼성전자, three times
  CHECK(Has(r.alternatives, "Samsung → 삼성 (alias)"));
  // 삼성전자 has every term of 삼성: it would find the same articles again.
  CHECK(!Has(r.alternatives, "Samsung → 삼성전자 (alias)"));
  // And the other way round: 삼성전자 as typed ranks above Samsung.
  ids = Ids(Search("삼성전자"));
  REQUIRE(ids.size() == 2);
  CHECK(ids[0] == "fab-ko");
  CHECK(ids[1] == "chips-en");
}

TEST_CASE("a word's particles are cut before its aliases are looked up") {
  auto r = Search("삼성전자의");
  CHECK(Has(Ids(r), "chips-en"));
  CHECK(Has(r.alternatives, "삼성전자의 → Samsung (alias)"));
}

TEST_CASE("spacing variants: 젠슨황 finds 젠슨 황 and the other way round") {
  auto r = Search("젠슨황");
  auto ids = Ids(r);
  REQUIRE(ids.size() == 2);
  CHECK(ids[0] == "ceo-unspaced");
  CHECK(ids[1] == "ceo-spaced");
  r = Search("젠슨 황");
  ids = Ids(r);
  REQUIRE(ids.size() == 2);
  CHECK(ids[0] == "ceo-spaced");
  CHECK(ids[1] == "ceo-unspaced");
  // Through the alias file (젠슨 황 is a name there) or as a spacing variant.
  CHECK(std::any_of(r.alternatives.begin(), r.alternatives.end(), [](const std::string& a) { return a.rfind("젠슨 황 → 젠슨황 (", 0) == 0; }));
  // A token that is not a Hangul word is not re-spaced: 반도체 is in the
  // articles, xq반도체공장xq as a whole in none.
  CHECK(Has(Search("반도체공장").alternatives, "반도체공장 → 반도체 공장 (spacing)"));
  CHECK(Search("xq반도체공장xq").alternatives.empty());
  // The English name, two query words, is one alias.
  ids = Ids(Search("Jensen Huang"));
  CHECK(Has(ids, "ceo-spaced"));
  CHECK(Has(ids, "ceo-unspaced"));
}

TEST_CASE("an English word no alias knows is matched to its transliteration in the best candidates") {
  auto r = Search("로블록스 Metaverse");
  auto ids = Ids(r);
  REQUIRE(ids.size() == 2);
  CHECK(ids[0] == "roblox");
  CHECK(ids[1] == "metaverse-only");  // found through 메타버스 only
  CHECK(Has(r.alternatives, "Metaverse → 메타버스 (loanword)"));
}

TEST_CASE("negated words and phrases are taken as typed") {
  auto r = Search("반도체 -Samsung");
  auto ids = Ids(r);
  CHECK(!Has(ids, "chips-en"));
  CHECK(Has(ids, "fab-ko"));  // 삼성전자 is not excluded by -Samsung
  CHECK(r.alternatives.empty());
  CHECK(Search("\"젠슨황 엔비디아\"").alternatives.empty());
}

TEST_CASE("ExpandWords: one alternative per spelling an article has, weighted below the word") {
  auto database = Xapian::Database(Db());
  kosearch::DatabaseLookups db(database);
  kosearch::AliasTable aliases;
  aliases.Add(kosearch::AliasTable::Kind::kOrg, {"삼성", "삼성전자", "Samsung", "Samsung Display"});
  kosearch::QueryWord word{"Samsung", Xapian::Query("samsung"), false};
  auto e = kosearch::ExpandWords({word}, aliases, db, kosearch::AnalyzerOptions{});
  REQUIRE(e.per_word.size() == 1);
  REQUIRE(!e.per_word[0].empty());
  // 삼성 is in the articles; 삼성전자 only adds a term to 삼성; "Samsung
  // Display" is in no article.
  CHECK(e.notes == std::vector<std::string>{"Samsung → 삼성 (alias)"});
  CHECK(e.per_word[0].get_type() == Xapian::Query::OP_SCALE_WEIGHT);
  CHECK(e.spanning.empty());
  // A word with no alias and a match as typed has none.
  e = kosearch::ExpandWords({{"공장", Xapian::Query("공장"), false}}, aliases, db, kosearch::AnalyzerOptions{});
  CHECK(e.per_word[0].empty());
  CHECK(e.notes.empty());
}
