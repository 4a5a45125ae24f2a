// Known spellings and organizations (see people.h): the alias table keyed
// for matching words of a text, and the shape of an organization's name
// (an alias-file spelling, a Latin acronym, or an organization suffix).
#include "extract/people.h"

#include <algorithm>

#include "text/korean_lexicon.h"
#include "text/korean_lexicon_body_names.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// One-syllable organization suffixes need two syllables before them.
constexpr std::u32string_view kOrgSuffixSyllables = U"부청처당군실시회대";

bool IsLatinAcronym(std::u32string_view s) {
  return s.size() >= 2 && s.size() <= 8 &&
         std::all_of(s.begin(), s.end(), [](char32_t c) { return (c >= U'A' && c <= U'Z') || IsAsciiDigit(c); }) &&
         !IsAsciiDigit(s.front());
}

}  // namespace

std::u32string MatchKey(std::u32string_view s) {
  std::u32string key;
  for (char32_t c : s) {
    if (c == U' ' || c == U'\t') continue;
    key.push_back(c >= U'A' && c <= U'Z' ? c - U'A' + U'a' : c);
  }
  return key;
}

bool IsMatchKey(std::u32string_view s) {
  return std::none_of(s.begin(), s.end(), [](char32_t c) { return c == U' ' || c == U'\t' || (c >= U'A' && c <= U'Z'); });
}

AliasIndex::AliasIndex(const AliasTable& table) : table_(table) {
  const auto& groups = table.groups();
  for (size_t g = 0; g < groups.size(); ++g) {
    for (const std::string& spelling : groups[g].spellings) {
      std::u32string u = ToU32(spelling);
      std::u32string key = MatchKey(u);
      by_key_.emplace(key, g);
      key_filter_.Add(key);
      max_words_ = std::max<size_t>(max_words_, 1 + std::count(u.begin(), u.end(), U' '));
      // Keys ignore spaces, so "국제 연합" in a text matches the spelling 국제연합:
      // any proper prefix of a key may be the first word of a match.
      for (size_t len = 1; len < key.size(); ++len) {
        phrase_starts_.insert(key.substr(0, len));
        start_filter_.Add(key.substr(0, len));
      }
    }
  }
  max_words_ = std::min<size_t>(max_words_, 4);
}

namespace {

// A hash of MatchKey(s), computed without building it (FNV-1a, mixed).
uint64_t MatchKeyHash(std::u32string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (char32_t c : s) {
    if (c == U' ' || c == U'\t') continue;
    h ^= c >= U'A' && c <= U'Z' ? c - U'A' + U'a' : c;
    h *= 0x100000001b3ULL;
  }
  return h ^ h >> 29;
}

}  // namespace

void AliasIndex::KeyFilter::Add(std::u32string_view key) {
  const uint64_t bit = MatchKeyHash(key) % kFilterBits;
  bits[bit / 64] |= uint64_t{1} << bit % 64;
}

bool AliasIndex::KeyFilter::MayHold(std::u32string_view spelling) const {
  const uint64_t bit = MatchKeyHash(spelling) % kFilterBits;
  return bits[bit / 64] >> bit % 64 & 1;
}

bool AliasIndex::MayStartPhrase(std::u32string_view word) const {
  if (!start_filter_.MayHold(word)) return false;
  return IsMatchKey(word) ? phrase_starts_.count(word) > 0 : phrase_starts_.count(MatchKey(word)) > 0;
}

const AliasTable::Group* AliasIndex::Find(std::u32string_view spelling) const {
  if (!key_filter_.MayHold(spelling)) return nullptr;
  auto it = IsMatchKey(spelling) ? by_key_.find(spelling) : by_key_.find(MatchKey(spelling));
  return it == by_key_.end() ? nullptr : &table_.groups()[it->second];
}

bool LooksLikeOrg(std::u32string_view stem, const AliasIndex& aliases) {
  return LooksLikeOrgGivenLookup(stem, aliases.Find(stem));
}

bool LooksLikeOrgGivenLookup(std::u32string_view stem, const AliasTable::Group* group) {
  if (stem.empty()) return false;
  if (group) return group->kind == AliasTable::Kind::kOrg;
  if (IsLatinAcronym(stem) && !IsTitle(stem)) return true;
  // "P사", "KT사": a company written by its initials and 사 (a firm the article
  // does not name).
  if (stem.size() >= 2 && stem.size() <= 4 && stem.back() == U'사' &&
      std::all_of(stem.begin(), stem.end() - 1, [](char32_t c) { return c >= U'A' && c <= U'Z'; })) {
    return true;
  }
  // "외무성", "대사관": a body alone; "방송통신위원회": a name ending in a head noun.
  if (stem.size() >= 2 && korean::IsGovernmentBody(stem)) return true;  // not 군 ("김 군")
  for (size_t len = 2; len < stem.size() && len <= 3; ++len) {
    if (korean::IsOrganizationHead(stem.substr(stem.size() - len))) return true;
  }
  if (CountHangulSyllables(stem) >= 3 && AllHangulSyllables(stem) && kOrgSuffixSyllables.find(stem.back()) != std::u32string_view::npos) {
    return true;
  }
  // "정보국", "교통과": an office the lexicon composes from its parts (a
  // modifier and a head), though 국 and 과 also end names (정병국). Asked
  // last: it walks the lexicon's rows, the test above is one look-up.
  return korean::ComposesBodyName(stem);
}

}  // namespace kosearch
