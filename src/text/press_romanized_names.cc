// Korean names in the press's romanizations (see press_romanized_names.h).
#include "text/press_romanized_names.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "text/korean_lexicon.h"
#include "text/romanized_surnames.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

constexpr char32_t kFirstSyllable = 0xAC00, kLastSyllable = 0xD7A3;
constexpr size_t kVowels = 21, kFinals = 28;
constexpr int kNoMatch = -1;

// A name's letters in lower case, and where its words and hyphenated parts meet.
struct SpelledName {
  std::string letters;
  std::vector<bool> break_before;  // break_before[i]: a word or part starts at letter i (i > 0)
  std::string first_word;          // the first word, a possible surname ("Lee", "Park")
};

// The '|'-separated spellings of one part, the Revised Romanization first.
std::vector<std::string_view> Spellings(std::string_view alternatives) {
  std::vector<std::string_view> out;
  for (size_t start = 0;;) {
    const size_t bar = alternatives.find('|', start);
    out.push_back(alternatives.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start));
    if (bar == std::string_view::npos) return out;
    start = bar + 1;
  }
}

class SyllableReader {
 public:
  SyllableReader(const SpelledName& name, const std::u32string& hangul) : name_(name), hangul_(hangul) {}

  int Cost() { return Match(0, 0); }

 private:
  // The cheapest way the letters from `pos` spell the syllables from `i`, or kNoMatch.
  int Match(size_t pos, size_t i) {
    if (i == hangul_.size()) return pos == name_.letters.size() ? 0 : kNoMatch;
    int best = kNoMatch;
    const auto consider = [&](size_t end, int cost) {
      if (end <= pos || end > name_.letters.size()) return;
      for (size_t k = pos + 1; k < end; ++k) {
        if (name_.break_before[k]) return;  // a break inside a syllable: no
      }
      if (end < name_.letters.size() && i + 1 == hangul_.size()) return;
      const int rest = Match(end, i + 1);
      if (rest != kNoMatch && (best == kNoMatch || rest + cost < best)) best = rest + cost;
    };
    // The surname as the table spells it ("Lee" 이, "Choi" 최), the first word whole.
    if (i == 0 && pos == 0) {
      const std::string first = ToUtf8(hangul_.substr(0, 1));
      for (const auto& s : HangulSurnames(name_.first_word)) {
        if (s == first) consider(name_.first_word.size(), 0);
      }
    }
    const korean::PressRomanization press = korean::PressNameRomanization();
    const size_t index = hangul_[i] - kFirstSyllable;
    const auto initials = Spellings(press.initials[index / (kVowels * kFinals)]);
    const auto vowels = Spellings(press.vowels[index / kFinals % kVowels]);
    const auto finals = Spellings(press.finals[index % kFinals]);
    const std::string_view text(name_.letters);
    for (size_t a = 0; a < initials.size(); ++a) {
      if (text.substr(pos, initials[a].size()) != initials[a]) continue;
      const size_t after_initial = pos + initials[a].size();
      for (size_t b = 0; b < vowels.size(); ++b) {
        if (text.substr(after_initial, vowels[b].size()) != vowels[b]) continue;
        const size_t after_vowel = after_initial + vowels[b].size();
        for (size_t c = 0; c < finals.size(); ++c) {
          if (text.substr(after_vowel, finals[c].size()) != finals[c]) continue;
          consider(after_vowel + finals[c].size(), (a > 0) + (b > 0) + (c > 0));
        }
      }
    }
    return best;
  }

  const SpelledName& name_;
  const std::u32string& hangul_;
};

// The name's words in the order given; false for a letter that is not Latin.
bool Spell(const std::vector<std::string>& words, SpelledName* out) {
  for (const auto& word : words) {
    bool part_start = true;
    for (char c : word) {
      if (c == '-') { part_start = true; continue; }
      if (c == '\'' || c == '.') continue;
      if (!std::isalpha(static_cast<unsigned char>(c))) return false;
      out->break_before.push_back(part_start && !out->letters.empty());
      out->letters.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      part_start = false;
    }
  }
  out->first_word = words.empty() ? std::string() : AsciiLower(words.front());
  return !out->letters.empty();
}

}  // namespace

int PressSpellingCost(std::string_view english, std::string_view hangul) {
  const std::u32string syllables = ToU32(hangul);
  if (syllables.size() < 2 || syllables.size() > 4) return kNoMatch;
  for (char32_t c : syllables) {
    if (c < kFirstSyllable || c > kLastSyllable) return kNoMatch;
  }
  std::vector<std::string> words = SplitSpaces(std::string(english));
  if (words.empty() || words.size() > 3) return kNoMatch;
  int best = kNoMatch;
  for (int order = 0; order < (words.size() > 1 ? 2 : 1); ++order) {
    // The family name last ("Ji-sung Park"): read it first.
    if (order == 1) std::rotate(words.begin(), words.end() - 1, words.end());
    SpelledName name;
    if (!Spell(words, &name)) return kNoMatch;
    const int read = SyllableReader(name, syllables).Cost();
    if (read != kNoMatch && (best == kNoMatch || read + order < best)) best = read + order;
  }
  return best;
}

namespace {

// Every press spelling of every surname syllable, to the syllables it spells (built once).
std::map<std::string, std::vector<std::string>, std::less<>> SurnameSpellings() {
  std::map<std::string, std::vector<std::string>, std::less<>> out;
  const korean::PressRomanization press = korean::PressNameRomanization();
  for (char32_t c = kFirstSyllable; c <= kLastSyllable; ++c) {
    if (!korean::IsSurnameSyllable(c)) continue;
    const size_t index = c - kFirstSyllable;
    for (auto initial : Spellings(press.initials[index / (kVowels * kFinals)])) {
      for (auto vowel : Spellings(press.vowels[index / kFinals % kVowels])) {
        for (auto final_ : Spellings(press.finals[index % kFinals])) {
          auto& syllables = out[std::string(initial) + std::string(vowel) + std::string(final_)];
          const std::string hangul = ToUtf8(std::u32string(1, c));
          if (std::find(syllables.begin(), syllables.end(), hangul) == syllables.end()) syllables.push_back(hangul);
        }
      }
    }
  }
  return out;
}

}  // namespace

std::vector<std::string> PressSpelledSurnames(std::string_view word) {
  static const auto kSpellings = SurnameSpellings();
  const auto it = kSpellings.find(AsciiLower(word));
  return it == kSpellings.end() ? std::vector<std::string>{} : it->second;
}

}  // namespace kosearch
