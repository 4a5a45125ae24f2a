// The best matches' stored documents (see best_documents.h).
#include "search/best_documents.h"

#include "index/schema.h"
#include "index/sort_key.h"
#include "search/query_expansion.h"

namespace kosearch {

namespace {

// Equal scores by the sort key, not by docid, so a sharded database finds
// the same documents in the same order.
Xapian::MSet Best(DatabaseLookups& db, const Xapian::Query& query, Xapian::doccount limit,
                  bool one_per_speaker = false) {
  Xapian::Enquire enquire(db.db());
  enquire.set_query(query);
  enquire.set_sort_by_relevance_then_value(db.sort_slot(), true);
  // Two per speaker: a speaker quoted with two roles (대통령 후보, 대통령) keeps both.
  if (one_per_speaker) enquire.set_collapse_key(schema::kSlotSpeaker, 2);
  return db.Match(enquire, 0, limit);
}

std::vector<StoredDocument> Decoded(DatabaseLookups& db, const Xapian::MSet& m) {
  // From the matches' sort keys; one round trip per document over remote
  // shards indexed before sort keys carried the data (MSet::fetch too).
  std::vector<StoredDocument> docs;
  for (auto it = m.begin(); it != m.end(); ++it) {
    auto doc = DecodeStoredDocument(db.DocumentData(it));
    if (doc.ok()) docs.push_back(std::move(doc).value());
  }
  return docs;
}

}  // namespace

std::vector<StoredDocument> BestDocuments(DatabaseLookups& db, const Xapian::Query& query, Xapian::doccount limit) {
  Xapian::MSet m = Best(db, query, limit);
  return Decoded(db, m);
}

std::vector<StoredDocument> BestDocumentPerSpeaker(DatabaseLookups& db, const Xapian::Query& query,
                                                   Xapian::doccount limit) {
  Xapian::Query with_speaker(Xapian::Query::OP_FILTER, query,
                             Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kSlotSpeaker, std::string(1, '\0')));
  Xapian::MSet m = Best(db, with_speaker, limit, true);
  return Decoded(db, m);
}

std::vector<std::pair<std::string, double>> BestIds(DatabaseLookups& db, const Xapian::Query& query,
                                                    Xapian::doccount limit) {
  Xapian::MSet m = Best(db, query, limit);
  std::vector<std::pair<std::string, double>> out;
  for (auto it = m.begin(); it != m.end(); ++it) out.emplace_back(IdOfSortKey(it.get_sort_key()), it.get_weight());
  return out;
}

std::set<std::string> HangulWordsOfBest(DatabaseLookups& db, const Xapian::Query& query, Xapian::doccount limit) {
  // Kept for the search: a dry run of the query expansion reads them too (DatabaseLookups::BeginDryRun).
  return db.Memo("hangul words " + std::to_string(limit) + " " + query.get_description(), [&] {
    std::set<std::string> words;
    for (const StoredDocument& doc : BestDocuments(db, query, limit)) CollectHangulWords(doc.text, &words);
    return words;
  });
}

}  // namespace kosearch
