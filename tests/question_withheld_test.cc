// Questions no quote answers get none, never someone else's words, over a
// small made-up archive (src/answer/answer.cc, src/answer/phrase_said.cc):
// a who-question's quoted phrase must be said by the quote (a quote sharing a
// word of it is another's), and a title's holders (관계자, 언론) answer only
// when their quotes, or their articles, say the topic. The closest articles
// are still offered.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kosearch/search.h"
#include "made_up_archive.h"

namespace {

// Made-up articles: a coach's order to his players, a city official on fares,
// a foreign paper on a defence white paper, a slogan outside a court, and a
// coach leaving his club.
constexpr const char* kArticles[] = {
    R"({"id": "made-1", "source": "test", "date": "2024-05-02", "title": "한빛팀 결승 앞두고 훈련", "body": "프로농구 한빛팀이 결승을 앞두고 마지막 훈련을 했다. 김철수 감독은 선수들에게 \"긴장하지 말고 늘 하던 대로 수비하라\"라고 말했다. 주장 박민호는 \"우승 트로피를 팬들에게 바치겠다\"라고 밝혔다."})",
    R"({"id": "made-2", "source": "test", "date": "2024-05-03", "title": "시내버스 요금 동결", "body": "서울시는 올해 시내버스 요금을 동결하기로 했다. 서울시 관계자는 \"올해 안에 요금을 올릴 계획은 없다\"라고 말했다."})",
    R"({"id": "made-3", "source": "test", "date": "2024-05-04", "title": "방위백서 발간", "body": "일본 정부가 새 방위백서를 내놓았다. 일본 언론은 \"방위비 증액이 백서의 핵심\"이라고 보도했다."})",
    R"({"id": "made-5", "source": "test", "date": "2024-06-02", "title": "철도 파업 재판 열려", "body": "철도 노조 파업을 두고 법원에서 재판이 열렸다. 법원 앞에서는 \"노조 탄압을 멈춰라\"라는 구호가 울려 퍼졌다."})",
    R"({"id": "made-4", "source": "test", "date": "2024-05-05", "title": "알바로 감독, 산토스 떠난다", "body": "브라질 프로축구 산토스의 알바로 감독이 구단을 떠나기로 했다. 구단은 후임 감독을 찾고 있다."})",
};

struct MadeUpDb : kosearch::MadeUpArchive {
  MadeUpDb() : MadeUpArchive("kosearch-withheld", kArticles) {}
};

using kosearch::SpeakersOf;

bool Offers(const kosearch::SearchResponse& r, const std::string& article_id) {
  for (const auto& h : r.closest) {
    if (h.article_id == article_id) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a who-question's quoted phrase: the quote that says it answers; one sharing a word of it is another's") {
  MadeUpDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  // Said with another ending: most of its words are enough.
  auto r = (*searcher)->Search("선수들에게 '늘 하던 대로 수비하라'고 말한 감독은?");
  REQUIRE(r.ok());
  CHECK(SpeakersOf(*r) == std::vector<std::string>{"김철수"});
  // Nobody says it: 김철수 shares 선수들, 박민호 the 팬들, and neither answers.
  r = (*searcher)->Search("선수들에게 '팬들을 위해 공격적으로 뛰어라'라고 지시한 감독은?");
  REQUIRE(r.ok());
  CHECK(r->is_question);
  CHECK(r->hits.empty());
  CHECK(Offers(*r, "made-1"));
}

TEST_CASE("a title's holders who do not speak of the topic are someone else: no quote, the closest articles") {
  MadeUpDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  // 일본 언론 spoke of a white paper, not of the coach leaving.
  auto r = (*searcher)->Search("알바로 감독이 산토스를 떠나는 이유에 대해 브라질 언론은 뭐라고 전했나");
  REQUIRE(r.ok());
  CHECK(r->is_question);
  CHECK(r->hits.empty());
  CHECK(Offers(*r, "made-4"));
  // A holder who says the topic still answers.
  r = (*searcher)->Search("버스 요금에 대해 관계자는 뭐라고 했나");
  REQUIRE(r.ok());
  REQUIRE_FALSE(r->hits.empty());
  CHECK(r->hits[0].article_id == "made-2");
}

TEST_CASE("an English speaker found only through its Korean words: an unnamed quote answers only when it says the topic itself") {
  MadeUpDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  // The slogan outside the court is in an article on the strike, but it is
  // the protesters' words, not the court's, and says nothing of the strike.
  auto r = (*searcher)->Search("What did the court say about the rail strike?");
  REQUIRE(r.ok());
  CHECK(r->is_question);
  CHECK(r->hits.empty());
  CHECK(Offers(*r, "made-5"));
}
