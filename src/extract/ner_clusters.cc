// The NER tagger's word classes (see ner_clusters.h): the table, the part of
// a word it is asked about, and the class features of a position.
#include "extract/ner_clusters.h"

#include <fstream>

#include "extract/ner_text.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

bool IsLetter(char32_t c) {
  c = FoldWidth(c);
  return IsHangulSyllable(c) || IsAsciiAlnum(c) || IsHan(c);
}

uint64_t CoreHash(std::u32string_view text, size_t start, size_t end) {
  NerHasher h(kNerClusterTemplate);
  for (size_t k = start; k < end; ++k) h.Add(NerNorm(text[k]));
  return h.Done();
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
  classes_[CoreHash(word, 0, word.size())] = uint32_t{fine} << 16 | coarse;
}

NerWordClusters::Classes NerWordClusters::Of(std::u32string_view text, size_t ws, size_t we) const {
  Classes out;
  const auto [start, end] = NerClusterCore(text, ws, we);
  out.core_start = static_cast<uint32_t>(start);
  out.core_end = static_cast<uint32_t>(end);
  if (start == end || end - start > kMaxCore) return out;
  auto it = classes_.find(CoreHash(text, start, end));
  if (it != classes_.end()) {
    out.fine = static_cast<uint16_t>(it->second >> 16);
    out.coarse = static_cast<uint16_t>(it->second & 0xFFFF);
  }
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
  if (a == b) return;  // punctuation only
  // i's place: before the core, its first, inside, its last, its only
  // character, after it (the particle).
  const uint64_t place = i < a ? 0 : i >= b ? 5 : b - a == 1 ? 4 : i == a ? 1 : i + 1 == b ? 3 : 2;
  keys.push_back(NerHasher(kNerClusterTemplate).Add(word_.fine).Add(place).Done());
  keys.push_back(NerHasher(kNerClusterTemplate + 1).Add(word_.coarse).Add(place).Done());
  if (i == a) keys.push_back(NerHasher(kNerClusterTemplate + 2).Add(prev_.fine).Done());
  if (i + 1 == b) keys.push_back(NerHasher(kNerClusterTemplate + 3).Add(next_.fine).Done());
}

}  // namespace kosearch
