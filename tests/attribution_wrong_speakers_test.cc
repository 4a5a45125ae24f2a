// Fewer confident wrong speakers (issue 13, stop ab16): a wrong name is worse
// than none. A guessed name of plain words nothing vouches for (no person or
// body the tagger sees in it) gives no speaker; a person's side (측) speaks
// as her camp, an unnamed role, whatever path named her. Made-up sentences in
// the shapes Korean news uses.
#include <doctest/doctest.h>

#include <string>

#include "kosearch/extract.h"
#include "shared_extractor.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("a verb after its object is never glued to the name it modifies") {
  // "…을 맛본": the verb of an object, whatever its ending looks like and
  // whatever the tagger spans. The name after it is the speaker where the
  // tagger marks anything in it (this model marks 토마세크, as a body); a
  // plain-words guess nothing vouches for is no speaker. Never "맛본 토마세크".
  std::vector<Quote> q = Quotes("유럽의 김치를 맛본 토마세크는 “처음 먹어보는 깊은 맛이었다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.find("맛본") == std::string::npos);
  CHECK((q[0].speaker.empty() || q[0].speaker == "토마세크"));
}

TEST_CASE("the words after a verb that took a quote resolve alone: a bare role stays an unnamed role") {
  // "…이라고 밝힌 상대방": the verb goes, and 상대방 (the other party) is
  // what someone is, never a name.
  std::vector<Quote> q = Quotes("스스로 봉사모임 소속이라고 소개한 상대방은 “그 일은 저희가 도와드릴 수 없다”고 설명했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  CHECK(q[0].role == "상대방");
}

TEST_CASE("a member of a show or a group: 멤버 is what she is, never a part of her name") {
  std::vector<Quote> q = Quotes("‘주말예능’ 멤버 로베르토는 “스페인에서는 가족이 함께 저녁을 오래 먹는다”며 웃었다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "로베르토");
}

TEST_CASE("a camp or faction speaks as a group, never as a person, whatever the tagger marks in it") {
  // 진영 is also a given name the tagger may mark as a person.
  std::vector<Quote> q = Quotes("하지만 개혁 진영은 “이번 개편은 실패한 것”이라고 비판했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  CHECK(q[0].role == "진영");
  q = Quotes("당내 반대 세력은 “지도부가 물러나야 한다”고 주장했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
}

TEST_CASE("a person's side (측) speaks as an unnamed role of her camp") {
  std::vector<Quote> q = Quotes("김 후보 측은 “상대 후보의 주장은 사실이 아니다”라고 반박했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  CHECK(q[0].role == "측");
  CHECK(q[0].org == "김");  // whose camp: the person the phrase names
  // A body's side is that body speaking.
  q = Quotes("한결물산 측은 “공장 가동에는 아무 차질이 없다”고 해명했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "한결물산");
}

}  // namespace
}  // namespace kosearch
