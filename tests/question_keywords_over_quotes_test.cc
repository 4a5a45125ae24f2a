// Queries no reading took for a question but that ask about what was said
// (a word of speech or reaction from the lexicon's one table, or a quoted
// phrase beside other words) are searched over the quotes with their other
// words (src/answer/keywords_over_quotes.cc); a plain query keeps its
// article search. The reading is tested alone, then end to end over a small
// made-up archive.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "answer/keywords_over_quotes.h"
#include "kosearch/search.h"
#include "made_up_archive.h"

TEST_CASE("keywords over quotes: a word of speech, Korean or English, with its particle, plural or form") {
  CHECK(kosearch::IsKeywordSpeechWord("반응"));
  CHECK(kosearch::IsKeywordSpeechWord("반응들"));
  CHECK(kosearch::IsKeywordSpeechWord("입장은"));
  CHECK(kosearch::IsKeywordSpeechWord("호평"));
  CHECK(kosearch::IsKeywordSpeechWord("Reaction"));
  CHECK(kosearch::IsKeywordSpeechWord("said"));
  CHECK_FALSE(kosearch::IsKeywordSpeechWord("급식"));
  CHECK_FALSE(kosearch::IsKeywordSpeechWord("reactor"));
  // A noun of speech other stages read but no keyword query asks by.
  CHECK_FALSE(kosearch::IsKeywordSpeechWord("이유"));
}

TEST_CASE("keywords over quotes: headline-like phrases read as a topic over quotes, the speech words out") {
  auto q = kosearch::ReadAsKeywordsOverQuotes("시교육청 관계자 급식 중단 입장");
  REQUIRE(q.has_value());
  CHECK(q->is_question);
  CHECK(q->speaker.empty());
  CHECK(q->topic == "시교육청 관계자 급식 중단");
  q = kosearch::ReadAsKeywordsOverQuotes("급식 중단 논란 학부모들 반응은?");
  REQUIRE(q.has_value());
  CHECK(q->topic == "급식 중단 논란 학부모들");
  q = kosearch::ReadAsKeywordsOverQuotes("Seoul Metro reaction to the fare rise");
  REQUIRE(q.has_value());
  CHECK(q->topic == "Seoul Metro fare rise");
  // A quoted phrase beside a name and a word of speech: what the name said.
  q = kosearch::ReadAsKeywordsOverQuotes("김서연 \"점심을 어떻게 챙기라는\" 발언");
  REQUIRE(q.has_value());
  CHECK(q->phrases == std::vector<std::string>{"점심을 어떻게 챙기라는"});
}

TEST_CASE("keywords over quotes: plain queries, a bare quoted phrase and query syntax stay searches") {
  CHECK_FALSE(kosearch::ReadAsKeywordsOverQuotes("급식 중단 논란").has_value());
  CHECK_FALSE(kosearch::ReadAsKeywordsOverQuotes("\"급식 중단\"").has_value());
  CHECK_FALSE(kosearch::ReadAsKeywordsOverQuotes("\"탄소중립\" 정책").has_value());  // a phrase search with a word
  // Words as often about no one's words: a weather warning, an earnings call, an announcement.
  CHECK_FALSE(kosearch::ReadAsKeywordsOverQuotes("폭염 경고 서울").has_value());
  CHECK_FALSE(kosearch::ReadAsKeywordsOverQuotes("Samsung earnings call").has_value());
  CHECK_FALSE(kosearch::ReadAsKeywordsOverQuotes("합격자 발표 일정").has_value());
  CHECK_FALSE(kosearch::ReadAsKeywordsOverQuotes("speaker:김서연 발언").has_value());
  CHECK_FALSE(kosearch::ReadAsKeywordsOverQuotes("급식 AND 반응").has_value());
  CHECK_FALSE(kosearch::ReadAsKeywordsOverQuotes("반응").has_value());  // nothing left to search by
  // 말 after a word of time is "the end of" a period, no word said.
  CHECK_FALSE(kosearch::ReadAsKeywordsOverQuotes("3월 말 수출 실적").has_value());
  CHECK_FALSE(kosearch::ReadAsKeywordsOverQuotes("올해 말 금리 전망").has_value());
  CHECK_FALSE(kosearch::ReadAsKeywordsOverQuotes("2024년 말 환율 전망").has_value());  // the year becomes a date filter first
  CHECK_FALSE(kosearch::ReadAsKeywordsOverQuotes("임기 말 지지율").has_value());
  CHECK(kosearch::ReadAsKeywordsOverQuotes("감독 경기 후 말").has_value());
  // An English question sentence the grammar could not read is no keyword string.
  CHECK_FALSE(kosearch::ReadAsKeywordsOverQuotes("How much did the studio say the album cost?").has_value());
  CHECK(kosearch::ReadAsKeywordsOverQuotes("the studio said the album cost").has_value());
}

namespace {

// Made-up articles: a lunch halt a parent spoke of, a fare rise a commuter
// spoke of, a park nobody is quoted on.
constexpr const char* kArticles[] = {
    R"({"id": "made-1", "source": "test", "date": "2024-05-02", "title": "급식 중단 논란", "body": "시교육청이 학교 급식을 일주일 동안 중단하기로 했다. 학부모 김서연씨는 \"아이들 점심을 어떻게 챙기라는 거냐\"라고 말했다."})",
    R"({"id": "made-2", "source": "test", "date": "2024-05-03", "title": "지하철 요금 인상", "body": "지하철 요금이 다음 달 오른다. 직장인 박도현씨는 \"출퇴근 비용이 너무 늘어난다\"라고 말했다."})",
    R"({"id": "made-3", "source": "test", "date": "2024-05-04", "title": "도심 공원 조성", "body": "시가 도심에 새 공원을 만들기로 했다. 공사는 내년에 시작된다."})",
};

struct MadeUpDb : kosearch::MadeUpArchive {
  MadeUpDb() : MadeUpArchive("kosearch-keywords-over-quotes", kArticles) {}
};

}  // namespace

TEST_CASE("keywords over quotes end to end: a headline-like query answers with the quote on its words") {
  MadeUpDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  auto r = (*searcher)->Search("급식 중단 논란 반응");
  REQUIRE(r.ok());
  CHECK(r->is_question);
  CHECK(r->understood.keywords_over_quotes);
  CHECK(r->understood.Summary(r->hits.size()).starts_with("keywords over quotes · "));
  REQUIRE(r->hits.size() >= 1);
  CHECK(r->hits[0].kind == "quote");
  CHECK(r->hits[0].speaker == "김서연");
  // The same words with no word of speech: the article search, as before.
  r = (*searcher)->Search("급식 중단 논란");
  REQUIRE(r.ok());
  CHECK_FALSE(r->is_question);
  REQUIRE(r->hits.size() >= 1);
  CHECK(r->hits[0].kind == "article");
  // A word of speech but no quote saying the words: the plain search.
  r = (*searcher)->Search("도심 공원 조성 반응");
  REQUIRE(r.ok());
  CHECK_FALSE(r->is_question);
}
