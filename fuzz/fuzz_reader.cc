// Fuzzes the article reader: the input is written once to a .txt file and
// once to a .jsonl file, and each is read with ReadArticles. Every article it
// yields must have an id and a valid UTF-8 body; bad records become errors.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "fuzz_check.h"
#include "kosearch/reader.h"
#include "text/unicode_text.h"

namespace fs = std::filesystem;

namespace {

const fs::path& Dir() {
  static const fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("kosearch-fuzz-reader-" + std::to_string(::getpid()));
    fs::create_directories(d);
    std::atexit([] { std::error_code ec; fs::remove_all(Dir(), ec); });
    return d;
  }();
  return dir;
}

void ReadAs(const std::string& name, const uint8_t* data, size_t size) {
  fs::path path = Dir() / name;
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  size_t articles = 0, errors = 0;
  kosearch::Status s = kosearch::ReadArticles(
      {path.string()},
      [&](kosearch::Article&& a) {
        FUZZ_CHECK(!a.id.empty());
        FUZZ_CHECK(kosearch::IsValidUtf8(a.body));
        FUZZ_CHECK(kosearch::IsValidUtf8(a.title));
        FUZZ_CHECK(a.body.find_first_not_of(" \n\t\r") != std::string::npos);
        ++articles;
        return true;
      },
      [&](const std::string& message) {
        FUZZ_CHECK(message.rfind(path.string(), 0) == 0);  // "file[:line]: reason"
        FUZZ_CHECK(message.find('\n') == std::string::npos);
        ++errors;
      });
  FUZZ_CHECK(s.ok());
  if (name.ends_with(".txt")) FUZZ_CHECK(articles + errors == 1);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ReadAs("input.txt", data, size);
  ReadAs("input.jsonl", data, size);
  return 0;
}
