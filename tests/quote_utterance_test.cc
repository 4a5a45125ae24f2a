// Quotes found by their own words (issue 13, quotes found): quoted words
// that read as someone talking — polite, asking, pleading, promising, cut
// off — are speech before a noun they fill (`"…해 주세요"라는 현수막`)
// and as a headline's statement glued to its lead or set off on its line,
// whatever noun or word follows; a plain statement of a finding and a
// title or a term of nouns stay no quote. Made-up sentences.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/quote_marks.h"
#include "kosearch/extract.h"
#include "shared_extractor.h"
#include "text/unicode_text.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("quoted words that plead, promise, ask or are polite read as talk; a finding or a term does not") {
  CHECK(UtteranceShaped(U"둘째도 꼭 여기서 키우고 싶다"));
  CHECK(UtteranceShaped(U"동네 도서관을 다시 열어 달라"));
  CHECK(UtteranceShaped(U"지역 청년 일자리 만들 것"));
  CHECK(UtteranceShaped(U"다음 주까지 답을 주세요~"));
  CHECK(UtteranceShaped(U"이번에는 꼭 이길 수 있을까?"));
  CHECK(UtteranceShaped(U"올해는 정말 쉬고 싶어요!(I need a rest!)"));
  CHECK_FALSE(UtteranceShaped(U"꿀벌이 사람보다 길을 잘 찾는다"));
  CHECK_FALSE(UtteranceShaped(U"한강의 기적"));
  CHECK_FALSE(UtteranceShaped(U"고마워요"));  // one word: a title as often as talk
}

