// The kosearch query language, parsed straight into Xapian::Query objects
// (Xapian 1.4.22's QueryParser throws on mixed Latin/Hangul input).
//
//   free text      SK 옴니버스 GPU         words are OR-ed and ranked (BM25)
//   phrase         "옴니버스 툴"           terms at consecutive positions (in the
//                                         index, or checked in the stored text)
//   boolean        a AND b, a OR b, NOT a, -a, ( … )
//   text fields    title:word  title:"phrase"  body:word
//   filters        source:아주경제  speaker:최태원  org:SK  kind:quote  id:ID
//                  (source: matches any source that has the value's words)
//   prefix         SK*  title:omni*           Latin words and numbers only
//   ranges         date:2009-01-01..2009-12-31  date:2009  amount:10억달러..  amount:..5만장
//
// Internal header; the public entry point is Searcher::Search.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract/amounts.h"
#include "kosearch/aliases.h"
#include "kosearch/analyzer.h"
#include "kosearch/status.h"
#include "search/phrase_check.h"

namespace kosearch {

struct ParsedQuery {
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

// Parses `query`. Fails with InvalidArgument and a one-line message that
// quotes the offending part (unbalanced quote or parenthesis, unknown field,
// malformed or inverted range, nothing to search for).
// `db` is used to expand amount ranges into the amount terms present and to
// find the alternatives of plain words; Xapian's DatabaseModifiedError and
// NetworkError are thrown on to the caller (the searcher retries). Text is
// analyzed with `analyzer`, the choices the database records.
Result<ParsedQuery> ParseQuery(std::string_view query, const AliasTable& aliases, const Xapian::Database& db,
                               const AnalyzerOptions& analyzer);

// Builds the scored query for free text (used for question topics too):
// each word's terms, plus (when the index has `positions`) a phrase of them
// for whole-word matches. `analyzer`: as for ParseQuery.
Xapian::Query TextQuery(std::string_view text, const std::string& prefix, bool positions, const AnalyzerOptions& analyzer,
                        std::vector<std::vector<std::string>>* highlight);

// The words of a source key (AliasTable::Key): its runs of letters and
// digits, split where Hangul meets another script ("ko.wikinews.org" →
// ko, wikinews, org; "sbs뉴스" → sbs, 뉴스). source:V finds the sources
// that have all of V's words.
std::vector<std::string> SourceWords(std::string_view key);

// Every word of `text` AND-ed, each as in a short query: an alternative
// spelling ("젠슨 황", "Samsung Electronics") of a query word.
Xapian::Query AllWordsQuery(std::string_view text, bool positions, const AnalyzerOptions& analyzer,
                            std::vector<std::vector<std::string>>* highlight);

// The terms of all spellings (alias group) of `value` under `prefix`, OR-ed.
Xapian::Query AliasFilter(const char* prefix, std::string_view value, const AliasTable& aliases);

}  // namespace kosearch
