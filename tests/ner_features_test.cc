// Tests for the NER tagger's features (src/extract/ner_features.cc): a
// dropped template family computes exactly its own keys less (the trainer's
// --drop, template ablations: ner_families.h), and the library's default
// computes every family.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extract/amounts.h"
#include "extract/ner_families.h"
#include "extract/ner_model.h"

namespace kosearch {
namespace {

uint32_t FamilyBit(std::string_view name) {
  for (int k = 0; k < kNerFamilyCount; ++k)
    if (name == kNerFamilies[k]) return 1u << k;
  FAIL("no family " << name);
  return 0;
}

NerFeatures Features(std::u32string_view text, uint32_t dropped, const NerGazetteer* gazetteer = nullptr) {
  NerFeatures feats;
  ExtractNerFeaturesWithout(text, FindAmounts(text, text.size()), gazetteer, &feats, dropped);
  REQUIRE(feats.offsets.size() == text.size() + 1);
  return feats;
}

size_t KeyCount(std::u32string_view text, uint32_t dropped) { return Features(text, dropped).keys.size(); }

// Position i's keys, sorted.
std::vector<uint64_t> KeysAt(const NerFeatures& f, size_t i) {
  std::vector<uint64_t> keys(f.keys.begin() + f.offsets[i], f.keys.begin() + f.offsets[i + 1]);
  std::sort(keys.begin(), keys.end());
  return keys;
}

// At every position, the keys without `family` and the keys of `family`
// alone (every other family dropped) make up all the keys, the bias (kept
// by both) once: the family's keys and no other's go. Returns how many
// keys the family has.
size_t CheckOnlyItsKeysGo(std::u32string_view text, const std::string& family, const NerGazetteer* gazetteer = nullptr) {
  CAPTURE(family);
  const uint32_t bit = FamilyBit(family);
  const NerFeatures all = Features(text, 0, gazetteer), without = Features(text, bit, gazetteer),
                    alone = Features(text, ~bit, gazetteer), bias = Features(text, ~uint32_t{0}, gazetteer);
  size_t own = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    CAPTURE(i);
    REQUIRE(KeysAt(bias, i).size() == 1);
    std::vector<uint64_t> its = KeysAt(alone, i);
    its.erase(std::find(its.begin(), its.end(), KeysAt(bias, i)[0]));  // kept by both
    std::vector<uint64_t> both = KeysAt(without, i);
    both.insert(both.end(), its.begin(), its.end());
    std::sort(both.begin(), both.end());
    CHECK(both == KeysAt(all, i));
    own += its.size();
  }
  return own;
}

TEST_CASE("a dropped template family computes no key, and the bias stays") {
  const std::u32string_view text = U"김민수 장관은 이날 국회에서 말했다.";
  const size_t all = KeyCount(text, 0);
  // Every position has four character bigrams in its window.
  CHECK(KeyCount(text, FamilyBit("bi")) == all - 4 * text.size());
  // The name list is not given: dropping it changes nothing.
  CHECK(KeyCount(text, FamilyBit("gazetteer")) == all);
  CHECK(KeyCount(text, ~uint32_t{0}) == text.size());  // the bias only (a space's own key is wordpos's)
  NerFeatures library;
  ExtractNerFeatures(text, FindAmounts(text, text.size()), nullptr, &library);
  CHECK(library.keys == Features(text, 0).keys);
}

TEST_CASE("dropping a family removes exactly its keys, a space's word-position key with wordpos") {
  const std::u32string_view text = U"김민수 장관은 이날 국회에서 말했다.";
  for (const char* family : {"uni", "bi", "tri", "quad", "class", "spacing", "wordpos", "prefix", "rest", "whole",
                             "suffix", "next", "prev", "stem", "stemedge", "particle", "restkind", "learned",
                             "surname"}) {
    CHECK(CheckOnlyItsKeysGo(text, family) > 0);
  }
}

TEST_CASE("the amounts and the name list are families too: dropping one removes exactly its keys") {
  const std::u32string_view text = U"한빛전자는 지난해 매출 30억달러를 올렸다고 밝혔다.";
  NerGazetteer names;
  names.Add(1, U"한빛전자");
  CHECK(CheckOnlyItsKeysGo(text, "amount") > 0);
  CHECK(CheckOnlyItsKeysGo(text, "gazetteer", &names) == 4);  // one key on each of the name's characters
  CHECK(CheckOnlyItsKeysGo(text, "gazetteer") == 0);          // no list, no keys
}

}  // namespace
}  // namespace kosearch
