// A query's matches over the shards of a ShardPool, each group of shards
// matched in its own thread and the results merged into what one Enquire over the
// combined database gives: the best `max` after `first` in the same order
// (weight, the sort key, then the combined database's docid, exactly as
// Xapian breaks ties), the sums of the match counts, and the sums of the
// value counts facets are split from. Internal header.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "index/schema.h"
#include "search/shard_pool.h"

namespace kosearch {

// How matches are ordered (the searcher's three orders).
enum class MatchOrder {
  kRelevance,          // weight, then the sort key descending (schema::kSlotSort)
  kSortKey,            // the sort key descending only (unranked queries)
  kDateThenRelevance,  // the date descending (schema::kSlotDate), then weight
};
// Sets `order` on `enquire`: the one place both the single and the per-shard
// matches take it from. `sort_slot`: schema::kSlotSort, or schema::kSlotHit
// (the same order; each match then carries its stored document).
void SetOrder(Xapian::Enquire& enquire, MatchOrder order, Xapian::valueno sort_slot = schema::kSlotSort);

struct MatchCounts {
  Xapian::doccount lower = 0, upper = 0, estimated = 0;
  bool exact() const { return lower == upper; }
};

struct ShardMatch {
  Xapian::docid docid = 0;  // in the combined database
  double weight = 0;
  std::string sort_key;  // the value the order compares (MSetIterator::get_sort_key)
};

struct MergedMatches {
  std::vector<ShardMatch> matches;  // ranks first … first + max - 1
  MatchCounts counts;               // summed over the shards
};

// Like Enquire(db).get_mset(first, max, check) with `weight` and `order`,
// each group of shards matched by its own thread (check counted in each group).
// May throw Xapian::Error (rethrown from the thread that met it).
MergedMatches ParallelMatches(ShardPool& pool, const Xapian::Database& own, const Xapian::Query& query,
                              const Xapian::Weight& weight, MatchOrder order, Xapian::doccount first, Xapian::doccount max,
                              Xapian::doccount check);

// For each of `slots`, how many matches of `query` hold each whole value
// (Xapian's ValueCountMatchSpy), counting up to `check` matches, unranked.
struct ValueCounts {
  std::vector<std::map<std::string, uint64_t>> per_slot;  // as `slots`
  MatchCounts counts;
};
// In one thread, over `db`.
ValueCounts CountValues(const Xapian::Database& db, const Xapian::Query& query, const std::vector<Xapian::valueno>& slots,
                        Xapian::doccount check);
// Each group of shards in its own thread (up to `check` matches in each), summed.
ValueCounts ParallelCountValues(ShardPool& pool, const Xapian::Database& own, const Xapian::Query& query,
                                const std::vector<Xapian::valueno>& slots, Xapian::doccount check);

}  // namespace kosearch
