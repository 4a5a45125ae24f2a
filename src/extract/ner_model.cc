// Character-level NER tagger (see ner_model.h): tagging one text. Features:
// ner_features.cc; the model file and its layout: ner_model_file.cc;
// decoding: ner_decode.cc.
#include "extract/ner_model.h"

#include <cstddef>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace kosearch {

namespace {

// A position's 16 sums: lanes 1-12 are the scores of tags 1-12; lane 0
// (an entry's step) and lanes 13-15 (its key) are summed too and ignored.
struct Sums {
#if defined(__SSE2__)
  __m128 quad[4] = {_mm_setzero_ps(), _mm_setzero_ps(), _mm_setzero_ps(), _mm_setzero_ps()};
#else
  float lane[16] = {};
#endif
  // Adds the 16 bytes at `e`, as signed integers, times `step`.
  void Add(const NerModel::Entry* e, float step) {
#if defined(__SSE2__)
    // Widen 8 → 16 → 32 bits by pairing each byte with itself and shifting
    // arithmetically (SSE2 has no sign extension), then convert to float.
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(e));
    const __m128i low = _mm_srai_epi16(_mm_unpacklo_epi8(bytes, bytes), 8);
    const __m128i high = _mm_srai_epi16(_mm_unpackhi_epi8(bytes, bytes), 8);
    const __m128i words[4] = {_mm_srai_epi32(_mm_unpacklo_epi16(low, low), 16),
                              _mm_srai_epi32(_mm_unpackhi_epi16(low, low), 16),
                              _mm_srai_epi32(_mm_unpacklo_epi16(high, high), 16),
                              _mm_srai_epi32(_mm_unpackhi_epi16(high, high), 16)};
    const __m128 scale = _mm_set1_ps(step);
    for (int q = 0; q < 4; ++q) quad[q] = _mm_add_ps(quad[q], _mm_mul_ps(_mm_cvtepi32_ps(words[q]), scale));
#else
    int8_t bytes[16];
    std::memcpy(bytes, e, sizeof bytes);
    for (int k = 0; k < 16; ++k) lane[k] += static_cast<float>(bytes[k]) * step;
#endif
  }
  void Store(float* out) const {
#if defined(__SSE2__)
    for (int q = 0; q < 4; ++q) _mm_storeu_ps(out + 4 * q, quad[q]);
#else
    std::memcpy(out, lane, sizeof lane);
#endif
  }
};

// Per thread, reused from text to text.
struct Scratch {
  NerFeatures feats;
  std::vector<float> emit;
};

// The key bits an entry holds: its last 3 bytes (read as 4 with the last weight).
uint32_t FingerprintOf(const NerModel::Entry& e) {
  static_assert(offsetof(NerModel::Entry, fingerprint) == 13 && sizeof e == 16);
  uint32_t tail;
  std::memcpy(&tail, reinterpret_cast<const char*>(&e) + 12, sizeof tail);
  return tail >> 8;
}

}  // namespace

// Inline: in a shared library an out-of-line member is called through the
// PLT on every feature.
inline const NerModel::Entry* NerModel::Find(uint64_t key) const {
  const uint32_t fingerprint = key & 0xFFFFFF;
  for (uint64_t bucket = NerBucketOf(key, bucket_count_);;) {
    const Entry* e = &buckets_[4 * bucket];
    for (int k = 0; k < 4; ++k)
      if (FingerprintOf(e[k]) == fingerprint) return &e[k];
    if (!(overflowed_[bucket / 64] >> (bucket % 64) & 1)) return nullptr;
    bucket = bucket + 1 == bucket_count_ ? 0 : bucket + 1;  // a key went past this full bucket
  }
}

std::vector<int> NerModel::Tag(std::u32string_view text, const std::vector<Amount>& amounts,
                               const NerGazetteer* gazetteer) const {
  constexpr int T = kNerTagCount;
  thread_local Scratch scratch;
  Scratch& s = scratch;  // one TLS look-up (this code may live in a shared library)
  ExtractNerFeatures(text, amounts, gazetteer, &s.feats);
  const size_t n = text.size();
  const uint64_t* keys = s.feats.keys.data();
  const uint32_t* offsets = s.feats.offsets.data();
  s.emit.resize(n * T);
  // Features land on random buckets of a table of megabytes: cache misses.
  // The bucket of the key kAhead keys on is fetched while this one is
  // added, so that many loads are in flight (48 ahead rather than 24:
  // 1.07× on the shared machine, where a miss takes long).
  constexpr size_t kAhead = 48;
  const size_t key_count = s.feats.keys.size();
  auto prefetch = [&](size_t f) { __builtin_prefetch(&buckets_[4 * NerBucketOf(keys[f], bucket_count_)]); };
  for (size_t f = 0; f < kAhead && f < key_count; ++f) prefetch(f);
  for (size_t i = 0; i < n; ++i) {
    // Each tag's score is the sum, feature by feature in order, of its
    // weight × its entry's step.
    Sums sum;
    for (uint32_t f = offsets[i]; f < offsets[i + 1]; ++f) {
      if (f + kAhead < key_count) prefetch(f + kAhead);
      const Entry* e = Find(keys[f]);
      if (e == nullptr) continue;
      sum.Add(e, steps_[e->step]);
    }
    float lanes[16];
    sum.Store(lanes);
    s.emit[i * T] = 0;  // O: the entries hold the other tags' weights minus O's
    std::memcpy(&s.emit[i * T + 1], &lanes[1], (T - 1) * sizeof(float));
  }
  std::vector<int> tags;
  NerViterbi(s.emit.data(), n, transitions_, nullptr, &tags);
  return tags;
}

}  // namespace kosearch
