// The older NER model files (see NerModel in ner_model.h) and the loading
// of every format. The current format, KSNER003 (ner_table_file.cc), is
// the tagger's table itself, mapped and copied as it is. The two before it
// hold 16-bit weights per feature, from which the table is built in memory
// at load (ner_bucket_table.cc), as SaveNerModel builds it before writing.
//
// "KSNER002" (native little-endian; offsets from the start of the file):
//   0    Header: "KSNER002", uint32 tag_count, uint32 row_count,
//        uint32 slot_bits, float scale, 40 reserved bytes
//   64   float transitions[(tag_count + 1) × tag_count]
//   832  NerModel::Slot slots[1 << slot_bits]   (8 bytes each)
//   …    NerModel::Row rows[row_count]          (32 bytes each)
// A weight is weight × scale.
//
// "KSNER001": "KSNER001" uint32 tag_count float transitions[…] float scale
//   uint32 feature_count, feature_count × { uint64 key, uint8 n,
//   n × { uint8 tag, int16 weight } }.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "extract/ner_model.h"
#include "extract/ner_table_file.h"

namespace kosearch {

namespace {

constexpr int T = kNerTagCount;
constexpr char kMagic[8] = {'K', 'S', 'N', 'E', 'R', '0', '0', '2'};
constexpr char kOldMagic[8] = {'K', 'S', 'N', 'E', 'R', '0', '0', '1'};
constexpr size_t kTransitionCount = (T + 1) * T;
constexpr size_t kTransitionsOffset = 64;
constexpr size_t kSlotsOffset = 832;
constexpr uint32_t kMaxSlotBits = 28;

struct Header {
  char magic[8];
  uint32_t tag_count;
  uint32_t row_count;
  uint32_t slot_bits;
  float scale;
  char reserved[40];
};
static_assert(sizeof(Header) == kTransitionsOffset);
static_assert(kTransitionsOffset + kTransitionCount * sizeof(float) <= kSlotsOffset);
static_assert(sizeof(NerModel::Slot) == 8 && sizeof(NerModel::Row) == 32);

using Weights = std::array<int16_t, T>;

// A model with its weights quantised: what both file formats hold.
struct QuantizedModel {
  std::vector<float> transitions;
  float scale = 1;
  std::vector<std::pair<uint64_t, Weights>> features;
};

size_t NonZero(const Weights& w) { return static_cast<size_t>(std::count_if(w.begin(), w.end(), [](int16_t x) { return x != 0; })); }

// The bytes of the KSNER002 file for `q`; InvalidArgument naming a feature
// key given twice.
Result<std::string> Pack(QuantizedModel q) {
  auto& features = q.features;
  features.erase(std::remove_if(features.begin(), features.end(), [](const auto& f) { return NonZero(f.second) == 0; }),
                 features.end());
  // Features with more non-zero weights are the frequent ones: first.
  std::stable_sort(features.begin(), features.end(), [](const auto& a, const auto& b) {
    size_t na = NonZero(a.second), nb = NonZero(b.second);
    return na != nb ? na > nb : a.first < b.first;
  });
  uint32_t slot_bits = 4;
  while ((size_t{1} << slot_bits) < features.size() + features.size() / 2 + 1) ++slot_bits;
  if (slot_bits > kMaxSlotBits) return Status::InvalidArgument("ner model: too many features");
  const size_t capacity = size_t{1} << slot_bits, mask = capacity - 1;
  const size_t rows_offset = kSlotsOffset + capacity * sizeof(NerModel::Slot);
  std::string bytes(rows_offset + features.size() * sizeof(NerModel::Row), '\0');
  Header header{};
  std::memcpy(header.magic, kMagic, sizeof kMagic);
  header.tag_count = T;
  header.row_count = static_cast<uint32_t>(features.size());
  header.slot_bits = slot_bits;
  header.scale = q.scale;
  std::memcpy(bytes.data(), &header, sizeof header);
  std::memcpy(bytes.data() + kTransitionsOffset, q.transitions.data(), kTransitionCount * sizeof(float));
  char* slots = bytes.data() + kSlotsOffset;
  char* rows = bytes.data() + rows_offset;
  for (size_t r = 0; r < features.size(); ++r) {
    const uint64_t key = features[r].first;
    NerModel::Row row{};
    std::copy(features[r].second.begin(), features[r].second.end(), row.weight);
    row.key_low[0] = static_cast<uint16_t>(key);
    row.key_low[1] = static_cast<uint16_t>(key >> 16);
    std::memcpy(rows + r * sizeof row, &row, sizeof row);
    for (size_t s = key & mask;; s = (s + 1) & mask) {
      NerModel::Slot slot;
      std::memcpy(&slot, slots + s * sizeof slot, sizeof slot);
      if (slot.row == 0) {
        slot = {static_cast<uint32_t>(key >> 32), static_cast<uint32_t>(r + 1)};
        std::memcpy(slots + s * sizeof slot, &slot, sizeof slot);
        break;
      }
      if (features[slot.row - 1].first == key)
        return Status::InvalidArgument("ner model: feature " + std::to_string(key) + " given twice");
    }
  }
  return bytes;
}

// Parses a KSNER001 file's bytes.
Result<QuantizedModel> ParseOldFormat(const std::string& bytes, const std::string& path) {
  size_t pos = 0;
  auto take = [&](void* dst, size_t len) {
    if (bytes.size() - pos < len) return false;
    std::memcpy(dst, bytes.data() + pos, len);
    pos += len;
    return true;
  };
  auto corrupt = [&](const char* what) { return Status::Corruption(path + ": " + what); };
  char magic[8];
  uint32_t tag_count = 0, count = 0;
  if (!take(magic, 8) || std::memcmp(magic, kOldMagic, 8) != 0) return corrupt("not a kosearch NER model");
  if (!take(&tag_count, 4) || tag_count != T) return corrupt("tag set does not match this build");
  QuantizedModel q;
  q.transitions.resize(kTransitionCount);
  if (!take(q.transitions.data(), kTransitionCount * sizeof(float)) || !take(&q.scale, 4) || !take(&count, 4))
    return corrupt("truncated header");
  if (count > bytes.size() / 9) return corrupt("feature count exceeds file size");
  q.features.reserve(count);
  for (uint32_t f = 0; f < count; ++f) {
    uint64_t key;
    uint8_t nq;
    if (!take(&key, 8) || !take(&nq, 1) || key == 0) return corrupt("truncated feature table");
    Weights w{};
    for (uint8_t k = 0; k < nq; ++k) {
      uint8_t tag;
      int16_t weight;
      if (!take(&tag, 1) || !take(&weight, 2) || tag >= T || w[tag] != 0) return corrupt("bad weight entry");
      w[tag] = weight;
    }
    q.features.emplace_back(key, w);
  }
  if (pos != bytes.size()) return corrupt("trailing bytes");
  return q;
}

// Writes a new file and renames it over `path`: a process that has the old
// one mapped keeps reading it intact.
Status WriteReplacing(const std::string& path, std::string_view bytes) {
  const std::string temp = path + ".tmp";
  {
    std::ofstream file(temp, std::ios::binary | std::ios::trunc);
    if (!file) return Status::IOError(temp + ": cannot open for writing");
    file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!file.flush()) return Status::IOError(temp + ": write failed");
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) return Status::IOError(path + ": " + std::strerror(errno));
  return Status::Ok();
}

}  // namespace

