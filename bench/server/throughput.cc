// Throughput of kosearch-server against the library in-process, in one run
// (bench/server/run.py starts the server and calls this): the same queries,
// round-robin, from CLIENTS threads for SECONDS, one WAY:
//   in-process: each thread its own Searcher, Search() of each query;
//   http: each thread a keep-alive cpp-httplib client, GET /api/search?q=….
// Prints one JSON line: {"way", "clients", "seconds", "queries",
// "qps", "p50_ms", "p99_ms", "errors", "cpu_s"} (cpu_s: CPU time of this
// process during the run, user + system).
#include <httplib.h>
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <thread>

#include "kosearch/search.h"

namespace {

using Clock = std::chrono::steady_clock;

double CpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Tally {
  std::vector<double> ms;
  size_t errors = 0;
};

// Runs `one(thread, query index)` from `clients` threads until `seconds` pass.
template <typename F>
void Measure(const char* way, size_t clients, double seconds, size_t queries, F one) {
  std::vector<Tally> tallies(clients);
  std::vector<std::thread> threads;
  const auto end = Clock::now() + std::chrono::duration<double>(seconds);
  const auto start = Clock::now();
  const double cpu_start = CpuSeconds();
  for (size_t t = 0; t < clients; ++t) {
    threads.emplace_back([&, t] {
      for (size_t i = t; Clock::now() < end; ++i) {
        const auto t0 = Clock::now();
        if (!one(t, i % queries)) ++tallies[t].errors;
        tallies[t].ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
      }
    });
  }
  for (auto& th : threads) th.join();
  const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  std::vector<double> all;
  size_t errors = 0;
  for (auto& t : tallies) {
    all.insert(all.end(), t.ms.begin(), t.ms.end());
    errors += t.errors;
  }
  std::sort(all.begin(), all.end());
  auto pct = [&](double p) { return all.empty() ? 0.0 : all[std::min(all.size() - 1, static_cast<size_t>(p * all.size()))]; };
  nlohmann::json j = {{"way", way}, {"clients", clients}, {"seconds", elapsed}, {"queries", all.size()},
                      {"qps", all.size() / elapsed}, {"p50_ms", pct(0.5)}, {"p99_ms", pct(0.99)}, {"errors", errors},
                      {"cpu_s", CpuSeconds() - cpu_start}};
  std::cout << j.dump() << std::endl;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 7) {
    std::cerr << "usage: server-throughput DB QUERIES_FILE PORT CLIENTS SECONDS in-process|http\n";
    return 2;
  }
  const std::string db = argv[1];
  const int port = std::atoi(argv[3]);
  const size_t clients = std::strtoul(argv[4], nullptr, 10);
  const double seconds = std::atof(argv[5]);
  std::vector<std::string> queries;
  std::ifstream in(argv[2]);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') queries.push_back(line);
  }
  if (queries.empty()) {
    std::cerr << argv[2] << ": no queries\n";
    return 2;
  }
  if (std::string(argv[6]) == "http") {
    std::vector<std::unique_ptr<httplib::Client>> http;
    for (size_t t = 0; t < clients; ++t) {
      http.push_back(std::make_unique<httplib::Client>("127.0.0.1", port));
      http.back()->set_keep_alive(true);
      http.back()->set_read_timeout(60, 0);
    }
    Measure("http", clients, seconds, queries.size(), [&](size_t t, size_t q) {
      auto r = http[t]->Get("/api/search?" + httplib::detail::params_to_query_str({{"q", queries[q]}}));
      return r && r->status == 200;
    });
    return 0;
  }
  std::vector<std::unique_ptr<kosearch::Searcher>> searchers;
  for (size_t t = 0; t < clients; ++t) {
    auto s = kosearch::Searcher::Open(db);
    if (!s.ok()) {
      std::cerr << s.status().message() << "\n";
      return 2;
    }
    searchers.push_back(std::move(*s));
  }
  Measure("in-process", clients, seconds, queries.size(),
          [&](size_t t, size_t q) { return searchers[t]->Search(queries[q]).ok(); });
  return 0;
}
