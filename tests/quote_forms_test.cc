// Quote forms found and attributed beyond "…"라고 말했다 (issue 13): single-
// quoted sentences with a quotative ending, a quote of several paragraphs,
// nouns of speech after a quote (소감, 등의 반응), headline statements, the
// colon form, and the speaker rules that keep a wrong name out: the subject
// of an embedded clause, a role with 도, a noun of speech as subject, the
// topic of the sentence before a free-standing quote. Made-up sentences in
// the shapes Korean news uses; the lexicon tables these rules read.
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "kosearch/extract.h"
#include "shared_extractor.h"
#include "text/korean_lexicon.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("a single-quoted sentence with a quotative ending is speech; a single-quoted term is not") {
  std::vector<Quote> q = Quotes(
      "마을 주민들은 '수년 전부터 보수를 요구했다'고 주장했다. 정부는 '창조경제' 정책을 발표했다. "
      "두 선수는 '골든 콤비'라는 별명을 얻었다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "수년 전부터 보수를 요구했다");
  CHECK(q[0].speaker.empty());
  CHECK(q[0].speaker_type == "role");
}

TEST_CASE("a quote running over several paragraphs is one quote, spoken by the topic of the sentence before") {
  std::vector<Quote> q = Quotes(
      "김영수 교수는 연구 방법이 우직해야 한다고 믿는다.\n“연구는 끈기가 필요합니다.\n결과는 천천히 나옵니다.”\n"
      "다음 해 그는 학교를 떠났다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "연구는 끈기가 필요합니다.\n결과는 천천히 나옵니다.");
  CHECK(q[0].speaker == "김영수");
}

TEST_CASE("a noun of speech after the quote makes it speech: 소감, and a list with 등의 반응") {
  std::vector<Quote> q = Quotes(
      "박지성 선수는 \"팬들 덕분에 우승할 수 있었다\"는 소감을 남겼다. "
      "누리꾼들은 \"정말 대단하다\", \"끝까지 응원하겠다\" 등의 반응을 보였다.");
  REQUIRE(q.size() == 3);
  CHECK(q[0].speaker == "박지성");
  CHECK(q[1].text == "정말 대단하다");
  CHECK(q[2].text == "끝까지 응원하겠다");
  for (size_t i = 1; i < 3; ++i) {
    CHECK(q[i].speaker.empty());
    CHECK(q[i].role == "누리꾼들");
  }
}

TEST_CASE("a headline statement goes to the name before it; a quoted title in a headline is no quote") {
  std::vector<Quote> q = Quotes("김민수 장관 \"규제 완화 서두르겠다\"\n정부가 규제 완화 방안을 내놓았다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김민수");
  CHECK(q[0].role == "장관");
  CHECK(Quotes("영화 \"바람의 노래\" 개봉\n이 영화는 다음 달 개봉한다.").empty());
}

TEST_CASE("a verb of saying right after the quote makes it speech; a word that only starts like one does not") {
  std::vector<Quote> q = Quotes("연구진은 학술지를 통해 \"소리를 내는 능력은 고대 어류에서 시작됐다\" 발표했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].role == "연구진");
  CHECK(Quotes("요즘은 \"한류 드라마\" 말고도 영화가 인기다.").empty());
}

TEST_CASE("the colon form: a topic and a quote ending the sentence with no verb") {
  std::vector<Quote> q = Quotes("김영희 씨는 \"며칠 동안 아무것도 먹지 못했다\". 경찰은 수사를 계속하고 있다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김영희");
}

TEST_CASE("the subject of a clause about something is not the speaker; the topic before it is") {
  std::vector<Quote> q = Quotes(
      "김철수 외교부 대변인은 정례브리핑에서 일본이 전날 군함을 보낸 데 대해 \"긴장을 높이는 행동을 멈춰야 한다\"고 "
      "말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김철수");
}

TEST_CASE("a role with 도 speaks for itself and does not carry the last speaker") {
  std::vector<Quote> q = Quotes("김민수 장관은 \"지원을 검토하겠다\"고 말했다. 현지 부대장도 \"탄약이 부족하다\"고 밝혔다.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "김민수");
  CHECK(q[1].speaker.empty());
  CHECK(q[1].role == "부대장");
}

TEST_CASE("a side (남측) before a title is no name: the role speaks, with the side as its organization") {
  std::vector<Quote> q = Quotes("이날 통화에서 남측 연락대표가 \"통신이 복원돼 기쁘다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  CHECK(q[0].role == "연락대표");
}

TEST_CASE("a noun of speech as subject is nobody") {
  std::vector<Quote> q = Quotes("업계에서는 \"대작이 곧 나온다\"는 관측도 나온다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  CHECK(q[0].speaker_type.empty());
}

TEST_CASE("a free-standing quote after a sentence about someone else is hers, not the last speaker's") {
  std::vector<Quote> q = Quotes(
      "김민수 장관은 \"예산을 늘리겠다\"고 말했다. 이영희 의원은 이에 반대했다.\n\"재정 건전성이 먼저라고 생각합니다\"\n");
  REQUIRE(q.size() == 2);
  CHECK(q[1].speaker == "이영희");
  std::vector<Quote> carried = Quotes("김민수 장관은 \"예산을 늘리겠다\"고 말했다. 이어 \"내년부터 시행하겠다\"고 덧붙였다.");
  REQUIRE(carried.size() == 2);
  CHECK(carried[1].speaker == "김민수");
}

TEST_CASE("a speech reported from someone's announcement belongs to her") {
  std::vector<Quote> q = Quotes("외신들은 존 스미스 영국 총리의 발표를 인용해 \"협상이 타결됐다\"고 보도했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "존 스미스");
}

TEST_CASE("the lexicon's quoting tables") {
  namespace korean = kosearch::korean;
  CHECK(korean::StartsWithSpeechNoun(U"소감을 남겼다"));
  CHECK(korean::StartsWithSpeechNoun(U"반응만 보였다"));
  CHECK(korean::StartsWithSpeechNoun(U"글"));
  CHECK_FALSE(korean::StartsWithSpeechNoun(U"글로벌 캠페인"));  // 글 + 로 + 벌: not a particle ending the word
  CHECK_FALSE(korean::StartsWithSpeechNoun(U"정책을"));
  CHECK(korean::StartsWithNamingVerb(U"불리는 섬"));
  CHECK(korean::StartsWithSayingVerb(U"발표했다"));
  CHECK(korean::ClosesAboutClause(U"대해"));
  CHECK_FALSE(korean::ClosesAboutClause(U"대한"));
  bool has_rago = false;
  for (const korean::QuotativeEnding& e : korean::QuotativeEndings()) has_rago |= e.text == U"라고";
  CHECK(has_rago);
}


TEST_CASE("surname and title resolve to the name the article writes before a longer title") {
  std::vector<Quote> q = Quotes(
      "이 사건으로 비판을 받은 인물이 바로 남경필 경기도지사입니다. 남 지사는 \"아들을 잘못 가르친 죄를 뉘우친다\"며 "
      "사과했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "남경필");
  CHECK(q[0].role == "지사");
}

TEST_CASE("김 모씨: the surname is all the article gives; 모 alone is nobody") {
  std::vector<Quote> q = Quotes("택시기사 김 모씨는 \"도로명만 보고는 찾기 어렵다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김");
  for (const Quote& x : Quotes("모씨는 \"하루에 수백 개를 배달한다\"고 말했다.")) CHECK(x.speaker != "모");
}


TEST_CASE("a quote cited with its source in parentheses is the source's; a Latin title is no source") {
  std::vector<Quote> q = Quotes(
      "기소된 인원에 대해서는 자료마다 다르다.\n“주요 전쟁범죄인은 22명이었다. 원래는 24명이었다.” (김영수, 2009)\n"
      "“1949년부터 법무부 고위직 170명 중 90명은 당원이었다.” (The Rosenburg Files)\n");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김영수");
}

TEST_CASE("a headline whose statement follows '… 발언…' goes to the name before the comma") {
  std::vector<Quote> q = Quotes("김태수, 전사자 비하 발언… “진의를 왜곡하지 말기 바란다”");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김태수");
}

TEST_CASE("a foreign given name ending like a particle (리카르도) stays part of the full name") {
  std::vector<Quote> q = Quotes("멕시코 대사관의 대변인 리카르도 알데이는 “수사가 계속 진행 중”이라고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "리카르도 알데이");
}

TEST_CASE("quotes found by their ending: 고도 했다, 이란 비난, 이란 입장인, a single-quoted proposal or cry") {
  std::vector<Quote> q = Quotes("이수진 위원장은 “당원 모두가 힘을 모아야 새 지도부가 선다”고도 했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "당원 모두가 힘을 모아야 새 지도부가 선다");
  CHECK(Quotes("정민호 부대변인은 상대 후보를 향해 “거짓 선동, 무책임한 막말”이란 비난을 쏟아냈다.").size() == 1);
  CHECK(Quotes("A사 측은 “곧 진실이 밝혀질 것”이란 입장인 것으로 전해졌다.").size() == 1);
  CHECK(Quotes("한 상인이 그의 재주를 눈여겨보고 '가게를 함께 열어보자'고 제안했다.").size() == 1);
  CHECK(Quotes("박지훈 후보는 지난 3일 '함께 만드는 미래! 모두의 나라!'라는 글을 남겼다.").size() == 1);
  // (a single-quoted term before 라는 is still no quote)
  CHECK(Quotes("두 선수는 '골든 콤비'라는 별명을 얻었다.").empty());
}

TEST_CASE("quotes found by their place: plain talk on its own line, a headline after an ellipsis, a clause on the topic") {
  std::vector<Quote> q = Quotes("“나도 봤어. 요즘엔 다들 운동에 관심이 많잖아.”\n셋 중에 운동을 하는 사람은 없었다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "나도 봤어. 요즘엔 다들 운동에 관심이 많잖아.");
  q = Quotes("열두 나라 연구 결과 학술지 발표…“희귀 질환 연구에 도움”\n개구리의 유전체를 연구진이 해독했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "희귀 질환 연구에 도움");
  q = Quotes("“결혼 발표를 앞두고 먼저 알리려 했는데, 뜻밖에 알려졌다”는 김서연은 두 사람의 사연도 들려줬다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김서연");
  // (a 는-clause on a noun that is no topic stays unquoted)
  CHECK(Quotes("“모두가 알고 있었다”는 사실이 드러났다.").empty());
}

TEST_CASE("a phrase with a particle inside indirect speech closed by a verb of saying is a quote; a title there is not") {
  std::vector<Quote> q = Quotes("김수현 국장은 협상이 “실질적인 진전”을 보이고 있어 안건을 내게 됐다고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "실질적인 진전");
  CHECK(Quotes("박정우 주필은 자신의 칼럼 “'옛날 장사' 아직도 하십니까.”에서 그 수치가 틀렸다고 말했다.").empty());
  CHECK(Quotes("방송사는 새 시즌인 \"바닷가 친구들 *\"이 곧 방영된다고 밝혔다.").empty());
}

TEST_CASE("a question or cry opening its paragraph is a quote though the lead is glued to it or starts with a number") {
  std::vector<Quote> q = Quotes("“이게 무슨 놈의 혁신이야?”지난 12일 국회에서 열린 토론회 도중 고성이 터져 나왔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "이게 무슨 놈의 혁신이야?");
  CHECK(Quotes("“할아버지!” 20여 년 만에 뵙는 조부는 많이 야위었다.").size() == 1);
  // (a name glued to its particle is no such cry)
  CHECK(Quotes("“한빛”은 이 마을의 옛 이름이다.").empty());
}

TEST_CASE("a quote with 라는 is speech when a verb of saying follows within three words; not with the 했 of any verb") {
  std::vector<Quote> q = Quotes("그러면서 민지는 \"친구가 거절하면 꼭 나에게 와서 고백한다\"라는 황당한 일화도 전했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "친구가 거절하면 꼭 나에게 와서 고백한다");
  CHECK(Quotes("두 사람은 \"별빛 산책\"이라는 작은 모임을 했다.").empty());
}

TEST_CASE("a noun of speech after the quote may be an instruction, an opinion or a wish, or follow a modifier") {
  std::vector<Quote> q = Quotes("상인들 사이에서는 “주차장부터 먼저 지어야 손님이 온다”는 의견이 많았다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "주차장부터 먼저 지어야 손님이 온다");
  CHECK(Quotes("박 감독은 “실수를 두려워하지 말고 과감하게 뛰어라”는 지시를 내렸다.").size() == 1);
  CHECK(Quotes("그는 “내년에도 같은 무대에 서고 싶다”는 소망을 드러냈다.").size() == 1);
  // (a modifier, 짧은, between 라는 and the noun of speech)
  q = Quotes("최씨는 누리집에 “모두에게 고마운 하루”라는 짧은 글을 올렸다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "모두에게 고마운 하루");
  CHECK(Quotes("최씨는 “모두의 하루”라는 짧은 영화를 찍었다.").empty());
}

}  // namespace
}  // namespace kosearch
