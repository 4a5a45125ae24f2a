// Matching shards in parallel threads (search/parallel_match.h) gives the
// matches, scores and order of the combined database, page by page.
#include <doctest/doctest.h>
#include <unistd.h>
#include <xapian.h>

#include <filesystem>
#include <string>
#include <vector>

#include "index/schema.h"
#include "kosearch/sharded_index.h"
#include "search/parallel_match.h"
#include "search/query_planner.h"

namespace fs = std::filesystem;

namespace kosearch {
namespace {

constexpr size_t kShards = 3;
const Bm25Params kParams{.k1 = 0.8, .k3 = 1, .b = 0.5, .min_normlen = 0.5};

// The bundled corpus in three shards.
const std::string& ShardedDb() {
  static const std::string dir = [] {
    fs::path d = fs::temp_directory_path() / ("kosearch-parallel-" + std::to_string(::getpid()));
    fs::remove_all(d);
    ShardedIndexOptions options;
    options.shards = kShards;
    options.jobs = 1;
    auto summary = IndexInputsSharded(d.string(), {KOSEARCH_TEST_CORPUS}, options, [](const std::string&) {}, {});
    REQUIRE(summary.ok());
    REQUIRE(summary->added > 100);
    return d.string();
  }();
  return dir;
}

struct Ranked {
  std::vector<std::string> keys;  // sort keys (one per document), best first
  std::vector<double> weights;
  uint64_t estimated = 0;
};

// The page as one Enquire over the combined database ranks it.
Ranked Combined(const Xapian::Database& db, const Xapian::Query& q, const MatchOrder& order, Xapian::doccount first,
                Xapian::doccount count) {
  Xapian::Enquire enquire(db);
  enquire.set_query(q);
  enquire.set_weighting_scheme(Xapian::BM25Weight(kParams.k1, 0, kParams.k3, kParams.b, kParams.min_normlen));
  ApplyOrder(enquire, order);
  Xapian::MSet mset = enquire.get_mset(first, count, 10000);
  Ranked out;
  out.estimated = mset.get_matches_estimated();
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    out.keys.push_back(it.get_document().get_value(schema::kSlotSort));
    out.weights.push_back(it.get_weight());
  }
  return out;
}

Ranked FromShards(const MatchedShards& m) {
  Ranked out;
  out.estimated = m.estimated;
  for (const ShardMatch& s : m.matches) {
    out.keys.push_back(s.document.get_value(schema::kSlotSort));
    out.weights.push_back(s.weight);
  }
  return out;
}

Xapian::Query Articles(const Xapian::Query& q) {
  return Xapian::Query(Xapian::Query::OP_FILTER, q, Xapian::Query(schema::Term(schema::kKind, schema::kKindArticle)));
}

TEST_CASE("parallel_match: shards matched in threads rank as the combined database") {
  const std::string& dir = ShardedDb();
  Xapian::Database combined(dir);
  std::vector<Xapian::Database> shards;
  for (size_t i = 0; i < kShards; ++i) shards.emplace_back(ShardFolder(dir, i));
  REQUIRE(combined.get_doccount() == shards[0].get_doccount() + shards[1].get_doccount() + shards[2].get_doccount());

  const AnalyzerOptions analyzer;
  const std::vector<std::string> texts = {"대통령", "서울 시장 선거", "북한 미사일 발사", "경제 성장률", "국회 의원",
                                          "옴니버스 플랫폼 엔비디아", "정부는 발표했다"};
  const std::vector<MatchOrder> orders = {
      {.by = MatchOrder::By::kRelevanceThenValue, .slot = schema::kSlotSort, .tie_slot = schema::kSlotSort},
      {.by = MatchOrder::By::kValueThenRelevance, .slot = schema::kSlotDate, .tie_slot = schema::kSlotSort},
      {.by = MatchOrder::By::kValue, .slot = schema::kSlotSort, .tie_slot = schema::kSlotSort}};
  size_t tried = 0, compared = 0;
  for (const std::string& text : texts) {
    const Xapian::Query words = TextQuery(text, "", false, analyzer, nullptr);
    for (const Xapian::Query& q : {words, Articles(words)}) {
      for (const MatchOrder& order : orders) {
        for (Xapian::doccount first : {0u, 7u}) {
          CAPTURE(text);
          CAPTURE(first);
          auto matched = MatchShards(shards, combined, q, kParams, order, first, 10, 10000);
          ++tried;
          // Two of the query's terms that a shard cannot tell apart: left to the combined database.
          if (!matched) continue;
          const Ranked got = FromShards(*matched), want = Combined(combined, q, order, first, 10);
          REQUIRE(!want.keys.empty());
          CHECK(got.keys == want.keys);
          REQUIRE(got.weights.size() == want.weights.size());
          for (size_t i = 0; i < got.weights.size(); ++i) CHECK(got.weights[i] == doctest::Approx(want.weights[i]).epsilon(1e-12));
          CHECK(got.estimated == want.estimated);  // fewer than 10,000 matches: counted exactly
          CHECK(matched->exact);
          ++compared;
        }
      }
    }
  }
  CHECK(tried == texts.size() * 2 * orders.size() * 2);
  CHECK(compared * 4 >= tried * 3);
}

TEST_CASE("parallel_match: a query Xapian weighs with statistics of its own is left to the combined database") {
  const std::string& dir = ShardedDb();
  Xapian::Database combined(dir);
  std::vector<Xapian::Database> shards;
  for (size_t i = 0; i < kShards; ++i) shards.emplace_back(ShardFolder(dir, i));
  const MatchOrder order{.slot = schema::kSlotSort, .tie_slot = schema::kSlotSort};
  CHECK_FALSE(MatchShards(shards, combined, Xapian::Query(Xapian::Query::OP_WILDCARD, "20"), kParams, order, 0, 10, 100));
  const Xapian::Query a("대통"), b("통령");
  CHECK_FALSE(MatchShards(shards, combined, Xapian::Query(Xapian::Query::OP_SYNONYM, a, b), kParams, order, 0, 10, 100));
  // One shard alone: nothing to do in parallel.
  CHECK_FALSE(MatchShards({shards[0]}, shards[0], a, kParams, order, 0, 10, 100));
  CHECK(MatchShards(shards, combined, Xapian::Query(Xapian::Query::OP_AND, a, b), kParams, order, 0, 10, 100));
}

}  // namespace
}  // namespace kosearch
