// Reading articles from files, folders, JSONL archives and stdin (see reader.h).
#include "kosearch/reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>

#include "base/fnv1a.h"
#include "read/article_fields.h"
#include "read/input_files.h"
#include "kosearch/cleaner.h"
#include "kosearch/line_reader.h"
#include "text/unicode_text.h"

namespace fs = std::filesystem;

namespace kosearch {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
// A text file or JSONL line longer than this is skipped unread, so that one
// bad input cannot exhaust memory (README "Limits"; IndexWriter refuses
// bodies over 1 MiB anyway).
constexpr size_t kMaxRecordBytes = 16 << 20;
constexpr char kTooLarge[] = "too large (over 16 MiB), skipped";

std::string StemOf(const std::string& path) { return fs::path(path).stem().string(); }

bool IsJsonlPath(const fs::path& p) { return p.extension() == ".jsonl"; }

std::string Fnv1aHex(std::string_view s) {
  char buf[17];
  snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(Fnv1a64(s)));
  return buf;
}

void StripCr(std::string& s) {
  s.erase(std::remove(s.begin(), s.end(), '\r'), s.end());
}

// The first line is a title when it is short, has no sentence end and more text follows.
void SplitTitle(const std::string& text, Article* a) {
  size_t nl = text.find('\n');
  std::string first = nl == std::string::npos ? text : text.substr(0, nl);
  while (!first.empty() && first.back() == ' ') first.pop_back();
  bool sentence_end = !first.empty() && (first.back() == '.' || first.back() == '?' || first.back() == '!');
  bool rest_has_text = nl != std::string::npos && text.find_first_not_of(" \n\t", nl) != std::string::npos;
  if (!first.empty() && rest_has_text && !sentence_end && CodePointCount(first) <= 100) {
    a->title = first;
    a->body = text.substr(nl + 1);
  } else {
    a->body = text;
  }
}

// Validates and turns plain text into an article; false with *why on failure.
bool TextArticle(std::string text, const std::string& id, const std::string& origin, Article* a, std::string* why) {
  if (text.compare(0, kBom.size(), kBom) == 0) text.erase(0, kBom.size());
  if (text.find('\0') != std::string::npos) { *why = "binary file (contains NUL bytes), not text"; return false; }
  size_t bad = 0;
  if (!IsValidUtf8(text, &bad)) { *why = "invalid UTF-8 at byte " + std::to_string(bad); return false; }
  StripCr(text);
  if (text.find_first_not_of(" \n\t") == std::string::npos) { *why = "empty file, no article"; return false; }
  a->id = id;
  a->origin = origin;
  SplitTitle(text, a);
  return true;
}

enum class ReadOutcome { kOk, kTooLarge, kError };

// Appends the rest of `in` to *out, up to kMaxRecordBytes.
ReadOutcome ReadWhole(std::istream& in, std::string* out) {
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    out->append(buf, static_cast<size_t>(in.gcount()));
    if (out->size() > kMaxRecordBytes) return ReadOutcome::kTooLarge;
  }
  return in.bad() ? ReadOutcome::kError : ReadOutcome::kOk;
}

// Reads one line without its '\n'. A line over kMaxRecordBytes is consumed
// but not kept (*too_long). False at the end of the input.
bool ReadLine(std::istream& in, std::string* line, bool* too_long) {
  return ReadBoundedLine(in, kMaxRecordBytes, line, too_long);
}

// Why nlohmann refused `line`. A \u escape of half a UTF-16 surrogate pair
// is named (nlohmann's message says "surrogate"); any other error is a
// truncated or malformed record.
std::string JsonError(const nlohmann::json::parse_error& e, const std::string& line) {
  if (std::string_view(e.what()).find("surrogate") != std::string_view::npos) {
    // nlohmann stops just after the offending escape (or the one it expected a pair for).
    size_t escape = line.rfind("\\u", std::min(e.byte, line.size()));
    if (escape != std::string::npos && escape + 6 <= line.size()) {
      return "invalid JSON: lone surrogate " + line.substr(escape, 6) + " in a string (byte " +
             std::to_string(escape) + "); a \\u escape of U+D800-U+DFFF must be half of a pair";
    }
    return "invalid JSON: lone surrogate \\u escape in a string";
  }
  return "invalid JSON (truncated or malformed record)";
}

// A JSON number id as its exact decimal text when it is an integer; else refused.
bool IdText(const nlohmann::json& id, std::string* out, std::string* why) {
  if (id.is_number_unsigned()) { *out = std::to_string(id.get<uint64_t>()); return true; }
  if (id.is_number_integer()) { *out = std::to_string(id.get<int64_t>()); return true; }
  // 1.5, 1e30, or an integer beyond 64 bits (nlohmann reads those as floating point).
  *why = "\"id\" " + id.dump() + " is not an integer of at most 64 bits; write the id as a string";
  return false;
}

