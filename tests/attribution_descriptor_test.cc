// A word saying what a speaker is (her job, her show, her team's role, a verb
// form) written before her name stays out of the speaker (issue 13, sixth
// session): "래퍼 한별", "톱스타 이영희", "골프루키 박채아". Made-up sentences
// in the shapes Korean entertainment and sports news uses.
#include <doctest/doctest.h>

#include <string>

#include "kosearch/extract.h"
#include "shared_extractor.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("a descriptor before a Korean-shaped name the tagger starts is no given name") {
  std::vector<Quote> q = Quotes("톱스타 이영희는 \"당분간 쉬고 싶다\"고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "이영희");
  q = Quotes("지난주 제주도에 다녀온 김민지씨는 \"바람이 많이 불었다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김민지");
  q = Quotes("컬투쇼 박보람은 \"노래가 좋다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "박보람");
}

TEST_CASE("a descriptor the tagger marks as a person of its own is not the speaker") {
  std::vector<Quote> q = Quotes("골프루키 박채아는 \"열심히 하겠다\"고 다짐했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "박채아");
  CHECK(q[0].role.empty());  // her name is no title
  q = Quotes("에이스 손민수는 \"팀이 이길 것\"이라고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "손민수");
  // After a Korean name the last word is her post, not another name.
  q = Quotes("박창수 사무장은 \"규정대로 했다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "박창수");
}

TEST_CASE("a two-syllable stage name keeps the word before it out") {
  std::vector<Quote> q = Quotes("래퍼 한별은 \"무대가 그립다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "한별");
  q = Quotes("멤버 효진은 \"팬들에게 감사하다\"고 전했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "효진");
}

}  // namespace
}  // namespace kosearch
