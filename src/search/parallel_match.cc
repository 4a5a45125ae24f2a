// Per-shard matches merged (see parallel_match.h).
#include "search/parallel_match.h"

#include <algorithm>
#include <memory>

#include "index/schema.h"

namespace kosearch {

namespace {

void Add(MatchCounts* sum, const MatchCounts& part) {
  sum->lower += part.lower;
  sum->upper += part.upper;
  sum->estimated += part.estimated;
}

MatchCounts CountsOf(const Xapian::MSet& mset) {
  return {mset.get_matches_lower_bound(), mset.get_matches_upper_bound(), mset.get_matches_estimated()};
}

// Whether `a` ranks before `b` in `order`: Xapian's comparison (equal by the
// order's criteria, the lower docid first).
bool RanksBefore(const ShardMatch& a, const ShardMatch& b, MatchOrder order) {
  const bool by_weight_first = order == MatchOrder::kRelevance;
  if (by_weight_first && a.weight != b.weight) return a.weight > b.weight;
  if (a.sort_key != b.sort_key) return a.sort_key > b.sort_key;
  if (order == MatchOrder::kDateThenRelevance && a.weight != b.weight) return a.weight > b.weight;
  return a.docid < b.docid;
}

}  // namespace

void SetOrder(Xapian::Enquire& enquire, MatchOrder order, Xapian::valueno sort_slot) {
  switch (order) {
    case MatchOrder::kRelevance: enquire.set_sort_by_relevance_then_value(sort_slot, true); break;
    case MatchOrder::kSortKey: enquire.set_sort_by_value(sort_slot, true); break;
    case MatchOrder::kDateThenRelevance: enquire.set_sort_by_value_then_relevance(schema::kSlotDate, true); break;
  }
}

MergedMatches ParallelMatches(ShardPool& pool, const Xapian::Database& own, const Xapian::Query& query,
                              const Xapian::Weight& weight, MatchOrder order, Xapian::doccount first, Xapian::doccount max,
                              Xapian::doccount check) {
  std::vector<std::vector<ShardMatch>> best(pool.groups());
  std::vector<MatchCounts> counts(pool.groups());
  const std::string serialised = query.serialise();
  pool.ForEachGroup(own, [&](size_t group, const Xapian::Database& db) {
    Xapian::Enquire enquire(db);
    enquire.set_query(pool.OnlyGroup(serialised, group));
    enquire.set_weighting_scheme(weight);
    SetOrder(enquire, order);
    // The group's best first + max hold every one of the merged page's from it.
    Xapian::MSet mset = enquire.get_mset(0, first + max, check);
    for (auto it = mset.begin(); it != mset.end(); ++it) best[group].push_back({*it, it.get_weight(), it.get_sort_key()});
    counts[group] = CountsOf(mset);
  });
  MergedMatches merged;
  std::vector<ShardMatch> all;
  for (size_t group = 0; group < best.size(); ++group) {
    Add(&merged.counts, counts[group]);
    std::move(best[group].begin(), best[group].end(), std::back_inserter(all));
  }
  std::sort(all.begin(), all.end(), [order](const ShardMatch& a, const ShardMatch& b) { return RanksBefore(a, b, order); });
  for (size_t i = first; i < all.size() && i - first < max; ++i) merged.matches.push_back(std::move(all[i]));
  return merged;
}

ValueCounts CountValues(const Xapian::Database& db, const Xapian::Query& query, const std::vector<Xapian::valueno>& slots,
                        Xapian::doccount check) {
  Xapian::Enquire counting(db);
  counting.set_query(query);
  counting.set_weighting_scheme(Xapian::BoolWeight());
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies;
  for (Xapian::valueno slot : slots) {
    spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(slot));
    counting.add_matchspy(spies.back().get());
  }
  Xapian::MSet all = counting.get_mset(0, 0, check);
  ValueCounts out;
  for (const auto& spy : spies) {
    auto& counts = out.per_slot.emplace_back();
    for (auto it = spy->values_begin(); it != spy->values_end(); ++it) counts[*it] += it.get_termfreq();
  }
  out.counts = CountsOf(all);
  return out;
}

ValueCounts ParallelCountValues(ShardPool& pool, const Xapian::Database& own, const Xapian::Query& query,
                                const std::vector<Xapian::valueno>& slots, Xapian::doccount check) {
  std::vector<ValueCounts> parts(pool.groups());
  const std::string serialised = query.serialise();
  pool.ForEachGroup(own, [&](size_t group, const Xapian::Database& db) {
    parts[group] = CountValues(db, pool.OnlyGroup(serialised, group), slots, check);
  });
  ValueCounts sum;
  sum.per_slot.resize(slots.size());
  for (const ValueCounts& part : parts) {
    Add(&sum.counts, part.counts);
    for (size_t i = 0; i < slots.size(); ++i) {
      for (const auto& [value, n] : part.per_slot[i]) sum.per_slot[i][value] += n;
    }
  }
  return sum;
}

}  // namespace kosearch
