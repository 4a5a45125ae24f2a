// WebApi (web_api.h) without HTTP, on a small database of the seed article:
// search replies are ResponseToJson of the same search, parameters are
// checked with the CLI's messages, many threads share a few Searchers, and
// writes need the token.
#include <doctest/doctest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include "kosearch/format.h"
#include "kosearch/index.h"
#include "kosearch/search.h"
#include "kosearch/web_api.h"
#include "serve/search_params.h"

namespace fs = std::filesystem;

namespace {

const std::string& SeedDb() {
  static const std::string path = [] {
    fs::path d = fs::temp_directory_path() / ("kosearch-web-api-test-" + std::to_string(::getpid()));
    fs::remove_all(d);
    auto w = kosearch::IndexWriter::Open(d.string());
    REQUIRE(w.ok());
    auto s = kosearch::IndexInputs(**w, {std::string(KOSEARCH_TEST_CORPUS) + "/seed"}, [](const std::string&) {}, nullptr);
    REQUIRE(s.ok());
    REQUIRE(s->added >= 1);
    return d.string();
  }();
  return path;
}

std::unique_ptr<kosearch::WebApi> OpenApi(size_t searchers) {
  kosearch::WebApiOptions options;
  REQUIRE(options.spec.AddLocation(SeedDb()).ok());
  options.searchers = searchers;
  auto api = kosearch::WebApi::Open(std::move(options));
  REQUIRE_MESSAGE(api.ok(), api.status().message());
  return std::move(*api);
}

}  // namespace

TEST_CASE("web api: /api/search is ResponseToJson of the same search") {
  auto api = OpenApi(2);
  auto searcher = kosearch::Searcher::Open(SeedDb());
  REQUIRE(searcher.ok());
  for (const char* q : {"what did SK say about Omniverse", "SK 옴니버스", "젠슨 황"}) {
    kosearch::SearchOptions o;
    o.limit = 3;
    o.facets = {"speaker"};
    o.facet_size = 10;
    auto expected = (*searcher)->Search(q, o);
    REQUIRE(expected.ok());
    CHECK(expected->total > 0);
    kosearch::WebReply reply = api->Search({{"q", q}, {"limit", "3"}, {"facet", "speaker"}});
    CHECK(reply.status == 200);
    CHECK(reply.content_type == "application/json; charset=utf-8");
    CHECK(reply.body == kosearch::ResponseToJson(*expected) + "\n");
  }
}

TEST_CASE("web api: parameters are checked with the CLI's messages") {
  auto error = [](kosearch::WebParams p) {
    auto r = kosearch::ReadSearchParams(p);
    REQUIRE(!r.ok());
    return r.status().message();
  };
  CHECK(error({{"q", "a"}, {"limit", "-1"}}) == "limit -1: give 0 or more (0 only counts the matches)");
  CHECK(error({{"q", "a"}, {"offset", "2000000000"}}) == "offset 2000000000: at most 1000000000");
  CHECK(error({{"q", "a"}, {"facet_size", "1.5"}}) == "facet_size 1.5: not a whole number");
  CHECK(error({{"q", "a"}, {"q", "b"}}) == "parameter \"q\" given more than once");
  CHECK(error({{"q", " "}}) == "empty query: give words to search for");
  auto ok = kosearch::ReadSearchParams({{"q", "오바마"}, {"facet", "year"}, {"facet", "org"}, {"sort", "date"}});
  REQUIRE(ok.ok());
  CHECK(ok->options.limit == 10);
  CHECK(ok->options.facet_size == 10);
  CHECK(ok->options.sort_by_date);
  CHECK(ok->options.facets == std::vector<std::string>{"year", "org"});
  auto api = OpenApi(1);
  kosearch::WebReply bad = api->Search({{"q", "\"옴니버스"}});
  CHECK(bad.status == 400);
  CHECK(bad.body.find("unbalanced quote") != std::string::npos);
}

TEST_CASE("web api: 16 threads share 2 Searchers and all get the same answer") {
  auto api = OpenApi(2);
  const std::string expected = api->Search({{"q", "SK 옴니버스"}}).body;
  REQUIRE(expected.find("\"total\":") != std::string::npos);
  std::atomic<int> same{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 16; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 5; ++i) same += api->Search({{"q", "SK 옴니버스"}}).body == expected;
    });
  }
  for (auto& t : threads) t.join();
  CHECK(same == 80);
}

TEST_CASE("web api: a read-only api refuses writes, a writable one wants its token") {
  auto read_only = OpenApi(1);
  CHECK(read_only->AddArticles("Bearer x", "{\"body\": \"본문\"}").status == 403);
  CHECK(read_only->DeleteArticle("Bearer x", "a").status == 403);
  kosearch::WebApiOptions options;
  REQUIRE(options.spec.AddLocation(SeedDb()).ok());
  options.write_db = SeedDb();
  CHECK(!kosearch::WebApi::Open(options).ok());  // no token
  options.token = "0123456789abcdef";
  options.temp_dir = fs::temp_directory_path().string();
  auto api = kosearch::WebApi::Open(std::move(options));
  REQUIRE(api.ok());
  CHECK((*api)->AddArticles("Bearer 0123456789abcdeF", "{\"body\": \"본문\"}").status == 401);
  CHECK((*api)->AddArticles("", "{\"body\": \"본문\"}").status == 401);
  CHECK((*api)->DeleteArticle("Bearer 0123456789abcde", "x").status == 401);
  kosearch::WebReply missing = (*api)->DeleteArticle("Bearer 0123456789abcdef", "no-such-article");
  CHECK(missing.status == 404);
  CHECK(missing.body.find("no article with id no-such-article; nothing deleted for it") != std::string::npos);
}
