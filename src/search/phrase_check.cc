// Phrases checked in the stored text (see phrase_check.h).
#include "search/phrase_check.h"

#include <algorithm>

#include "kosearch/analyzer.h"
#include "index/stored_document.h"

namespace kosearch {

namespace {

bool TokensHavePhrase(const std::vector<Token>& tokens, const std::vector<std::string>& terms) {
  // Tokens come in position order; a position may hold two (a one-syllable
  // stem's unigram beside its bigram), so look ahead within a small window.
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].term != terms[0]) continue;
    size_t at = i;
    bool all = true;
    for (size_t k = 1; k < terms.size() && all; ++k) {
      const uint32_t want = tokens[i].position + static_cast<uint32_t>(k);
      all = false;
      for (size_t j = at + 1; j < tokens.size() && tokens[j].position <= want; ++j) {
        if (tokens[j].position == want && tokens[j].term == terms[k]) { at = j; all = true; break; }
      }
    }
    if (all) return true;
  }
  return false;
}

// Hangul and Han terms are the text's own characters (after NFKC), so a
// phrase can only start where its first term occurs as a substring; Latin
// terms are lowercased and numbers rewritten, so they may start anywhere.
bool IsLiteralTerm(const std::string& term) {
  for (unsigned char c : term) {
    if (c < 0x80) return false;
  }
  return !term.empty();
}

// Bytes of text one phrase term and what separates it from the next can
// take, at most (a bigram is 6 bytes, a particle and punctuation a few more).
constexpr size_t kBytesPerTerm = 64;

}  // namespace

bool TextHasPhrase(const std::string& text, const std::vector<std::string>& terms) {
  if (terms.empty()) return true;
  if (!IsLiteralTerm(terms[0])) return TokensHavePhrase(Analyze(text), terms);
  // A candidate is checked for every query that finds it, so analysing the
  // whole article each time dominated phrase queries: analyse only around
  // the places the first term occurs, each from the start of its line to
  // the first line end past the phrase's longest possible extent (so slices
  // start and end where the analyzer's words do), overlapping ones merged.
  const size_t reach = kBytesPerTerm * terms.size();
  size_t from = 0, to = 0;  // the slice being grown; empty at first
  auto check = [&] { return to > from && TokensHavePhrase(Analyze(std::string_view(text).substr(from, to - from)), terms); };
  for (size_t at = text.find(terms[0]); at != std::string::npos; at = text.find(terms[0], at + 1)) {
    size_t start = at == 0 ? std::string::npos : text.rfind('\n', at - 1);
    start = start == std::string::npos ? 0 : start + 1;
    size_t end = at + reach >= text.size() ? std::string::npos : text.find('\n', at + reach);
    if (end == std::string::npos) end = text.size();
    if (start > to) {
      if (check()) return true;
      from = start;
    }
    to = std::max(to, end);
  }
  return check();
}

bool DocumentHasPhrases(const std::string& data, const std::vector<PhraseCheck>& checks) {
  auto doc = DecodeStoredDocument(data);
  return doc.ok() && DocumentHasPhrases(*doc, checks);
}

bool DocumentHasPhrases(const StoredDocument& doc, const std::vector<PhraseCheck>& checks) {
  const std::string title = doc.is_quote() ? std::string() : doc.title;  // a quote's title is its article's
  for (const PhraseCheck& c : checks) {
    bool in_title = c.field != PhraseCheck::Field::kBody && TextHasPhrase(title, c.terms);
    if (!in_title && (c.field == PhraseCheck::Field::kTitle || !TextHasPhrase(doc.text, c.terms))) return false;
  }
  return true;
}

}  // namespace kosearch
