// kosearch-server: the search API and the web page over HTTP.
// Flags → WebApi (the library, include/kosearch/web_api.h) → HTTP routes
// (http_server.cc) until SIGTERM or SIGINT. Exit: 0 after a signal, 2 on a
// bad flag, a database that cannot be opened or an address that cannot be bound.
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "http_server.h"
#include "kosearch/version.h"
#include "kosearch/web_api.h"

namespace {

// "HOST:PORT" or "[V6]:PORT" into options; false when malformed.
bool ParseListen(const std::string& listen, HttpServerOptions* options) {
  const size_t colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0) return false;
  std::string host = listen.substr(0, colon);
  if (host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  const std::string port = listen.substr(colon + 1);
  if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos) return false;
  options->host = host;
  options->port = std::stoi(port);
  return options->port <= 65535;
}

// The token: the file's first line, without surrounding whitespace.
kosearch::Result<std::string> ReadToken(const std::string& path) {
  std::ifstream in(path);
  if (!in) return kosearch::Status::NotFound(path + ": cannot open the token file");
  std::string token;
  std::getline(in, token);
  const size_t first = token.find_first_not_of(" \t\r"), last = token.find_last_not_of(" \t\r");
  token = first == std::string::npos ? "" : token.substr(first, last - first + 1);
  if (token.size() < 16) return kosearch::Status::InvalidArgument(path + ": the token must be at least 16 characters");
  return token;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"kosearch-server: the kosearch search API (JSON) and web page over HTTP"};
  std::vector<std::string> dbs, remotes;
  std::string listen = "127.0.0.1:8080", token_file;
  kosearch::WebApiOptions api_options;
  HttpServerOptions http;
  size_t max_body_mb = 64;
  app.add_option("--db", dbs, "database folder or Xapian stub file; repeat to search several shards as one (default: $KOSEARCH_DB)")
      ->allow_extra_args(false);
  app.add_option("--remote", remotes, "a shard served by xapian-tcpsrv at HOST:PORT (repeatable)")->allow_extra_args(false);
  app.add_flag("--allow-partial", api_options.spec.allow_partial, "when a shard cannot be reached, search the others");
  app.add_option("--timeout-ms", api_options.spec.timeout_ms,
                 "remote shards: milliseconds allowed to connect and for each round trip (default 10000; 0 = no limit)");
  app.add_option("--schema", api_options.searcher.schema_dir, "schema folder with aliases.tsv and ner/ (default: the installed one)");
  app.add_option("--listen", listen, "HOST:PORT to serve on (default 127.0.0.1:8080; port 0 = any free port; "
                                     "0.0.0.0:PORT serves every interface)");
  app.add_option("--threads", http.threads, "worker threads: connections served at once (default 64)")
      ->check(CLI::Range(1, 4096));
  app.add_option("--searchers", api_options.searchers, "searches run at once (default: the number of cores)")
      ->check(CLI::Range(1, 4096));
  app.add_option("--token-file", token_file,
                 "accept POST /api/articles and DELETE /api/articles/ID with 'Authorization: Bearer TOKEN', TOKEN "
                 "being this file's first line (at least 16 characters); needs exactly one --db folder. Without it "
                 "the server is read-only");
  app.add_option("--max-body-mb", max_body_mb, "largest request body accepted, in MB (default 64)")->check(CLI::Range(1, 4096));
  app.add_option("--read-timeout", http.read_timeout_s, "seconds a client may stay silent mid-request (default 10)")
      ->check(CLI::Range(1, 3600));
  app.set_version_flag("--version", std::string("kosearch-server ") + kosearch::kVersion);
  app.footer(
      "Endpoints (JSON, UTF-8; README.md \"Web page and HTTP API\"):\n"
      "  GET  /                       the search page\n"
      "  GET  /api/search?q=&limit=&offset=&sort=&facet=&facet_size=&explain=   what kosearch-query --json prints\n"
      "  GET  /api/timeline?q=&by=speaker|org|source&interval=month|year&top=   quotes (or articles) per interval\n"
      "  GET  /api/stats              what kosearch-query --stats --json prints\n"
      "  GET  /healthz                {\"status\": \"ok\", \"articles\": N}\n"
      "  POST /api/articles           JSONL body, as kosearch-index reads it (needs --token-file)\n"
      "  DELETE /api/articles/ID      as kosearch-index --delete ID (needs --token-file)\n"
      "Errors: 400 {\"error\": \"...\"} with the CLI's message; 401 without the token; 403 on a read-only server.\n"
      "SIGTERM or SIGINT: stops accepting, finishes the requests in progress (writes are committed before they are answered), exits 0.");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  auto fail = [](const std::string& msg) {
    std::cerr << "kosearch-server: " << msg << "\n";
    return 2;
  };
  if (!ParseListen(listen, &http)) return fail("--listen " + listen + ": give HOST:PORT, e.g. 127.0.0.1:8080");
  http.max_body_bytes = max_body_mb << 20;
  if (dbs.empty() && remotes.empty()) {
    const char* env = std::getenv("KOSEARCH_DB");
    if (!env || !*env) return fail("no database: give --db DIR or set KOSEARCH_DB");
    dbs.push_back(env);
  }
  for (const auto& d : dbs) {
    if (auto s = api_options.spec.AddLocation(d); !s.ok()) return fail(s.message());
  }
  for (const auto& r : remotes) {
    if (auto s = api_options.spec.AddRemote(r); !s.ok()) return fail(s.message());
  }
  if (!token_file.empty()) {
    if (dbs.size() != 1 || !remotes.empty() || !std::filesystem::is_directory(dbs[0])) {
      return fail("--token-file: writes need exactly one --db database folder (not a stub file or --remote shard)");
    }
    auto token = ReadToken(token_file);
    if (!token.ok()) return fail(token.status().message());
    api_options.token = *token;
    api_options.write_db = dbs[0];
    api_options.index.schema_dir = api_options.searcher.schema_dir;
    std::error_code ec;
    api_options.temp_dir = std::filesystem::temp_directory_path(ec).string();
    if (ec) api_options.temp_dir = "/tmp";
  }
  BlockStopSignals();  // before any thread starts: only the server's signal thread takes them
  auto api = kosearch::WebApi::Open(std::move(api_options));
  if (!api.ok()) return fail(api.status().message());
  return RunHttpServer(**api, http);
}
