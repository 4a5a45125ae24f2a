// Matching shards in parallel threads (see parallel_match.h).
#include "search/parallel_match.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <future>
#include <map>
#include <memory>
#include <string>
#include <utility>

namespace kosearch {

namespace {

// What a Weight learns of its term in one shard: termfreq and collection
// frequency. (Not the wdf upper bound: Xapian may take it from the posting
// list, not from the database, and the two need not agree.)
using ShardTermKey = std::pair<Xapian::doccount, Xapian::termcount>;

// What one shard's weights need to weigh as the combined database does.
struct GlobalStatistics {
  Xapian::doccount collection_size = 0;
  double average_length = 0;
  // The shard's statistics of each query term → the term's termfreq over all shards.
  std::map<ShardTermKey, Xapian::doccount> termfreq;
  // Set when a weight met statistics no query term has in this shard.
  mutable std::atomic<bool> unknown_term{false};
};

// Xapian::BM25Weight's formula (k2 = 0, no relevance set) over the combined
// statistics, in the same order of operations, so that the scores are those
// of the combined database.
class GlobalBM25Weight : public Xapian::Weight {
 public:
  GlobalBM25Weight(const Bm25Params& params, std::shared_ptr<const GlobalStatistics> stats)
      : params_(params), stats_(std::move(stats)) {
    need_stat(TERMFREQ);
    need_stat(COLLECTION_FREQ);
    need_stat(WQF);
    need_stat(WDF);
    need_stat(WDF_MAX);
    need_stat(DOC_LENGTH);
    need_stat(DOC_LENGTH_MIN);
  }

  GlobalBM25Weight* clone() const override { return new GlobalBM25Weight(params_, stats_); }

  void init(double factor) override {
    termweight_ = 0;
    if (factor == 0) return;  // unweighted (a filter), or the term-independent part
    auto it = stats_->termfreq.find({get_termfreq(), get_collection_freq()});
    if (it == stats_->termfreq.end()) {
      stats_->unknown_term = true;
      return;
    }
    const double tf = it->second;
    double tw = (stats_->collection_size - tf + 0.5) / (tf + 0.5);
    if (tw < 2) tw = tw * 0.5 + 1;
    termweight_ = std::log(tw) * factor;
    if (params_.k3 != 0) {
      const double wqf = get_wqf();
      termweight_ *= (params_.k3 + 1) * wqf / (params_.k3 + wqf);
    }
    termweight_ *= (params_.k1 + 1);
    len_factor_ = stats_->average_length == 0 ? 0 : 1 / stats_->average_length;
  }

  double get_sumpart(Xapian::termcount wdf, Xapian::termcount len, Xapian::termcount) const override {
    const double normlen = std::max(len * len_factor_, params_.min_normlen);
    const double wdf_double(wdf);
    const double denom = params_.k1 * (normlen * params_.b + (1 - params_.b)) + wdf_double;
    return termweight_ * (wdf_double / denom);
  }

  // An upper bound of get_sumpart over this shard's documents.
  double get_maxpart() const override {
    const double wdf_max(get_wdf_upper_bound());
    // A document is at least as long as the wdf of any of its terms.
    const double normlen_lb =
        std::max(std::max(get_wdf_upper_bound(), get_doclength_lower_bound()) * len_factor_, params_.min_normlen);
    const double denom = params_.k1 * (normlen_lb * params_.b + (1 - params_.b)) + wdf_max;
    return denom > 0 ? termweight_ * (wdf_max / denom) : 0;
  }

  double get_sumextra(Xapian::termcount, Xapian::termcount) const override { return 0; }
  double get_maxextra() const override { return 0; }

