// Amounts (see amounts.h): a numeral, then a unit from the table below, then
// checks that reject what only looks like an amount (dates, ordinals, words
// that merely start with a counter).
//
// The unit table lives in code rather than in schema/ because the checks
// around each unit (age brackets for 대, weeks vs shares for 주) are code too.
#include "extract/amounts.h"

#include <algorithm>
#include <cmath>

#include "extract/korean_numbers.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

enum class Kind { kMoney, kPercent, kPoint, kMeasure, kCounter, kReject };

struct UnitEntry {
  std::u32string_view surface;
  const char* unit;
  Kind kind;
  double scale = 1;  // sub-units: 61센트 is 0.61 USD
};

// Longest match wins, so "개월" (reject) beats "개" and "차례" beats "차".
// Reject entries stop a numeral from being an amount at all: dates, times,
// durations, ranks and ordinals.
constexpr UnitEntry kUnits[] = {
    // Money. 화 ("달러화") is the currency-as-noun suffix.
    {U"원", "KRW", Kind::kMoney}, {U"원화", "KRW", Kind::kMoney}, {U"₩", "KRW", Kind::kMoney},
    {U"달러", "USD", Kind::kMoney}, {U"달러화", "USD", Kind::kMoney}, {U"불", "USD", Kind::kMoney},
    {U"미국 달러", "USD", Kind::kMoney}, {U"미국달러", "USD", Kind::kMoney}, {U"미 달러", "USD", Kind::kMoney},
    {U"홍콩달러", "HKD", Kind::kMoney}, {U"홍콩 달러", "HKD", Kind::kMoney},
    {U"호주달러", "AUD", Kind::kMoney}, {U"호주 달러", "AUD", Kind::kMoney},
    {U"캐나다달러", "CAD", Kind::kMoney}, {U"캐나다 달러", "CAD", Kind::kMoney},
    {U"싱가포르달러", "SGD", Kind::kMoney}, {U"싱가포르 달러", "SGD", Kind::kMoney},
    {U"대만달러", "TWD", Kind::kMoney}, {U"대만 달러", "TWD", Kind::kMoney},
    {U"뉴질랜드달러", "NZD", Kind::kMoney}, {U"뉴질랜드 달러", "NZD", Kind::kMoney},
    {U"유로", "EUR", Kind::kMoney}, {U"유로화", "EUR", Kind::kMoney},
    {U"엔", "JPY", Kind::kMoney}, {U"엔화", "JPY", Kind::kMoney}, {U"円", "JPY", Kind::kMoney},
    {U"위안", "CNY", Kind::kMoney}, {U"위안화", "CNY", Kind::kMoney}, {U"元", "CNY", Kind::kMoney},
    {U"파운드", "GBP", Kind::kMoney}, {U"파운드화", "GBP", Kind::kMoney},
    // 크로네 alone is taken as Norway's; a country word right before it decides.
    {U"크로네", "NOK", Kind::kMoney}, {U"노르웨이 크로네", "NOK", Kind::kMoney},
    {U"덴마크 크로네", "DKK", Kind::kMoney}, {U"덴마크크로네", "DKK", Kind::kMoney},
    {U"크로나", "SEK", Kind::kMoney}, {U"스웨덴 크로나", "SEK", Kind::kMoney}, {U"스웨덴 크로네", "SEK", Kind::kMoney},
    {U"루블", "RUB", Kind::kMoney}, {U"루블화", "RUB", Kind::kMoney}, {U"루피", "INR", Kind::kMoney},
    {U"루피아", "IDR", Kind::kMoney}, {U"프랑", "CHF", Kind::kMoney}, {U"스위스프랑", "CHF", Kind::kMoney},
    {U"페소", "MXN", Kind::kMoney}, {U"필리핀 페소", "PHP", Kind::kMoney}, {U"아르헨티나 페소", "ARS", Kind::kMoney},
    {U"바트", "THB", Kind::kMoney}, {U"링깃", "MYR", Kind::kMoney}, {U"리라", "TRY", Kind::kMoney},
    {U"헤알", "BRL", Kind::kMoney}, {U"레알", "BRL", Kind::kMoney}, {U"랜드", "ZAR", Kind::kMoney},
    {U"리얄", "SAR", Kind::kMoney}, {U"디르함", "AED", Kind::kMoney}, {U"즈워티", "PLN", Kind::kMoney},
    {U"USD", "USD", Kind::kMoney}, {U"KRW", "KRW", Kind::kMoney}, {U"EUR", "EUR", Kind::kMoney},
    {U"JPY", "JPY", Kind::kMoney}, {U"CNY", "CNY", Kind::kMoney}, {U"GBP", "GBP", Kind::kMoney},
    {U"dollars", "USD", Kind::kMoney}, {U"dollar", "USD", Kind::kMoney}, {U"won", "KRW", Kind::kMoney},
    {U"euros", "EUR", Kind::kMoney}, {U"yen", "JPY", Kind::kMoney}, {U"yuan", "CNY", Kind::kMoney},
    {U"pounds", "GBP", Kind::kMoney}, {U"스웨덴크로나", "SEK", Kind::kMoney},
    // Sub-units, in the main unit. 전 (1/100 원) is also a bout ("3전 전승",
    // "4전5기"): JeonOk decides.
    {U"센트", "USD", Kind::kMoney, 0.01}, {U"펜스", "GBP", Kind::kMoney, 0.01}, {U"페니", "GBP", Kind::kMoney, 0.01},
    {U"전", "KRW", Kind::kMoney, 0.01},
    // Percentages and percentage points.
    {U"%", "percent", Kind::kPercent}, {U"퍼센트", "percent", Kind::kPercent}, {U"프로", "percent", Kind::kPercent},
    {U"percent", "percent", Kind::kPercent}, {U"per cent", "percent", Kind::kPercent},
    {U"%p", "%p", Kind::kPercent}, {U"%P", "%p", Kind::kPercent}, {U"%포인트", "%p", Kind::kPercent},
    {U"% 포인트", "%p", Kind::kPercent}, {U"퍼센트포인트", "%p", Kind::kPercent},
    {U"퍼센트 포인트", "%p", Kind::kPercent}, {U"포인트", "포인트", Kind::kPoint},
    // Measures, as SI-style symbols.
    {U"km", "km", Kind::kMeasure}, {U"㎞", "km", Kind::kMeasure}, {U"킬로미터", "km", Kind::kMeasure},
    {U"m", "m", Kind::kMeasure}, {U"미터", "m", Kind::kMeasure},
    {U"cm", "cm", Kind::kMeasure}, {U"㎝", "cm", Kind::kMeasure}, {U"센티미터", "cm", Kind::kMeasure},
    {U"mm", "mm", Kind::kMeasure}, {U"㎜", "mm", Kind::kMeasure}, {U"밀리미터", "mm", Kind::kMeasure},
    {U"km2", "km2", Kind::kMeasure}, {U"km²", "km2", Kind::kMeasure}, {U"㎢", "km2", Kind::kMeasure},
    {U"제곱킬로미터", "km2", Kind::kMeasure}, {U"평방킬로미터", "km2", Kind::kMeasure},
    {U"m2", "m2", Kind::kMeasure}, {U"m²", "m2", Kind::kMeasure}, {U"㎡", "m2", Kind::kMeasure},
    {U"제곱미터", "m2", Kind::kMeasure}, {U"평방미터", "m2", Kind::kMeasure},
    {U"m3", "m3", Kind::kMeasure}, {U"㎥", "m3", Kind::kMeasure}, {U"세제곱미터", "m3", Kind::kMeasure},
    {U"kg", "kg", Kind::kMeasure}, {U"㎏", "kg", Kind::kMeasure}, {U"킬로그램", "kg", Kind::kMeasure},
    {U"g", "g", Kind::kMeasure}, {U"그램", "g", Kind::kMeasure}, {U"mg", "mg", Kind::kMeasure},
    {U"㎎", "mg", Kind::kMeasure}, {U"밀리그램", "mg", Kind::kMeasure},
    {U"톤", "t", Kind::kMeasure}, {U"L", "L", Kind::kMeasure}, {U"ℓ", "L", Kind::kMeasure},
    {U"리터", "L", Kind::kMeasure}, {U"ml", "mL", Kind::kMeasure}, {U"mL", "mL", Kind::kMeasure},
    {U"㎖", "mL", Kind::kMeasure}, {U"밀리리터", "mL", Kind::kMeasure}, {U"cc", "cc", Kind::kMeasure},
    {U"ha", "ha", Kind::kMeasure}, {U"㏊", "ha", Kind::kMeasure}, {U"헥타르", "ha", Kind::kMeasure},
    {U"GB", "GB", Kind::kMeasure}, {U"기가바이트", "GB", Kind::kMeasure}, {U"TB", "TB", Kind::kMeasure},
    {U"테라바이트", "TB", Kind::kMeasure}, {U"MB", "MB", Kind::kMeasure}, {U"메가바이트", "MB", Kind::kMeasure},
    {U"KB", "KB", Kind::kMeasure}, {U"PB", "PB", Kind::kMeasure},
    {U"kW", "kW", Kind::kMeasure}, {U"㎾", "kW", Kind::kMeasure}, {U"킬로와트", "kW", Kind::kMeasure},
    {U"MW", "MW", Kind::kMeasure}, {U"㎿", "MW", Kind::kMeasure}, {U"메가와트", "MW", Kind::kMeasure},
    {U"GW", "GW", Kind::kMeasure}, {U"기가와트", "GW", Kind::kMeasure}, {U"kWh", "kWh", Kind::kMeasure},
    {U"MWh", "MWh", Kind::kMeasure}, {U"GWh", "GWh", Kind::kMeasure}, {U"TWh", "TWh", Kind::kMeasure},
    {U"℃", "°C", Kind::kMeasure}, {U"°C", "°C", Kind::kMeasure}, {U"마일", "mi", Kind::kMeasure},
    {U"피트", "ft", Kind::kMeasure}, {U"인치", "in", Kind::kMeasure}, {U"야드", "yd", Kind::kMeasure},
    {U"배럴", "bbl", Kind::kMeasure}, {U"온스", "oz", Kind::kMeasure}, {U"평", "평", Kind::kMeasure},
    // Counters: the unit is the counter word itself.
    {U"명", "명", Kind::kCounter}, {U"사람", "명", Kind::kCounter}, {U"대", "대", Kind::kCounter},
    {U"개", "개", Kind::kCounter}, {U"개국", "개국", Kind::kCounter}, {U"개사", "개사", Kind::kCounter},
    {U"개소", "개소", Kind::kCounter}, {U"개교", "개교", Kind::kCounter}, {U"개비", "개비", Kind::kCounter},
    {U"개팀", "개팀", Kind::kCounter}, {U"장", "장", Kind::kCounter}, {U"건", "건", Kind::kCounter},
    {U"표", "표", Kind::kCounter}, {U"척", "척", Kind::kCounter}, {U"곳", "곳", Kind::kCounter},
    {U"가구", "가구", Kind::kCounter}, {U"채", "채", Kind::kCounter}, {U"마리", "마리", Kind::kCounter},
    {U"권", "권", Kind::kCounter}, {U"편", "편", Kind::kCounter}, {U"회", "회", Kind::kCounter},
    {U"차례", "차례", Kind::kCounter}, {U"석", "석", Kind::kCounter}, {U"주", "주", Kind::kCounter},
    {U"배", "배", Kind::kCounter}, {U"점", "점", Kind::kCounter}, {U"가지", "가지", Kind::kCounter},
    {U"번", "번", Kind::kCounter}, {U"세", "세", Kind::kCounter}, {U"살", "살", Kind::kCounter},
    {U"층", "층", Kind::kCounter}, {U"쌍", "쌍", Kind::kCounter}, {U"벌", "벌", Kind::kCounter},
    {U"켤레", "켤레", Kind::kCounter}, {U"그루", "그루", Kind::kCounter}, {U"송이", "송이", Kind::kCounter},
    {U"잔", "잔", Kind::kCounter}, {U"병", "병", Kind::kCounter}, {U"부", "부", Kind::kCounter},
    {U"세대", "세대", Kind::kCounter}, {U"곡", "곡", Kind::kCounter}, {U"골", "골", Kind::kCounter},
    {U"승", "승", Kind::kCounter}, {U"패", "패", Kind::kCounter}, {U"안타", "안타", Kind::kCounter},
    {U"경기", "경기", Kind::kCounter}, {U"홈런", "홈런", Kind::kCounter}, {U"타점", "타점", Kind::kCounter},
    {U"득점", "득점", Kind::kCounter}, {U"인", "인", Kind::kCounter}, {U"인분", "인분", Kind::kCounter},
    {U"인승", "인승", Kind::kCounter}, {U"종", "종", Kind::kCounter}, {U"발", "발", Kind::kCounter},
    {U"량", "량", Kind::kCounter}, {U"팀", "팀", Kind::kCounter}, {U"필지", "필지", Kind::kCounter},
    {U"단체", "단체", Kind::kCounter}, {U"개체", "개체", Kind::kCounter},
    // Not amounts.
    {U"년", "", Kind::kReject}, {U"년도", "", Kind::kReject}, {U"년대", "", Kind::kReject},
    {U"월", "", Kind::kReject}, {U"일", "", Kind::kReject}, {U"시", "", Kind::kReject},
    {U"시간", "", Kind::kReject}, {U"분", "", Kind::kReject}, {U"초", "", Kind::kReject},
    {U"개월", "", Kind::kReject}, {U"개년", "", Kind::kReject}, {U"주일", "", Kind::kReject},
    {U"주년", "", Kind::kReject}, {U"주기", "", Kind::kReject}, {U"세기", "", Kind::kReject},
    {U"박", "", Kind::kReject}, {U"달", "", Kind::kReject}, {U"번째", "", Kind::kReject},
    {U"째", "", Kind::kReject}, {U"위", "", Kind::kReject}, {U"등", "", Kind::kReject},
    {U"등급", "", Kind::kReject}, {U"차", "", Kind::kReject}, {U"호", "", Kind::kReject},
    {U"강", "", Kind::kReject}, {U"기", "", Kind::kReject}, {U"학년", "", Kind::kReject},
    {U"개국어", "", Kind::kReject}, {U"대째", "", Kind::kReject}, {U"인조", "", Kind::kReject},
};

