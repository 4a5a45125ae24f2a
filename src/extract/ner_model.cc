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
  std::vector<const NerModel::Row*> rows;  // per feature: the row its slot names, or null
  std::vector<float> emit;
};

bool LowHalfMatches(const NerModel::Row& row, uint64_t key) {
  return row.key_low[0] == static_cast<uint16_t>(key) && row.key_low[1] == static_cast<uint16_t>(key >> 16);
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

std::vector<int> NerModel::Tag(std::u32string_view text, const std::vector<Amount>& amounts,
                               const NerGazetteer* gazetteer) const {
  constexpr int T = kNerTagCount;
  thread_local Scratch scratch;
  Scratch& s = scratch;  // one TLS look-up (this code may live in a shared library)
  ExtractNerFeatures(text, amounts, gazetteer, &s.feats);
  const size_t n = text.size();
  const uint64_t* keys = s.feats.keys.data();
  const uint32_t* offsets = s.feats.offsets.data();
  s.rows.resize(s.feats.keys.size());
  s.emit.resize(n * T);
  // Features land on random slots of a table of megabytes: cache misses.
  // The features of a block of positions are looked up in two passes that
  // keep many loads in flight: keys → slots (the key's high half) with the
  // slot prefetched ahead and the row prefetched as soon as it is known,
  // then the rows (the low half, and the weights), by now in cache. A block
  // is small enough for its rows to stay in the first-level cache.
  constexpr size_t kAhead = 32, kBlockKeys = 512;
  const ScoreLanes scale = ScoreLanes{} + scale_;
  for (size_t first = 0; first < n;) {
    size_t last = first + 1;
    while (last < n && offsets[last + 1] - offsets[first] <= kBlockKeys) ++last;
    const uint32_t from = offsets[first], to = offsets[last];
    for (uint32_t f = from; f < to; ++f) {
      if (f + kAhead < to) {
        // The home slot's line and the next: a probe often runs past a line's end.
        const size_t home = keys[f + kAhead] & mask_;
        __builtin_prefetch(&slots_[home]);
        __builtin_prefetch(&slots_[(home + 7) & mask_]);
      }
      const Slot* slot = FindSlot(keys[f], keys[f] & mask_);
      const Row* row = slot == nullptr ? nullptr : &rows_[slot->row - 1];
      if (row != nullptr) __builtin_prefetch(row);
      s.rows[f] = row;
    }
    // Each tag's score is the sum, feature by feature in order, of its
    // weight × scale: the same float operations in every lane as one tag at
    // a time.
    for (size_t i = first; i < last; ++i) {
      ScoreLanes sum = {};
      for (uint32_t f = offsets[i]; f < offsets[i + 1]; ++f) {
        const Row* row = s.rows[f];
        if (row == nullptr) continue;
        if (!LowHalfMatches(*row, keys[f])) {
          row = RowOf(keys[f], FindSlot(keys[f], keys[f] & mask_));  // rare: only the high half matched
          if (row == nullptr) continue;
        }
        RowLanes w;
        std::memcpy(&w, row->weight, sizeof w);
        sum += __builtin_convertvector(__builtin_convertvector(w, IntLanes), ScoreLanes) * scale;
      }
      float lanes[16];
      std::memcpy(lanes, &sum, sizeof lanes);
      std::memcpy(&s.emit[i * T], lanes, T * sizeof(float));
    }
    first = last;
  }
  std::vector<int> tags;
  NerViterbi(s.emit.data(), n, transitions_, nullptr, &tags);
  return tags;
}

}  // namespace kosearch
