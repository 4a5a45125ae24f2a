// The on-disk layout of a sharded database folder and its changes: the shard
// names, the stub DIR/XAPIANDB listing them, and the compaction that merges
// the shards into one database in DIR. Every change is crash-safe: a reader
// (and a writer after a crash) finds either the old layout or the new one.
// Internal header; callers hold the folder's lock (folder_lock.h).
//
// The compaction swap relies on Xapian's rule for a folder: it is a glass
// database when it holds the version file `iamglass`, else a stub when it
// holds XAPIANDB. The merged tables are moved into DIR beside the stub (which
// still wins), and renaming `iamglass` into DIR is the one atomic switch.
#pragma once

#include <xapian.h>

#include <csignal>
#include <cstddef>
#include <filesystem>
#include <string>

#include "kosearch/status.h"

namespace kosearch::shard_folder {

inline constexpr char kStubFile[] = "XAPIANDB";
// Xapian's version file: a folder holding it is a glass database (the stub beside it is ignored).
inline constexpr char kVersionFile[] = "iamglass";

// fsync of a file or folder, so a rename that follows cannot land before its data.
Status Sync(const std::filesystem::path& path);

// Given to Xapian's compaction, which reports each table it writes: with
// `crash`, the process kills itself (SIGKILL) at the first report, leaving a
// partial output (the tests' crash "while Xapian writes").
class CrashingCompactor : public Xapian::Compactor {
 public:
  explicit CrashingCompactor(bool crash) : crash_(crash) {}
  void set_status(const std::string&, const std::string&) override {
    if (crash_) std::raise(SIGKILL);
  }

 private:
  bool crash_;
};

// "shard-00", "shard-01", …
std::string ShardName(size_t i);

// Writes DIR/XAPIANDB listing `shards` shards: temporary file, fsync, rename,
// fsync of DIR.
Status WriteStub(const std::string& dir, size_t shards);
// Writes DIR/XAPIANDB with `text` the same way.
Status WriteStubText(const std::string& dir, const std::string& text);

// Merges the `shards` shards of DIR into one database in DIR, then removes
// the stub and the shards. With 1 ≤ crash_at_step ≤ kCompactionSteps (see
// sharded_index.h) the process kills itself (SIGKILL) at that step: for tests.
Status Compact(const std::string& dir, size_t shards, int crash_at_step);

// Finishes the cleanup of a compaction that was interrupted after its switch,
// or removes what one left before it; nothing when none was interrupted.
// Repairs an interrupted CompactInPlace of DIR too.
Status RepairInterruptedCompaction(const std::string& dir);

// Compacts the one database in DIR (a plain database or a shard) in place,
// keeping its document ids (compact_in_place.cc). A reader, and a writer
// after a crash, finds the old database or the compacted one, never a mix.
// With crash_at_step one of kCompactInPlaceStep… (sharded_index.h) the
// process kills itself (SIGKILL) at that step: for tests.
Status CompactInPlace(const std::string& dir, int crash_at_step);
// Finishes a CompactInPlace of DIR interrupted after DIR began to read the
// compacted copy, or removes what one left before; nothing when none was.
Status RepairInterruptedCompactInPlace(const std::string& dir);
// CompactInPlace of each of the `shards` shards of DIR, each under its own
// lock (the caller holds DIR's).
Status CompactShardsInPlace(const std::string& dir, size_t shards, int crash_at_step);
// True while DIR is read through the stub of an interrupted CompactInPlace.
bool IsInterruptedCompactInPlace(const std::string& dir);

}  // namespace kosearch::shard_folder
