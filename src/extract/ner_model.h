// A character-level named-entity tagger: BIO tags over code points, scored
// by a linear model over hashed character n-gram, word-shape and amount
// features, decoded with first-order Viterbi. The weights are trained by
// bench/ner_train/train_ner.cc (an averaged perceptron) and stored in
// schema/ner/model.bin. Internal header.
//
// The trainer and the library share this code, so both compute exactly the
// same features: ner_features.cc (features), ner_gazetteer.cc (name list),
// ner_decode.cc (Viterbi, spans), ner_model.cc (model file, Tag). Thread-safety: a loaded
// NerModel is immutable; Tag() may be called from many threads at once.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kosearch/extract.h"
#include "kosearch/status.h"

namespace kosearch {

// Entity types the model knows, in tag order. Only PS, OG and QT are
// reported; LC, DT and TI are learned so that "2030년" (DT) and "서울" (LC)
// are not mistaken for QT and OG.
inline constexpr const char* kNerTypes[] = {"PS", "OG", "QT", "LC", "DT", "TI"};
inline constexpr int kNerTypeCount = 6;
// Tag 0 is O; tag 1 + 2t is B-type t; tag 2 + 2t is I-type t.
inline constexpr int kNerTagCount = 1 + 2 * kNerTypeCount;
inline bool NerIsBegin(int tag) { return tag > 0 && tag % 2 == 1; }
inline int NerTypeOf(int tag) { return (tag - 1) / 2; }

// Hashed features of every position of a text, flattened: the features of
// position i are keys[offsets[i] .. offsets[i + 1]).
struct NerFeatures {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets;
};

// Names known to be people or organizations (schema/ner/gazetteer.tsv: one
// "TYPE<TAB>name" per line, TYPE being PS or OG; # starts a comment). The
// tagger sees "this span is a listed name" as one more feature, so a listed
// name is likelier, not certain, to be tagged. Immutable after loading.
class NerGazetteer {
 public:
  // NotFound when the file is missing; InvalidArgument naming "path:line"
  // for a line that is not TYPE<TAB>name.
  static Result<std::unique_ptr<NerGazetteer>> Load(const std::string& path);
  void Add(int type, std::u32string_view name);
  size_t size() const { return size_; }
  // Per position of text: 0, or (type + 1) << 2 | (1 first, 2 inside, 3 last)
  // of the longest listed name starting at a word or punctuation boundary.
  void Mark(std::u32string_view text, std::vector<uint8_t>* marks) const;

 private:
  static constexpr size_t kMaxLength = 16;
  std::vector<std::pair<uint64_t, uint8_t>> table_;  // open addressing by hash
  size_t size_ = 0;
  size_t mask_ = 0;
  const uint8_t* Find(uint64_t hash) const;
};

// Computes the features of text (whole text; `amounts` as found by
// FindAmounts on it; `gazetteer` may be null). Reuses out's storage.
void ExtractNerFeatures(std::u32string_view text, const std::vector<Amount>& amounts,
                        const NerGazetteer* gazetteer, NerFeatures* out);

// The news-domain copy of a feature key (see the trainer's --domain).
inline uint64_t NerDomainKey(uint64_t key) {
  key ^= 0x5bd1e9955bd1e995ULL;
  key *= 0xff51afd7ed558ccdULL;
  key ^= key >> 33;
  return key == 0 ? 1 : key;
}

// Best tag sequence for per-position tag scores `emit` (n × kNerTagCount),
// transitions `trans` ((kNerTagCount + 1) × kNerTagCount, the last row being
// the start of the text) under the BIO constraint (I-X only after B-X or
// I-X). `allowed`, when not null, holds one bit mask of permitted tags per
// position (the trainer's partially labelled sentences).
void NerViterbi(const float* emit, size_t n, const float* trans, const uint16_t* allowed, std::vector<int>* tags);

// PS/OG/QT spans from a tag sequence, keeping only spans inside text[0, limit).
std::vector<Entity> NerEntitiesFromTags(std::u32string_view text, size_t limit, const std::vector<int>& tags);

// The weights as written by the trainer: per feature key, the non-zero
// (tag, weight) pairs.
struct NerModelData {
  std::vector<float> transitions;  // (kNerTagCount + 1) × kNerTagCount
  std::vector<std::pair<uint64_t, std::vector<std::pair<uint8_t, float>>>> features;
};

// Writes `data` to `path` (weights quantised to 16 bits).
Status SaveNerModel(const std::string& path, const NerModelData& data);

class NerModel {
 public:
  // Reads a model written by SaveNerModel. NotFound when the file is
  // missing, Corruption when it cannot be decoded.
  static Result<std::unique_ptr<NerModel>> Load(const std::string& path);

  // One tag per code point of `text`. `gazetteer` may be null.
  std::vector<int> Tag(std::u32string_view text, const std::vector<Amount>& amounts,
                       const NerGazetteer* gazetteer = nullptr) const;

  size_t feature_count() const { return slots_.size() - empty_slots_; }

 private:
  NerModel() = default;
  struct Slot;
  // The slot of feature `key`, or null when the model does not know it.
  const Slot* Find(uint64_t key) const;

  std::vector<float> transitions_;
  float scale_ = 1;
  // Open addressing over feature keys; key 0 marks an empty slot. A slot's
  // weights are entries_[start .. start + count), tag and weight side by
  // side so one cache line holds both.
  struct Slot {
    uint64_t key = 0;
    uint32_t start = 0;
    uint32_t count = 0;
  };
  std::vector<Slot> slots_;
  struct Entry {
    uint8_t tag;
    int16_t weight;
  };
  std::vector<Entry> entries_;
  size_t mask_ = 0;
  size_t empty_slots_ = 0;
};

}  // namespace kosearch
