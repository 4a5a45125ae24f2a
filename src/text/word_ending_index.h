// WordEndingIndex: a small word table (titles, organization heads,
// government bodies) that the people and organization finders ask about
// nearly every word of every article, several times a word. Most words end
// in a character no entry ends in ("발표했다", "사람들은"); a bit per final
// character turns them away before the word is hashed. The answers are
// exactly those of the hash table alone. Internal header.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <unordered_map>

namespace kosearch {

template <class Value>
class WordEndingIndex {
 public:
  void Put(std::u32string_view word, Value value) {
    map_.emplace(word, value);
    if (!word.empty() && word.back() < kFilterChars) filter_[word.back() / 64] |= uint64_t{1} << (word.back() % 64);
  }

  // False only when no entry can be `word`: it ends in a character below
  // U+10000 that ends no entry. (An empty word, or one ending higher, goes
  // on to the table.)
  bool MayHold(std::u32string_view word) const {
    if (word.empty() || word.back() >= kFilterChars) return true;
    return filter_[word.back() / 64] >> (word.back() % 64) & 1;
  }

  // The entry's value, or null.
  const Value* Find(std::u32string_view word) const {
    if (!MayHold(word)) return nullptr;
    auto it = map_.find(word);
    return it == map_.end() ? nullptr : &it->second;
  }

  bool Contains(std::u32string_view word) const { return Find(word) != nullptr; }

 private:
  static constexpr char32_t kFilterChars = 0x10000;  // 8 KB of bits
  std::array<uint64_t, kFilterChars / 64> filter_{};
  std::unordered_map<std::u32string_view, Value> map_;
};

}  // namespace kosearch
