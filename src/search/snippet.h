// Snippets: the excerpt of a document that best shows why it matched, with
// the matched words (not single syllables) marked. Internal header.
#pragma once

#include <string>
#include <vector>

#include "extract/amounts.h"
#include "kosearch/analyzer.h"
#include "kosearch/search.h"

namespace kosearch {

struct Snippet {
  std::string text;
  std::vector<Highlight> highlights;
};

// Marks every occurrence in `text` of a sequence in `sequences` (terms at
// consecutive positions, as the analyzer makes them) and returns the window
// of about `max_chars` characters with the most distinct matches. With
// max_chars == 0, returns the whole text. `text` is analyzed with `analyzer`,
// the choices that made the sequences' terms. The amounts in `text` that one
// of `amounts` contains (an `amount:` filter) are marked and chosen like
// words: "12억 3천 450만 달러" as a whole.
Snippet MakeSnippet(const std::string& text, const std::vector<std::vector<std::string>>& sequences, size_t max_chars,
                    const AnalyzerOptions& analyzer, const std::vector<AmountRange>& amounts = {});

}  // namespace kosearch