// Counters a native numeral may take ("두 명", "한 번"); other units need digits.
constexpr std::u32string_view kNativeCounters[] = {
    U"명", U"사람", U"개", U"번", U"차례", U"가지", U"대", U"마리", U"권", U"채", U"척", U"곳",
    U"건", U"장", U"잔", U"병", U"살", U"그루", U"송이", U"켤레", U"쌍", U"벌", U"편", U"골", U"배",
};

// Native numeral + counter written together that are ordinary words.
constexpr std::u32string_view kNativeFalseFriends[] = {U"세대", U"한편", U"열대", U"열병", U"한대", U"네개",
                                                       U"두건", U"세배", U"한배", U"세장", U"두골"};

struct ScaleWord {
  std::u32string_view word;
  double scale;
  bool after_symbol_only = false;  // "$9M"; alone, "100M" is a race
};
constexpr ScaleWord kScaleWords[] = {{U"thousand", 1e3}, {U"million", 1e6}, {U"billion", 1e9},
                                     {U"trillion", 1e12}, {U"mn", 1e6},     {U"bn", 1e9},
                                     {U"K", 1e3, true},   {U"M", 1e6, true}, {U"B", 1e9, true}};

struct PrefixSymbol {
  std::u32string_view symbol;
  const char* unit;
};
constexpr PrefixSymbol kPrefixSymbols[] = {{U"US$", "USD"}, {U"HK$", "HKD"}, {U"A$", "AUD"}, {U"C$", "CAD"},
                                           {U"S$", "SGD"},  {U"$", "USD"},   {U"€", "EUR"},  {U"£", "GBP"},
                                           {U"¥", "JPY"},   {U"₩", "KRW"},   {U"￦", "KRW"}};

