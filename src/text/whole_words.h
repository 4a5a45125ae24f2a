// The whole Hangul words of an analysis, beside their bigrams: the word as
// the analyzer cut it (particles and light verbs cut: "옴니버스를" → 옴니버스),
// so that the index can keep a whole word as one term and a query can score
// a document that has the word itself above one that has its bigrams inside
// a longer word. Internal header.
//
// Thread-safety: stateless functions, safe to call concurrently.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kosearch/analyzer.h"

namespace kosearch {

struct WholeWord {
  uint32_t word = 0;  // Token::word of the word's tokens
  std::string text;   // the stem the word's bigrams cover
};

// The Hangul words of `tokens` (Analyze of `normalized_text`) that have two
// syllables or more once cut, in order. A one-syllable word, a Latin word
// or a number is a single term already and has none.
std::vector<WholeWord> WholeWords(std::string_view normalized_text, const std::vector<Token>& tokens);

}  // namespace kosearch
