// Questions asked at once in several threads, each with its own Searcher (as
// kosearch-server's threads do): every answer is the one a single thread
// gets. Nothing of one search may be shared with another's thread: Xapian's
// objects count their references without atomics, so a Xapian::Query shared
// between threads (a static one, or Xapian::Query::MatchAll) loses counts when
// two threads copy it at the same moment, and is freed while still in use: the
// server crashed (SIGSEGV) under load that way.
#include <doctest/doctest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "kosearch/index.h"
#include "kosearch/search.h"

namespace fs = std::filesystem;

namespace {

struct SeedDb {
  fs::path path = fs::temp_directory_path() / ("kosearch-concurrent-questions-" + std::to_string(::getpid()));
  SeedDb() {
    fs::remove_all(path);
    auto w = kosearch::IndexWriter::Open(path.string());
    REQUIRE(w.ok());
    auto s = kosearch::IndexInputs(**w, {std::string(KOSEARCH_TEST_CORPUS) + "/seed"}, [](const std::string&) {}, nullptr);
    REQUIRE(s.ok());
  }
  ~SeedDb() { fs::remove_all(path); }
};

// What a search answers, in short: the total and the ids of the hits.
std::string Digest(const kosearch::SearchResponse& r) {
  std::string out = std::to_string(r.total);
  for (const auto& h : r.hits) out += " " + h.id;
  return out;
}

}  // namespace

TEST_CASE("questions and negative queries in several threads at once answer as in one") {
  SeedDb db;
  // A question (the quote candidates), and a query of excluded words only (every document but those).
  const std::vector<std::string> queries = {"what did SK say about Omniverse", "SK는 옴니버스에 대해 뭐라고 했나",
                                            "-북한", "kind:quote -북한"};
  auto single = kosearch::Searcher::Open(db.path.string());
  REQUIRE(single.ok());
  std::vector<std::string> expected;
  for (const auto& q : queries) {
    auto r = (*single)->Search(q);
    REQUIRE_MESSAGE(r.ok(), r.status().message());
    REQUIRE(r->total > 0);
    expected.push_back(Digest(*r));
  }
  constexpr int kThreads = 8, kRounds = 150;
  std::atomic<int> wrong{0}, failed{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      auto searcher = kosearch::Searcher::Open(db.path.string());
      if (!searcher.ok()) { ++failed; return; }
      for (int i = 0; i < kRounds; ++i) {
        size_t which = static_cast<size_t>(i + t) % queries.size();
        auto r = (*searcher)->Search(queries[which]);
        if (!r.ok()) ++failed;
        else if (Digest(*r) != expected[which]) ++wrong;
      }
    });
  }
  for (auto& th : threads) th.join();
  CHECK(failed == 0);
  CHECK(wrong == 0);
}
