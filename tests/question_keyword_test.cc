// Keyword questions: a speaker phrase and a cue that asks what was said,
// typed in any of the usual orders rather than as a sentence. English ones
// are read by the grammar (src/answer/english_keyword_question.cc: "X
// quotes", "X comments on Y", "X on Y", "X: what …?"); Korean ones, whose
// words carry no particle to tell the speaker by ("<speaker> <topic> 발언",
// "<topic> <group> 반응", "<speaker> '<phrase>'"), through the index's own
// quote terms (src/answer/quoted_subject.cc). A text with no such cue stays
// a plain search. Made-up questions; end to end over a made-up archive.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "answer/question_grammar.h"
#include "answer/quoted_subject.h"
#include "fake_quoted_terms.h"
#include "kosearch/question.h"
#include "kosearch/search.h"
#include "made_up_archive.h"

TEST_CASE("keyword question (English): a noun of speech after the speaker asks what they said") {
  auto q = kosearch::ParseQuestion("Han Do-yoon quotes");
  CHECK(q.is_question);
  CHECK(q.speaker == "Han Do-yoon");
  CHECK(q.topic.empty());
  q = kosearch::ParseQuestion("Zico confession on the audition show");
  CHECK(q.is_question);
  CHECK(q.speaker == "Zico");
  CHECK(q.topic == "audition show");
  q = kosearch::ParseQuestion("marine ministry statement about the ferry fire");
  CHECK(q.is_question);
  CHECK(q.speaker == "marine ministry");
  CHECK(q.topic == "ferry fire");
}

TEST_CASE("keyword question (English): \"on\" after a name or a title, and a speaker before a colon") {
  auto q = kosearch::ParseQuestion("budget committee chair Oh Min-ji on why the museum site was picked");
  CHECK(q.is_question);
  CHECK(q.speaker == "budget committee chair Oh Min-ji");
  CHECK(q.topic == "museum site was picked");
  q = kosearch::ParseQuestion("Labor ministry official on overtime pay rules");
  CHECK(q.is_question);
  CHECK(q.speaker == "Labor ministry official");
  CHECK(q.topic == "overtime pay rules");
  q = kosearch::ParseQuestion("strike organizers' spokesperson on the expected turnout");
  CHECK(q.is_question);
  CHECK(q.speaker == "strike organizers' spokesperson");
  q = kosearch::ParseQuestion("Environment ministry official: what fines for factories that skip the checks?");
  CHECK(q.is_question);
  CHECK(q.speaker == "Environment ministry official");
  CHECK(q.topic == "fines for factories that skip the checks");
}

TEST_CASE("keyword question (English): the topic loses a leading preposition and question words at its start only") {
  kosearch::Question q;
  REQUIRE(kosearch::ParseEnglishKeywordQuestion("Kim Su-a statement regarding the harbour merger", &q));
  CHECK(q.speaker == "Kim Su-a");
  CHECK(q.topic == "the harbour merger");
  q = {};
  REQUIRE(kosearch::ParseEnglishKeywordQuestion("Zico message to the fans", &q));
  CHECK(q.topic == "the fans");
  q = {};
  REQUIRE(kosearch::ParseEnglishKeywordQuestion("Port authority chief: why did the merger stall when fees rose", &q));
  CHECK(q.speaker == "Port authority chief");
  // An event word splits off the event, as in every other shape.
  CHECK(q.topic == "the merger stall");
  CHECK(q.event == "when fees rose");
  q = {};
  REQUIRE(kosearch::ParseEnglishKeywordQuestion("committee chair Choi on the site after the vote", &q));
  CHECK(q.speaker == "committee chair Choi");
  CHECK(q.topic == "the site");
  CHECK(q.event == "after the vote");
}

TEST_CASE("keyword question (English): a text that is none leaves the question as it was") {
  kosearch::Question q;
  q.speaker = "earlier";
  CHECK_FALSE(kosearch::ParseEnglishKeywordQuestion("Han Do-yoon on", &q));
  CHECK(q.speaker == "earlier");
  CHECK(q.topic.empty());
}

