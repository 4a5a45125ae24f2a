// Tests for the NER tagger's in-memory table (src/extract/ner_bucket_table.cc):
// a feature whose bucket is full is still found past it, a key that only
// shares a bucket is not mistaken for it, and the 8-bit weights keep the
// model's decisions.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "extract/ner_model.h"

namespace kosearch {
namespace {

// The first key (the bias feature) of every position of "가나다".
uint64_t BiasKey() {
  NerFeatures feats;
  ExtractNerFeatures(U"가나다", {}, nullptr, &feats);
  REQUIRE(feats.keys.size() > 3);
  return feats.keys[0];
}

TEST_CASE("a feature placed past its full bucket is found, and its bucket's other keys are not it") {
  const uint64_t bias = BiasKey();
  NerModelData data;
  data.transitions.assign((kNerTagCount + 1) * kNerTagCount, 0);
  data.transitions[2 * kNerTagCount + 2] = 1;  // I-PS → I-PS
  // Twelve keys of the bias key's bucket (the same high 32 bits) with more
  // weights, so placed first: they fill its bucket and the next two. Each
  // favours B-QT strongly: a false match would show.
  for (uint64_t i = 1; i <= 12; ++i)
    data.features.push_back({(bias & ~uint64_t{0xFFFFFFFF}) | ((bias + i * 0x10001) & 0xFFFFFFFF),
                             {{5, 9.0f}, {6, 1.0f}, {7, 1.0f}, {8, 1.0f}}});
  data.features.push_back({bias, {{0, -1.0f}, {1, 2.0f}, {2, 1.5f}}});  // B-PS, then I-PS
  const std::string path = (std::filesystem::temp_directory_path() / "kosearch_ner_full_bucket.bin").string();
  REQUIRE(SaveNerModel(path, data).ok());
  auto model = NerModel::Load(path);
  REQUIRE_MESSAGE(model.ok(), model.status().ToString());
  CHECK(model.value()->feature_count() == 13);
  CHECK(model.value()->Tag(U"가나다", {}) == std::vector<int>{1, 2, 2});
  std::remove(path.c_str());
}

TEST_CASE("weights far apart in size keep their order in 8 bits") {
  const uint64_t bias = BiasKey();
  NerModelData data;
  data.transitions.assign((kNerTagCount + 1) * kNerTagCount, 0);
  // One large weight elsewhere sets the model's scale; the bias feature's
  // small weights still rank B-OG over B-PS over O.
  data.features.push_back({0x1234567890abcdefULL, {{5, 100.0f}}});
  data.features.push_back({bias, {{1, 0.6f}, {3, 0.7f}}});
  const std::string path = (std::filesystem::temp_directory_path() / "kosearch_ner_small_weights.bin").string();
  REQUIRE(SaveNerModel(path, data).ok());
  auto model = NerModel::Load(path);
  REQUIRE_MESSAGE(model.ok(), model.status().ToString());
  CHECK(model.value()->Tag(U"가", {}) == std::vector<int>{3});
  std::remove(path.c_str());
}

}  // namespace
}  // namespace kosearch