// Sets a model's views of a KSNER002 image after checking it: the sizes
// agree, every slot names a row that exists, and one slot at least is
// empty (so that a search for an unknown key ends).
struct NerModelLoader {
  static Status Attach(NerModel& m, const std::string& path, const std::string& file_identity) {
    auto corrupt = [&](const std::string& what) { return Status::Corruption(path + ": " + what); };
    if (m.size_ < kSlotsOffset) return corrupt("not a kosearch NER model");
    Header h;
    std::memcpy(&h, m.base_, sizeof h);
    if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0) return corrupt("not a kosearch NER model");
    if (h.tag_count != T) return corrupt("tag set does not match this build");
    if (h.slot_bits < 4 || h.slot_bits > kMaxSlotBits || h.row_count >= (size_t{1} << h.slot_bits))
      return corrupt("bad table size");
    const size_t capacity = size_t{1} << h.slot_bits;
    if (m.size_ != kSlotsOffset + capacity * sizeof(NerModel::Slot) + h.row_count * sizeof(NerModel::Row))
      return corrupt("file size does not match its table sizes");
    if (!std::isfinite(h.scale)) return corrupt("bad weight scale");
    m.transitions_ = reinterpret_cast<const float*>(m.base_ + kTransitionsOffset);
    m.slots_ = reinterpret_cast<const NerModel::Slot*>(m.base_ + kSlotsOffset);
    m.rows_ = reinterpret_cast<const NerModel::Row*>(m.base_ + kSlotsOffset + capacity * sizeof(NerModel::Slot));
    m.scale_ = h.scale;
    m.mask_ = capacity - 1;
    m.row_count_ = h.row_count;
    size_t used = 0;
    for (size_t s = 0; s < capacity; ++s) {
      if (m.slots_[s].row > h.row_count) return corrupt("slot names a missing row");
      used += m.slots_[s].row != 0;
    }
    if (used != h.row_count) return corrupt("slot table does not match its row count");
    if (!m.BuildBuckets(file_identity)) return Status::IOError(path + ": no memory for the look-up table");
    return Status::Ok();
  }

  // Builds the tagger's table from `rows` (a KSNER002 image) as a load of
  // that file would, and writes the table to `path` (KSNER003).
  static Status SaveAsTable(std::string rows, const std::string& path) {
    NerModel m;
    m.owned_ = std::move(rows);
    m.base_ = m.owned_.data();
    m.size_ = m.owned_.size();
    if (Status s = Attach(m, path, ""); !s.ok()) return s;
    return m.Save(path);
  }
};

