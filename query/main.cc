// kosearch-query: search a kosearch database from the shell.
// Flags → library → printed results. Exit: 0 when the query matches
// something (even past the last page), 1 when nothing matches, 2 on error.
#include <sys/ioctl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "kosearch/database_spec.h"
#include "kosearch/format.h"
#include "kosearch/line_reader.h"
#include "kosearch/search.h"
#include "kosearch/version.h"

namespace {

// Query words may start with '-' (exclusion: `오바마 -취임`), which CLI11 would
// take for an unknown flag. Every argument that is neither one of this
// program's options nor an option's value is a query word: the arguments are
// reordered as options, "--", words (the words keep their order). An unknown
// "--flag" stays an option, so CLI11 still reports it.
// `unknown` gets the "--options" this program does not have.
std::vector<std::string> QueryWordsLast(const CLI::App& app, int argc, char** argv, std::vector<std::string>* unknown) {
  std::vector<std::string> options{argv[0]}, words;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--") {
      words.insert(words.end(), argv + i + 1, argv + argc);
      break;
    }
    const bool long_option = a.rfind("--", 0) == 0;
    const bool dashed = a.size() > 1 && a[0] == '-';
    const CLI::Option* known = dashed ? app.get_option_no_throw(long_option ? a.substr(0, a.find('=')) : a) : nullptr;
    if (!long_option && !known) {
      words.push_back(a);
      continue;
    }
    if (!known) unknown->push_back(a);
    // "--limit -1": joined as "--limit=-1" so that CLI11 takes "-1" for the value.
    if (known && known->get_items_expected_max() != 0 && a.find('=') == std::string::npos && i + 1 < argc) {
      options.push_back(a + "=" + argv[++i]);
    } else {
      options.push_back(a);
    }
  }
  options.push_back("--");
  options.insert(options.end(), words.begin(), words.end());
  return options;
}

// Colour: --color always/never, or with auto on a terminal unless NO_COLOR
// is set (to anything) or TERM is dumb.
bool UseColor(const std::string& color) {
  if (color != "auto") return color == "always";
  const char* term = std::getenv("TERM");
  return isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR") && !(term && std::strcmp(term, "dumb") == 0);
}

