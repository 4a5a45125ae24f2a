// The NER tagger's name list (see NerGazetteer in ner_model.h): names are
// stored as hashes of their normalised characters, looked up at every word
// or punctuation boundary.
#include <algorithm>
#include <fstream>

#include "extract/ner_model.h"
#include "extract/ner_text.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

uint64_t NameHash(std::u32string_view name) {
  NerHasher h(kNerGazetteerTemplate);
  for (char32_t c : name) h.Add(NerNorm(c));
  return h.Done();
}

}  // namespace

Result<std::unique_ptr<NerGazetteer>> NerGazetteer::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": no such gazetteer");
  std::unique_ptr<NerGazetteer> g(new NerGazetteer());
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    std::string type = line.substr(0, tab);
    if (tab == std::string::npos || tab + 1 == line.size() || (type != "PS" && type != "OG"))
      return Status::InvalidArgument(path + ":" + std::to_string(number) + ": expected PS or OG, a tab and a name");
    g->Add(type == "PS" ? 0 : 1, ToU32(line.substr(tab + 1)));
  }
  return g;
}

void NerGazetteer::Add(int type, std::u32string_view name) {
  if (name.empty() || name.size() > kMaxLength || type < 0 || type >= kNerTypeCount) return;
  NerHasher h(kNerGazetteerTemplate);
  for (size_t len = 1; len < name.size(); ++len) {
    h.Add(NerNorm(name[len - 1]));
    if (len >= 2) Put(h.Done(), kPrefixOnly);
  }
  Put(NameHash(name), static_cast<uint8_t>(type));
}

void NerGazetteer::Put(uint64_t hash, uint8_t type) {
  if (2 * (used_ + 1) > table_.size()) {
    std::vector<std::pair<uint64_t, uint8_t>> old;
    old.swap(table_);
    table_.assign(std::max<size_t>(64, old.size() * 2), {0, 0});
    mask_ = table_.size() - 1;
    for (const auto& [h, t] : old)
      if (h != 0) {
        size_t slot = h & mask_;
        while (table_[slot].first != 0) slot = (slot + 1) & mask_;
        table_[slot] = {h, t};
      }
  }
  filter_[FilterBit(hash) / 64] |= uint64_t{1} << FilterBit(hash) % 64;
  size_t slot = hash & mask_;
  while (table_[slot].first != 0 && table_[slot].first != hash) slot = (slot + 1) & mask_;
  if (table_[slot].first == 0) {
    ++used_;
    table_[slot] = {hash, type};
    size_ += type != kPrefixOnly;
  } else if (type != kPrefixOnly) {
    size_ += table_[slot].second == kPrefixOnly;
    table_[slot].second = type;
  }
}

const uint8_t* NerGazetteer::Find(uint64_t hash) const {
  if (table_.empty() || !(filter_[FilterBit(hash) / 64] >> FilterBit(hash) % 64 & 1)) return nullptr;
  size_t slot = hash & mask_;
  while (table_[slot].first != 0) {
    if (table_[slot].first == hash) return &table_[slot].second;
    slot = (slot + 1) & mask_;
  }
  return nullptr;
}

int NerGazetteer::TypeOf(std::u32string_view name) const {
  if (name.empty() || name.size() > kMaxLength) return -1;
  const uint8_t* type = Find(NameHash(name));
  return type == nullptr || *type == kPrefixOnly ? -1 : *type;
}

void NerGazetteer::Mark(std::u32string_view text, std::vector<uint8_t>* marks) const {
  marks->assign(text.size(), 0);
  if (size_ == 0) return;
  for (size_t i = 0; i < text.size(); ++i) {
    // Names start words or follow punctuation: "(삼성전자)", "'엔비디아'".
    if (i > 0 && (IsHangulSyllable(text[i - 1]) || IsAsciiAlpha(text[i - 1]) || IsAsciiDigit(text[i - 1]))) continue;
    size_t best = 0;
    uint8_t type = 0;
    NerHasher h(kNerGazetteerTemplate);
    for (size_t len = 1; len <= kMaxLength && i + len <= text.size(); ++len) {
      h.Add(NerNorm(text[i + len - 1]));
      if (len < 2) continue;
      const uint8_t* t = Find(h.Done());
      if (t == nullptr) break;  // no name starts so
      if (*t != kPrefixOnly) {
        best = len;
        type = *t;
      }
    }
    if (best == 0) continue;
    for (size_t k = i; k < i + best; ++k) {
      uint8_t pos = k == i ? 1 : k + 1 == i + best ? 3 : 2;
      (*marks)[k] = static_cast<uint8_t>((type + 1) << 2 | pos);
    }
    i += best - 1;
  }
}

}  // namespace kosearch
