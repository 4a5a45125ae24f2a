// The NER tagger's word classes (see ner_clusters.h): the table, the part of
// a word it is asked about, and the class features of a position.
#include "extract/ner_clusters.h"

#include <algorithm>
#include <fstream>

#include "extract/ner_text.h"
#include "text/hanja_readings.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

bool IsLetter(char32_t c) {
  c = FoldWidth(c);
  return IsHangulSyllable(c) || IsAsciiAlnum(c) || IsHan(c);
}

// Hanja are hashed as their Hangul reading (日帝 as 일제): the table is
// learned from Hangul text, and klp2016's 1990s news writes many words in
// Hanja. Never 0, the empty slot of the table.
uint64_t CoreHash(std::u32string_view text, size_t start, size_t end) {
  NerHasher h(kNerClusterTemplate);
  for (size_t k = start; k < end; ++k) {
    char32_t c = NerNorm(text[k]);
    if (IsHan(c)) {
      const char32_t reading = k == start ? HanjaReadingAtWordStart(c) : HanjaReading(c);
      if (reading != 0) c = reading;
    }
    h.Add(c);
  }
  const uint64_t hash = h.Done();
  return hash == 0 ? 1 : hash;
}

// Longer cores are not looked up (and not learned): names and words that
// long are rare, and their characters say enough.
constexpr size_t kMaxCore = 10;

}  // namespace

std::pair<size_t, size_t> NerClusterCore(std::u32string_view text, size_t ws, size_t we) {
  while (ws < we && !IsLetter(text[ws])) ++ws;
  while (we > ws && !IsLetter(text[we - 1])) --we;
  return {ws, we - NerParticleLength(text, ws, we)};
}

Result<std::unique_ptr<NerWordClusters>> NerWordClusters::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": no such word class table");
  std::unique_ptr<NerWordClusters> table(new NerWordClusters());
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const size_t tab1 = line.find('\t');
    const size_t tab2 = tab1 == std::string::npos ? tab1 : line.find('\t', tab1 + 1);
    long fine = 0, coarse = 0;
    if (tab2 != std::string::npos && tab1 > 0) {
      fine = std::strtol(line.c_str() + tab1 + 1, nullptr, 10);
      coarse = std::strtol(line.c_str() + tab2 + 1, nullptr, 10);
    }
    if (fine < 1 || fine > 65535 || coarse < 1 || coarse > 65535)
      return Status::InvalidArgument(path + ":" + std::to_string(number) +
                                     ": expected a word, a tab, a class, a tab and a class (1-65535)");
    table->Add(ToU32(line.substr(0, tab1)), static_cast<uint16_t>(fine), static_cast<uint16_t>(coarse));
  }
  return table;
}

void NerWordClusters::Add(std::u32string_view word, uint16_t fine, uint16_t coarse) {
  if (word.empty() || word.size() > kMaxCore) return;
  // Kept at most half full, so a probe run stays short.
  if ((size_ + 1) * 2 > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<size_t>(64, old.size() * 2), Slot{});
    size_ = 0;
    for (const Slot& s : old)
      if (s.hash != 0) Insert(s.hash, s.classes);
  }
  Insert(CoreHash(word, 0, word.size()), uint32_t{fine} << 16 | coarse);
}

void NerWordClusters::Insert(uint64_t hash, uint32_t classes) {
  const size_t mask = slots_.size() - 1;
  for (size_t k = hash & mask;; k = (k + 1) & mask) {
    if (slots_[k].hash == hash) {
      slots_[k].classes = classes;
      return;
    }
    if (slots_[k].hash == 0) {
      slots_[k] = Slot{hash, classes};
      ++size_;
      return;
    }
  }
}

uint32_t NerWordClusters::Find(uint64_t hash) const {
  if (slots_.empty()) return 0;
  const size_t mask = slots_.size() - 1;
  for (size_t k = hash & mask;; k = (k + 1) & mask) {
    if (slots_[k].hash == hash) return slots_[k].classes;
    if (slots_[k].hash == 0) return 0;
  }
}

NerWordClusters::Classes NerWordClusters::Of(std::u32string_view text, size_t ws, size_t we) const {
  Classes out;
  const auto [start, end] = NerClusterCore(text, ws, we);
  out.core_start = static_cast<uint32_t>(start);
  out.core_end = static_cast<uint32_t>(end);
  if (start == end || end - start > kMaxCore) return out;
  const uint32_t classes = Find(CoreHash(text, start, end));
  out.fine = static_cast<uint16_t>(classes >> 16);
  out.coarse = static_cast<uint16_t>(classes & 0xFFFF);
  return out;
}

void NerClassWalk::EnterWord(std::u32string_view text, size_t ws, size_t we, size_t ns, size_t ne) {
  prev_ = word_;
  word_ = ws == next_start_ ? next_ : table_.Of(text, ws, we);
  next_ = ns < ne ? table_.Of(text, ns, ne) : NerWordClusters::Classes{};
  next_start_ = ns;
}

void NerClassWalk::Features(size_t i, std::vector<uint64_t>& keys) const {
  const size_t a = word_.core_start, b = word_.core_end;
  // Only words the table holds give evidence: "not in the table" would mostly
  // say "a rare word", which the training data's rare names taught to read as
  // a name, and klp2016's Hanja and old words are rare too.
  if (a == b || word_.fine == 0) return;
  // i's place: before the core, its first, inside, its last, its only
  // character, after it (the particle).
  const uint64_t place = i < a ? 0 : i >= b ? 5 : b - a == 1 ? 4 : i == a ? 1 : i + 1 == b ? 3 : 2;
  keys.push_back(NerHasher(kNerClusterTemplate).Add(word_.fine).Add(place).Done());
  keys.push_back(NerHasher(kNerClusterTemplate + 1).Add(word_.coarse).Add(place).Done());
  if (i == a && prev_.fine != 0) keys.push_back(NerHasher(kNerClusterTemplate + 2).Add(prev_.fine).Done());
  if (i + 1 == b && next_.fine != 0) keys.push_back(NerHasher(kNerClusterTemplate + 3).Add(next_.fine).Done());
}

}  // namespace kosearch
