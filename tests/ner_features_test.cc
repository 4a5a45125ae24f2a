// Tests for the NER tagger's features (src/extract/ner_features.cc,
// ner_lexicon_class.cc): a dropped template family computes no key (the
// trainer's --drop, template ablations), and the lexicon's classes (a title,
// a government body, a verb of saying) are features of a word and of the
// words beside it.
#include <doctest/doctest.h>

#include <string_view>

#include "extract/ner_model.h"
#include "extract/ner_text.h"

namespace kosearch {
namespace {

uint32_t FamilyBit(std::string_view name) {
  for (int k = 0; k < kNerFamilyCount; ++k)
    if (name == kNerFamilies[k]) return 1u << k;
  FAIL("no family " << name);
  return 0;
}

size_t KeyCount(std::u32string_view text, uint32_t dropped) {
  NerFeatures feats;
  ExtractNerFeatures(text, {}, nullptr, &feats, dropped);
  REQUIRE(feats.offsets.size() == text.size() + 1);
  return feats.keys.size();
}

TEST_CASE("a dropped template family computes no key, and the bias stays") {
  const std::u32string_view text = U"김민수 장관은 이날 국회에서 말했다.";
  const size_t all = KeyCount(text, 0);
  // Every position has four character bigrams in its window.
  CHECK(KeyCount(text, FamilyBit("bi")) == all - 4 * text.size());
  // The name list is not given: dropping it changes nothing.
  CHECK(KeyCount(text, FamilyBit("gazetteer")) == all);
  NerFeatures feats;
  ExtractNerFeatures(text, {}, nullptr, &feats, ~uint32_t{0});
  CHECK(feats.keys.size() >= text.size());  // the bias, and a space's own key
}

TEST_CASE("the lexicon says what a word is: title, government body, verb of saying") {
  CHECK(NerLexiconClass(U"장관", U"장관은") == kNerLexTitle);
  CHECK(NerLexiconClass(U"외교부", U"외교부는") == kNerLexGovernment);
  CHECK(NerLexiconClass(U"말했다", U"말했다.") == kNerLexSaying);
  CHECK(NerLexiconClass(U"김민수", U"김민수") == kNerLexNone);
}

TEST_CASE("a name before a title gets the title as a feature; a name before a plain word does not") {
  const uint32_t lexicon = FamilyBit("lexicon");
  // 장관 is a title: its own word and the name before it get lexicon keys.
  const std::u32string_view titled = U"김민수 장관은 밝혔다";
  CHECK(KeyCount(titled, 0) > KeyCount(titled, lexicon));
  // 사과를 is nothing the lexicon knows, and 먹었다 no verb of saying.
  const std::u32string_view plain = U"김민수 사과를 먹었다";
  CHECK(KeyCount(plain, 0) == KeyCount(plain, lexicon));
}

}  // namespace
}  // namespace kosearch
