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
  std::vector<const NerModel::Slot*> slots;
  std::vector<float> emit;
};

}  // namespace

const NerModel::Slot* NerModel::FindSlot(uint64_t key, size_t from) const {
  const uint32_t high = static_cast<uint32_t>(key >> 32);
  for (size_t s = from;; s = (s + 1) & mask_) {
    if (slots_[s].row == 0) return nullptr;
    if (slots_[s].key_high == high) return &slots_[s];
  }
}

const NerModel::Row* NerModel::RowOf(uint64_t key, const Slot* slot) const {
  while (slot != nullptr) {
    const Row* row = &rows_[slot->row - 1];
    if (row->key_low[0] == static_cast<uint16_t>(key) && row->key_low[1] == static_cast<uint16_t>(key >> 16)) return row;
    slot = FindSlot(key, (slot - slots_ + 1) & mask_);  // the high half only matched
  }
  return nullptr;
}

std::vector<int> NerModel::Tag(std::u32string_view text, const std::vector<Amount>& amounts,
                               const NerGazetteer* gazetteer) const {
  constexpr int T = kNerTagCount;
  thread_local Scratch scratch;
  NerFeatures& feats = scratch.feats;
  ExtractNerFeatures(text, amounts, gazetteer, &feats);
  const size_t n = text.size();
  // Features land on random slots of a table of megabytes: cache misses.
  // Two passes with prefetching keep many in flight at once: keys → slots
  // (the key's high half), then slots → rows (its low half, and weights).
  constexpr size_t kAhead = 16;
  const std::vector<uint64_t>& keys = feats.keys;
  std::vector<const Slot*>& slots = scratch.slots;
  slots.resize(keys.size());
  for (size_t f = 0; f < keys.size(); ++f) {
    if (f + kAhead < keys.size()) __builtin_prefetch(&slots_[keys[f + kAhead] & mask_]);
    slots[f] = FindSlot(keys[f], keys[f] & mask_);
  }
  // Each tag's score is the sum, feature by feature in order, of its weight
  // × scale: the same float operations in every lane as one tag at a time.
  std::vector<float>& emit = scratch.emit;
  emit.resize(n * T);
  const ScoreLanes scale = ScoreLanes{} + scale_;
  for (size_t i = 0; i < n; ++i) {
    ScoreLanes sum = {};
    for (uint32_t f = feats.offsets[i]; f < feats.offsets[i + 1]; ++f) {
      if (f + kAhead < slots.size() && slots[f + kAhead] != nullptr) __builtin_prefetch(&rows_[slots[f + kAhead]->row - 1]);
      const Row* row = RowOf(keys[f], slots[f]);
      if (row == nullptr) continue;
      RowLanes w;
      std::memcpy(&w, row->weight, sizeof w);
      sum += __builtin_convertvector(__builtin_convertvector(w, IntLanes), ScoreLanes) * scale;
    }
    float lanes[16];
    std::memcpy(lanes, &sum, sizeof lanes);
    std::memcpy(&emit[i * T], lanes, T * sizeof(float));
  }
  std::vector<int> tags;
  NerViterbi(emit.data(), n, transitions_, nullptr, &tags);
  return tags;
}

}  // namespace kosearch
