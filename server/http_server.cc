// kosearch-server's HTTP routes (http_server.h): each API endpoint is one
// WebApi call; the page's files are compiled in (web_assets.h). Errors
// cpp-httplib answers itself (unknown path, body or request line too long)
// get a JSON body too, so that every response has a Content-Type.
#include "http_server.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <iostream>
#include <thread>

#include "web_assets.h"

namespace {

void Send(httplib::Response& res, const kosearch::WebReply& reply) {
  res.status = reply.status;
  res.set_content(reply.body, reply.content_type.c_str());
}

// The message for an error cpp-httplib raised before any handler ran.
std::string ErrorText(const httplib::Request& req, int status, const HttpServerOptions& options) {
  switch (status) {
    case 404: return "no such endpoint: " + req.method + " " + req.path;
    case 413: return "request body too large (limit " + std::to_string(options.max_body_bytes) + " bytes)";
    case 414: return "request line too long (limit " + std::to_string(CPPHTTPLIB_REQUEST_URI_MAX_LENGTH) + " bytes)";
    case 405: return "method not allowed: " + req.method + " " + req.path;
    default: return "bad request (HTTP " + std::to_string(status) + ")";
  }
}

void AddRoutes(httplib::Server& svr, kosearch::WebApi& api, const HttpServerOptions& options) {
  for (const WebAsset& asset : WebAssets()) {
    svr.Get(asset.path, [&asset](const httplib::Request&, httplib::Response& res) {
      res.set_content(asset.data, asset.size, asset.content_type);
      // Article text is data: nothing but the page's own files may run or load.
      res.set_header("Content-Security-Policy",
                     "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
                     "base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
      res.set_header("X-Content-Type-Options", "nosniff");
    });
  }
  svr.Get("/api/search", [&](const httplib::Request& req, httplib::Response& res) { Send(res, api.Search(req.params)); });
  svr.Get("/api/timeline", [&](const httplib::Request& req, httplib::Response& res) { Send(res, api.Timeline(req.params)); });
  svr.Get("/api/stats", [&](const httplib::Request&, httplib::Response& res) { Send(res, api.Stats()); });
  svr.Get("/healthz", [&](const httplib::Request&, httplib::Response& res) { Send(res, api.Health()); });
  svr.Post("/api/articles", [&](const httplib::Request& req, httplib::Response& res) {
    Send(res, api.AddArticles(req.get_header_value("Authorization"), req.body));
  });
  svr.Delete(R"(/api/articles/(.+))", [&](const httplib::Request& req, httplib::Response& res) {
    Send(res, api.DeleteArticle(req.get_header_value("Authorization"), req.matches[1].str()));
  });
  svr.set_error_handler(httplib::Server::HandlerWithResponse([&options](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;  // a WebApi reply
    Send(res, kosearch::ErrorReply(res.status, ErrorText(req, res.status, options)));
    return httplib::Server::HandlerResponse::Handled;
  }));
  svr.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    Send(res, kosearch::ErrorReply(500, "internal error"));
  });
}

}  // namespace

void BlockStopSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

int RunHttpServer(kosearch::WebApi& api, const HttpServerOptions& options) {
  httplib::Server svr;
  const size_t threads = options.threads;
  svr.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  svr.set_payload_max_length(options.max_body_bytes);
  svr.set_read_timeout(options.read_timeout_s, 0);
  svr.set_keep_alive_max_count(1000);
  svr.set_tcp_nodelay(true);
  AddRoutes(svr, api, options);

  int port = options.port;
  bool bound = port == 0 ? (port = svr.bind_to_any_port(options.host)) > 0 : svr.bind_to_port(options.host, port);
  if (!bound) {
    std::cerr << "kosearch-server: cannot listen on " << options.host << ":" << options.port
              << " (address in use, or not an address of this machine)\n";
    return 2;
  }
  // The one thread that takes SIGTERM/SIGINT: it stops the accept loop;
  // listen_after_bind then lets the requests in progress finish.
  std::atomic<bool> signalled{false};
  std::thread stopper([&svr, &signalled] {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    int sig = 0;
    sigwait(&set, &sig);
    signalled = true;
    svr.stop();
  });
  std::cerr << "kosearch-server: listening on http://" << options.host << ":" << port << "/" << std::endl;
  svr.listen_after_bind();
  // Stopped by something else than a signal: wake the stopper so it ends.
  if (!signalled) pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  std::cerr << "kosearch-server: stopped" << std::endl;
  return 0;
}
