// Question forms people write that the grammar (src/answer/question_grammar.h)
// once read as plain searches, in both languages, without a database: a
// who-question whose head describes the speaker ("…라고 말한 일본 총리는?",
// "Which chef said …"), verbs news quotes by after a question word ("어떻게
// 분석했나", "뭐라고 썼나"), a request closing the question ("…가 한 말
// 찾아줘"), and "who is saying …". The questions are made up.
#include <doctest/doctest.h>

#include <string>

#include "kosearch/question.h"

using kosearch::ParseQuestion;
using kosearch::Question;

TEST_CASE("a Korean who-question whose head describes the speaker: the description is kept apart from the topic") {
  Question q = ParseQuestion("\"수출 회복이 먼저다\"라고 말한 일본 총리는?");
  REQUIRE(q.is_question);
  CHECK(q.asks_who);
  CHECK(q.speaker.empty());
  CHECK(q.described == "일본 총리");
  CHECK(q.topic.find("수출") != std::string::npos);
  CHECK(q.topic.find("총리") == std::string::npos);

  q = ParseQuestion("철도 파업을 끝내야 한다고 요구한 외국 신문은?");
  REQUIRE(q.is_question);
  CHECK(q.asks_who);
  CHECK(q.described == "외국 신문");
  CHECK(q.topic.find("파업") != std::string::npos);
  CHECK(q.topic.find("요구한") == std::string::npos);

  q = ParseQuestion("출마를 고민 중이라고 한 부산 지역구 의원은 누구인가");
  REQUIRE(q.is_question);
  CHECK(q.asks_who);
  CHECK(q.described == "부산 지역구 의원");
  CHECK(q.topic.find("출마") != std::string::npos);

  // A bare head noun describes nobody.
  q = ParseQuestion("금리를 내려야 한다고 말한 사람은?");
  REQUIRE(q.is_question);
  CHECK(q.described.empty());
}

TEST_CASE("a head of several words needs a verb before it: a noun ending in ㄴ is none, and facts stay plain") {
  // 일본 ends in ㄴ like an adnominal verb, but is a noun: the head is 총리, after 말한.
  Question q = ParseQuestion("\"협상은 끝났다\"고 말한 일본 총리는?");
  REQUIRE(q.is_question);
  CHECK(q.described == "일본 총리");
  // No speech: a question of fact stays a plain search.
  CHECK_FALSE(ParseQuestion("홍수를 피한 마을 주민은?").is_question);
  // A head of several words that names no one who speaks asks for a fact, quote marks or not.
  CHECK_FALSE(ParseQuestion("그가 영화 '바다'에서 맡은 배역의 이름은?").is_question);
  CHECK_FALSE(ParseQuestion("학자들이 주장한 구조의 최대 규모는?").is_question);
}

TEST_CASE("an English which-question: the words describing the speaker are kept apart from the topic") {
  Question q = ParseQuestion("Which chef said the soup was too salty?");
  REQUIRE(q.is_question);
  CHECK(q.asks_who);
  CHECK(q.described == "chef");
  CHECK(q.topic == "soup was too salty");

  q = ParseQuestion("Who is saying it is too early for talks?");
  REQUIRE(q.is_question);
  CHECK(q.asks_who);
  CHECK(q.described.empty());
  CHECK(q.topic == "it is too early for talks");

  q = ParseQuestion("Who was claiming the election was stolen?");
  REQUIRE(q.is_question);
  CHECK(q.asks_who);
  CHECK(q.topic == "election was stolen");

  CHECK_FALSE(ParseQuestion("who is running for mayor").is_question);
}

