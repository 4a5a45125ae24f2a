// Questions understood whatever their wording (src/answer/question_grammar.h):
// the speaker found wherever it stands (before a noun of speech with or
// without 의, before 따르면, after a word of role), the intent from a noun or
// verb of speech in any form, everything else as topic; and the plain queries
// of the same shapes that stay plain. The questions are made up.
#include <doctest/doctest.h>

#include <string>

#include "kosearch/question.h"

using kosearch::ParseQuestion;
using kosearch::Question;

TEST_CASE("Korean: a speaker written bare before a noun of speech, a noun of content after it") {
  Question q = ParseQuestion("박지훈 발언 내용");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "박지훈");
  CHECK(q.topic.empty());
  q = ParseQuestion("김영수 최고위원 발언");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "김영수 최고위원");
  q = ParseQuestion("등록금 인상에 대한 교육부 측 입장은?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "교육부 측");
  CHECK(q.topic == "등록금 인상");
  q = ParseQuestion("가수 이하나가 악플과 관련해 올린 글 내용");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "가수 이하나");
  // A noun that asks for a forecast or a plan, written bare, is a search.
  CHECK_FALSE(ParseQuestion("반도체 투자 전망").is_question);
  CHECK_FALSE(ParseQuestion("내년 예산 계획").is_question);
}

TEST_CASE("Korean: X의 anywhere before the noun of speech names the speaker, the rest is topic") {
  Question q = ParseQuestion("무역 협상 결과에 대한 여당의 입장은");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "여당");
  CHECK(q.topic == "무역 협상 결과");
  q = ParseQuestion("결승전을 중계한 해설위원 김철민의 평가는?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "해설위원 김철민");
  CHECK_FALSE(q.asks_who);
}

TEST_CASE("Korean: a verb before the noun of speech with words between, a one-syllable verb") {
  Question q = ParseQuestion("정민호 교수가 본 인공지능 산업 고용 전망");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "정민호 교수");
  CHECK(q.topic == "인공지능 산업 고용");
  q = ParseQuestion("통계청이 가계 부채 증가에 관해 밝힌 내용");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "통계청");
  CHECK(q.topic == "가계 부채 증가");
}

TEST_CASE("Korean: 에 따르면 gives the speaker, the clause after it the topic") {
  Question q = ParseQuestion("김민수 연구위원에 따르면 금리 인상이 가계에 미칠 영향은");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "김민수 연구위원");
  CHECK(q.topic.find("금리") != std::string::npos);
}

TEST_CASE("Korean: when, likening, hoping and putting forward are asked of a speaker") {
  Question q = ParseQuestion("최은정 장관은 국무회의에서 결론을 언제 내겠다고 했나");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "최은정 장관");
  q = ParseQuestion("박영희 의원은 당의 분열을 어떻게 비유했나");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "박영희 의원");
  q = ParseQuestion("상인들은 재개발을 두고 어떤 불만을 내놨나");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "상인들");
  q = ParseQuestion("김감독은 아들이 어떤 선수가 되기를 바랐나");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "김감독");
  // A question of fact with 언제 stays a search.
  CHECK_FALSE(ParseQuestion("삼풍백화점은 언제 무너졌나").is_question);
}

TEST_CASE("Korean: a who-question about a posted text") {
  Question q = ParseQuestion("판결이 나오자 SNS에 환영 글을 올린 의원은");
  REQUIRE(q.is_question);
  CHECK(q.asks_who);
  CHECK(q.described == "의원");
}

