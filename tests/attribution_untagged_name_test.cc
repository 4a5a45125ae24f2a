// Speakers the tagger did not mark (issue 13): a word of a Korean name's
// shape by the lexicon's tables (a surname and two syllables, or one where
// the lexicon knows the word as nothing else) heading the titled phrase of a
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

TEST_CASE("a surname and one syllable opening the clause, before a school and a title, is the title holder") {
  std::vector<Quote> q = Quotes("허억 한빛대 행정학과 교수는 “지방 재정이 어렵다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "허억");
  CHECK(q[0].role == "교수");
  CHECK(q[0].org == "한빛대 행정학과");
  // After a modifying clause the name still opens the subject's phrase; the
  // clause's object is no one speaking.
  std::vector<Quote> after_clause = Quotes("옛 문헌을 정리한 박환 한빛대 사학과 교수는 “기록이 부족하다”고 말했다.");
  REQUIRE(after_clause.size() == 1);
  CHECK(after_clause[0].speaker == "박환");
  CHECK(after_clause[0].role == "교수");
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

TEST_CASE("a foreign name whose first part is shaped like a Korean one stays whole before its club and title") {
  std::vector<Quote> q =
      Quotes("전 대표팀 사령탑인 제라르 울리에 올림피크 리옹 감독은 \"최상의 컨디션이라면 누구와도 상대할 수 있다\"고 했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "제라르 울리에");
}

}  // namespace
}  // namespace kosearch