// Columns of the terminal on stdout (COLUMNS when the terminal does not say);
// 0, no wrapping, when stdout is not a terminal.
size_t TerminalWidth() {
  if (!isatty(STDOUT_FILENO)) return 0;
  winsize ws{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  const char* columns = std::getenv("COLUMNS");
  return columns ? static_cast<size_t>(std::atoi(columns)) : 0;
}

// JSON text of `value`; invalid UTF-8 (a query line may have it) becomes U+FFFD.
std::string JsonText(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"kosearch-query: search Korean news (free text, \"phrases\", field:value, ranges, questions)"};
  std::string batch, sort = "relevance", color = "auto";
  std::vector<std::string> dbs, remotes, words;
  kosearch::SearchOptions options;
  kosearch::DatabaseSpec spec;
  kosearch::SearcherOptions searcher_options;
  bool json = false, explain = false, stats = false;
  long long limit = 10, offset = 0, facet_size = 10;
  app.add_option("--db", dbs, "database folder or Xapian stub file; repeat to search several shards as one (default: $KOSEARCH_DB)")
      ->allow_extra_args(false);
  app.add_option("--remote", remotes, "a shard served by xapian-tcpsrv at HOST:PORT (repeatable)")->allow_extra_args(false);
  app.add_flag("--allow-partial", spec.allow_partial,
               "when a shard cannot be reached, search the others and name the missing one on stderr");
  app.add_option("--timeout-ms", spec.timeout_ms,
                 "remote shards: milliseconds allowed to connect and for each round trip (default 10000; 0 = no limit)");
  app.add_flag("--json", json, "print one JSON object: {total, total_exact, results, facets}");
  app.add_option("--limit", limit, "hits to show (default 10, at most 1000000; 0 = only count the matches)");
  app.add_option("--offset", offset, "hits to skip (default 0, at most 1000000000)");
  app.add_option("--sort", sort, "relevance (default) or date")->check(CLI::IsMember({"relevance", "date"}));
  app.add_option("--facet", options.facets, "count values of: speaker, org, person, source, year (repeatable)")
      ->allow_extra_args(false);
  app.add_option("--facet-size", facet_size, "values listed per facet, most frequent first (default 10; 0 = all)");
  app.add_flag("--plain", [&](int64_t) { options.read_questions = false; },
               "read the text as a plain query, never as a who-said-what question");
  app.add_flag("--explain", explain, "print how the query or question was understood and the Xapian query");
  app.add_option("--batch", batch,
                 "run each line of FILE (- for stdin) as a query; blank lines are skipped; each answer follows its query "
                 "(with --json: one JSON line each, with \"query\")");
  app.add_flag("--stats", stats, "print what the database holds: articles, quotes, size on disk, layout, schema version");
  app.add_option("--color", color, "highlight with terminal colours: auto (on a terminal, unless NO_COLOR or TERM=dumb), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("--schema", searcher_options.schema_dir, "schema folder with aliases.tsv (default: the installed one)");
  app.add_option("query", words, "the query (words are joined with spaces; -word excludes a word)");
  app.set_version_flag("--version", std::string("kosearch-query ") + kosearch::kVersion);
  app.footer(
      "Queries are analyzed as the database records it was indexed (kosearch-index reads KOSEARCH_PARTICLES and "
      "KOSEARCH_LIGHT_VERBS for a new database only; here they change nothing).\n");
  std::vector<std::string> unknown;
  std::vector<std::string> args = QueryWordsLast(app, argc, argv, &unknown);
  if (!unknown.empty()) {
    std::cerr << "kosearch-query: unknown option " << unknown[0] << " (see --help; a query word may start with a single -)\n";
    return 2;
  }
  std::vector<char*> arg_ptrs;
  for (auto& a : args) arg_ptrs.push_back(a.data());
  try {
    app.parse(static_cast<int>(arg_ptrs.size()), arg_ptrs.data());
  } catch (const CLI::ParseError& e) {
    // --help and --version exit 0; a usage error exits 2 like every other error.
    return app.exit(e) == 0 ? 0 : 2;
  }
  auto fail = [](const std::string& msg) {
    std::cerr << "kosearch-query: " << msg << "\n";
    return 2;
  };
  if (limit < 0) return fail("--limit " + std::to_string(limit) + ": give 0 or more (0 only counts the matches)");
  if (offset < 0) return fail("--offset " + std::to_string(offset) + ": give 0 or more");
  // Bounded so that offset + limit fits Xapian's 32-bit counts (a larger number is refused, never wrapped).
  if (limit > 1000000) return fail("--limit " + std::to_string(limit) + ": at most 1000000");
  if (offset > 1000000000) return fail("--offset " + std::to_string(offset) + ": at most 1000000000");
  if (facet_size < 0) return fail("--facet-size " + std::to_string(facet_size) + ": give 0 (all) or more");
  options.limit = static_cast<size_t>(limit);
  options.offset = static_cast<size_t>(offset);
  options.facet_size = static_cast<size_t>(facet_size);
  options.sort_by_date = sort == "date";

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
  auto searcher = kosearch::Searcher::Open(spec, searcher_options);
  if (!searcher.ok()) return fail(searcher.status().message());

  if (stats) {
    if (!words.empty() || !batch.empty()) return fail("--stats takes no query");
    auto s = (*searcher)->Stats();
    if (!s.ok()) return fail(s.status().message());
    std::cout << (json ? kosearch::StatsToJson(*s) + "\n" : kosearch::StatsToText(*s));
    return 0;
  }

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
  kosearch::TextOptions text;
  text.color = UseColor(color);
  text.explain = explain;
  text.width = TerminalWidth();

  if (!batch.empty()) {
    if (!words.empty()) return fail("--batch takes its queries from " + batch + ", not from the command line");
    std::ifstream file;
    if (batch != "-") {
      file.open(batch);
      if (!file) return fail(batch + ": cannot open file");
    }
    std::istream& in = batch == "-" ? std::cin : file;
    const std::string name = batch == "-" ? "stdin" : batch;
    bool any_match = false, any_error = false, first = true;
    std::string line;
    bool too_long = false;
    // Read in bounded memory: a line this long is over the query limit anyway.
    constexpr size_t kMaxBatchLineBytes = 1 << 17;
    for (size_t n = 1; kosearch::ReadBoundedLine(in, kMaxBatchLineBytes, &line, &too_long); ++n) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!too_long && line.find_first_not_of(" \t") == std::string::npos) continue;
      kosearch::Result<kosearch::SearchResponse> r =
          kosearch::Status::InvalidArgument("query too long (over " + std::to_string(kMaxBatchLineBytes) + " bytes)");
      if (!too_long) r = (*searcher)->Search(line, options);
      if (!r.ok()) {
        any_error = true;
        std::cerr << "kosearch-query: " << name << ":" << n << ": " << r.status().message() << "\n";
        if (too_long) line = line.substr(0, 200) + "…";
        if (json) std::cout << JsonText({{"query", line}, {"line", n}, {"error", r.status().message()}}) << std::endl;
        continue;
      }
      warn_missing(*r);
      any_match = any_match || r->total > 0;
      // Flushed per query: a pipeline can feed queries and read answers one at a time.
      if (json) {
        std::string out = kosearch::ResponseToJson(*r, explain);
        // "query" first, then the answer's own fields in their order.
        std::cout << "{\"query\":" << JsonText(line) << "," << out.substr(1) << std::endl;
      } else {
        std::cout << (first ? "" : "\n") << "query: " << line << "\n"
                  << kosearch::ResponseToText(*r, options.offset, text) << std::flush;
      }
      first = false;
    }
    return any_error ? 2 : any_match ? 0 : 1;
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
    std::cout << kosearch::ResponseToText(*r, options.offset, text);
  }
  return r->total > 0 ? 0 : 1;
}
