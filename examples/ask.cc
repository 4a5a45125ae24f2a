// ask: the kosearch library on one screen. Indexes two articles into a fresh
// index in a temporary folder, then asks who said what.
//   ask ARTICLE.txt ["what did SK say about Omniverse" [SCHEMA_DIR]]
// The library finds its schema folder (aliases, entity model) beside itself
// when installed; SCHEMA_DIR points elsewhere (needed when a static
// libkosearch is linked into a program outside the install prefix).
#include <kosearch/index.h>
#include <kosearch/reader.h>
#include <kosearch/search.h>

#include <cstdio>
#include <filesystem>
#include <random>
#include <string>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: ask ARTICLE.txt [QUESTION [SCHEMA_DIR]]\n");
    return 2;
  }
  const std::string question = argc > 2 ? argv[2] : "what did SK say about Omniverse";
  const std::string schema_dir = argc > 3 ? argv[3] : "";
  const auto dir = std::filesystem::temp_directory_path() / ("kosearch-ask-" + std::to_string(std::random_device{}()));
  auto fail = [&](const kosearch::Status& s) {
    std::fprintf(stderr, "ask: %s\n", s.ToString().c_str());
    std::filesystem::remove_all(dir);
    return 1;
  };

  // Index: the article file (read as kosearch-index would) plus a made-up one.
  kosearch::IndexOptions options;
  options.schema_dir = schema_dir;
  auto writer = kosearch::IndexWriter::Open(dir.string(), options);
  if (!writer.ok()) return fail(writer.status());
  kosearch::Status status = kosearch::ReadArticles(
      {argv[1]},
      [&](kosearch::Article&& a) {
        if (auto added = (*writer)->Add(a); !added.ok()) std::fprintf(stderr, "skipped %s\n", a.id.c_str());
        return true;
      },
      [](const std::string& error) { std::fprintf(stderr, "skipped %s\n", error.c_str()); });
  if (!status.ok()) return fail(status);
  kosearch::Article made_up;
  made_up.id = "example-1";
  made_up.title = "가상일보: 반도체 투자";
  made_up.date = "2025-11-01";
  made_up.body = "김민수 가상전자 대표는 \"내년에는 반도체 투자를 두 배로 늘리겠다\"고 말했다.";
  if (auto added = (*writer)->Add(made_up); !added.ok()) return fail(added.status());
  if (status = (*writer)->Commit(); !status.ok()) return fail(status);  // the destructor would lose errors

  // Ask.
  kosearch::SearcherOptions searcher_options;
  searcher_options.schema_dir = schema_dir;
  auto searcher = kosearch::Searcher::Open(dir.string(), searcher_options);
  if (!searcher.ok()) return fail(searcher.status());
  auto response = (*searcher)->Search(question);
  if (!response.ok()) return fail(response.status());
  std::printf("%s\n", response->understood.Summary(response->hits.size()).c_str());
  for (const kosearch::Hit& hit : response->hits) {
    std::printf("%s (%s %s): \"%s\"\n  — %s\n", hit.speaker.c_str(), hit.org.c_str(), hit.role.c_str(),
                hit.text.c_str(), hit.title.c_str());
  }
  std::filesystem::remove_all(dir);
  return response->hits.empty() ? 1 : 0;
}