// What may follow a Korean unit inside the same word: particles and the
// usual words of approximation. Anything else means the unit was really the
// start of another word ("3장관", "5개국어").
constexpr std::u32string_view kParticles[] = {
    U"이", U"가", U"을", U"를", U"은", U"는", U"의", U"에", U"와", U"과", U"도", U"만", U"로",
    U"으로", U"씩", U"까지", U"부터", U"나", U"며", U"였", U"인", U"라", U"쯤", U"정도",
    U"당", U"여", U"께", U"뿐", U"넘", U"중", U"요", U"면", U"꼴", U"선", U"차", U"분", U"란",
    U"들", U"안팎", U"남짓", U"미만", U"초과", U"내외", U"처럼", U"마다", U"보다", U"밖에", U"짜리",
    U"어치", U"규모", U"수준", U"상당", U"가량", U"이상", U"이하", U"이내", U"전후", U"돌파",
    U"증가", U"감소", U"한테", U"지만", U"에서", U"랑", U"쯤", U"다",
};

char32_t Fold(std::u32string_view t, size_t i) { return i < t.size() ? FoldWidth(t[i]) : 0; }

bool StartsWith(std::u32string_view text, size_t pos, std::u32string_view word) {
  if (pos > text.size() || text.size() - pos < word.size()) return false;
  for (size_t k = 0; k < word.size(); ++k)
    if (FoldWidth(text[pos + k]) != word[k]) return false;
  return true;
}

