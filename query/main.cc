// kosearch-query: search a kosearch database from the shell.
// Flags → library → printed results. Exit: 0 hits, 1 no hits, 2 error.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "kosearch/format.h"
#include "kosearch/search.h"
#include "kosearch/version.h"

int main(int argc, char** argv) {
  CLI::App app{"kosearch-query: search Korean news (free text, \"phrases\", field:value, ranges, questions)"};
  std::string db, batch, sort = "relevance", color = "auto";
  std::vector<std::string> words;
  kosearch::SearchOptions options;
  bool json = false, explain = false;
  app.add_option("--db", db, "database folder (default: $KOSEARCH_DB)");
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
  CLI11_PARSE(app, argc, argv);
  options.sort_by_date = sort == "date";

  auto fail = [](const std::string& msg) {
    std::cerr << "kosearch-query: " << msg << "\n";
    return 2;
  };
  if (db.empty()) {
    const char* env = std::getenv("KOSEARCH_DB");
    if (!env || !*env) return fail("no database: give --db DIR or set KOSEARCH_DB");
    db = env;
  }
  auto searcher = kosearch::Searcher::Open(db);
  if (!searcher.ok()) return fail(searcher.status().message());

  if (!batch.empty()) {
    std::ifstream in(batch);
    if (!in) return fail(batch + ": cannot open file");
    std::string line;
    for (size_t n = 1; std::getline(in, line); ++n) {
      auto r = (*searcher)->Search(line, options);
      if (r.ok()) std::cout << kosearch::ResponseToJson(*r) << "\n";
      else std::cout << "{\"total\":0,\"results\":[],\"error\":\"line " << n << "\"}\n";
    }
    return 0;
  }

  std::string query;
  for (const auto& w : words) query += (query.empty() ? "" : " ") + w;
  if (query.find_first_not_of(" \t") == std::string::npos) return fail("empty query: give words to search for");
  auto r = (*searcher)->Search(query, options);
  if (!r.ok()) return fail(r.status().message());
  if (json) {
    std::cout << kosearch::ResponseToJson(*r, explain) << "\n";
  } else {
    bool use_color = color == "always" || (color == "auto" && isatty(STDOUT_FILENO));
    std::cout << kosearch::ResponseToText(*r, options.offset, use_color, explain);
  }
  return r->hits.empty() ? 1 : 0;
}
