// Speaker rules that generalize (issue 13, held-out round): a foreign name
// whose first parts open the subject phrase is the whole name, never its last
// part with the first parts taken for an organization; a Korean name keeps
// the words before it out. Made-up sentences in the shapes Korean news uses.
#include <doctest/doctest.h>

#include <string>

#include "kosearch/extract.h"
#include "shared_extractor.h"
#include "text/korean_lexicon.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("a foreign name written whole before the quote is the whole name, initials included") {
  // The tagger knows only the last part here: the first is no organization.
  std::vector<Quote> q = Quotes("자비어 로페스는 지역 라디오인 KXTV의 방송에 나와 \"그 법은 바뀌어야 한다\"고 얘기했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "자비어 로페스");
  CHECK(q[0].org.empty());
  q = Quotes("마르코 사라스는 \"이 캐릭터를 좋아한다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "마르코 사라스");
  CHECK(q[0].role.empty());  // a part of the name is no title
  q = Quotes("사건의 책임자인 J.R 나르가스는 \"폭력사태는 없었다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "J.R 나르가스");
  CHECK(q[0].role.empty());
  CHECK(q[0].org.empty());
}

TEST_CASE("a word saying what a Korean speaker is stays out of the name") {
  std::vector<Quote> q = Quotes("회사원 김민수는 \"출근길이 너무 힘들다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김민수");
  CHECK(korean::EndsLikePersonNoun(U"대학생"));
  CHECK(korean::EndsLikePersonNoun(U"회사원"));
  CHECK_FALSE(korean::EndsLikePersonNoun(U"마리아"));
}

TEST_CASE("the noun phrase that opens the sentence speaks, though it ends like a verb form (…리는, …라는)") {
  std::vector<Quote> q = Quotes(
      "디스커버리는 이날 \"새 시리즈를 내년에 공개한다\"고 전했다. "
      "과르디올라는 지난달 \"그가 돌아온다면 다시 생각해 보겠다\"고 말했다.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "디스커버리");
  CHECK(q[1].speaker == "과르디올라");
  // The phrase that opens the sentence: name, title, and a last word that
  // ends like a verb form (직무대리는).
  q = Quotes("정한중 징계위원장 직무대리는 회의를 마치고 나오며 \"규정에 따라 결정했다\"고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "정한중");
  // A verb form before a noun is no topic: nobody rather than a guess.
  q = Quotes("떠나는 배를 보며 \"다시 오겠다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
}

TEST_CASE("weak evidence gives no speaker: a kin noun, one plain common noun, a group for 그는") {
  // Who the speaker is to someone named is a role, not a name.
  std::vector<Quote> q = Quotes("카르티에의 어머니는 “아들은 착한 아이였다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  CHECK(q[0].role == "어머니");
  // One two-syllable common noun nothing vouches for is no name.
  q = Quotes("토머스 제퍼슨의 정당이 어쩌다 “세금은 도둑질”이라고 외치는 건설 재벌에게 넘어갔느냐는 비판이 나왔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  // 그는 is one person, never the group the sentence before is about.
  q = Quotes("의원들은 이 법안에 반대했다. 그는 “내일은 기념일이다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  // A pronoun still finds the person named before it.
  q = Quotes("김민수 장관은 법안을 설명했다. 그는 “내일 표결한다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김민수");
}

}  // namespace
}  // namespace kosearch