bool IsLatinOrDigit(char32_t c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }

// True when text[pos] can follow a unit: end of word or a particle.
bool UnitBoundaryOk(std::u32string_view text, size_t pos, const UnitEntry& unit) {
  std::u32string_view surface = unit.surface;
  char32_t last = surface.back();
  char32_t next = Fold(text, pos);
  if (IsAsciiAlpha(last)) return !IsLatinOrDigit(next);
  if (!IsHangulSyllable(last) || !IsHangulSyllable(next)) return true;
  // "30억원대" is a price band, "5만원권" a banknote and "100억원경" about
  // that; "3세대" is not "3세" + 대.
  if (next == U'대' || next == U'권' || next == U'경') return unit.kind == Kind::kMoney;
  for (std::u32string_view p : kParticles)
    if (StartsWith(text, pos, p)) return true;
  return false;
}

// Longest unit at text[pos] (one optional space first). Returns nullptr when
// none; *end receives the position after the unit.
const UnitEntry* MatchUnit(std::u32string_view text, size_t pos, size_t* end) {
  const UnitEntry* best = nullptr;
  size_t best_end = 0;
  for (size_t skip = 0; skip <= 1; ++skip) {
    size_t at = pos + skip;
    if (skip == 1 && Fold(text, pos) != U' ') break;
    for (const UnitEntry& u : kUnits) {
      if (!StartsWith(text, at, u.surface)) continue;
      size_t e = at + u.surface.size();
      if (e > best_end && UnitBoundaryOk(text, e, u)) {
        best = &u;
        best_end = e;
      }
    }
    if (best) break;  // an attached unit beats one after a space
  }
  *end = best_end;
  return best;
}

