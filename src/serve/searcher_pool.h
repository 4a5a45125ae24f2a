// SearcherPool: Searchers shared by the threads of a server. A Searcher is
// not thread-safe, and opening one costs a database open and the alias
// table, so each is lent to one search at a time and kept for the next.
// Internal header.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

#include "kosearch/database_spec.h"
#include "kosearch/search.h"

namespace kosearch {

class SearcherPool {
 public:
  // At most `capacity` Searchers (at least one) are ever open at once.
  SearcherPool(DatabaseSpec spec, SearcherOptions options, size_t capacity);

  // A Searcher for one search, moved to the database's latest commit. Waits
  // while `capacity` are lent; opens a new one when none is free. Fails like
  // Searcher::Open or Searcher::Reopen (the Searcher is then dropped).
  class Lease {
   public:
    Lease(SearcherPool* pool, std::unique_ptr<Searcher> searcher) : pool_(pool), searcher_(std::move(searcher)) {}
    Lease(Lease&&) = default;
    ~Lease();
    Searcher& operator*() { return *searcher_; }
    Searcher* operator->() { return searcher_.get(); }

   private:
    SearcherPool* pool_;
    std::unique_ptr<Searcher> searcher_;
  };
  Result<Lease> Acquire();

 private:
  void Return(std::unique_ptr<Searcher> searcher);

  const DatabaseSpec spec_;
  const SearcherOptions options_;
  const size_t capacity_;
  std::mutex mutex_;
  std::condition_variable freed_;
  std::vector<std::unique_ptr<Searcher>> idle_;
  size_t open_ = 0;  // lent + idle
};

}  // namespace kosearch
