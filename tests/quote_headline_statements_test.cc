// Quote shapes missed on the dev splits (issue 13, quotes found). Headline
// statements that name nobody: a quoted claim condensed to a noun alone on
// its line or opening it before an ellipsis, and a headline's quote glued to
// the lead that follows it (as sentence lists print a headline and its first
// sentence); each is speech with no speaker, while a term alone in quotes
// stays no quote and a particle glued to the mark keeps the quote in its
// sentence. A headline whose name follows a clause that describes it
// (`울리고 웃긴 박도현 "…"`). And a quoted sentence whose 는-clause names
// its speaker in the genitive (`"…"는 정씨의 주장`): that speaker's alone;
// a question put to the subject (`"…느냐"는 기자들 질문에`): nobody's named.
// Made-up sentences in the shapes Korean news uses.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kosearch/extract.h"
#include "shared_extractor.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("a claim condensed to a noun alone on its line is a headline's statement with no speaker") {
  std::vector<Quote> q = Quotes("“농촌 마을 주민까지 강제 이주 대상”\n정부는 이번 주 대책을 내놓는다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "농촌 마을 주민까지 강제 이주 대상");
  CHECK(q[0].speaker.empty());
  // A name or a term alone in quotes is no statement.
  CHECK(Quotes("“한강의 기적”\n정부는 이번 주 대책을 내놓는다.").empty());
}

TEST_CASE("a claim opening its line before an ellipsis is a headline's statement") {
  std::vector<Quote> q = Quotes("“대통령 순방 경제사절단”…허위 홍보로 주가 띄운 벤처 대표 기소");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "대통령 순방 경제사절단");
  CHECK(q[0].speaker.empty());
}

TEST_CASE("a headline's quote glued to the lead after it is speech; a particle glued to the mark is not a lead") {
  std::vector<Quote> q = Quotes(
      "도서관 야간 개방 확대…“밤에도 공부할 곳 생겨 다행”대학가의 도서관들이 시험 기간을 맞아 밤늦게까지 "
      "문을 열고 있다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "밤에도 공부할 곳 생겨 다행");
  CHECK(q[0].speaker.empty());
  // `"…"를 주제로`: the quote goes on its sentence, as a term.
  CHECK(Quotes("도서관 야간 개방 확대…“밤의 공부방”을 주제로 한 사진전이 이번 달 시청에서 열렸다.").empty());
}

TEST_CASE("a headline's name after a clause that describes it speaks; a sentence going on after the quote does not") {
  std::vector<Quote> q = Quotes("울리고 웃긴 박도현 “무대 위에서는 누구나 초보가 된다”");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "무대 위에서는 누구나 초보가 된다");
  CHECK(q[0].speaker == "박도현");
  // A given name ending as some modifiers do (진, 린) is still a name.
  q = Quotes("울리고 웃긴 박해진 “무대 위에서는 누구나 초보가 된다”");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "박해진");
  q = Quotes("울리고 웃긴 이서린 “무대 위에서는 누구나 초보가 된다”");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "이서린");
  // A modifier (석권한) before a quoted nickname, the sentence going on: no quote.
  CHECK(Quotes("구단은 지난 시즌 득점왕을 동시 석권한 “발칸의 특급 공격수” 마르코를 앞세운다.").empty());
}

TEST_CASE("a quoted sentence before 는 and a name in the genitive with a noun of speech is that name's") {
  std::vector<Quote> q = Quotes("재판부는 ‘그의 폭행으로 크게 다쳤다’는 정씨의 주장에 대해 “증거가 없다”고 판단했다.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].text == "그의 폭행으로 크게 다쳤다");
  CHECK(q[0].speaker == "정");
  // The next quote of the sentence keeps the sentence's subject.
  CHECK(q[1].text == "증거가 없다");
  CHECK(q[1].speaker == "재판부");
  // A thing in the genitive cannot speak; a term is no sentence.
  CHECK(Quotes("재판부는 ‘폭행으로 크게 다쳤다’는 사건의 발표를 살폈다.").empty());
  CHECK(Quotes("재판부는 ‘정의의 여신’이라는 정씨의 주장을 살폈다.").empty());
}

TEST_CASE("a question the reporters put (기자들 질문에) is speech with no speaker; the answer is the subject's") {
  std::vector<Quote> q = Quotes("최씨는 회의를 마친 뒤 복도에서 “다음 선거에 나갈 생각이냐”는 기자들 질문에 “아직 정한 바 없다”고 말했다.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].text == "다음 선거에 나갈 생각이냐");
  CHECK(q[0].speaker.empty());
  CHECK(q[1].text == "아직 정한 바 없다");
  CHECK(q[1].speaker == "최");
  // 질문엔 (질문에는) as 질문에, in single marks too.
  q = Quotes("‘이번 협상이 타결될 것 같으냐’는 질문엔 “좀 더 지켜봐야 한다”고 답했다.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].text == "이번 협상이 타결될 것 같으냐");
  CHECK(q[0].speaker.empty());
  CHECK(q[1].text == "좀 더 지켜봐야 한다");
  // Not a question: a claim before 는 질문에 is left to the other rules.
  CHECK(Quotes("최씨는 “선거에는 나가지 않는다”는 질문에 눈길이 모였다.").empty());
}

TEST_CASE("a headline's statement after plain nouns no table knows is speech; a thing as the head is not") {
  // A stage name the tagger does not know: the headline shape says it speaks.
  std::vector<Quote> q = Quotes("밴드 하늘 “데뷔 무대 아직도 생생…팬들 덕분”");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "데뷔 무대 아직도 생생…팬들 덕분");
  // A compound whose head cannot speak (기사) quotes another headline.
  CHECK(Quotes("관련기사 “예산안 처리 연내 마무리”").empty());
  // A genitive names a work's author, not a speaker.
  CHECK(Quotes("김 주필의 “예산안 처리 연내 마무리”").empty());
  // A name's mother (엄마, as 어머니) speaks unnamed: the name is her child's.
  q = Quotes("김소연 엄마, “딸이 자랑스럽고 고맙다는 말 전하고 싶어”");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
}

}  // namespace
}  // namespace kosearch
