// Fuzzes whole JSONL records through the reader and IndexWriter into a fresh
// database, committing every 1-4 articles. Records are built from the input:
// each field (id, title, date, source, url, body) omitted, null, short, long
// (a piece repeated past Xapian's term limit, a body past the 1 MiB limit),
// a number (ids), or the record a raw line of bytes (malformed JSON, invalid
// UTF-8, lone surrogates). Invariants: no exception escapes; Add fails only
// with InvalidArgument (a write error would mean Xapian refused something,
// which discards the uncommitted batch) and then leaves the article count
// unchanged; every accepted id is in the database afterwards, once; every
// term fits Xapian's limit.
#include <fuzzer/FuzzedDataProvider.h>
#include <unistd.h>
#include <xapian.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "fuzz_check.h"
#include "kosearch/extract.h"
#include "kosearch/index.h"
#include "kosearch/reader.h"
#include "index/schema.h"

namespace fs = std::filesystem;

namespace {

// One extractor for every input (each writer would load the entity model again).
std::shared_ptr<const kosearch::Extractor> SharedExtractor() {
  static const std::shared_ptr<const kosearch::Extractor> extractor = [] {
    auto made = kosearch::Extractor::Create();
    FUZZ_CHECK(made.ok());
    return std::shared_ptr<const kosearch::Extractor>(std::move(made).value());
  }();
  return extractor;
}

const fs::path& Dir() {
  static const fs::path dir = [] {
    // In memory when possible: every commit syncs, which on a disk costs more than the rest of a run.
    std::error_code ec;
    fs::path base = fs::is_directory("/dev/shm", ec) ? fs::path("/dev/shm") : fs::temp_directory_path();
    fs::path d = base / ("kosearch-fuzz-writer-" + std::to_string(::getpid()));
    fs::create_directories(d);
    std::atexit([] { std::error_code ec; fs::remove_all(Dir(), ec); });
    return d;
  }();
  return dir;
}

// Analysis of a long body is slow under the sanitizers: a repeated field is
// long enough to cross Xapian's term limit and the id, source and title
// limits; the url and body limits are crossed by fields refused before
// analysis.
constexpr size_t kLongField = 3000;
constexpr size_t kOverUrlLimit = 8193;
constexpr size_t kOverBodyLimit = (1 << 20) + 1;

std::string Repeated(FuzzedDataProvider& in, size_t max_total) {
  std::string piece = in.ConsumeRandomLengthString(16);
  if (piece.empty()) piece = "가";
  const size_t times = in.ConsumeIntegralInRange<size_t>(1, max_total / piece.size());
  std::string out;
  out.reserve(piece.size() * times);
  for (size_t i = 0; i < times; ++i) out += piece;
  return out;
}

nlohmann::json Field(FuzzedDataProvider& in, bool is_id, bool is_body) {
  switch (in.ConsumeIntegralInRange(0, is_id ? 6 : 4)) {
    case 0: return nullptr;
    case 1: return in.ConsumeRandomLengthString(64);
    case 2: return Repeated(in, kLongField);
    case 3: return in.ConsumeBool() ? std::string(is_body ? kOverBodyLimit : kOverUrlLimit, 'a') : in.ConsumeRandomLengthString(4096);
    case 4: return in.ConsumeIntegral<int64_t>();
    case 5: return in.ConsumeIntegral<uint64_t>();
    default: return in.ConsumeFloatingPoint<double>();
  }
}

std::string Record(FuzzedDataProvider& in) {
  if (in.ConsumeIntegralInRange(0, 7) == 0) return in.ConsumeRandomLengthString(512);  // raw bytes
  nlohmann::json record = nlohmann::json::object();
  for (const char* name : {"id", "title", "date", "source", "url", "body"}) {
    const bool body = std::string_view(name) == "body";
    if (!body && in.ConsumeBool()) continue;  // omitted (the body mostly present)
    record[name] = Field(in, std::string_view(name) == "id", body);
  }
  return record.dump(-1, ' ', /*ensure_ascii=*/in.ConsumeBool(), nlohmann::json::error_handler_t::replace);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  kosearch::IndexOptions options;
  options.commit_every = in.ConsumeIntegralInRange<size_t>(1, 4);
  options.extract_fields = in.ConsumeBool();
  options.positions = in.ConsumeBool();
  options.extractor = SharedExtractor();
  const fs::path input = Dir() / "input.jsonl", db = Dir() / "db";
  {
    std::ofstream out(input, std::ios::binary | std::ios::trunc);
    for (int n = 0; n < 6 && in.remaining_bytes() > 0; ++n) out << Record(in) << '\n';
  }
  fs::remove_all(db);
  std::set<std::string> accepted;
  {
    auto writer = kosearch::IndexWriter::Open(db.string(), options);
    FUZZ_CHECK(writer.ok());
    kosearch::IndexWriter& w = **writer;
    kosearch::Status read = kosearch::ReadArticles(
        {input.string()},
        [&](kosearch::Article&& a) {
          const uint64_t before = w.ArticleCount();
          auto outcome = w.Add(a);
          if (!outcome.ok()) {
            if (outcome.status().code() != kosearch::Status::Code::kInvalidArgument) {
              std::fprintf(stderr, "Add failed: %s\n", outcome.status().message().c_str());
            }
            FUZZ_CHECK(outcome.status().code() == kosearch::Status::Code::kInvalidArgument);
            FUZZ_CHECK(w.ArticleCount() == before);  // a refused article costs only itself
            return true;
          }
          accepted.insert(a.id);
          FUZZ_CHECK(w.ArticleCount() == accepted.size());
          return true;
        },
        [&](const std::string& message) { FUZZ_CHECK(message.find('\n') == std::string::npos); });
    FUZZ_CHECK(read.ok());
    FUZZ_CHECK(w.Commit().ok());
  }
  Xapian::Database xdb(db.string());
  FUZZ_CHECK(xdb.get_termfreq(kosearch::schema::Term(kosearch::schema::kKind, kosearch::schema::kKindArticle)) ==
             accepted.size());
  for (const std::string& id : accepted) FUZZ_CHECK(xdb.get_termfreq(kosearch::schema::Term(kosearch::schema::kId, id)) == 1);
  for (auto it = xdb.allterms_begin(); it != xdb.allterms_end(); ++it) FUZZ_CHECK(kosearch::schema::TermFits(*it));
  return 0;
}
