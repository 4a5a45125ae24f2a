// kosearch-index: index articles into a kosearch database, or print their
// extracted fields (--extract). Flags → library → exit code.
#include <malloc.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <optional>
#include <iostream>
#include <string>

#include "kosearch/extract.h"
#include "kosearch/index.h"
#include "kosearch/reader.h"
#include "kosearch/sharded_index.h"
#include "kosearch/version.h"

namespace {

void PrintProgress(const kosearch::IndexProgress& p) {
  double mb = p.bytes / 1e6, rate = p.seconds > 0 ? mb / p.seconds : 0;
  std::string eta;
  if (p.total_bytes > 0 && rate > 0 && p.bytes < p.total_bytes) {
    eta = ", ETA " + std::to_string(static_cast<int>((p.total_bytes - p.bytes) / 1e6 / rate)) + " s";
  }
  std::fprintf(stderr, "\r%llu articles, %.1f MB, %.2f MB/s%s   ", static_cast<unsigned long long>(p.articles), mb, rate,
               eta.c_str());
}

// The analyzer's choices for a new database, when KOSEARCH_PARTICLES or
// KOSEARCH_LIGHT_VERBS is set ("off" turns the choice off); unset: none.
std::optional<kosearch::AnalyzerOptions> AnalyzerChoiceFromEnvironment() {
  const char* particles = std::getenv("KOSEARCH_PARTICLES");
  const char* light_verbs = std::getenv("KOSEARCH_LIGHT_VERBS");
  if (!particles && !light_verbs) return std::nullopt;
  kosearch::AnalyzerOptions options;
  options.strip_particles = !particles || std::strcmp(particles, "off") != 0;
  options.cut_light_verbs = !light_verbs || std::strcmp(light_verbs, "off") != 0;
  return options;
}

// The --db folder, for OnTerminate's message.
std::string g_database;

// Xapian can end the process through std::terminate (see
// kosearch::DescribeExceptionInFlight): one line and exit 2 instead of an abort.
[[noreturn]] void OnTerminate() {
  std::string what = kosearch::DescribeExceptionInFlight();
  std::fprintf(stderr, "\nkosearch-index: %s: stopped by an error inside Xapian: %s; the database keeps what its last commit wrote\n",
               g_database.c_str(), what.empty() ? "unknown error" : what.c_str());
  std::_Exit(2);
}

// Xapian holds each uncommitted batch as many small map nodes and frees them
// all at every commit. With glibc's defaults the freed heap goes back to the
// system and is faulted in again by the next batch; keeping it (up to 256 MB,
// about the run's peak) cut the CPU time of --no-fields indexing by about 7%
// (bench/archive_results.md, "write path"). Peak memory is unchanged: the
// process reuses what it keeps.
void KeepFreedHeap() {
#ifdef __GLIBC__
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  mallopt(M_TOP_PAD, 64 << 20);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
#endif
}

}  // namespace

