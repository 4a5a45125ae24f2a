// Matching a query over local shards in parallel threads, one Enquire per
// shard, with the scores and the order one database holding every article
// gives. Xapian 1.4 matches the databases of a combined Database one after
// the other in one thread; here each shard is matched in a thread of its own
// and the best matches are merged.
//
// The scores stay those of the combined database because every shard is
// weighted with the combined statistics: GlobalBM25Weight computes Xapian's
// BM25 formula with the whole set's document count and average length, and
// with each term's document frequency over all shards. A Weight is not told
// which term it weighs, only the term's statistics in its own shard; the
// term is recognised by its (document frequency, collection frequency) in
// that shard, which the query's terms almost always tell apart. When two of
// the query's terms cannot be told apart, or the query has a part whose
// statistics Xapian makes up (a wildcard, a synonym), the caller matches on
// the combined database instead. Internal header.
//
// Thread-safety: MatchShards uses each shard's Database from one thread; the
// caller must not use those Database objects (nor a Database combining them)
// until it returns.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace kosearch {

// BM25 parameters, as Xapian::BM25Weight takes them (k2 is always 0 here).
struct Bm25Params {
  double k1 = 1, k3 = 1, b = 0.5, min_normlen = 0.5;
};

// How the matches are ordered (Enquire's sort settings, all by value
// descending): by relevance then `slot`; by `slot` then relevance; or, when
// not ranked, by `slot` only.
struct MatchOrder {
  enum class By { kRelevanceThenValue, kValueThenRelevance, kValue };
  By by = By::kRelevanceThenValue;
  Xapian::valueno slot = 0;
  // Orders what is still equal (a unique key per document, so that the
  // merged order does not depend on which shard holds a document).
  Xapian::valueno tie_slot = 0;
};

// Sets `enquire`'s sort settings to `order`.
void ApplyOrder(Xapian::Enquire& enquire, const MatchOrder& order);

struct ShardMatch {
  Xapian::Document document;
  double weight = 0;
};

struct MatchedShards {
  std::vector<ShardMatch> matches;  // the page asked for, best first
  uint64_t estimated = 0;           // matches over all shards (estimated beyond check_at_least per shard)
  bool exact = false;               // every shard counted all its matches
};

// Matches `query` on each of `shards` (two or more local databases; the
// first is matched in the calling thread) and merges the best `first + count`
// matches. `combined` is the same shards as one Database (for the
// statistics). Returns nullopt when the scores could differ from the
// combined database's (see above), or when the query's terms have fewer
// than `min_postings` postings in all (starting threads would cost more
// than they save): match on `combined` then. Xapian errors
// of any shard are thrown on (the first shard's first).
std::optional<MatchedShards> MatchShards(const std::vector<Xapian::Database>& shards, const Xapian::Database& combined,
                                         const Xapian::Query& query, const Bm25Params& bm25, const MatchOrder& order,
                                         Xapian::doccount first, Xapian::doccount count, Xapian::doccount check_at_least,
                                         uint64_t min_postings = 0);

}  // namespace kosearch
