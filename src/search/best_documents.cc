// The best matches' stored documents (see best_documents.h).
#include "search/best_documents.h"

#include "index/schema.h"
#include "search/query_expansion.h"

namespace kosearch {

std::vector<StoredDocument> BestDocuments(const Xapian::Database& db, const Xapian::Query& query, Xapian::doccount limit) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  // Equal scores by the sort key, not by docid, so a sharded database finds
  // the same documents in the same order.
  enquire.set_sort_by_relevance_then_value(schema::kSlotSort, true);
  Xapian::MSet m = enquire.get_mset(0, limit);
  m.fetch(m.begin(), m.end());  // remote shards: every document in one round trip
  std::vector<StoredDocument> docs;
  for (auto it = m.begin(); it != m.end(); ++it) {
    auto doc = DecodeStoredDocument(it.get_document().get_data());
    if (doc.ok()) docs.push_back(std::move(doc).value());
  }
  return docs;
}

std::set<std::string> HangulWordsOfBest(const Xapian::Database& db, const Xapian::Query& query, Xapian::doccount limit) {
  std::set<std::string> words;
  for (const StoredDocument& doc : BestDocuments(db, query, limit)) CollectHangulWords(doc.text, &words);
  return words;
}

}  // namespace kosearch
