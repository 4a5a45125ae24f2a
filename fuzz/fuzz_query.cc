// Fuzzes the query side: ParseQuestion, and Searcher::Search (query parser,
// question answering, snippets) on a small index of the bundled seed article
// and a few Wikinews articles, built once per process. A malformed query must
// come back as InvalidArgument, never as a crash or another error. Queries
// that NFKC makes longer than the limit (U+FDFA is 18 characters, the
// squared words of U+3300… 3 to 5, ligatures 2 to 3; seeds and dictionary
// have them, and Han/Hangul runs that split into many words) are refused,
// and every query finishes within a hang guard.
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "fuzz_check.h"
#include "kosearch/format.h"
#include "kosearch/index.h"
#include "kosearch/question.h"
#include "kosearch/search.h"
#include "kosearch/analyzer.h"
#include "text/unicode_text.h"

namespace fs = std::filesystem;

namespace {

// The README's limit on a query's characters, after NFKC as before it.
constexpr size_t kMaxQueryChars = 20000;
// Not a benchmark: a query takes under 2 s in a Release build (README
// "Limits"); this leaves room for the sanitizers and a busy machine, and
// catches the runaway cases (minutes) the limits exist for.
constexpr double kHangGuardSeconds = 20;

const fs::path& DbPath() {
  static const fs::path db = fs::temp_directory_path() / ("kosearch-fuzz-query-" + std::to_string(::getpid()));
  return db;
}

kosearch::Searcher* OpenSearcher() {
  const fs::path& db = DbPath();
  fs::remove_all(db);
  std::atexit([] { std::error_code ec; fs::remove_all(DbPath(), ec); });
  {
    auto writer = kosearch::IndexWriter::Open(db.string());
    FUZZ_CHECK(writer.ok());
    std::string corpus = KOSEARCH_CORPUS_DIR;
    auto summary = kosearch::IndexInputs(**writer, {corpus + "/seed"}, [](const std::string&) {}, nullptr);
    FUZZ_CHECK(summary.ok());
  }
  auto searcher = kosearch::Searcher::Open(db.string());
  FUZZ_CHECK(searcher.ok());
  return searcher->release();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static kosearch::Searcher* searcher = OpenSearcher();
  std::string_view query(reinterpret_cast<const char*>(data), size);
  kosearch::Question q = kosearch::ParseQuestion(query);
  if (!q.is_question) FUZZ_CHECK(q.speaker.empty() && q.topic.empty());

  kosearch::SearchOptions options;
  options.limit = 5;
  options.facets = {"speaker", "year"};
  const auto start = std::chrono::steady_clock::now();
  auto r = searcher->Search(query, options);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  FUZZ_CHECK(seconds < kHangGuardSeconds);
  if (kosearch::IsValidUtf8(query) && kosearch::CodePointCount(kosearch::NormalizeText(query)) > kMaxQueryChars) {
    FUZZ_CHECK(!r.ok());  // over the limit once normalised: refused, never run
  }
  if (!r.ok()) {
    FUZZ_CHECK(r.status().code() == kosearch::Status::Code::kInvalidArgument);
    FUZZ_CHECK(r.status().message().find('\n') == std::string::npos);
    return 0;
  }
  for (const kosearch::Hit& h : r->hits) {
    FUZZ_CHECK(!h.id.empty());
    for (const auto& [start, end] : h.highlights) FUZZ_CHECK(start < end && end <= h.snippet.size());
  }
  (void)kosearch::ResponseToJson(*r, true);
  // Without colour, text output has no escape character at all.
  FUZZ_CHECK(kosearch::ResponseToText(*r, 0, false, true).find('\x1b') == std::string::npos);
  return 0;
}
