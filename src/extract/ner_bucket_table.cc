// The NER tagger's in-memory look-up table (NerModel::Entry in ner_model.h),
// built from the model file's slots and rows when a model is loaded. The
// file's table needs two cache lines per known feature (its slot, then its
// row), from tables of megabytes that the machine's other work keeps
// evicting; this one needs one. Building it takes a few milliseconds.
#include <sys/mman.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "extract/ner_model.h"

namespace kosearch {

namespace {

static_assert(sizeof(NerModel::Entry) == 32, "two entries per 64-byte bucket");
constexpr size_t kEntriesPerBucket = 2;
constexpr size_t kBucketBytes = kEntriesPerBucket * sizeof(NerModel::Entry);
constexpr size_t kHugePage = size_t{2} << 20;
constexpr uint64_t kLow48 = (uint64_t{1} << 48) - 1;

}  // namespace

void NerModel::FreeBuckets::operator()(Entry* p) const { std::free(p); }

bool NerModel::BuildBuckets() {
  // Twice as many buckets as features (three entries in four empty: about
  // 1% of the buckets overflow; with half the entries empty, 8% did and a
  // third of the look-up time went to the file's table), and at least 2^16:
  // a bucket number then holds the key's 16 bits the entry lacks.
  int bits = 16;
  while ((size_t{1} << bits) < 2 * row_count_) ++bits;
  const size_t buckets = size_t{1} << bits;
  bucket_shift_ = 64 - bits;
  bucket_bytes_ = buckets * kBucketBytes;
  // Huge pages where the kernel grants them: a look-up lands anywhere in
  // the table, and 4-KB pages would cost a page walk on most of them.
  const size_t alignment = bucket_bytes_ >= kHugePage ? kHugePage : kBucketBytes;
  void* memory = std::aligned_alloc(alignment, bucket_bytes_);
  if (memory == nullptr) return false;
  if (alignment == kHugePage) ::madvise(memory, bucket_bytes_, MADV_HUGEPAGE);
  std::memset(memory, 0, bucket_bytes_);
  buckets_.reset(static_cast<Entry*>(memory));
  overflowed_.assign((buckets + 63) / 64, 0);
  std::vector<uint8_t> used(buckets, 0);
  // Rows in file order: the features with the most weights (the frequent
  // ones) take the buckets first, the rest may overflow.
  std::vector<uint64_t> key_of_row(row_count_, 0);
  for (size_t s = 0; s <= mask_; ++s)
    if (slots_[s].row != 0) {
      const Row& row = rows_[slots_[s].row - 1];
      key_of_row[slots_[s].row - 1] =
          uint64_t{slots_[s].key_high} << 32 | uint64_t{row.key_low[1]} << 16 | row.key_low[0];
    }
  for (size_t r = 0; r < row_count_; ++r) {
    const uint64_t key = key_of_row[r];
    const size_t bucket = key >> bucket_shift_;
    if (used[bucket] == kEntriesPerBucket) {
      overflowed_[bucket / 64] |= uint64_t{1} << (bucket % 64);
      continue;
    }
    Entry& e = buckets_[bucket * kEntriesPerBucket + used[bucket]++];
    std::copy(rows_[r].weight, rows_[r].weight + kNerTagCount, e.weight);
    for (int k = 0; k < 3; ++k) e.key[k] = static_cast<uint16_t>((key & kLow48) >> (16 * k));
  }
  return true;
}

}  // namespace kosearch
