// Word classes for the NER tagger: every frequent word stem of unlabelled
// Korean news mapped to a class of words used alike (schema/ner/clusters.tsv,
// learned without labels by bench/ner_train/word_clusters.py). A name the
// labelled data never showed still shares its class with names it did, so
// the class features carry over to unseen names. Internal header.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kosearch/status.h"

namespace kosearch {

// The feature templates of the class features (part of the model file's
// meaning, next to ner_features.cc's).
inline constexpr uint64_t kNerClusterTemplate = 48;  // 48..51

// The part of the word text[ws, we) that is looked up: without the
// punctuation around it and the particle after it ("'민주당은," → 민주당).
// Empty (first == second) when the word holds no letter.
std::pair<size_t, size_t> NerClusterCore(std::u32string_view text, size_t ws, size_t we);

class NerWordClusters {
 public:
  // The classes of one word; 0 is "not in the table".
  struct Classes {
    uint16_t fine = 0, coarse = 0;
    uint32_t core_start = 0, core_end = 0;  // NerClusterCore of the word
  };
  // One "word<TAB>fine<TAB>coarse" per line (# starts a comment; classes
  // 1..65535). NotFound when the file is missing; InvalidArgument naming
  // "path:line" for a malformed line.
  static Result<std::unique_ptr<NerWordClusters>> Load(const std::string& path);
  void Add(std::u32string_view word, uint16_t fine, uint16_t coarse);
  size_t size() const { return size_; }
  Classes Of(std::u32string_view text, size_t ws, size_t we) const;

 private:
  // Open addressing with linear probing over core hashes (hash 0: empty
  // slot): one cache line per look-up, where a hash map chases a node.
  struct Slot {
    uint64_t hash = 0;
    uint32_t classes = 0;  // fine << 16 | coarse
  };
  void Insert(uint64_t hash, uint32_t classes);
  uint32_t Find(uint64_t hash) const;  // 0 when absent
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

// The class features of a text's positions, word after word: the word's
// fine and coarse classes with the position's place in its core, the
// previous word's class where the core starts and the next word's where it
// ends. Each word is looked up once.
class NerClassWalk {
 public:
  explicit NerClassWalk(const NerWordClusters& table) : table_(table) {}
  // At the first character of every word text[ws, we), in text order;
  // text[ns, ne) is the next word (empty at the end of the text).
  void EnterWord(std::u32string_view text, size_t ws, size_t we, size_t ns, size_t ne);
  // Appends the features of position i of the current word.
  void Features(size_t i, std::vector<uint64_t>& keys) const;

 private:
  const NerWordClusters& table_;
  NerWordClusters::Classes prev_, word_, next_;
  size_t next_start_ = SIZE_MAX;
};

}  // namespace kosearch
