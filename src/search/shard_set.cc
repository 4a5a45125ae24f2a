// ShardSet (see shard_set.h): opening local and remote shards, and telling a
// shard that is down from one that is wrong. Xapian errors are translated here.
#include "search/shard_set.h"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <thread>

#include "index/schema.h"
#include "index/shard_folder.h"

namespace kosearch {

namespace {

struct OpenedShard {
  Xapian::Database db;
  AnalyzerOptions analyzer;  // as the shard records it
  Status status;
  bool unreachable = false;  // a network failure (allow_partial may skip it)
  bool changing = false;     // a writer committed during the open: try again
  int version = 0;           // its schema version
};

// Which file a local database folder's version file is. Xapian opens a
// folder by reading its version file, then opening each table by name; an
// in-place compaction (src/index/compact_in_place.cc) removes the version
// file, then replaces the tables with the compacted ones, then links the new
// version file in. An open that read the old version file and then opened a
// replaced table would read the new tables through the old version's roots:
// neither database. Each switch (and each commit) puts a new file there, so
// the same file before and after the open shows no switch happened during it.
struct VersionFileId {
  bool present = false;
  ino_t inode = 0;
  struct timespec modified = {};
  bool operator==(const VersionFileId& o) const {
    return present == o.present && inode == o.inode && modified.tv_sec == o.modified.tv_sec &&
           modified.tv_nsec == o.modified.tv_nsec;
  }
};

VersionFileId VersionFileOf(const std::string& folder) {
  VersionFileId id;
  struct stat st;
  if (::stat((folder + "/" + shard_folder::kVersionFile).c_str(), &st) != 0) return id;
  id.present = true;
  id.inode = st.st_ino;
  id.modified = st.st_mtim;
  return id;
}

std::string NetworkReason(const Xapian::Error& e) {
  std::string reason = e.get_msg();
  if (e.get_error_string()) reason += std::string(" (") + e.get_error_string() + ")";
  if (reason.empty()) reason = e.get_type();
  return reason;
}

OpenedShard OpenShardOnce(const Shard& shard, unsigned timeout_ms) {
  OpenedShard out;
  const std::string name = shard.Name();
  try {
    if (shard.remote()) {
      out.db = Xapian::Remote::open(shard.host, shard.port, timeout_ms, timeout_ms);
    } else {
      const VersionFileId before = VersionFileOf(shard.path);
      out.db = Xapian::Database(shard.path);
      // A compaction swap during the open: read again (see VersionFileOf).
      if (before.present && !(VersionFileOf(shard.path) == before)) out.changing = true;
    }
    // One look-up when the database has kOpeningKey (a round trip to a remote shard each).
    schema::OpeningRecord opening = schema::ReadOpeningRecord(out.db);
    const std::string& version = opening.version;
    out.version = std::atoi(version.c_str());
    if (version.empty()) {
      out.status = Status::VersionMismatch(name + ": not a kosearch database (no schema version)");
    } else if (version != std::to_string(out.version) || out.version < schema::kOldestReadVersion ||
               out.version > schema::kVersion) {
      out.status = Status::VersionMismatch(name + ": written by kosearch schema version " + version + ", this build reads " +
                                           std::to_string(schema::kVersion) + "; rebuild it: delete the folder and index again");
    }
    out.analyzer = opening.analyzer;
  } catch (const Xapian::NetworkError& e) {
    out.unreachable = true;
    out.status = Status::IOError("shard " + name + " is unreachable: " + NetworkReason(e));
  } catch (const Xapian::DatabaseOpeningError& e) {
    out.status = Status::NotFound(name + ": not a kosearch database (" + e.get_msg() + ")");
  } catch (const Xapian::DatabaseError& e) {
    // DatabaseModifiedError, or a block a commit reused read as corrupt
    // ("EOF reading block …"): may pass once the writer's commit is done.
    out.status = Status::IOError(name + ": cannot open database: " + e.get_description());
    out.changing = true;
  } catch (const Xapian::Error& e) {
    out.status = Status::IOError(name + ": cannot open database: " + e.get_description());
  }
  return out;
}

// An indexer committing while a shard is opened can overwrite the blocks the
// open is reading (DatabaseModifiedError; with very frequent commits even a
// DatabaseCorruptError or "EOF reading block"): opening again reads the new
// revision. A database that is really damaged fails after kChangedRetries.
OpenedShard OpenShard(const Shard& shard, unsigned timeout_ms) {
  for (int attempt = 1;; ++attempt) {
    OpenedShard out = OpenShardOnce(shard, timeout_ms);
    if (!out.changing || attempt >= kChangedRetries) return out;
    PauseBeforeRetry(attempt);
  }
}

}  // namespace

void PauseBeforeRetry(int attempt) {
  std::this_thread::sleep_for(std::chrono::milliseconds(std::min(1 << std::min(attempt, 6), 50)));
}

bool ShardSet::any_remote() const {
  return std::any_of(spec_.shards.begin(), spec_.shards.end(), [](const Shard& s) { return s.remote(); });
}

Result<ShardSet> ShardSet::Open(const DatabaseSpec& spec) {
  ShardSet set;
  set.spec_ = spec;
  if (spec.shards.empty()) return Status::InvalidArgument("no database: the database spec names no shard");
  Status s = set.Reconnect();
  if (!s.ok()) return s;
  return set;
}

Status ShardSet::Reconnect() {
  Xapian::Database combined;
  std::vector<Xapian::Database> parts;
  std::vector<std::string> missing, unreachable;
  size_t live = 0;
  std::string first_live;
  AnalyzerOptions analyzer;
  bool hits_in_matches = true;
  for (const Shard& shard : spec_.shards) {
    OpenedShard opened = OpenShard(shard, spec_.timeout_ms);
    if (opened.status.ok()) {
      // Every term of the set must mean the same: one analyzer for all shards.
      if (live == 0) {
        first_live = shard.Name();
        analyzer = opened.analyzer;
      } else if (opened.analyzer != analyzer) {
        return Status::InvalidArgument(shard.Name() + ": indexed with " + schema::DescribeAnalyzerOptions(opened.analyzer) +
                                       ", but " + first_live + " with " + schema::DescribeAnalyzerOptions(analyzer) +
                                       "; the shards of one database must be indexed with the same analyzer choices");
      }
      combined.add_database(opened.db);
      parts.push_back(opened.db);
      hits_in_matches = hits_in_matches && opened.version >= 4;
      ++live;
    } else if (!opened.unreachable) {
      return opened.status;
    } else {
      unreachable.push_back(opened.status.message());
      // "shard H:P is unreachable: reason" → "H:P (reason)"
      missing.push_back(shard.Name() + " (" + opened.status.message().substr(opened.status.message().find(": ") + 2) + ")");
    }
  }
  if (!unreachable.empty() && (!spec_.allow_partial || live == 0)) {
    std::string msg;
    for (const auto& m : unreachable) msg += (msg.empty() ? "" : "; ") + m;
    if (live == 0 && spec_.allow_partial) msg = "no shard is reachable: " + msg;
    return Status::IOError(msg);
  }
  db_ = combined;
  parts_ = std::move(parts);
  analyzer_ = analyzer;
  hits_in_matches_ = hits_in_matches;
  missing_ = std::move(missing);
  return Status::Ok();
}

}  // namespace kosearch