// "제44대", "제 3차": an ordinal prefix right before the numeral.
bool OrdinalPrefix(std::u32string_view text, size_t start) {
  size_t i = start;
  if (i > 0 && text[i - 1] == U' ') --i;
  if (i == 0 || text[i - 1] != U'제') return false;
  return i < 2 || !IsHangulSyllable(text[i - 2]);
}

// "3분의 1": the numeral is a fraction's numerator, not a count.
bool FractionNumerator(std::u32string_view text, size_t start) {
  size_t i = start;
  if (i > 0 && text[i - 1] == U' ') --i;
  return i >= 2 && text[i - 2] == U'분' && text[i - 1] == U'의';
}

// Rules tied to one counter. Returns false when the numeral + unit is not an
// amount after all.
bool CounterOk(std::u32string_view text, const KoreanNumber& n, const UnitEntry& u, size_t unit_end) {
  std::u32string_view s = u.surface;
  if (s == U"대") {
    // "34 대 13", "3대1": a score.
    size_t k = unit_end + (Fold(text, unit_end) == U' ' ? 1 : 0);
    if (IsAsciiDigit(Fold(text, k))) return false;
  }
  if (s == U"대" && !n.native && n.big_magnitude == 1 && !n.fraction && n.value >= 10 && n.value <= 90 &&
      std::fmod(n.value, 10) == 0)
    return false;  // "30대 남성": an age bracket
  if (s == U"주" && n.value < 100) return false;      // "3주": weeks; "100만주": shares
  if (s == U"부" && n.value < 100) return false;      // "1부": part one; "100만부": copies
  if (s == U"세대" && n.value < 10) return false;     // "3세대": a generation
  if (s == U"불" && (n.value < 10 || n.native)) return false;  // "3불 정책"
  if (s == U"프로" && n.native) return false;
  return true;
}

bool NativeCounterOk(std::u32string_view text, const KoreanNumber& n, const UnitEntry& u, size_t unit_start) {
  if (std::find(std::begin(kNativeCounters), std::end(kNativeCounters), u.surface) == std::end(kNativeCounters))
    return false;
  if (unit_start == n.end) {
    std::u32string_view written = text.substr(n.start, unit_start + u.surface.size() - n.start);
    for (std::u32string_view f : kNativeFalseFriends)
      if (written == f) return false;
  }
  return true;
}

// A numeral (with any English scale word) and the unit after it.
struct Candidate {
  KoreanNumber number;
  const UnitEntry* unit = nullptr;
  size_t unit_start = 0;
  size_t end = 0;
  const char* prefix_unit = nullptr;  // from "$", "€"
  size_t start = 0;
};

