// The right person inside a speaker phrase (issue 13, round 14): a name
// opening the clause, then any affiliation words, then one or more titles
// (the word right before the title is no name then); a job noun shaped like
// a Korean name is no name; the verb that took a quote, in its modifying
// form, describes who said it; a name the tagger marks, before 도.
// Sentences made up in the shapes of news.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/people.h"
#include "extract/speaker_table.h"
#include "kosearch/aliases.h"
#include "kosearch/extract.h"
#include "shared_extractor.h"
#include "whole_text_quotes.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("a name with her title, then a second post and a title: the name speaks, not the post") {
  std::vector<Quote> q = Quotes("김영호 대통령 권한대행 국무총리는 2일 “관계 부처는 피해 복구에 총력을 다하라”고 지시했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김영호");
  CHECK(q[0].role == "대통령 권한대행 국무총리");
  CHECK(q[0].speaker_as_written == "김영호 대통령 권한대행 국무총리");
}

TEST_CASE("a Korean name, an institute glossed in Latin and its school, then the title") {
  std::vector<Quote> q = Quotes("박성민 한국조세재정연구원(KIPF) 국제대학원 교수는 “세수 기반을 넓힐 필요가 있다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "박성민");
  CHECK(q[0].role == "교수");
}

TEST_CASE("a job noun shaped like a Korean name is no speaker; the name opening the phrase is") {
  std::vector<Quote> named = Quotes("정미숙 부산시 공무원 노조위원장은 “임금 협상을 위임하기로 했다”고 밝혔다.");
  REQUIRE(named.size() == 1);
  CHECK(named[0].speaker == "정미숙");
  CHECK(named[0].role == "노조위원장");
  std::vector<Quote> unnamed = Quotes("부산시 공무원 노조위원장은 “임금 협상을 위임하기로 했다”고 밝혔다.");
  REQUIRE(unnamed.size() == 1);
  CHECK(unnamed[0].speaker.empty());
  CHECK(unnamed[0].role == "노조위원장");
}

TEST_CASE("the verb that took a quote, in its modifying form, describes who said it") {
  std::vector<Quote> q = Quotes("“올해도 목표는 우승”이라고 분명히 밝힌 카를로스는 “매 경기 최선을 다하겠다”고 말했다.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "카를로스");
  CHECK(q[1].speaker == "카를로스");
  // 했지만 is no modifying form: who comes after it did not say the first quote.
  std::vector<Quote> but = Quotes("“올해도 목표는 우승”이라고 요구했지만 카를로스는 “매 경기 최선을 다하겠다”고 말했다.");
  REQUIRE(but.size() == 2);
  CHECK(but[0].speaker.empty());
  CHECK(but[1].speaker == "카를로스");
}

TEST_CASE("a name the tagger marks, with 도 (also), speaks") {
  std::vector<Quote> q = Quotes("호나우지뉴도 MVP를 받은 뒤 \"팀 동료들에게 고맙다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "호나우지뉴");
}

TEST_CASE("a foreign name whose family name ends like a particle, then a club, then the title") {
  // The tagger marks the given name a person and the club's first word a
  // body; the people finder alone would take the club for the name.
  std::vector<Quote> q =
      Quotes("전 대표팀 사령탑인 로랑 블랑시에 올림피크 리옹 감독은 \"그는 어느 팀을 만나도 이길 수 있다\"고 했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "로랑 블랑시에");
  CHECK(q[0].role == "감독");
  CHECK(q[0].org == "올림피크 리옹");
}

TEST_CASE("the tagger's person cut inside a family name ending like a city, after a given name, stays a person") {
  // The tagger stops one syllable before the word's end (드롱시|에); the cut
  // word's 시 is where the tagger stopped, not a city's suffix.
  AliasTable no_aliases;
  AliasIndex aliases(no_aliases);
  PeopleFound people;
  std::u32string text = U"프랑스 출신의 앙투안 드롱시에 씨는 \"이번 대회가 마지막\"이라고 말했다.";
  size_t given = text.find(U"앙투안");
  SpeakerTable table(text, people, {Entity{given, given + 7, "PS", "앙투안 드롱시"}}, aliases, nullptr,
                     WholeTextQuoteSpans(text));
  CHECK(table.TaggedPerson(given, given + 3));
  // A Korean full name before the cut word is no given name: the span
  // "김민수 수원시" before 에 is a person and a city, no person is kept.
  std::u32string city = U"이날 김민수 수원시에 \"고맙다\"고 말했다.";
  size_t name = city.find(U"김민수");
  SpeakerTable by_city(city, people, {Entity{name, name + 7, "PS", "김민수 수원시"}}, aliases, nullptr,
                       WholeTextQuoteSpans(city));
  CHECK_FALSE(by_city.TaggedPerson(name, name + 3));
}

TEST_CASE("the tagger's person covering a word but for its last syllable") {
  AliasTable no_aliases;
  AliasIndex aliases(no_aliases);
  PeopleFound people;
  std::u32string text = U"아드리아누도 시상식 뒤 \"고맙다\"고 말했다.";
  SpeakerTable table(text, people, {Entity{0, 4, "PS", "아드리아"}}, aliases, nullptr, WholeTextQuoteSpans(text));
  CHECK(table.TaggedPersonButLast(0, 5));
  CHECK_FALSE(table.TaggedPersonButLast(0, 6));  // two syllables past the span
  CHECK_FALSE(table.TaggedPersonButLast(0, 3));  // too short to tell
  // End to end, a word opening its sentence with 도 speaks where there is
  // name evidence: here the article names him before (a brand opening its
  // sentence with 도 and no evidence does not: attribution_review_negatives).
  std::vector<Quote> q = Quotes(
      "아드리아누 선수가 결승골을 넣었다. 아드리아누도 시상식 뒤 \"팀 동료들에게 고맙다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "아드리아누");
}

TEST_CASE("a lone surname syllable that could be a particle or an ending, before a title, is the surname") {
  // 서 and 도 glued to a word are a particle or an ending; alone before a
  // title, after a sentence adverb, they are who speaks.
  std::vector<Quote> q = Quotes("이에 서 소장은 “예산 집행이 늦어 현장이 힘들다”고 덧붙였다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "서");
  CHECK(q[0].role == "소장");
  std::vector<Quote> also = Quotes("이어 도 변호사는 “증거가 충분하지 않다”며 선처를 구했다.");
  REQUIRE(also.size() == 1);
  CHECK(also[0].speaker == "도");
  CHECK(also[0].role == "변호사");
}

}  // namespace
}  // namespace kosearch
