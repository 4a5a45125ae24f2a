// The HTTP side of kosearch-server: cpp-httplib routes requests to WebApi
// (include/kosearch/web_api.h) and serves the page's files, with a fixed
// pool of worker threads, until SIGTERM or SIGINT.
#pragma once

#include <cstddef>
#include <string>

#include "kosearch/web_api.h"

struct HttpServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;          // 0: any free port (the one chosen is printed)
  size_t threads = 64;      // connections served at once (each keeps its thread while open)
  size_t max_body_bytes = 64u << 20;
  int read_timeout_s = 10;  // a client silent this long is dropped
};

// Serves until SIGTERM or SIGINT (which the caller must have blocked in
// every thread, see BlockStopSignals), then stops accepting, finishes the
// requests in progress and returns 0; 2 when the address cannot be bound
// (message on stderr). Prints "kosearch-server: listening on http://HOST:PORT/"
// on stderr once it accepts connections.
int RunHttpServer(kosearch::WebApi& api, const HttpServerOptions& options);

// Blocks SIGTERM and SIGINT in the calling thread and the threads it starts
// later, so that RunHttpServer's signal thread alone receives them.
void BlockStopSignals();