// Reads a numeral at text[i] (digits, a bare magnitude chain, or a native
// numeral). Returns false when none starts there.
bool ReadNumeral(std::u32string_view text, size_t i, bool allow_space, KoreanNumber* n) {
  char32_t c = Fold(text, i);
  bool word_start = i == 0 || !IsHangulSyllable(text[i - 1]);
  if (IsAsciiDigit(c)) return ParseSinoNumber(text, i, allow_space, false, n);
  if (!word_start || !IsHangulSyllable(c)) return false;
  if (ParseSinoNumber(text, i, allow_space, true, n)) {
    // A bare magnitude ("백만", "천만원") must be a chain or carry a unit
    // directly: 조, 만 and 백 alone are surnames and ordinary words.
    if (n->end - n->start >= 2) return true;
    if ((c == U'천' || c == U'만') && (StartsWith(text, n->end, U"원") || StartsWith(text, n->end, U"달러")))
      return true;
  }
  return ParseNativeNumber(text, i, n);
}

double ScaleAfter(std::u32string_view text, size_t* pos, bool after_symbol) {
  for (const ScaleWord& w : kScaleWords) {
    if (w.after_symbol_only && !after_symbol) continue;
    // A scale word may follow a space ("5 million"); a letter is written against the number ("$9M").
    size_t at = *pos + (!w.after_symbol_only && Fold(text, *pos) == U' ' ? 1 : 0);
    if (StartsWith(text, at, w.word) && !IsLatinOrDigit(Fold(text, at + w.word.size()))) {
      *pos = at + w.word.size();
      return w.scale;
    }
  }
  return 1;
}

// "3원50전": 전 (1/100 원) right after an amount in 원. Returns the value
// added and moves *end past it; 0 when no 전 follows.
double WonSubunit(std::u32string_view text, size_t* end) {
  size_t i = *end;
  double jeon = 0;
  while (i < *end + 2 && IsAsciiDigit(Fold(text, i))) jeon = jeon * 10 + (Fold(text, i++) - U'0');
  size_t unit_end;
  const UnitEntry* u = i > *end ? MatchUnit(text, i, &unit_end) : nullptr;
  if (!u || u->surface != U"전" || unit_end != i + 1) return 0;
  *end = unit_end;
  return jeon * u->scale;
}

// 전 alone is money only when it cannot be a bout: a whole number below 100
// written against it, not followed by a number or a result ("4전5기",
// "10전 10승", "3전 전승", "7전 4선승제").
bool JeonOk(std::u32string_view text, const Candidate& c) {
  const KoreanNumber& n = c.number;
  if (!n.arabic || n.fraction || n.value >= 100 || n.big_magnitude > 1 || c.unit_start != n.end) return false;
  size_t k = c.end + (Fold(text, c.end) == U' ' ? 1 : 0);
  if (IsAsciiDigit(Fold(text, k))) return false;
  for (std::u32string_view result : {U"승", U"패", U"무", U"전승", U"전패", U"선승", U"기"})
    if (StartsWith(text, c.end, result) || StartsWith(text, k, result)) return false;
  return true;
}

// "100위안에 들다" is "100위 안에 들다" (a rank), not yuan.
bool RankNotYuan(std::u32string_view text, const Candidate& c) {
  return c.unit->surface == U"위안" &&
         (StartsWith(text, c.end, U"에 들") || StartsWith(text, c.end, U"에 드") || StartsWith(text, c.end, U"에 든"));
}

// 크로네 without a country is Norway's, except for Nobel prize money, paid
// in Swedish kronor (and often written 크로네 in Korean news): 노벨 in the
// same sentence decides.
const char* KroneByContext(std::u32string_view text, const Candidate& c) {
  // A full stop ends a sentence, a decimal point ("1.5억") does not.
  auto sentence_end = [&](size_t i) {
    char32_t ch = text[i];
    return ch == U'!' || ch == U'?' || ch == U'\n' || (ch == U'.' && !IsAsciiDigit(Fold(text, i + 1)));
  };
  size_t from = c.start, to = c.end;
  while (from > 0 && !sentence_end(from - 1)) --from;
  while (to < text.size() && !sentence_end(to)) ++to;
  return text.substr(from, to - from).find(U"노벨") != std::u32string_view::npos ? "SEK" : c.unit->unit;
}

