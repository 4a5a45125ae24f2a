// A character-level named-entity tagger: BIO tags over code points, scored
// by a linear model over hashed character n-gram, word-shape and amount
// features, decoded with first-order Viterbi. The weights are trained by
// bench/ner_train/train_ner.cc (an averaged perceptron) and stored in
// schema/ner/model.bin. Internal header.
//
// The trainer and the library share this code, so both compute exactly the
// same features: ner_features.cc (features), ner_gazetteer.cc (name list),
// ner_decode.cc (Viterbi, spans), ner_model_file.cc (model file),
// ner_model.cc (Tag). Thread-safety: a loaded
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
// Indices into kNerTypes of the two kinds the name list holds.
inline constexpr int kNerPerson = 0;
inline constexpr int kNerOrganization = 1;
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
  // The type of a listed name written exactly so (kNerPerson, kNerOrganization); -1 when the
  // list does not hold it as a whole name.
  int TypeOf(std::u32string_view name) const;

 private:
  static constexpr size_t kMaxLength = 16;
  // The table also holds every prefix of a name (from 2 characters on), so
  // that Mark stops at the first prefix that starts no name.
  static constexpr uint8_t kPrefixOnly = 0xFF;
  std::vector<std::pair<uint64_t, uint8_t>> table_;  // open addressing by hash
  // A bit per value of a hash's top kFilterBits bits, set for every hash in
  // table_: most words start no name, and their look-up ends here, in 64 KB
  // (the shipped list's ~48,000 names and prefixes set 9% of the bits; the
  // table itself is megabytes, a cache miss per look-up).
  static constexpr int kFilterBits = 19;
  std::vector<uint64_t> filter_ = std::vector<uint64_t>((size_t{1} << kFilterBits) / 64, 0);
  static size_t FilterBit(uint64_t hash) { return hash >> (64 - kFilterBits); }
  size_t size_ = 0;  // names
  size_t used_ = 0;  // slots in use
  size_t mask_ = 0;
  const uint8_t* Find(uint64_t hash) const;
  // Sets the type of `hash`; a prefix never overwrites a name.
  void Put(uint64_t hash, uint8_t type);
};

// Computes the features of text (whole text; `amounts` as found by
// FindAmounts on it; `gazetteer` may be null), every template family (the
// trainer's ablations: ner_families.h). Reuses out's storage.
void ExtractNerFeatures(std::u32string_view text, const std::vector<Amount>& amounts,
                        const NerGazetteer* gazetteer, NerFeatures* out);

// The news-domain copy of a feature key (see the trainer's --domain).
inline uint64_t NerDomainKey(uint64_t key) {
  key ^= 0x5bd1e9955bd1e995ULL;
  key *= 0xff51afd7ed558ccdULL;
  key ^= key >> 33;
  return key == 0 ? 1 : key;
}

// The bucket of `key` in NerModel's table of `bucket_count` buckets (its
// high 32 bits scaled to the count: any count will do).
inline uint64_t NerBucketOf(uint64_t key, uint64_t bucket_count) { return (key >> 32) * bucket_count >> 32; }

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

// Writes `data` to `path` (weights quantised to 16 bits, then to the
// tagger's 8-bit table) in the layout of that table (KSNER003,
// ner_table_file.cc). InvalidArgument for a feature key given
// twice or a wrong transition count, IOError when it cannot write.
Status SaveNerModel(const std::string& path, const NerModelData& data);

class NerModel {
 public:
  // Maps a model written by SaveNerModel (KSNER003), checks its header and
  // copies its table as it is to huge pages (no parse; a few ms for the
  // shipped model; models of one file in a process share the copy). A
  // model of an older format
  // (KSNER001, KSNER002: 16-bit weights) is read and its table built in
  // memory instead (slower to load, the same tags). NotFound when the file
  // is missing, Corruption (saying which) when it is not a model, is of a
  // format version this build does not read, or is truncated or damaged.
  static Result<std::unique_ptr<NerModel>> Load(const std::string& path);
  ~NerModel();
  NerModel(const NerModel&) = delete;
  NerModel& operator=(const NerModel&) = delete;

