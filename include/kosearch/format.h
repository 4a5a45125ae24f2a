// Rendering search responses for people (terminal text) and programs (JSON).
// Thread-safety: pure functions.
#pragma once

#include <string>

#include "kosearch/search.h"

namespace kosearch {

// One JSON object: {"total", "results": [{"kind", "id", "title", "date",
// "source", "url", "score", "snippet", ...quote fields}], "facets": {...}}.
// Snippets carry [brackets] around highlighted words. A question adds
// "understood" {speaker, topic, expansions, summary} and "closest";
// `explain` adds "xapian_query".
std::string ResponseToJson(const SearchResponse& response, bool explain = false);

// Human-readable listing; `color` uses terminal bold/colour for highlights
// instead of [brackets]; `explain` prints the Xapian query first.
std::string ResponseToText(const SearchResponse& response, size_t offset, bool color, bool explain = false);

}  // namespace kosearch