// A currency written before the number: a symbol ("$", "€") or an ISO code
// of the unit table ("USD 2,500만", "KRW 500억"). Returns its unit, or
// nullptr; *len receives its length.
const char* CurrencyFirst(std::u32string_view text, size_t i, size_t* len) {
  for (const PrefixSymbol& p : kPrefixSymbols) {
    if (StartsWith(text, i, p.symbol)) {
      *len = p.symbol.size();
      return p.unit;
    }
  }
  char32_t first = Fold(text, i);
  if (first < U'A' || first > U'Z') return nullptr;
  auto iso_code = [](const UnitEntry& u) {
    if (u.kind != Kind::kMoney || u.surface.size() != 3 || std::char_traits<char>::length(u.unit) != 3) return false;
    for (size_t k = 0; k < 3; ++k)
      if (u.surface[k] != static_cast<char32_t>(u.unit[k])) return false;
    return true;
  };
  for (const UnitEntry& u : kUnits) {
    if (iso_code(u) && StartsWith(text, i, u.surface)) {
      *len = 3;
      return u.unit;
    }
  }
  return nullptr;
}

bool ReadCandidate(std::u32string_view text, size_t i, bool allow_space, Candidate* out) {
  Candidate c;
  c.start = i;
  size_t at = i;
  size_t len = 0;
  if ((c.prefix_unit = CurrencyFirst(text, i, &len))) {
    at = i + len;
    if (Fold(text, at) == U' ') ++at;
    if (!IsAsciiDigit(Fold(text, at))) return false;
  }
  if (!ReadNumeral(text, at, allow_space, &c.number)) return false;
  size_t pos = c.number.end;
  if (c.number.arabic) c.number.value *= ScaleAfter(text, &pos, c.prefix_unit != nullptr);
  c.end = pos;
  if (!c.prefix_unit) {
    size_t unit_end;
    if (const UnitEntry* u = MatchUnit(text, pos, &unit_end)) {
      c.unit = u;
      c.unit_start = unit_end - u->surface.size();
      c.end = unit_end;
      c.number.value *= u->scale;
      if (std::string_view(u->unit) == "KRW" && u->surface.back() == U'원') c.number.value += WonSubunit(text, &c.end);
    }
  }
  *out = c;
  return true;
}

// Checks a candidate; fills *amount (without text/offsets of a range start).
bool Accept(std::u32string_view text, const Candidate& c, Amount* amount) {
  if (!std::isfinite(c.number.value)) return false;
  if (c.prefix_unit) {
    amount->unit = c.prefix_unit;
  } else {
    if (!c.unit || c.unit->kind == Kind::kReject) return false;
    if (c.number.native && !NativeCounterOk(text, c.number, *c.unit, c.unit_start)) return false;
    if (c.unit->kind == Kind::kCounter && !CounterOk(text, c.number, *c.unit, c.end)) return false;
    if (c.unit->surface == U"불" && c.unit_start != c.number.end) return false;
    if (c.number.native && c.unit->kind != Kind::kCounter) return false;
    // Hangul digits ("오백만 원") are read only as money: "이천" and "사천" are cities.
    if (c.number.hangul && c.unit->kind != Kind::kMoney) return false;
    if (c.unit->surface == U"전" && !JeonOk(text, c)) return false;
    if (RankNotYuan(text, c)) return false;
    amount->unit = c.unit->surface == U"크로네" ? KroneByContext(text, c) : c.unit->unit;
  }
  amount->value = c.number.value;
  return true;
}

bool IsRangeMark(char32_t c) { return c == U'~' || c == U'∼' || c == U'〜' || c == U'-' || c == U'–'; }

// Where the second end of a range starts after the first ends at `end`
// ("10억~", "10억 ~ ", "10억에서 "), or 0 when no range follows. *until is
// set for "에서", whose second end must be followed by 까지.
size_t RangeSecondStart(std::u32string_view text, size_t end, bool* until) {
  size_t at = end + (Fold(text, end) == U' ' ? 1 : 0);
  *until = false;
  if (IsRangeMark(Fold(text, at))) {
    ++at;
  } else if (at == end && StartsWith(text, at, U"에서 ")) {
    at += 2;
    *until = true;
  } else {
    return 0;
  }
  return at + (Fold(text, at) == U' ' ? 1 : 0);
}

}  // namespace

