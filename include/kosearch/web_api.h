// WebApi: the HTTP JSON API of kosearch-server, without the HTTP.
//
// Each endpoint is one call taking what a request carries (its query
// parameters, its body, its Authorization header) and giving the reply to
// send: a status code, a Content-Type and a body. The HTTP server
// (server/, cpp-httplib) only routes requests to these calls, so the API is
// the library's: /api/search answers with exactly what `kosearch-query
// --json` prints for the same arguments (ResponseToJson of the same
// Searcher::Search), and POST /api/articles reads its JSONL body with the
// same reader and writer as `kosearch-index` (same rules, same messages).
//
// Failures are replies, never exceptions: 400 with {"error": "one line"}
// for a bad parameter or query (the CLI's messages), 401 for a write without
// the token, 403 for a write to a read-only server, 404 for an unknown
// article, 409 when another writer holds the database, 503 when the
// database cannot be read, 500 for anything else.
//
// Thread-safety: every call may run on many threads at once. Searches share
// a pool of Searchers (one per concurrent search, opened on demand up to
// WebApiOptions::searchers; a search waits for a free one beyond that), each
// moved to the latest commit before it runs, so writes by this API or by
// kosearch-index are seen by the next search. Writes run one at a time and
// are committed before their reply is made.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "kosearch/database_spec.h"
#include "kosearch/index.h"
#include "kosearch/search.h"
#include "kosearch/status.h"

namespace kosearch {

// What to send back for a request.
struct WebReply {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
};

// A request's query parameters, name → value (a name may repeat: facet).
using WebParams = std::multimap<std::string, std::string>;

struct WebApiOptions {
  // The shards searched (folders, stubs, remote shards; see database_spec.h).
  DatabaseSpec spec;
  // How each Searcher is opened (schema folder, alias table).
  SearcherOptions searcher{};
  // Searches run at once, at most; each holds one Searcher. Default: 0,
  // the number of hardware threads.
  size_t searchers = 0;
  // The database folder POST and DELETE write (plain or sharded, see
  // sharded_index.h). Default: empty, a read-only API (writes get 403).
  std::string write_db{};
  // The bearer token writes must carry ("Authorization: Bearer TOKEN");
  // required (non-empty) when write_db is set.
  std::string token{};
  // A folder where a POST body is put for the reader while it is indexed
  // (one private subfolder per request, removed after). Required with write_db.
  std::string temp_dir{};
  // Options of the writer (schema folder, commit batch). Default: as kosearch-index.
  IndexOptions index{};
};

class WebApi {
 public:
  // Opens one Searcher on options.spec to check that the database answers.
  // Fails like Searcher::Open, and with InvalidArgument when write_db is set
  // without a token or temp_dir.
  static Result<std::unique_ptr<WebApi>> Open(WebApiOptions options);
  ~WebApi();
  WebApi(const WebApi&) = delete;
  WebApi& operator=(const WebApi&) = delete;

  // GET /api/search: q (the query or question), limit, offset, sort
  // (relevance|date), facet (repeatable), facet_size, explain (1|true): the
  // `kosearch-query --json` object and newline. An unknown parameter, a bad
  // number or a malformed query: 400 with the CLI's message.
  WebReply Search(const WebParams& params);

  // GET /api/timeline: q, by (speaker|org|source; default speaker), interval
  // (month|year; default month), top (values charted, 1–50; default 8).
  // Counts matching quotes (by speaker or org; a plain query is restricted
  // to quotes with kind:quote) or articles (by source) per interval and
  // value for the most frequent values: {"by", "interval", "total",
  // "counted", "values": [{"value", "count"}], "intervals": [{"interval",
  // "counts": {value: n}}]}, intervals oldest first. The first 10,000
  // matches are bucketed (counted says how many; undated ones are left out).
  WebReply Timeline(const WebParams& params);

  // GET /api/stats: what `kosearch-query --stats --json` prints.
  WebReply Stats();
  // GET /healthz: {"status": "ok", "articles": N}, or 503 with the error.
  WebReply Health();

  // POST /api/articles: `body` is JSONL, one article a line, read like a
  // file named request.jsonl given to kosearch-index (an article without id
  // gets request-LINE). Committed before the reply: {"added", "replaced",
  // "unchanged", "errors": [{"line", "message"}]} (messages as
  // kosearch-index prints them, "request.jsonl:3: missing \"body\"").
  WebReply AddArticles(std::string_view authorization, std::string_view body);
  // DELETE /api/articles/{id}: the article and its quotes, committed before
  // the reply: {"deleted": "ID"}; 404 with kosearch-index's message when
  // there is no such article.
  WebReply DeleteArticle(std::string_view authorization, const std::string& id);

  struct Impl;

 private:
  explicit WebApi(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// {"error": message} with `status`.
WebReply ErrorReply(int status, std::string_view message);

}  // namespace kosearch
