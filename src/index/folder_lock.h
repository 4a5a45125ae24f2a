// FolderLock: the write lock of a kosearch database folder, DIR/kosearch.lock
// (flock), held by every writer for its whole run: a plain IndexWriter, a
// sharded run including its compaction. Taken before the writer decides
// whether DIR is plain or sharded, so two writers starting on the same new
// folder cannot both create it. While held, DIR/kosearch.lock-info says
// "pid N since TIME", so the refused writer can name the holder.
// Internal header.
//
// Thread-safety: a FolderLock is owned by one thread; locks taken twice in one
// process conflict like locks of two processes (flock on separate opens).
#pragma once

#include <string>

#include "kosearch/status.h"

namespace kosearch {

class FolderLock {
 public:
  // Creates `dir` (and missing parents) if needed and takes its lock without
  // waiting. Fails with Locked "DIR: database is locked by kosearch-index pid
  // N since TIME; wait for it to finish" when another writer holds it, IOError
  // when the folder or lock file cannot be created.
  static Result<FolderLock> Acquire(const std::string& dir);

  FolderLock() = default;
  FolderLock(FolderLock&& other) noexcept;
  FolderLock& operator=(FolderLock&& other) noexcept;
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;
  ~FolderLock();  // removes the lock info, then releases the lock

 private:
  void Release();
  std::string dir_;
  int fd_ = -1;
};

// "DIR: database is locked by …; wait for it to finish", naming the holder
// from DIR/kosearch.lock-info when that process still runs.
std::string LockedMessage(const std::string& dir);

}  // namespace kosearch
