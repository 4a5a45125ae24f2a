// POST /api/articles and DELETE /api/articles/{id} (web_api.h): the same
// reader, writer and deletion as kosearch-index, behind a bearer token,
// committed before the reply.
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "kosearch/sharded_index.h"
#include "kosearch/web_api.h"
#include "serve/web_api_impl.h"

namespace kosearch {

namespace {

namespace fs = std::filesystem;

// The name a POST body is read under: messages say "request.jsonl:3: …" and
// an article without an id gets "request-3", as a file of that name would.
constexpr char kBodyName[] = "request.jsonl";

// Compares in time independent of where the strings differ.
bool SameSecret(std::string_view a, std::string_view b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ (i < b.size() ? b[i] : 0));
  return diff == 0;
}

// The reply refusing a write, or nullopt when it may go ahead.
std::optional<WebReply> RefuseWrite(const WebApiOptions& options, std::string_view authorization) {
  if (options.write_db.empty()) {
    return ErrorReply(403, "read-only server: start kosearch-server with --token-file to accept writes");
  }
  if (!SameSecret(authorization, "Bearer " + options.token)) {
    return ErrorReply(401, "writes need the header Authorization: Bearer <token of --token-file>");
  }
  return std::nullopt;
}

// A private folder for one request's body, removed with the object.
class TempFolder {
 public:
  explicit TempFolder(const std::string& parent) {
    std::string pattern = (fs::path(parent) / "kosearch-post-XXXXXX").string();
    if (mkdtemp(pattern.data())) path_ = pattern;
  }
  ~TempFolder() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Indexes the file `input` into `db` as kosearch-index would (plain or sharded folder).
Result<IndexSummary> IndexFile(const WebApiOptions& options, const std::string& input, const ErrorSink& on_error) {
  auto layout = InspectDatabase(options.write_db);
  if (!layout.ok()) return layout.status();
  if (layout->kind == DatabaseLayout::Kind::kSharded) {
    ShardedIndexOptions sharded;
    sharded.shards = layout->shards;
    sharded.jobs = 1;
    sharded.index = options.index;
    sharded.index.commit_every = 0;  // by memory, as kosearch-index does
    return IndexInputsSharded(options.write_db, {input}, sharded, on_error, nullptr);
  }
  auto writer = IndexWriter::Open(options.write_db, options.index);
  if (!writer.ok()) return writer.status();
  return IndexInputs(**writer, {input}, on_error, nullptr);
}

// {"line": N, "message": "request.jsonl:N: …"} for a message naming a file
// in `folder` (line 0 when it names no line).
nlohmann::json LineError(const std::string& message, const std::string& folder) {
  std::string shown = message.rfind(folder + "/", 0) == 0 ? message.substr(folder.size() + 1) : message;
  size_t line = 0;
  if (shown.rfind(kBodyName, 0) == 0 && shown.size() > sizeof kBodyName && shown[sizeof kBodyName - 1] == ':') {
    line = std::strtoul(shown.c_str() + sizeof kBodyName, nullptr, 10);
  }
  return {{"line", line}, {"message", shown}};
}

}  // namespace

WebReply WebApi::AddArticles(std::string_view authorization, std::string_view body) {
  if (auto refused = RefuseWrite(impl_->options, authorization)) return *refused;
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return ErrorReply(400, "empty body: send articles as JSONL, one JSON object a line");
  }
  std::lock_guard<std::mutex> lock(impl_->write_mutex);
  TempFolder folder(impl_->options.temp_dir);
  const std::string input = folder.path() + "/" + kBodyName;
  std::ofstream out;
  if (!folder.path().empty()) out.open(input, std::ios::binary);
  if (!out || !out.write(body.data(), static_cast<std::streamsize>(body.size())) || !out.flush()) {
    return ErrorReply(500, impl_->options.temp_dir + ": cannot write the request body there");
  }
  out.close();
  nlohmann::json errors = nlohmann::json::array();
  auto summary = IndexFile(impl_->options, input, [&](const std::string& m) { errors.push_back(LineError(m, folder.path())); });
  if (!summary.ok()) return StatusReply(summary.status());
  nlohmann::ordered_json j = {{"added", summary->added}, {"replaced", summary->replaced},
                              {"unchanged", summary->unchanged}, {"errors", errors}};
  return WebReply{200, "application/json; charset=utf-8",
                  j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n"};
}

WebReply WebApi::DeleteArticle(std::string_view authorization, const std::string& id) {
  if (auto refused = RefuseWrite(impl_->options, authorization)) return *refused;
  std::lock_guard<std::mutex> lock(impl_->write_mutex);
  auto deleted = DeleteArticles(impl_->options.write_db, {id});
  if (!deleted.ok()) return StatusReply(deleted.status());
  if (!deleted->unknown.empty()) {
    return ErrorReply(404, impl_->options.write_db + ": no article with id " + id + "; nothing deleted for it");
  }
  nlohmann::json j = {{"deleted", id}};
  return WebReply{200, "application/json; charset=utf-8", j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n"};
}

}  // namespace kosearch
