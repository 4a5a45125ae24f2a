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

}  // namespace kosearch
