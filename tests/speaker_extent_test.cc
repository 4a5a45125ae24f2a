// The speaker is the one entity the text writes, no word more or less
// (issue 13, speaker_extent.cc): a time word or a modifying clause before a
// name, a club or a firm before it, a company mark, a headline's Hanja
// country (美) and a body's glued side (측) are no part of it; a given name
// the tagger spans with the family name is. Made-up sentences in the shapes
// Korean news uses.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kosearch/extract.h"
#include "shared_extractor.h"
#include "text/korean_lexicon.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("a time word before a name the tagger spans alone is no part of the speaker") {
  std::vector<Quote> q = Quotes("지난달 로페스 감독은 기자회견에서 \"선수들이 끝까지 잘 버텼다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "로페스");
  CHECK(q[0].role == "감독");
  q = Quotes("지난해 라미레스 대사는 \"두 나라의 교류가 크게 늘 것\"이라고 내다봤다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "라미레스");
}

TEST_CASE("a given name written right before the family name the tagger spans with it comes in") {
  std::vector<Quote> q = Quotes("이 방송의 마이클 도노번 기자는 팀에 대해 \"주전이 빠져도 강하다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "마이클 도노번");
  CHECK(q[0].role == "기자");
  q = Quotes("이 신문의 제임스 하워드 기자는 \"이번 시즌은 어렵다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "제임스 하워드");
}

TEST_CASE("a body's side glued to its name is the body speaking") {
  std::vector<Quote> q = Quotes("YG측 \"두 사람은 친구 사이일 뿐\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "YG");
  CHECK(q[0].speaker_type == "organization");
  CHECK(q[0].org == "YG");
  q = Quotes("한빛엔터측은 \"사실무근\"이라고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "한빛엔터");
  // A side written apart stays the body's, as before.
  q = Quotes("한빛엔터 측은 \"사실무근\"이라고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "한빛엔터");
}

TEST_CASE("a modifying clause before a name is no part of the speaker") {
  // The people finder takes "남편인" in; the tagger spans the name alone.
  std::vector<Quote> q = Quotes("남편인 로페스 전 장관은 \"정계 복귀는 없다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "로페스");
  q = Quotes("이번 대회에 처음 출전한 로페스는 \"생각보다 코스가 어려웠다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "로페스");
}

TEST_CASE("a company's legal-form mark is no part of the body speaking") {
  std::vector<Quote> q = Quotes("㈜한빛소프트는 \"신작 출시 일정에는 변함이 없다\"고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "한빛소프트");
  CHECK(q[0].org == "한빛소프트");
  q = Quotes("한빛소프트(주)는 \"신작 출시 일정에는 변함이 없다\"고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "한빛소프트");
}

TEST_CASE("a headline's Hanja country glued to a body is no part of its name; a Hanja body alone stays") {
  std::vector<Quote> q = Quotes("美국무부 \"동맹과 긴밀히 협의하고 있다\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "국무부");
  q = Quotes("中외교부 \"어떤 간섭도 반대한다\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "외교부");
  q = Quotes("與 \"이번 주 안에 법안을 처리하겠다\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "與");
  // A body's own letter glued to its people says whose they are: it stays.
  CHECK(kosearch::korean::IsHanjaCountry(U'美'));
  CHECK_FALSE(kosearch::korean::IsHanjaCountry(U'檢'));
  CHECK_FALSE(kosearch::korean::IsHanjaCountry(U'與'));
  CHECK(kosearch::korean::IsHanjaBodyAbbreviation(U'檢'));
}

TEST_CASE("a club or a firm the tagger spans into the name after it stays out of it") {
  std::vector<Quote> q = Quotes("바르셀로나 로페스 감독은 \"다음 경기에서는 꼭 이기겠다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "로페스");
  CHECK(q[0].org == "바르셀로나");
  q = Quotes("골드만삭스 로페스 이코노미스트는 \"금리 인하가 늦어질 것\"이라고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "로페스");
  CHECK(q[0].org == "골드만삭스");
}

TEST_CASE("a full name the text writes stays whole") {
  std::vector<Quote> q = Quotes("도널드 트럼프 대통령은 \"관세를 올리겠다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "도널드 트럼프");
  q = Quotes("이 신문의 존 스미스 기자는 \"선거가 박빙\"이라고 썼다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "존 스미스");
  q = Quotes("김철수 장관은 \"예산을 늘리겠다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김철수");
}

}  // namespace
}  // namespace kosearch
