// The double quotes' spans a SpeakerTable is built with, for a test's whole
// text: found as the extractor finds them (FindQuotePairs, then
// DoubleQuoteSpans), with no boilerplate limit.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include "extract/quote_marks.h"

namespace kosearch {

inline std::vector<std::pair<size_t, size_t>> WholeTextQuoteSpans(std::u32string_view text) {
  return DoubleQuoteSpans(text, text.size(), FindQuotePairs(text, text.size()));
}

}  // namespace kosearch
