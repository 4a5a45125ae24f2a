// One writer per database folder (src/index/folder_lock.h): a plain writer refuses
// a sharded folder, a compaction is refused while a writer holds the folder,
// a planted lock-info symlink is never followed, and the repair of an
// interrupted compaction (src/index/shard_folder.h) keeps the side of the switch
// the folder is on.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "index/folder_lock.h"
#include "kosearch/index.h"
#include "kosearch/search.h"
#include "kosearch/sharded_index.h"
#include "index/shard_folder.h"

namespace fs = std::filesystem;

namespace {

fs::path FreshDir(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("kosearch-folder-lock-" + std::to_string(::getpid()) + "-" + name);
  fs::remove_all(d);
  return d;
}

std::string Slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

const std::string kSeed = std::string(KOSEARCH_TEST_CORPUS) + "/seed";

// A sharded folder with the seed article in it.
fs::path Sharded(const std::string& name) {
  fs::path db = FreshDir(name);
  kosearch::ShardedIndexOptions options;
  options.shards = 2;
  auto summary = kosearch::IndexInputsSharded(db.string(), {kSeed}, options, [](const std::string&) {}, nullptr);
  REQUIRE(summary.ok());
  REQUIRE(summary->added == 1);
  return db;
}

uint64_t Articles(const fs::path& db) {
  auto searcher = kosearch::Searcher::Open(db.string());
  REQUIRE(searcher.ok());
  return (*searcher)->ArticleCount();
}

}  // namespace

TEST_CASE("a plain writer refuses a sharded folder; a compaction is refused while a writer holds it") {
  fs::path db = Sharded("sharded");
  auto writer = kosearch::IndexWriter::Open(db.string());
  REQUIRE_FALSE(writer.ok());
  CHECK(writer.status().code() == kosearch::Status::Code::kInvalidArgument);
  CHECK(writer.status().message() ==
        db.string() + ": is a sharded database (2 shards); index it with kosearch-index --db, which keeps its shards");
  {
    auto held = kosearch::FolderLock::Acquire(db.string());
    REQUIRE(held.ok());
    kosearch::Status s = kosearch::CompactShards(db.string());
    CHECK(s.code() == kosearch::Status::Code::kLocked);
    CHECK(s.message().rfind(db.string() + ": database is locked by kosearch-index pid " + std::to_string(::getpid()), 0) == 0);
    CHECK(fs::exists(db / "XAPIANDB"));
  }
  REQUIRE(kosearch::CompactShards(db.string()).ok());
  CHECK(fs::exists(db / "iamglass"));
  CHECK_FALSE(fs::exists(db / "XAPIANDB"));
  CHECK_FALSE(fs::exists(db / "shard-00"));
  CHECK(Articles(db) == 1);
  fs::remove_all(db);
}

TEST_CASE("the lock info appears whole: written under a temporary name that a planted symlink cannot redirect") {
  fs::path db = FreshDir("temporary");
  fs::create_directories(db);
  const fs::path target = FreshDir("temporary-target.txt");
  std::ofstream(target) << "precious\n";
  fs::create_symlink(target, db / "kosearch.lock-info.tmp");
  {
    auto writer = kosearch::IndexWriter::Open(db.string());
    REQUIRE(writer.ok());
    CHECK(Slurp(db / "kosearch.lock-info").rfind("pid " + std::to_string(::getpid()) + " since ", 0) == 0);
    CHECK_FALSE(fs::exists(fs::symlink_status(db / "kosearch.lock-info.tmp")));
  }
  CHECK(Slurp(target) == "precious\n");
  fs::remove_all(db);
  fs::remove(target);
}

TEST_CASE("a planted lock-info symlink is replaced, never written through") {
  fs::path db = FreshDir("symlink");
  fs::create_directories(db);
  const fs::path target = FreshDir("symlink-target.txt");
  std::ofstream(target) << "precious\n";
  fs::create_symlink(target, db / "kosearch.lock-info");
  {
    auto writer = kosearch::IndexWriter::Open(db.string());
    REQUIRE(writer.ok());
    CHECK_FALSE(fs::is_symlink(db / "kosearch.lock-info"));
    CHECK(Slurp(db / "kosearch.lock-info").rfind("pid " + std::to_string(::getpid()) + " since ", 0) == 0);
  }
  CHECK(Slurp(target) == "precious\n");
  CHECK_FALSE(fs::exists(fs::symlink_status(db / "kosearch.lock-info")));
  fs::remove_all(db);
  fs::remove(target);
}

TEST_CASE("repairing an interrupted compaction keeps the side of the switch the folder is on") {
  SUBCASE("before the switch: the merged tables beside the stub go, the shards stay") {
    fs::path db = Sharded("before");
    fs::create_directories(db / ".compact-tmp");
    std::ofstream(db / "postlist.glass") << "partial";
    REQUIRE(kosearch::shard_folder::RepairInterruptedCompaction(db.string()).ok());
    CHECK_FALSE(fs::exists(db / "postlist.glass"));
    CHECK_FALSE(fs::exists(db / ".compact-tmp"));
    CHECK(fs::exists(db / "shard-01"));
    CHECK(Articles(db) == 1);
    fs::remove_all(db);
  }
  SUBCASE("nothing interrupted: nothing is removed") {
    fs::path db = Sharded("intact");
    std::ofstream(db / "notes.glass") << "not ours to judge";
    REQUIRE(kosearch::shard_folder::RepairInterruptedCompaction(db.string()).ok());
    CHECK(fs::exists(db / "notes.glass"));
    fs::remove_all(db);
  }
}