 private:
  Bm25Params params_;
  std::shared_ptr<const GlobalStatistics> stats_;
  double termweight_ = 0;
  double len_factor_ = 0;
};

// Whether Xapian weighs some part of `q` with statistics of its own making
// (a synonym's, a wildcard's expansion), which no shard's term has.
bool HasMadeUpStatistics(const Xapian::Query& q) {
  switch (q.get_type()) {
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_WILDCARD:
    case Xapian::Query::OP_ELITE_SET:
    case Xapian::Query::LEAF_POSTING_SOURCE:
      return true;
    default: break;
  }
  for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
    if (HasMadeUpStatistics(q.get_subquery(i))) return true;
  }
  return false;
}

// The statistics for `shard`, or nullptr when two query terms look alike there.
std::shared_ptr<GlobalStatistics> StatisticsFor(const Xapian::Database& shard, const Xapian::Database& combined,
                                                const std::vector<std::string>& terms) {
  auto stats = std::make_shared<GlobalStatistics>();
  stats->collection_size = combined.get_doccount();
  stats->average_length = combined.get_avlength();
  for (const std::string& term : terms) {
    ShardTermKey key{shard.get_termfreq(term), shard.get_collection_freq(term)};
    const Xapian::doccount global = combined.get_termfreq(term);
    auto [it, added] = stats->termfreq.emplace(key, global);
    // Terms a shard lacks weigh nothing there: any of theirs will do.
    if (!added && it->second != global && key.first != 0) return nullptr;
  }
  return stats;
}

struct OneShard {
  std::vector<std::pair<ShardMatch, std::string>> best;  // with the tie key
  Xapian::doccount estimated = 0;
  bool exact = false;
};

OneShard MatchOne(const Xapian::Database& shard, const Xapian::Query& query, const GlobalBM25Weight& weight,
                  const MatchOrder& order, Xapian::doccount wanted, Xapian::doccount check_at_least) {
  Xapian::Enquire enquire(shard);
  enquire.set_query(query);
  enquire.set_weighting_scheme(weight);
  ApplyOrder(enquire, order);
  Xapian::MSet mset = enquire.get_mset(0, wanted, check_at_least);
  OneShard out;
  out.estimated = mset.get_matches_estimated();
  out.exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Xapian::Document doc = it.get_document();
    std::string tie = doc.get_value(order.tie_slot);
    out.best.push_back({ShardMatch{std::move(doc), it.get_weight()}, std::move(tie)});
  }
  return out;
}

}  // namespace

void ApplyOrder(Xapian::Enquire& enquire, const MatchOrder& order) {
  switch (order.by) {
    case MatchOrder::By::kRelevanceThenValue: enquire.set_sort_by_relevance_then_value(order.slot, true); break;
    case MatchOrder::By::kValueThenRelevance: enquire.set_sort_by_value_then_relevance(order.slot, true); break;
    case MatchOrder::By::kValue: enquire.set_sort_by_value(order.slot, true); break;
  }
}

std::optional<MatchedShards> MatchShards(const std::vector<Xapian::Database>& shards, const Xapian::Database& combined,
                                         const Xapian::Query& query, const Bm25Params& bm25, const MatchOrder& order,
                                         Xapian::doccount first, Xapian::doccount count, Xapian::doccount check_at_least,
                                         uint64_t min_postings) {
  if (shards.size() < 2 || HasMadeUpStatistics(query)) return std::nullopt;
  const std::vector<std::string> terms(query.get_unique_terms_begin(), query.get_unique_terms_end());
  uint64_t postings = 0;
  for (const std::string& term : terms) postings += combined.get_termfreq(term);
  if (postings < min_postings) return std::nullopt;
  std::vector<std::shared_ptr<GlobalStatistics>> stats;
  for (const Xapian::Database& shard : shards) {
    stats.push_back(StatisticsFor(shard, combined, terms));
    if (!stats.back()) return std::nullopt;
  }
  const Xapian::doccount wanted = first + count;
  // Each thread gets a query of its own: copies of a Xapian::Query share its
  // parts, whose reference counts are not atomic (copying one query in two
  // threads at once corrupts them: seen as a crash in Enquire::get_mset).
  std::vector<Xapian::Query> own_query;
  const std::string serialised = query.serialise();
  for (size_t i = 1; i < shards.size(); ++i) own_query.push_back(Xapian::Query::unserialise(serialised));
  std::vector<std::future<OneShard>> others;
  for (size_t i = 1; i < shards.size(); ++i) {
    others.push_back(std::async(std::launch::async, [&, i] {
      return MatchOne(shards[i], own_query[i - 1], GlobalBM25Weight(bm25, stats[i]), order, wanted, check_at_least);
    }));
  }
  std::vector<OneShard> results;
  results.push_back(MatchOne(shards[0], query, GlobalBM25Weight(bm25, stats[0]), order, wanted, check_at_least));
  for (auto& f : others) results.push_back(f.get());
  for (const auto& s : stats) {
    if (s->unknown_term) return std::nullopt;  // cannot happen unless Xapian weighs a term we did not list
  }

  MatchedShards out;
  out.exact = true;
  std::vector<std::pair<ShardMatch, std::string>> all;
  for (OneShard& r : results) {
    out.estimated += r.estimated;
    out.exact = out.exact && r.exact;
    for (auto& m : r.best) all.push_back(std::move(m));
  }
  auto before = [&](const std::pair<ShardMatch, std::string>& a, const std::pair<ShardMatch, std::string>& b) {
    if (order.by == MatchOrder::By::kValueThenRelevance) {
      std::string va = a.first.document.get_value(order.slot), vb = b.first.document.get_value(order.slot);
      if (va != vb) return va > vb;
    }
    if (order.by != MatchOrder::By::kValue && a.first.weight != b.first.weight) return a.first.weight > b.first.weight;
    return a.second > b.second;
  };
  std::stable_sort(all.begin(), all.end(), before);
  for (size_t i = first; i < all.size() && i < wanted; ++i) out.matches.push_back(std::move(all[i].first));
  return out;
}

}  // namespace kosearch