Status SaveNerModel(const std::string& path, const NerModelData& data) {
  if (data.transitions.size() != kTransitionCount)
    return Status::InvalidArgument("ner model: transitions must have " + std::to_string(kTransitionCount) + " values");
  float max_abs = 0;
  for (const auto& f : data.features)
    for (const auto& [tag, w] : f.second) max_abs = std::max(max_abs, std::fabs(w));
  QuantizedModel q;
  q.transitions = data.transitions;
  q.scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  q.features.reserve(data.features.size());
  for (const auto& [key, weights] : data.features) {
    Weights w{};
    for (const auto& [tag, value] : weights) {
      long v = std::lround(value / q.scale);
      if (tag < T) w[tag] = static_cast<int16_t>(std::clamp(v, -32767L, 32767L));
    }
    q.features.emplace_back(key, w);
  }
  auto bytes = Pack(std::move(q));
  if (!bytes.ok()) return bytes.status();
  return NerModelLoader::SaveAsTable(std::move(bytes).value(), path);
}

Status NerModel::Save(const std::string& path) const { return WriteReplacing(path, NerTableFile::Bytes(*this)); }

namespace {

// What the first eight bytes of a file say it is.
enum class FileKind { kTable, kRows, kList, kOtherVersion, kNotModel };

FileKind KindOf(const char (&magic)[8]) {
  if (std::memcmp(magic, kNerTableMagic, 8) == 0) return FileKind::kTable;
  if (std::memcmp(magic, kMagic, 8) == 0) return FileKind::kRows;
  if (std::memcmp(magic, kOldMagic, 8) == 0) return FileKind::kList;
  if (std::memcmp(magic, "KSNER", 5) == 0) return FileKind::kOtherVersion;
  return FileKind::kNotModel;
}

}  // namespace

Result<std::unique_ptr<NerModel>> NerModel::Load(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return Status::NotFound(path + ": no such model file");
    return Status::IOError(path + ": " + std::strerror(errno));
  }
  struct stat st {};
  char magic[8] = {};
  const bool read_ok = ::fstat(fd, &st) == 0 && (st.st_size < 8 || ::pread(fd, magic, 8, 0) == 8);
  if (!read_ok) {
    ::close(fd);
    return Status::IOError(path + ": read failed");
  }
  const FileKind kind = st.st_size < 8 ? FileKind::kNotModel : KindOf(magic);
  if (kind == FileKind::kNotModel || kind == FileKind::kOtherVersion) {
    ::close(fd);
    if (kind == FileKind::kNotModel) return Status::Corruption(path + ": not a kosearch NER model");
    return Status::Corruption(path + ": NER model format " + std::string(magic, 8) +
                              " is not one this build reads (KSNER001 to KSNER003)");
  }
  std::unique_ptr<NerModel> m(new NerModel());
  m->size_ = static_cast<size_t>(st.st_size);
  if (kind != FileKind::kList) {
    // Either file is read whole: a KSNER002 file's rows to build the
    // table, a KSNER003 file's table to copy it.
    void* p = ::mmap(nullptr, m->size_, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    ::close(fd);
    if (p == MAP_FAILED) return Status::IOError(path + ": cannot map: " + std::strerror(errno));
    m->base_ = static_cast<const char*>(p);
    m->mapped_ = true;
    if (kind == FileKind::kTable) {
      if (Status s = NerTableFile::Attach(*m, path); !s.ok()) return s;
    }
  } else {
    ::close(fd);
    std::ifstream file(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    if (!file.eof() && !file) return Status::IOError(path + ": read failed");
    auto old = ParseOldFormat(bytes, path);
    if (!old.ok()) return old.status();
    auto packed = Pack(std::move(old).value());
    if (!packed.ok()) return Status::Corruption(path + ": " + packed.status().message());
    m->owned_ = std::move(packed).value();
    m->base_ = m->owned_.data();
    m->size_ = m->owned_.size();
  }
  // The file as this process sees it: a model of the same file shares its look-up table.
  const std::string identity = path + "|" + std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino) + ":" +
                               std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
                               std::to_string(st.st_mtim.tv_nsec);
  if (kind == FileKind::kTable) {
    // Tagging reads the table where a mapping of the file's 4-KB pages
    // would cost a page walk per look-up: 0.88x the speed of the same
    // table copied to huge pages (kowikinews + sci-news, 7 alternating
    // runs), and the copy takes a few milliseconds.
    if (!m->BuildBuckets(identity)) return Status::IOError(path + ": no memory for the look-up table");
    NerTableFile::Release(*m);
    return m;
  }
  if (Status s = NerModelLoader::Attach(*m, path, identity); !s.ok()) return s;
  return m;
}

NerModel::~NerModel() {
  if (mapped_) ::munmap(const_cast<char*>(base_), size_);
}

}  // namespace kosearch
