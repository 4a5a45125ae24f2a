// Character-level NER tagger (see ner_model.h): the model file and
// tagging one text (features: ner_features.cc; decoding: ner_decode.cc).
//
// Model file (little-endian):
//   "KSNER001"  uint32 tag_count  float transitions[(tag_count + 1) * tag_count]
//   float scale  uint32 feature_count
//   feature_count × { uint64 key, uint8 n, n × { uint8 tag, int16 weight } }
// A weight is weight * scale. Features are hashed, never stored as strings,
// so the file holds no training text.
#include "extract/ner_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

namespace kosearch {

namespace {

constexpr char kMagic[8] = {'K', 'S', 'N', 'E', 'R', '0', '0', '1'};

}  // namespace

Status SaveNerModel(const std::string& path, const NerModelData& data) {
  constexpr int T = kNerTagCount;
  if (data.transitions.size() != static_cast<size_t>((T + 1) * T))
    return Status::InvalidArgument("ner model: transitions must have " + std::to_string((T + 1) * T) + " values");
  float max_abs = 0;
  for (const auto& f : data.features)
    for (const auto& [tag, w] : f.second) max_abs = std::max(max_abs, std::fabs(w));
  float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  std::ostringstream out;
  auto put = [&](const void* p, size_t len) { out.write(static_cast<const char*>(p), static_cast<std::streamsize>(len)); };
  put(kMagic, sizeof kMagic);
  uint32_t tag_count = T;
  put(&tag_count, 4);
  put(data.transitions.data(), data.transitions.size() * sizeof(float));
  put(&scale, 4);
  uint32_t count = 0;
  std::ostringstream body;
  for (const auto& [key, weights] : data.features) {
    std::vector<std::pair<uint8_t, int16_t>> q;
    for (const auto& [tag, w] : weights) {
      long v = std::lround(w / scale);
      if (v != 0 && tag < T) q.emplace_back(tag, static_cast<int16_t>(std::clamp(v, -32767L, 32767L)));
    }
    if (q.empty()) continue;
    ++count;
    body.write(reinterpret_cast<const char*>(&key), 8);
    uint8_t nq = static_cast<uint8_t>(q.size());
    body.write(reinterpret_cast<const char*>(&nq), 1);
    for (const auto& [tag, w] : q) {
      body.write(reinterpret_cast<const char*>(&tag), 1);
      body.write(reinterpret_cast<const char*>(&w), 2);
    }
  }
  put(&count, 4);
  std::string bytes = out.str() + body.str();
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) return Status::IOError(path + ": cannot open for writing");
  file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!file) return Status::IOError(path + ": write failed");
  return Status::Ok();
}

Result<std::unique_ptr<NerModel>> NerModel::Load(const std::string& path) {
  constexpr int T = kNerTagCount;
  std::ifstream file(path, std::ios::binary);
  if (!file) return Status::NotFound(path + ": no such model file");
  std::string bytes;
  file.seekg(0, std::ios::end);
  bytes.resize(static_cast<size_t>(std::max<std::streamoff>(file.tellg(), 0)));
  file.seekg(0);
  file.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!file) return Status::IOError(path + ": read failed");
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
  if (!take(magic, 8) || std::memcmp(magic, kMagic, 8) != 0) return corrupt("not a kosearch NER model");
  if (!take(&tag_count, 4) || tag_count != T) return corrupt("tag set does not match this build");
  std::unique_ptr<NerModel> m(new NerModel());
  m->transitions_.resize((T + 1) * T);
  if (!take(m->transitions_.data(), m->transitions_.size() * sizeof(float)) || !take(&m->scale_, 4) ||
      !take(&count, 4))
    return corrupt("truncated header");
  if (count > bytes.size() / 9) return corrupt("feature count exceeds file size");
  size_t capacity = 16;
  while (capacity < 2 * static_cast<size_t>(count)) capacity *= 2;
  m->mask_ = capacity - 1;
  m->slots_.assign(capacity, Slot{});
  m->entries_.reserve(count * 2);
  for (uint32_t f = 0; f < count; ++f) {
    uint64_t key;
    uint8_t nq;
    if (!take(&key, 8) || !take(&nq, 1) || key == 0) return corrupt("truncated feature table");
    size_t slot = key & m->mask_;
    while (m->slots_[slot].key != 0 && m->slots_[slot].key != key) slot = (slot + 1) & m->mask_;
    if (m->slots_[slot].key == key) return corrupt("duplicate feature");
    m->slots_[slot] = {key, static_cast<uint32_t>(m->entries_.size()), nq};
    for (uint8_t q = 0; q < nq; ++q) {
      uint8_t tag;
      int16_t w;
      if (!take(&tag, 1) || !take(&w, 2) || tag >= T) return corrupt("bad weight entry");
      m->entries_.push_back({tag, w});
    }
  }
  if (pos != bytes.size()) return corrupt("trailing bytes");
  m->empty_slots_ = capacity - count;
  return m;
}

const NerModel::Slot* NerModel::Find(uint64_t key) const {
  size_t slot = key & mask_;
  while (true) {
    uint64_t k = slots_[slot].key;
    if (k == key) return &slots_[slot];
    if (k == 0) return nullptr;
    slot = (slot + 1) & mask_;
  }
}

std::vector<int> NerModel::Tag(std::u32string_view text, const std::vector<Amount>& amounts,
                               const NerGazetteer* gazetteer) const {
  constexpr int T = kNerTagCount;
  NerFeatures feats;
  ExtractNerFeatures(text, amounts, gazetteer, &feats);
  const size_t n = text.size();
  std::vector<float> emit(n * T, 0.0f);
  // The model is megabytes and every feature lands on a random slot, so
  // lookups are cache misses. Two passes with prefetching keep many misses
  // in flight at once: keys → slots, then slots → weights (indexing with
  // extraction took 18% less CPU than with one look-up after another;
  // weights kept inside 32-byte slots measured slower: a table twice the size).
  constexpr size_t kAhead = 16;
  const std::vector<uint64_t>& keys = feats.keys;
  std::vector<const Slot*> found(keys.size());
  for (size_t f = 0; f < keys.size(); ++f) {
    if (f + kAhead < keys.size()) __builtin_prefetch(&slots_[keys[f + kAhead] & mask_]);
    found[f] = Find(keys[f]);
  }
  for (size_t i = 0; i < n; ++i) {
    float* scores = &emit[i * T];
    for (uint32_t f = feats.offsets[i]; f < feats.offsets[i + 1]; ++f) {
      if (f + kAhead < found.size() && found[f + kAhead] != nullptr) {
        __builtin_prefetch(&entries_[found[f + kAhead]->start]);
      }
      const Slot* s = found[f];
      if (s == nullptr) continue;
      for (uint32_t e = s->start; e < s->start + s->count; ++e) scores[entries_[e].tag] += entries_[e].weight * scale_;
    }
  }
  std::vector<int> tags;
  NerViterbi(emit.data(), n, transitions_.data(), nullptr, &tags);
  return tags;
}

}  // namespace kosearch
