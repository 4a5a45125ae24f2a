// The last check on a resolved speaker (issue 13, speaker_evidence.h): a
// wrong name is worse than none. A subject phrase that names its own person
// is never given to someone else the article names; a plural or a user id
// nothing vouches for as a name is no speaker; the last of people joined by
// 와/과 is one of a group, and a noun after the determiner 한 ("a certain")
// is someone unnamed. Made-up sentences in the shapes Korean news uses.
#include <doctest/doctest.h>

#include <string>

#include "kosearch/extract.h"
#include "shared_extractor.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("a titled phrase that opens with its own name is never given to another person of the sentence") {
  // 이동휘 is who was studied; the one speaking is the professor the phrase
  // names. Without the check the people finder's 이동휘 took the quote.
  std::vector<Quote> q = Quotes(
      "항일 투쟁을 이끈 이동휘 선생의 생애를 연구한 정환 서해대 교수는 \"선생의 헌신은 잊혀선 안 된다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker != "이동휘");
  CHECK(q[0].speaker_as_written == "정환 서해대 교수");
}

TEST_CASE("the phrase's own person and a person named right before the phrase keep the quote") {
  std::vector<Quote> q = Quotes("임시정부를 이끈 김구 선생의 생애를 연구한 박훈 한빛대 교수는 \"선생의 헌신은 잊혀선 안 된다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "박훈");
  q = Quotes("남궁민 한빛재단 이사장은 \"나눔은 멈추지 않는다\"고 말했다. 이어 \"내년에도 계속하겠다\"고 덧붙였다.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "남궁민");
  CHECK(q[1].speaker == "남궁민");
}

TEST_CASE("a plural no tagger span or alias vouches for is a group of people, no named body") {
  std::vector<Quote> q = Quotes("출연진 MC들은 \"게스트의 입담이 최고였다\"고 입을 모았다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  CHECK(q[0].speaker_type.empty());
  CHECK(q[0].speaker_as_written == "MC들");
}

TEST_CASE("a user id with masked letters is no name") {
  std::vector<Quote> q = Quotes("‘abcd****’는 “오늘 경기는 정말 대단했다”고 적었다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  CHECK(q[0].speaker_as_written == "abcd****");
  // A body the alias file knows keeps its name, whatever marks stand near it.
  q = Quotes("외교부는 “추가 조치를 검토하고 있다”고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "외교부");
}

TEST_CASE("the last of people joined by 와/과 is one of a group: no single speaker") {
  std::vector<Quote> q = Quotes("가족 모임에서 한도윤과 박서진은 “우리는 늘 함께였다”고 입을 모았다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  CHECK(q[0].speaker_as_written == "박서진");
  // A foreign name no table knows, which the resolver would take for a body.
  q = Quotes("시상식에 참석한 로건과 클라이너는 “관객 덕분”이라고 입을 모았다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  // The same person alone keeps the quote.
  q = Quotes("가족 모임에서 박서진은 “우리는 늘 함께였다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "박서진");
}

TEST_CASE("a noun after the determiner 한 (a certain) is someone unnamed, not a body by that word") {
  std::vector<Quote> q = Quotes("지난 5일 일본의 한 연예매체는 “두 배우가 교제 중”이라고 보도했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  CHECK(q[0].speaker_type == "role");
  CHECK(q[0].role == "연예매체");
  q = Quotes("경기를 지켜본 한 야구인은 “판정이 너무 아쉽다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  CHECK(q[0].role == "야구인");
  // 한 opening the sentence before a body's head title is her surname.
  q = Quotes("한 이사장은 “재단의 문은 늘 열려 있다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "한");
}

TEST_CASE("a surname before 모 is the hidden name's surname, never 'a certain' 모 with the role 씨") {
  // "김 모 씨": 모 after a lone surname hides the given name; 씨 is no role
  // of someone unnamed.
  std::vector<Quote> q = Quotes("법정에서 최후진술을 한 피의자 김 모 씨는 “모든 잘못을 인정한다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].role != "씨");
  CHECK(q[0].speaker_type != "role");
  // A guard (right before and after): 한 after an object is 하다's past
  // form, and the surname and title after it a named person.
  q = Quotes("지난 3일 기자회견을 한 김 대표는 “당의 쇄신이 먼저”라고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker_type == "person");
  CHECK(q[0].speaker == "김");
  CHECK(q[0].role == "대표");
}

TEST_CASE("와/과 inside a word is no coordination when nothing vouches for the stem as a name") {
  // 조사결과: 조사결 has a Korean name's shape, but no table or tagger span
  // vouches for it.
  std::vector<Quote> q = Quotes("경찰 조사결과 김민수 의원은 “그런 돈을 받은 적이 없다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김민수");
  CHECK(q[0].role == "의원");
}

}  // namespace
}  // namespace kosearch
