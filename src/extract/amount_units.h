// The units an amount may carry (see amounts.h): money, percentages,
// measures, counters and what is no amount (년, 월, 위), and how the one
// after a numeral is matched. Internal to amounts.cc and amount_units.cc.
#pragma once

#include <string_view>
#include <vector>

#include "extract/korean_numbers.h"

namespace kosearch {

enum class Kind { kMoney, kPercent, kPoint, kMeasure, kCounter, kReject };

struct UnitEntry {
  std::u32string_view surface;
  const char* unit;
  Kind kind;
  double scale = 1;  // sub-units: 61센트 is 0.61 USD
};

// The character at text[i] with fullwidth forms folded; 0 past the end.
char32_t Fold(std::u32string_view t, size_t i);
// True when text[pos, ...) starts with `word`, fullwidth forms folded.
bool StartsWith(std::u32string_view text, size_t pos, std::u32string_view word);

// Every unit: kMoney … kReject rows, then the lexicon's counters.
const std::vector<UnitEntry>& Units();

// Longest unit at text[pos] (one optional space first). Returns nullptr when
// none; *end receives the position after the unit.
const UnitEntry* MatchUnit(std::u32string_view text, size_t pos, size_t* end);

// Rules tied to one counter ("30대" an age bracket, "3주" weeks). Returns
// false when the numeral + unit is not an amount after all.
bool CounterOk(std::u32string_view text, const KoreanNumber& n, const UnitEntry& u, size_t unit_end);
// Whether a native numeral ("두", "한") may take this unit here.
bool NativeCounterOk(std::u32string_view text, const KoreanNumber& n, const UnitEntry& u, size_t unit_start);

// An English scale word after a number ("5 million", "$9M"): its factor,
// 1 when none; moves *pos past it.
double ScaleAfter(std::u32string_view text, size_t* pos, bool after_symbol);

// A currency written before the number: a symbol ("$", "€") or an ISO code
// of the unit table ("USD 2,500만"). Returns its unit, or nullptr; *len
// receives its length.
const char* CurrencyFirst(std::u32string_view text, size_t i, size_t* len);

}  // namespace kosearch