  // One tag per code point of `text`. `gazetteer` may be null.
  std::vector<int> Tag(std::u32string_view text, const std::vector<Amount>& amounts,
                       const NerGazetteer* gazetteer = nullptr) const;

  // Writes the model in the current format (KSNER003, what SaveNerModel
  // writes): converts an older file without changing a tag.
  Status Save(const std::string& path) const;

  size_t feature_count() const { return row_count_; }
  // Bytes of the model file read (for an older format, before its table
  // was built in memory).
  size_t byte_size() const { return size_; }

  // The KSNER002 file's layout (see ner_model_file.cc), from which an
  // older file's table is built. Open
  // addressing over feature keys: a slot holds the key's high 32 bits and
  // its row number + 1 (0: empty); the row holds the key's low 32 bits, so a
  // match is exact. A row is the feature's weight for every tag (16 bits
  // each); rows are ordered by their number of non-zero weights (the
  // frequent features first).
  struct Slot {
    uint32_t key_high;
    uint32_t row;
  };
  struct Row {
    int16_t weight[kNerTagCount];
    uint16_t key_low[2];
    int16_t unused;
  };
  // The tagger's own table, what a KSNER003 file holds (ner_table_file.cc)
  // and what is built from an older file's rows (ner_bucket_table.cc): 16
  // bytes a feature, one cache line per look-up (the KSNER002 table needs
  // two, its slot then its row). An entry holds a
  // feature's weights for tags 1-12 minus its weight for O (the tags of a
  // position all shift by the same amount: Viterbi chooses the same path),
  // as 8-bit multiples of the row's own step, and 24 bits of its key. Four
  // entries fill a bucket (a 64-byte cache line); a key's bucket comes from
  // its high 32 bits and the probe goes on to the next bucket only when a
  // bit says a key passed this one, full. An empty entry has all weights 0,
  // so matching it adds nothing.
  struct Entry {
    uint8_t step;  // the weights' unit: steps_[step]
    int8_t weight[kNerTagCount - 1];
    uint8_t fingerprint[3];  // the key's low 24 bits
  };
  struct BucketTable;  // the entries and overflow bits (ner_bucket_table.cc)

 private:
  NerModel() = default;
  friend struct NerModelLoader;
  friend struct NerTableFile;
  // Points buckets_, overflowed_ and steps_ at the table of this model's
  // file: the one another model of the same file (`file_identity`: path,
  // inode, size, time) in this process built, or a new one from the rows
  // (the indexer's shards share one table); an empty identity builds a
  // table of its own. False when the memory cannot be had.
  bool BuildBuckets(const std::string& file_identity);
  // The entry of `key`, or null when the model does not know it (or, once in
  // 2^24 look-ups of an unknown key at most, a known key's entry).
  const Entry* Find(uint64_t key) const;
  std::shared_ptr<const BucketTable> bucket_table_;
  // The table: bucket_table_'s, or in the mapped KSNER003 file.
  const Entry* buckets_ = nullptr;        // 4 entries per bucket
  const uint64_t* overflowed_ = nullptr;  // a bit per bucket
  const float* steps_ = nullptr;          // 256 units of an entry's weights
  uint64_t bucket_count_ = 1;

  // The bytes: a read-only mapping of the file (mapped_ true) or owned_.
  const char* base_ = nullptr;
  size_t size_ = 0;
  bool mapped_ = false;
  std::string owned_;
  const float* transitions_ = nullptr;
  std::vector<float> own_transitions_;  // a KSNER003 model's, once its file is unmapped
  float scale_ = 1;
  const Slot* slots_ = nullptr;
  const Row* rows_ = nullptr;
  size_t mask_ = 0;
  size_t row_count_ = 0;
};

}  // namespace kosearch
