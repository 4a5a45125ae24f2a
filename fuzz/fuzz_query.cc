// Fuzzes the query side: ParseQuestion, and Searcher::Search (query parser,
// question answering, snippets) on a small index of the bundled seed article
// and a few Wikinews articles, built once per process. A malformed query must
// come back as InvalidArgument, never as a crash or another error.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "fuzz_check.h"
#include "kosearch/format.h"
#include "kosearch/index.h"
#include "kosearch/question.h"
#include "kosearch/search.h"

namespace fs = std::filesystem;

namespace {

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
  auto r = searcher->Search(query, options);
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
  (void)kosearch::ResponseToText(*r, 0, false, true);
  return 0;
}
