// Korean what-questions whose verb is none of saying ("무엇으로 봤나",
// "어떤 메시지를 보냈나", "가격은 얼마?"): read with the plain verb of saying
// and answered when the subject is a speaker the index has quotes by; a
// question of fact, whose subject nobody is quoted as, stays a plain search
// (src/answer/neutral_verb_question.cc). Made-up questions and articles.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "answer/neutral_verb_question.h"
#include "kosearch/question.h"
#include "kosearch/search.h"
#include "made_up_archive.h"

TEST_CASE("plain saying verb: a subject and a question word make a what-question, whatever the verb") {
  // The grammar alone reads none of them: their verb is no verb of saying.
  CHECK_FALSE(kosearch::ParseQuestion("해운연구소 연구원은 두 선사가 합친 원동력을 무엇으로 봤나").is_question);
  auto q = kosearch::ReadWithPlainSayingVerb("해운연구소 연구원은 두 선사가 합친 원동력을 무엇으로 봤나");
  REQUIRE(q.has_value());
  CHECK(q->speaker == "해운연구소 연구원");
  CHECK(q->topic.find("원동력") != std::string::npos);
  CHECK(q->topic.find("봤나") == std::string::npos);
  q = kosearch::ReadWithPlainSayingVerb("팬들은 가수의 결혼 소식에 어떤 축하 메시지를 보냈나?");
  REQUIRE(q.has_value());
  CHECK(q->speaker == "팬들");
  CHECK(q->topic.find("축하") != std::string::npos);
  CHECK(q->topic.find("보냈나") == std::string::npos);
  // A subject after a long event clause: any subject before the question word.
  q = kosearch::ReadWithPlainSayingVerb("지난달 해운 박람회 개막 전 낸 성명에서 연구원은 합병 시점에 대해 어떤 신호를 줬나?");
  REQUIRE(q.has_value());
  CHECK(q->speaker == "연구원");
  CHECK(q->topic.find("시점") != std::string::npos);
  // 누구 asking for whom it was said of, not who said it.
  q = kosearch::ReadWithPlainSayingVerb("고고학과 교수는 무덤 유물의 주인을 누구로 추정했나?");
  REQUIRE(q.has_value());
  CHECK(q->speaker.ends_with("교수"));
  CHECK(q->topic.find("주인") != std::string::npos);
  q = kosearch::ReadWithPlainSayingVerb("외신들이 예상한 새 전기차 가격은 얼마?");
  REQUIRE(q.has_value());
  CHECK(q->speaker == "외신들");
  CHECK(q->topic.find("가격") != std::string::npos);
}

TEST_CASE("plain saying verb: no subject, no question word, or a who-question: not read so") {
  // No question word: a sentence, not a question.
  CHECK_FALSE(kosearch::ReadWithPlainSayingVerb("해운연구소 연구원은 합병을 긍정적으로 봤다").has_value());
  // No subject before the question word: nobody is asked about.
  CHECK_FALSE(kosearch::ReadWithPlainSayingVerb("합병 원동력 무엇").has_value());
  // Only the verb says what is asked: a fact about the subject, not its words.
  CHECK_FALSE(kosearch::ReadWithPlainSayingVerb("해운연구소는 언제 설립됐나?").has_value());
  // Who is asked for: the subject is the one described, not the speaker.
  CHECK_FALSE(kosearch::ReadWithPlainSayingVerb("합병을 처음 제안한 연구원은 누구?").has_value());
  CHECK_FALSE(kosearch::ReadWithPlainSayingVerb("what did the minister expect").has_value());
}

namespace {

constexpr const char* kArticles[] = {
    R"({"id": "pv-1", "source": "test", "date": "2024-05-02", "title": "두 선사 합병 논의", "body": "해운업계가 두 선사의 합병을 논의하고 있다. 한 조선학과 교수는 \"선대 규모를 키운 것이 합병의 원동력\"이라고 말했다."})",
    R"({"id": "pv-2", "source": "test", "date": "2024-05-03", "title": "항구 도시 인구 감소", "body": "항구 도시의 인구가 줄었다. 올해 인구는 32만 명으로 집계됐다. 오세린 시장은 \"인구를 늘릴 대책을 세우겠다\"고 말했다."})",
};

struct MadeUpDb : kosearch::MadeUpArchive {
  MadeUpDb() : MadeUpArchive("kosearch-plain-saying-verb", kArticles) {}
};

}  // namespace

TEST_CASE("plain saying verb end to end: a quoted speaker answers; a question of fact stays a search") {
  MadeUpDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  // A title with no name: no quote's key, but its holders are quoted.
  auto r = (*searcher)->Search("조선학과 교수는 두 선사 합병의 원동력을 무엇으로 봤나?");
  REQUIRE(r.ok());
  CHECK(r->is_question);
  REQUIRE(r->hits.size() == 1);
  CHECK(r->hits[0].text.find("원동력") != std::string::npos);
  // Nobody is quoted as the subject: the plain search, as before.
  r = (*searcher)->Search("항구 도시 인구는 얼마인가?");
  REQUIRE(r.ok());
  CHECK_FALSE(r->is_question);
}
