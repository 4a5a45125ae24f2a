// IndexInputs: the whole "read these inputs into this database" run, with
// progress and a summary (see include/kosearch/index.h).
#include <chrono>

#include "kosearch/index.h"

namespace kosearch {

Result<IndexSummary> IndexInputs(IndexWriter& writer, const std::vector<std::string>& inputs, const ErrorSink& on_error,
                                 const std::function<void(const IndexProgress&)>& on_progress,
                                 const ReadOptions& read_options) {
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
  IndexSummary summary;
  IndexProgress progress;
  progress.total_bytes = InputBytes(inputs);
  double last_report = 0;
  Status fatal;
  auto errors = [&](const std::string& msg) {
    ++summary.errors;
    on_error(msg);
  };
  Status read = ReadArticles(
      inputs, read_options,
      [&](Article&& a) {
        progress.bytes += a.body.size();
        ++progress.articles;
        auto outcome = writer.Add(a);
        if (!outcome.ok()) {
          if (outcome.status().code() == Status::Code::kIOError) { fatal = outcome.status(); return false; }
          errors(outcome.status().message());
        } else if (*outcome == AddOutcome::kAdded) {
          ++summary.added;
        } else if (*outcome == AddOutcome::kReplaced) {
          ++summary.replaced;
        } else {
          ++summary.unchanged;
        }
        if (on_progress && elapsed() - last_report >= 0.5) {
          last_report = progress.seconds = elapsed();
          on_progress(progress);
        }
        return true;
      },
      errors);
  if (!read.ok()) return read;
  if (!fatal.ok()) return fatal;
  if (Status s = writer.Commit(); !s.ok()) return s;
  summary.bytes = progress.bytes;
  summary.seconds = elapsed();
  return summary;
}

}  // namespace kosearch
