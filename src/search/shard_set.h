// ShardSet: the shards of a DatabaseSpec opened one by one and combined into
// one Xapian::Database (Xapian merges their statistics, so BM25 scores are
// those of a single database holding every article). Opening each shard on
// its own lets a failure name its shard, and lets allow_partial leave out the
// unreachable ones. Internal header; the public entry point is Searcher::Open.
//
// Thread-safety: not safe for concurrent use (like the Searcher owning it).
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "kosearch/analyzer.h"
#include "kosearch/database_spec.h"
#include "kosearch/status.h"

namespace kosearch {

// How often opening a shard, or a search, is tried while a writer keeps
// committing underneath it (each commit may discard the revision being
// read), and the pause before try n+1: 2, 4 … 50 ms, about 0.3 s in all.
inline constexpr int kChangedRetries = 10;
void PauseBeforeRetry(int attempt);

class ShardSet {
 public:
  // Opens every shard of `spec` and checks its schema version and analyzer
  // choices, trying again (kChangedRetries) while a writer's commits discard
  // what it reads. Fails with NotFound (no database there), VersionMismatch,
  // InvalidArgument (analyzer choices unlike the first shard's), or IOError
  // naming the shard;
  // a remote shard that cannot be reached within spec.timeout_ms fails with
  // IOError "shard HOST:PORT is unreachable: …", unless spec.allow_partial:
  // then it is left out and named in missing() (the call still fails when no
  // shard is left).
  static Result<ShardSet> Open(const DatabaseSpec& spec);

  // Called after a Xapian::NetworkError during a search: reconnects every
  // shard (a server that closed an idle connection is simply reconnected;
  // missing shards get another chance). Fails like Open when a shard stays
  // unreachable and partial results are not allowed.
  Status Reconnect();

  // The live shards, combined.
  const Xapian::Database& db() const { return db_; }
  // The live shards one by one, in db()'s order (sharing its sub-databases,
  // so a reopen of db() moves them too).
  const std::vector<Xapian::Database>& parts() const { return parts_; }
  // The analyzer choices every live shard records.
  const AnalyzerOptions& analyzer() const { return analyzer_; }
  // Whether every live shard keeps its stored documents in schema::kSlotHit
  // (schema version 4; version 3 keeps them in the document data).
  bool hits_in_matches() const { return hits_in_matches_; }
  // Whether a live shard is remote.
  bool any_remote() const;
  // Shards left out (allow_partial), each "HOST:PORT (reason)".
  const std::vector<std::string>& missing() const { return missing_; }
  // How messages name the whole set: the one shard's name, or all of them.
  std::string Name() const { return spec_.Describe(); }
  size_t size() const { return spec_.shards.size(); }
  const DatabaseSpec& spec() const { return spec_; }

 private:
  DatabaseSpec spec_;
  Xapian::Database db_;
  std::vector<Xapian::Database> parts_;
  AnalyzerOptions analyzer_;
  bool hits_in_matches_ = false;
  std::vector<std::string> missing_;
};

}  // namespace kosearch
