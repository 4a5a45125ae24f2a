// Tests for the English news vocabulary (src/text/english_news_terms.h and
// korean::EnglishNewsTerms): the rule lemmatiser, the table lookup, phrases
// before words, and the table's own shape.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "text/english_news_terms.h"
#include "text/korean_lexicon.h"

namespace kosearch {
namespace {

bool Has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

TEST_CASE("the lemmatiser gives the dictionary form of inflected words") {
  CHECK(EnglishLemmas("sanctions").front() == "sanctions");  // the word itself first
  CHECK(Has(EnglishLemmas("sanctions"), "sanction"));
  CHECK(Has(EnglishLemmas("policies"), "policy"));
  CHECK(Has(EnglishLemmas("taxes"), "tax"));
  CHECK(Has(EnglishLemmas("crises"), "crisis"));
  CHECK(Has(EnglishLemmas("women"), "woman"));
  CHECK(Has(EnglishLemmas("attacked"), "attack"));
  CHECK(Has(EnglishLemmas("raised"), "raise"));
  CHECK(Has(EnglishLemmas("denied"), "deny"));
  CHECK(Has(EnglishLemmas("banned"), "ban"));
  CHECK(Has(EnglishLemmas("raising"), "raise"));
  CHECK(Has(EnglishLemmas("striking"), "strike"));
  CHECK(Has(EnglishLemmas("shelling"), "shell"));
}

TEST_CASE("the lemmatiser links nouns and verbs and American spellings") {
  CHECK(Has(EnglishLemmas("negotiations"), "negotiate"));
  CHECK(Has(EnglishLemmas("elections"), "elect"));
  CHECK(Has(EnglishLemmas("decision"), "decide"));
  CHECK(Has(EnglishLemmas("agreements"), "agree"));
  CHECK(Has(EnglishLemmas("approval"), "approve"));
  CHECK(Has(EnglishLemmas("negotiate"), "negotiation"));
  CHECK(Has(EnglishLemmas("organised"), "organize"));
  CHECK(Has(EnglishLemmas("labour"), "labor"));
  CHECK(Has(EnglishLemmas("re-election"), "reelection"));
  CHECK(Has(EnglishLemmas("re-election"), "election"));
}

TEST_CASE("the lemmatiser reads the word out of its punctuation, case and possessive") {
  CHECK(EnglishLemmas("Sanctions,").front() == "sanctions");
  CHECK(EnglishLemmas("\"Strike\"").front() == "strike");
  CHECK(EnglishLemmas("Trump's").front() == "trump");
  CHECK(EnglishLemmas("Trump’s").front() == "trump");
  CHECK(EnglishLemmas("COVID-19").front() == "covid-19");
  CHECK(EnglishLemmas("제재").empty());
  CHECK(EnglishLemmas("2013").empty());
  CHECK(EnglishLemmas("").empty());
}

TEST_CASE("a word's Korean terms are found through its lemma") {
  CHECK(KoreanTermsOf("sanction") == std::vector<std::string>{"제재"});
  CHECK(KoreanTermsOf("sanctions") == std::vector<std::string>{"제재"});
  CHECK(KoreanTermsOf("Strikes") == std::vector<std::string>{"파업"});
  CHECK(KoreanTermsOf("elections") == std::vector<std::string>{"선거"});
  CHECK(KoreanTermsOf("vaccines") == std::vector<std::string>{"백신"});
  CHECK(KoreanTermsOf("earthquakes") == std::vector<std::string>{"지진"});
  CHECK(Has(KoreanTermsOf("negotiated"), "협상"));
  CHECK(Has(KoreanTermsOf("talks"), "회담"));
  CHECK(Has(KoreanTermsOf("talks"), "협상"));
  CHECK(Has(KoreanTermsOf("arrested"), "체포"));
  CHECK(Has(KoreanTermsOf("impeached"), "탄핵"));
  CHECK(KoreanTermsOf("declaration of war") == std::vector<std::string>{"선전포고"});
  // A word with its own row is not read through a wrong stem ("department" is not "depart").
  CHECK(KoreanTermsOf("department") == std::vector<std::string>{"부처"});
  // Words with no row, and words the table leaves out for their several senses.
  // The people news quotes without a name, and what a reader asks about them.
  CHECK(KoreanTermsOf("residents") == std::vector<std::string>{"주민"});
  CHECK(KoreanTermsOf("attendee") == std::vector<std::string>{"참석자"});
  CHECK(Has(KoreanTermsOf("sources"), "소식통"));
  CHECK(Has(KoreanTermsOf("ruling party"), "與"));
  CHECK(Has(KoreanTermsOf("opposition party"), "野"));
  CHECK(KoreanTermsOf("guest book") == std::vector<std::string>{"방명록"});
  CHECK(KoreanTermsOf("qwertyness").empty());
  CHECK(KoreanTermsOf("the").empty());
  CHECK(KoreanTermsOf("state").empty());
  CHECK(KoreanTermsOf("제재").empty());
}

TEST_CASE("words of interviews and entertainment news reach Korean") {
  CHECK(Has(KoreanTermsOf("screenplay"), "시나리오"));
  CHECK(Has(KoreanTermsOf("mentality"), "멘탈"));
  CHECK(Has(KoreanTermsOf("wife"), "아내"));
  CHECK(Has(KoreanTermsOf("daughters"), "딸"));
  // Its own row before a wrong stem: "audition" is not "audit" (감사).
  CHECK(KoreanTermsOf("audition") == std::vector<std::string>{"오디션"});
  CHECK(Has(KoreanNewsTerms("the wording in the talking points"), "말씀자료"));
  CHECK(Has(KoreanNewsTerms("lunch boxes at a convenience store"), "편의점"));
}

TEST_CASE("people named by the role news quotes them in reach that Korean role noun") {
  CHECK(Has(KoreanTermsOf("experts"), "전문가"));
  CHECK(Has(KoreanTermsOf("principal"), "교장"));
  CHECK(Has(KoreanTermsOf("producers"), "제작진"));
  CHECK(Has(KoreanTermsOf("MCs"), "진행자"));
  CHECK(Has(KoreanNewsTerms("a real estate agent in the neighborhood"), "공인중개사"));
  // A role word reaches only the Korean role it names, never a wider or other one: a
  // neighbour is not every 주민, an adviser never 고문 (also "torture"), an organizer
  // is no 조직위원회 body, people are not 국민.
  CHECK(KoreanTermsOf("neighbors") == std::vector<std::string>{"이웃"});
  CHECK(KoreanTermsOf("advisers") == std::vector<std::string>{"자문위원", "자문"});
  CHECK(KoreanTermsOf("organizers") == std::vector<std::string>{"주최측"});
  CHECK(KoreanNewsTerms("the organizing committee") == std::vector<std::string>{"조직위원회"});
  CHECK(KoreanTermsOf("people") == std::vector<std::string>{"사람"});
}

TEST_CASE("a word of several senses in news reaches Korean only in the phrase that carries one") {
  // A body, a battle, a draft, a mission, a resolution, an independent, a store, a member:
  // no Korean word alone.
  for (const char* word : {"body", "bodies", "battle", "draft", "mission", "resolution", "independent", "store", "member"}) {
    CAPTURE(word);
    CHECK(KoreanTermsOf(word).empty());
  }
  CHECK(KoreanNewsTerms("the dead bodies") == std::vector<std::string>{"시신", "시체"});
  CHECK(KoreanNewsTerms("a governing body") == std::vector<std::string>{"기구"});
  CHECK(KoreanNewsTerms("a long legal battle") == std::vector<std::string>{"소송"});
  CHECK(KoreanNewsTerms("an independent candidate") == std::vector<std::string>{"무소속"});
  CHECK(KoreanNewsTerms("the draft bill") == std::vector<std::string>{"초안", "법안"});
  CHECK(Has(KoreanNewsTerms("the UN resolution"), "결의안"));
  CHECK(KoreanNewsTerms("party members") == std::vector<std::string>{"당원"});
  CHECK(KoreanNewsTerms("a convenience store") == std::vector<std::string>{"편의점"});
}

TEST_CASE("the common content words of any story reach Korean") {
  // Words news uses whatever the story: who-questions are asked with them.
  std::vector<std::string> terms = KoreanNewsTerms("Who said the experts find serious problems in the delivery system?");
  CHECK(Has(terms, "전문가"));
  CHECK(Has(terms, "발견"));
  CHECK(Has(terms, "심각"));
  CHECK(Has(terms, "문제"));
  CHECK(Has(terms, "배송"));
  CHECK(Has(terms, "시스템"));
  CHECK(Has(KoreanNewsTerms("the customers' information"), "고객"));
  CHECK(Has(KoreanNewsTerms("the customers' information"), "정보"));
  CHECK(Has(KoreanNewsTerms("after the incident at the beach"), "사건"));
  CHECK(Has(KoreanNewsTerms("after the incident at the beach"), "해변"));
  CHECK(KoreanTermsOf("efforts") == std::vector<std::string>{"노력"});
  // Left out, as news keeps their senses apart: no Korean word for them.
  CHECK(KoreanTermsOf("work").empty());
  CHECK(KoreanTermsOf("state").empty());
}

TEST_CASE("a text's Korean terms: phrases before their words, each term once, in order") {
  std::vector<std::string> terms = KoreanNewsTerms("the sanctions a declaration of war");
  REQUIRE(terms.size() == 2);
  CHECK(terms[0] == "제재");
  CHECK(terms[1] == "선전포고");  // the phrase, not 선언 and 전쟁
  CHECK(KoreanNewsTerms("after the earthquake") == std::vector<std::string>{"지진"});
  CHECK(KoreanNewsTerms("Nuclear weapons?") == std::vector<std::string>{"핵무기"});  // the phrase's last word by its lemma
  CHECK(Has(KoreanNewsTerms("air strikes on the border"), "공습"));
  CHECK(!Has(KoreanNewsTerms("air strikes on the border"), "파업"));
  CHECK(Has(KoreanNewsTerms("air strikes on the border"), "국경"));
  CHECK(KoreanNewsTerms("strike strikes striking") == std::vector<std::string>{"파업"});
  CHECK(KoreanNewsTerms("제재에 대해 뭐라고 했나").empty());
  CHECK(KoreanNewsTerms("").empty());
}

TEST_CASE("the table: lower-case keys, one row each, Korean on every row") {
  auto rows = korean::EnglishNewsTerms();
  REQUIRE(rows.size() >= 800);
  std::set<std::string_view> keys;
  for (const auto& row : rows) {
    INFO(row.english);
    CHECK(keys.insert(row.english).second);
    CHECK(std::none_of(row.english.begin(), row.english.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
    CHECK(!row.korean.empty());
    CHECK(row.korean.front() != '|');
    CHECK(row.korean.back() != '|');
    CHECK(std::any_of(row.korean.begin(), row.korean.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
    CHECK(KoreanTermsOf(row.english).size() >= 1);
  }
}

}  // namespace
}  // namespace kosearch
