// DatabaseLookups: what one search asks its database again and again, asked
// once. A question resolves its speaker, expands its topic and then runs
// its words as a plain query (the closest articles); each step looks up the
// same alias terms, term frequencies and documents. Over remote shards
// every such look-up is a round trip, so the answers are kept for the
// search: a term's existence and frequency, the terms under a prefix (a
// listing of a shorter prefix answers a longer one), and the data of the
// documents fetched (the articles read for loanword matching are mostly
// those the plain query then lists). Term frequencies also come free with
// every match run through Matches: Xapian sends the query terms' statistics
// with the match.
//
// A step that asks many questions one after another, each depending on the
// last (query_expansion's alternatives: does this spelling match any
// article?), can first be run dry (BeginDryRun): Matches, TermFreq,
// TermExists and TermsWithPrefix then ask nothing and note what they would
// ask (answering "matches", 1, "exists", and no terms for a prefix not
// known to have some), and ResolveDryRun asks all of it in one match
// (two round trips over remote shards, however many queries and terms): a
// document matching the n-th query weighs 2^n, so the weights of the
// matches say which queries match something, and a prefix's first term
// (Xapian's OP_WILDCARD) whether a listing of it would list anything: one
// that would not is known empty without listing it (the alias listings of
// most words of a query). A second dry run, when some prefix has terms,
// lists those and asks what their terms lead to. The step then runs for real
// on the answers; whatever the dry run did not foresee is asked as before,
// so the answers, and what the step builds, are the same. (The match reads
// at most 1,000 documents: when more match, a query none of them matches
// is not known, and asked as before.)
//
// Answers are those of the database as it was when first asked: Clear()
// whenever it is reopened or reconnected (the searcher does, before each
// try of a search). Not thread-safe (one per Searcher). Calls throw
// Xapian::Error as the database's do. Internal header.
#pragma once

#include <xapian.h>

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "index/schema.h"

namespace kosearch {

class DatabaseLookups {
 public:
  // `db` must outlive this object; it may be reassigned (a reconnect), then Clear().
  explicit DatabaseLookups(const Xapian::Database& db) : db_(db) {}

  const Xapian::Database& db() const { return db_; }
  void Clear();

  // The slot the searcher's ranked matches break ties on: schema::kSlotSort,
  // or schema::kSlotHit, whose value (the same key, then the stored
  // document) then comes with each match, so that DocumentData fetches
  // nothing. The searcher sets it for each try of a search (kSlotHit over
  // remote shards: locally, fetching is cheaper than matching on the longer
  // values).
  void SetSortSlot(Xapian::valueno slot) { sort_slot_ = slot; }
  Xapian::valueno sort_slot() const { return sort_slot_; }

  // Whether steps should be run dry first (BeginDryRun): set over remote
  // shards, where each question asked is a round trip; locally asking is
  // cheaper than the dry run.
  void SetBatchLookups(bool batch) { batch_lookups_ = batch; }
  bool batch_lookups() const { return batch_lookups_; }
  // Starts a dry run (see above); ResolveDryRun (or Clear) ends it. The
  // answers given during one are not the database's: what the step builds
  // then is thrown away.
  void BeginDryRun();
  // Ends the dry run, asking what it noted in one match; true when it
  // learnt that a prefix the dry run wanted listed has terms (a second dry
  // run would list it). May throw Xapian::Error (the dry run is over either way).
  bool ResolveDryRun();
  // Ends the dry run asking nothing yet: what it noted rides along with the
  // next match that asks several things at once (MatchesEach, Prefetch
  // within, ResolveDryRun), the first look-ups of a question.
  void KeepDryRunPending();
  // Set while a step runs only to note what it will ask (Searcher's
  // LookAhead: a question's closest articles, planned before the question
  // is answered); the query expansion then runs dry and keeps it pending.
  void SetLookingAhead(bool ahead) { looking_ahead_ = ahead; }
  bool looking_ahead() const { return looking_ahead_; }
  // Ends the dry run asking nothing (a step that failed).
  void CancelDryRun() {
    dry_run_ = false;
    dry_queries_.clear();
    dry_terms_.clear();
    dry_prefixes_.clear();
  }
  bool dry_run() const { return dry_run_; }