// Reads one JSON record into *a; false with *why on failure.
bool JsonArticle(const std::string& line, const std::string& default_id, Article* a, std::string* why) {
  size_t bad = 0;
  if (!IsValidUtf8(line, &bad)) { *why = "invalid UTF-8 at byte " + std::to_string(bad); return false; }
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    *why = JsonError(e, line);
    return false;
  } catch (const nlohmann::json::exception&) {  // a number out of range (1e400)
    *why = "invalid JSON (truncated or malformed record)";
    return false;
  }
  if (!j.is_object()) { *why = "a record must be a JSON object"; return false; }
  auto text_field = [&](const char* name, std::string* out, bool required) {
    auto it = j.find(name);
    if (it == j.end() || it->is_null()) {
      if (required) *why = std::string("missing \"") + name + "\"";
      return !required;
    }
    if (it->is_string()) { *out = it->get<std::string>(); return true; }
    if (it->is_number() && std::string(name) == "id") return IdText(*it, out, why);
    *why = std::string("\"") + name + "\" must be a string, not " + it->type_name();
    return false;
  };
  if (!text_field("body", &a->body, true) || !text_field("id", &a->id, false) || !text_field("title", &a->title, false) ||
      !text_field("date", &a->date, false) || !text_field("source", &a->source, false) || !text_field("url", &a->url, false)) {
    return false;
  }
  if (a->body.find_first_not_of(" \n\t\r") == std::string::npos) { *why = "empty \"body\""; return false; }
  if (a->id.empty()) a->id = default_id;
  return true;
}

class Reader {
 public:
  Reader(const ReadOptions& options, const ArticleSink& on_article, const ErrorSink& on_error)
      : options_(options), on_article_(on_article), on_error_(on_error) {}

  // Returns false when the sink asked to stop. Records without "id" get
  // "<id_stem>-<line>" (default: the file's stem).
  bool Jsonl(std::istream& in, const std::string& name, size_t first_lineno = 1, const std::string& id_stem = "") {
    std::string line;
    std::set<std::string> seen;
    bool too_long = false;
    for (size_t lineno = first_lineno; ReadLine(in, &line, &too_long); ++lineno) {
      std::string where = name + ":" + std::to_string(lineno);
      if (too_long) { on_error_(where + ": record " + kTooLarge); continue; }
      if (lineno == 1 && line.compare(0, kBom.size(), kBom) == 0) line.erase(0, kBom.size());
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      Article a;
      std::string why;
      if (!JsonArticle(line, (id_stem.empty() ? StemOf(name) : id_stem) + "-" + std::to_string(lineno), &a, &why)) {
        on_error_(where + ": " + why);
        continue;
      }
      if (a.id.size() <= kMaxIdBytes && !seen.insert(a.id).second) {  // longer ones are refused when indexed
        on_error_(where + ": duplicate id \"" + ForMessage(a.id) + "\" in this file; the later record replaces the earlier");
      }
      NormalizeFields(where, &a);
      a.origin = where;
      if (!on_article_(std::move(a))) return false;
    }
    return true;
  }