TEST_CASE("talk in quotes before a noun it fills is speech of the sentence's subject") {
  std::vector<Quote> q = Quotes("박정우 구청장은 “시장 골목을 주차장으로 바꾸지 않겠다”는 방침을 거듭 확인했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "시장 골목을 주차장으로 바꾸지 않겠다");
  CHECK(q[0].speaker == "박정우");
  q = Quotes("마을 주민들은 \"다리를 다시 놓아 주세요\"라는 현수막을 내걸었다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "다리를 다시 놓아 주세요");
  // A finding in quotes before a noun is no one's speech.
  CHECK(Quotes("연구진은 “꿀벌이 사람보다 길을 잘 찾는다”는 결과를 얻었다.").empty());
  // Nor a question the subject was asked, nor a title.
  q = Quotes("김 감독은 “언제 돌아올 거냐”는 질문을 받았다.");
  CHECK(q.empty());
  // (the reporters' question is still a quote, put by no one the article names)
  q = Quotes("오 장관은 \"이번 대책에 점수를 준다면 몇 점이냐\"는 기자들 질문에 한참 답을 미뤘다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "이번 대책에 점수를 준다면 몇 점이냐");
  CHECK(q[0].speaker.empty());
  // Nor words put to the subject, who answers after them.
  q = Quotes("한지수 대변인은 \"이번 발표를 어떻게 보는지 평가해 달라\"는 요청에 \"답할 가치가 없다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "답할 가치가 없다");
  CHECK(Quotes("학생회관 게시판에는 \"우리는 혼자가 아닙니다\"는 제목의 대자보가 붙었다.").empty());
}

TEST_CASE("words put to the subject, or turned down by her, before the noun they fill are not her speech") {
  // A demand the subject refused, a policy she turned down: someone else's words.
  CHECK(Quotes("박민호 장관은 \"예산을 두 배로 늘려 달라\"는 노조의 요구를 거부했다.").empty());
  CHECK(Quotes("한경수 위원장은 \"임금을 모두 동결하겠다\"는 방침을 거부했다.").empty());
  // A demand she makes, with a verb of saying after the noun, stays hers.
  std::vector<Quote> q = Quotes("최윤서 시장은 \"버스 노선을 다시 짜 달라\"는 요구를 했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "버스 노선을 다시 짜 달라");
  CHECK(q[0].speaker == "최윤서");
}

TEST_CASE("a quoted noun phrase ending like talk (필요, 인가) is no headline statement") {
  CHECK_FALSE(UtteranceShaped(U"노후 교량 보강 대책 마련 필요"));
  CHECK_FALSE(UtteranceShaped(U"분교 설립 인가"));
  CHECK(UtteranceShaped(U"이게 정말 사실인가"));
  CHECK(UtteranceShaped(U"지금 당장 도움이 필요해요"));
  CHECK(UtteranceShaped(U"끝까지 최선을 다하겠습니다"));
  CHECK_FALSE(UtteranceShaped(U"그것은 사실이 아니다"));
  CHECK(Quotes("\"노후 교량 보강 대책 마련 필요\" 국토부 점검 결과 발표").empty());
  CHECK(Quotes("\"분교 설립 인가\" 교육청 발표에 주민들 환영").empty());
}

TEST_CASE("talk in quotes as a headline's statement glued to its lead or set off on its line is speech") {
  std::vector<Quote> q = Quotes("수영 대회 첫날 공동선두“남은 경기도 최선 다할 것”3년 차 한지우가 5타를 줄였다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "남은 경기도 최선 다할 것");
  q = Quotes("“학교 앞 횡단보도 꼭 만들어 달라” 눈물 흘린 학부모들");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "학교 앞 횡단보도 꼭 만들어 달라");
  CHECK(q[0].speaker.empty());
  // The person named right before such a statement says it; not one spoken to.
  q = Quotes("가요제 무대 출연, 한지민 “다음 무대도 꼭 보여드리겠다”배우 한지민이 지난 주말 무대에 올랐다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "한지민");
  q = Quotes("가요제 무대 출연, 한지민에 “다음 무대도 꼭 보여달라”배우 한지민이 지난 주말 무대에 올랐다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  // A title in its sentence, not set off before, is no statement.
  CHECK(Quotes("극단 단원들은 연극 “우리 집에 왜 왔니?” 공연을 마쳤다.").empty());
}

TEST_CASE("a plain statement as a headline's, glued to its lead or between quotes, is speech; single marks stay titles") {
  std::vector<Quote> q = Quotes("배우 김서진 수상, \"함께한 동료들 모두 고맙다\"배우 김서진이 신인상을 받았다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "함께한 동료들 모두 고맙다");
  CHECK(q[0].speaker == "김서진");
  q = Quotes("화물선 좌초, “배가 기울고 있다”해경 경비함 급파");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "배가 기울고 있다");
  CHECK(q[0].speaker.empty());  // not the 해경 of the lead
  // Talk set off before a quote in single marks (`"…다니냐?" '챙김'`).
  q = Quotes("훈련 재개한 대표팀 주장, 막내에 \"밥은 먹고 다니냐?\" '챙김'");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "밥은 먹고 다니냐?");
  // Nor one of a list of titles, set off by commas.
  CHECK(Quotes("동아리 회원들과 함께 \"봄날 일기\", \"달빛 식당\", \"바다로 간 고양이\", \"골목에 꽃이 피었습니다\", "
               "\"마지막 열차\" 등 짧은 영상을 만들어 올렸다.")
            .empty());
  // A plain statement followed by a space is as often a title in its sentence.
  CHECK(Quotes("극단 단원들은 연극 “우리 동네에 봄이 온다” 공연을 마쳤다.").empty());
  // In single marks, a headline's own slogan or question is no one's speech.
  CHECK(Quotes("프로야구 개막, 구단의 특명 ‘신인 투수 기를 살려라!’").empty());
  CHECK(Quotes("새 전망대 개장…‘안전 점검은 끝났나?’").empty());
}

TEST_CASE("a plain statement glued to a noun is a headline's only on the article's first line") {
  std::u32string headline = ToU32("규제 완화 논란, \"규제를 더 풀어야 한다\"정부 방침은 그대로");
  std::vector<QuotePair> pairs = PairDoubleMarks(headline, headline.size());
  REQUIRE(pairs.size() == 1);
  CHECK(PlainStatementInHeadline(headline, headline.size(), pairs[0]));
  // In the body a quote glued to a noun is a typo, not a headline's lead.
  std::u32string body = ToU32("정부 발표 뒤 시장이 술렁였다.\n그는 \"규제를 더 풀어야 한다\"정부 방침은 그대로였다.");
  pairs = PairDoubleMarks(body, body.size());
  REQUIRE(pairs.size() == 1);
  CHECK_FALSE(PlainStatementInHeadline(body, body.size(), pairs[0]));
}

TEST_CASE("talk before a quote in straight single marks is a headline's; before an apostrophe it is not") {
  std::u32string quoted = ToU32("선수 복귀 무대, 동료에게 \"그때 기억나요?\" '우승 반지'");
  std::vector<QuotePair> pairs = PairDoubleMarks(quoted, quoted.size());
  REQUIRE(pairs.size() == 1);
  CHECK(UtteranceInHeadline(quoted, quoted.size(), pairs[0]));
  // ('97년: an apostrophe that no ' closes on the line)
  std::u32string year = ToU32("선수 복귀 무대, 동료에게 \"그때 기억나요?\" '97년 우승 이야기");
  pairs = PairDoubleMarks(year, year.size());
  REQUIRE(pairs.size() == 1);
  CHECK_FALSE(UtteranceInHeadline(year, year.size(), pairs[0]));
}

}  // namespace
}  // namespace kosearch
