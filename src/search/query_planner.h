// The query planner: a parsed query (QueryPlan, query_parser.h) → the
// Xapian query the searcher runs, with what the searcher needs beside it
// (terms to highlight, phrases to check in the text, amounts to mark). It
// reaches the index only through an IndexReader: to expand amount ranges,
// sources and prefixes into the terms present, to learn whether phrases can
// be matched on positions, and to find the other spellings of plain words.
// Internal header.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract/amounts.h"
#include "kosearch/aliases.h"
#include "kosearch/status.h"
#include "search/index_reader.h"
#include "search/phrase_check.h"
#include "search/query_parser.h"

namespace kosearch {

struct PlannedQuery {
  Xapian::Query query;  // MatchAll when the query has only filters
  // Term sequences to highlight (one per positive word or phrase).
  std::vector<std::vector<std::string>> highlight;
  bool has_text = false;           // some scored text (else results are unranked)
  bool mentions_kind = false;      // kind: was given
  bool mentions_quote_field = false;  // speaker: was given (implies quotes)
  bool mentions_amount = false;
  // The positive amount: filters, for the snippet to show the amount that matched.
  std::vector<AmountRange> amounts;
  // Index without positions: phrases every match must have, in this order,
  // checked in the stored text (Searcher). Empty with positions.
  std::vector<PhraseCheck> phrases;
  // Other spellings OR-ed in for plain words (query_expansion.h), for
  // --explain: "Samsung → 삼성 (alias)".
  std::vector<std::string> alternatives;
};

// Turns `plan` into a query on `index`. Fails with InvalidArgument when the
// amount ranges match too many amounts of the index, with Internal on
// another Xapian error; Xapian's DatabaseError (DatabaseModifiedError, or a
// block a concurrent commit reused) and NetworkError are thrown on to the
// caller (the searcher reopens or reconnects and retries).
Result<PlannedQuery> PlanQuery(const QueryPlan& plan, const AliasTable& aliases, const IndexReader& index);

// Builds the scored query for free text (used for question topics too):
// each word's terms (analyzed with the index's `analyzer` choices), plus
// (when the index has `positions`) a phrase of them for whole-word matches.
Xapian::Query TextQuery(std::string_view text, const std::string& prefix, bool positions,
                        const AnalyzerOptions& analyzer, std::vector<std::vector<std::string>>* highlight);

// Every word of `text` AND-ed, each as in a short query: an alternative
// spelling ("젠슨 황", "Samsung Electronics") of a query word.
Xapian::Query AllWordsQuery(std::string_view text, bool positions, const AnalyzerOptions& analyzer,
                            std::vector<std::vector<std::string>>* highlight);

// The terms of all spellings (alias group) of `value` under `prefix`, OR-ed.
Xapian::Query AliasFilter(const char* prefix, std::string_view value, const AliasTable& aliases);

}  // namespace kosearch
