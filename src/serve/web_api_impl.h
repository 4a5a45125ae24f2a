// What a WebApi holds, shared by the files that implement its endpoints
// (web_api.cc: search, stats, health; timeline.cc; article_writes.cc).
// Internal header.
#pragma once

#include <mutex>

#include "kosearch/web_api.h"
#include "serve/searcher_pool.h"

namespace kosearch {

struct WebApi::Impl {
  Impl(WebApiOptions o, size_t searchers) : options(std::move(o)), pool(options.spec, options.searcher, searchers) {}
  WebApiOptions options;
  SearcherPool pool;
  std::mutex write_mutex;  // one write at a time (the folder lock would refuse a second)
};

// The reply for a failed library call: 400 for InvalidArgument (a bad query
// or parameter), 404 NotFound, 409 Locked, 503 IOError (the database cannot
// be read), 500 otherwise.
WebReply StatusReply(const Status& status);

}  // namespace kosearch
