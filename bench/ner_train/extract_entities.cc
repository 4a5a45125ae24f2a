// A stand-in for `kosearch-index --extract` that runs only the amount and
// entity finders: reads articles ({"id", "title", "body"} JSONL) and prints
// {"id", "amounts": [...], "entities": [...]} per line, offsets in code points
// of `body`. Lets bench/ner_eval.py score the library's FindEntities without
// the indexer. Built by hand; see bench/ner_results.md. The model is the
// schema folder's: $KOSEARCH_SCHEMA_DIR, else the library's default.
// With --stats, prints to stderr the model's load time and the CPU time and
// throughput (MB of UTF-8 body per CPU-second) of FindAmounts + FindEntities
// alone, JSON reading and writing excluded.
#include <chrono>
#include <ctime>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "extract/amounts.h"
#include "extract/entities.h"
#include "kosearch/schema_files.h"
#include "text/unicode_text.h"

int main(int argc, char** argv) {
  const bool stats = argc == 4 && std::string(argv[3]) == "--stats";
  if ((argc != 3 && !stats) || std::string(argv[1]) != "--extract") {
    std::cerr << "usage: extract_entities --extract ARTICLES.jsonl [--stats]\n";
    return 2;
  }
  std::ifstream in(argv[2]);
  if (!in) {
    std::cerr << argv[2] << ": cannot open\n";
    return 1;
  }
  const char* env = std::getenv("KOSEARCH_SCHEMA_DIR");
  auto dir = kosearch::FindSchemaDir(env ? env : "");
  const auto load_start = std::chrono::steady_clock::now();
  auto model = dir.ok() ? kosearch::LoadEntityModel(*dir) : dir.status();
  const std::chrono::duration<double, std::milli> load_ms = std::chrono::steady_clock::now() - load_start;
  if (!model.ok()) {
    std::cerr << model.status().message() << "\n";
    return 1;
  }
  std::string line;
  double bytes = 0, cpu = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto article = nlohmann::json::parse(line);
    const std::string utf8 = article.value("body", "");
    bytes += utf8.size();
    const std::clock_t start = std::clock();
    std::u32string body = kosearch::ToU32(utf8);
    auto amounts = kosearch::FindAmounts(body, body.size());
    auto entities = kosearch::FindEntities(body, body.size(), amounts, model->get());
    cpu += static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    nlohmann::json out{{"id", article.value("id", "")}, {"amounts", nlohmann::json::array()},
                       {"entities", nlohmann::json::array()}};
    for (const auto& a : amounts)
      out["amounts"].push_back({{"text", a.text}, {"start", a.start}, {"end", a.end}, {"value", a.value}, {"unit", a.unit}});
    for (const auto& e : entities)
      out["entities"].push_back({{"start", e.start}, {"end", e.end}, {"type", e.type}, {"text", e.text}});
    std::cout << out.dump() << "\n";
  }
  if (stats)
    std::cerr << "model loaded in " << load_ms.count() << " ms; " << bytes / 1e6 << " MB tagged in " << cpu
              << " s CPU: " << (cpu > 0 ? bytes / 1e6 / cpu : 0) << " MB/s\n";
  return 0;
}
