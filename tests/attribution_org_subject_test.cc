// Bodies that speak as the subject of a quote's sentence (issue 13, dev
// rounds 5-7): a club or company the tagger marks (`○○ 구단은`,
// `○○코퍼레이션은`), a body's side whose name ends like a particle
// (`닌텐도 측이`) or is an initial and 사 (`K사 측은`), and a city's
// district (`광주 서구는`).
// Sentences made up in the shapes of news.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/speaker_words.h"
#include "kosearch/extract.h"
#include "shared_extractor.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("a club the tagger marks speaks as the subject before the quote") {
  std::vector<Quote> q = Quotes("롯데 구단은 \"올겨울 외국인 선수 영입을 모두 마쳤다\"고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "롯데 구단");
  CHECK(q[0].speaker_type == "organization");
}

TEST_CASE("a company with a long suffix the tagger marks speaks") {
  std::vector<Quote> q = Quotes("선수의 에이전트인 JK코퍼레이션은 5일 \"비자가 나와 다음 주 출국한다\"고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "JK코퍼레이션");
  CHECK(q[0].speaker_type == "organization");
}

TEST_CASE("a body's side speaks as the body, its name ending like a particle or an initial") {
  std::vector<Quote> game = Quotes("특히 닌텐도 측이 \"불법 복제가 늘어 결정을 내렸다\"고 설명했다.");
  REQUIRE(game.size() == 1);
  CHECK(game[0].speaker == "닌텐도");
  CHECK(game[0].speaker_type == "organization");
  std::vector<Quote> initial = Quotes("이에 대해 K사 측은 \"상대 측이 사실을 왜곡했다\"는 입장이다.");
  REQUIRE(initial.size() == 1);
  CHECK(initial[0].speaker == "K사");
  // The tagger need not mark the initial: 사 after capitals is a company.
  std::vector<Quote> unmarked = Quotes("이에 대해 P사 측은 \"원고 측이 앞뒤를 잘라 회장의 명예를 훼손했다\"는 입장이다.");
  REQUIRE(unmarked.size() == 1);
  CHECK(unmarked[0].speaker == "P사");
}

TEST_CASE("a city's district speaks as its government") {
  std::vector<Quote> q = Quotes("광주 서구는 23일 \"연말을 맞아 어르신 200명에게 도시락을 전하기로 했다\"고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "광주 서구");
  CHECK(q[0].speaker_type == "organization");
  CHECK(IsDistrictAfterPlace(U"부산", U"동구"));
  CHECK(IsDistrictAfterPlace(U"대구", U"수성구"));
  CHECK_FALSE(IsDistrictAfterPlace(U"부산", U"친구"));  // a friend from the city
  CHECK_FALSE(IsDistrictAfterPlace(U"우리", U"서구"));  // "the West" after no city
}

TEST_CASE("a body's head noun alone as the subject is the article's one body of that kind or itself, never a person") {
  // Where the article names no such body: the body itself as the subject
  // opening its clause, nobody after a determiner (as for "그 재단은").
  std::vector<Quote> bare = Quotes("신문은 \"당국이 새 규제안을 검토하고 있다\"고 전했다.");
  REQUIRE(bare.size() == 1);
  CHECK(bare[0].speaker == "신문");
  CHECK(bare[0].speaker_type == "organization");
  std::vector<Quote> pointing = Quotes("이 신문은 \"당국이 새 규제안을 검토하고 있다\"고 전했다.");
  REQUIRE(pointing.size() == 1);
  CHECK(pointing[0].speaker.empty());
  // Where the article names one such body, the head refers to it.
  std::vector<Quote> named = Quotes(
      "동해신문은 지난주 항만 개발 계획을 처음 보도했다. 신문은 \"시의회가 예산을 다시 심사한다\"고 전했다.");
  REQUIRE(named.size() == 1);
  CHECK(named[0].speaker == "동해신문");
  CHECK(named[0].speaker_type == "organization");
}

}  // namespace
}  // namespace kosearch
