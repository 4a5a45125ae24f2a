// Korean-aware text analysis: the one analyzer used both to index and to query.
//
// Text is NFKC-normalised, split into script runs (Hangul, Latin, digits, Han),
// and turned into terms: Hangul and Han runs into overlapping character bigrams
// (a one-syllable word stays a unigram), Latin words lowercased, numbers with
// thousands separators joined (1,000 → 1000). A trailing particle (조사) is cut
// from a Hangul word before the bigrams are made (see analyzer.cc for why and
// how). Each term has a position; consecutive terms of one word, and words that
// follow each other, get consecutive positions, so phrases can be matched.
// Thread-safety: stateless functions, safe to call concurrently.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kosearch {

// The analyzer's choices. They change what terms a word gives, so a database
// records the ones it was built with (IndexOptions::analyzer) and a Searcher
// analyzes queries with the recorded ones.
struct AnalyzerOptions {
  // Cut trailing particles (은/는/이/가/을/를/에서/라고…) from Hangul words.
  // Default: true (bench/retrieval_results.md measures the choice).
  bool strip_particles = true;
  // Cut a light verb (하다/되다 forms from the third syllable on) so that
  // "기록하고있는" and "기록했다" both give 기록. Default: true. Only with
  // strip_particles.
  bool cut_light_verbs = true;

  bool operator==(const AnalyzerOptions&) const = default;
};

struct Token {
  std::string term;        // the index term (no prefix)
  uint32_t position = 0;   // 0-based, consecutive within and across words
  uint32_t word = 0;       // index of the word (script run) it came from
  size_t start = 0;        // byte offsets of the term's characters in the
  size_t end = 0;          // normalised text, end exclusive
  // Indexed but never produced for a query: the unigram of a one-syllable
  // stem ("툴" of "툴을"), so a one-syllable query word finds it.
  bool index_only = false;
};

// Analyzes `text`, which must already be NFKC (see NormalizeText). Invalid
// UTF-8 bytes are skipped. Never fails.
std::vector<Token> Analyze(std::string_view normalized_text, const AnalyzerOptions& options = {});

// NFKC normalisation applied before analysis (and to stored text).
std::string NormalizeText(std::string_view text);

}  // namespace kosearch
