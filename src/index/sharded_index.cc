// Sharded parallel indexing (see include/kosearch/sharded_index.h): the
// caller's thread reads articles and routes each to the queue of the worker
// that owns its shard; each worker runs IndexWriter::Add for its shards.
// Reading is cheap next to cleaning, analysis and extraction (measured in
// bench/archive_results.md), so one reader feeds all workers.
#include "kosearch/sharded_index.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>

#include "index/folder_lock.h"
#include "kosearch/extract.h"
#include "index/shard_folder.h"

namespace fs = std::filesystem;

namespace kosearch {

namespace {

// A bounded queue of articles for one worker: push blocks while it holds
// `max_items` articles or `max_bytes` of body (one article always fits).
class ArticleQueue {
 public:
  struct Item {
    size_t shard;
    Article article;
  };
  ArticleQueue(size_t max_items, size_t max_bytes) : max_items_(max_items), max_bytes_(max_bytes) {}

  void Push(Item item) {
    std::unique_lock lock(mu_);
    not_full_.wait(lock, [&] { return items_.empty() || (items_.size() < max_items_ && bytes_ < max_bytes_); });
    bytes_ += item.article.body.size();
    items_.push_back(std::move(item));
    not_empty_.notify_one();
  }
  // False when the queue is closed and empty.
  bool Pop(Item* item) {
    std::unique_lock lock(mu_);
    not_empty_.wait(lock, [&] { return !items_.empty() || closed_; });
    if (items_.empty()) return false;
    *item = std::move(items_.front());
    items_.pop_front();
    bytes_ -= item->article.body.size();
    not_full_.notify_one();
    return true;
  }
  void Close() {
    std::lock_guard lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable not_empty_, not_full_;
  std::deque<Item> items_;
  size_t bytes_ = 0;
  bool closed_ = false;
  const size_t max_items_, max_bytes_;
};

// Memory model, measured (bench/archive_results.md, "Memory"): the process
// with the extractor loaded takes about kBaseMb; each worker may hold one large
// article's analysis and extraction (kWorkerMb); an article waiting for the
// next commit costs Xapian about kPendingPerBodyByte times its body (65 KB for
// a 3.2 KB body, extraction on). Shards are committed by body bytes, so the
// bound holds whatever the article sizes.
constexpr size_t kBaseMb = 100;
constexpr size_t kWorkerMb = 40;
constexpr size_t kPendingPerBodyByte = 20;
constexpr size_t kMinFlushBytes = 256 << 10;  // at most kMaxFlushBytes
// Xapian holds a batch's postings in a map of terms to maps of documents;
// once those outgrow the CPU caches every posting costs cache misses, more
// than a commit saves by merging more at once. Measured on 20k generated
// articles (bench/archive/gen_corpus.py, --shards 2 --no-fields): 200
// articles per commit took 0.82x the CPU time of 1,000 (median of 2 runs
// each); the default budget allowed about 6,600. Measured again with the
// write path of 2026-11-30 (bench/archive_results.md, "write path"): 100
// articles per shard and commit took 0.96x the CPU time of 200, and 50 took
// 1.03x (20k articles, one run each: each commit rewrites the last chunk of
// every term it touches, which costs more as the shard grows). So a shard is
// committed at this many body bytes (about 100 news articles) whatever the
// budget allows.
constexpr size_t kMaxFlushBytes = 320 << 10;
// Article count per commit when flushing by bytes: Xapian's own default
// flush threshold (documents, counting quotes), as a backstop.
constexpr size_t kBackstopCommitEvery = 10000;

}  // namespace

std::string ShardFolder(const std::string& dir, size_t shard) { return (fs::path(dir) / shard_folder::ShardName(shard)).string(); }

size_t ShardOf(std::string_view id, size_t shards) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : id) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return shards ? static_cast<size_t>(h % shards) : 0;
}

size_t ShardFlushBytes(size_t memory_mb, size_t shards, size_t jobs) {
  shards = std::max<size_t>(shards, 1);
  const size_t fixed_mb = kBaseMb + kWorkerMb * std::max<size_t>(jobs, 1);
  const size_t left = memory_mb > fixed_mb ? (memory_mb - fixed_mb) << 20 : 0;
  return std::min(std::max(left / kPendingPerBodyByte / shards, kMinFlushBytes), kMaxFlushBytes);
}