TEST_CASE("English: what-NOUN questions with any verb, a role word before the name") {
  Question q = ParseQuestion("What instruction did coach Park Min-ho give his players after the defeat?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "coach Park Min-ho");
  CHECK(q.topic == "his players");
  CHECK(q.event == "after the defeat");
  q = ParseQuestion("What threat did ISIS make when it named the country a target?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "ISIS");
  CHECK(q.event == "when it named the country a target");
}

TEST_CASE("English: possessives before any noun of speech, the words between are topic") {
  Question q = ParseQuestion("What was Labour's campaign slogan?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "Labour");
  CHECK(q.topic == "campaign");
  q = ParseQuestion("What are Smith's goals for next season?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "Smith");
  CHECK(q.topic == "next season");
}

TEST_CASE("English: headlines with a role inside the speaker, or with no topic") {
  Question q = ParseQuestion("Park Ji-sung comments");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "Park Ji-sung");
  q = ParseQuestion("Bank of Korea economist Lee Ji-won on household debt");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "Bank of Korea economist Lee Ji-won");
  CHECK(q.topic == "household debt");
  CHECK_FALSE(ParseQuestion("Apple Watch sales on Black Friday").is_question);
  CHECK_FALSE(ParseQuestion("sanctions on Iran").is_question);
}

TEST_CASE("English: speech verbs in any form, aspect words between speaker and verb") {
  Question q = ParseQuestion("What does Samsung chairman Lee Jae-yong keep saying about chips?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "Samsung chairman Lee Jae-yong");
  CHECK(q.topic == "chips");
  q = ParseQuestion("What are farmers saying about the drought?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "farmers");
  CHECK(q.topic == "drought");
  q = ParseQuestion("Which economist expects rates to fall next year?");
  REQUIRE(q.is_question);
  CHECK(q.asks_who);
  CHECK(q.described == "economist");
}

TEST_CASE("English: the question's own verb before an event word, a source's reported speaker, an appositive") {
  Question q = ParseQuestion("How did the mayor hit back when a rival raised the pledge to cut taxes?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "mayor");
  CHECK(q.event == "when a rival raised the pledge to cut taxes");
  q = ParseQuestion("According to the Guardian, what did Ferguson say to the referee after the match?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "Ferguson");
  CHECK(q.event == "after the match");
  q = ParseQuestion("What did Park Soo-jin, head of the city nurses' union, say about night shifts?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "Park Soo-jin");
  CHECK(q.topic == "night shifts");
  // "view" after "was" is a noun: the possessive names the speaker.
  q = ParseQuestion("What was Kim Min-jae's view on the transfer rumours?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "Kim Min-jae");
  // "ruling" is no verb here: the speaker stays "ruling party".
  q = ParseQuestion("How did the ruling party react when the opposition walked out?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "ruling party");
}

TEST_CASE("Korean: a word in -는 after an object or a -고 clause is a verb's adnominal, not the speaker") {
  Question q = ParseQuestion("임기를 마치고 떠나는 사무총장은 어떤 소회를 밝혔나");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "사무총장");
  q = ParseQuestion("감독이 팀을 떠나는 이유에 대해 현지 언론은 뭐라고 전했나");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "현지 언론");
  // A speaker after a place stays the speaker.
  q = ParseQuestion("기자회견에서 김 장관은 뭐라고 했나");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "김 장관");
}

TEST_CASE("English: what-questions with several words asked for before the auxiliary") {
  Question q = ParseQuestion("What emissions target did Toyota announce in its 2030 plan?");
  REQUIRE(q.is_question);
  CHECK_FALSE(q.asks_who);
  CHECK(q.speaker == "Toyota");
  CHECK(q.topic == "emissions target its 2030 plan");
  // A noun of speech asked for is no topic.
  q = ParseQuestion("What warning message did Kim Yo-jong issue after the drills?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "Kim Yo-jong");
  CHECK(q.topic.empty());
  CHECK(q.event == "after the drills");
}

TEST_CASE("Korean: a bare word before a noun of speech is a speaker only when it looks like one") {
  CHECK_FALSE(ParseQuestion("화학 반응").is_question);
  CHECK_FALSE(ParseQuestion("코로나 백신 반응").is_question);
  Question q = ParseQuestion("재판부 판단은");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "재판부");
}

TEST_CASE("English: whom a speaker told or asked is no topic") {
  Question q = ParseQuestion("What did the club's lawyer tell Yonhap about the transfer fee?");
  REQUIRE(q.is_question);
  CHECK(q.topic == "transfer fee");
  // Without "about", the words after the verb stay the topic.
  q = ParseQuestion("What did the minister tell farmers?");
  REQUIRE(q.is_question);
  CHECK(q.topic == "farmers");
}

TEST_CASE("Korean: a question someone put ('…며 던진 질문은') asks for their words, never who asked") {
  Question q = ParseQuestion("사회자 김민재가 이수진에게 '요즘 어디서 지냈냐'며 던진 질문은?");
  REQUIRE(q.is_question);
  CHECK_FALSE(q.asks_who);
  CHECK(q.speaker == "사회자 김민재");
}
