// IndexWriter: adds articles to a kosearch (Xapian) database.
//
// Each article is cleaned, analysed and its fields extracted (quotes with
// speakers, people, organizations, amounts); it becomes one "article"
// document plus one "quote" document per direct quote. Adding an article
// whose id is already indexed replaces it and its quotes; adding it unchanged
// (same content hash) is a no-op. Changes are committed in batches.
// Thread-safety: one IndexWriter per database, used from one thread. The
// folder's lock (DB/kosearch.lock, held from Open to the destructor, also
// taken by sharded runs) makes a second writer fail with Status::Locked.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>
#include <memory>
#include <optional>
#include <string>

#include "kosearch/analyzer.h"
#include "kosearch/article.h"
#include "kosearch/reader.h"
#include "kosearch/status.h"

namespace kosearch {

class Extractor;

struct IndexOptions {
  // Articles per commit. Default: 200 (smaller batches write faster: see
  // kMaxFlushBytes in src/index/sharded_index.cc). A crash loses at most this many.
  size_t commit_every = 200;
  // Extract quotes, people, organizations and amounts. Default: true.
  bool extract_fields = true;
  // Store term positions, so Xapian itself matches phrases. Without them
  // (the default) the index is about a third of the size and faster to
  // write, and a search checks its "quoted phrases" against the stored text
  // of the candidates (see SearchOptions). Chosen when a database is
  // created; an existing database keeps its layout, and asking for
  // positions on one created without them fails with InvalidArgument.
  bool positions = false;
  // Archive layout: no term lists (about a third less space, faster
  // writes). Articles can be added, and unchanged ones are skipped, but
  // none can be replaced or deleted: Add of a changed article and Delete
  // fail with InvalidArgument. Chosen when a database is created, like
  // `positions`; asking for it on an existing database without it fails.
  bool append_only = false;
  // How text is analyzed (analyzer.h). Chosen when a database is created
  // and recorded in it (schema/README.md, "Metadata"): a Searcher analyzes
  // queries the same way, and later writers keep it. Default: unset, which
  // is AnalyzerOptions{} for a new database and the recorded choice for an
  // existing one; set, on an existing database recording another choice,
  // Open fails with InvalidArgument.
  std::optional<AnalyzerOptions> analyzer{};
  // The schema folder whose aliases.tsv and entity model (ner/model.bin) the
  // writer uses (see schema_files.h). Default: empty, found at run time
  // beside the installed library.
  std::string schema_dir{};
  // The extractor to use instead of one made from schema_dir (several
  // writers can share one, and its entity model; extract.h). Default: null.
  std::shared_ptr<const Extractor> extractor{};
};

enum class AddOutcome { kAdded, kReplaced, kUnchanged };

class IndexWriter {
 public:
  // Opens the database at `path`, creating it (and missing parent folders)
  // if needed. Fails with Locked when another writer holds it, with
  // VersionMismatch when it was written by another schema version, with
  // InvalidArgument when it is a sharded folder (see sharded_index.h), with
  // IOError when `path` is a regular file or cannot be created; fails like
  // Extractor::Create (extract.h) when the schema folder or its files are
  // missing or malformed (unless options.extractor is given), with
  // InvalidArgument when options.analyzer differs from the choice the
  // database records. Clears what an interrupted compaction left in the folder.
  static Result<std::unique_ptr<IndexWriter>> Open(const std::string& path, const IndexOptions& options = {});

  ~IndexWriter();  // commits what is pending; errors are lost: call Commit()
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  // Indexes one article. Its fields must be valid UTF-8; the body at most
  // 1 MiB, the id and source at most 1024 bytes, the url 8192; the date
  // empty or readable (2024-03-05, 2024.3.5, 2024/03/05, 2024년 3월 5일, an
  // ISO date-time, or a year or year-month alone; stored as YYYY-MM-DD,
  // YYYY-MM or YYYY); a title over 1000 characters is cut to 1000. Fails with
  // InvalidArgument when any of this does not hold, or the article has no id
  // or no text left after cleaning: checked before the database is touched,
  // so a refused article costs only itself (the uncommitted ones stay
  // pending). IOError on a write failure (Xapian has then discarded what was
  // not committed; the message says so).
  Result<AddOutcome> Add(const Article& article);

  // Deletes the article with `id` and its quotes. NotFound if absent;
  // InvalidArgument on an append-only database.
  Status Delete(const std::string& id);

  // Makes everything added so far durable and visible to searchers.
  Status Commit();

  // Number of article documents (not counting quotes), as committed or pending.
  uint64_t ArticleCount() const;

  // The analyzer choices the database records (IndexOptions::analyzer).
  const AnalyzerOptions& analyzer() const;

 private:
  struct Impl;
  explicit IndexWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

struct IndexProgress {
  uint64_t articles = 0;     // read so far (good ones)
  uint64_t bytes = 0;        // body bytes read so far
  uint64_t total_bytes = 0;  // size of the inputs, 0 when unknown (stdin)
  double seconds = 0;        // since the start
};

struct IndexSummary {
  uint64_t added = 0, replaced = 0, unchanged = 0, errors = 0;
  uint64_t bytes = 0;
  double seconds = 0;
};

// Reads `inputs` (see reader.h) and adds every article to `writer`, then
// commits. Bad records and articles that cannot be indexed go to `on_error`
// as "file:line: reason" and are counted in `errors`; `on_progress` (may be
// empty) is called about twice a second. Fails only when an input is missing
// or unreadable (before anything is written) or the database fails.
Result<IndexSummary> IndexInputs(IndexWriter& writer, const std::vector<std::string>& inputs, const ErrorSink& on_error,
                                 const std::function<void(const IndexProgress&)>& on_progress,
                                 const ReadOptions& read_options = {});

// For a std::set_terminate handler: one line describing the exception that is
// ending the process ("DatabaseError: Error writing block 89 (No space left on
// device)"), or "" when none is in flight. Xapian 1.4.22 can throw from a
// destructor while it unwinds a failed commit (seen on a full disk during a
// sharded run); no caller can catch that, and the process ends through
// std::terminate. Each commit is atomic: the database holds what its last
// commit wrote.
std::string DescribeExceptionInFlight();

}  // namespace kosearch
