// Korean question shapes the grammar (src/answer/korean_question.cc) once
// read as plain searches or with the wrong words as the speaker, without a
// database: a headline's comma closing the subject ("X 의원, … 한 말"), a
// question word closing a noun of speech ("X가 한 말은 무엇인가요"), the
// subject after an event clause or a verb's adnominal, the speaker named
// between a quoting verb and its noun ("…다고 분석한 업계 관계자 말"), a
// who-question's head after a verb of saying, and a question word to whom.
// The questions are made up.
#include <doctest/doctest.h>

#include <string>

#include "kosearch/question.h"

using kosearch::ParseQuestion;
using kosearch::Question;

TEST_CASE("Korean: a comma closing a name phrase at the start makes it the subject") {
  Question q = ParseQuestion("한지민 신임 감독, 외국인 선수 영입 관련해서 뭐라고 했나요?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "한지민 신임 감독");
  CHECK(q.topic.find("외국인") != std::string::npos);

  q = ParseQuestion("정태호 의원, 예산 문건 공개하며 한 말");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "정태호 의원");
  CHECK(q.event.find("공개하며") != std::string::npos);

  q = ParseQuestion("김하늘 대표, 신제품 출시 계획은 뭐래?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "김하늘 대표");
  CHECK(q.topic.find("신제품") != std::string::npos);

  q = ParseQuestion("한국전력, 전기요금 어느 정도라고 설명했나");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "한국전력");

  // A clause before the comma is no name phrase: no subject is made of it.
  CHECK_FALSE(ParseQuestion("장마가 끝나고 갈라진 도로, 보수 일정").is_question);
}

TEST_CASE("Korean: a question word closing a noun of speech asks what was said") {
  Question q = ParseQuestion("박서준 장관이 시민들에게 한 다짐이 뭐예요?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "박서준 장관");
  CHECK_FALSE(q.asks_who);

  q = ParseQuestion("장례 절차에 대해 유가족 측이 밝힌 입장은 무엇입니까?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "유가족 측");
  CHECK(q.topic.find("장례") != std::string::npos);

  // A noun of no speech before the question word stays a search.
  CHECK_FALSE(ParseQuestion("박서준 장관이 시민들에게 준 선물이 뭐예요?").is_question);
}

TEST_CASE("Korean: the speaker of a noun of speech is the subject after the event, never a clause's verb") {
  Question q = ParseQuestion("배당 논란이 불거진 뒤 최성민 사장이 간담회에서 밝힌 내용");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "최성민 사장");
  CHECK(q.event.find("불거진 뒤") != std::string::npos);

  q = ParseQuestion("시즌 첫 정상에 오른 이민지가 다음 대회에 대해 밝힌 포부");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "이민지");

  q = ParseQuestion("공원을 맨발로 걷는 영상 올린 30대가 조회수에 대해 한 말");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "30대");

  q = ParseQuestion("올해 수출이 줄었다고 분석한 업계 관계자 말");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "업계 관계자");
  CHECK(q.topic.find("수출") != std::string::npos);

  q = ParseQuestion("배우 김민재가 공항에 나타났다는 관계자 발언");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "관계자");
}

TEST_CASE("Korean who-questions: a head after a verb of saying, a head with 이/가 before 누구") {
  Question q = ParseQuestion("은행 전산망을 마비시키겠다고 선언한 해커 집단은?");
  REQUIRE(q.is_question);
  CHECK(q.asks_who);
  CHECK(q.described == "해커 집단");

  q = ParseQuestion("종이책은 곧 사라진다는 농담을 던진 야구 스타는?");
  REQUIRE(q.is_question);
  CHECK(q.asks_who);
  CHECK(q.described == "야구 스타");

  q = ParseQuestion("쌍둥이는 조산 위험이 크다고 설명한 산부인과 교수가 누구예요?");
  REQUIRE(q.is_question);
  CHECK(q.asks_who);
  CHECK(q.described == "산부인과 교수");

  q = ParseQuestion("국회 발언에서 상대 후보를 거짓말쟁이로 규정한 위원장은 누구?");
  REQUIRE(q.is_question);
  CHECK(q.asks_who);

  // No speech anywhere: a fact about someone stays a search.
  CHECK_FALSE(ParseQuestion("처음으로 결승에 진출한 야구 스타는?").is_question);
}

TEST_CASE("Korean: asking to whom, and a statement to the police") {
  Question q = ParseQuestion("이수근은 우승한 뒤 누구에게 고마움을 전했나?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "이수근");

  q = ParseQuestion("운전자 박모 씨는 사고 당시를 어떻게 진술했나?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "운전자 박모 씨");
}

TEST_CASE("Korean keywords: a name with 씨 written on, or a word or two of speech after a name") {
  Question q = ParseQuestion("한소희씨 발언");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "한소희 씨");

  q = ParseQuestion("유재민 한마디");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "유재민");
}

TEST_CASE("Korean: a comma in a list of numbers makes no subject; an adjective after a place is no speaker") {
  Question q = ParseQuestion("1, 2심 재판부는 손해배상 비율을 어떻게 판결했나");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "1 2심 재판부");

  q = ParseQuestion("윤가람 감독이 시사회에서 고향과 젊은 관객에 대해 한 말은?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "윤가람 감독");
}

TEST_CASE("Korean: a title before a noun of speech is no verb; after a quoting adnominal it is the speaker") {
  Question q = ParseQuestion("중소기업이 수출을 늘리게 해서 경기를 살려야 한다는 의원 발언");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "의원");
  CHECK(q.topic.find("중소기업이") != std::string::npos);
}

TEST_CASE("Korean keywords: a name and its title, then the topic, then a noun of speech") {
  Question q = ParseQuestion("최 장관 금리 발언");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "최 장관");
  CHECK(q.topic == "금리");
  // No title: words of a topic stay a search.
  CHECK_FALSE(ParseQuestion("반도체 수출 금리 발언").is_question);
}
