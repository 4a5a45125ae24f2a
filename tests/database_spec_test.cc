// DatabaseSpec: database folders, stub files (auto/glass/remote lines,
// relative paths, nesting, comments) and HOST:PORT names into shards; and a
// Searcher over a spec with an unreachable remote shard (fails naming it, or
// leaves it out with allow_partial).
#include "kosearch/database_spec.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "kosearch/index.h"
#include "kosearch/search.h"

namespace fs = std::filesystem;
using kosearch::DatabaseSpec;

namespace {

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("kosearch-spec-test-" + std::to_string(::getpid()));
  TempDir() { fs::remove_all(path); fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

void Write(const fs::path& p, const std::string& text) {
  std::ofstream(p) << text;
}

// A tiny kosearch database (one article) at `dir`.
void MakeDb(const fs::path& dir) {
  auto w = kosearch::IndexWriter::Open(dir.string());
  REQUIRE(w.ok());
  auto s = kosearch::IndexInputs(**w, {std::string(KOSEARCH_TEST_CORPUS) + "/seed"}, [](const std::string&) {}, nullptr);
  REQUIRE(s.ok());
}

// A port on 127.0.0.1 nobody listens on (connecting is refused at once).
constexpr uint16_t kClosedPort = 1;

}  // namespace

TEST_CASE("remote shards: host:port, [v6]:port; bad ports are refused") {
  DatabaseSpec spec;
  REQUIRE(spec.AddRemote("10.0.0.7:33333").ok());
  REQUIRE(spec.AddRemote("[::1]:4000").ok());
  REQUIRE(spec.shards.size() == 2);
  CHECK(spec.shards[0].remote());
  CHECK(spec.shards[0].host == "10.0.0.7");
  CHECK(spec.shards[0].port == 33333);
  CHECK(spec.shards[1].host == "::1");
  CHECK(spec.shards[1].Name() == "[::1]:4000");
  CHECK(spec.Describe() == "10.0.0.7:33333, [::1]:4000");
  for (const char* bad : {"host", "host:", ":80", "host:0", "host:65536", "host:8x", "::1:80"}) {
    CAPTURE(bad);
    kosearch::Status s = spec.AddRemote(bad);
    CHECK(s.code() == kosearch::Status::Code::kInvalidArgument);
  }
  CHECK(spec.shards.size() == 2);
}

TEST_CASE("locations: a database folder, a stub file, a folder holding XAPIANDB") {
  TempDir tmp;
  MakeDb(tmp.path / "shard-00");
  MakeDb(tmp.path / "shard-01");

  DatabaseSpec folder;
  REQUIRE(folder.AddLocation((tmp.path / "shard-00").string()).ok());
  REQUIRE(folder.shards.size() == 1);
  CHECK_FALSE(folder.shards[0].remote());

  // Relative paths are relative to the stub; comments and blank lines skipped.
  Write(tmp.path / "all.stub", "# shards\n\nauto shard-00\nglass " + (tmp.path / "shard-01").string() +
                                   "\nremote 127.0.0.1:33333\r\n");
  DatabaseSpec stub;
  REQUIRE(stub.AddLocation((tmp.path / "all.stub").string()).ok());
  REQUIRE(stub.shards.size() == 3);
  CHECK(stub.shards[0].path == (tmp.path / "shard-00").string());
  CHECK(stub.shards[1].path == (tmp.path / "shard-01").string());
  CHECK(stub.shards[2].Name() == "127.0.0.1:33333");

  // A folder with a stub (what kosearch-index --shards writes), and a stub naming a stub.
  fs::create_directories(tmp.path / "sharded");
  Write(tmp.path / "sharded" / "XAPIANDB", "auto ../shard-00\nauto ../shard-01\n");
  Write(tmp.path / "outer.stub", "auto sharded\nremote example.org:4000\n");
  DatabaseSpec nested;
  REQUIRE(nested.AddLocation((tmp.path / "outer.stub").string()).ok());
  REQUIRE(nested.shards.size() == 3);
  CHECK(nested.shards[1].path == (tmp.path / "shard-01").string());
  CHECK(nested.shards[2].host == "example.org");

  // Searching the folder stub gives the articles of both shards.
  auto searcher = kosearch::Searcher::Open((tmp.path / "sharded").string());
  REQUIRE_MESSAGE(searcher.ok(), searcher.status().message());
  CHECK((*searcher)->ArticleCount() == 2);
}

TEST_CASE("locations: bad stubs name the file and line; loops end") {
  TempDir tmp;
  auto error = [&](const std::string& text) {
    Write(tmp.path / "bad.stub", text);
    DatabaseSpec spec;
    kosearch::Status s = spec.AddLocation((tmp.path / "bad.stub").string());
    REQUIRE_FALSE(s.ok());
    CHECK(spec.shards.empty());
    return s.message();
  };
  CHECK(error("auto\n").find("bad.stub:1") != std::string::npos);
  CHECK(error("# c\ninmemory\n").find("bad.stub:2") != std::string::npos);
  CHECK(error("remote :xapian-progsrv /db\n").find("xapian-tcpsrv") != std::string::npos);
  CHECK(error("remote nohost\n").find("HOST:PORT") != std::string::npos);
  CHECK(error("auto missing\n").find("no such database") != std::string::npos);
  CHECK(error("auto bad.stub\n").find("loop") != std::string::npos);

  DatabaseSpec spec;
  kosearch::Status s = spec.AddLocation((tmp.path / "nothing").string());
  CHECK(s.code() == kosearch::Status::Code::kNotFound);
}

TEST_CASE("an unreachable remote shard fails the open, or is left out with allow_partial") {
  TempDir tmp;
  MakeDb(tmp.path / "local");
  DatabaseSpec spec;
  REQUIRE(spec.AddLocation((tmp.path / "local").string()).ok());
  REQUIRE(spec.AddRemote("127.0.0.1:" + std::to_string(kClosedPort)).ok());
  spec.timeout_ms = 2000;

  auto failed = kosearch::Searcher::Open(spec);
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.status().code() == kosearch::Status::Code::kIOError);
  CHECK(failed.status().message().find("shard 127.0.0.1:1 is unreachable") == 0);

  spec.allow_partial = true;
  auto partial = kosearch::Searcher::Open(spec);
  REQUIRE_MESSAGE(partial.ok(), partial.status().message());
  auto r = (*partial)->Search("옴니버스");
  REQUIRE(r.ok());
  CHECK(r->hits.size() == 1);
  REQUIRE(r->missing_shards.size() == 1);
  CHECK(r->missing_shards[0].find("127.0.0.1:1 (") == 0);

  // With no shard left, even allow_partial fails.
  DatabaseSpec none;
  none.allow_partial = true;
  REQUIRE(none.AddRemote("127.0.0.1:" + std::to_string(kClosedPort)).ok());
  auto nothing = kosearch::Searcher::Open(none);
  REQUIRE_FALSE(nothing.ok());
  CHECK(nothing.status().message().find("no shard is reachable") == 0);
}
