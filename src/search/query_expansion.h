// Other spellings of the plain words of a query, so that plain search finds
// what the question path finds: the alias file and the aliases mined from the
// archive (Samsung → 삼성, 젠슨황 → Jensen Huang), loanword matches among the
// Hangul words of the best candidates (an English word no alias knows →
// its transliteration), and spacing variants of Hangul words (젠슨황 ↔ 젠슨 황).
// Each is OR-ed in with a lower weight than the word as typed, so articles
// with the word itself rank above those with only another spelling.
// Internal header.
#pragma once

#include <xapian.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "kosearch/aliases.h"
#include "kosearch/analyzer.h"
#include "search/database_lookups.h"

namespace kosearch {

// One plain word of a query (no field, not negated), as the parser saw it.
struct QueryWord {
  std::string text;          // as typed
  Xapian::Query query;       // its query as parsed
  bool follows_previous = false;  // the word right after the previous QueryWord, both optional (not AND-ed)
};

struct WordAlternatives {
  // For each QueryWord: its alternatives, already weighted, to OR into its
  // query; an empty Query when it has none.
  std::vector<Xapian::Query> per_word;
  // Alternatives of adjacent words taken together ("Jensen Huang" → 젠슨 황,
  // "젠슨 황" → 젠슨황), already weighted: extra optional clauses.
  std::vector<Xapian::Query> spanning;
  // What was added, for --explain: "Samsung → 삼성 (alias)".
  std::vector<std::string> notes;
  // Term sequences of the alternatives, for snippets.
  std::vector<std::vector<std::string>> highlight;
};

// The alternatives of `words` (looked up in `aliases` and in `db`, whose
// text was analyzed with `analyzer`). Only the first words of a long query
// are looked at (each costs a few index look-ups, each asked of `db` once
// in a search). May throw Xapian::Error (the caller translates it).
WordAlternatives ExpandWords(const std::vector<QueryWord>& words, const AliasTable& aliases, DatabaseLookups& db,
                             const AnalyzerOptions& analyzer);

// Spellings of `name`: itself first, then its alias group and (with `mined`)
// the aliases mined into the index (XL terms), each once.
std::vector<std::string> AliasSpellings(const std::string& name, const AliasTable& aliases, DatabaseLookups& db,
                                        bool mined = true);

// Adds the Hangul words of `text` (runs of at least two syllables, as
// written, particles included) to `out`.
void CollectHangulWords(std::string_view text, std::set<std::string>* out);

}  // namespace kosearch