TEST_CASE("Korean what-questions with verbs news quotes by, and the past in any verb") {
  Question q = ParseQuestion("경제연구소 연구원은 청년 실업에 대해 어떻게 분석했나?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "경제연구소 연구원");
  CHECK(q.topic == "청년 실업");

  q = ParseQuestion("문화평론가 김영수씨는 이런 유행이 생긴 이유를 어떻게 풀이했나");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "문화평론가 김영수 씨");  // 씨 apart: a title, as the resolver reads titles

  q = ParseQuestion("홍길동 의원은 자신의 블로그에 예산안 통과에 대해 뭐라고 썼나");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "홍길동 의원");
  CHECK(q.topic.find("예산안") != std::string::npos);

  // Four words after the question word ("어떻게 바꿀 거라고 했나").
  q = ParseQuestion("장관은 새 제도가 근무 방식을 어떻게 바꿀 거라고 했나?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "장관");

  // Four words after the question word only around a quoting ending.
  CHECK_FALSE(ParseQuestion("10월에 왕은 무엇을 발표하고 황제에 올랐는가?").is_question);
  // A how-question with no verb of speech or report stays a question of fact.
  CHECK_FALSE(ParseQuestion("이 약은 어떻게 작동하나").is_question);
}

TEST_CASE("a request closing a Korean question asks nothing more") {
  Question q = ParseQuestion("홍길동이 한 말 찾아줘");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "홍길동");

  q = ParseQuestion("홍길동의 예산 관련 발언 보여줘");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "홍길동");
  CHECK(q.topic == "예산");

  CHECK_FALSE(ParseQuestion("서울 날씨 알려줘").is_question);
}

TEST_CASE("Korean: a noun of speech that ends the question is what was said, never who said it") {
  // Without the check, the who-question grammar read "한 말은" as its head.
  Question q = ParseQuestion("방송 제작진이 출연자 개인정보 노출 논란 뒤 사과하며 한 말은?");
  REQUIRE(q.is_question);
  CHECK_FALSE(q.asks_who);
  CHECK(q.speaker == "방송 제작진");
  CHECK(q.event == "출연자 개인정보 노출 논란 뒤 사과하며");

  q = ParseQuestion("한빛베이커리 이사가 '손님은 왕'이라는 통념에 대해 한 말은?");
  REQUIRE(q.is_question);
  CHECK_FALSE(q.asks_who);
  CHECK(q.speaker == "한빛베이커리 이사");

  q = ParseQuestion("'손님은 왕'이라고 말한 사람은?");  // a who-noun: still a who-question
  REQUIRE(q.is_question);
  CHECK(q.asks_who);
}

