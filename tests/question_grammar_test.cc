// The question grammar (src/answer/question_grammar.h) without a database:
// every example question of issue 14's "Where it stands" is understood as
// intended (speaker, topic, event, filters, phrases), in English and Korean,
// and ordinary queries stay queries.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "answer/question_grammar.h"
#include "kosearch/question.h"

using kosearch::ParseQuestion;
using kosearch::Question;

namespace {

bool Has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("who-questions: English verbs of saying, the rest is the topic") {
  Question q = ParseQuestion("Who called the sanctions a declaration of war?");
  REQUIRE(q.is_question);
  CHECK(q.asks_who);
  CHECK(q.speaker.empty());
  CHECK(q.topic == "sanctions a declaration of war");

  q = ParseQuestion("who warned that the bridge would collapse");
  REQUIRE(q.is_question);
  CHECK(q.asks_who);
  CHECK(q.topic == "bridge would collapse");

  q = ParseQuestion("Which official claimed the vaccine was safe?");
  REQUIRE(q.is_question);
  CHECK(q.asks_who);
  CHECK(q.topic == "vaccine was safe");

  CHECK_FALSE(ParseQuestion("who is the president of France").is_question);
}

TEST_CASE("who-questions: Korean relative clauses and 누가") {
  Question q = ParseQuestion("'적폐'라고 말했다고 주장한 사람은 누구인가");
  REQUIRE(q.is_question);
  CHECK(q.asks_who);
  REQUIRE(q.phrases.size() == 1);
  CHECK(q.phrases[0] == "적폐");
  CHECK(q.topic.find("적폐") != std::string::npos);

  q = ParseQuestion("북한을 '불량국가'라고 부른 사람은?");
  REQUIRE(q.is_question);
  CHECK(q.asks_who);
  REQUIRE(q.phrases.size() == 1);
  CHECK(q.phrases[0] == "불량국가");
  CHECK(q.topic.find("북한") != std::string::npos);

  q = ParseQuestion("골든벨 얘기를 한 사람은?");
  REQUIRE(q.is_question);
  CHECK(q.asks_who);
  CHECK(q.topic == "골든벨");

  q = ParseQuestion("반도체 수출에 대해 말한 사람은");
  REQUIRE(q.is_question);
  CHECK(q.topic == "반도체 수출");

  q = ParseQuestion("누가 금리 인하를 주장했나");
  REQUIRE(q.is_question);
  CHECK(q.asks_who);
  CHECK(q.topic == "금리 인하를");

  q = ParseQuestion("환율이 오를 거라고 전망한 곳은 어디야?");
  REQUIRE(q.is_question);
  CHECK(q.asks_who);
}

TEST_CASE("what-questions in English: speaker, topic, event") {
  Question q = ParseQuestion("what did SK say about Omniverse");
  REQUIRE(q.is_question);
  CHECK_FALSE(q.asks_who);
  CHECK(q.speaker == "SK");
  CHECK(q.topic == "Omniverse");

  q = ParseQuestion("What did Jacinda Ardern say after her re-election?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "Jacinda Ardern");
  CHECK(q.topic.empty());
  CHECK(q.event == "after her re-election");

  q = ParseQuestion("According to the finance minister, when will rates fall?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "finance minister");
  CHECK(q.topic == "rates fall");

  q = ParseQuestion("How did the Fed chair react to the jobs report?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "Fed chair");
  CHECK(q.topic == "jobs report");

  q = ParseQuestion("What did the UN Secretary-General say about the ceasefire during the talks?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "UN Secretary-General");
  CHECK(q.topic == "ceasefire");
  CHECK(q.event == "during the talks");

  q = ParseQuestion("When the plant closed, what did the mayor say?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "mayor");
  CHECK(q.event == "When the plant closed");

  q = ParseQuestion("What did An Hee-jung say?");  // "An" is a surname here, not an article
  REQUIRE(q.is_question);
  CHECK(q.speaker == "An Hee-jung");

  q = ParseQuestion("What did the Washington Post report about the merger?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "Washington Post");
  CHECK(q.topic == "merger");

  // A speech verb after a determiner or a possessor is a noun of the speaker's name.
  q = ParseQuestion("What did the state news agency say about the launch?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "state news agency");
  CHECK(q.topic == "launch");
  q = ParseQuestion("What did North Korea's state media report about the talks?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "North Korea's state media");
  q = ParseQuestion("What did the call center staff say about the delays?");  // any speech word, not only "state"
  REQUIRE(q.is_question);
  CHECK(q.speaker == "call center staff");
  CHECK(q.topic == "delays");

  q = ParseQuestion("Moon Jae-in's comments on the alliance");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "Moon Jae-in");
  CHECK(q.topic == "alliance");
}

TEST_CASE("what-questions in Korean: speaker, topic, event") {
  Question q = ParseQuestion("SK는 옴니버스에 대해 뭐라고 했나");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "SK");
  CHECK(q.topic == "옴니버스");

  q = ParseQuestion("홍길동은 후보직을 사퇴하면서 뭐라고 했나");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "홍길동");
  CHECK(q.event == "후보직을 사퇴하면서");
  CHECK(q.topic.empty());

  q = ParseQuestion("이재명 대통령은 뭐라고 했나");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "이재명 대통령");

  q = ParseQuestion("젠슨 황 CEO는 한국에 대해 뭐라고 했나");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "젠슨 황 CEO");
  CHECK(q.topic == "한국");

  q = ParseQuestion("개혁신당은 최저임금 인상을 두고 어떤 입장을 밝혔나?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "개혁신당");
  CHECK(q.topic == "최저임금 인상");

  q = ParseQuestion("태풍 상륙을 앞두고 시장은 시민들에게 뭐라고 당부했나");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "시장");
  CHECK(q.event == "태풍 상륙을 앞두고");

  q = ParseQuestion("교통사고 대책에 대해 경찰 관계자는 어떻게 설명했어?");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "경찰 관계자");
  CHECK(q.event.find("교통사고") == std::string::npos);  // 사고 is a noun, not the -고 of a clause

  q = ParseQuestion("삼성의 반도체 관련 발언");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "삼성");
  CHECK(q.topic == "반도체");

  q = ParseQuestion("김정은이 핵 억제력에 대해 한 말");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "김정은");
  CHECK(q.topic == "핵 억제력");
}

TEST_CASE("filters: years, months, date ranges and query-language fields") {
  Question q = ParseQuestion("what did Obama say in 2013");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "Obama");
  CHECK(q.filters == std::vector<std::string>{"date:2013"});

