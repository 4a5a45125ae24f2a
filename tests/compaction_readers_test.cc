// Readers while a writer switches a folder's layout (src/index/shard_folder.h,
// compact_in_place.cc): a reader that read a stub before the switch and looks
// for the folders it names after them are removed must still get a whole
// database, the new one. The stub here is a named pipe, so the reader stops
// inside its read of the stub while the test performs the writer's switch:
// the interleaving a loaded machine gives now and then, every time.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <thread>

#include "kosearch/database_spec.h"
#include "kosearch/index.h"
#include "kosearch/search.h"
#include "kosearch/sharded_index.h"

namespace fs = std::filesystem;
using kosearch::DatabaseSpec;

namespace {

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("kosearch-compaction-readers-" + std::to_string(::getpid()));
  TempDir() { fs::remove_all(path); fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

// A kosearch database of one article (corpus/seed) at `dir`.
void MakeDb(const fs::path& dir) {
  auto w = kosearch::IndexWriter::Open(dir.string());
  REQUIRE(w.ok());
  auto s = kosearch::IndexInputs(**w, {std::string(KOSEARCH_TEST_CORPUS) + "/seed"}, [](const std::string&) {}, nullptr);
  REQUIRE(s.ok());
}

// Moves the tables of the database `from` into `to` (beside a stub they change
// nothing a reader sees); its version file stays in `from` for the switch.
void MoveTables(const fs::path& from, const fs::path& to) {
  for (const auto& entry : fs::directory_iterator(from)) {
    if (entry.path().extension() == ".glass") fs::rename(entry.path(), to / entry.path().filename());
  }
}

// Reads `location` (DatabaseSpec::AddLocation) in a thread while its stub
// `stub` is a named pipe: once the reader has opened the stub, `switch_layout`
// runs (the writer's switch, the stub removed), then the reader gets
// `stub_text`, the stub as it was before the switch. Returns the reader's status.
kosearch::Status ReadWhileSwitching(const fs::path& location, const fs::path& stub, const std::string& stub_text,
                                    const std::function<void()>& switch_layout, DatabaseSpec* spec) {
  REQUIRE(::mkfifo(stub.c_str(), 0600) == 0);
  kosearch::Status status;
  std::thread reader([&] { status = spec->AddLocation(location.string()); });
  // Opening the write end succeeds once the reader has the read end open.
  int fd = -1;
  for (int waited = 0; fd < 0 && waited < 20000; ++waited) {
    fd = ::open(stub.c_str(), O_WRONLY | O_NONBLOCK);
    if (fd < 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  if (fd >= 0) {
    switch_layout();
    fs::remove(stub);
    CHECK(::write(fd, stub_text.data(), stub_text.size()) == static_cast<ssize_t>(stub_text.size()));
    ::close(fd);
  }
  reader.join();
  REQUIRE_MESSAGE(fd >= 0, "the reader never opened the stub");
  return status;
}

}  // namespace

TEST_CASE("a reader of the shards' stub during the merge's switch gets the merged database") {
  TempDir tmp;
  const fs::path db = tmp.path / "db", merged = tmp.path / "merged";
  MakeDb(merged);
  fs::create_directories(db);
  MoveTables(merged, db);  // kCompactStepTablesMoved: the merged tables beside the stub
  DatabaseSpec spec;
  kosearch::Status s = ReadWhileSwitching(db, db / "XAPIANDB", "auto shard-00\nauto shard-01\n", [&] {
    fs::rename(merged / "iamglass", db / "iamglass");  // the switch; the stub and the shards then go
  }, &spec);
  REQUIRE_MESSAGE(s.ok(), s.message());
  REQUIRE(spec.shards.size() == 1);
  CHECK(spec.shards[0].path == db.string());
  auto searcher = kosearch::Searcher::Open(spec);
  REQUIRE_MESSAGE(searcher.ok(), searcher.status().message());
  CHECK((*searcher)->ArticleCount() == 1);
}

TEST_CASE("a reader of a shard's in-place swap stub during its switch gets the compacted shard") {
  TempDir tmp;
  const fs::path db = tmp.path / "db", shard = db / "shard-00", copy = tmp.path / "copy";
  MakeDb(copy);
  fs::create_directories(shard);
  std::ofstream(db / "XAPIANDB") << "auto shard-00\n";
  // kCompactInPlaceStepRedirected: the shard has no version file and is read
  // through its stub naming the copy; the switch links the copy's tables and
  // version file in, then the stub and the copy go.
  DatabaseSpec spec;
  kosearch::Status s = ReadWhileSwitching(db, shard / "XAPIANDB", "auto .compact-swap\n", [&] {
    MoveTables(copy, shard);
    fs::rename(copy / "iamglass", shard / "iamglass");
  }, &spec);
  REQUIRE_MESSAGE(s.ok(), s.message());
  REQUIRE(spec.shards.size() == 1);
  CHECK(spec.shards[0].path == shard.string());
  auto searcher = kosearch::Searcher::Open(spec);
  REQUIRE_MESSAGE(searcher.ok(), searcher.status().message());
  CHECK((*searcher)->ArticleCount() == 1);
}

TEST_CASE("a stub naming a folder that is not there still fails, naming it") {
  TempDir tmp;
  fs::create_directories(tmp.path / "db");
  std::ofstream(tmp.path / "db" / "XAPIANDB") << "auto shard-00\n";
  DatabaseSpec spec;
  kosearch::Status s = spec.AddLocation((tmp.path / "db").string());
  REQUIRE_FALSE(s.ok());
  CHECK(s.code() == kosearch::Status::Code::kNotFound);
  CHECK(s.message().find("XAPIANDB:1: " + (tmp.path / "db" / "shard-00").string() + ": no such database") != std::string::npos);
  CHECK(spec.shards.empty());
}

TEST_CASE("a searcher open on the shards answers after they are compacted in place, then merged and removed") {
  TempDir tmp;
  const fs::path db = tmp.path / "db";
  kosearch::ShardedIndexOptions options;
  options.shards = 2;
  auto indexed = kosearch::IndexInputsSharded(db.string(), {std::string(KOSEARCH_TEST_CORPUS) + "/seed"}, options,
                                              [](const std::string&) {}, nullptr);
  REQUIRE_MESSAGE(indexed.ok(), indexed.status().message());
  auto searcher = kosearch::Searcher::Open(db.string());
  REQUIRE_MESSAGE(searcher.ok(), searcher.status().message());
  REQUIRE((*searcher)->ArticleCount() == 1);
  // Each shard's tables replaced by the compacted ones.
  REQUIRE(kosearch::CompactDatabase(db.string()).ok());
  kosearch::Status s = (*searcher)->Reopen();
  REQUIRE_MESSAGE(s.ok(), s.message());
  CHECK((*searcher)->ArticleCount() == 1);
  // The shards merged into the folder and removed (what kosearch-index --compact does).
  REQUIRE(kosearch::CompactShards(db.string()).ok());
  REQUIRE_FALSE(fs::exists(db / "shard-00"));
  s = (*searcher)->Reopen();
  REQUIRE_MESSAGE(s.ok(), s.message());
  CHECK((*searcher)->ArticleCount() == 1);
  auto r = (*searcher)->Search("옴니버스");
  REQUIRE_MESSAGE(r.ok(), r.status().message());
  CHECK(r->total == 1);
}