TEST_CASE("Korean: a noun of speech after any verb, an event before the speaker, a speaker without a particle") {
  Question q = ParseQuestion("3일 기자회견에서 김민수 장관이 부동산 대책에 대해 강조한 말");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "김민수 장관");
  CHECK(q.event == "3일 기자회견에서");
  CHECK(q.topic == "부동산 대책");

  q = ParseQuestion("박지훈 위원이 한 조언");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "박지훈 위원");

  q = ParseQuestion("이수민 뭐라고 했어?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "이수민");

  q = ParseQuestion("한국전력 측은 전기요금이 얼마나 오를 거라고 했어?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "한국전력 측");

  q = ParseQuestion("2심 재판부는 손해배상 책임을 어떻게 판결했나");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "2심 재판부");

  q = ParseQuestion("다음 달 컴백을 앞둔 세븐틴은 왜 빨리 돌아왔다고 했어?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "세븐틴");

  q = ParseQuestion("공원 조성 논란이 일자 서울 강남구는 뭐라고 해명했어?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "서울 강남구");
  CHECK(q.event == "공원 조성 논란이 일자");
}

TEST_CASE("Korean who-questions whose head names who speaks, with no particle and no 누구") {
  Question q = ParseQuestion("\"선수 두 명을 더 영입하겠다\"고 밝힌 수원 감독");
  REQUIRE(q.is_question);
  CHECK(q.asks_who);
  CHECK(q.described == "수원 감독");

  q = ParseQuestion("새 홈구장에서 팬 문화를 바꾸겠다고 밝힌 구단");
  REQUIRE(q.is_question);
  CHECK(q.asks_who);
  // A fact about a title holder, with no speech, stays a search.
  CHECK_FALSE(ParseQuestion("처음으로 우승컵을 들어 올린 수원 감독").is_question);
}

TEST_CASE("English headlines and what-NOUN questions") {
  Question q = ParseQuestion("Lionel Messi comments on the transfer rumor");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "Lionel Messi");
  CHECK(q.topic == "transfer rumor");

  q = ParseQuestion("Park Ji-won of Yonsei University on tuition fees and scholarships");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "Park Ji-won of Yonsei University");
  CHECK(q.topic == "tuition fees and scholarships");

  q = ParseQuestion("What did Kim Min-jae text his coach before the match?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "Kim Min-jae");
  CHECK(q.topic == "his coach");

  q = ParseQuestion("How did the two hosts tease the guest?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "two hosts");

  q = ParseQuestion("What message did Kim Min-jae post?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "Kim Min-jae");

  for (const char* query : {"sanctions on Iran", "Samsung on AI chips", "New sanctions on Russia"}) {
    CAPTURE(query);
    CHECK_FALSE(ParseQuestion(query).is_question);
  }
}

TEST_CASE("Korean: nouns of what one writes or confides, after a verb in any tense, with a word between") {
  Question q = ParseQuestion("배우 김민지가 5년 만에 KBS로 돌아오는 소감은?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "배우 김민지");
  CHECK(q.topic.find("KBS") != std::string::npos);

  q = ParseQuestion("박서연이 인스타그램에 사진과 함께 올린 짧은 글은?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "박서연");
  CHECK(q.topic.find("인스타그램") != std::string::npos);

  q = ParseQuestion("가수 정하늘이 공연을 마치고 털어놓은 심경은?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "가수 정하늘");

  q = ParseQuestion("법원이 구속영장을 기각하면서 든 이유는?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "법원");

  q = ParseQuestion("한가람이 팬미팅에서 동생에 관해 했던 과거 발언은?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "한가람");
  CHECK(q.topic.find("동생") != std::string::npos);
  CHECK(q.topic.find("과거") != std::string::npos);

  // Facts stay plain: no noun of speech after the verb.
  CHECK_FALSE(ParseQuestion("그가 영화에서 맡은 배역의 이름은?").is_question);
}

TEST_CASE("Korean: asking back and putting forward are speech; 누구의 asks what was said") {
  Question q = ParseQuestion("예산 삭감을 언제 알았는지 되물은 의원은?");
  REQUIRE(q.is_question);
  CHECK(q.asks_who);
  CHECK(q.described == "의원");
  CHECK(q.topic.find("예산") != std::string::npos);

  q = ParseQuestion("지역 최초의 여성 시장이라는 점을 내세운 후보는 누구인가?");
  REQUIRE(q.is_question);
  CHECK(q.asks_who);

  q = ParseQuestion("검찰 관계자는 자료를 공개하려면 누구의 승인이 필요하다고 했나?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "검찰 관계자");
  CHECK(q.topic.find("승인") != std::string::npos);
}

TEST_CASE("English: a name and any verb after what/why does; forecasts are speech") {
  Question q = ParseQuestion("What does Kim Min-jae want to turn his startup into?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "Kim Min-jae");
  CHECK(q.topic.find("startup") != std::string::npos);

  q = ParseQuestion("What did a Naver official forecast for the search ad market?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "Naver official");
  CHECK(q.topic.find("market") != std::string::npos);

  // One capitalized word is no name enough; when- and where-questions ask for facts.
  CHECK_FALSE(ParseQuestion("What did Samsung buy in Texas").is_question);
  CHECK_FALSE(ParseQuestion("When did Barack Obama take office").is_question);
}

TEST_CASE("Korean: a quoting adnominal before the speaker is no subject") {
  Question q = ParseQuestion("밴드가 해체한다는 소식에 팬들은 어떤 반응을 보였나?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "팬들");
  CHECK(q.topic.find("해체한다는") != std::string::npos);
}
