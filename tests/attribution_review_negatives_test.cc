// What the speaker rules of issue 13 must not do (review of 4e19e55..c59dc7a,
// task fx31): 모 ("a certain") is no surname, a sentence-opening word with
// 도 speaks only with name evidence, a bare head noun refers to a body only
// where the article names that body as one, and an adverb before a head noun
// is no determiner. Made-up sentences in the shapes Korean news uses.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/people.h"
#include "extract/speaker_table.h"
#include "kosearch/aliases.h"
#include "kosearch/extract.h"
#include "shared_extractor.h"
#include "text/korean_lexicon.h"
#include "whole_text_quotes.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("모 before a title is 'a certain', never the surname 모") {
  CHECK(korean::SurnameDeterminerReading(U"모") == korean::SurnameDeterminer::kCertain);
  std::vector<Quote> q = Quotes("이날 간담회에서 모 대표는 “투자 계획은 아직 정하지 않았다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());  // an unnamed role
  CHECK(q[0].role == "대표");
}

TEST_CASE("전 before a title stays 'former' after the article named the minister") {
  std::vector<Quote> q = Quotes(
      "박정수 전 장관은 이날 출판기념회에 참석했다. 전 장관은 “정치에는 다시 나서지 않겠다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker != "전");
}

TEST_CASE("a brand opening its sentence with 도 and no name evidence does not speak") {
  std::vector<Quote> q = Quotes("반짝플레이도 새 약관을 공지하며 “이용자 보호를 강화하겠다”고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
}

TEST_CASE("a bare 법원 is not the 대법원 a district-court story cites once, after it") {
  // The body a bare head refers back to is named before it. (대법원 cited
  // before the quote is still taken: a known limit of the rule.)
  std::vector<Quote> q = Quotes(
      "서울중앙지법 형사합의부는 이날 피고인에게 징역 3년을 선고했다. 법원은 “피고인이 반성하고 있으나 죄질이 "
      "무겁다”고 밝혔다. 재판부는 대법원 판례를 따랐다고 설명했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker != "대법원");
}

TEST_CASE("a bare 대학 is not the longer word it opens (서울대학교 is no 서울대학)") {
  std::vector<Quote> q = Quotes("서울대학교 연구진이 새 소재를 개발했다. 대학은 “상용화까지 2년이 걸릴 것”이라고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker != "서울대학");
}

TEST_CASE("a tagger's person opening a word: the whole word, or a part the model cut short") {
  AliasTable no_aliases;
  AliasIndex aliases(no_aliases);
  PeopleFound people;
  std::u32string text = U"로랑 블랑 감독은 \"이긴다\"고 했다.";
  SpeakerTable cut(text, people, {Entity{0, 1, "PS", "로"}}, aliases, nullptr, WholeTextQuoteSpans(text));
  CHECK(cut.TaggedPersonAtStartOf(0, 2));  // the model cut the name short
  CHECK_FALSE(cut.TaggedPersonAtStartOf(3, 5));  // no span opens 블랑
  SpeakerTable two(text, people, {Entity{0, 2, "PS", "로랑"}}, aliases, nullptr, WholeTextQuoteSpans(text));
  CHECK(two.TaggedPersonAtStartOf(0, 2));  // the whole word
  CHECK(two.TaggedPersonAtStartOf(0, 3));  // a name cut short inside the word
  CHECK_FALSE(two.TaggedPersonAtStartOf(3, 5));
}

TEST_CASE("determiners point back; adverbs do not") {
  CHECK(korean::IsDeterminer(U"그"));
  CHECK(korean::IsDeterminer(U"해당"));
  CHECK(korean::IsDeterminer(U"모"));
  CHECK_FALSE(korean::IsDeterminer(U"또"));
  CHECK_FALSE(korean::IsDeterminer(U"곧"));
}

}  // namespace
}  // namespace kosearch