namespace {

// Checks that `dir` can take `n` shards (a new folder, or one sharded the same
// way) and opens a writer on each, before anything is written: a locked or
// foreign shard stops the run here, and so does one whose analyzer choices
// differ from the first shard's. Then writes the stub listing them.
Result<std::vector<std::unique_ptr<IndexWriter>>> OpenShardWriters(const std::string& dir, size_t n,
                                                                  IndexOptions options) {
  if (Status s = shard_folder::RepairInterruptedCompaction(dir); !s.ok()) return s;
  auto layout = InspectDatabase(dir);
  if (!layout.ok()) return layout.status();
  if (layout->kind == DatabaseLayout::Kind::kPlain) {
    return Status::InvalidArgument(dir + ": is an unsharded database; index it without --shards, or into a new folder");
  }
  if (layout->kind == DatabaseLayout::Kind::kSharded && layout->shards != n) {
    return Status::InvalidArgument(dir + ": has " + std::to_string(layout->shards) + " shards, not " +
                                   std::to_string(n) + "; use --shards " + std::to_string(layout->shards) +
                                   " (an article's shard depends on the count), or index into a new folder");
  }
  std::vector<std::unique_ptr<IndexWriter>> writers;
  for (size_t i = 0; i < n; ++i) {
    auto w = IndexWriter::Open(ShardFolder(dir, i), options);
    if (!w.ok()) return w.status();
    // A new shard takes the first shard's analyzer choices; an existing one
    // whose choices differ is refused by Open.
    if (!options.analyzer) options.analyzer = (*w)->analyzer();
    writers.push_back(std::move(w).value());
  }
  if (Status s = shard_folder::WriteStub(dir, n); !s.ok()) return s;
  return writers;
}

// What the workers of one run share: the counts, the first fatal error (an
// I/O error stops the run; a bad article is only reported) and the stop flag.
class ShardRun {
 public:
  explicit ShardRun(const ErrorSink& on_error) : on_error_(on_error) {}

  void Report(const std::string& message) {
    std::lock_guard lock(mu_);
    ++summary_.errors;
    on_error_(message);
  }
  void Fail(const Status& status) {
    std::lock_guard lock(mu_);
    if (fatal_.ok()) fatal_ = status;
    stop_ = true;
  }
  void Count(AddOutcome outcome) {
    std::lock_guard lock(mu_);
    if (outcome == AddOutcome::kAdded) {
      ++summary_.added;
    } else if (outcome == AddOutcome::kReplaced) {
      ++summary_.replaced;
    } else {
      ++summary_.unchanged;
    }
  }
  bool stopped() const { return stop_.load(); }
  const Status& fatal() const { return fatal_; }
  IndexSummary summary() const { return summary_; }

 private:
  const ErrorSink& on_error_;
  std::mutex mu_;
  IndexSummary summary_;
  Status fatal_;
  std::atomic<bool> stop_{false};
};

// Worker `j` of `jobs`: adds the articles of its queue to their shards,
// committing a shard when `flush_bytes` of body were added to it (when
// `by_bytes`), then commits the shards it owns (j, j + jobs, ...).
void RunShardWorker(size_t j, size_t jobs, ArticleQueue& queue, std::vector<std::unique_ptr<IndexWriter>>& writers,
                    bool by_bytes, size_t flush_bytes, ShardRun& run) {
  const size_t n = writers.size();
  ArticleQueue::Item item;
  std::vector<size_t> pending(n, 0);  // body bytes added since the shard's last commit
  while (queue.Pop(&item)) {
    if (run.stopped()) continue;  // drain, so the reader never blocks
    auto outcome = writers[item.shard]->Add(item.article);
    if (by_bytes && outcome.ok() && *outcome != AddOutcome::kUnchanged &&
        (pending[item.shard] += item.article.body.size()) >= flush_bytes) {
      pending[item.shard] = 0;
      if (Status st = writers[item.shard]->Commit(); !st.ok()) outcome = st;
    }
    if (outcome.ok()) {
      run.Count(*outcome);
    } else if (outcome.status().code() == Status::Code::kIOError) {
      run.Fail(outcome.status());
    } else {
      run.Report(outcome.status().message());
    }
  }
  for (size_t s = j; s < n; s += jobs) {
    if (Status st = writers[s]->Commit(); !st.ok()) run.Fail(st);
  }
}

}  // namespace

