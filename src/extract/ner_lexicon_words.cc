// The NER tagger's view of korean_lexicon (NerDescribeLexiconWord in
// ner_text.h): whether a word is a title, ends in one, counts with a
// counter, and how long the lexicon particle ending it is. The tables stay
// in korean_lexicon; the tagger's "lexicon" features (ner_features.cc) use
// this to see that 회장 follows a name and 명 follows a number, in words the
// training data never showed.
#include "extract/ner_text.h"
#include "text/korean_lexicon.h"

namespace kosearch {

namespace {

// `rest` (a word after its leading digits) is a counter, maybe with a
// particle that may follow an amount (명이, 개국에서).
bool IsCounted(std::u32string_view rest) {
  if (rest.empty()) return false;
  const korean::Particle* p = korean::ParticleEnding(rest, korean::kAfterAmount);
  const std::u32string_view stem = p ? rest.substr(0, rest.size() - p->text.size()) : rest;
  for (const korean::Counter& c : korean::Counters())
    if (c.text == rest || c.text == stem) return true;
  return false;
}

}  // namespace

NerLexiconWord NerDescribeLexiconWord(std::u32string_view word) {
  NerLexiconWord out;
  if (word.empty() || word.size() > 24) return out;
  const korean::Particle* p = korean::ParticleEnding(word, korean::kAfterName);
  out.particle = static_cast<uint8_t>(p ? p->text.size() : 0);
  const std::u32string_view stem = word.substr(0, word.size() - out.particle);
  if (korean::IsTitleWord(stem) || korean::IsTitleWord(word)) out.kind |= kNerTitleWord;
  for (size_t cut = 1; cut + 1 < stem.size() && (out.kind & kNerTitleEnd) == 0; ++cut)
    if (korean::IsCompoundTitleEnd(stem.substr(cut))) out.kind |= kNerTitleEnd;
  size_t digits = 0;
  while (digits < word.size() && IsAsciiDigit(FoldWidth(word[digits]))) ++digits;
  if (digits > 0) {
    out.kind |= kNerNumberStart;
    if (IsCounted(word.substr(digits))) out.kind |= kNerCounterWord;
  }
  return out;
}

}  // namespace kosearch
