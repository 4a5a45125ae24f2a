// The pieces of loanword matching (loanword.h) that its three files share:
// the English side (loanword_english.cc), the Hangul side
// (loanword_hangul.cc) and the key and similarity (loanword.cc).
// Internal to those files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kosearch {

// Romanises a run of Hangul syllables into phonetic letters, dropping the
// epenthetic vowels of loanword spelling (스 → s, 플 → pl, 메시지 → mesij).
// Returns false when ICU's Hangul-Latin transliterator is unavailable.
bool HangulPhonetic(std::u32string_view run, std::string& out);

// Reads one lower-case ASCII word as English spelling and appends its rough
// pronunciation in the same phonetic letters.
void EnglishPhonetic(std::string_view word, std::string& out);

// Latin-1 letters folded to lower-case ASCII ('\0' for other code points),
// so that José and Pokémon read as English.
char FoldLatin(char32_t c);
bool IsLatinLetter(char32_t c);

// The keys an English spelling may stand for: as written, and the singular
// or the place Korean writes for a plural or a demonym (Russian → 러시아),
// and a name as its own language reads it (Thomas Bach → 토마스 바흐).
std::vector<std::string> EnglishKeys(std::string_view english);

// A candidate Hangul form; `certain` when every piece taken off is a
// particle that does not also end words.
struct LoanwordForm {
  std::string text;
  bool certain;
};

// `word` and its forms without up to two particles, longest first.
std::vector<LoanwordForm> StrippedForms(std::string_view word);

// One-syllable Korean words and frequent native words never pair.
size_t HangulSyllableCount(std::string_view text);
bool IsNativeStopword(std::string_view form);

}  // namespace kosearch
