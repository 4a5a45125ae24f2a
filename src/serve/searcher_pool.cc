// SearcherPool (searcher_pool.h): lends Searchers to concurrent searches.
#include "serve/searcher_pool.h"

#include <algorithm>

namespace kosearch {

SearcherPool::SearcherPool(DatabaseSpec spec, SearcherOptions options, size_t capacity)
    : spec_(std::move(spec)), options_(std::move(options)), capacity_(std::max<size_t>(capacity, 1)) {}

SearcherPool::Lease::~Lease() {
  if (searcher_) pool_->Return(std::move(searcher_));
}

void SearcherPool::Return(std::unique_ptr<Searcher> searcher) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    idle_.push_back(std::move(searcher));
  }
  freed_.notify_one();
}

Result<SearcherPool::Lease> SearcherPool::Acquire() {
  std::unique_ptr<Searcher> searcher;
  {
    std::unique_lock<std::mutex> lock(mutex_);
    freed_.wait(lock, [&] { return !idle_.empty() || open_ < capacity_; });
    if (!idle_.empty()) {
      searcher = std::move(idle_.back());
      idle_.pop_back();
    } else {
      ++open_;  // reserved now, opened outside the lock
    }
  }
  // One that was idle may be behind the database: a write since is seen now.
  Status status = searcher ? searcher->Reopen() : Status::Ok();
  if (!searcher) {
    auto opened = Searcher::Open(spec_, options_);
    if (opened.ok()) searcher = std::move(*opened);
    else status = opened.status();
  }
  if (!status.ok()) {
    searcher.reset();
    {
      std::lock_guard<std::mutex> lock(mutex_);
      --open_;
    }
    freed_.notify_one();
    return status;
  }
  return Lease(this, std::move(searcher));
}

}  // namespace kosearch