  q = ParseQuestion("what did Obama say date:2013..2013");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "Obama");
  CHECK(q.filters == std::vector<std::string>{"date:2013..2013"});

  q = ParseQuestion("What did the minister say about exports in March 2020?");
  REQUIRE(q.is_question);
  CHECK(q.topic == "exports");
  CHECK(q.filters == std::vector<std::string>{"date:2020-03"});

  q = ParseQuestion("source:wikinews what did Biden say about Putin");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "Biden");
  CHECK(Has(q.filters, "source:wikinews"));

  q = ParseQuestion("2012년 9월 문재인 후보는 대선 승리에 대해 뭐라고 말했나");
  REQUIRE(q.is_question);
  CHECK(q.speaker == "문재인 후보");
  CHECK(q.filters == std::vector<std::string>{"date:2012-09"});

  q = ParseQuestion("'순교자'라고 한 사람은? (2018-05-01~2018-05-31)");
  REQUIRE(q.is_question);
  CHECK(q.filters == std::vector<std::string>{"date:2018-05-01..2018-05-31"});

  // "17년 만의" is no date.
  q = ParseQuestion("17년 만의 폭우라고 한 곳은 어디야");
  REQUIRE(q.is_question);
  CHECK(q.filters.empty());
}

TEST_CASE("ordinary queries stay queries") {
  for (const char* query : {"SK 옴니버스", "\"옴니버스 툴\"", "오바마 AND 롬니", "source:아주경제 삼성", "반도체 투자",
                            "speaker:최태원", "what", "대통령은"}) {
    CAPTURE(query);
    CHECK_FALSE(ParseQuestion(query).is_question);
  }
}

TEST_CASE("phrases: an apostrophe inside an English word opens none") {
  kosearch::QuestionText t = kosearch::TakeFiltersAndPhrases("Who called Samsung's chief 'a giant tree' in 2020");
  REQUIRE(t.phrases.size() == 1);
  CHECK(t.phrases[0] == "a giant tree");
  CHECK(t.filters == std::vector<std::string>{"date:2020"});
  CHECK(t.rest == "Who called Samsung's chief a giant tree");
}

TEST_CASE("phrases: which words of the rest hold a quoted phrase, by position") {
  // The name outside the phrase is not quoted though the phrase holds it too;
  // a particle after the closing mark stays with its phrase's word.
  kosearch::QuestionText t = kosearch::TakeFiltersAndPhrases("홍준표 '홍준표 책임론'에 source:x 2019년 3월에, 발언");
  CHECK(t.rest == "홍준표 홍준표 책임론에, 발언");
  CHECK(t.quoted_words == std::vector<bool>{false, true, true, false});
}

TEST_CASE("Korean questions of fact stay plain searches: a who- or how-question must speak of speech") {
  // KorQuAD-style questions (no verb or noun of saying, no quoted phrase).
  CHECK_FALSE(ParseQuestion("하나님의 명령에 배를 만들고 가족과 짐승들을 배에 태워 홍수를 피한 사람은 누구인가?").is_question);
  CHECK_FALSE(ParseQuestion("노아의 방주의 선체는 어떠한 나무로 만들었는가?").is_question);
  CHECK_FALSE(ParseQuestion("철학이라는 용어가 유래한 언어는?").is_question);
  // The same shapes about what someone said.
  Question q = ParseQuestion("북한을 불량국가라고 부른 사람은 누구인가?");
  CHECK(q.is_question);
  CHECK(q.asks_who);
  q = ParseQuestion("정의당은 삼성에 어떤 주문을 했나?");
  CHECK(q.is_question);
  CHECK(q.speaker == "정의당");
  // A quoted phrase is speech enough.
  q = ParseQuestion("현충원 방명록에 '사람이 먼저인 세상'을 남긴 사람은 누구인가?");
  CHECK(q.is_question);
  CHECK(q.phrases.size() == 1);
}
