// Who speaks a quote whose sentence names nobody, resolved across the
// article's sentences (issue 13): a body whose statement the sentence before
// reports goes on speaking after an adverb that says so (이어, 또, 아울러),
// but not a body named inside a clause of that sentence; a pronoun carries
// the person's whole name, however the article writes her later. Made-up
// sentences in Wikinews' shapes. (Also a statement issued in a body's name
// and read "through" it, 통일부 명의의 성명을 통해, speaking for the body.)
#include <doctest/doctest.h>

#include <string>

#include "kosearch/extract.h"
#include "shared_extractor.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("a body that opens the sentence before goes on after 이어 or 아울러") {
  std::vector<Quote> q = Quotes(
      "이날 새벽 장비가 기지에 반입됐다.\n국방부는 12일 이에 대해 작전 능력을 서둘러 갖춘 것이라고 설명했다. "
      "이어 \"남은 절차는 정상적으로 진행할 것\"이라고 덧붙였다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "국방부");
  CHECK(q[0].speaker_type == "organization");
  q = Quotes(
      "재판부는 판결문에서 조직의 실체를 인정했다. 아울러 \"피고인들이 시설 파괴를 꾀했다\"며 유죄라고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "재판부");
}

TEST_CASE("without the adverb, or with the body inside a clause, the body is not carried") {
  std::vector<Quote> q = Quotes(
      "국방부는 12일 이에 대해 작전 능력을 서둘러 갖춘 것이라고 설명했다. \"남은 절차는 정상적으로 진행할 "
      "것\"이라는 입장이다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "");
  q = Quotes(
      "김민호 의원은 정부를 \"무능하다\"라고 비난하였다. 이는 수출이 줄었기 때문이고, 미국은 고객을 잃기 "
      "때문이었다.\n또한 새 정책에 대해 \"위험한 실패\"라고 하였다.");
  REQUIRE(q.size() == 2);
  CHECK(q[1].speaker == "김민호");
}

TEST_CASE("a pronoun keeps the whole name when the article writes it again before a title") {
  // The mined name list holds 도널드 as an organization: the alias file's
  // person "도널드 트럼프" is still one name, not a club and a surname.
  std::vector<Quote> q = Quotes(
      "도널드 트럼프 미국 대통령의 지지자들이 의사당에 난입했다.\n트럼프 대통령은 영상 메시지를 내놓았다. 그는 "
      "\"여러분은 집으로 돌아가야 한다\"고 말했다.\n한편 도널드 트럼프 대통령의 장녀 이방카 트럼프 보좌관은 "
      "시위대를 칭찬했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "도널드 트럼프");
  CHECK(q[0].speaker_as_written == "그");
  CHECK(q[0].role == "대통령");
}

TEST_CASE("그 is the one the sentence before is about, not the last speaker") {
  std::vector<Quote> q = Quotes(
      "블라디미르 푸틴 러시아 대통령은 \"핵무기를 쓸 수 있다\"고 말했다.\n제이크 설리번 백악관 국가안보보좌관은 "
      "러시아 관료들에게 결과를 알려왔다고 밝혔다. 그는 \"우리는 이를 매우 심각하게 받아들인다\"고 말했다.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "블라디미르 푸틴");
  CHECK(q[1].speaker == "제이크 설리번");
  CHECK(q[1].speaker_as_written == "그");
}

TEST_CASE("a statement issued in a body's name speaks for it when the sentence names no one else") {
  std::vector<Quote> q = Quotes(
      "정부는 사태를 예의주시하고 있다고 말했다. 통일부 명의의 성명을 통해 \"모든 가능성에 대비하겠다\"며 "
      "\"관련국과 긴밀히 협력할 것\"이라고 밝혔다.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "통일부");
  CHECK(q[0].speaker_type == "organization");
  CHECK(q[1].speaker == "통일부");
  // Without 명의, the statement is only the means of the sentence's subject.
  q = Quotes("통일부는 성명을 통해 \"모든 가능성에 대비하겠다\"고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "통일부");
}

TEST_CASE("before anyone has spoken, the person two sentences back goes on when no one else is named") {
  std::vector<Quote> q = Quotes(
      "윤석열 대통령은 지난 22일 의회를 모욕하는 발언을 했다고 보도되었다. 해당 단어는 영어에서 멍청이라는 "
      "의미다. 실제 녹음본에서는 \"국회에서 승인 안 해주면 어떡하나\"라고 하였다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "윤석열");
  // The lede's subject may be marked with 가.
  q = Quotes(
      "김철수(61) 국무총리가 식민지 근대화론을 옹호하는 발언을 했다. 최근 논란이 된 교과서를 옹호하는 "
      "발언이다.\n25일 열린 질문에서 \"역사를 전체적인 맥락에서 볼 필요도 있다\"며 \"오류는 시정할 예정\"이라고 "
      "했다.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "김철수");
  CHECK(q[1].speaker == "김철수");
  // Someone else named in between: no guess.
  q = Quotes(
      "윤석열 대통령은 지난 22일 의회를 모욕하는 발언을 했다고 보도되었다. 그 외에 정한용 의원 등으로부터 "
      "의혹이 제기되었다. 실제 녹음본에서는 \"국회에서 승인 안 해주면 어떡하나\"라고 하였다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "");
}

TEST_CASE("a name glossed with an age is a person throughout the article, whatever its last syllable") {
  // 한상대 ends like a university (고려대), but an age says it is a name.
  std::vector<Quote> q = Quotes(
      "한상대(53, 사법연수원 13기) 대한민국 검찰총장이 사퇴했다. 대통령은 사표를 수리했다.\n처음에 조건부 사퇴를 "
      "주장하던 한상대 총장은 \"검찰총장직을 사퇴하겠다\"고 말했다. 그는 다시 \"어떠한 비난도 달게 받겠다\"고 "
      "말했다.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "한상대");
  CHECK(q[0].role == "검찰총장");
  CHECK(q[1].speaker == "한상대");
  // Without the age, a word ending like a university stays no name.
  q = Quotes("고려대는 \"입학 전형을 바꾸겠다\"고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker_type == "organization");
}

}  // namespace
}  // namespace kosearch
