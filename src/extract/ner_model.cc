// Character-level NER tagger (see ner_model.h): tagging one text. Features:
// ner_features.cc; the model file and its layout: ner_model_file.cc;
// decoding: ner_decode.cc.
#include "extract/ner_model.h"

#include <cstring>

namespace kosearch {

namespace {

// A row's 16 weights and their sum per position, as vectors (GCC/Clang
// vector extensions: SSE2 on any x86-64; the aligned(2) lets a row be read
// wherever it lies).
typedef int16_t RowLanes __attribute__((vector_size(32), aligned(2)));
typedef int32_t IntLanes __attribute__((vector_size(64)));
typedef float ScoreLanes __attribute__((vector_size(64)));

// Per thread, reused from text to text.
struct Scratch {
  NerFeatures feats;
  std::vector<float> emit;
};

bool LowHalfMatches(const NerModel::Row& row, uint64_t key) {
  return row.key_low[0] == static_cast<uint16_t>(key) && row.key_low[1] == static_cast<uint16_t>(key >> 16);
}

// Does `e` hold the key whose low 48 bits are `low48`? (Its 13th weight
// and its key are the last 8 bytes of the entry.)
bool EntryMatches(const NerModel::Entry& e, uint64_t low48) {
  uint64_t tail;
  std::memcpy(&tail, &e.weight[kNerTagCount - 1], sizeof tail);
  return tail >> 16 == low48;
}

}  // namespace

// Inline: in a shared library an out-of-line member is called through the
// PLT on every feature.
inline const NerModel::Slot* NerModel::FindSlot(uint64_t key, size_t from) const {
  const uint32_t high = static_cast<uint32_t>(key >> 32);
  for (size_t s = from;; s = (s + 1) & mask_) {
    if (slots_[s].row == 0) return nullptr;
    if (slots_[s].key_high == high) return &slots_[s];
  }
}

inline const NerModel::Row* NerModel::RowOf(uint64_t key, const Slot* slot) const {
  while (slot != nullptr) {
    const Row* row = &rows_[slot->row - 1];
    if (LowHalfMatches(*row, key)) return row;
    slot = FindSlot(key, (slot - slots_ + 1) & mask_);  // the high half only matched
  }
  return nullptr;
}

inline const int16_t* NerModel::WeightsOf(uint64_t key) const {
  const size_t bucket = key >> bucket_shift_;
  const Entry* e = &buckets_[2 * bucket];
  const uint64_t low48 = key & ((uint64_t{1} << 48) - 1);
  if (EntryMatches(e[0], low48)) return e[0].weight;
  if (EntryMatches(e[1], low48)) return e[1].weight;
  if (!(overflowed_[bucket / 64] >> (bucket % 64) & 1)) return nullptr;
  const Row* row = RowOf(key, FindSlot(key, key & mask_));  // its bucket was full
  return row == nullptr ? nullptr : row->weight;
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
  // added, so that many loads are in flight.
  constexpr size_t kAhead = 24;
  const size_t key_count = s.feats.keys.size();
  const ScoreLanes scale = ScoreLanes{} + scale_;
  for (size_t f = 0; f < kAhead && f < key_count; ++f) __builtin_prefetch(&buckets_[2 * (keys[f] >> bucket_shift_)]);
  for (size_t i = 0; i < n; ++i) {
    // Each tag's score is the sum, feature by feature in order, of its
    // weight × scale: the same float operations in every lane as one tag at
    // a time.
    ScoreLanes sum = {};
    for (uint32_t f = offsets[i]; f < offsets[i + 1]; ++f) {
      if (f + kAhead < key_count) __builtin_prefetch(&buckets_[2 * (keys[f + kAhead] >> bucket_shift_)]);
      const int16_t* weights = WeightsOf(keys[f]);
      if (weights == nullptr) continue;
      RowLanes w;
      std::memcpy(&w, weights, sizeof w);
      sum += __builtin_convertvector(__builtin_convertvector(w, IntLanes), ScoreLanes) * scale;
    }
    float lanes[16];
    std::memcpy(lanes, &sum, sizeof lanes);
    std::memcpy(&s.emit[i * T], lanes, T * sizeof(float));
  }
  std::vector<int> tags;
  NerViterbi(s.emit.data(), n, transitions_, nullptr, &tags);
  return tags;
}

}  // namespace kosearch
