// ShardPool (see shard_pool.h): the pool threads, their copies of the
// combined database, and the posting source that keeps a match to one shard.
#include "search/shard_pool.h"

#include <algorithm>
#include <set>

namespace kosearch {

namespace {

// Every document of the sub-databases whose UUIDs are in `uuids_`, none of
// the others'. Xapian calls init() with each sub-database of the searched
// database in turn (a clone for each), so the match of another shard sees
// an empty list and stops at once. Docids run 1..last without checking
// that each exists: the source is only ever AND-ed with a real query, whose
// other lists name existing documents. It adds no weight (OP_FILTER).
class OnlyShardSource final : public Xapian::PostingSource {
 public:
  explicit OnlyShardSource(std::vector<std::string> uuids) : uuids_(std::move(uuids)) {}
  OnlyShardSource* clone() const override { return new OnlyShardSource(uuids_); }
  std::string name() const override { return "kosearch::OnlyShardSource"; }
  void init(const Xapian::Database& db) override {
    const bool mine = std::find(uuids_.begin(), uuids_.end(), db.get_uuid()) != uuids_.end();
    last_ = mine ? db.get_lastdocid() : 0;
    count_ = mine ? db.get_doccount() : 0;
    current_ = 0;
  }
  Xapian::doccount get_termfreq_min() const override { return count_; }
  Xapian::doccount get_termfreq_est() const override { return count_; }
  Xapian::doccount get_termfreq_max() const override { return count_; }
  void next(double) override { ++current_; }
  void skip_to(Xapian::docid did, double) override { current_ = std::max(current_, did); }
  bool at_end() const override { return current_ > last_; }
  Xapian::docid get_docid() const override { return current_; }

 private:
  std::vector<std::string> uuids_;
  Xapian::docid last_ = 0, current_ = 0;
  Xapian::doccount count_ = 0;
};

}  // namespace

std::unique_ptr<ShardPool> ShardPool::Start(const std::vector<Xapian::Database>& shards,
                                            const std::vector<std::string>& paths, unsigned threads) {
  const size_t use = std::min<size_t>(shards.size(), threads);
  if (use < 2 || paths.size() != shards.size()) return nullptr;
  std::unique_ptr<ShardPool> pool(new ShardPool());
  std::set<std::string> seen;
  pool->groups_.resize(use);
  for (size_t i = 0; i < shards.size(); ++i) {
    if (shards[i].size() != 1) return nullptr;  // a stub of several databases as one shard
    std::string uuid = shards[i].get_uuid();
    if (uuid.empty() || !seen.insert(uuid).second) return nullptr;
    pool->groups_[i % use].push_back(std::move(uuid));
  }
  pool->copies_.resize(use - 1);
  for (Copy& copy : pool->copies_) {
    for (const std::string& path : paths) {
      copy.shards.emplace_back(path);
      copy.combined.add_database(copy.shards.back());
    }
  }
  for (size_t t = 0; t < pool->copies_.size(); ++t) pool->threads_.emplace_back(&ShardPool::Work, pool.get(), t);
  return pool;
}

ShardPool::~ShardPool() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  wake_.notify_all();
  for (std::thread& t : threads_) t.join();
}

Xapian::Query ShardPool::OnlyGroup(const std::string& serialised, size_t group) const {
  auto* source = new OnlyShardSource(groups_[group]);
  return Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query::unserialise(serialised),
                       Xapian::Query(source->release()));
}

bool ShardPool::SameRevisions(const std::vector<Xapian::Database>& shards) const {
  for (const Copy& copy : copies_) {
    if (copy.shards.size() != shards.size()) return false;
    for (size_t i = 0; i < shards.size(); ++i) {
      if (copy.shards[i].get_revision() != shards[i].get_revision()) return false;
    }
  }
  return true;
}

bool ShardPool::InStep(const std::vector<Xapian::Database>& shards) {
  if (SameRevisions(shards)) return true;
  for (Copy& copy : copies_) copy.combined.reopen();  // the pool threads are idle between rounds
  return SameRevisions(shards);
}

bool ShardPool::RunNext(const Xapian::Database& db) {
  size_t group;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!job_ || next_ >= groups_.size()) return false;
    group = next_++;
  }
  std::exception_ptr error;
  try {
    (*job_)(group, db);
  } catch (...) {
    error = std::current_exception();
  }
  std::lock_guard<std::mutex> lock(mu_);
  if (error && !error_) error_ = error;
  if (--unfinished_ == 0) done_.notify_all();
  return true;
}

void ShardPool::Work(size_t thread) {
  unsigned long long seen = 0;
  for (;;) {
    {
      std::unique_lock<std::mutex> lock(mu_);
      wake_.wait(lock, [&] { return stop_ || round_ != seen; });
      if (stop_) return;
      seen = round_;
    }
    while (RunNext(copies_[thread].combined)) {
    }
  }
}

void ShardPool::ForEachGroup(const Xapian::Database& own, const std::function<void(size_t, const Xapian::Database&)>& job) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    job_ = &job;
    next_ = 0;
    unfinished_ = groups_.size();
    error_ = nullptr;
    ++round_;
  }
  wake_.notify_all();
  while (RunNext(own)) {
  }
  std::exception_ptr error;
  {
    std::unique_lock<std::mutex> lock(mu_);
    done_.wait(lock, [&] { return unfinished_ == 0; });
    job_ = nullptr;
    error = error_;
  }
  if (error) std::rethrow_exception(error);
}

}  // namespace kosearch
