// The keys of one body, by the way Korean news shortens names (see
// organization_family.h).
#include "answer/organization_family.h"

#include <algorithm>

#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Korean names are read as words of two syllables from their start (보건|복지|부).
constexpr size_t kWordSyllables = 2;

// A kind of body alone ("대학교", "위원회"): a Korean part of the English table.
bool IsBareKind(const std::string& key) {
  return std::any_of(korean::EnglishNameParts().begin(), korean::EnglishNameParts().end(),
                     [&](const korean::EnglishNamePart& row) { return row.korean == key; });
}

// The kind of body `name` ends with: the longest Korean part of the English
// table it ends with (위원회, 정부, 부) that starts a word (기획|재정|부 ends
// in 부, not 정부), else its last syllable; 0 when that starts no word
// either (서울|예대: no short form is read).
size_t KindSyllables(const std::u32string& name) {
  size_t longest = 0;
  for (const auto& row : korean::EnglishNameParts()) {
    const std::u32string kind = ToU32(row.korean);
    if (kind.size() > longest && kind.size() < name.size() && (name.size() - kind.size()) % kWordSyllables == 0 &&
        name.compare(name.size() - kind.size(), kind.size(), kind) == 0) {
      longest = kind.size();
    }
  }
  if (longest == 0 && (name.size() - 1) % kWordSyllables == 0) longest = 1;
  return longest;
}

// Whether short[s..] can be placed in name[from..], the syllable before it at `previous` (npos: none).
bool Places(const std::u32string& short_form, size_t s, const std::u32string& name, size_t from, size_t previous) {
  if (s == short_form.size()) return previous + 1 == from;
  for (size_t n = from; n < name.size(); ++n) {
    if (name[n] != short_form[s]) continue;
    const bool starts_word = n % kWordSyllables == 0, follows = previous != std::u32string::npos && n == previous + 1;
    if ((starts_word || follows) && Places(short_form, s + 1, name, n + 1, n)) return true;
  }
  return false;
}

}  // namespace

bool IsShortFormOf(const std::string& short_form, const std::string& name, bool keeps_first) {
  const std::u32string s = ToU32(short_form), n = ToU32(name);
  if (s.size() < 3 || s.size() >= n.size() || !AllHangulSyllables(s) || !AllHangulSyllables(n)) return false;
  if (keeps_first && s[0] != n[0]) return false;
  if (IsBareKind(short_form)) return false;
  // The kind stays, whole or by its first syllable (공정거래위원회 → 공정위),
  // after two syllables at least of what the body is (대한민국정부 is not 대정부).
  const size_t kind = KindSyllables(n);
  if (kind == 0) return false;
  const std::u32string whole = n.substr(n.size() - kind), first = n.substr(n.size() - kind, 1);
  const auto ends_with = [&](const std::u32string& tail) {
    return s.size() >= tail.size() + 2 && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
  };
  const size_t rest = ends_with(whole) ? s.size() - whole.size() : ends_with(first) ? s.size() - 1 : 0;
  if (rest == 0) return false;
  return Places(s.substr(0, rest), 0, n.substr(0, n.size() - kind), 0, std::u32string::npos);
}

std::vector<std::string> FamilyOf(const std::string& name, bool keeps_first, const std::set<std::string>& keys) {
  std::vector<std::string> out{name};
  for (const std::string& key : keys) {
    if (!IsShortFormOf(key, name, keeps_first)) continue;
    // A short form of another body too (축구협회 of 대한축구협회 and of 루마니아축구협회) names neither.
    const bool shared = std::any_of(keys.begin(), keys.end(), [&](const std::string& other) {
      return other != name && other != key && !IsShortFormOf(other, name, false) && !IsShortFormOf(name, other, false) &&
             IsShortFormOf(key, other, false);
    });
    if (!shared) out.push_back(key);
  }
  return out;
}

std::vector<std::string> CountryPrefixVariants(const std::vector<std::string>& words, const std::set<std::string>& keys) {
  if (words.size() < 2) return {};
  std::string rest;
  for (size_t i = 1; i < words.size(); ++i) rest += words[i];
  const std::u32string country = ToU32(words[0]);
  if (country.empty() || !AllHangulSyllables(country) || !AllHangulSyllables(ToU32(rest))) return {};
  std::vector<std::string> out;
  if (country.size() >= 2) {
    // "미국 국무부" → 미국무부.
    const std::string shortened = ToUtf8(country.substr(0, 1)) + rest;
    if (keys.count(shortened)) out.push_back(shortened);
    return out;
  }
  // "미 국무부" → 미국국무부: the one key that is the syllable, one more, and the rest.
  for (auto it = keys.lower_bound(words[0]); it != keys.end() && it->compare(0, words[0].size(), words[0]) == 0; ++it) {
    const std::u32string key = ToU32(*it);
    if (key.size() == 2 + ToU32(rest).size() && it->size() > rest.size() && it->compare(it->size() - rest.size(), rest.size(), rest) == 0) {
      out.push_back(*it);
    }
  }
  if (out.size() > 1) out.clear();  // never the closest of several
  return out;
}

}  // namespace kosearch
