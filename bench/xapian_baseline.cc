// xapian-baseline: the stock-Xapian reference that kosearch is measured
// against (bench/retrieval_quality.py). It does what a Xapian user gets with
// no Korean work at all: TermGenerator and QueryParser with FLAG_CJK_NGRAM,
// no stemmer, default OR, BM25 with default parameters.
//
//   xapian-baseline index DB [--no-positions] FILE.jsonl...
//     Indexes title + body of each {"id","title","date","source","url","body"}
//     record. The id is the unique term "Q"+id and the document data, so
//     indexing a record again replaces it. --no-positions measures what
//     positions cost (bench/archive: no phrase search then).
//   xapian-baseline search DB [--limit N] [--timings]
//     Reads one query per stdin line and prints one JSON line per query, in
//     order: {"query": q, "ids": [...]}. A query Xapian rejects (1.4.22's
//     QueryParser throws on some mixed inputs) gets "ids": [] and "error".
//     --timings adds "ms": the time to parse and run the query.
//
// Deliberately kept apart from the kosearch library: it must not share any
// of kosearch's analysis.

#include <xapian.h>

#include <nlohmann/json.hpp>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using nlohmann::json;
using nlohmann::ordered_json;  // keeps "query" before "ids" in the output

constexpr int kUsageError = 2;

int Usage() {
  std::cerr << "usage: xapian-baseline index DB [--no-positions] FILE.jsonl...\n"
               "       xapian-baseline search DB [--limit N] [--timings]  (queries on stdin)\n";
  return kUsageError;
}

// Returns the string member `key` of `record`, or "" when absent or not a
// string (title, date... may be null in the shared corpus).
std::string StringField(const json& record, const char* key) {
  auto it = record.find(key);
  return it != record.end() && it->is_string() ? it->get<std::string>() : "";
}

// Indexes every record of every file into `db_path`. Bad records are
// reported as file:line: reason on stderr and skipped. Returns 0 when every
// record was indexed, 1 otherwise.
int Index(const std::string& db_path, const std::vector<std::string>& files, bool positions) {
  Xapian::WritableDatabase db(db_path, Xapian::DB_CREATE_OR_OPEN);
  Xapian::TermGenerator generator;
  generator.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);

  long indexed = 0;
  long errors = 0;
  for (const std::string& file : files) {
    std::ifstream in(file);
    if (!in) {
      std::cerr << file << ": cannot open\n";
      ++errors;
      continue;
    }
    std::string line;
    for (long line_no = 1; std::getline(in, line); ++line_no) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      json record = json::parse(line, nullptr, /*allow_exceptions=*/false);
      std::string id = record.is_object() ? StringField(record, "id") : "";
      if (id.empty()) {
        std::cerr << file << ':' << line_no << ": not a JSON object with an id\n";
        ++errors;
        continue;
      }
      Xapian::Document doc;
      generator.set_document(doc);
      if (positions) {
        generator.index_text(StringField(record, "title"));
        generator.increase_termpos();  // no phrase across title and body
        generator.index_text(StringField(record, "body"));
      } else {
        generator.index_text_without_positions(StringField(record, "title"));
        generator.index_text_without_positions(StringField(record, "body"));
      }
      doc.set_data(id);
      doc.add_boolean_term("Q" + id);
      db.replace_document("Q" + id, doc);
      ++indexed;
    }
  }
  db.commit();  // explicit: the destructor would swallow a commit error
  std::cerr << "indexed " << indexed << " articles, " << errors << " errors; "
            << db.get_doccount() << " documents in " << db_path << '\n';
  return errors == 0 ? 0 : 1;
}

// Runs each stdin line as a query; one JSON line per input line.
int Search(const std::string& db_path, Xapian::doccount limit, bool timings) {
  Xapian::Database db(db_path);
  Xapian::Enquire enquire(db);  // BM25Weight with default parameters
  Xapian::QueryParser parser;
  parser.set_database(db);
  parser.set_default_op(Xapian::Query::OP_OR);
  const unsigned flags =
      Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_CJK_NGRAM;

  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    ordered_json out = {{"query", line}, {"ids", json::array()}};
    const auto start = std::chrono::steady_clock::now();
    try {
      enquire.set_query(parser.parse_query(line, flags));
      Xapian::MSet mset = enquire.get_mset(0, limit);
      for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) {
        out["ids"].push_back(it.get_document().get_data());
      }
    } catch (const Xapian::Error& e) {
      out["error"] = e.get_description();
    }
    if (timings) {
      out["ms"] = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    }
    std::cout << out.dump(-1, ' ', false, ordered_json::error_handler_t::replace) << '\n';
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() < 2) return Usage();
  const std::string& mode = args[0];
  const std::string& db_path = args[1];
  try {
    if (mode == "index") {
      bool positions = true;
      auto first = args.begin() + 2;
      if (first != args.end() && *first == "--no-positions") { positions = false; ++first; }
      if (first == args.end()) return Usage();
      return Index(db_path, {first, args.end()}, positions);
    }
    if (mode == "search") {
      Xapian::doccount limit = 10;
      bool timings = false;
      for (size_t i = 2; i < args.size(); ++i) {
        if (args[i] == "--timings") { timings = true; continue; }
        if (args[i] != "--limit" || i + 1 == args.size()) return Usage();
        const std::string& value = args[++i];
        auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), limit);
        if (ec != std::errc() || end != value.data() + value.size() || limit == 0) {
          return Usage();
        }
      }
      return Search(db_path, limit, timings);
    }
    return Usage();
  } catch (const Xapian::Error& e) {
    std::cerr << "xapian-baseline: " << e.get_description() << '\n';
    return 1;
  }
}
