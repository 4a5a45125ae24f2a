// Money amounts in the forms Korean news writes them (src/extract/amounts.h):
// mixed numerals across spaces, Hangul digits, sub-units, glued counters,
// ranges, and the look-alikes that must give no amount ("a wrong number is
// worse than none"). Sentences from the dev split of the amounts evaluation
// set (bench/amounts/README.md): Korean Wikinews (CC BY 2.5, Wikinews
// contributors), the Korean-English news pairs (CC BY-SA 3.0, Park, Hong &
// Cha 2016), KorQuAD 1.0 (CC BY-ND 2.0 KR, verbatim) and sentences written by
// its annotator; the last cases are written for this file in news style.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/amounts.h"
#include "text/unicode_text.h"

namespace kosearch {
namespace {

std::vector<Amount> Money(const std::string& sentence) {
  std::u32string u = ToU32(sentence);
  std::vector<Amount> money;
  for (Amount& a : FindAmounts(u, u.size())) {
    bool currency = a.unit.size() == 3 && std::all_of(a.unit.begin(), a.unit.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (currency) money.push_back(std::move(a));
  }
  return money;
}

struct Expected {
  const char* text;
  double value;
  const char* unit;
};

void CheckMoney(const std::string& sentence, std::vector<Expected> expected) {
  std::vector<Amount> found = Money(sentence);
  REQUIRE_MESSAGE(found.size() == expected.size(), sentence);
  std::u32string u = ToU32(sentence);
  for (size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(sentence);
    CHECK(found[i].text == expected[i].text);
    CHECK(found[i].value == doctest::Approx(expected[i].value).epsilon(1e-12));
    CHECK(found[i].unit == expected[i].unit);
    CHECK(ToUtf8(u.substr(found[i].start, found[i].end - found[i].start)) == found[i].text);
  }
}

TEST_CASE("mixed numerals: groups below 만/억 continue across spaces") {
  // The example: 12억 3천 was lost and 450만 달러 read alone.
  CheckMoney("한 글로벌 부품업체는 앞으로 5년간 국내 생산설비에 12억 3천 450만 달러를 투자하기로 했다고 밝혔다.",
             {{"12억 3천 450만 달러", 1234500000, "USD"}});
  CheckMoney("배심원단은 삼성전자가 애플에 10억 5천 185만 달러를 배상해야 하나, 애플은 삼성전자 측에 배상하지 않아도 된다고 판결하였다.",
             {{"10억 5천 185만 달러", 1051850000, "USD"}});
  CheckMoney("고액권이었던 오만원권 지폐의 위조가 늘어 총 금액으로는 전년 76.1백만원(7천 6백 10만원)과 유사한 수준인 "
             "76.6백만원(7천 6백 60만원)인 것으로 밝혀졌다.",
             {{"오만원", 50000, "KRW"},
              {"76.1백만원", 76100000, "KRW"},
              {"7천 6백 10만원", 76100000, "KRW"},
              {"76.6백만원", 76600000, "KRW"},
              {"7천 6백 60만원", 76600000, "KRW"}});
  CheckMoney("원고측이 승소하면서, 1인당 최대 450만 5172원까지 전기요금을 돌려받을 수 있을 것으로 보이지만, 한전 측은 판결문을 검토한 뒤 입장을 밝히겠다고 하였다.",
             {{"450만 5172원", 4505172, "KRW"}});
  // Literal reading: 500만 2015달러 is 5,002,015 dollars.
  CheckMoney("시즌 종료 후 그를 줄곧 지켜보던 MLB 스카우트들의 호응에 힘입어 12월 15일 메이저 리그 진출을 위해 포스팅 시스템을 실시했고, "
             "그 결과 피츠버그 파이리츠가 500만 2015달러를 제시하며 독점협상권을 가져왔다.",
             {{"500만 2015달러", 5002015, "USD"}});
  CheckMoney("정부는 내년도 예산안에 반도체 인력 양성 사업비로 1조2천억원을 반영했다.", {{"1조2천억원", 1.2e12, "KRW"}});
  CheckMoney("서울 시내 유명 냉면집의 물냉면 한 그릇 값은 2만5천원까지 올랐다.", {{"2만5천원", 25000, "KRW"}});
  CheckMoney("공모가는 희망 범위 상단인 주당 3만2천500원으로 확정됐다.", {{"3만2천500원", 32500, "KRW"}});
  CheckMoney("직접 생산규모가 약 4.2조원에 불과해 방사선 산업을 주력산업으로 육성하기에는 한계가 있다.", {{"4.2조원", 4.2e12, "KRW"}});
  CheckMoney("이러한 새로운 움직임은 Gordon and Betty Moore Foundation으로부터 5년간 9백만 달러의 기금을 지원 받게 되었고",
             {{"9백만 달러", 9e6, "USD"}});
}

TEST_CASE("여 inside a numeral stays in it") {
  CheckMoney("코레일은 지난 9일부터 23일까지 발생한 손해를 여객(KTX·새마을호·무궁화호)부문 53억 1천만원, 수도권 전철 12억 6천여만원, "
             "화물 부문 86억 3천만원 등 총 152억여 원으로 잠정 집계했으며, 이에 따라 노조에 제기한 손해배상 청구액을 기존 77억원에서 152억으로 증액 청구했다.",
             {{"53억 1천만원", 5.31e9, "KRW"},
              {"12억 6천여만원", 1.26e9, "KRW"},
              {"86억 3천만원", 8.63e9, "KRW"},
              {"152억여 원", 1.52e10, "KRW"},
              {"77억원", 7.7e9, "KRW"}});
  CheckMoney("올해 4억8500여만원이었던 민원전철 사업비는 내년에 반영되지 않을 가능성이 높다.", {{"4억8500여만원", 4.85e8, "KRW"}});
}

TEST_CASE("Hangul digits before a magnitude, only as money") {
  CheckMoney("그는 복권 당첨금 가운데 오백만 원을 지역 복지관에 기부했다.", {{"오백만 원", 5e6, "KRW"}});
  CheckMoney("그는 지인에게서 삼천만원을 빌려 동네에 작은 빵집을 열었다.", {{"삼천만원", 3e7, "KRW"}});
  // 이천 and 사천 are cities; 일이삼… without a currency are no amounts at all.
  CHECK(FindAmounts(U"이천시와 사천시는 오백만 그루의 나무를 심었다.", 100).empty());
}

TEST_CASE("sub-units: 센트, 펜스 and 원+전 in the main unit") {
  CheckMoney("천연가스 가격은 27.9센트 내린 1000큐빅피트 당 9.788달러로 4월 이후 처음으로 10달러 이하로 떨어졌다.",
             {{"27.9센트", 0.279, "USD"}, {"9.788달러", 9.788, "USD"}, {"10달러", 10, "USD"}});
  CheckMoney("런던 증시에서 이 회사 주가는 2펜스 오른 61펜스에 마감했다.", {{"2펜스", 0.02, "GBP"}, {"61펜스", 0.61, "GBP"}});
  CheckMoney("1970년 라면 한 봉지 값은 3원50전이었다.", {{"3원50전", 3.5, "KRW"}});
  CheckMoney("1960년대 서울 시내버스 요금은 50전이었다.", {{"50전", 0.5, "KRW"}});
  // 전 as a bout, or "before", is no money.
  CHECK(Money("대표팀은 3전 전승으로 결승에 올랐고 5년 전 대회에서는 2전 1승이었다.").empty());
  CHECK(Money("그는 4전5기 끝에 챔피언에 올랐고 통산 10전 10승을 기록했다. 결승은 7전 4선승제다.").empty());
}

TEST_CASE("counters and bands glued to the currency are left out of the span") {
  CheckMoney("이 회사는 올해 5천억원대 매출을 올릴 것으로 보인다.", {{"5천억원", 5e11, "KRW"}});
  CheckMoney("축제 기간 지역 농산물 100억원어치가 팔렸다.", {{"100억원", 1e10, "KRW"}});
  CheckMoney("위조된 5만원권 지폐가 발견됐다.", {{"5만원", 5e4, "KRW"}});
  CheckMoney("노르트슐라이페 티켓 가격은 1랩에 26유로 4랩에 95유로이며, 연간 회원권은 1445유로다.",
             {{"26유로", 26, "EUR"}, {"95유로", 95, "EUR"}, {"1445유로", 1445, "EUR"}});
  CheckMoney("노벨화학상 수상자 세 사람은 800만스웨덴크로나(약 10억3900만원)의 상금을 똑같이 나눠 갖는다",
             {{"800만스웨덴크로나", 8e6, "SEK"}, {"10억3900만원", 1.039e9, "KRW"}});
}

TEST_CASE("ranges: the left end takes the unit of the right") {
  CheckMoney("업계는 신규 물류센터 한 곳의 건설비를 10억~20억 원으로 추산하고 있다.",
             {{"10억", 1e9, "KRW"}, {"20억 원", 2e9, "KRW"}});
  CheckMoney("가격은 20~100억원선으로 추산된다고 밝혔다.", {{"20", 2e9, "KRW"}, {"100억원", 1e10, "KRW"}});
  CheckMoney("1~2만원 정도 소정의 수수료를 들여 반려견에게 고유번호가 부여된다.", {{"1", 1e4, "KRW"}, {"2만원", 2e4, "KRW"}});
  CheckMoney("우리나라 전체 과일 소비시장은 2019년 12월 말 기준 12~13조 원대로 조사됐다.",
             {{"12", 1.2e13, "KRW"}, {"13조 원", 1.3e13, "KRW"}});
  CheckMoney("신규 공장 건설비는 3천억 ~ 5천억 원으로 예상된다.", {{"3천억", 3e11, "KRW"}, {"5천억 원", 5e11, "KRW"}});
  CheckMoney("매물 가격은 10억에서 20억원까지 다양하다.", {{"10억", 1e9, "KRW"}, {"20억원", 2e9, "KRW"}});
  // 에서 without 까지 is no range: 10억 keeps no currency.
  CheckMoney("매출은 10억에서 시작해 올해 20억원이 됐다.", {{"20억원", 2e9, "KRW"}});
}

TEST_CASE("currency written first: symbols and ISO codes") {
  CheckMoney("두 회사가 맺은 수출 계약 금액은 USD 2,500만(약 330억 원)에 이른다.",
             {{"USD 2,500만", 2.5e7, "USD"}, {"330억 원", 3.3e10, "KRW"}});
  CheckMoney("이번에 발행된 녹색채권은 KRW 500억 규모로, 전액 재생에너지 사업에 쓰인다.", {{"KRW 500억", 5e10, "KRW"}});
  CheckMoney("신형 노트북의 미국 출고가는 $1,299로 책정됐다.", {{"$1,299", 1299, "USD"}});
  CheckMoney("이 스타트업은 시리즈 A에서 $9M을 유치했다.", {{"$9M", 9e6, "USD"}});
  // Letters scale only after a symbol; USDA is an agency.
  CHECK(Money("그는 100M 달리기와 USDA 인증 소고기로 유명하다.").empty());
}

TEST_CASE("the currency a word means in its context") {
  // Nobel prize money is in Swedish kronor, however the article spells it.
  CheckMoney("올해 노벨 문학상 상금은 800만 크로네다.", {{"800만 크로네", 8e6, "SEK"}});
  CheckMoney("노르웨이 국부펀드는 300억 크로네를 추가로 투자했다.", {{"300억 크로네", 3e10, "NOK"}});
  // "100위안에 들다" is "100위 안에 들다", a rank.
  CHECK(Money("이 대학은 세계 100위안에 든 유일한 국내 대학이다.").empty());
  CheckMoney("그는 시장에서 이 물건을 100위안에 샀다.", {{"100위안", 100, "CNY"}});
}

TEST_CASE("no amount rather than a wrong one") {
  // Vague amounts, amounts without a currency, years, people and percentages.
  CHECK(Money("자료 보안에 대한 세계 시장이 커져 감에따라 시장 규모는 수천억 달러가 될 것이라고 스티븐 워커는 말한다.").empty());
  CHECK(Money("이 사건으로 수억원의 피해가 났고 774억의 뇌물이 오갔다.").empty());
  CHECK(Money("그러나, 우주의 진화에 관한 현대 모형은 겨우 빅뱅 30억 년 후에 일어난 그런 구조의 형성을 인정하지 않는다.").empty());
  CHECK(Money("세레비를 배포한 첫 공식 행사는 2000년 일본에서 개최한 닌텐도 스페이스 월드로, 100,000명의 참가자가 포켓몬을 수령했다.").empty());
  CHECK(Money("일본 증시의 경우 니케이 225지수가 2% 떨어지며 1만2750.10을 기록했다.").empty());
  CHECK(Money("사고가 난 후쿠시마 제1 원전 1호기 주변에서는 이미 방사능이 검출된 데다 노심 용해까지 우려되는 상황이었다.").empty());
  // A smaller group after a space must really be smaller: 5천 then 5000원.
  CheckMoney("입장료는 5천 5000원으로 올랐다.", {{"5000원", 5000, "KRW"}});
  // A year after an amount is not part of it: 2억 alone has no currency.
  CHECK(Money("예산 2억 2019년 편성분은 집행되지 않았다.").empty());
}

TEST_CASE("a user's amount: query takes the same forms") {
  double value = 0;
  std::string unit;
  REQUIRE(ParseAmount(U"12억 3천 450만 달러", &value, &unit));
  CHECK(value == doctest::Approx(1234500000));
  CHECK(unit == "USD");
  REQUIRE(ParseAmount(U"오백만원", &value, &unit));
  CHECK(value == doctest::Approx(5e6));
  CHECK(unit == "KRW");
  REQUIRE(ParseAmount(U"61센트", &value, &unit));
  CHECK(value == doctest::Approx(0.61));
  CHECK(unit == "USD");
}

}  // namespace
}  // namespace kosearch
