// Where the schema folder is found (schema_files.h) and what every entry
// point does when it is missing or malformed: a Status naming the file, never
// an extractor without aliases or entity model.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "kosearch/aliases.h"
#include "kosearch/extract.h"
#include "kosearch/index.h"
#include "kosearch/schema_files.h"
#include "kosearch/search.h"

namespace kosearch {
namespace {

namespace fs = std::filesystem;

const char* kArticle =
    "최태원 SK그룹 회장은 \"엔비디아의 옴니버스 툴을 활용해 "
    "제조 공정을 바꾸겠다\"고 말했다.";

// A scratch folder, removed at the end of the test.
struct TempDir {
  fs::path path = fs::temp_directory_path() / ("kosearch-schema-test-" + std::to_string(::getpid()));
  TempDir() {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
};

void Write(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
}

TEST_CASE("schema: the default folder holds the alias table and the entity model") {
  auto dir = FindSchemaDir();
  REQUIRE_MESSAGE(dir.ok(), dir.status().ToString());
  CHECK(fs::is_regular_file(fs::path(*dir) / "aliases.tsv"));
  CHECK(fs::is_regular_file(fs::path(*dir) / "ner" / "model.bin"));
  auto aliases = AliasTable::LoadFromSchema();
  REQUIRE_MESSAGE(aliases.ok(), aliases.status().ToString());
  CHECK((*aliases)->Find("Samsung") == (*aliases)->Find("삼성"));
  CHECK((*aliases)->Find("삼성") != nullptr);
}

TEST_CASE("schema: organizations English news names reach their Korean names") {
  auto aliases = AliasTable::LoadFromSchema();
  REQUIRE_MESSAGE(aliases.ok(), aliases.status().ToString());
  for (const auto& names : std::vector<std::pair<std::string, std::string>>{
           {"Korean Air", "대한항공"}, {"KCTU", "민주노총"}, {"Anti-Corruption and Civil Rights Commission", "국민권익위원회"},
           {"Defense Acquisition Program Administration", "방사청"}, {"Financial Times", "파이낸셜타임스"}, {"Hamas", "하마스"}}) {
    const std::string& english = names.first;
    CAPTURE(english);
    REQUIRE((*aliases)->Find(english) != nullptr);
    CHECK((*aliases)->Find(english) == (*aliases)->Find(names.second));
  }
}

TEST_CASE("schema: a folder given explicitly is used, and must hold a schema") {
  TempDir tmp;
  fs::path copy = tmp.path / "schema";
  fs::copy(*FindSchemaDir(), copy, fs::copy_options::recursive);
  auto found = FindSchemaDir(copy.string());
  REQUIRE(found.ok());
  CHECK(*found == copy.string());
  // A copy extracts like the original: the speaker, and PS/OG entities from the model.
  auto extractor = Extractor::Create(copy.string());
  REQUIRE_MESSAGE(extractor.ok(), extractor.status().ToString());
  Extraction x = (*extractor)->Extract(kArticle);
  REQUIRE(x.quotes.size() == 1);
  CHECK(x.quotes[0].speaker == "최태원");
  bool person = false;
  for (const Entity& e : x.entities) person = person || (e.type == "PS" && e.text == "최태원");
  CHECK(person);

  auto missing = FindSchemaDir((tmp.path / "nowhere").string());
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == Status::Code::kNotFound);
  CHECK(missing.status().message().find("nowhere: not a kosearch schema folder") != std::string::npos);
}

TEST_CASE("schema: a missing model or a malformed file is an error, not a silent loss") {
  TempDir tmp;
  fs::path schema = tmp.path / "schema";
  Write(schema / "aliases.tsv", "org\t삼성\tSamsung\n");

  // No ner/model.bin: the extractor, and so the writer, refuse to start.
  auto no_model = Extractor::Create(schema.string());
  REQUIRE_FALSE(no_model.ok());
  CHECK(no_model.status().code() == Status::Code::kNotFound);
  CHECK(no_model.status().message().find("model.bin") != std::string::npos);
  IndexOptions options;
  options.schema_dir = schema.string();
  fs::path db = tmp.path / "db";
  auto writer = IndexWriter::Open(db.string(), options);
  REQUIRE_FALSE(writer.ok());
  CHECK(writer.status().message().find("model.bin") != std::string::npos);
  CHECK_FALSE(fs::exists(db));  // nothing created

  // A model that cannot be decoded.
  Write(schema / "ner" / "model.bin", "not a model");
  auto corrupt = Extractor::Create(schema.string());
  REQUIRE_FALSE(corrupt.ok());
  CHECK(corrupt.status().code() == Status::Code::kCorruption);

  // A malformed alias line, named by path:line, for the writer and the searcher.
  Write(schema / "aliases.tsv", "org\t삼성\tSamsung\ncompany\tSK\n");
  auto aliases = AliasTable::LoadFromSchema(schema.string());
  REQUIRE_FALSE(aliases.ok());
  CHECK(aliases.status().code() == Status::Code::kInvalidArgument);
  CHECK(aliases.status().message().find("aliases.tsv:2:") != std::string::npos);
  auto good = IndexWriter::Open(db.string());
  REQUIRE_MESSAGE(good.ok(), good.status().ToString());
  REQUIRE((*good)->Commit().ok());
  SearcherOptions searcher_options;
  searcher_options.schema_dir = schema.string();
  auto searcher = Searcher::Open(db.string(), searcher_options);
  REQUIRE_FALSE(searcher.ok());
  CHECK(searcher.status().message().find("aliases.tsv:2:") != std::string::npos);
  searcher_options.schema_dir = (tmp.path / "nowhere").string();
  searcher = Searcher::Open(db.string(), searcher_options);
  REQUIRE_FALSE(searcher.ok());
  CHECK(searcher.status().code() == Status::Code::kNotFound);
}

}  // namespace
}  // namespace kosearch