TEST_CASE("keyword question (English): plain searches with \"on\" stay searches") {
  CHECK_FALSE(kosearch::ParseQuestion("sanctions on Iran").is_question);
  CHECK_FALSE(kosearch::ParseQuestion("tariffs on imported steel").is_question);
  CHECK_FALSE(kosearch::ParseQuestion("the effect of rain on crops").is_question);
  CHECK_FALSE(kosearch::ParseQuestion("Seoul on Monday").is_question);
}

TEST_CASE("keyword question (Korean): a bare speaker the index quotes, first or before the noun of speech") {
  FakeQuotedTerms index{{"XP한도윤", "XP누리꾼"}};
  auto q = kosearch::ReadThroughQuotedSubject("한도윤 고문 선사 합병 발언", index.Source());
  REQUIRE(q.has_value());
  CHECK(q->speaker == "한도윤 고문");
  CHECK(q->topic == "선사 합병");
  q = kosearch::ReadThroughQuotedSubject("배우 결혼 소식에 누리꾼들 반응", index.Source());
  REQUIRE(q.has_value());
  CHECK(q->speaker == "누리꾼");
  CHECK(q->topic == "배우 결혼 소식에");
  // A name in 이 after a vowel ("푸른자이") is no subject: still a keyword question.
  q = kosearch::ReadThroughQuotedSubject("푸른자이 한도윤 고문 발언", index.Source());
  REQUIRE(q.has_value());
  CHECK(q->speaker == "한도윤 고문");
  CHECK(q->topic == "푸른자이");
  // A quoted phrase asks too: the speaker alone, the phrase searched.
  q = kosearch::ReadThroughQuotedSubject("한도윤 '선대 규모가 답이다'", index.Source());
  REQUIRE(q.has_value());
  CHECK(q->speaker == "한도윤");
  CHECK(q->phrases == std::vector<std::string>{"선대 규모가 답이다"});
  // The speaker's name in the phrase too: the word outside it still asks by her.
  q = kosearch::ReadThroughQuotedSubject("한도윤 '한도윤 책임론' 발언", index.Source());
  REQUIRE(q.has_value());
  CHECK(q->speaker == "한도윤");
  CHECK(q->phrases == std::vector<std::string>{"한도윤 책임론"});
}

TEST_CASE("keyword question (Korean): no cue, no key, or a key in the middle: no question") {
  FakeQuotedTerms index{{"XP한도윤", "XR고문"}};
  // Two words with no noun of speech, no quoted phrase, no question word: a plain search, never looked up.
  CHECK_FALSE(kosearch::ReadThroughQuotedSubject("한도윤 합병", index.Source()).has_value());
  CHECK(index.calls == 0);
  // A sentence with a subject is the grammar's, not a keyword question.
  CHECK_FALSE(kosearch::ReadThroughQuotedSubject("한도윤 고문 회사 직원들이 \"합병은 늦었다\"고 한 발언", index.Source()).has_value());
  // A quoted phrase alone is a phrase search: its words are what was said, not who.
  FakeQuotedTerms countries{{"XO미국"}};
  CHECK_FALSE(kosearch::ReadThroughQuotedSubject("\"미국 대통령\"", countries.Source()).has_value());
  CHECK_FALSE(kosearch::ReadThroughQuotedSubject("'미국 대통령' 발언", countries.Source()).has_value());
  // The key neither opens the question nor stands before its noun of speech.
  CHECK_FALSE(kosearch::ReadThroughQuotedSubject("선사 합병 한도윤 인수 가격 발언", index.Source()).has_value());
  // A name is never widened to its title: only 고문 is quoted.
  FakeQuotedTerms advisers{{"XR고문"}};
  CHECK_FALSE(kosearch::ReadThroughQuotedSubject("김태오 고문 선사 합병 발언", advisers.Source()).has_value());
  // Nor is the title after an unquoted name asked alone, even right before the noun of speech.
  CHECK_FALSE(kosearch::ReadThroughQuotedSubject("김태오 고문 발언", advisers.Source()).has_value());
  CHECK_FALSE(kosearch::ReadThroughQuotedSubject("김태오 전 고문 발언", advisers.Source()).has_value());
  // After a topic word it is asked alone, as a role.
  auto role = kosearch::ReadThroughQuotedSubject("선사 합병 고문 발언", advisers.Source());
  REQUIRE(role.has_value());
  CHECK(role->speaker == "고문");
}

