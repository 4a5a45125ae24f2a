// Tests for the NER tagger's features (src/extract/ner_features.cc): a
// dropped template family computes no key (the trainer's --drop, template
// ablations), and the library's default computes every family.
#include <doctest/doctest.h>

#include <string_view>

#include "extract/ner_model.h"

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

TEST_CASE("every family is computed unless dropped: each one's bit removes keys of a name in a sentence") {
  // A surname-initial name, a word with a particle and a bigram window: every
  // family but the amounts and the name list fires somewhere in this sentence.
  const std::u32string_view text = U"김민수 장관은 이날 국회에서 말했다.";
  const size_t all = KeyCount(text, 0);
  for (const char* family : {"uni", "tri", "quad", "class", "spacing", "wordpos", "prefix", "rest", "whole",
                             "suffix", "next", "prev", "stem", "stemedge", "particle", "restkind", "learned",
                             "surname"}) {
    CAPTURE(family);
    CHECK(KeyCount(text, FamilyBit(family)) < all);
  }
}

}  // namespace
}  // namespace kosearch
