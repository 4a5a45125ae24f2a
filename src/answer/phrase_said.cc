// A who-question's quoted phrase ("'불량국가'라고 부른 사람은?"): the quote
// that answers it says the phrase. A quote that shares a word or two of it
// with the question is someone else's words; with no quote saying most of
// the phrase, the question gets no quote, only the closest articles.
#include <algorithm>
#include <cstring>

#include "answer/answer_steps.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Words of a phrase past this many are not required (they still score).
constexpr size_t kMostWordsRequired = 8;

// The phrase's words that have terms, each as its text query.
std::vector<Xapian::Query> PhraseWords(const std::string& phrase, ArchiveReader& archive) {
  std::vector<Xapian::Query> words;
  for (std::string word : SplitSpaces(phrase)) {
    while (!word.empty() && std::strchr(",.;:?!'\"", word.back())) word.pop_back();
    if (word.empty()) continue;
    Xapian::Query q = archive.TextQuery(word, nullptr);
    if (!q.empty()) words.push_back(q);
    if (words.size() == kMostWordsRequired) break;
  }
  return words;
}

// Any `k` of `words`, as an OR of the ANDs of each choice of k.
Xapian::Query AnyOf(const std::vector<Xapian::Query>& words, size_t k) {
  std::vector<bool> chosen(words.size(), false);
  std::fill(chosen.begin(), chosen.begin() + static_cast<std::ptrdiff_t>(k), true);
  std::vector<Xapian::Query> choices;
  do {
    std::vector<Xapian::Query> all;
    for (size_t i = 0; i < words.size(); ++i) {
      if (chosen[i]) all.push_back(words[i]);
    }
    choices.emplace_back(Xapian::Query::OP_AND, all.begin(), all.end());
  } while (std::prev_permutation(chosen.begin(), chosen.end()));
  return Xapian::Query(Xapian::Query::OP_OR, choices.begin(), choices.end());
}

}  // namespace

Xapian::Query PhraseSaidInQuote(const std::string& phrase, ArchiveReader& archive) {
  if (phrase.empty() || IsLatin(phrase)) return Xapian::Query();
  const std::vector<Xapian::Query> words = PhraseWords(phrase, archive);
  if (words.empty()) return Xapian::Query();
  // Most of its words: a paraphrase or another ending may change one in three.
  const size_t needed = words.size() - words.size() / 3;
  return AnyOf(words, needed);
}

}  // namespace kosearch
