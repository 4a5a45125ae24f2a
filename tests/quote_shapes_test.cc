// Quote shapes that were missed on the dev splits (issue 13, quotes found):
// a quoted sentence before a noun that may also follow a term (결론, 질문을),
// or before a verb of saying a few words on (는 점을 강조했다); 표현했다 as a
// verb of saying; a quote opened right after a full stop and never closed;
// a source in parentheses written in Latin letters and Hangul (KBS뉴스); a
// headline's speaker after an ellipsis with no space. Each with the look-alike
// that must stay no quote: a term, a title, a question put to the subject.
// Made-up sentences in the shapes Korean news uses.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kosearch/extract.h"
#include "shared_extractor.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("a quoted sentence before 결론, 반론 or 질문을 is speech; a quoted term before them is not") {
  std::vector<Quote> q = Quotes(
      "이날 회의에 참석한 당원들은 \"지도부가 책임을 져야 한다\"는 결론을 내렸다. "
      "가수 김하늘은 동료에게 \"이 다리가 언제 생긴지 알아?\"라는 질문을 던졌다.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].text == "지도부가 책임을 져야 한다");
  CHECK(q[1].text == "이 다리가 언제 생긴지 알아?");
  CHECK(q[1].speaker == "김하늘");
  // A term, not a sentence: "…"이라는 결론 names a finding.
  CHECK(Quotes("연구진은 \"탄소 중립\"이라는 결론에 도달했다.").empty());
}

TEST_CASE("a question put to the subject (질문에) is not the subject's speech: no one the sentence names asked it") {
  std::vector<Quote> q = Quotes("결승에 오른 정하윤은 '왜 마지막 세트에서 작전을 바꿨느냐'는 질문에 \"상대가 지쳐 보였어요\"라고 답했다.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].text == "왜 마지막 세트에서 작전을 바꿨느냐");
  CHECK(q[0].speaker.empty());
  CHECK(q[1].text == "상대가 지쳐 보였어요");
  CHECK(q[1].speaker == "정하윤");
}

TEST_CASE("a quoted sentence with a verb of saying a few words after its 는-clause is speech") {
  std::vector<Quote> q = Quotes("박 교수는 먼저 \"제작자들은 처음부터 보호 장치를 갖춰야 한다\"는 점을 강조했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "제작자들은 처음부터 보호 장치를 갖춰야 한다");
  CHECK(q[0].speaker == "박");
}

TEST_CASE("표현했다 is a verb of saying: a quoted phrase inside indirect speech that it closes is speech") {
  std::vector<Quote> q = Quotes("김 대통령은 이번 만남을 \"기업인들과 소통\"한 것이라고 표현했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "기업인들과 소통");
  CHECK(q[0].speaker == "김");
}

TEST_CASE("a mark opened right after a full stop and never closed ends before 라고 and its verb of saying") {
  std::string text =
      "장관 이민호는 의원들이 법안을 고치지 않았다고 밝혔다.\"의원들은 수정안을 내려고 했으나, 아직 회의를 거치지 "
      "않았다라고 장관이 인터뷰에서 말했다.\n그는 다른 말을 하지 않았다.";
  std::vector<Quote> q = Quotes(text);
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "의원들은 수정안을 내려고 했으나, 아직 회의를 거치지 않았다");
  // Without a verb of saying after it, such a mark stays no quote.
  CHECK(Quotes("그는 자리를 떠났다.\"의원들은 수정안을 내려고 했으나 회의는 열리지 않았다.").empty());
}

TEST_CASE("a quote cited with a source in Latin letters and Hangul is speech; a Latin title is not a source") {
  std::vector<Quote> q = Quotes(
      "“전쟁이 끝난 뒤 열린 재판에서 지도자 24명이 기소돼 19명이 유죄 판결을 받았다” (KBS뉴스, 20/07/16)\n"
      "“고위직을 지낸 170명 가운데 90명이 당원이었다.” (The Rosenburg Files)\n");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "전쟁이 끝난 뒤 열린 재판에서 지도자 24명이 기소돼 19명이 유죄 판결을 받았다");
}

TEST_CASE("a headline's speaker starts after an ellipsis with no space after it") {
  std::vector<Quote> q = Quotes("걸그룹 태도 논란, 문제 없었는데 논란?…진행자 최민호 “분위기 좋았다”\n걸그룹의 태도가 화제가 됐다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "분위기 좋았다");
  CHECK(q[0].speaker == "최민호");
}

TEST_CASE("a quoted sentence the subject was asked (질문을 받았다) is not the subject's speech") {
  CHECK(Quotes("이 자리에 참석한 배우 김태호는 \"맛집을 찾아가 본 적이 있느냐\"는 질문을 받았다.").empty());
}

TEST_CASE("a quote followed by a noun of speech as its own word is a headline's statement") {
  std::vector<Quote> q = Quotes("배우 두 사람 열애설, 모임에서 애정표현? 소속사 \"사실무근\" 부인\n두 배우의 소속사는 보도를 부인했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "사실무근");
  CHECK(q[0].speaker.empty());
  // Glued to the mark, the noun goes on the quote's own words ("…"란 말, not "…" 말).
  CHECK(Quotes("그는 \"우리 동네\"에서 살았다.").empty());
}

TEST_CASE("each statement of a two-sided headline goes to the name right before it") {
  std::vector<Quote> q = Quotes("국회 \"시행령이 법을 흔들어\" vs 청와대 \"입법 권한 침해\"\n정부 시행령을 두고 논란이 일었다.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].text == "시행령이 법을 흔들어");
  CHECK(q[1].text == "입법 권한 침해");
  CHECK(q[0].speaker == "국회");
  CHECK(q[1].speaker == "청와대");
}

TEST_CASE("after a glued ellipsis, a clause with a place is no headline speaker") {
  std::vector<Quote> q = Quotes("법원, 학대 소녀 친권 정지…할머니 경찰서에 나타나 “손녀 만나보고 싶다”\n할머니는 손녀를 키우겠다고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  CHECK(q[0].speaker_as_written.find("나타나") == std::string::npos);
}

}  // namespace
}  // namespace kosearch
