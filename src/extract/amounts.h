// Amounts: money, percentages, measures and counted things, normalised to a
// value and a unit (30억달러 → 3e9 USD, 5만장 → 5e4 장). Internal header.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kosearch/extract.h"

namespace kosearch {

// Finds every amount in text[0, limit). Offsets are code points into `text`;
// Amount::text is the UTF-8 of the matched span. Years, dates and ordinals
// (2030년, 31일, 제44대) are not amounts.
std::vector<Amount> FindAmounts(std::u32string_view text, size_t limit);

// What an `amount:` filter asks for: amounts in `unit` ("" = any unit) from
// `low` to `high`, both included.
struct AmountRange {
  std::string unit;
  double low = 0;
  double high = 0;
  bool Contains(const Amount& a) const { return (unit.empty() || a.unit == unit) && a.value >= low && a.value <= high; }
};

// Parses one amount written by a user ("10억달러", "1e9", "5만장", "30%").
// Returns false when `text` is not an amount. *unit is empty when none given.
bool ParseAmount(std::u32string_view text, double* value, std::string* unit);

}  // namespace kosearch
