// Sharded, parallel indexing: one database folder holding N shard databases
// (DIR/shard-00 … DIR/shard-NN, each a normal kosearch database written by
// its own IndexWriter) and a Xapian stub file DIR/XAPIANDB listing them.
// Xapian opens a folder holding an XAPIANDB stub as the combined database,
// so Searcher::Open(DIR) and `kosearch-query --db DIR` need no change; the
// combined statistics (document count, lengths, term frequencies) are those
// of the whole collection, so scores match an unsharded index.
//
// An article always goes to the same shard (ShardOf: a stable hash of its id
// modulo N), so indexing it again replaces it, never duplicates it. Indexing
// runs one reader (the caller's thread) feeding bounded per-worker queues;
// each worker thread owns some shards and cleans, analyses, extracts and
// writes their articles. With `compact`, the shards are merged at the end
// into one database in DIR (which is then an unsharded database). The merge
// is crash-safe: readers see the shards until one atomic rename switches DIR
// to the merged database, and the next writer on DIR clears what a killed
// compaction left (before the switch: the partial merge; after it: the shards).
//
// Thread-safety: IndexInputsSharded starts and joins its own threads; the
// other functions are plain. One writer per folder at a time: the run holds
// the folder's lock (DIR/kosearch.lock) from before it looks at the folder
// until after the compaction, so a second run, sharded or plain, fails with
// Status::Locked (it never waits).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "kosearch/index.h"
#include "kosearch/reader.h"
#include "kosearch/status.h"

