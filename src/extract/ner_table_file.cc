// The NER model file of format KSNER003 (see ner_table_file.h): the
// tagger's table as it lies in memory, copied as it is from a read-only
// mapping (NerModel::Load says why a copy). The older formats (KSNER001, KSNER002: 16-bit weights per
// feature) had the table built from their rows at every load
// (ner_bucket_table.cc), a few hundred milliseconds of CPU for the
// shipped model; this file is that table, written once.
//
// "KSNER003" (native little-endian; offsets from the start of the file):
//   0     Header: "KSNER003", uint32 tag_count, uint32 feature_count,
//         uint64 bucket_count, uint32 entry_bytes (16), uint32
//         bucket_entries (4), 32 reserved bytes (0)
//   64    float transitions[(tag_count + 1) × tag_count]
//   1024  float steps[256]                        (an entry's weight units)
//   2048  uint64 overflowed[ceil(bucket_count / 64)]  (a bit per bucket)
//   E     NerModel::Entry entries[bucket_count × 4]   (E: the next multiple
//         of 4096, so that a bucket is one aligned cache line)
// Features are hashed, never stored as strings, so the file holds no
// training text.
#include "extract/ner_table_file.h"

#include <sys/mman.h>

#include <bit>
#include <cmath>
#include <cstring>

namespace kosearch {

namespace {

// The file is the table's bytes as this machine lays them out: a
// little-endian, 64-bit one (the sizes below are computed in size_t).
static_assert(std::endian::native == std::endian::little, "KSNER003 files are little-endian");
static_assert(sizeof(size_t) == 8, "KSNER003 sizes are 64-bit");

constexpr int T = kNerTagCount;
constexpr size_t kTransitionCount = (T + 1) * T;
constexpr size_t kTransitionsOffset = 64;
constexpr size_t kStepsOffset = 1024;
constexpr size_t kStepCount = 256;
constexpr size_t kOverflowOffset = 2048;
constexpr size_t kEntriesAlign = 4096;
constexpr size_t kEntriesPerBucket = 4;
// 2^28 buckets (16 GB of entries) is far past any model; it keeps the
// size arithmetic below from overflowing on a damaged header.
constexpr uint64_t kMaxBuckets = uint64_t{1} << 28;

struct Header {
  char magic[8];
  uint32_t tag_count;
  uint32_t feature_count;
  uint64_t bucket_count;
  uint32_t entry_bytes;
  uint32_t bucket_entries;
  char reserved[32];
};
static_assert(sizeof(Header) == kTransitionsOffset);
static_assert(kTransitionsOffset + kTransitionCount * sizeof(float) <= kStepsOffset);
static_assert(kStepsOffset + kStepCount * sizeof(float) <= kOverflowOffset);
static_assert(sizeof(NerModel::Entry) == 16);

size_t OverflowWords(uint64_t buckets) { return static_cast<size_t>((buckets + 63) / 64); }

size_t EntriesOffset(uint64_t buckets) {
  const size_t end = kOverflowOffset + OverflowWords(buckets) * sizeof(uint64_t);
  return (end + kEntriesAlign - 1) / kEntriesAlign * kEntriesAlign;
}

size_t FileSize(uint64_t buckets) {
  return EntriesOffset(buckets) + static_cast<size_t>(buckets) * kEntriesPerBucket * sizeof(NerModel::Entry);
}

}  // namespace

std::string NerTableFile::Bytes(const NerModel& m) {
  const uint64_t buckets = m.bucket_count_;
  std::string bytes(FileSize(buckets), '\0');
  Header h{};
  std::memcpy(h.magic, kNerTableMagic, sizeof h.magic);
  h.tag_count = T;
  h.feature_count = static_cast<uint32_t>(m.row_count_);
  h.bucket_count = buckets;
  h.entry_bytes = sizeof(NerModel::Entry);
  h.bucket_entries = kEntriesPerBucket;
  std::memcpy(bytes.data(), &h, sizeof h);
  std::memcpy(bytes.data() + kTransitionsOffset, m.transitions_, kTransitionCount * sizeof(float));
  std::memcpy(bytes.data() + kStepsOffset, m.steps_, kStepCount * sizeof(float));
  std::memcpy(bytes.data() + kOverflowOffset, m.overflowed_, OverflowWords(buckets) * sizeof(uint64_t));
  std::memcpy(bytes.data() + EntriesOffset(buckets), m.buckets_,
              static_cast<size_t>(buckets) * kEntriesPerBucket * sizeof(NerModel::Entry));
  return bytes;
}

Status NerTableFile::Attach(NerModel& m, const std::string& path) {
  auto corrupt = [&](const std::string& what) { return Status::Corruption(path + ": " + what); };
  Header h;
  if (m.size_ < sizeof h) return corrupt("truncated: " + std::to_string(m.size_) + " bytes, shorter than its header");
  std::memcpy(&h, m.base_, sizeof h);
  if (std::memcmp(h.magic, kNerTableMagic, sizeof h.magic) != 0) return corrupt("not a KSNER003 model");
  if (h.tag_count != T) return corrupt("tag set does not match this build");
  if (h.entry_bytes != sizeof(NerModel::Entry) || h.bucket_entries != kEntriesPerBucket)
    return corrupt("table entries of another layout");
  if (h.bucket_count == 0 || h.bucket_count > kMaxBuckets) return corrupt("bad bucket count");
  const size_t want = FileSize(h.bucket_count);
  if (m.size_ < want)
    return corrupt("truncated: " + std::to_string(m.size_) + " bytes, its header needs " + std::to_string(want));
  if (m.size_ > want) return corrupt("file size does not match its table size (trailing bytes)");
  const auto* transitions = reinterpret_cast<const float*>(m.base_ + kTransitionsOffset);
  const auto* steps = reinterpret_cast<const float*>(m.base_ + kStepsOffset);
  for (size_t k = 0; k < kTransitionCount; ++k)
    if (!std::isfinite(transitions[k])) return corrupt("bad transition weight");
  for (size_t k = 0; k < kStepCount; ++k)
    if (!std::isfinite(steps[k])) return corrupt("bad weight unit");
  // A probe goes on past a bucket while its bit is set: one clear bit (of
  // a bucket that exists) ends every probe.
  const auto* overflowed = reinterpret_cast<const uint64_t*>(m.base_ + kOverflowOffset);
  bool ends = false;
  for (uint64_t b = 0; b < h.bucket_count && !ends; b += 64) {
    const uint64_t valid = h.bucket_count - b >= 64 ? ~uint64_t{0} : (uint64_t{1} << (h.bucket_count - b)) - 1;
    ends = (~overflowed[b / 64] & valid) != 0;
  }
  if (!ends) return corrupt("every bucket marked overflowed");
  m.transitions_ = transitions;
  m.steps_ = steps;
  m.overflowed_ = overflowed;
  m.buckets_ = reinterpret_cast<const NerModel::Entry*>(m.base_ + EntriesOffset(h.bucket_count));
  m.bucket_count_ = h.bucket_count;
  m.row_count_ = h.feature_count;
  return Status::Ok();
}

void NerTableFile::Release(NerModel& m) {
  m.own_transitions_.assign(m.transitions_, m.transitions_ + kTransitionCount);
  m.transitions_ = m.own_transitions_.data();
  if (m.mapped_) ::munmap(const_cast<char*>(m.base_), m.size_);
  m.mapped_ = false;
  m.base_ = nullptr;
}

}  // namespace kosearch
