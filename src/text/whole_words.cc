// Whole Hangul words of an analysis (see whole_words.h).
#include "text/whole_words.h"

#include "text/unicode_text.h"

namespace kosearch {

namespace {

// A term of two Hangul syllables: a bigram of a Hangul word.
bool IsHangulBigram(std::string_view term) {
  const std::u32string cps = ToU32(term);
  return cps.size() == 2 && AllHangulSyllables(cps);
}

}  // namespace

std::vector<WholeWord> WholeWords(std::string_view normalized_text, const std::vector<Token>& tokens) {
  std::vector<WholeWord> out;
  for (size_t i = 0; i < tokens.size();) {
    size_t end = i;
    size_t first = tokens.size(), last = 0;  // the word's bigram tokens
    for (; end < tokens.size() && tokens[end].word == tokens[i].word; ++end) {
      if (tokens[end].index_only || !IsHangulBigram(tokens[end].term)) continue;
      if (first == tokens.size()) first = end;
      last = end;
    }
    if (first < tokens.size()) {
      const size_t from = tokens[first].start, to = tokens[last].end;
      out.push_back({tokens[i].word, std::string(normalized_text.substr(from, to - from))});
    }
    i = end;
  }
  return out;
}

}  // namespace kosearch
