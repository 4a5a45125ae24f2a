// Searcher: runs kosearch queries (the language is in README.md, "Query
// language") and questions against a database, returning ranked hits with highlighted
// snippets, quote fields and facet counts.
//
// Thread-safety: a Searcher is not safe for concurrent use; open one per
// thread. Searching while an indexer commits is safe: a modified database is
// reopened and the search retried.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kosearch/aliases.h"
#include "kosearch/analyzer.h"
#include "kosearch/database_spec.h"
#include "kosearch/question.h"
#include "kosearch/status.h"

namespace kosearch {

struct SearchOptions {
  size_t limit = 10;          // hits to return. Default: 10
  size_t offset = 0;          // hits to skip. Default: 0
  bool sort_by_date = false;  // newest first, relevance second. Default: false
  // Facets to count over the whole match set: "speaker", "org", "person",
  // "source", "year". Unknown names fail with InvalidArgument.
  std::vector<std::string> facets;
  // Values listed per facet, the most frequent first. Default: 0, all.
  size_t facet_size = 0;
  // Read a who-said-what question as one (answered with quotes, question.h).
  // false: every text is a plain query of the query language. Default: true.
  bool read_questions = true;
};

// Byte range [first, second) of a highlighted word in Hit::snippet.
using Highlight = std::pair<size_t, size_t>;

struct Hit {
  std::string kind;        // "article" or "quote"
  std::string id;          // article id, or "<article id>#q<n>" for a quote
  std::string article_id;  // the article (same as id for articles)
  std::string title, date, source, url;
  double score = 0;
  std::string snippet;                 // plain text excerpt (the whole quote for quotes)
  std::vector<Highlight> highlights;   // matched words in snippet
  // Quotes only:
  std::string speaker, role, org, text;
  std::string speaker_type;  // "person", "organization", "role" or empty (see Quote in extract.h)
  std::string speaker_as_written;
  std::string reported_by;   // who reported the words, or empty
  double confidence = 0;     // 0–1, how sure the attribution is
  bool resolved_fuzzily = false;
};

struct FacetCount {
  std::string value;
  uint64_t count = 0;
};

// Matches are counted exactly up to this many; above, `total` is Xapian's
// estimate and SearchResponse::total_exact is false.
inline constexpr uint64_t kExactCountLimit = 10000;

struct SearchResponse {
  // Number of matches: exact when total_exact (always, up to
  // kExactCountLimit matches), else an estimate. Independent of limit and
  // offset; 0 only when nothing matches.
  uint64_t total = 0;
  bool total_exact = true;
  std::vector<Hit> hits;
  std::map<std::string, std::vector<FacetCount>> facets;  // most frequent first
  std::string xapian_query;  // Xapian's description of the query run
  // Plain searches: other spellings of the query's words searched too, with
  // a lower weight, each "WORD → SPELLING (alias|loanword|spacing)".
  std::vector<std::string> alternatives;
  // Questions only (see question.h): what was understood, and the closest
  // articles: what the question's words find as a plain query, ranked as
  // that query ranks them (shown when no quote answers).
  bool is_question = false;
  Understanding understood;
  std::vector<Hit> closest;
  // With DatabaseSpec::allow_partial: the shards left out of this search
  // because they could not be reached, each "HOST:PORT (reason)". Empty when
  // every shard answered.
  std::vector<std::string> missing_shards;
};

struct DatabaseStats {
  uint64_t articles = 0, quotes = 0;
  // Bytes of the local shards' folders; remote shards are not counted
  // (remote_shards says how many there are).
  uint64_t bytes_on_disk = 0;
  size_t shards = 0, remote_shards = 0;
  bool positions = false;    // text terms carry positions (--positions)
  bool append_only = false;  // no term lists (--append-only)
  int schema_version = 0;
  AnalyzerOptions analyzer;  // the analyzer choices the database records
};

// What a Searcher needs besides the database: the names it knows.
struct SearcherOptions {
  // The schema folder whose aliases.tsv names are expanded with (see
  // schema_files.h). Default: empty, found at run time beside the installed
  // library. Not read when `aliases` is given.
  std::string schema_dir{};
  // The alias table to use instead of loading schema_dir's (a program that
  // opens many searchers can load it once). Default: null.
  std::shared_ptr<const AliasTable> aliases{};
  // Threads that match the shards of a sharded local database side by side
  // (results are those of one thread); at most one per shard and one per
  // core; 0: one per core. Default 1: every shard in the calling thread, which
  // was faster on the 2 busy cores it was measured on (bench/archive_results.md).
  // Remote shards match on their servers either way.
  unsigned search_threads = 1;
};

class Searcher {
 public:
  // Opens the database at `path` read-only: a database folder, or a Xapian
  // stub listing shards (a file, or a folder holding XAPIANDB; see
  // database_spec.h). Fails like Open(spec, options).
  static Result<std::unique_ptr<Searcher>> Open(const std::string& path, const SearcherOptions& options = {});
  // Opens the shards of `spec` (local folders, stubs, remote xapian-tcpsrv
  // shards; see database_spec.h) as one database: results are those of a
  // single database holding all their articles. Queries are analyzed with
  // the analyzer choices the database records (IndexOptions::analyzer),
  // whatever the defaults. Fails with NotFound when a shard holds no
  // database, VersionMismatch for another schema version, InvalidArgument
  // when shards record different analyzer choices, each naming the shard at
  // fault; a remote shard that cannot be reached within
  // spec.timeout_ms fails with IOError "shard HOST:PORT is unreachable: …"
  // unless spec.allow_partial (then it is left out, see
  // SearchResponse::missing_shards). Search fails the same way when a shard
  // dies later; without allow_partial nothing is returned then. Without
  // options.aliases, fails with NotFound or InvalidArgument when
  // options.schema_dir (or, when empty, the installed schema folder;
  // schema_files.h) has no usable aliases.tsv.
  static Result<std::unique_ptr<Searcher>> Open(const DatabaseSpec& spec, const SearcherOptions& options = {});
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  // Runs `query`; a who-said-what question (see question.h) is answered with
  // quotes instead. Fails with InvalidArgument (message names the offending
  // part) for a malformed query, IOError when the database cannot be read.
  Result<SearchResponse> Search(std::string_view query, const SearchOptions& options = {});

  // Number of articles in the database.
  uint64_t ArticleCount();

  // What the database holds and how it is laid out (see DatabaseStats).
  // Fails with IOError when it cannot be read.
  Result<DatabaseStats> Stats();
  // Moves to the database's latest commit (Xapian reopen: cheap when nothing
  // changed). A Searcher otherwise keeps reading the revision it opened, so
  // a long-lived one calls this before each search to see other processes'
  // commits. Fails with IOError when the database cannot be read.
  Status Reopen();

 private:
  struct Impl;  // the open database (src/search/searcher_impl.h)
  explicit Searcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// `text` with each highlight wrapped in `open` and `close` ("[" "]", or
// terminal escape codes).
std::string RenderHighlights(const std::string& text, const std::vector<Highlight>& highlights,
                             std::string_view open, std::string_view close);

}  // namespace kosearch
