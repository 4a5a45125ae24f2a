// Settings are passed, recorded and read back: the analyzer's choices
// (IndexOptions::analyzer) are recorded in a database's metadata at creation,
// kept by later writers, used by every Searcher of it, and must agree across
// shards; SearcherOptions carries the schema folder and the alias table; the
// entity model is created from a schema folder and says why it cannot be.
#include <doctest/doctest.h>
#include <unistd.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>

#include "extract/entities.h"
#include "index/schema.h"
#include "kosearch/index.h"
#include "kosearch/schema_files.h"
#include "kosearch/search.h"
#include "kosearch/sharded_index.h"

namespace kosearch {
namespace {

namespace fs = std::filesystem;

fs::path FreshDir(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("kosearch-settings-test-" + std::to_string(::getpid()) + "-" + name);
  fs::remove_all(d);
  return d;
}

// Two articles with the same word, one with the object particle 를, one with
// the subject particle 가 (made-up news sentences).
const Article kWithObject{"sunflower-object", "해바라기 축제", "2025-08-01", "", "",
                          "올해도 농가들이 해바라기를 심었다. 축제는 다음 달에 열린다.", "test"};
const Article kWithSubject{"sunflower-subject", "들판 풍경", "2025-08-02", "", "",
                           "들판에 해바라기가 가득 피었다. 관광객이 몰렸다.", "test"};

AnalyzerOptions ParticlesKept() {
  AnalyzerOptions o;
  o.strip_particles = false;
  return o;
}

// A database of both articles written with `analyzer` (none: the default).
fs::path Build(const std::string& name, std::optional<AnalyzerOptions> analyzer) {
  fs::path db = FreshDir(name);
  IndexOptions options;
  options.analyzer = analyzer;
  auto writer = IndexWriter::Open(db.string(), options);
  REQUIRE_MESSAGE(writer.ok(), writer.status().ToString());
  REQUIRE((*writer)->Add(kWithObject).ok());
  REQUIRE((*writer)->Add(kWithSubject).ok());
  REQUIRE((*writer)->Commit().ok());
  return db;
}

uint64_t Total(Searcher& searcher, const std::string& query) {
  auto r = searcher.Search(query);
  REQUIRE_MESSAGE(r.ok(), r.status().ToString());
  return r->total;
}

TEST_CASE("settings: the analyzer's choices are recorded at creation and searched with") {
  const fs::path kept = Build("kept", ParticlesKept());
  const fs::path cut = Build("cut", std::nullopt);
  {
    Xapian::Database db(kept.string());
    CHECK(db.get_metadata("kosearch.particles") == "0");
    CHECK(db.get_metadata("kosearch.light_verbs") == "1");
    Xapian::Database defaults(cut.string());
    CHECK(defaults.get_metadata("kosearch.particles") == "1");
    CHECK(defaults.get_metadata("kosearch.light_verbs") == "1");
  }
  auto with_particles = Searcher::Open(kept.string());
  REQUIRE_MESSAGE(with_particles.ok(), with_particles.status().ToString());
  auto stats = (*with_particles)->Stats();
  REQUIRE(stats.ok());
  CHECK(stats->analyzer == ParticlesKept());
  // Particles kept: 를's bigram is a term, which only the first article has.
  CHECK(Total(**with_particles, "해바라기를") == 1);
  CHECK(Total(**with_particles, "해바라기") == 2);
  // Particles cut: the word is its stem in both articles.
  auto without_particles = Searcher::Open(cut.string());
  REQUIRE(without_particles.ok());
  CHECK((*without_particles)->Stats()->analyzer == AnalyzerOptions{});
  CHECK(Total(**without_particles, "해바라기를") == 2);
  fs::remove_all(kept);
  fs::remove_all(cut);
}

TEST_CASE("settings: a later writer keeps the recorded choices; asking for others is refused") {
  const fs::path db = Build("later", ParticlesKept());
  {
    auto writer = IndexWriter::Open(db.string());  // no choice given: the recorded one
    REQUIRE_MESSAGE(writer.ok(), writer.status().ToString());
    CHECK((*writer)->analyzer() == ParticlesKept());
    Article third{"sunflower-third", "화가의 그림", "2025-08-03", "", "", "화가는 해바라기를 그렸다.", "test"};
    REQUIRE((*writer)->Add(third).ok());
    REQUIRE((*writer)->Commit().ok());
  }
  IndexOptions other;
  other.analyzer = AnalyzerOptions{};
  auto refused = IndexWriter::Open(db.string(), other);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.status().code() == Status::Code::kInvalidArgument);
  CHECK(refused.status().message().find("particles kept") != std::string::npos);
  auto searcher = Searcher::Open(db.string());
  REQUIRE(searcher.ok());
  CHECK((*searcher)->ArticleCount() == 3);
  CHECK(Total(**searcher, "해바라기를") == 2);  // the third article was analyzed as the first
  fs::remove_all(db);
}

TEST_CASE("settings: a database without the keys (older) is searched with the defaults") {
  const fs::path db = Build("older", std::nullopt);
  {
    Xapian::WritableDatabase w(db.string(), Xapian::DB_OPEN);
    w.set_metadata("kosearch.particles", "");  // an empty value removes the key
    w.set_metadata("kosearch.light_verbs", "");
    w.set_metadata("kosearch.opening", "");  // older databases have none: the keys are read one by one
    w.commit();
  }
  auto searcher = Searcher::Open(db.string());
  REQUIRE(searcher.ok());
  CHECK((*searcher)->Stats()->analyzer == AnalyzerOptions{});
  CHECK(Total(**searcher, "해바라기를") == 2);
  fs::remove_all(db);
}

TEST_CASE("settings: the version and the analyzer's choices are read on opening in one look-up") {
  const fs::path db = Build("opening", ParticlesKept());
  {
    Xapian::Database r(db.string());
    CHECK(r.get_metadata("kosearch.opening") == "4 0 1");  // version, particles kept, light verbs cut
    const schema::OpeningRecord opening = schema::ReadOpeningRecord(r);
    CHECK(opening.version == "4");
    CHECK(opening.analyzer == ParticlesKept());
  }
  {
    // Only the one key is read when there: the three keys alone no longer count.
    Xapian::WritableDatabase w(db.string(), Xapian::DB_OPEN);
    w.set_metadata("kosearch.particles", "1");
    w.set_metadata("kosearch.schema_version", "");
    w.commit();
    const schema::OpeningRecord opening = schema::ReadOpeningRecord(w);
    CHECK(opening.version == "4");
    CHECK_FALSE(opening.analyzer.strip_particles);
    // Without it (a database written before the key), the three keys.
    w.set_metadata("kosearch.opening", "");
    w.set_metadata("kosearch.schema_version", "3");
    w.commit();
    const schema::OpeningRecord older = schema::ReadOpeningRecord(w);
    CHECK(older.version == "3");
    CHECK(older.analyzer.strip_particles);
  }
  fs::remove_all(db);
}

TEST_CASE("settings: shards record the same choices; a spec mixing them is refused") {
  const fs::path sharded = FreshDir("sharded");
  const fs::path input = FreshDir("input.txt");
  {
    std::ofstream(input) << kWithObject.body << "\n";
  }
  ShardedIndexOptions options;
  options.shards = 2;
  options.index.analyzer = ParticlesKept();
  auto summary = IndexInputsSharded(sharded.string(), {input.string()}, options, [](const std::string&) {}, nullptr);
  REQUIRE_MESSAGE(summary.ok(), summary.status().ToString());
  for (const char* shard : {"shard-00", "shard-01"}) {
    CAPTURE(shard);
    CHECK(Xapian::Database((sharded / shard).string()).get_metadata("kosearch.particles") == "0");
  }
  auto searcher = Searcher::Open(sharded.string());
  REQUIRE(searcher.ok());
  CHECK((*searcher)->Stats()->analyzer == ParticlesKept());

  const fs::path cut = Build("mixed-cut", std::nullopt);
  DatabaseSpec mixed;
  REQUIRE(mixed.AddLocation(sharded.string()).ok());
  REQUIRE(mixed.AddLocation(cut.string()).ok());
  auto refused = Searcher::Open(mixed);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.status().code() == Status::Code::kInvalidArgument);
  CHECK(refused.status().message().find(cut.string()) != std::string::npos);
  CHECK(refused.status().message().find("same analyzer choices") != std::string::npos);
  fs::remove_all(sharded);
  fs::remove_all(input);
  fs::remove_all(cut);
}

