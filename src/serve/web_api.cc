// WebApi (include/kosearch/web_api.h): opening, and the read endpoints
// search, stats and health. Timeline: timeline.cc; writes: article_writes.cc.
#include "kosearch/web_api.h"

#include <nlohmann/json.hpp>
#include <thread>

#include "kosearch/format.h"
#include "serve/search_params.h"
#include "serve/web_api_impl.h"

namespace kosearch {

WebReply ErrorReply(int status, std::string_view message) {
  nlohmann::json j = {{"error", message}};
  return WebReply{status, "application/json; charset=utf-8",
                  j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n"};
}

WebReply StatusReply(const Status& status) {
  switch (status.code()) {
    case Status::Code::kInvalidArgument: return ErrorReply(400, status.message());
    case Status::Code::kNotFound: return ErrorReply(404, status.message());
    case Status::Code::kLocked: return ErrorReply(409, status.message());
    case Status::Code::kIOError: return ErrorReply(503, status.message());
    default: return ErrorReply(500, status.message());
  }
}

Result<std::unique_ptr<WebApi>> WebApi::Open(WebApiOptions options) {
  if (!options.write_db.empty() && (options.token.empty() || options.temp_dir.empty())) {
    return Status::InvalidArgument("writes need a token and a folder for request bodies");
  }
  size_t searchers = options.searchers ? options.searchers : std::max(1u, std::thread::hardware_concurrency());
  auto impl = std::make_unique<Impl>(std::move(options), searchers);
  // One Searcher now: a database that cannot be opened stops the server at start.
  auto first = impl->pool.Acquire();
  if (!first.ok()) return first.status();
  return std::unique_ptr<WebApi>(new WebApi(std::move(impl)));
}

WebApi::WebApi(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
WebApi::~WebApi() = default;

WebReply WebApi::Search(const WebParams& params) {
  auto request = ReadSearchParams(params);
  if (!request.ok()) return StatusReply(request.status());
  auto searcher = impl_->pool.Acquire();
  if (!searcher.ok()) return StatusReply(searcher.status());
  auto response = (*searcher)->Search(request->query, request->options);
  if (!response.ok()) return StatusReply(response.status());
  // Byte for byte what `kosearch-query --json` prints.
  return WebReply{200, "application/json; charset=utf-8", ResponseToJson(*response, request->explain) + "\n"};
}

WebReply WebApi::Stats() {
  auto searcher = impl_->pool.Acquire();
  if (!searcher.ok()) return StatusReply(searcher.status());
  auto stats = (*searcher)->Stats();
  if (!stats.ok()) return StatusReply(stats.status());
  return WebReply{200, "application/json; charset=utf-8", StatsToJson(*stats) + "\n"};
}

WebReply WebApi::Health() {
  auto searcher = impl_->pool.Acquire();
  if (!searcher.ok()) return ErrorReply(503, searcher.status().message());
  nlohmann::json j = {{"status", "ok"}, {"articles", (*searcher)->ArticleCount()}};
  return WebReply{200, "application/json; charset=utf-8", j.dump() + "\n"};
}

}  // namespace kosearch
