// The unit table of amounts and its matching (see amount_units.h).
//
// The unit table lives in code rather than in schema/ because the checks
// around each unit (age brackets for 대, weeks vs shares for 주) are code too.
#include "extract/amount_units.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <iterator>
#include <unordered_map>

#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Money, percentages, measures and what is no amount; the counters come
// from the lexicon (text/korean_lexicon). Longest match wins, so "개월"
// (reject) beats "개" and "차례" beats "차". Reject entries stop a numeral
// from being an amount at all: dates, times, durations, ranks and ordinals.
constexpr UnitEntry kUnitsButCounters[] = {
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

// What may follow a Korean unit inside the same word: the particles marked
// kAfterAmount in the lexicon and the words below, of approximation and
// comparison. Anything else means the unit was really the start of another
// word ("3장관", "5개국어").
constexpr std::u32string_view kApproximationWords[] = {
    U"씩", U"쯤", U"정도", U"당", U"여", U"넘", U"중", U"꼴", U"선", U"차", U"분", U"안팎", U"남짓", U"미만", U"초과", U"내외", U"짜리", U"어치", U"규모", U"수준", U"상당", U"가량", U"이상", U"이하", U"이내", U"전후", U"돌파", U"증가", U"감소",
};

// True when text[pos] can follow a unit: end of word or a particle.
bool UnitBoundaryOk(std::u32string_view text, size_t pos, const UnitEntry& unit) {
  std::u32string_view surface = unit.surface;
  char32_t last = surface.back();
  char32_t next = Fold(text, pos);
  if (IsAsciiAlpha(last)) return !IsAsciiAlnum(next);
  if (!IsHangulSyllable(last) || !IsHangulSyllable(next)) return true;
  // "30억원대" is a price band, "5만원권" a banknote and "100억원경" about
  // that; "3세대" is not "3세" + 대.
  if (next == U'대' || next == U'권' || next == U'경') return unit.kind == Kind::kMoney;
  for (const korean::Particle* p : korean::ParticlesFor(korean::kAfterAmount))
    if (StartsWith(text, pos, p->text)) return true;
  for (std::u32string_view w : kApproximationWords)
    if (StartsWith(text, pos, w)) return true;
  return false;
}

}  // namespace

char32_t Fold(std::u32string_view t, size_t i) { return i < t.size() ? FoldWidth(t[i]) : 0; }

bool StartsWith(std::u32string_view text, size_t pos, std::u32string_view word) {
  if (pos > text.size() || text.size() - pos < word.size()) return false;
  for (size_t k = 0; k < word.size(); ++k)
    if (FoldWidth(text[pos + k]) != word[k]) return false;
  return true;
}

const std::vector<UnitEntry>& Units() {
  static const std::vector<UnitEntry> units = [] {
    std::vector<UnitEntry> all(std::begin(kUnitsButCounters), std::end(kUnitsButCounters));
    for (const korean::Counter& c : korean::Counters()) all.push_back({c.text, c.unit, Kind::kCounter});
    return all;
  }();
  return units;
}

namespace {

// Units() by the first code point of their surface, in table order (no
// surface is empty): MatchUnit is asked after every numeral.
const std::vector<const UnitEntry*>& UnitsStartingWith(char32_t first) {
  static const auto by_first = [] {
    std::unordered_map<char32_t, std::vector<const UnitEntry*>> index;
    for (const UnitEntry& u : Units()) {
      assert(!u.surface.empty());
      index[u.surface[0]].push_back(&u);
    }
    return index;
  }();
  static const std::vector<const UnitEntry*> none;
  auto it = by_first.find(first);
  return it == by_first.end() ? none : it->second;
}

}  // namespace

// Longest unit at text[pos] (one optional space first). Returns nullptr when
// none; *end receives the position after the unit.
const UnitEntry* MatchUnit(std::u32string_view text, size_t pos, size_t* end) {
  const UnitEntry* best = nullptr;
  size_t best_end = 0;
  for (size_t skip = 0; skip <= 1; ++skip) {
    size_t at = pos + skip;
    if (skip == 1 && Fold(text, pos) != U' ') break;
    const char32_t first = Fold(text, at);  // most units start otherwise: no call to StartsWith
    for (const UnitEntry* unit : UnitsStartingWith(first)) {
      const UnitEntry& u = *unit;
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
  auto counters = korean::Counters();
  auto counter = std::find_if(counters.begin(), counters.end(), [&](const korean::Counter& c) { return c.text == u.surface; });
  if (counter == counters.end() || !counter->after_native_numeral) return false;
  if (unit_start == n.end) {
    std::u32string_view written = text.substr(n.start, unit_start + u.surface.size() - n.start);
    for (std::u32string_view f : kNativeFalseFriends)
      if (written == f) return false;
  }
  return true;
}

double ScaleAfter(std::u32string_view text, size_t* pos, bool after_symbol) {
  for (const ScaleWord& w : kScaleWords) {
    if (w.after_symbol_only && !after_symbol) continue;
    // A scale word may follow a space ("5 million"); a letter is written against the number ("$9M").
    size_t at = *pos + (!w.after_symbol_only && Fold(text, *pos) == U' ' ? 1 : 0);
    if (StartsWith(text, at, w.word) && !IsAsciiAlnum(Fold(text, at + w.word.size()))) {
      *pos = at + w.word.size();
      return w.scale;
    }
  }
  return 1;
}

// A currency written before the number: a symbol ("$", "€") or an ISO code
// of the unit table ("USD 2,500만", "KRW 500억"). Returns its unit, or
// nullptr; *len receives its length.
const char* CurrencyFirst(std::u32string_view text, size_t i, size_t* len) {
  // Called at every position of a text: most characters start no symbol.
  const char32_t first = Fold(text, i);
  for (const PrefixSymbol& p : kPrefixSymbols) {
    if (p.symbol[0] == first && StartsWith(text, i, p.symbol)) {
      *len = p.symbol.size();
      return p.unit;
    }
  }
  if (first < U'A' || first > U'Z') return nullptr;
  auto iso_code = [](const UnitEntry& u) {
    if (u.kind != Kind::kMoney || u.surface.size() != 3 || std::char_traits<char>::length(u.unit) != 3) return false;
    for (size_t k = 0; k < 3; ++k)
      if (u.surface[k] != static_cast<char32_t>(u.unit[k])) return false;
    return true;
  };
  for (const UnitEntry& u : Units()) {
    if (iso_code(u) && StartsWith(text, i, u.surface)) {
      *len = 3;
      return u.unit;
    }
  }
  return nullptr;
}

}  // namespace kosearch
