// kosearch-latency: per-query search latency inside one process, for the
// archive benchmark (bench/archive/run.py). Opens a Searcher on DB, runs every
// query of QUERIES (one per line) once to warm the caches, then again, timing
// each Search (top 10, as kosearch-query does by default). Prints one JSON
// object: {"open_ms", "ms": [per query], "zero_hits", "errors"}.
// --search-threads N: SearcherOptions::search_threads (default 1; 0: one per core).
//
//   kosearch-latency DB QUERIES [--limit N] [--passes N] [--search-threads N]
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "kosearch/search.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: kosearch-latency DB QUERIES [--limit N] [--passes N] [--search-threads N]\n";
    return 2;
  }
  size_t limit = 10, passes = 1;
  kosearch::SearcherOptions searcher_options;
  for (int i = 3; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--limit") limit = std::stoul(argv[i + 1]);
    else if (flag == "--passes") passes = std::stoul(argv[i + 1]);
    else if (flag == "--search-threads") searcher_options.search_threads = std::stoul(argv[i + 1]);
  }
  std::vector<std::string> queries;
  std::ifstream in(argv[2]);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) queries.push_back(line);
  }
  using Clock = std::chrono::steady_clock;
  auto ms = [](Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
  const auto t0 = Clock::now();
  auto searcher = kosearch::Searcher::Open(argv[1], searcher_options);
  if (!searcher.ok()) {
    std::cerr << "kosearch-latency: " << searcher.status().message() << "\n";
    return 2;
  }
  const double open_ms = ms(t0, Clock::now());
  kosearch::SearchOptions options;
  options.limit = limit;
  for (const auto& q : queries) (void)(*searcher)->Search(q, options);  // warm-up pass
  std::vector<double> times;
  size_t zero = 0, errors = 0;
  for (size_t p = 0; p < passes; ++p) {
    for (const auto& q : queries) {
      const auto a = Clock::now();
      auto r = (*searcher)->Search(q, options);
      times.push_back(ms(a, Clock::now()));
      if (!r.ok()) ++errors;
      else if (p == 0 && r->hits.empty()) ++zero;
    }
  }
  std::printf("{\"open_ms\": %.3f, \"zero_hits\": %zu, \"errors\": %zu, \"ms\": [", open_ms, zero, errors);
  for (size_t i = 0; i < times.size(); ++i) std::printf("%s%.4f", i ? ", " : "", times[i]);
  std::printf("]}\n");
  return 0;
}