TEST_CASE("settings: SearcherOptions carries the alias table, or the schema folder to load it from") {
  const fs::path db = Build("aliases", std::nullopt);
  auto table = std::make_shared<AliasTable>();
  table->Add(AliasTable::Kind::kTerm, {"해바라기", "sunflower"});
  SearcherOptions options;
  options.aliases = table;
  options.schema_dir = (db / "no-schema-here").string();  // not read: the table is given
  auto searcher = Searcher::Open(db.string(), options);
  REQUIRE_MESSAGE(searcher.ok(), searcher.status().ToString());
  auto r = (*searcher)->Search("sunflower");
  REQUIRE(r.ok());
  CHECK(r->total == 2);
  options.aliases = nullptr;
  auto missing = Searcher::Open(db.string(), options);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == Status::Code::kNotFound);
  fs::remove_all(db);
}

TEST_CASE("settings: the entity model is created from a schema folder, or says why not") {
  auto dir = FindSchemaDir();
  REQUIRE_MESSAGE(dir.ok(), dir.status().ToString());
  auto model = EntityModel::Create(*dir);
  REQUIRE_MESSAGE(model.ok(), model.status().ToString());
  CHECK((*model)->model != nullptr);
  const fs::path empty = FreshDir("no-model");
  fs::create_directories(empty);
  auto missing = EntityModel::Create(empty.string());
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == Status::Code::kNotFound);
  CHECK(missing.status().message().find("model.bin") != std::string::npos);
  fs::remove_all(empty);
}

}  // namespace
}  // namespace kosearch