Result<IndexSummary> IndexInputsSharded(const std::string& dir, const std::vector<std::string>& inputs,
                                        const ShardedIndexOptions& options, const ErrorSink& on_error,
                                        const std::function<void(const IndexProgress&)>& on_progress) {
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };

  const size_t n = options.shards;
  if (n == 0 || n > 1000) return Status::InvalidArgument("--shards must be between 1 and 1000");
  if (Status s = CheckInputs(inputs); !s.ok()) return s;
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) return Status::IOError(dir + ": is a regular file, not a database folder");
  // Held to the end, compaction included: the folder is looked at, written
  // and merged by this run alone.
  auto folder_lock = FolderLock::Acquire(dir);
  if (!folder_lock.ok()) return folder_lock.status();

  const size_t hw = std::max(1u, std::thread::hardware_concurrency());
  const size_t jobs = std::clamp<size_t>(options.jobs ? options.jobs : std::min(n, hw), 1, n);
  // Commits by body bytes from the memory budget, unless a batch size is given.
  IndexOptions shard_options = options.index;
  const bool by_bytes = shard_options.commit_every == 0;
  const size_t flush_bytes = ShardFlushBytes(options.memory_mb, n, jobs);
  if (by_bytes) shard_options.commit_every = kBackstopCommitEvery;

  // One extractor (and entity model) for every shard.
  if (!shard_options.extractor) {
    auto extractor = Extractor::Create(shard_options.schema_dir);
    if (!extractor.ok()) return extractor.status();
    shard_options.extractor = std::move(extractor).value();
  }
  auto writers = OpenShardWriters(dir, n, shard_options);
  if (!writers.ok()) return writers.status();

  // Queued articles take at most 1/8 of the budget, shared by the workers.
  const size_t queue_bytes = std::max<size_t>(options.memory_mb * (1 << 20) / 8 / jobs, 1 << 20);
  std::vector<std::unique_ptr<ArticleQueue>> queues;
  for (size_t j = 0; j < jobs; ++j) queues.push_back(std::make_unique<ArticleQueue>(256, queue_bytes));
  ShardRun run(on_error);
  std::vector<std::thread> workers;
  for (size_t j = 0; j < jobs; ++j) {
    workers.emplace_back([&, j] { RunShardWorker(j, jobs, *queues[j], *writers, by_bytes, flush_bytes, run); });
  }

  IndexProgress progress;
  progress.total_bytes = InputBytes(inputs);
  double last_report = 0;
  Status read = ReadArticles(
      inputs, options.read,
      [&](Article&& a) {
        if (run.stopped()) return false;
        progress.bytes += a.body.size();
        ++progress.articles;
        const size_t shard = ShardOf(a.id, n);
        queues[shard % jobs]->Push({shard, std::move(a)});
        if (on_progress && elapsed() - last_report >= 0.5) {
          last_report = progress.seconds = elapsed();
          on_progress(progress);
        }
        return true;
      },
      [&](const std::string& message) { run.Report(message); });
  for (auto& q : queues) q->Close();
  for (auto& t : workers) t.join();
  writers->clear();  // closes the shards (the folder stays locked)
  if (!read.ok()) return read;
  if (!run.fatal().ok()) return run.fatal();
  IndexSummary summary = run.summary();
  if (options.compact) {
    if (Status s = shard_folder::Compact(dir, n, options.crash_at_compact_step_for_tests); !s.ok()) return s;
  } else if (options.compact_shards && summary.added + summary.replaced > 0) {
    if (Status s = shard_folder::CompactShardsInPlace(dir, n, options.crash_at_compact_step_for_tests); !s.ok()) return s;
  }
  summary.bytes = progress.bytes;
  summary.seconds = elapsed();
  return summary;
}

}  // namespace kosearch
