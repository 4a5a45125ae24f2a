// Reader tests: JSONL records and their errors, text files, folders.
#include <doctest/doctest.h>

#include <filesystem>
#include <unistd.h>

#include <fstream>

#include "kosearch/reader.h"

namespace fs = std::filesystem;

namespace {
struct Collected {
  std::vector<kosearch::Article> articles;
  std::vector<std::string> errors;
};

Collected Read(const std::vector<std::string>& inputs) {
  Collected c;
  auto s = kosearch::ReadArticles(
      inputs, [&](kosearch::Article&& a) { c.articles.push_back(std::move(a)); return true; },
      [&](const std::string& e) { c.errors.push_back(e); });
  REQUIRE(s.ok());
  return c;
}

fs::path TempDir() {
  fs::path d = fs::temp_directory_path() / ("kosearch-reader-" + std::to_string(::getpid()));
  fs::create_directories(d);
  return d;
}

void Write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }
}  // namespace

TEST_CASE("JSONL: bad records are named by file:line and skipped") {
  fs::path d = TempDir();
  fs::path f = d / "mixed.jsonl";
  Write(f,
        "\xEF\xBB\xBF{\"id\": \"a\", \"title\": \"제목\", \"body\": \"본문 하나\"}\r\n"
        "{\"id\": \"b\", \"title\": \"본문 없음\"}\n"
        "{\"id\": \"c\", \"body\": 42}\n"
        "{\"id\": \"d\", \"body\": \"\xff\xfe 깨진 글자\"}\n"
        "\n"
        "{\"id\": \"e\", \"body\": \"본문 다섯\"}\n"
        "{\"id\": \"f\", \"body\": \"잘린 줄");
  auto c = Read({f.string()});
  REQUIRE(c.articles.size() == 2);
  CHECK(c.articles[0].id == "a");
  CHECK(c.articles[0].title == "제목");
  CHECK(c.articles[1].id == "e");
  CHECK(c.articles[1].origin == f.string() + ":6");
  REQUIRE(c.errors.size() == 4);
  CHECK(c.errors[0] == f.string() + ":2: missing \"body\"");
  CHECK(c.errors[1] == f.string() + ":3: \"body\" must be a string, not number");
  CHECK(c.errors[2].find(f.string() + ":4: invalid UTF-8") == 0);
  CHECK(c.errors[3].find(f.string() + ":7: invalid JSON") == 0);
  fs::remove_all(d);
}

TEST_CASE("text files: id from the name, title line detection, empty and binary files") {
  fs::path d = TempDir();
  Write(d / "titled.txt", "오바마 취임\n버락 오바마 미국 제44대 대통령이 공식 취임하였다.\n");
  Write(d / "untitled.txt", "버락 오바마 미국 제44대 대통령이 공식 취임하였다.\n둘째 줄이다.\n");
  Write(d / "empty.txt", "  \n");
  Write(d / "binary.txt", std::string("abc\0def", 7));
  Write(d / "notes.md", "읽지 않는 파일");
  auto c = Read({d.string()});
  REQUIRE(c.articles.size() == 2);
  CHECK(c.articles[0].id == "titled");
  CHECK(c.articles[0].title == "오바마 취임");
  CHECK(c.articles[1].id == "untitled");
  CHECK(c.articles[1].title.empty());
  CHECK(c.articles[1].body.rfind("버락", 0) == 0);
  REQUIRE(c.errors.size() == 2);
  CHECK(c.errors[0] == (d / "binary.txt").string() + ": binary file (contains NUL bytes), not text");
  CHECK(c.errors[1] == (d / "empty.txt").string() + ": empty file, no article");
  fs::remove_all(d);
}

TEST_CASE("a missing input fails before anything is read") {
  auto s = kosearch::ReadArticles({"/nonexistent/kosearch/x.jsonl"}, [](kosearch::Article&&) { return true; },
                                  [](const std::string&) {});
  CHECK(s.code() == kosearch::Status::Code::kNotFound);
  CHECK(s.message() == "/nonexistent/kosearch/x.jsonl: no such file or directory");
}
