// A person written with her affiliation between name and title (issue 13:
// "title or affiliation glued into the name"): news writes `[name]
// [affiliation…] [title]은`, the name first. The name is the name, the
// affiliation goes to org, the title to role; a country the alias file
// lists is never taken for a Korean name, and a Korean name the entity
// tagger marks is not glued to the body after it. Made-up sentences in the
// shapes Korean news uses.
#include <doctest/doctest.h>

#include <string>

#include "kosearch/extract.h"
#include "shared_extractor.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("a foreign name opening a long phrase of affiliation and title is the speaker") {
  std::vector<Quote> q = Quotes("존 스미스 캘리포니아 주정부 대변인은 \"산불이 모두 잡혔다\"고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "존 스미스");
  CHECK(q[0].role == "대변인");
  CHECK(q[0].org == "캘리포니아 주정부");  // 캘리포니아 is the place 주정부 goes with, not more of the name
  CHECK(q[0].speaker_type == "person");
}

TEST_CASE("a camp's spokesperson named with a one-syllable given name is that person") {
  std::vector<Quote> q = Quotes("잭 마틴 오바마 측 대변인은 성명을 통해 \"그 표지는 저속하다\"고 전했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "잭 마틴");
  CHECK(q[0].role == "대변인");
}

TEST_CASE("a Korean name the tagger marks is not glued to the body written after it") {
  std::vector<Quote> q = Quotes("정민호 미래기술한림원 회장은 \"연구를 계속하겠다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "정민호");
  CHECK(q[0].role == "회장");
}

TEST_CASE("a country the alias file lists is no Korean name before a title") {
  // 이라크 has the shape of 이 + a given name; the alias file says it is a country.
  std::vector<Quote> q = Quotes("한편 이라크 미국 대사관 대변인은 \"일정은 바뀌지 않았다\"고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  CHECK(q[0].speaker_type == "role");
  CHECK(q[0].role == "대변인");
}

}  // namespace
}  // namespace kosearch
