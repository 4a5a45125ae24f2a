// An occupation or role written bare as the subject ("에이전트는",
// "점성술가는", "남자 중학생은", "고시원 주인은") is an unnamed role, never a
// person's name; a club the tagger's name list knows, written between a
// foreign name and a title ("베니테스 리버풀 감독") or before the name
// ("첼시 무리뉴 감독"), is her org, not part of the name (issue 13, eleventh
// session). A role noun of the lexicon as the topic speaks unnamed with no
// help from the tagger (issue 13, retrained model). Made-up sentences in the shapes
// Korean news uses.
#include <doctest/doctest.h>

#include <string>

#include "kosearch/extract.h"
#include "shared_extractor.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("an occupation noun as the subject is an unnamed role") {
  for (std::string text : {"그의 에이전트는 \"다음 주에 계약서에 서명한다\"고 말했다.",
                           "유명 점성술가는 \"올해 큰 변화가 온다\"고 말했다.",
                           "고시원 주인은 \"손님이 사흘째 나오지 않았다\"고 말했다.",
                           "한 남자 중학생은 \"어제 처음 봤다\"고 말했다.",
                           "베테랑 다이버는 \"물살이 너무 세다\"고 전했다."}) {
    CAPTURE(text);
    std::vector<Quote> q = Quotes(text);
    REQUIRE(q.size() == 1);
    CHECK(q[0].speaker.empty());
    CHECK(q[0].speaker_type == "role");
  }
  // A name with a title still speaks.
  std::vector<Quote> q = Quotes("김영호 감독은 \"협상은 끝났다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김영호");
}

TEST_CASE("a role noun of the lexicon as the topic speaks unnamed, whatever the tagger marks before it") {
  // The place before the role ("식당", "편의점") is no name the tagger
  // marks; the role table alone says who speaks.
  for (std::string text : {"동네 식당 주인은 \"요즘 손님이 절반으로 줄었다\"고 말했다.",
                           "편의점 주인은 \"밤에는 혼자 가게를 본다\"고 전했다."}) {
    CAPTURE(text);
    std::vector<Quote> q = Quotes(text);
    REQUIRE(q.size() == 1);
    CHECK(q[0].speaker.empty());
    CHECK(q[0].speaker_type == "role");
    CHECK(q[0].role == "주인");
  }
  // Kin is a role too, never a surname with 모 (부 + 모).
  for (std::string text : {"숨진 학생의 부모는 \"학교가 아무것도 알려주지 않았다\"고 말했다.",
                           "그래서 라시드의 부모는 이웃에게 \"아이를 찾아 달라\"고 한다."}) {
    CAPTURE(text);
    std::vector<Quote> q = Quotes(text);
    REQUIRE(q.size() == 1);
    CHECK(q[0].speaker.empty());
    CHECK(q[0].speaker_type == "role");
  }
}

TEST_CASE("a club the name list knows, between a foreign name and a title, is the org") {
  std::vector<Quote> q = Quotes("베니테스 리버풀 감독은 \"이적 시장을 지켜보고 있다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "베니테스");
  CHECK(q[0].org == "리버풀");
  // A two-word foreign name stays whole.
  q = Quotes("라파 베니테스 리버풀 감독은 \"보강도 필요하다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "라파 베니테스");
}

TEST_CASE("a club the name list knows, before a foreign name and her title, is the org") {
  std::vector<Quote> q = Quotes("첼시 무리뉴 감독은 \"아직 우승을 포기하지 않았다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "무리뉴");
  CHECK(q[0].org == "첼시");
  q = Quotes("한신 오카다 감독도 \"선발진이 아직 불안하다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "오카다");
  CHECK(q[0].org == "한신");
  q = Quotes("야쿠르트 다나카 투수코치도 \"투구 폼이 좋지 않다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "다나카");
  CHECK(q[0].org == "야쿠르트");
}

}  // namespace
}  // namespace kosearch
