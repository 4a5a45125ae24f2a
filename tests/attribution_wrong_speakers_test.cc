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

TEST_CASE("a guessed name of plain words no tagged word vouches for is no speaker") {
  // A modifier glued before a subject ("…을 맛본"), a group ("개혁 진영"):
  // the plain-words guess would give them as a person's name.
  std::vector<Quote> q = Quotes("유럽의 김치를 맛본 토마세크는 “처음 먹어보는 깊은 맛이었다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  q = Quotes("하지만 개혁 진영은 “이번 개편은 실패한 것”이라고 비판했다.");
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
