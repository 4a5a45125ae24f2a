// The kosearch query language, parsed into a plan (the query's syntax tree,
// its words already analysed) without looking at any index; the planner
// (query_planner.h) turns a plan into a Xapian query against a database.
// (Not Xapian 1.4.22's QueryParser: it throws on mixed Latin/Hangul input.)
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

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/amounts.h"
#include "kosearch/analyzer.h"
#include "kosearch/status.h"

namespace kosearch {

// One word of a query as the analyzer cuts it: its terms (Hangul bigrams, or
// a Latin word or a number), and the unigram of a one-syllable stem ("배" of
// "배를"), which the index has separately. Terms carry no field prefix.
struct PlanWord {
  std::vector<std::string> terms;
  std::string stem_unigram;
};

// Where the words of a text clause are searched.
enum class TextField { kAny, kTitle, kBody };  // "…" or word, title:…, body:… (= text:…)

// date:…, as bounds on the date slot (YYYY, YYYY-MM or YYYY-MM-DD; "" = open).
struct DateRange {
  std::string low, high;  // inclusive; a high end of a year or month is padded ("2009-99")
  // date:2009 or date:2009-01-01: one year or one day, which the index has as
  // a term of its own (`low` is the value).
  bool whole_term = false;
};

struct PlanConjunction;

// One clause of a conjunction: a word or words, a phrase, a field, or a group.
struct PlanClause {
  enum class Kind {
    kWords,    // free text, title:…, body:…: `words`, OR-ed and ranked
    kPhrase,   // "…": the terms of `words`, in this order
    kPrefix,   // nvid*: every term that starts with `words[0].terms[0]`
    kSource,   // source:V; `text` is the source key (AliasTable::Key)
    kSpeaker,  // speaker:V, person:V, org:V: any spelling of V (alias table)
    kPerson,
    kOrg,
    kKind,     // kind:article or kind:quote
    kId,       // id:ID, an article's or a quote's
    kDate,     // `date`
    kAmount,   // `amount`; `text` is the value as typed, for messages
    kGroup,    // ( … ): `group`, OR-ed
  };
  Kind kind = Kind::kWords;
  TextField field = TextField::kAny;  // kWords, kPhrase, kPrefix
  std::string text;                   // the word, phrase or field value as typed
  std::vector<PlanWord> words;        // kWords, kPhrase, kPrefix (never empty)
  DateRange date;
  AmountRange amount;
  std::vector<PlanConjunction> group;
  bool negated = false;   // -x or NOT x: matches must not have it
  bool minus = false;     // typed as -x: neither highlighted nor taken as an amount to mark
  bool required = false;  // next to an AND: matches must have it

  // A word typed with no field and no '-': its other spellings are searched
  // too (query_expansion.h).
  bool PlainWord() const { return (kind == Kind::kWords || kind == Kind::kPrefix) && field == TextField::kAny && !minus; }
  // A clause that only filters (does not change the ranking).
  bool Filter() const { return kind != Kind::kWords && kind != Kind::kPhrase && kind != Kind::kPrefix && kind != Kind::kGroup; }
};

// Clauses side by side: the required ones AND-ed, the others OR-ed (ranked),
// filters applied, negated ones excluded. Clauses with nothing to search
// (a word of punctuation only) are left out.
struct PlanConjunction {
  std::vector<PlanClause> clauses;
};

// A parsed query: conjunctions OR-ed ("a b OR c" has two).
struct QueryPlan {
  std::vector<PlanConjunction> any;
  // A short query (at most StrictMaxWords() words, phrases and fields): each
  // word needs all of its bigrams (see query_planner.cc).
  bool strict = true;
};

// Parses `query` with the analyzer `options` (those the index was built
// with). Fails with InvalidArgument and a one-line message that quotes the
// offending part (invalid UTF-8, too long, unbalanced quote or parenthesis,
// unknown field, malformed or inverted range, nothing to search for). Never
// reads an index.
Result<QueryPlan> ParseQuery(std::string_view query, const AnalyzerOptions& options);

// The words of `text` as a query searches them (see PlanWord).
std::vector<PlanWord> AnalyzeWords(std::string_view text, const AnalyzerOptions& options);

// Queries of at most this many words, phrases and fields are strict.
size_t StrictMaxWords();

// The words of a source key (AliasTable::Key): its runs of letters and
// digits, split where Hangul meets another script ("ko.wikinews.org" →
// ko, wikinews, org; "sbs뉴스" → sbs, 뉴스). source:V finds the sources
// that have all of V's words.
std::vector<std::string> SourceWords(std::string_view key);

}  // namespace kosearch
