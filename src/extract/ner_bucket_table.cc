// The NER tagger's look-up table (NerModel::Entry in ner_model.h), built
// from a KSNER002 model's slots and rows: by SaveNerModel before it writes
// the table as a KSNER003 file (ner_table_file.cc), and at load for a
// file of an older format; a KSNER003 file's table is copied here as it
// is. The KSNER002 table needs two cache lines per known feature (its
// slot, then its row), the table before this one one line from 32 MB;
// this one needs one line (16 bytes per feature, half the entries empty:
// 12.7 MB for the shipped model). Built or copied once per process for a
// file.
#include <sys/mman.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "extract/ner_model.h"

namespace kosearch {

namespace {

static_assert(sizeof(NerModel::Entry) == 16, "four entries per 64-byte bucket");
constexpr size_t kEntriesPerBucket = 4;
constexpr size_t kBucketBytes = kEntriesPerBucket * sizeof(NerModel::Entry);
constexpr size_t kHugePage = size_t{2} << 20;
// Half the entries hold a feature: at 0.8 (5 MB), probes past a full
// bucket (a second cache miss, not prefetched) made tagging 0.84× as fast.
constexpr double kLoad = 0.5;
// Steps grow by 2^(1/16): a row's largest weight is 120-127 steps.
constexpr int kStepsPerOctave = 16;

}  // namespace

struct NerModel::BucketTable {
  struct Free {
    void operator()(Entry* p) const { std::free(p); }
  };
  std::unique_ptr<Entry[], Free> entries;
  std::vector<uint64_t> overflowed;
  uint64_t bucket_count = 1;
  float steps[256];
};

namespace {

// The key of every row, from the slots that name them.
std::vector<uint64_t> RowKeys(size_t row_count, const NerModel::Slot* slots, size_t slot_count,
                              const NerModel::Row* rows) {
  std::vector<uint64_t> key_of_row(row_count, 0);
  for (size_t s = 0; s < slot_count; ++s)
    if (slots[s].row != 0) {
      const NerModel::Row& row = rows[slots[s].row - 1];
      key_of_row[slots[s].row - 1] =
          uint64_t{slots[s].key_high} << 32 | uint64_t{row.key_low[1]} << 16 | row.key_low[0];
    }
  return key_of_row;
}

// `row`'s weights relative to its O weight, in the smallest step that
// keeps them within ±127. False when they are all 0 (the feature moves
// every tag alike: it changes no decision).
bool Quantize(const NerModel::Row& row, NerModel::Entry* e) {
  int largest = 0;
  for (int t = 1; t < kNerTagCount; ++t) largest = std::max(largest, std::abs(row.weight[t] - row.weight[0]));
  if (largest == 0) return false;
  int step = std::max(0, static_cast<int>(std::ceil(kStepsPerOctave * std::log2(largest / 127.0))));
  while (largest / std::exp2(static_cast<double>(step) / kStepsPerOctave) > 127.0) ++step;
  e->step = static_cast<uint8_t>(std::min(step, 255));
  const double unit = std::exp2(static_cast<double>(e->step) / kStepsPerOctave);
  for (int t = 1; t < kNerTagCount; ++t)
    e->weight[t - 1] = static_cast<int8_t>(std::clamp(std::lround((row.weight[t] - row.weight[0]) / unit), -127L, 127L));
  return true;
}

// Sets `table` to `buckets` buckets, empty when `zero` (else to be
// written whole by the caller); false without memory.
bool Allocate(uint64_t buckets, NerModel::BucketTable* table, bool zero) {
  table->bucket_count = buckets;
  // Huge pages where the kernel grants them: a look-up lands anywhere in
  // the table, and 4-KB pages would cost a page walk on most of them.
  const size_t bytes = (buckets * kBucketBytes + kHugePage - 1) / kHugePage * kHugePage;
  void* memory = std::aligned_alloc(kHugePage, bytes);
  if (memory == nullptr) return false;
  ::madvise(memory, bytes, MADV_HUGEPAGE);
  if (zero) std::memset(memory, 0, bytes);
  table->entries.reset(static_cast<NerModel::Entry*>(memory));
  table->overflowed.assign((buckets + 63) / 64, 0);
  return true;
}

// A copy of a mapped KSNER003 table, or null without memory.
std::shared_ptr<NerModel::BucketTable> Copy(const NerModel::Entry* entries, const uint64_t* overflowed,
                                             const float* steps, uint64_t buckets) {
  auto table = std::make_shared<NerModel::BucketTable>();
  if (!Allocate(buckets, table.get(), false)) return nullptr;
  std::memcpy(table->entries.get(), entries, buckets * kBucketBytes);
  std::memcpy(table->overflowed.data(), overflowed, table->overflowed.size() * sizeof(uint64_t));
  std::memcpy(table->steps, steps, sizeof table->steps);
  return table;
}

// The table of a model's rows (see BucketTable), or null without memory.
std::shared_ptr<NerModel::BucketTable> Build(size_t row_count, const NerModel::Slot* slots, size_t slot_count,
                                              const NerModel::Row* rows, float scale) {
  using Entry = NerModel::Entry;
  auto table = std::make_shared<NerModel::BucketTable>();
  for (int s = 0; s < 256; ++s) table->steps[s] = static_cast<float>(scale * std::exp2(static_cast<double>(s) / kStepsPerOctave));
  const uint64_t buckets = std::max<uint64_t>(1, static_cast<uint64_t>(std::ceil(row_count / (kEntriesPerBucket * kLoad))));
  if (!Allocate(buckets, table.get(), true)) return nullptr;
  std::vector<uint8_t> used(buckets, 0);
  const std::vector<uint64_t> key_of_row = RowKeys(row_count, slots, slot_count, rows);
  // Rows in file order: the features with the most weights (the frequent
  // ones) take their own buckets first; a later one may go on to the next.
  for (size_t r = 0; r < row_count; ++r) {
    Entry entry{};
    if (!Quantize(rows[r], &entry)) continue;
    const uint64_t key = key_of_row[r];
    for (int k = 0; k < 3; ++k) entry.fingerprint[k] = static_cast<uint8_t>(key >> (8 * k));
    uint64_t bucket = NerBucketOf(key, buckets);
    while (used[bucket] == kEntriesPerBucket) {
      table->overflowed[bucket / 64] |= uint64_t{1} << (bucket % 64);
      bucket = bucket + 1 == buckets ? 0 : bucket + 1;
    }
    table->entries[bucket * kEntriesPerBucket + used[bucket]++] = entry;
  }
  return table;
}

}  // namespace

bool NerModel::BuildBuckets(const std::string& file_identity) {
  static std::mutex mutex;
  static std::map<std::string, std::weak_ptr<const BucketTable>> built;
  auto make = [&]() -> std::shared_ptr<const BucketTable> {
    if (buckets_ != nullptr) return Copy(buckets_, overflowed_, steps_, bucket_count_);
    return Build(row_count_, slots_, mask_ + 1, rows_, scale_);
  };
  if (file_identity.empty()) {  // a model of no file (SaveNerModel's): its own table
    bucket_table_ = make();
    if (!bucket_table_) return false;
  } else {
    std::lock_guard<std::mutex> lock(mutex);
    bucket_table_ = built[file_identity].lock();
    if (!bucket_table_) {
      bucket_table_ = make();
      if (!bucket_table_) return false;
      std::erase_if(built, [](const auto& entry) { return entry.second.expired(); });  // files no model uses
      built[file_identity] = bucket_table_;
    }
  }
  buckets_ = bucket_table_->entries.get();
  overflowed_ = bucket_table_->overflowed.data();
  steps_ = bucket_table_->steps;
  bucket_count_ = bucket_table_->bucket_count;
  return true;
}

}  // namespace kosearch