TEST_CASE("keyword list (Korean) with no noun of speech: its opening words are the speaker when the index holds them") {
  FakeQuotedTerms index{{"XP한도윤", "XO해양수산연구원", "XR대변인"}};
  bool by_key_alone = false;
  auto q = kosearch::ReadThroughQuotedSubject("한도윤 고문 선사 합병 시점", index.Source(), &by_key_alone);
  REQUIRE(q.has_value());
  CHECK(q->speaker == "한도윤 고문");
  CHECK(q->topic == "선사 합병 시점");
  CHECK(by_key_alone);
  // After one word of whose or what the speaker is ("주민", a body's name), a run with a name.
  q = kosearch::ReadThroughQuotedSubject("주민 한도윤 항만 인터뷰", index.Source());
  REQUIRE(q.has_value());
  CHECK(q->speaker == "한도윤");
  q = kosearch::ReadThroughQuotedSubject("부산 해양수산연구원 대변인 물동량 감소 추세", index.Source());
  REQUIRE(q.has_value());
  CHECK(q->speaker == "해양수산연구원 대변인");
  CHECK(q->topic == "부산 물동량 감소 추세");
  // A title alone after the opening word is no one ("미국 대변인 선거 결과").
  CHECK_FALSE(kosearch::ReadThroughQuotedSubject("미국 대변인 선거 결과", index.Source()).has_value());
  // No key opens it, the key is its last word, or it is in the query language: a plain search.
  CHECK_FALSE(kosearch::ReadThroughQuotedSubject("선사 합병 전망 수치", index.Source()).has_value());
  CHECK_FALSE(kosearch::ReadThroughQuotedSubject("선사 합병 시점 한도윤", index.Source()).has_value());
  CHECK_FALSE(kosearch::ReadThroughQuotedSubject("한도윤 AND 합병", index.Source()).has_value());
  CHECK_FALSE(kosearch::ReadThroughQuotedSubject("한도윤 선사 -합병", index.Source()).has_value());
}

TEST_CASE("noun-headed description (Korean): a subject the index holds, a verb in its adnominal form, the noun described") {
  FakeQuotedTerms index{{"XP한도윤", "XR대통령"}};
  bool by_key_alone = false;
  auto q = kosearch::ReadThroughQuotedSubject("한도윤 고문이 지적한 합병 부작용", index.Source(), &by_key_alone);
  REQUIRE(q.has_value());
  CHECK(q->speaker == "한도윤 고문");
  CHECK(q->topic == "합병 부작용");
  CHECK(by_key_alone);
  q = kosearch::ReadThroughQuotedSubject("대통령이 연금 개혁과 관련해 시급하다고 한 것", index.Source());
  REQUIRE(q.has_value());
  CHECK(q->speaker == "대통령");
  // A subject no quote is keyed by, or no noun after the verb: no question.
  CHECK_FALSE(kosearch::ReadThroughQuotedSubject("시민들이 뽑은 올해의 명소", index.Source()).has_value());
  CHECK_FALSE(kosearch::ReadThroughQuotedSubject("한도윤 고문이 합병을 지적한", index.Source()).has_value());
}

namespace {

constexpr const char* kArticles[] = {
    R"({"id": "kw-1", "source": "test", "date": "2024-05-02", "title": "두 선사 합병 논의", "body": "해운업계가 두 선사의 합병을 논의하고 있다. 한도윤 고문은 \"선대 규모로 보면 합병이 늦었다\"라고 말했다."})",
    R"({"id": "kw-2", "source": "test", "date": "2024-05-03", "title": "항만 물동량 증가", "body": "항만 물동량이 늘었다. 오세린 연구원은 \"합병 뒤에도 물동량은 더 늘 것\"이라고 내다봤다."})",
};

