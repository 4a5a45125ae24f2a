// Searching the shards of a sharded database side by side (ShardPool,
// parallel_match.h) gives exactly what one thread gives: the same ids in the
// same order with the same weights, the same totals and the same facets,
// for ranked, unranked and date-sorted queries, over three shards of the
// bundled Korean corpus.
#include <doctest/doctest.h>
#include <unistd.h>
#include <xapian.h>

#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "kosearch/search.h"
#include "kosearch/sharded_index.h"
#include "search/parallel_match.h"
#include "search/shard_pool.h"

namespace fs = std::filesystem;

namespace kosearch {
namespace {

constexpr size_t kShards = 3;

// The bundled corpus in kShards shards, built once, removed at exit.
struct ShardedFolder {
  fs::path dir = fs::temp_directory_path() / ("kosearch-parallel-" + std::to_string(::getpid()));
  ShardedFolder() {
    fs::remove_all(dir);
    ShardedIndexOptions options;
    options.shards = kShards;
    auto summary = IndexInputsSharded(dir.string(), {KOSEARCH_TEST_CORPUS}, options, [](const std::string&) {}, nullptr);
    REQUIRE_MESSAGE(summary.ok(), summary.status().ToString());
  }
  ~ShardedFolder() { fs::remove_all(dir); }
};

const fs::path& ShardedCorpus() {
  static const ShardedFolder folder;
  return folder.dir;
}

std::vector<std::string> ShardPaths() {
  std::vector<std::string> paths;
  for (size_t i = 0; i < kShards; ++i) paths.push_back((ShardedCorpus() / ("shard-0" + std::to_string(i))).string());
  return paths;
}

// Terms of the corpus in a range of document frequencies: common enough
// that a shard's best and the merged page differ, rare enough to rank.
std::vector<std::string> SomeTerms(const Xapian::Database& db) {
  std::vector<std::string> terms;
  size_t seen = 0;
  for (auto it = db.allterms_begin(); it != db.allterms_end() && terms.size() < 12; ++it) {
    if (it.get_termfreq() >= 20 && it.get_termfreq() <= 400 && ++seen % 97 == 0) terms.push_back(*it);
  }
  return terms;
}

// ParallelMatches and ParallelCountValues over a pool of `threads` against
// one Enquire (and one match spy) over `combined`.
void CheckPoolAgainstOneEnquire(const std::vector<Xapian::Database>& shards, const Xapian::Database& combined,
                                unsigned threads) {
  auto pool = ShardPool::Start(shards, ShardPaths(), threads);
  REQUIRE(pool);
  REQUIRE(pool->groups() == threads);
  REQUIRE(pool->InStep(shards));
  const std::vector<std::string> terms = SomeTerms(combined);
  REQUIRE(terms.size() >= 8);
  std::vector<Xapian::Query> queries;
  for (size_t i = 0; i + 1 < terms.size(); ++i) {
    queries.emplace_back(terms[i]);
    queries.emplace_back(Xapian::Query::OP_OR, Xapian::Query(terms[i]), Xapian::Query(terms[i + 1]));
  }
  queries.emplace_back(Xapian::Query::MatchAll);
  const Xapian::BM25Weight weight(0.8, 0, 1, 0.5, 0.5);
  size_t compared = 0;
  for (const Xapian::Query& q : queries) {
    for (MatchOrder order : {MatchOrder::kRelevance, MatchOrder::kSortKey, MatchOrder::kDateThenRelevance}) {
      CAPTURE(q.get_description());
      CAPTURE(static_cast<int>(order));
      Xapian::Enquire enquire(combined);
      enquire.set_query(q);
      enquire.set_weighting_scheme(weight);
      SetOrder(enquire, order);
      const Xapian::MSet single = enquire.get_mset(3, 25, 10000);
      const MergedMatches merged = ParallelMatches(*pool, combined, q, weight, order, 3, 25, 10000);
      REQUIRE(single.size() > 0);
      REQUIRE(merged.matches.size() == single.size());
      size_t rank = 0;
      for (auto it = single.begin(); it != single.end(); ++it, ++rank) {
        CAPTURE(rank);
        CHECK(merged.matches[rank].docid == *it);
        CHECK(merged.matches[rank].weight == it.get_weight());  // exactly: the same statistics
      }
      CHECK(merged.counts.lower == single.get_matches_lower_bound());
      CHECK(merged.counts.estimated == single.get_matches_estimated());
      ++compared;
    }
  }
  CHECK(compared == queries.size() * 3);

  // Facet value counts over the shards add up to one spy's.
  const std::vector<Xapian::valueno> slots = {0, 1, 2, 3, 4, 5};
  const ValueCounts one = CountValues(combined, Xapian::Query(terms[0]), slots, 100000);
  const ValueCounts summed = ParallelCountValues(*pool, combined, Xapian::Query(terms[0]), slots, 100000);
  REQUIRE(one.counts.lower > 0);
  CHECK(summed.per_slot == one.per_slot);
  CHECK(summed.counts.lower == one.counts.lower);
  CHECK(summed.counts.exact());
}

TEST_CASE("parallel match: each shard in its own thread, merged, equals one Enquire over the combined database") {
  std::vector<Xapian::Database> shards;
  Xapian::Database combined;
  for (const std::string& path : ShardPaths()) {
    shards.emplace_back(path);
    combined.add_database(shards.back());
  }
  // Three threads (a shard each) or two (one of them with two shards),
  // whatever the machine's cores: the Searcher caps them, the pool does not.
  CheckPoolAgainstOneEnquire(shards, combined, 3);
  CheckPoolAgainstOneEnquire(shards, combined, 2);
}

// Everything a response shows that the shards could change.
void CheckSame(const SearchResponse& parallel, const SearchResponse& single) {
  REQUIRE(parallel.hits.size() == single.hits.size());
  for (size_t i = 0; i < single.hits.size(); ++i) {
    CAPTURE(i);
    CHECK(parallel.hits[i].id == single.hits[i].id);
    CHECK(parallel.hits[i].score == single.hits[i].score);
    CHECK(parallel.hits[i].snippet == single.hits[i].snippet);
  }
  CHECK(parallel.total == single.total);
  CHECK(parallel.total_exact == single.total_exact);
  REQUIRE(parallel.facets.size() == single.facets.size());
  for (const auto& facet : single.facets) {
    const std::string& name = facet.first;  // a plain reference: clang-14 cannot CAPTURE a structured binding
    const std::vector<FacetCount>& counts = facet.second;
    CAPTURE(name);
    const auto& other = parallel.facets.at(name);
    REQUIRE(other.size() == counts.size());
    for (size_t i = 0; i < counts.size(); ++i) {
      CHECK(other[i].value == counts[i].value);
      CHECK(other[i].count == counts[i].count);
    }
  }
}

TEST_CASE("parallel search: a Searcher with search threads answers like one matching in its own thread") {
  SearcherOptions one_thread;
  one_thread.search_threads = 1;
  SearcherOptions threads;
  threads.search_threads = kShards;
  auto single = Searcher::Open(ShardedCorpus().string(), one_thread);
  auto parallel = Searcher::Open(ShardedCorpus().string(), threads);
  REQUIRE(single.ok());
  REQUIRE(parallel.ok());
  struct Case {
    const char* query;
    bool by_date;
    size_t offset;
    std::vector<std::string> facets;
  };
  const std::vector<Case> cases = {
      {"대통령", false, 0, {}},
      {"대통령", true, 0, {}},
      {"대통령", false, 5, {"source", "year"}},
      {"정부 발표", false, 0, {"org", "person"}},
      {"선거 결과", true, 3, {"year"}},
      {"서울 OR 부산", false, 0, {}},
      {"경제 -미국", false, 0, {}},
      {"kind:quote 대통령", false, 0, {"speaker"}},
      {"date:2010..", false, 0, {"year"}},  // filters only: unranked, newest first
      {"\"미국 대통령\"", false, 0, {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.query);
    CAPTURE(c.by_date);
    SearchOptions options;
    options.limit = 30;
    options.offset = c.offset;
    options.sort_by_date = c.by_date;
    options.facets = c.facets;
    auto a = (*parallel)->Search(c.query, options);
    auto b = (*single)->Search(c.query, options);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(b->total > 0);
    CheckSame(*a, *b);
  }
}

}  // namespace
}  // namespace kosearch
