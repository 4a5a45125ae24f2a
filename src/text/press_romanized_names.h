// Korean names as English-language news spells them, press forms and all
// ("Shin Ji-yai" 신지애, "Han Chae-ah" 채아, "Lee Yi-kyung" 이경, "Seolhyun"
// 설현, "Ji-sung Park" 박지성): an English name read against one Hangul name
// syllable by syllable, through the press's spellings of each part of a
// syllable (korean::PressNameRomanization) and the surname table
// (HangulSurnames). No list of names: the caller gives the Hangul names (the
// index's speaker keys). Internal header; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kosearch {

// How far from the Revised Romanization `english` spells the whole of
// `hangul` (2 to 4 syllables, no space): the number of syllable parts
// written in another press form (0: Revised Romanization throughout), or -1
// when it does not spell it whole. Every letter of the English and every
// syllable of the Hangul is accounted for; a word or hyphen break of the
// English falls between syllables, never inside one. The family name may
// come first or (names of two words or more) last. Case-insensitive; -1
// for a name with letters that are not Latin.
int PressSpellingCost(std::string_view english, std::string_view hangul);

// One English name spelled once (its letters, where its words and parts
// meet, in each order its family name may take), to be read against many
// Hangul names (the index's speaker keys): Cost(h) is PressSpellingCost(english, h).
class PressSpelling {
 public:
  explicit PressSpelling(std::string_view english);
  int Cost(std::string_view hangul) const;

  // A name's letters in lower case, and where its words and hyphenated parts meet.
  struct Letters {
    std::string letters;
    std::vector<bool> break_before;  // break_before[i]: a word or part starts at letter i (i > 0)
    std::string first_word;          // the first word, a possible surname ("Lee", "Park")
  };

 private:
  std::vector<Letters> orders_;  // as written, then the family name last read first; empty: no name
};

// The Korean surnames of one syllable (korean::IsSurnameSyllable) that the
// word spells in a press form ("Koo" 구, "Shim" 심, "Yeom" 염), for the
// surnames the romanized surname table (HangulSurnames) does not list.
// Case-insensitive; empty for none.
std::vector<std::string> PressSpelledSurnames(std::string_view word);

}  // namespace kosearch
