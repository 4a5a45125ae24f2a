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
// Answers are those of the database as it was when first asked: Clear()
// whenever it is reopened or reconnected (the searcher does, before each
// try of a search). Not thread-safe (one per Searcher). Calls throw
// Xapian::Error as the database's do. Internal header.
#pragma once

#include <xapian.h>

#include <functional>
#include <map>
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

  bool TermExists(const std::string& term);
  // Learns the frequencies of every term of `terms` not known yet, in one
  // match (two round trips over remote shards, however many terms).
  void Prefetch(const std::vector<std::string>& terms);
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
  // enquire.get_mset(first, max, check), its query terms' frequencies noted.
  Xapian::MSet Match(Xapian::Enquire& enquire, Xapian::doccount first, Xapian::doccount max, Xapian::doccount check = 0);
  // The stored data (EncodeStoredDocument) of the document a match points
  // at: read from the match's sort key when it carries it (a match sorted
  // on schema::kSlotHit: no round trip), else fetched (index/sort_key.h
  // StoredData).
  std::string DocumentData(const Xapian::MSetIterator& match);
  // The stored data of document `docid` whose match had `sort_key`, likewise.
  std::string DocumentData(Xapian::docid docid, std::string_view sort_key);

 private:
  // The cached complete listing of a prefix of `term`, or null.
  const std::vector<std::string>* ListingCovering(const std::string& term) const;
  // Whether an answer already known says that no document has `term` (nothing asked).
  bool KnownAbsent(const std::string& term) const;
  void NoteFrequencies(const Xapian::Query& query, const Xapian::MSet& mset);
  // The data of `docid`: known, in `sort_key`, or from `fetch` (a round trip over remote shards).
  std::string DocumentData(Xapian::docid docid, std::string_view sort_key, const std::function<std::string()>& fetch);

  const Xapian::Database& db_;
  Xapian::valueno sort_slot_ = schema::kSlotSort;
  std::map<std::string, bool> exists_;
  std::map<std::string, Xapian::doccount> freq_;
  std::map<std::string, std::vector<std::string>> listings_;  // complete, by prefix
  std::map<Xapian::docid, std::string> data_;
};

}  // namespace kosearch
