// kosearch-query: search a kosearch database from the shell.
// Flags → library → printed results. Exit: 0 hits, 1 no hits, 2 error.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "kosearch/database_spec.h"
#include "kosearch/format.h"
#include "kosearch/line_reader.h"
#include "kosearch/search.h"
#include "kosearch/version.h"

int main(int argc, char** argv) {
  CLI::App app{"kosearch-query: search Korean news (free text, \"phrases\", field:value, ranges, questions)"};
  std::string batch, sort = "relevance", color = "auto";
  std::vector<std::string> dbs, remotes, words;
  kosearch::SearchOptions options;
  kosearch::DatabaseSpec spec;
  bool json = false, explain = false;
  app.add_option("--db", dbs, "database folder or Xapian stub file; repeat to search several shards as one (default: $KOSEARCH_DB)")
      ->allow_extra_args(false);
  app.add_option("--remote", remotes, "a shard served by xapian-tcpsrv at HOST:PORT (repeatable)")->allow_extra_args(false);
  app.add_flag("--allow-partial", spec.allow_partial,
               "when a shard cannot be reached, search the others and name the missing one on stderr");
  app.add_option("--timeout-ms", spec.timeout_ms,
                 "remote shards: milliseconds allowed to connect and for each round trip (default 10000; 0 = no limit)");
  app.add_flag("--json", json, "print one JSON object: {total, results, facets}");
  app.add_option("--limit", options.limit, "hits to show (default 10)");
  app.add_option("--offset", options.offset, "hits to skip (default 0)");
  app.add_option("--sort", sort, "relevance (default) or date")->check(CLI::IsMember({"relevance", "date"}));
  app.add_option("--facet", options.facets, "count values of: speaker, org, person, source, year (repeatable)")
      ->allow_extra_args(false);
  app.add_flag("--explain", explain, "print how the query or question was understood and the Xapian query");
  app.add_option("--batch", batch, "run each line of FILE as a query; one JSON line per query");
  app.add_option("--color", color, "highlight with terminal colours: auto, always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("query", words, "the query (words are joined with spaces)");
  app.set_version_flag("--version", std::string("kosearch-query ") + kosearch::kVersion);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version exit 0; a usage error exits 2 like every other error.
    return app.exit(e) == 0 ? 0 : 2;
  }
  options.sort_by_date = sort == "date";

  auto fail = [](const std::string& msg) {
    std::cerr << "kosearch-query: " << msg << "\n";
    return 2;
  };
  if (dbs.empty() && remotes.empty()) {
    const char* env = std::getenv("KOSEARCH_DB");
    if (!env || !*env) return fail("no database: give --db DIR or set KOSEARCH_DB");
    dbs.push_back(env);
  }
  for (const auto& d : dbs) {
    if (auto s = spec.AddLocation(d); !s.ok()) return fail(s.message());
  }
  for (const auto& r : remotes) {
    if (auto s = spec.AddRemote(r); !s.ok()) return fail(s.message());
  }
  auto searcher = kosearch::Searcher::Open(spec);
  if (!searcher.ok()) return fail(searcher.status().message());
  // Partial results: say which shards are missing, once per change.
  std::vector<std::string> warned;
  auto warn_missing = [&](const kosearch::SearchResponse& r) {
    if (r.missing_shards == warned) return;
    warned = r.missing_shards;
    for (const auto& m : warned) {
      std::cerr << "kosearch-query: warning: missing shard " << m << "; results are from the other "
                << spec.shards.size() - warned.size() << " of " << spec.shards.size() << " shards\n";
    }
  };

  if (!batch.empty()) {
    std::ifstream in(batch);
    if (!in) return fail(batch + ": cannot open file");
    std::string line;
    bool too_long = false;
    // Read in bounded memory: a line this long is over the query limit anyway.
    constexpr size_t kMaxBatchLineBytes = 1 << 17;
    for (size_t n = 1; kosearch::ReadBoundedLine(in, kMaxBatchLineBytes, &line, &too_long); ++n) {
      kosearch::Result<kosearch::SearchResponse> r = kosearch::Status::InvalidArgument("query too long");
      if (!too_long) r = (*searcher)->Search(line, options);
      if (r.ok()) {
        warn_missing(*r);
        // Flushed per line: a pipeline can feed queries and read answers one at a time.
        std::cout << kosearch::ResponseToJson(*r) << std::endl;
      } else {
        std::cerr << "kosearch-query: " << batch << ":" << n << ": " << r.status().message() << "\n";
        std::cout << "{\"total\":0,\"results\":[],\"error\":\"line " << n << "\"}" << std::endl;
      }
    }
    return 0;
  }

  std::string query;
  for (const auto& w : words) query += (query.empty() ? "" : " ") + w;
  if (query.find_first_not_of(" \t") == std::string::npos) return fail("empty query: give words to search for");
  auto r = (*searcher)->Search(query, options);
  if (!r.ok()) return fail(r.status().message());
  warn_missing(*r);
  if (json) {
    std::cout << kosearch::ResponseToJson(*r, explain) << "\n";
  } else {
    bool use_color = color == "always" || (color == "auto" && isatty(STDOUT_FILENO));
    std::cout << kosearch::ResponseToText(*r, options.offset, use_color, explain);
  }
  return r->hits.empty() ? 1 : 0;
}
