// Tests for FindAmounts / ParseAmount (src/extract/amounts.h) on sentences
// from the seed article, Korean Wikinews and the Korean-English news pairs.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/amounts.h"
#include "extract/korean_numbers.h"
#include "text/unicode_text.h"

namespace kosearch {
namespace {

std::vector<Amount> Find(const std::string& text) {
  std::u32string u = ToU32(text);
  return FindAmounts(u, u.size());
}

// The one amount in `text`; fails the test when there is not exactly one.
Amount Only(const std::string& text) {
  auto found = Find(text);
  REQUIRE_MESSAGE(found.size() == 1, text);
  return found[0];
}

TEST_CASE("seed article: 30억달러 and 5만장, nothing from 30년, 31일 or the footer") {
  std::ifstream in(std::string(KOSEARCH_TEST_CORPUS) + "/seed/000_b7eb001f9d02ddd5.txt");
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  std::u32string body = ToU32(ss.str());
  size_t footer = body.find(U"©");
  REQUIRE(footer != std::u32string::npos);
  auto found = FindAmounts(body, footer);
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "5만장");
  CHECK(found[0].value == 50000);
  CHECK(found[0].unit == "장");
  CHECK(ToUtf8(body.substr(found[0].start, found[0].end - found[0].start)) == "5만장");
  CHECK(found[1].text == "30억달러");
  CHECK(found[1].value == 3e9);
  CHECK(found[1].unit == "USD");
  // The footer's '5개국어' is past the limit; even before it, 개국어 is no count.
  CHECK(Find("©'5개국어 글로벌 경제신문' 아주경제.").empty());
}

TEST_CASE("Korean numerals mixed with digits") {
  Amount a = Only("세계 에서 가장 강력한 수퍼컴퓨터를 1년 동안이나 독점해 오던 정부의 연구학자들이 이 1억1천만 달러 짜리 경이로운 설비를 공개하며");
  CHECK(a.text == "1억1천만 달러");
  CHECK(a.value == doctest::Approx(1.1e8));
  CHECK(a.unit == "USD");

  auto found = Find("이는 2009년에 수립된 국제과학비즈니스벨트 특별종합계획에서 제안한 3조5천억원보다 1조7천억원 증액된 규모다.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].value == doctest::Approx(3.5e12));
  CHECK(found[0].unit == "KRW");
  CHECK(found[1].value == doctest::Approx(1.7e12));

  CHECK(Only("3조5000억원").value == doctest::Approx(3.5e12));
  CHECK(Only("1,000억원을 투자").value == doctest::Approx(1e11));
  CHECK(Only("25억6천100만원").value == doctest::Approx(2.561e9));
  CHECK(Only("2만7천여마리").value == 27000);
  CHECK(Only("에는 경찰과 소방대원 3,500여 명이 동원됐다").value == 3500);
  CHECK(Only("1억 2천500만 달러").value == doctest::Approx(1.25e8));
}

TEST_CASE("units: currencies, percent, percentage points, measures, counters") {
  CHECK(Only("30%").unit == "percent");
  CHECK(Only("지지율은 30퍼센트").unit == "percent");
  Amount p = Only("3.5%p 올랐다");
  CHECK(p.value == 3.5);
  CHECK(p.unit == "%p");
  CHECK(Only("100만 엔화").unit == "JPY");
  CHECK(Only("10억 위안").unit == "CNY");
  CHECK(Only("300억 덴마크 크로네").unit == "DKK");
  CHECK(Only("300억 크로네").unit == "NOK");
  CHECK(Only("5억 홍콩달러").unit == "HKD");
  CHECK(Only("500만 유로").unit == "EUR");
  CHECK(Only("$3 billion").value == 3e9);
  CHECK(Only("$3 billion").unit == "USD");
  CHECK(Only("3 billion dollars").value == 3e9);

  // Wikinews: "60만 톤", "51.5㎝", "5574평방미터".
  auto found = Find("36명이 사망하고, 수확을 앞둔 논 15만 7천 헥타르가 태풍의 영향 경로에 포함돼 쌀 생산량이 60만 톤 가량 줄어들 것으로 전망하였다.");
  REQUIRE(found.size() == 3);
  CHECK(found[0].unit == "명");
  CHECK(found[1].value == 157000);
  CHECK(found[1].unit == "ha");
  CHECK(found[2].value == 600000);
  CHECK(found[2].unit == "t");
  CHECK(Only("대관령 51.5㎝").unit == "cm");
  CHECK(Only("대서양이 보이는 5574평방미터 부지").unit == "m2");
  CHECK(Only("55.19km").unit == "km");
  CHECK(Only("64GB 모델").unit == "GB");

  CHECK(Only("2천명이 모였다").unit == "명");
  CHECK(Only("1.5배").value == 1.5);
  CHECK(Only("두 사람이").value == 2);
  CHECK(Only("한 번도").unit == "번");
  CHECK(Only("12척을").unit == "척");
}

TEST_CASE("a range takes the unit and magnitude of its second end") {
  auto found = Find("경기당 700만~1천500만원을 받는 등");
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "700만");
  CHECK(found[0].value == 7e6);
  CHECK(found[0].unit == "KRW");
  auto band = Find("20~100억원선으로");
  REQUIRE(band.size() == 2);
  CHECK(band[0].value == 2e9);
}

TEST_CASE("years, dates, times, ordinals and look-alikes are not amounts") {
  CHECK(Find("2008년 11월 4일").empty());
  CHECK(Find("정부가 30년 AI 글로벌 강국을 목표로").empty());
  CHECK(Find("이 대통령은 31일 오후").empty());
  CHECK(Find("오후 3시 30분").empty());
  CHECK(Find("버락 오바마 미국 제44대 대통령이 공식 취임하였다.").empty());
  CHECK(Find("제 3차 회의").empty());
  CHECK(Find("44번째 대통령").empty());
  CHECK(Find("30대 남성").empty());
  CHECK(Find("제츠가 타이탄스에 34 대 13으로 승리").empty());
  CHECK(Find("3분의 1").empty());
  CHECK(Find("3장관").empty());
  CHECK(Find("세대 간 갈등, 한편 한국은").empty());
  CHECK(Find("A4 용지와 F1 경주").empty());
  CHECK(Find("2024.1.5").empty());
  CHECK(Find("3개월 만에").empty());
  CHECK(Find("3주 만에").empty());
  CHECK(Find("21세기").empty());
}

TEST_CASE("limit: nothing at or after it") {
  std::u32string text = ToU32("5만장 그리고 30억달러");
  CHECK(FindAmounts(text, 4).size() == 1);
  CHECK(FindAmounts(text, 0).empty());
  CHECK(FindAmounts(text, 1000).size() == 2);
}

TEST_CASE("odd input is safe") {
  CHECK(Find("").empty());
  CHECK(Find("만만만만억억조조").empty());
  CHECK(Find("99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999원").empty());
  std::string junk = "\xff\xfe 3억\xc3 원 %%% ~~~ 1,2,3,4 .5. 3e 1e999";
  CHECK_NOTHROW(Find(junk));
}

TEST_CASE("ParseAmount: what a user types in a range") {
  double v = 0;
  std::string unit;
  REQUIRE(ParseAmount(U"10억달러", &v, &unit));
  CHECK(v == 1e9);
  CHECK(unit == "USD");
  REQUIRE(ParseAmount(U"1e9", &v, &unit));
  CHECK(v == 1e9);
  CHECK(unit.empty());
  REQUIRE(ParseAmount(U"1e10", &v, &unit));
  CHECK(v == 1e10);
  REQUIRE(ParseAmount(U"5만장", &v, &unit));
  CHECK(v == 50000);
  CHECK(unit == "장");
  REQUIRE(ParseAmount(U"10만", &v, &unit));
  CHECK(v == 100000);
  CHECK(unit.empty());
  REQUIRE(ParseAmount(U"30%", &v, &unit));
  CHECK(v == 30);
  CHECK(unit == "percent");
  REQUIRE(ParseAmount(U"3조5000억원", &v, &unit));
  CHECK(v == 3.5e12);
  CHECK(unit == "KRW");
  REQUIRE(ParseAmount(U" 10억 usd ", &v, &unit));
  CHECK(unit == "USD");
  REQUIRE(ParseAmount(U"3주", &v, &unit));  // a user's unit is taken at its word
  CHECK(unit == "주");

  CHECK_FALSE(ParseAmount(U"", &v, &unit));
  CHECK_FALSE(ParseAmount(U"abc", &v, &unit));
  CHECK_FALSE(ParseAmount(U"한", &v, &unit));
  CHECK_FALSE(ParseAmount(U"2030년", &v, &unit));
  CHECK_FALSE(ParseAmount(U"10억 달러 이상", &v, &unit));
}

TEST_CASE("numeral parser") {
  KoreanNumber n;
  std::u32string_view t = U"1억 2천500만 달러";
  REQUIRE(ParseSinoNumber(t, 0, true, false, &n));
  CHECK(n.value == 1.25e8);
  CHECK(n.end == 9);
  REQUIRE(ParseSinoNumber(t, 0, false, false, &n));
  CHECK(n.value == 1e8);  // without the space continuation
  REQUIRE(ParseNativeNumber(U"스물다섯 명", 0, &n));
  CHECK(n.value == 25);
  CHECK(n.end == 4);
  CHECK_FALSE(ParseSinoNumber(U"백두산", 0, false, false, &n));
  CHECK(FoldWidth(U'３') == U'3');
}

}  // namespace
}  // namespace kosearch
