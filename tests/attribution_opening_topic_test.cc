// Speakers the sentence names but the extractor used to leave empty or cut
// (issue 13, the attr7 round): the word a sentence opens with as its topic,
// right before its quote (with only an addressee or 역시 between), however
// short or plain a name; a foreign name's last part after the tagger's span;
// a name before 전/현 and a title whatever it ends in; a name after a
// sentence adverb (한편) opening a titled phrase; a surname and a post
// ("정 직무대리") as the one person of that surname; the last quote of a
// "…"며 "…". chain. Made-up sentences in the
// shapes Korean news uses.
#include <doctest/doctest.h>

#include <string>

#include "kosearch/extract.h"
#include "shared_extractor.h"
#include "text/korean_lexicon.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("the word a sentence opens with as topic right before its quote speaks, a two-syllable name too") {
  std::vector<Quote> q = Quotes("로탄은 동료들에게 “그동안 정말 고마웠어. 다음에 꼭 다시 만나자”라며 작별 인사를 건넸다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "로탄");
  q = Quotes("마빈은 “이번 경기는 다음 달 도쿄에서 열릴 가능성이 크다”고 덧붙였다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "마빈");
  // 역시 (also) stands where the topic's particle would.
  q = Quotes("케니 역시 후배에게 “너는 이 팀에서 가장 성실한 선수다”고 칭찬했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "케니");
  CHECK(korean::IsAdverbBeforeQuote(U"역시"));
  CHECK_FALSE(korean::IsAdverbBeforeQuote(U"정부"));
}

TEST_CASE("a sentence adverb before the opening topic leaves it the sentence's topic: the plain name speaks") {
  // 한결 is also a plain word; opening the sentence as its topic before the
  // quote, it speaks with 이어 or 이날 before it as it does alone.
  std::vector<Quote> q = Quotes("이어 한결은 “다음 무대에서는 더 잘하겠다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "한결");
  q = Quotes("이날 한결은 “다음 무대에서는 더 잘하겠다”라고 말한 뒤 “응원해 달라”라며 웃었다.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "한결");
  CHECK(q[1].speaker == "한결");
  // A time word after the adverb is still no speaker.
  q = Quotes("이어 오늘은 “비가 많이 온다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
}

TEST_CASE("an opening topic that is a thing, a time or a minor's surname is no speaker") {
  // 문제는 "…"는 것이다: what the problem is, said by nobody.
  std::vector<Quote> q = Quotes("문제는 “이 법안이 통과되면 피해가 크다”는 것이다.");
  for (const Quote& quote : q) CHECK(quote.speaker.empty());
  // The same topic before a quote that is speech: still no speaker.
  q = Quotes("문제는 “이 법안이 통과되면 피해가 크다”고 말하는 사람이 많다는 것이다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker != "문제");
  // 이군 is 이 with the suffix for a boy; 공군 a force: neither is taken whole.
  q = Quotes("이군은 “주말마다 동생과 한강에서 자전거를 탄다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "이");
  // A clause between the topic and the quote is no longer the opening form.
  q = Quotes("결과는 지난주 발표됐고 “예상보다 좋았다”고 전했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker != "결과");
}

TEST_CASE("a foreign name the tagger ends early runs on to its last word, which is no title") {
  std::vector<Quote> q = Quotes("자칭 반군 대변인인 카리 유사프 아마디는 현지 방송과의 인터뷰에서, “우리는 협상할 준비가 되었다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "카리 유사프 아마디");
  CHECK(q[0].role.empty());
  CHECK(q[0].org.empty());
  // A post ending like an official's (검시관) is no part of the name.
  q = Quotes("사건을 맡은 칼 윌리엄 검시관은 “시신이 부패된 상태였다”고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.find("검시관") == std::string::npos);
  CHECK(korean::EndsLikeOfficial(U"외교관"));
  CHECK_FALSE(korean::EndsLikeOfficial(U"아마디"));
}

TEST_CASE("a name after a sentence adverb opens a titled phrase: given and family name, then place and title") {
  std::vector<Quote> q = Quotes("한편 무아메르 굴러 이스탄불 주지사는 이번 사건에 대해 “명백한 테러 행위”라며 조사를 지시했다고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "무아메르 굴러");
  CHECK(q[0].role == "주지사");
}

TEST_CASE("a name before 전 and a title is a person whatever syllable it ends in") {
  std::vector<Quote> q = Quotes("참여정부 첫 법무부 장관이었던 강금실 전 장관은 퇴임식에서 “하고 싶은 말은 다 하지 못하고 떠난다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "강금실");
  CHECK(q[0].role == "장관");
  CHECK(q[0].speaker_type == "person");
}

TEST_CASE("a surname and a post the lexicon does not list is the one person of the article with that surname") {
  std::vector<Quote> q = Quotes(
      "징계위원회는 정한중 위원장 직무대리가 회의를 이끌었다. 정 직무대리는 \"충분한 기회를 줬지만 스스로 변론을 포기했다\"고 해명했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "정한중");
  // With two people of that surname the post alone cannot say which.
  q = Quotes("정한중 위원장과 정민수 위원이 참석했다. 정 직무대리는 \"충분한 기회를 줬다\"고 해명했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker != "정한중");
  CHECK(q[0].speaker != "정민수");
}

TEST_CASE("the last quote of a chain joined by 며 ends the sentence with no ending of its own and is speech") {
  std::vector<Quote> q =
      Quotes("오퍼는 “1년 전만 해도 이 석상은 땅에 묻혀 있었다\"며 \"이번 발견은 로마의 역사가 아직 끝나지 않았다는 증거다.”");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "오퍼");
  CHECK(q[1].speaker == "오퍼");
  // A term after the connective is no quote of its own.
  q = Quotes("그는 “회의가 길어졌다”며 “검토 중”.");
  CHECK(q.size() == 1);
}

}  // namespace
}  // namespace kosearch
