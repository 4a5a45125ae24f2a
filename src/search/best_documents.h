// The stored documents of a query's best matches, decoded: what the
// question answerer and the query expansion read to learn the words and
// speakers of the archive. Internal header.
#pragma once

#include <xapian.h>

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "index/stored_document.h"
#include "search/database_lookups.h"

namespace kosearch {

// The documents of the `limit` best matches of `query` (Xapian's default
// BM25, equal scores in the sort-key order, so a sharded database gives the
// same as one database), read from the matches' sort keys (no round trip;
// over remote shards of a database indexed before that, one round trip per
// document not read before in the search: DatabaseLookups).
// Documents whose data does not decode are left out. May throw Xapian::Error.
std::vector<StoredDocument> BestDocuments(DatabaseLookups& db, const Xapian::Query& query, Xapian::doccount limit);

// Like BestDocuments, for quotes with a speaker only, the best two for each
// speaker value (schema::kSlotSpeaker): who speaks in the matches, fetching
// two documents per speaker at most. May throw Xapian::Error.
std::vector<StoredDocument> BestDocumentPerSpeaker(DatabaseLookups& db, const Xapian::Query& query,
                                                   Xapian::doccount limit);

// The ids (of articles or quotes) and scores of the `limit` best matches of
// `query`, in BestDocuments' order, read from each match's sort key: no
// document is fetched (one round trip to remote shards, where a fetch is
// one round trip per document). May throw Xapian::Error.
std::vector<std::pair<std::string, double>> BestIds(DatabaseLookups& db, const Xapian::Query& query,
                                                    Xapian::doccount limit);

// The Hangul words (CollectHangulWords: as written, particles included) of
// the texts of the `limit` best matches of `query`: the vocabulary an
// English word's transliteration is looked for in. May throw Xapian::Error.
std::set<std::string> HangulWordsOfBest(DatabaseLookups& db, const Xapian::Query& query, Xapian::doccount limit);

}  // namespace kosearch
