// Quotes whose closing mark is missing (the annotation rules' R9: the quote
// ends just before its quotative ending, 라고 or the 고 of 다고, when a verb
// of saying follows). Web news drops marks: a quote opened and never closed
// before the sentence ends, or one whose close is missing so that the next
// quote's opening mark would close it. Made-up sentences in those shapes.
#include <doctest/doctest.h>

#include <string>

#include "kosearch/extract.h"
#include "shared_extractor.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("a quote opened and never closed ends before 라고 and its verb of saying") {
  std::vector<Quote> q = Quotes("김민수 장관은 “이제는 예산을 늘려야 할 때라고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "이제는 예산을 늘려야 할 때");
  CHECK(q[0].speaker == "김민수");
  // The verb may come a few words later, after the speaker.
  q = Quotes("회의가 끝났다.\n“다음 달에는 공사를 모두 마칠 예정이라고 박영수 시장이 기자들에게 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "다음 달에는 공사를 모두 마칠 예정이");
  CHECK(q[0].speaker == "박영수");
}

TEST_CASE("a quote left open before the next quote ends at its 다고 and the next mark opens a quote") {
  std::vector<Quote> q = Quotes(
      "시청 관계자는 \"공사는 다음 달에 끝난다\"라고 말했고 \"주민 불편은 최대한 줄이겠다고 설명했다. "
      "그러면서, \"안전 점검도 함께 하겠다\"라고 덧붙였다.");
  REQUIRE(q.size() == 3);
  CHECK(q[1].text == "주민 불편은 최대한 줄이겠다");
  CHECK(q[2].text == "안전 점검도 함께 하겠다");
  for (const Quote& x : q) {
    CHECK(x.speaker.empty());
    CHECK(x.role == "관계자");
    CHECK(x.org == "시청");
  }
}

TEST_CASE("an open mark with no quotative ending and a verb of saying is no quote") {
  CHECK(Quotes("그는 \"다음 주에 다시 온다며 자리를 떠났다.").empty());
  CHECK(Quotes("최정민 감독은 \"선수들이 지쳤다고 보기는 어렵다.").empty());  // 다고, but no verb of saying
  // A closed quote holding reported words is one quote: its closing mark is glued to 고.
  std::vector<Quote> q = Quotes("박영희 교수는 \"그가 실험을 끝냈다고 말했다. 이제 결과를 기다린다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "그가 실험을 끝냈다고 말했다. 이제 결과를 기다린다");
  CHECK(q[0].speaker == "박영희");
}

TEST_CASE("a mark glued after a full stop is not taken for an unclosed opening") {
  // `."다음` may as well close a quote: no guess where it ends.
  CHECK(Quotes("그는 회의에 나왔다.\"다음 주에 결정하겠다고 말했다.").empty());
}

}  // namespace
}  // namespace kosearch
