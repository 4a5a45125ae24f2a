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

constexpr int kNoMatch = -1;

using Letters = PressSpelling::Letters;

class SyllableReader {
 public:
  SyllableReader(const Letters& name, const std::u32string& hangul)
      : name_(name), hangul_(hangul), press_(korean::PressNameRomanization()) {}

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
    const HangulParts parts = SplitSyllable(hangul_[i]);
    const auto initials = SplitOn(press_.initials[parts.initial], "|");
    const auto vowels = SplitOn(press_.vowels[parts.vowel], "|");
    const auto finals = SplitOn(press_.finals[parts.final], "|");
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

  const Letters& name_;
  const std::u32string& hangul_;
  const korean::PressRomanization press_;  // '|'-separated spellings of each part, the Revised Romanization first
};

// The name's words in the order given; false for a letter that is not Latin.
bool Spell(const std::vector<std::string>& words, Letters* out) {
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

PressSpelling::PressSpelling(std::string_view english) {
  std::vector<std::string> words = SplitSpaces(english);
  if (words.empty() || words.size() > 3) return;
  for (size_t order = 0; order < (words.size() > 1 ? 2u : 1u); ++order) {
    // The family name last ("Ji-sung Park"): read it first.
    if (order == 1) std::rotate(words.begin(), words.end() - 1, words.end());
    Letters name;
    if (!Spell(words, &name)) {
      orders_.clear();
      return;
    }
    orders_.push_back(std::move(name));
  }
}

int PressSpelling::Cost(std::string_view hangul) const {
  const std::u32string syllables = ToU32(hangul);
  if (syllables.size() < 2 || syllables.size() > 4 || !AllHangulSyllables(syllables)) return kNoMatch;
  int best = kNoMatch;
  for (size_t order = 0; order < orders_.size(); ++order) {
    const int read = SyllableReader(orders_[order], syllables).Cost();
    const int cost = read == kNoMatch ? kNoMatch : read + static_cast<int>(order);
    if (cost != kNoMatch && (best == kNoMatch || cost < best)) best = cost;
  }
  return best;
}

int PressSpellingCost(std::string_view english, std::string_view hangul) { return PressSpelling(english).Cost(hangul); }

namespace {

// Every press spelling of every surname syllable, to the syllables it spells (built once).
std::map<std::string, std::vector<std::string>, std::less<>> SurnameSpellings() {
  std::map<std::string, std::vector<std::string>, std::less<>> out;
  const korean::PressRomanization press = korean::PressNameRomanization();
  for (char32_t c = 0xAC00; IsHangulSyllable(c); ++c) {
    if (!korean::IsSurnameSyllable(c)) continue;
    const HangulParts parts = SplitSyllable(c);
    for (auto initial : SplitOn(press.initials[parts.initial], "|")) {
      for (auto vowel : SplitOn(press.vowels[parts.vowel], "|")) {
        for (auto final_ : SplitOn(press.finals[parts.final], "|")) {
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
