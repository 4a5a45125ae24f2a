// Organizations as speakers (issue 13): an outlet's whole name (로이터 통신),
// a name ending in an organization noun (○○ 재단, ○○ 공동체), a body and a
// role noun with no personal name (외무성 대변인: an unnamed role), a body
// marked by 에서는, and a statement issued in someone's name (명의). Made-up
// sentences in the shapes Korean news uses.
#include <doctest/doctest.h>

#include <string>

#include "kosearch/extract.h"
#include "shared_extractor.h"
#include "text/korean_lexicon.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("an outlet's name written with its head noun apart is the whole name") {
  std::vector<Quote> q = Quotes("로이터 통신은 \"양국 회담이 다음 주에 열린다\"라고 보도했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "로이터 통신");
  CHECK(q[0].speaker_type == "organization");
  CHECK(q[0].role.empty());
  q = Quotes("한빛 통신은 \"사망자가 더 늘었다\"고 전했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "한빛 통신");
  CHECK(q[0].speaker_type == "organization");
}

TEST_CASE("a paper written after the body it belongs to speaks, with that body as its organization") {
  std::vector<Quote> q = Quotes("청년당 기관지 청년신문은 \"농촌 건설에 모두 나서자\"고 주장했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "청년신문");
  CHECK(q[0].speaker_type == "organization");
  CHECK(q[0].org == "청년당");
}

TEST_CASE("a name ending in an organization noun is an organization speaker; the bare noun is nobody") {
  std::vector<Quote> q = Quotes("열린지식 재단은 \"올해도 기부금으로만 운영한다\"고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "열린지식 재단");
  CHECK(q[0].speaker_type == "organization");
  q = Quotes("자유소프트웨어 공동체는 \"코드를 모두 공개하라\"고 요구했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "자유소프트웨어 공동체");
  CHECK(q[0].speaker_type == "organization");
  q = Quotes("그 재단은 어제 \"기부금을 돌려주겠다\"고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  CHECK(korean::IsOrganizationHead(U"공동체"));
  CHECK(korean::IsOrganizationHead(U"위원회"));
  CHECK_FALSE(korean::IsOrganizationHead(U"대변인"));
}

TEST_CASE("a ministry or embassy before a role noun is the role's organization, never a person") {
  std::vector<Quote> q = Quotes("남측 외무성 대변인은 \"모든 도발을 중단하라\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  CHECK(q[0].speaker_type == "role");
  CHECK(q[0].role == "대변인");
  CHECK(q[0].org.find("외무성") != std::string::npos);
  q = Quotes("주한 캐나다 대사관 대변인은 \"협의를 계속하겠다\"고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  CHECK(q[0].speaker_type == "role");
  CHECK(q[0].role == "대변인");
  CHECK(q[0].org.find("대사관") != std::string::npos);
  CHECK(korean::IsGovernmentBody(U"외무성"));
  CHECK(korean::IsGovernmentBody(U"대사관"));
}

TEST_CASE("a body marked by 에서는 right before the quote speaks") {
  std::vector<Quote> q = Quotes("해양수산부에서는 \"피해 대책을 곧 마련하겠다\"고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "해양수산부");
  CHECK(q[0].speaker_type == "organization");
  // A place is where something was said, not who said it.
  q = Quotes("부산에서는 \"비가 많이 온다\"는 말이 나왔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker != "부산");
}

TEST_CASE("a statement issued in someone's name (명의) speaks for that one") {
  std::vector<Quote> q = Quotes("녹색미래연합 명의의 성명은 \"개발을 당장 멈추라\"고 했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "녹색미래연합");
  CHECK(q[0].speaker_type == "organization");
  q = Quotes("시민연대는 이날 공동대표 명의로 낸 성명에서 \"철저한 수사를 촉구한다\"고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker_type == "role");
  CHECK(q[0].role == "공동대표");
  // A statement with no one named stays nobody's.
  q = Quotes("성명은 \"개발을 멈추라\"고 했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
}

}  // namespace
}  // namespace kosearch