  bool TextFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string text;
    ReadOutcome read = in ? ReadWhole(in, &text) : ReadOutcome::kError;
    if (read == ReadOutcome::kError) { on_error_(path.string() + ": cannot read file"); return true; }
    if (read == ReadOutcome::kTooLarge) { on_error_(path.string() + ": file " + kTooLarge); return true; }
    Article a;
    std::string why;
    if (!TextArticle(std::move(text), path.stem().string(), path.string(), &a, &why)) {
      on_error_(path.string() + ": " + why);
      return true;
    }
    return on_article_(std::move(a));
  }

  // A folder, a named pipe or other stream, or a file (never opened twice:
  // a pipe's data can be read only once).
  bool Path(const fs::path& path) {
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec) { on_error_(path.string() + ": " + FsErrorText(ec)); return true; }
    if (fs::is_directory(st)) {
      for (const auto& f : ListFolder(path, options_.follow_symlinks, on_error_)) {
        if (!File(f)) return false;
      }
      return true;
    }
    if (IsStreamInput(st)) {
      std::ifstream in(path, std::ios::binary);
      if (!in) { on_error_(path.string() + ": cannot open"); return true; }
      return Stream(in, path.string());
    }
    return File(path);
  }

  bool File(const fs::path& path) {
    if (IsJsonlPath(path)) {
      std::ifstream in(path, std::ios::binary);
      if (!in) { on_error_(path.string() + ": cannot open file"); return true; }
      return Jsonl(in, path.string());
    }
    return TextFile(path);
  }

  // Standard input or a pipe, read once: JSONL (first non-blank character
  // '{') line by line, else the whole of it as one text article. Ids as for
  // standard input, whatever the pipe's name.
  bool Stream(std::istream& in, const std::string& name) {
    std::string all;  // what was read ahead, kept for a text article
    size_t lineno = 1;
    for (int c; (c = in.peek()) != std::char_traits<char>::eof();) {
      bool bom_byte = all.size() < kBom.size() && c == static_cast<unsigned char>(kBom[all.size()]) &&
                      all == kBom.substr(0, all.size());
      if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && !bom_byte) break;
      lineno += c == '\n';
      all.push_back(static_cast<char>(in.get()));
    }
    if (in.peek() == '{') return Jsonl(in, name, lineno, "<stdin>");
    ReadOutcome read = ReadWhole(in, &all);
    if (read != ReadOutcome::kOk) {
      on_error_(name + (read == ReadOutcome::kTooLarge ? std::string(": text ") + kTooLarge : ": cannot read"));
      return true;
    }
    Article a;
    std::string why;
    if (!TextArticle(all, "stdin-" + Fnv1aHex(all), name, &a, &why)) {
      on_error_(name + ": " + why);
      return true;
    }
    return on_article_(std::move(a));
  }

 private:
  // What IndexWriter::Add would refuse or change is fixed here and reported:
  // an unreadable date is dropped (the article is indexed without one), a
  // long title is cut.
  void NormalizeFields(const std::string& where, Article* a) {
    if (std::optional<std::string> date = NormalizeDate(a->date)) {
      a->date = std::move(*date);
    } else {
      on_error_(where + ": bad date \"" + ForMessage(a->date) + "\"; indexed without a date");
      a->date.clear();
    }
    if (size_t chars = CutTitle(&a->title)) {
      on_error_(where + ": title too long (" + std::to_string(chars) + " characters), cut to " +
                std::to_string(kMaxTitleChars));
    }
  }

  const ReadOptions& options_;
  const ArticleSink& on_article_;
  const ErrorSink& on_error_;
};

}  // namespace

Status CheckInputs(const std::vector<std::string>& inputs) {
  for (const auto& in : inputs) {
    if (in == "-") continue;
    std::error_code ec;
    auto st = fs::status(in, ec);
    if (ec || !fs::exists(st)) return Status::NotFound(in + ": " + (ec ? FsErrorText(ec) : "no such file or directory"));
    // A pipe is not opened here: opening and closing it would lose what a
    // writer sends, and wait for one that never comes.
    if (fs::is_directory(st) || IsStreamInput(st)) continue;
    std::ifstream f(in, std::ios::binary);
    if (!f) return Status::IOError(in + ": cannot open file (permission denied?)");
  }
  return Status::Ok();
}

Status ReadArticles(const std::vector<std::string>& inputs, const ArticleSink& on_article, const ErrorSink& on_error) {
  return ReadArticles(inputs, ReadOptions{}, on_article, on_error);
}

Status ReadArticles(const std::vector<std::string>& inputs, const ReadOptions& options, const ArticleSink& on_article,
                    const ErrorSink& on_error) {
  if (Status s = CheckInputs(inputs); !s.ok()) return s;
  Reader reader(options, on_article, on_error);
  try {
    for (const auto& in : inputs) {
      bool go_on = in == "-" ? reader.Stream(std::cin, "<stdin>") : reader.Path(in);
      if (!go_on) break;
    }
  } catch (const std::filesystem::filesystem_error& e) {  // every call above takes an error_code; a last guard
    return Status::IOError(e.path1().string() + ": " + FsErrorText(e.code()));
  }
  return Status::Ok();
}

uint64_t InputBytes(const std::vector<std::string>& inputs) {
  uint64_t total = 0;
  for (const auto& in : inputs) {
    std::error_code ec;
    if (in == "-") continue;
    const fs::file_status st = fs::status(in, ec);
    if (fs::is_directory(st)) {
      // An estimate for progress: links out of the folder counted, messages left to the reading.
      for (const auto& f : ListFolder(in, /*follow_symlinks=*/true, [](const std::string&) {})) {
        std::error_code file_ec;
        const auto size = fs::file_size(f, file_ec);
        if (!file_ec) total += size;
      }
    } else if (fs::is_regular_file(st)) {
      auto size = fs::file_size(in, ec);
      if (!ec) total += size;
    }
  }
  return total;
}

}  // namespace kosearch
