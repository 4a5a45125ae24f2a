// Korean names as English news writes them (see romanized_names.h).
#include "answer/romanized_names.h"

#include <algorithm>
#include <utility>
#include <iterator>

#include "answer/answer_steps.h"
#include "extract/people.h"
#include "index/schema.h"
#include "kosearch/aliases.h"
#include "text/loanword.h"
#include "text/press_romanized_names.h"
#include "text/romanized_surnames.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

using Terms = std::vector<std::string>;

// How alike a romanized given name and a Hangul one must sound (LoanwordSimilarity).
constexpr double kMinGivenNameSimilarity = 0.6;
// How alike a whole romanized Korean name and a 리 must sound when no
// romanization key reads the given name (SurnameHoldersBySound).
constexpr double kMinRomanizedNameSimilarity = 0.8;

// A North Korean name ("Ri Gyong-su" 리경수: the surname 리, the given name
// often in McCune-Reischauer, which no Revised Romanization key reads): the
// one 리 the whole name sounds like. Only for 리: by sound, South Korean
// names of one surname are too alike (오승은 and 오신환).
Terms SurnameHoldersBySound(const std::string& english, const std::vector<std::string>& surnames,
                            const std::vector<std::string>& speakers) {
  if (std::find(surnames.begin(), surnames.end(), "리") == surnames.end()) return {};
  std::string joined = english;
  joined.erase(std::remove(joined.begin(), joined.end(), '-'), joined.end());
  std::vector<std::string> candidates;
  for (const std::string& name : speakers) {
    const size_t syllables = CodePointCount(name);
    if (syllables < 3 || syllables > 4) continue;
    if (name.compare(0, std::string("리").size(), "리") == 0) candidates.push_back(name);
  }
  const std::vector<std::string> matches = MatchLoanword(joined, candidates, kMinRomanizedNameSimilarity);
  if (matches.size() != 1) return {};
  return {schema::kSpeaker + AliasTable::Key(matches[0])};
}

}  // namespace

std::vector<std::string> RomanizedNameSpeakers(const std::string& english, const std::vector<std::string>& speakers) {
  std::vector<std::string> parts = SplitSpaces(english);
  std::vector<std::string> surnames = HangulSurnames(parts[0]);
  if (surnames.empty()) surnames = PressSpelledSurnames(parts[0]);  // "Koo", "Youn": a surname the table lacks
  if (surnames.empty() || parts.size() > 3) return {};
  std::string as_written, given;  // "Hyun-joong" (syllables apart); the key's input "Hyunjoong"
  for (size_t k = 1; k < parts.size(); ++k) as_written += (k > 1 ? " " : "") + parts[k];
  std::copy_if(as_written.begin(), as_written.end(), std::back_inserter(given), [](char c) { return c != '-' && c != ' '; });
  std::vector<std::string> out;
  double best = kMinGivenNameSimilarity;
  for (const std::string& name : speakers) {
    for (const std::string& surname : surnames) {
      const size_t syllables = CodePointCount(name);
      if (name.compare(0, surname.size(), surname) != 0 || syllables < 2 || syllables > 4) continue;
      // "김위원장" (a surname and a title) names a speaker, but has no given name.
      const std::string hangul_given = name.substr(surname.size());
      if (IsTitle(ToU32(hangul_given))) continue;
      // The press's romanization of this very name, or a sound-alike whose syllables agree (Hyun-joong is not 희중).
      const bool same_key = RomanizedNameKey(given) == RomanizedNameKey(hangul_given);
      if (!same_key && !GivenNameSyllablesAgree(as_written, hangul_given)) continue;
      double score = same_key ? 1.0 : LoanwordSimilarity(given, hangul_given);
      if (score > best + 1e-9) { out.clear(); best = score; }
      if (score >= best - 1e-9) AddUnique(out, schema::kSpeaker + AliasTable::Key(name));
    }
  }
  if (out.empty()) out = SurnameHoldersBySound(english, surnames, speakers);
  return out;
}

std::vector<std::string> PressSpelledSpeakers(const std::string& english, const std::vector<std::string>& speakers) {
  const PressSpelling spelling(english);  // spelled once, read against every key
  std::vector<std::pair<int, std::string>> spelled;  // (cost, term)
  for (const std::string& name : speakers) {
    const int cost = spelling.Cost(name);
    if (cost >= 0) spelled.emplace_back(cost, schema::kSpeaker + AliasTable::Key(name));
  }
  std::stable_sort(spelled.begin(), spelled.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (auto& [cost, term] : spelled) AddUnique(out, term);
  return out;
}

}  // namespace kosearch
