// Korean surnames as English-language news romanizes them ("Lee", "Rhee",
// "Yi" → 이; "Park" → 박; "Moon" → 문), so that "President Lee" or "Yoon"
// can be matched to the Hangul names quotes are indexed under. One table
// (romanized_surnames.cc). Internal header; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kosearch {

// The Hangul surnames `romanized` may stand for (case-insensitive), most
// likely first; empty when it is no common romanization of a surname.
std::vector<std::string> HangulSurnames(std::string_view romanized);

}  // namespace kosearch