int main(int argc, char** argv) {
  std::set_terminate(OnTerminate);
  KeepFreedHeap();
  CLI::App app{"kosearch-index: index Korean news articles (.txt files, folders, JSONL archives, - for stdin)"};
  std::string db, schema_dir;
  std::vector<std::string> inputs;
  bool extract = false, quiet = false, no_fields = false;
  size_t commit_every = 200;
  size_t shards = 0, jobs = 0, memory_mb = 1024;
  bool compact = false, no_compact = false, positions = false, append_only = false, delete_ids = false;
  kosearch::ReadOptions read_options;
  app.add_option("--db", db, "database folder (default: $KOSEARCH_DB)");
  app.add_flag("--extract", extract, "print extracted fields as one JSON line per article; index nothing");
  app.add_option("--commit-every", commit_every, "articles per commit (default 200)")->check(CLI::PositiveNumber);
  app.add_flag("--no-fields", no_fields, "skip quote/entity/amount extraction (plain text index)");
  app.add_option("--shards", shards, "write N shard databases in parallel, searched as one (default: as the folder has)")
      ->check(CLI::Range(1, 1000));
  app.add_option("--jobs", jobs, "worker threads for --shards (default: min(shards, cores))")->check(CLI::PositiveNumber);
  app.add_option("--memory-mb", memory_mb, "memory budget for --shards, sets the commit batch (default 1024)")
      ->check(CLI::Range(64, 1 << 20));
  app.add_flag("--positions", positions,
               "new database: store term positions (exact phrases inside Xapian; ~3x the size, slower)");
  app.add_flag("--append-only", append_only,
               "new database: no term lists (~1/3 smaller, faster); articles can never be replaced or deleted");
  auto* compact_flag = app.add_flag("--compact", compact, "with --shards: merge the shards into one database at the end");
  app.add_flag("--no-compact", no_compact,
               "leave a new database as written (default: a run that creates the database compacts it, or each "
               "shard, in place at the end)")
      ->excludes(compact_flag);
  app.add_flag("-q,--quiet", quiet, "no progress or summary on stderr");
  app.add_flag("--delete", delete_ids,
               "delete the articles whose ids are given instead of inputs, with their quotes; unknown ids are named (exit 1)");
  int crash_at_compact_step = 0;  // tests of crash safety only: not in --help
  app.add_option("--crash-at-compact-step-for-tests", crash_at_compact_step)->group("");
  app.add_option("--schema", schema_dir, "schema folder with aliases.tsv and ner/ (default: the installed one)");
  app.add_flag("--follow-symlinks", read_options.follow_symlinks,
               "in folders, follow symlinks to files outside the folder (default: skip them with a message)");
  app.add_option("inputs", inputs, "files, folders or - (stdin); with --delete, article ids");
  app.set_version_flag("--version", std::string("kosearch-index ") + kosearch::kVersion);
  app.footer(
      "Environment: KOSEARCH_PARTICLES=off (keep particles) and KOSEARCH_LIGHT_VERBS=off (keep light verbs) choose "
      "how a NEW database analyzes text (for measurements, bench/retrieval_quality.py --variant-env); the database "
      "records the choice, searches use it, and an existing database keeps its own (set otherwise: exit 2).\n");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version exit 0; a usage error exits 2 like every other error.
    return app.exit(e) == 0 ? 0 : 2;
  }

  auto print_error = [](const std::string& msg) { std::cerr << "kosearch-index: " << msg << "\n"; };
  if (inputs.empty()) {
    print_error(delete_ids ? "--delete: give the ids of the articles to delete" : "give files, folders or - (stdin) to index");
    return 2;
  }
  if (extract) {
    auto extractor = kosearch::Extractor::Create(schema_dir);
    if (!extractor.ok()) { print_error(extractor.status().message()); return 2; }
    bool had_errors = false;
    kosearch::Status s = kosearch::ReadArticles(
        inputs, read_options,
        [&](kosearch::Article&& a) {
          std::cout << kosearch::ExtractionToJsonLine(a.id, kosearch::ExtractArticle(**extractor, a)) << "\n";
          return true;
        },
        [&](const std::string& msg) { had_errors = true; print_error(msg); });
    if (!s.ok()) { print_error(s.message()); return 2; }
    return had_errors ? 1 : 0;
  }

  if (db.empty()) {
    const char* env = std::getenv("KOSEARCH_DB");
    if (!env || !*env) { print_error("no database: give --db DIR or set KOSEARCH_DB"); return 2; }
    db = env;
  }
  g_database = db;  // --delete writes too
  if (delete_ids) {
    auto deleted = kosearch::DeleteArticles(db, inputs);
    if (!deleted.ok()) { print_error(deleted.status().message()); return 2; }
    for (const auto& id : deleted->unknown) print_error(db + ": no article with id " + id + "; nothing deleted for it");
    if (!quiet) {
      std::fprintf(stderr, "%s: %llu deleted, %zu unknown\n", db.c_str(), static_cast<unsigned long long>(deleted->deleted),
                   deleted->unknown.size());
    }
    return deleted->unknown.empty() ? 0 : 1;
  }
  if (kosearch::Status s = kosearch::CheckInputs(inputs); !s.ok()) { print_error(s.message()); return 2; }
  kosearch::IndexOptions options;
  options.commit_every = commit_every;
  options.extract_fields = !no_fields;
  options.positions = positions;
  options.append_only = append_only;
  options.schema_dir = schema_dir;
  options.analyzer = AnalyzerChoiceFromEnvironment();
  bool tty = isatty(STDERR_FILENO) && !quiet;
  auto on_progress = tty ? std::function<void(const kosearch::IndexProgress&)>(PrintProgress) : nullptr;
  // A folder written with --shards stays sharded: later runs use its shard count.
  auto layout = kosearch::InspectDatabase(db);
  if (!layout.ok()) { print_error(layout.status().message()); return 2; }
  const bool sharded = shards > 0 || layout->kind == kosearch::DatabaseLayout::Kind::kSharded;
  if (compact && !sharded) { print_error("--compact merges shards: give --shards N"); return 2; }
  // A build that creates the database ends compacted; a later run leaves it as
  // written, since a compacted copy swapped in under a reader that follows
  // commits (Python Index, the server) could look to it like no change.
  const bool compact_new = !no_compact && layout->kind == kosearch::DatabaseLayout::Kind::kNone;
  kosearch::Result<kosearch::IndexSummary> summary = kosearch::Status::Internal("not run");
  if (sharded) {
    kosearch::ShardedIndexOptions sharded_options;
    sharded_options.shards = shards ? shards : layout->shards;
    sharded_options.jobs = jobs;
    sharded_options.memory_mb = memory_mb;
    sharded_options.compact = compact;
    sharded_options.compact_shards = compact_new;
    sharded_options.crash_at_compact_step_for_tests = crash_at_compact_step;
    sharded_options.index = options;
    sharded_options.read = read_options;
    if (!app.count("--commit-every")) sharded_options.index.commit_every = 0;  // from --memory-mb
    summary = kosearch::IndexInputsSharded(db, inputs, sharded_options, print_error, on_progress);
  } else {
    auto writer = kosearch::IndexWriter::Open(db, options);
    if (!writer.ok()) { print_error(writer.status().message()); return 2; }
    summary = kosearch::IndexInputs(**writer, inputs, print_error, on_progress, read_options);
  }  // the writer is closed here, before its folder is compacted
  if (!sharded && compact_new && summary.ok() && summary->added + summary->replaced > 0) {
    if (kosearch::Status s = kosearch::CompactDatabase(db, crash_at_compact_step); !s.ok()) summary = s;
  }
  if (tty) std::fputs("\r", stderr);
  if (!summary.ok()) { print_error(summary.status().message()); return 2; }
  const auto& s = *summary;
  if (!quiet) {
    std::fprintf(stderr, "%s: %llu added, %llu replaced, %llu unchanged, %llu errors; %.1f MB in %.1f s (%.2f MB/s)\n",
                 db.c_str(), static_cast<unsigned long long>(s.added), static_cast<unsigned long long>(s.replaced),
                 static_cast<unsigned long long>(s.unchanged), static_cast<unsigned long long>(s.errors), s.bytes / 1e6,
                 s.seconds, s.seconds > 0 ? s.bytes / 1e6 / s.seconds : 0.0);
  }
  return s.errors ? 1 : 0;
}
