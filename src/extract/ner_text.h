// Korean text helpers shared by the NER tagger's features
// (ner_features.cc), its name list (ner_gazetteer.cc) and its span decoding
// (ner_decode.cc). Internal header.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/korean_numbers.h"
#include "text/unicode_text.h"

namespace kosearch {

// Feature hashing: FNV-1a over the template number and the values added,
// finished with splitmix64 (FNV's low bits are weak). Never 0 (the model's
// empty slot).
struct NerHasher {
  uint64_t h;
  explicit NerHasher(uint64_t tmpl) : h(0xcbf29ce484222325ULL ^ (tmpl * 0x9E3779B97F4A7C15ULL)) {}
  NerHasher& Add(uint64_t v) {
    h ^= v;
    h *= 0x100000001b3ULL;
    return *this;
  }
  uint64_t Done() const {
    uint64_t x = h;
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x == 0 ? 1 : x;
  }
};

// Digits collapse to 0 so that n-grams generalise over numbers.
inline char32_t NerNorm(char32_t c) {
  c = FoldWidth(c);
  return IsAsciiDigit(c) ? U'0' : c;
}

// The feature template of a name-list match (part of the model file's meaning).
inline constexpr uint64_t kNerGazetteerTemplate = 45;

// Is c a common Korean surname syllable?
bool NerIsSurname(char32_t c);

// Length of the particle (or 씨) ending the word text[ws, we), 0 when none;
// the stem keeps at least one character.
size_t NerParticleLength(std::u32string_view text, size_t ws, size_t we);

// Share (tenths) of the learned particle ending `rest` (kmou-ner's
// morphemes: how often a word so ending ends in that particle), -1 when it
// is none (ner_learned_particles.cc).
int NerLearnedParticleShare(std::u32string_view rest);

// The lexicon features' view of one word (ner_lexicon_words.cc, from
// korean_lexicon's title, counter and particle tables): kind bits and the
// length of the lexicon particle ending it (kAfterName), 0 when none.
enum NerLexiconKind : uint8_t {
  kNerTitleWord = 1,     // the stem is a title (회장은, 대변인)
  kNerTitleEnd = 2,      // the stem ends in a compound title (외교부장관)
  kNerCounterWord = 4,   // a number then a counter (3명, 12개국에서)
  kNerNumberStart = 8,   // starts with a digit
};
struct NerLexiconWord {
  uint8_t kind = 0;
  uint8_t particle = 0;
};
NerLexiconWord NerDescribeLexiconWord(std::u32string_view word);

}  // namespace kosearch
