// A part of a name becomes the full name the article writes elsewhere only
// where one person fits (issue 13: "no speaker that is a part of a name where
// the article has the full name"). The classes the Wikinews readers found
// several times: a foreign family name that looks like a Korean name
// (마크롱, 유키오), a Japanese name in its own order (기시다 후미오), a
// hyphenated name (카린 장-피에르), and a country's body named by a common
// noun (아이티 시민보호청). Made-up sentences in Wikinews' shapes.
#include <doctest/doctest.h>

#include <string>

#include "kosearch/extract.h"
#include "shared_extractor.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("a foreign family name shaped like a Korean name gets the full name the article wrote") {
  std::vector<Quote> q = Quotes(
      "에마뉘엘 마크롱 프랑스 대통령, 사나 마린 핀란드 총리가 회의에 참석했다. 회의를 마친 마크롱 대통령은 "
      "\"유럽은 단결해야 한다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "에마뉘엘 마크롱");
  CHECK(q[0].role == "대통령");
  q = Quotes("테헤란에서 협상을 한 IAEA 사무총장 아마노 유키오는 \"이란 정부가 정보를 제공하기로 했다\"고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "아마노 유키오");
}

TEST_CASE("a Japanese name written family name first is the speaker, not its given name") {
  std::vector<Quote> q = Quotes(
      "일본 정부는 16일 안보 문서를 개정했다. 기시다 후미오 총리는 이에 \"국민을 지켜내겠다\"라고 말하였다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "기시다 후미오");
  CHECK(q[0].role == "총리");
}

TEST_CASE("a hyphenated family name gets the given name written before it") {
  std::vector<Quote> q = Quotes(
      "한편 카린 장-피에르 백악관 대변인은 7일 기자회견을 열었다.\n장-피에르 대변인은 \"우리는 새 정보를 보지 "
      "못했다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "카린 장-피에르");
  CHECK(q[0].org == "백악관");
}

TEST_CASE("two Korean names joined by a hyphen are a pair, never one hyphenated name") {
  std::vector<Quote> q = Quotes("여자 배구 대표팀의 정은지-최하늘은 \"일본을 꼭 이기겠다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker != "정은지-최하늘");
}

TEST_CASE("a Korean name after a firm's name keeps its own name") {
  // 로베리 is the firm: a body before it says the words are an affiliation.
  std::vector<Quote> q = Quotes(
      "법률 전문가의 의견도 같았다. 법률사무소 로베리 김동훈 변호사는 법이 제정되어도 처벌 조항은 없다고 설명했다. "
      "그는 \"표현의 자유를 제한하지 않는다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김동훈");
}

TEST_CASE("two full names ending in the same family name leave the part as written") {
  std::vector<Quote> q = Quotes(
      "한편 에릭 신와르 대표와 아마드 신와르 의장이 만났다. 회의 뒤 신와르는 \"협상은 끝났다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker != "에릭 신와르");
  CHECK(q[0].speaker != "아마드 신와르");
}

TEST_CASE("a country's body named by a common noun keeps its country") {
  std::vector<Quote> q = Quotes(
      "외신들은 사망자가 최소 478명에 이른다고 보도했고, 아이티 시민보호청은 '주택 3215채가 파괴되었다'고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "아이티 시민보호청");
  CHECK(q[0].speaker_type == "organization");
  // A body the alias file names stays without its country.
  q = Quotes("미국 국무부는 \"적절한 조치를 취하겠다\"고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "미국 국무부");
}

}  // namespace
}  // namespace kosearch
