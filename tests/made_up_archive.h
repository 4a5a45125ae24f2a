// A small archive of made-up articles indexed into a temporary folder, for
// the unit tests that ask questions of it (question_*_test.cc): each test
// case builds its own and removes it when done.
#pragma once

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <span>
#include <string>
#include <vector>

#include "kosearch/index.h"
#include "kosearch/search.h"

namespace kosearch {

// `articles` are JSON lines (id, source, date, title, body); `name` keeps
// the folders of different test files apart (the process id keeps runs apart).
struct MadeUpArchive {
  std::filesystem::path dir;
  std::filesystem::path path;
  MadeUpArchive(const std::string& name, std::span<const char* const> articles)
      : dir(std::filesystem::temp_directory_path() / (name + "-" + std::to_string(::getpid()))), path(dir / "db") {
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    {
      std::ofstream out(dir / "articles.jsonl");
      for (const char* a : articles) out << a << "\n";
    }
    auto w = IndexWriter::Open(path.string());
    REQUIRE(w.ok());
    auto s = IndexInputs(**w, {(dir / "articles.jsonl").string()}, [](const std::string&) {}, nullptr);
    REQUIRE(s.ok());
  }
  MadeUpArchive(const MadeUpArchive&) = delete;
  MadeUpArchive& operator=(const MadeUpArchive&) = delete;
  ~MadeUpArchive() { std::filesystem::remove_all(dir); }
};

// The speaker of each hit, in order.
inline std::vector<std::string> SpeakersOf(const SearchResponse& r) {
  std::vector<std::string> out;
  for (const auto& h : r.hits) out.push_back(h.speaker);
  return out;
}

}  // namespace kosearch