namespace kosearch {

struct ShardedIndexOptions {
  // Number of shards. Default: 2. Must match an existing sharded folder.
  size_t shards = 2;
  // Worker threads; each owns shards i with i % jobs == its number.
  // Default: 0, meaning min(shards, hardware threads).
  size_t jobs = 0;
  // Memory budget in MB for the whole run (queued articles, Xapian's pending
  // changes, extraction): each shard is committed when the body bytes added
  // since its last commit reach ShardFlushBytes(), unless
  // `index.commit_every` is given. Default: 1024.
  size_t memory_mb = 1024;
  // Merge the shards into one database at the end. Default: false.
  bool compact = false;
  // Without `compact`: compact each shard in place at the end of a run that
  // added or replaced articles (CompactDatabase; the folder stays sharded).
  // Default: false (kosearch-index turns it on unless --no-compact).
  bool compact_shards = false;
  // Per-shard writer options; commit_every 0 means "commit by memory_mb".
  // Default: commit_every 0, extraction on.
  IndexOptions index = {.commit_every = 0, .extract_fields = true};
  // For tests of crash safety only: with `compact`, the process kills itself
  // (SIGKILL) at this step of the compaction (kCompactStep…). Default: 0, never.
  int crash_at_compact_step_for_tests = 0;
  // How inputs are read (symlinks in folders).
  ReadOptions read;
};

// The steps of a compaction, in order, where a test may crash it: while
// Xapian merges the shards into DIR/.compact-tmp; merged and synced; after
// the first merged table was moved into DIR (beside the stub); after all
// were; after the switch (Xapian's version file renamed into DIR: DIR is now
// the merged database); after the stub was removed; after the first shard was.
enum CompactStep : int {
  kCompactStepMerging = 1,
  kCompactStepMerged,
  kCompactStepTableMoved,
  kCompactStepTablesMoved,
  kCompactStepSwitched,
  kCompactStepStubRemoved,
  kCompactStepShardRemoved,
};
inline constexpr int kCompactSteps = kCompactStepShardRemoved;

// The steps of an in-place compaction (CompactDatabase, and of each shard
// with ShardedIndexOptions::compact_shards), where a test may crash it:
// while Xapian writes the compacted copy into DIR/.compact-swap; the copy
// written and synced; the stub DIR/XAPIANDB naming the copy written (DIR is
// still the old database); DIR's version file removed (DIR is read through
// the stub: the copy); the copy's tables linked into DIR; the switch (the
// copy's version file linked into DIR: DIR is the compacted database).
enum CompactInPlaceStep : int {
  kCompactInPlaceStepWriting = 11,
  kCompactInPlaceStepWritten,
  kCompactInPlaceStepStubbed,
  kCompactInPlaceStepRedirected,
  kCompactInPlaceStepLinked,
  kCompactInPlaceStepSwitched,
};

// How the database folder `dir` is laid out.
struct DatabaseLayout {
  enum class Kind { kNone, kPlain, kSharded };
  Kind kind = Kind::kNone;  // kNone: missing or empty folder
  size_t shards = 0;        // for kSharded: the shards listed in XAPIANDB
};

// Inspects `dir`. Fails with InvalidArgument when it holds an XAPIANDB stub
// this module did not write (lines other than "auto shard-NN" in order), or
// with IOError when `dir` is a regular file.
Result<DatabaseLayout> InspectDatabase(const std::string& dir);

// The shard (0 … shards-1) of the article with this id: FNV-1a 64 of the id
// bytes, modulo `shards`. Stable across versions and machines: changing it
// would duplicate re-indexed articles.
size_t ShardOf(std::string_view id, size_t shards);

// Body bytes added to one shard between two of its commits for a memory
// budget of `memory_mb` shared by `shards` shards and `jobs` workers, from
// the measured cost of uncommitted articles (about 20 bytes of memory per
// byte of body text, extraction on); at least 256 KB, and at most 320 KB
// (about 100 news articles), since smaller batches write faster.
size_t ShardFlushBytes(size_t memory_mb, size_t shards, size_t jobs);

// Reads `inputs` (see reader.h) into the sharded database folder `dir`,
// creating it (or continuing it) with `options.shards` shards, then commits
// every shard and, with `options.compact`, merges them. Bad records go to
// `on_error` (called under a lock, from any thread); `on_progress` (may be
// empty) is called from the caller's thread about twice a second.
// Fails before writing anything with InvalidArgument when `dir` is a plain
// database or has another number of shards, Locked when another writer holds
// the folder (or a shard), VersionMismatch for another schema version,
// NotFound/IOError for a missing input; fails with IOError when writing or
// compacting fails. Clears what an interrupted compaction left in `dir` first.
Result<IndexSummary> IndexInputsSharded(const std::string& dir, const std::vector<std::string>& inputs,
                                        const ShardedIndexOptions& options, const ErrorSink& on_error,
                                        const std::function<void(const IndexProgress&)>& on_progress);

// Merges the shards of the sharded folder `dir` into one database in place
// (Xapian::Database::compact), holding the folder's lock; `dir` is then a
// plain database. Fails with InvalidArgument when `dir` is not sharded,
// Locked when a writer holds it, IOError when compaction fails (the shards
// are left as they were).
Status CompactShards(const std::string& dir);

// Compacts the database folder `dir` in place: a plain database, or each
// shard of a sharded folder (which stays sharded); document ids are kept.
// What it saves: the free space Xapian leaves in its tables while writing
// (about a third of a freshly built index). Crash-safe like the merge: a
// reader, and a writer after a crash, finds the old database or the
// compacted one, and the next writer finishes or undoes an interrupted one.
// Holds the folder's lock (and each shard's). Fails with NotFound when `dir`
// holds no database, Locked when a writer holds it, IOError when compaction
// fails (the database is left as it was). `crash_at_step_for_tests`: see
// CompactInPlaceStep (0: never).
Status CompactDatabase(const std::string& dir, int crash_at_step_for_tests = 0);

// The folder of shard `shard` inside the sharded database folder `dir`.
std::string ShardFolder(const std::string& dir, size_t shard);

struct DeleteSummary {
  uint64_t deleted = 0;              // articles deleted, with their quotes
  std::vector<std::string> unknown;  // ids not in the database (nothing deleted for them)
};

// Deletes the articles `ids` and their quotes from the database folder `dir`
// (plain, or sharded: each id from the shard ShardOf gives it) and commits.
// Unknown ids are listed in the summary; the others are deleted. Fails, with
// nothing deleted, with NotFound when `dir` holds no database, with
// InvalidArgument on an append-only database, and like IndexWriter::Open
// (Locked, VersionMismatch, IOError).
Result<DeleteSummary> DeleteArticles(const std::string& dir, const std::vector<std::string>& ids);

}  // namespace kosearch
