// The kinds of speaker resolution added for issue 13's dev misses: a subject
// glued to the opening mark, a second speaker after a quoted question, a
// pronoun that names no one written after it, a namesake of a famous name
// (the son, not the father), a tagged Korean name that ends like a body, the
// owner of a role (`에스알 관계자`, `○○○ 측`), a hidden given name (`김모
// 씨`), an organization's whole name, `재판부` as the article's court, and a
// carried speaker left out when the quote's sentence names someone else.
// Sentences from Korean Wikinews (CC BY 2.5) or made up in the same shapes.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kosearch/extract.h"
#include "shared_extractor.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("a subject glued to the opening quote mark still speaks both quotes") {
  std::vector<Quote> q = Quotes(
      "조태영 외교부 대변인은\"일본이 과거 제국주의 시대에 얼마나 악한 일을 했는가가 다시 나타난 것\"이라며, "
      "\"그 점을 일본이 잘 인식해야 할 것\"이라고 했다.");
  REQUIRE(q.size() == 2);
  for (const Quote& quote : q) {
    CHECK(quote.speaker == "조태영");
    CHECK(quote.role == "대변인");
  }
}

TEST_CASE("in a sentence of two speakers, the second one's answer to a quoted question is hers") {
  std::vector<Quote> q = Quotes(
      "이번 아베 총리의 야스쿠니 신사 참배에 대해 반기문 유엔 사무총장은 “과거에서 비롯된 긴장관계가 아직도 이 "
      "지역을 괴롭히고 있는 것은 지극히 유감스럽다”고 밝혔으며, 화춘잉 중국 외교부 대변인은 \"일본 "
      "내각관방장관이 아베의 이번 신사참배가 개인 신분으로 이뤄진 것이라고 밝혔는데 이를 평가해 달라\" 는 "
      "요청에 “대꾸할 가치도 없다. 그것은 허위, 거만, 자기모순”이라고 비판했다.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "반기문");
  CHECK(q[1].text.starts_with("대꾸할 가치도 없다"));
  CHECK(q[1].speaker == "화춘잉");
}

TEST_CASE("a pronoun stands for someone named before it, never for a person written after it") {
  std::vector<Quote> alone = Quotes("그는 박철수 의원과의 공동기자회견에서 “자유무역은 세계경제에 가장 중요한 것이다”라고 주장했다.");
  REQUIRE(alone.size() == 1);
  CHECK(alone[0].speaker.empty());
  std::vector<Quote> after = Quotes(
      "한편 김미영 교수는 학회에 참석했다. 그는 박철수 의원과의 공동기자회견에서 “자유무역은 세계경제에 가장 "
      "중요한 것이다”라고 주장했다.");
  REQUIRE(after.size() == 1);
  CHECK(after[0].speaker == "김미영");
  CHECK(after[0].speaker_as_written == "그");
}

TEST_CASE("a relative who shares a famous surname is not merged into the famous one") {
  std::vector<Quote> q = Quotes(
      "트럼프 대통령의 차남 에릭 트럼프도 이날 트위터에서 \"우리는 법과 질서의 정당이다. 누구든지 선을 넘는다면 "
      "법이 허용하는 범위 내에서 최대한도로 기소하라\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "에릭 트럼프");
  CHECK(q[0].speaker_type == "person");
}

TEST_CASE("a Korean name ending like a body is the person, not an organization, and not the president before it") {
  std::vector<Quote> q = Quotes(
      "이명박 정부 초대 법무부 장관이었던 김경실 전 장관은 이임식에서 “하고 싶은 말은 못 하고 떠난다”라고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김경실");
  CHECK(q[0].role == "장관");
}

TEST_CASE("the word before 관계자 or 측 is whose people speak: a role with that organization") {
  std::vector<Quote> staff = Quotes(
      "한겨레에 따르면 에스알 관계자는 “원인을 알 수 없는 이유로 사고가 발생했다.”, “국토교통부 "
      "항공철도사고조사위원회가 원인을 조사하고 있다”고 밝혔다.");
  REQUIRE(staff.size() == 2);
  for (const Quote& quote : staff) {
    CHECK(quote.speaker.empty());
    CHECK(quote.speaker_type == "role");
    CHECK(quote.role == "관계자");
    CHECK(quote.org == "에스알");
  }
  std::vector<Quote> camp = Quotes("배우 김민지 측은 “두 사람은 잘 만나고 있다”고 밝혔다.");
  REQUIRE(camp.size() == 1);
  CHECK(camp[0].speaker.empty());
  CHECK(camp[0].role == "측");
  CHECK(camp[0].org == "배우 김민지");
}

TEST_CASE("김모 씨 is the surname the article gives, with what she is as her role") {
  std::vector<Quote> q = Quotes("국내 항공사에 근무하는 승무원 김모 씨(29)는 “출발 시간이 지연되기도 한다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김");
  CHECK(q[0].role == "승무원");
}

TEST_CASE("an organization keeps the words of its name; 재판부 is the one court the article names") {
  std::vector<Quote> unit = Quotes(
      "이 사건을 수사한 서울지방경찰청 광역수사대는 “사채업자들은 친구들에게 돈을 갚으라고 협박했다”고 전했다.");
  REQUIRE(unit.size() == 1);
  CHECK(unit[0].speaker == "서울지방경찰청 광역수사대");
  CHECK(unit[0].speaker_type == "organization");
  std::vector<Quote> court = Quotes(
      "2009년 8월 11일 서울중앙지방법원 형사3단독 서승렬 판사는 사채업자 A씨에게 징역 10월을 선고했다. 재판부는 "
      "\"A씨 등은 열악한 지위에 있는 종업원들을 상대로 범행을 저질렀다\"며 \"실형선고가 불가피 하다\"고 밝혔다.");
  REQUIRE(court.size() == 2);
  for (const Quote& quote : court) {
    CHECK(quote.speaker == "서울중앙지방법원");
    CHECK(quote.speaker_type == "organization");
  }
}

TEST_CASE("a quote with no subject is not carried to the last speaker when its sentence names another body") {
  std::vector<Quote> q = Quotes(
      "김관진 국방부 장관은 “북한의 도발 가능성에 대비하고 있다”고 말했다. 대한민국 통일부 성명을 통해 "
      "\"모든 가능성에 대비해 차분하게 만전을 기할 것\"이라며 \"동맹국 및 관련국과 긴밀히 협력할 것\"이라고 밝혔다.");
  // (Issued "명의의 성명을 통해", the statement is 통일부's own:
  // attribution_across_sentences_test.cc.)
  REQUIRE(q.size() == 3);
  CHECK(q[0].speaker == "김관진");
  for (size_t i = 1; i < 3; ++i) {
    CHECK(q[i].speaker != "김관진");
    CHECK(q[i].confidence < 0.5);
  }
  // With no one else named, the quote does carry on.
  std::vector<Quote> carried = Quotes(
      "김관진 국방부 장관은 “북한의 도발 가능성에 대비하고 있다”고 말했다. 이어 \"만전을 기할 것\"이라고 덧붙였다.");
  REQUIRE(carried.size() == 2);
  CHECK(carried[1].speaker == "김관진");
  CHECK(carried[1].confidence >= 0.5);
}

}  // namespace
}  // namespace kosearch
