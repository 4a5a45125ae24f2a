// The speaker is the one entity the text writes, no word more or less
// (issue 13, speaker_extent.cc): a time word or a modifying clause before a
// name, a company mark and a body's glued side (측) are no part of it; a given
// name the tagger spans with the family name is. Made-up
// sentences in the shapes Korean news uses.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kosearch/extract.h"
#include "shared_extractor.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("a time word before a name the tagger spans alone is no part of the speaker") {
  std::vector<Quote> q = Quotes("지난밤 파월 의장은 성명을 통해 \"금리를 더 올릴 수 있다\"고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "파월");
  CHECK(q[0].role == "의장");
  q = Quotes("지난주 옐런 장관은 \"경기가 나아지고 있다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "옐런");
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
