// Speakers the tagger did not mark (issue 13): a word of a Korean name's
// shape by the lexicon's tables (a surname and two syllables, or one where
// the article or a name list knows the word as a person) heading the titled phrase of a
// quote's subject is who speaks, though no person span covers it; a common
// word, a body or a foreign name's first part in that slot never is.
// Sentences made up in the shapes of news.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kosearch/extract.h"
#include "shared_extractor.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("an untyped Korean name after a body and before a noun naming what she is speaks, not the noun") {
  std::vector<Quote> q = Quotes("산림보호연대 한만형 활동가는 “겨울 먹이를 나눠 줘야 한다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "한만형");
  CHECK(q[0].speaker_type == "person");
  CHECK(q[0].role == "활동가");
  CHECK(q[0].org == "산림보호연대");
}

TEST_CASE("a surname and one syllable opening the clause before a school and a title is the title holder where the article names her elsewhere") {
  std::vector<Quote> q =
      Quotes("허억 한빛대 행정학과 교수는 “지방 재정이 어렵다”고 말했다. 허억씨는 지난해 같은 주제로 책을 냈다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "허억");
  CHECK(q[0].role == "교수");
  CHECK(q[0].org == "한빛대 행정학과");
}

TEST_CASE("a word the lexicon knows as something else before the body and title is no name: the role stays unnamed") {
  std::vector<Quote> q = Quotes("주요 대학 교수는 “등록금 동결이 한계에 왔다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  CHECK(q[0].role == "교수");
  std::vector<Quote> body = Quotes("차세대 반도체 연구단장은 “수율이 오르고 있다”고 말했다.");
  REQUIRE(body.size() == 1);
  CHECK(body[0].speaker.empty());
  CHECK(body[0].role == "연구단장");
}

TEST_CASE("an ordinary word of two syllables opening with a surname's syllable is no name before a body and title") {
  for (const char* text : {"유명 한빛대 교수는 “연구비가 부족하다”고 말했다.", "강경 한빛당 의원은 “법안을 막겠다”고 말했다.",
                           "신임 한빛대 총장은 “등록금을 동결하겠다”고 말했다."}) {
    CAPTURE(std::string(text));
    std::vector<Quote> q = Quotes(text);
    REQUIRE(q.size() == 1);
    CHECK(q[0].speaker.empty());
    CHECK(q[0].speaker_type != "person");
  }
}

TEST_CASE("a foreign name whose first part is shaped like a Korean one stays whole before its club and title") {
  std::vector<Quote> q =
      Quotes("대표팀을 이끌었던 제라르 울리에 올림피크 리옹 감독은 \"몸 상태만 좋으면 어느 팀과도 겨룰 수 있다\"고 했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "제라르 울리에");
}

}  // namespace
}  // namespace kosearch
