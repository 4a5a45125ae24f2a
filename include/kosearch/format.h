// Rendering search responses for people (terminal text) and programs (JSON).
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "kosearch/search.h"

namespace kosearch {

// One key of a hit as programs see it, with its value.
struct HitField {
  const char* key;
  std::variant<std::string, double, bool> value;
};

// The keys of a hit in JSON, in order, and their values: "kind", "id",
// "title", "date", "source", "url", "score", "snippet" (highlights in
// [brackets]), "article_id"; a quote adds "speaker", "role", "org", "text",
// "speaker_as_written" and "resolved_fuzzily". The one table both
// `kosearch-query --json` (ResponseToJson) and the Python module's hit dicts
// are made from, so they have the same keys.
std::vector<HitField> HitFields(const Hit& hit);

// One JSON object: {"total", "total_exact", "results": [{"kind", "id",
// "title", "date", "source", "url", "score", "snippet", ...; see HitFields}],
// "facets": {name: {value: count, ...}}} (facet values in the order of
// SearchResponse::facets: most frequent first).
// Snippets carry [brackets] around highlighted words. A question adds
// "understood" {speaker, topic, expansions, summary} and "closest";
// `explain` adds "xapian_query".
std::string ResponseToJson(const SearchResponse& response, bool explain = false);

struct TextOptions {
  bool color = false;    // terminal bold/colour for highlights instead of [brackets]
  bool explain = false;  // print the Xapian query first
  // Wrap snippets to this many terminal columns (Hangul and other wide
  // characters count two), at spaces where possible. Default: 0, no wrapping.
  size_t width = 0;
};

// Human-readable listing: "131 results" (or "About 20000 results" when the
// total is an estimate), then the hits numbered from offset + 1.
std::string ResponseToText(const SearchResponse& response, size_t offset, const TextOptions& options);
std::string ResponseToText(const SearchResponse& response, size_t offset, bool color, bool explain = false);

// What `kosearch-query --stats` prints: one JSON object {"articles",
// "quotes", "bytes_on_disk", "shards", "remote_shards", "positions",
// "append_only", "schema_version"}, or lines for people.
std::string StatsToJson(const DatabaseStats& stats);
std::string StatsToText(const DatabaseStats& stats);

}  // namespace kosearch
