// The index layout: document kinds, term prefixes and value slots. The single
// place these are defined; schema/README.md documents them for users.
// Internal header.
#pragma once

#include <string>
#include <string_view>

#include "kosearch/analyzer.h"

namespace Xapian {
class Database;
class WritableDatabase;
}  // namespace Xapian

namespace kosearch::schema {

// Bumped whenever a change makes old databases unreadable or wrong.
// 2: quote documents have their own id prefix (XQ), long term values are
// hashed (see Term), dates are normalised. 3: speakers resolved per article
// (issue 13): quote data has speaker_type, confidence, reported_by; the
// speaker slot labels organizations and roles; title + name speaker terms.
// 4: the stored document is in kSlotHit, after the sort key (a match sorted
// on that slot carries what a hit shows); the document data is empty.
inline constexpr int kVersion = 4;
// The oldest version read (3: the stored document is the document data).
inline constexpr int kOldestReadVersion = 3;
inline constexpr char kVersionKey[] = "kosearch.schema_version";
// "0" when text terms carry no positions (phrases are checked against the
// stored text); "1" or absent (databases from before the key): positions.
inline constexpr char kPositionsKey[] = "kosearch.positions";
// "1" when the database has no term lists (IndexOptions::append_only).
inline constexpr char kAppendOnlyKey[] = "kosearch.append_only";
// The analyzer's choices (AnalyzerOptions), "1" or "0"; absent (databases
// from before the keys): the defaults.
inline constexpr char kParticlesKey[] = "kosearch.particles";      // strip_particles
inline constexpr char kLightVerbsKey[] = "kosearch.light_verbs";  // cut_light_verbs

// The analyzer choices `db` records (the defaults for a key it lacks).
// Throws Xapian::Error like get_metadata.
AnalyzerOptions RecordedAnalyzerOptions(const Xapian::Database& db);
// Records `options` in `db` (committed with the next commit).
void RecordAnalyzerOptions(Xapian::WritableDatabase& db, const AnalyzerOptions& options);
// How messages name the choices: "particles cut, light verbs cut".
std::string DescribeAnalyzerOptions(const AnalyzerOptions& options);

// Term prefixes (Xapian convention: upper-case letters; X starts a long one).
inline constexpr char kId[] = "Q";          // article documents: the article id
inline constexpr char kQuoteId[] = "XQ";    // quote documents: article id + "#q" + n (never equal to an article's term)
inline constexpr char kKind[] = "K";        // "Karticle" | "Kquote"
inline constexpr char kTitle[] = "S";       // title terms (positional)
inline constexpr char kSource[] = "XS";     // source key (AliasTable::Key)
inline constexpr char kDate[] = "D";        // "D2009-01-20"
inline constexpr char kYear[] = "Y";        // "Y2009"
inline constexpr char kArticle[] = "XA";    // on quote documents: the parent article's id
inline constexpr char kSpeaker[] = "XP";    // speaker key, and its aliases (quotes); people (articles)
inline constexpr char kRole[] = "XR";       // quote speaker's role/title keys ("XR대통령", "XRceo")
inline constexpr char kOrg[] = "XO";        // organization keys with all alias spellings
inline constexpr char kAmount[] = "XM";     // "XM" + unit + ":" + sortable_serialise(value)
inline constexpr char kAlias[] = "XL";      // archive-mined alias pairs: "XL" + key(a) + "=" + b

// Value slots.
inline constexpr unsigned kSlotDate = 0;     // "YYYY-MM-DD" (string order = date order)
inline constexpr unsigned kSlotSpeaker = 1;  // quote speaker for the facet (a name; organizations and roles labelled)
inline constexpr unsigned kSlotOrgs = 2;     // organizations, canonical names, '\n'-separated
inline constexpr unsigned kSlotPeople = 3;   // people named, '\n'-separated
inline constexpr unsigned kSlotSource = 4;   // source (display form)
inline constexpr unsigned kSlotHash = 5;     // content hash of the article (skip unchanged re-index)
// Orders equal scores, sorted descending: newest first, then by id (see SortKey).
inline constexpr unsigned kSlotSort = 6;
// kSlotSort's key, then the stored document (EncodeStoredDocument): sorted
// on this slot the order is kSlotSort's (no two keys share their id part),
// and each match carries its document (index/sort_key.h). Version 4.
inline constexpr unsigned kSlotHit = 7;

inline constexpr char kKindArticle[] = "article";
inline constexpr char kKindQuote[] = "quote";

// Xapian (glass) refuses a term longer than 245 bytes, and a term whose
// NUL bytes (stored escaped, two bytes each) make its key too long; either
// error discards the writer's whole uncommitted batch.
inline constexpr size_t kMaxTermBytes = 245;
bool TermFits(std::string_view term);

// The term for `value` under `prefix`: prefix + value when that fits in
// kMaxTermBytes - 5 bytes, is valid UTF-8 and has no NUL byte; otherwise
// prefix + 0xFF + the 32 hex digits of value's 128-bit FNV-1a hash (0xFF
// never occurs in UTF-8, so a hashed term never equals a plain one). Used
// both when indexing and when querying, so long values still match.
std::string Term(std::string_view prefix, std::string_view value);

// A quote's id as shown ("<article id>#q<n>") and its unique term.
std::string QuoteId(const std::string& article_id, size_t n);
inline std::string QuoteIdTerm(const std::string& article_id, size_t n) { return Term(kQuoteId, QuoteId(article_id, n)); }

}  // namespace kosearch::schema