std::vector<Amount> FindAmounts(std::u32string_view text, size_t limit) {
  std::vector<Amount> out;
  limit = std::min(limit, text.size());
  std::u32string_view t = text.substr(0, limit);
  size_t last_percent_end = 0;
  bool seen_percent = false;
  for (size_t i = 0; i < t.size();) {
    char32_t prev = i > 0 ? Fold(t, i - 1) : 0;
    // Inside a longer token: "A4", "F1", "2024.1.5", "3-2".
    bool glued = IsAsciiAlpha(prev) || IsAsciiDigit(prev) ||
                 (prev == U'.' && i >= 2 && IsAsciiDigit(Fold(t, i - 2)));
    Candidate c;
    if (glued || !ReadCandidate(t, i, true, &c) || OrdinalPrefix(t, c.start) || FractionNumerator(t, c.start)) {
      ++i;
      continue;
    }
    Amount a;
    bool ok = Accept(t, c, &a);
    if (!ok && c.number.spaced) {
      // "2억 2019년": the continuation was a year; retry without it.
      Candidate shorter;
      if (ReadCandidate(t, i, false, &shorter) && Accept(t, shorter, &a)) {
        c = shorter;
        ok = true;
      }
    }
    bool until = false;
    size_t second_start = ok || c.unit || c.prefix_unit || !c.number.arabic ? 0 : RangeSecondStart(t, c.end, &until);
    if (second_start > 0) {
      // "700만~1천500만원", "3~4%", "10억 ~ 20억 원", "10억에서 20억원까지":
      // the first end takes the second's unit and, when it has none of its
      // own, its magnitude.
      Candidate second;
      Amount b;
      if (ReadCandidate(t, second_start, true, &second) && second.number.arabic && Accept(t, second, &b) &&
          (!until || StartsWith(t, second.end, U"까지"))) {
        a.unit = b.unit;
        a.value = c.number.value;
        if (c.number.big_magnitude == 1 && second.number.big_magnitude > 1) a.value *= second.number.big_magnitude;
        a.start = c.start;
        a.end = c.number.end;
        a.text = ToUtf8(t.substr(a.start, a.end - a.start));
        out.push_back(a);
        i = second_start;
        continue;
      }
    }
    if (!ok) {
      // Skip the whole numeral so "2030년" does not yield "030년" or "30년".
      i = std::max(c.number.end, i + 1);
      continue;
    }
    // "5포인트" after a percentage is a change in percentage points; in
    // parentheses after one ("2.5%(277포인트)") or large, it is index points.
    if (c.unit && c.unit->kind == Kind::kPoint && seen_percent && c.start - last_percent_end < 120 &&
        a.value < 100 && (c.start == 0 || t[c.start - 1] != U'('))
      a.unit = "%p";
    if (a.unit == "percent" || a.unit == "%p") {
      seen_percent = true;
      last_percent_end = c.end;
    }
    a.start = c.start;
    a.end = c.end;
    a.text = ToUtf8(t.substr(a.start, a.end - a.start));
    out.push_back(std::move(a));
    i = c.end;
  }
  return out;
}

bool ParseAmount(std::u32string_view text, double* value, std::string* unit) {
  size_t b = 0, e = text.size();
  while (b < e && (text[b] == U' ' || text[b] == U'\t')) ++b;
  while (e > b && (text[e - 1] == U' ' || text[e - 1] == U'\t')) --e;
  std::u32string_view t = text.substr(b, e - b);
  if (t.empty()) return false;
  // Scientific notation ("1e9") is only for users; the finder never sees it.
  double sci;
  size_t used = ParseScientific(t, 0, &sci);
  if (used > 0 && used == t.size()) {
    *value = sci;
    unit->clear();
    return true;
  }
  Candidate c;
  if (!ReadCandidate(t, 0, true, &c)) return false;
  if (c.end != t.size()) {
    // An ISO code typed in lower case ("10억usd") or a unit we do not know.
    std::u32string rest(t.substr(c.number.end));
    if (!rest.empty() && rest[0] == U' ') rest.erase(0, 1);
    if (c.prefix_unit || rest.size() != 3 || !std::all_of(rest.begin(), rest.end(), IsAsciiAlpha)) return false;
    std::string code;
    for (char32_t ch : rest) code.push_back(static_cast<char>(ch >= U'a' ? ch - 32 : ch));
    *value = c.number.value;
    *unit = code;
    return std::isfinite(*value);
  }
  if (!c.unit && !c.prefix_unit) {
    if (c.number.native) return false;  // "한" alone is not an amount
    *value = c.number.value;
    unit->clear();
    return std::isfinite(*value);
  }
  Amount a;
  if (!Accept(t, c, &a)) {
    // A user range end keeps units the finder would doubt ("3주", "30대").
    if (!c.unit || c.unit->kind == Kind::kReject) return false;
    a.unit = c.unit->unit;
    a.value = c.number.value;
  }
  *value = a.value;
  *unit = a.unit;
  return std::isfinite(*value);
}

}  // namespace kosearch
