// Tests for the NER tagger's decoder (NerViterbi, src/extract/ner_decode.cc):
// the path it returns scores as high as the best legal tag sequence found
// by trying them all, the BIO rule holds, and ties go to the first tag.
#include <doctest/doctest.h>

#include <random>
#include <vector>

#include "extract/ner_model.h"

namespace kosearch {
namespace {

constexpr int T = kNerTagCount;

bool LegalPath(const std::vector<int>& tags) {
  for (size_t i = 0; i < tags.size(); ++i) {
    const int t = tags[i];
    if (t == 0 || NerIsBegin(t)) continue;
    if (i == 0 || tags[i - 1] == 0 || NerTypeOf(tags[i - 1]) != NerTypeOf(t)) return false;
  }
  return true;
}

// Sums in the decoder's order; whole numbers, so any order gives the same.
float PathScore(const std::vector<float>& emit, const std::vector<float>& trans, const std::vector<int>& tags) {
  float score = emit[tags[0]] + trans[T * T + tags[0]];
  for (size_t i = 1; i < tags.size(); ++i) score = score + trans[tags[i - 1] * T + tags[i]] + emit[i * T + tags[i]];
  return score;
}

float BestByTryingAll(const std::vector<float>& emit, const std::vector<float>& trans, size_t n) {
  std::vector<int> tags(n, 0);
  float best = -1e30f;
  for (;;) {
    if (LegalPath(tags)) best = std::max(best, PathScore(emit, trans, tags));
    size_t i = 0;
    while (i < n && ++tags[i] == T) tags[i++] = 0;
    if (i == n) return best;
  }
}

}  // namespace

TEST_CASE("the decoder's path scores as high as the best legal sequence") {
  std::mt19937 random(15);
  std::uniform_int_distribution<int> small(-4, 4);  // whole numbers: sums are exact, ties are common
  const size_t n = 4;
  for (int round = 0; round < 12; ++round) {
    std::vector<float> emit(n * T), trans((T + 1) * T);
    for (float& e : emit) e = static_cast<float>(small(random));
    for (float& t : trans) t = static_cast<float>(small(random));
    std::vector<int> tags;
    NerViterbi(emit.data(), n, trans.data(), nullptr, &tags);
    REQUIRE(tags.size() == n);
    CHECK(LegalPath(tags));
    CHECK(PathScore(emit, trans, tags) == BestByTryingAll(emit, trans, n));
  }
}

TEST_CASE("a tie between tags goes to the first one, and I-X never opens a span") {
  // Two positions, every score 0 except I-PS, which would win if it could
  // start the text: O O (tag 0 first among equals), never I-PS first.
  std::vector<float> emit(2 * T, 0.0f), trans((T + 1) * T, 0.0f);
  emit[2] = 5;  // I-PS at the first position: illegal there
  std::vector<int> tags;
  NerViterbi(emit.data(), 2, trans.data(), nullptr, &tags);
  CHECK(tags == std::vector<int>{0, 0});
  // B-PS then I-PS scores 1 more than anything else.
  emit[T + 2] = 1;
  trans[1 * T + 2] = 0;
  emit[1] = 0;
  NerViterbi(emit.data(), 2, trans.data(), nullptr, &tags);
  CHECK(tags == std::vector<int>{1, 2});
}

}  // namespace kosearch
