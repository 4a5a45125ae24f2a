// The NER tagger's in-memory look-up table (NerModel::Entry in ner_model.h),
// built from the model file's slots and rows when a model is loaded. The
// file's table needs two cache lines per known feature (its slot, then its
// row), from tables of megabytes that the machine's other work keeps
// evicting; this one needs one. Building it takes 20-40 ms of CPU (most of
// it zeroing 32 MB), once per process for a file.
#include <sys/mman.h>

#include <algorithm>
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

static_assert(sizeof(NerModel::Entry) == 32, "two entries per 64-byte bucket");
constexpr size_t kEntriesPerBucket = 2;
constexpr size_t kBucketBytes = kEntriesPerBucket * sizeof(NerModel::Entry);
constexpr size_t kHugePage = size_t{2} << 20;
constexpr uint64_t kLow48 = (uint64_t{1} << 48) - 1;

}  // namespace

struct NerModel::BucketTable {
  struct Free {
    void operator()(Entry* p) const { std::free(p); }
  };
  std::unique_ptr<Entry[], Free> entries;
  std::vector<uint64_t> overflowed;
  int shift = 64;
};

namespace {

// The table of `model`'s rows (see BucketTable), or null without memory.
std::shared_ptr<NerModel::BucketTable> Build(size_t row_count, const NerModel::Slot* slots, size_t slot_count,
                                              const NerModel::Row* rows) {
  using Entry = NerModel::Entry;
  auto table = std::make_shared<NerModel::BucketTable>();
  // Twice as many buckets as features (three entries in four empty: about
  // 1% of the buckets overflow; with half the entries empty, 8% did and a
  // third of the look-up time went to the file's table), and at least 2^16:
  // a bucket number then holds the key's 16 bits the entry lacks.
  int bits = 16;
  while ((size_t{1} << bits) < 2 * row_count) ++bits;
  const size_t buckets = size_t{1} << bits, bytes = buckets * kBucketBytes;
  table->shift = 64 - bits;
  // Huge pages where the kernel grants them: a look-up lands anywhere in
  // the table, and 4-KB pages would cost a page walk on most of them.
  void* memory = std::aligned_alloc(kHugePage, bytes);  // bytes: a multiple of 4 MB
  if (memory == nullptr) return nullptr;
  ::madvise(memory, bytes, MADV_HUGEPAGE);
  std::memset(memory, 0, bytes);
  table->entries.reset(static_cast<Entry*>(memory));
  table->overflowed.assign((buckets + 63) / 64, 0);
  std::vector<uint8_t> used(buckets, 0);
  std::vector<uint64_t> key_of_row(row_count, 0);
  for (size_t s = 0; s < slot_count; ++s)
    if (slots[s].row != 0) {
      const NerModel::Row& row = rows[slots[s].row - 1];
      key_of_row[slots[s].row - 1] =
          uint64_t{slots[s].key_high} << 32 | uint64_t{row.key_low[1]} << 16 | row.key_low[0];
    }
  // Rows in file order: the features with the most weights (the frequent
  // ones) take the buckets first, the rest may overflow.
  for (size_t r = 0; r < row_count; ++r) {
    const uint64_t key = key_of_row[r];
    const size_t bucket = key >> table->shift;
    if (used[bucket] == kEntriesPerBucket) {
      table->overflowed[bucket / 64] |= uint64_t{1} << (bucket % 64);
      continue;
    }
    Entry& e = table->entries[bucket * kEntriesPerBucket + used[bucket]++];
    std::copy(rows[r].weight, rows[r].weight + kNerTagCount, e.weight);
    for (int k = 0; k < 3; ++k) e.key[k] = static_cast<uint16_t>((key & kLow48) >> (16 * k));
  }
  return table;
}

}  // namespace

bool NerModel::BuildBuckets(const std::string& file_identity) {
  static std::mutex mutex;
  static std::map<std::string, std::weak_ptr<const BucketTable>> built;
  {
    std::lock_guard<std::mutex> lock(mutex);
    bucket_table_ = built[file_identity].lock();
    if (!bucket_table_) {
      bucket_table_ = Build(row_count_, slots_, mask_ + 1, rows_);
      if (!bucket_table_) return false;
      std::erase_if(built, [](const auto& entry) { return entry.second.expired(); });  // files no model uses
      built[file_identity] = bucket_table_;
    }
  }
  buckets_ = bucket_table_->entries.get();
  overflowed_ = bucket_table_->overflowed.data();
  bucket_shift_ = bucket_table_->shift;
  return true;
}

}  // namespace kosearch
