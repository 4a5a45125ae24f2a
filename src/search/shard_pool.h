// ShardPool: the threads that match a query's shards side by side. Xapian
// 1.4 matches the sub-databases of a combined database one after another in
// one thread; here each thread runs its own Enquire over its own copy of the
// SAME combined database (Xapian objects must not be shared between
// threads), restricted to the documents of its group of shards (OnlyGroup:
// with fewer threads than shards, a thread's group holds several). Collection
// statistics, and so every BM25 weight, are those of the whole database;
// only the documents examined differ. The caller merges the per-shard
// results (parallel_match.h). Local shards only: remote shards already match
// on their servers. Internal header.
//
// Thread-safety: one caller at a time (like the Searcher owning it).
#pragma once

#include <xapian.h>

#include <condition_variable>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace kosearch {

class ShardPool {
 public:
  // The threads for `shards` (the live local shards, opened, in the order of
  // the combined database; `paths` their folders): min(shards, threads)
  // groups of shards, one per thread, the caller's thread being one of them.
  // Null when that leaves no pool thread (one shard or one thread) or two
  // shards share a Xapian UUID (a copied folder: OnlyGroup could not tell
  // them apart). The copies may
  // read a later revision than `shards` (a commit in between): InStep tells.
  // May throw Xapian::Error (opening the copies).
  static std::unique_ptr<ShardPool> Start(const std::vector<Xapian::Database>& shards,
                                          const std::vector<std::string>& paths, unsigned threads);
  ~ShardPool();
  ShardPool(const ShardPool&) = delete;
  ShardPool& operator=(const ShardPool&) = delete;

  size_t groups() const { return groups_.size(); }
  // The query `serialised` (Query::serialise) restricted to the documents of
  // the shards of group `group`: AND-ed with a posting source that is empty
  // in every other sub-database (so their posting lists end at once) and
  // adds no weight.
  // Rebuilt from its serialised form so that each thread has Query objects
  // of its own: their reference counts are not atomic, so two threads must
  // never copy one Query. Posting sources in it must be Xapian's own
  // (the default Registry). May throw Xapian::Error.
  Xapian::Query OnlyGroup(const std::string& serialised, size_t group) const;

  // Runs job(group, db) once for every group, on the pool's threads (each
  // with its own copy of the combined database) and on the caller's, with
  // `own` (the caller's database, at the same revision). Returns when all
  // are done; rethrows the first exception a job threw.
  void ForEachGroup(const Xapian::Database& own, const std::function<void(size_t, const Xapian::Database&)>& job);

  // Whether every thread's copy reads the same revision of every shard as
  // `shards` (the caller's, as given to Start); if not, reopens the copies
  // and checks again. Out of step (a commit landed in between), the caller
  // matches alone. May throw Xapian::Error.
  bool InStep(const std::vector<Xapian::Database>& shards);

 private:
  struct Copy {
    Xapian::Database combined;
    std::vector<Xapian::Database> shards;  // sharing combined's sub-databases
  };
  ShardPool() = default;
  bool SameRevisions(const std::vector<Xapian::Database>& shards) const;
  void Work(size_t thread);
  // Takes the next group of the current round and runs it on `db`; false when none is left.
  bool RunNext(const Xapian::Database& db);

  std::vector<std::vector<std::string>> groups_;  // the shards' UUIDs, by group
  std::vector<Copy> copies_;  // one per pool thread
  std::vector<std::thread> threads_;
  std::mutex mu_;
  std::condition_variable wake_, done_;
  const std::function<void(size_t, const Xapian::Database&)>* job_ = nullptr;
  size_t next_ = 0, unfinished_ = 0;
  unsigned long long round_ = 0;
  bool stop_ = false;
  std::exception_ptr error_;
};

}  // namespace kosearch