struct MadeUpDb : kosearch::MadeUpArchive {
  MadeUpDb() : MadeUpArchive("kosearch-keyword-question", kArticles) {}
};

}  // namespace

TEST_CASE("keyword question end to end: \"<speaker> <topic> 발언\" answers with that speaker's quote") {
  MadeUpDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  auto r = (*searcher)->Search("한도윤 고문 선사 합병 발언");
  REQUIRE(r.ok());
  CHECK(r->is_question);
  CHECK(kosearch::SpeakersOf(*r) == std::vector<std::string>{"한도윤"});
  // The same words without a noun of speech: the index holds 한도윤, the list asks him.
  r = (*searcher)->Search("한도윤 선사 합병");
  REQUIRE(r.ok());
  CHECK(r->is_question);
  CHECK(kosearch::SpeakersOf(*r) == std::vector<std::string>{"한도윤"});
  // Two words, or a list no quote key opens: the plain search.
  for (const char* plain : {"한도윤 합병", "항만 물동량 증가 추세"}) {
    r = (*searcher)->Search(plain);
    REQUIRE(r.ok());
    CHECK_FALSE(r->is_question);
  }
  // A noun-headed description whose subject the index holds, whatever its verb.
  r = (*searcher)->Search("오세린 연구원이 전망한 물동량 흐름");
  REQUIRE(r.ok());
  CHECK(r->is_question);
  CHECK(kosearch::SpeakersOf(*r) == std::vector<std::string>{"오세린"});
}

TEST_CASE("spoken question (Korean): particles dropped, the bare speaker right before the noun of speech or the question word") {
  FakeQuotedTerms index{{"XP누리꾼", "XP한도윤"}};
  auto q = kosearch::ReadThroughQuotedSubject("배우 결혼 소식에 누리꾼들 반응 어땠어?", index.Source());
  REQUIRE(q.has_value());
  CHECK(q->speaker == "누리꾼");
  CHECK(q->topic == "배우 결혼 소식에");
  q = kosearch::ReadThroughQuotedSubject("새 앨범 티저 보고 누리꾼들 뭐래?", index.Source());
  REQUIRE(q.has_value());
  CHECK(q->speaker == "누리꾼");
  CHECK(q->topic == "새 앨범 티저 보고");
  // Spoken, a key that only opens the question is none: it may be the topic ("한도윤 새 앨범 반응 어땠어?").
  CHECK_FALSE(kosearch::ReadThroughQuotedSubject("한도윤 새 앨범 티저 반응 어땠어?", index.Source()).has_value());
  // No key before the cue: a plain search.
  FakeQuotedTerms none{{"XP한도윤"}};
  CHECK_FALSE(kosearch::ReadThroughQuotedSubject("새 앨범 티저 보고 누리꾼들 뭐래?", none.Source()).has_value());
}

TEST_CASE("keyword question (Korean): a group's role term held in the plural its quotes wrote") {
  // The extractor keeps 들 in a group's role ("누리꾼들"): the key asked without it still finds it.
  FakeQuotedTerms index{{"XR누리꾼들"}};
  auto q = kosearch::ReadThroughQuotedSubject("배우 결혼 소식에 누리꾼들 반응", index.Source());
  REQUIRE(q.has_value());
  CHECK(q->speaker == "누리꾼");
  q = kosearch::ReadThroughQuotedSubject("배우 결혼 소식에 누리꾼 반응 어땠어?", index.Source());
  REQUIRE(q.has_value());
  CHECK(q->speaker == "누리꾼");
  // A person's key is never read in the plural.
  FakeQuotedTerms person{{"XP한도윤들"}};
  CHECK_FALSE(kosearch::ReadThroughQuotedSubject("선사 합병 한도윤 발언", person.Source()).has_value());
}
