// Who-questions that describe their speaker by a role, and Korean speakers
// given as an organization and a title nobody is keyed by, over a small
// made-up archive (src/answer/answer.cc): the role confirms among the quotes
// that say the topic; the title's holders answer only in the articles that
// name the other words, never another company's holder of the title.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kosearch/search.h"
#include "made_up_archive.h"

namespace {

// Made-up articles: a coach and a professor on the same losing run; two
// bakery and trading-company directors on the customer being king.
constexpr const char* kArticles[] = {
    R"({"id": "made-1", "source": "test", "date": "2024-03-02", "title": "프로농구 한빛팀, 연패 끊어", "body": "프로농구 한빛팀이 2일 홈 경기에서 이겨 다섯 경기 연패를 끊었다. 김철수 감독은 경기 뒤 \"연패 속에서 선수들이 많은 것을 배웠다\"라고 말했다. 해설을 맡은 체육학과 박영희 교수는 \"연패 속에서 배웠다는 말보다 연패 속에서 무엇을 배웠는지 기록이 보여준다\"라고 말했다."})",
    R"({"id": "made-2", "source": "test", "date": "2024-03-03", "title": "동네 빵집의 나눔", "body": "대전의 빵집 누리당은 매달 빵을 이웃과 나눈다. 누리당 최민수 이사는 \"손님은 왕이라는 통념에서 벗어나 직원과 이웃과 이익을 나누기로 했다\"라고 말했다."})",
    R"({"id": "made-3", "source": "test", "date": "2024-03-04", "title": "유통업계 서비스 논쟁", "body": "유통업계에서 서비스 방식을 두고 논쟁이 이어지고 있다. 대한상사 정우성 이사는 \"손님은 왕이라는 통념은 지금도 옳다\"라고 말했다."})",
};

struct MadeUpDb : kosearch::MadeUpArchive {
  MadeUpDb() : MadeUpArchive("kosearch-role-holders", kArticles) {}
};

using kosearch::SpeakersOf;

}  // namespace

TEST_CASE("a who-question's role word confirms: the coach's quote before the professor's that says the words more") {
  MadeUpDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  auto r = (*searcher)->Search("연패 속에서 배웠다고 말한 감독은?");
  REQUIRE(r.ok());
  // Both say the topic: both answer, the coach first.
  CHECK(SpeakersOf(*r) == std::vector<std::string>{"김철수", "박영희"});
  r = (*searcher)->Search("연패 속에서 배웠다고 말한 교수는?");
  REQUIRE(r.ok());
  CHECK(SpeakersOf(*r) == std::vector<std::string>{"박영희", "김철수"});
}

TEST_CASE("a Korean speaker of words and a title nobody is keyed by: the title's holders in articles naming the words, no one else") {
  MadeUpDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  auto r = (*searcher)->Search("대전 빵집 이사가 '손님은 왕'이라는 통념에 대해 한 말은?");
  REQUIRE(r.ok());
  // Never 정우성 (another company's director) nor the professor.
  CHECK(SpeakersOf(*r) == std::vector<std::string>{"최민수"});
  CHECK(r->understood.speaker == "대전 빵집 이사");
  CHECK_FALSE(r->understood.asks_who);
  // A title with nothing said about: no one's words.
  r = (*searcher)->Search("대전 빵집 이사가 한 말은?");
  REQUIRE(r.ok());
  CHECK(r->hits.empty());
}