  bool TermExists(const std::string& term);
  // Learns the frequencies of every term of `terms` not known yet, in one
  // match (two round trips over remote shards, however many terms). With
  // `within` and batch_lookups, the same match also learns which of the
  // terms some document of `within` has: Matches then answers
  // FILTER(within, a term or an OR of terms) without asking.
  void Prefetch(const std::vector<std::string>& terms, const Xapian::Query& within = Xapian::Query());
  Xapian::doccount TermFreq(const std::string& term);
  // Every term that starts with `prefix`, in term order.
  std::vector<std::string> TermsWithPrefix(const std::string& prefix);
  // Calls `visit` with each term that starts with `prefix` (prefix cut off),
  // in term order, until it returns false.
  void VisitTerms(const std::string& prefix, const std::function<bool(std::string_view)>& visit);
  // Whether some document matches `query` (and the frequencies of its terms,
  // noted); a lone term by its frequency, and none asked when a term every
  // match needs is known to be absent.
  bool Matches(const Xapian::Query& query);
  // Matches of each of `queries` (an empty one: false); over remote shards
  // (batch_lookups) asked in one match where they are not known yet.
  std::vector<bool> MatchesEach(const std::vector<Xapian::Query>& queries);
  // enquire.get_mset(first, max, check), its query terms' frequencies noted.
  Xapian::MSet Match(Xapian::Enquire& enquire, Xapian::doccount first, Xapian::doccount max, Xapian::doccount check = 0);
  // The stored data (EncodeStoredDocument) of the document a match points
  // at: read from the match's sort key when it carries it (a match sorted
  // on schema::kSlotHit: no round trip), else fetched (index/sort_key.h
  // StoredData).
  std::string DocumentData(const Xapian::MSetIterator& match);
  // The stored data of document `docid` whose match had `sort_key`, likewise.
  std::string DocumentData(Xapian::docid docid, std::string_view sort_key);
  // The words `compute` finds in the best matches of a query, kept under
  // `key` for the search (a dry run and the real one read the same
  // documents once).
  const std::set<std::string>& Memo(const std::string& key, const std::function<std::set<std::string>()>& compute);

 private:
  // The cached complete listing of a prefix of `term`, or null.
  const std::vector<std::string>* ListingCovering(const std::string& term) const;
  // Whether an answer already known says that no document has `term` (nothing asked).
  bool KnownAbsent(const std::string& term) const;
  void NoteFrequencies(const Xapian::Query& query, const Xapian::MSet& mset);
  // Whether each of `queries` (48 at most) matches some document, in one
  // match that also notes the frequencies of `terms` and asks what is
  // pending (KeepDryRunPending): unknown when more documents matched than
  // were read.
  std::vector<std::optional<bool>> MatchEach(const std::vector<Xapian::Query>& queries, const std::vector<std::string>& terms);
  // Matches' answer from what Prefetch learnt within a query, if it says.
  std::optional<bool> KnownWithin(const Xapian::Query& query) const;
  // The data of `docid`: known, in `sort_key`, or from `fetch` (a round trip over remote shards).
  std::string DocumentData(Xapian::docid docid, std::string_view sort_key, const std::function<std::string()>& fetch);

  const Xapian::Database& db_;
  Xapian::valueno sort_slot_ = schema::kSlotSort;
  std::map<std::string, bool> exists_;
  std::map<std::string, Xapian::doccount> freq_;
  std::map<std::string, std::vector<std::string>> listings_;  // complete, by prefix
  std::map<Xapian::docid, std::string> data_;
  std::map<std::string, bool> matches_;  // Matches' answers, by query description
  std::map<std::string, std::map<std::string, bool>> within_;  // Prefetch's `within`: term → some document has it
  std::map<std::string, std::set<std::string>> memo_;
  bool batch_lookups_ = false;
  bool dry_run_ = false;
  std::vector<Xapian::Query> dry_queries_;  // what the dry run would have matched
  std::vector<std::string> dry_terms_;      // and whose frequencies it would have asked
  std::vector<std::string> dry_prefixes_;   // and which prefixes it would have listed
  std::vector<Xapian::Query> pending_queries_;  // noted, to ask with the next match of several
  std::vector<std::string> pending_terms_;
  std::vector<std::string> pending_prefixes_;
  bool found_prefix_terms_ = false;
  bool looking_ahead_ = false;
  std::set<std::string> prefixes_with_terms_;
};

}  // namespace kosearch
