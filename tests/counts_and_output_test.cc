// Tests for honest counts (exact up to kExactCountLimit, independent of the
// page), prefix search, source words, facet size and order, snippet
// wrapping, database statistics and deleting articles.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "kosearch/format.h"
#include "kosearch/index.h"
#include "kosearch/search.h"
#include "kosearch/sharded_index.h"
#include "search/query_parser.h"
#include "text/unicode_text.h"

namespace fs = std::filesystem;

namespace kosearch {
namespace {

// Short news-like articles from three publishers, written for this test.
std::vector<Article> Articles() {
  std::vector<Article> out;
  const char* sources[] = {"ko.wikinews.org", "연합뉴스", "SBS뉴스"};
  for (int i = 0; i < 30; ++i) {
    Article a;
    a.id = "count-" + std::to_string(i);
    a.title = "반도체 수출 " + std::to_string(i + 1) + "개월 연속 증가";
    a.date = "2024-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10);
    a.source = sources[i % 3];
    a.body = "산업통상자원부는 반도체 수출이 " + std::to_string(i + 1) +
             "개월 연속 늘었다고 밝혔다. Samsung과 SK하이닉스의 메모리 반도체가 수출을 이끌었다. " +
             (i % 2 ? std::string("NVIDIA에 공급하는 고대역폭 메모리 물량이 크게 늘었다.") : std::string("스마트폰 수요도 회복됐다."));
    out.push_back(a);
  }
  return out;
}

std::string MakeDb(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("kosearch-counts-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(d);
  auto w = IndexWriter::Open(d.string());
  REQUIRE(w.ok());
  for (const Article& a : Articles()) REQUIRE((*w)->Add(a).ok());
  REQUIRE((*w)->Commit().ok());
  return d.string();
}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t at = 0;
  for (size_t nl; (nl = text.find('\n', at)) != std::string::npos; at = nl + 1) lines.push_back(text.substr(at, nl - at));
  if (at < text.size()) lines.push_back(text.substr(at));
  return lines;
}

const std::string& Db() {
  static const std::string path = MakeDb("db");
  return path;
}

SearchResponse Search(const std::string& q, size_t limit = 10, size_t offset = 0, std::vector<std::string> facets = {},
                      size_t facet_size = 0) {
  auto s = Searcher::Open(Db());
  REQUIRE(s.ok());
  SearchOptions o;
  o.limit = limit;
  o.offset = offset;
  o.facets = std::move(facets);
  o.facet_size = facet_size;
  auto r = (*s)->Search(q, o);
  REQUIRE_MESSAGE(r.ok(), r.status().message());
  return *r;
}

}  // namespace

TEST_CASE("totals are exact and do not depend on limit or offset") {
  for (const std::string q : {"반도체", "고대역폭", "\"메모리 반도체\"", "source:연합뉴스", "nvidia"}) {
    CAPTURE(q);
    const SearchResponse all = Search(q, 100);
    REQUIRE(all.hits.size() > 1);
    CHECK(all.total == all.hits.size());
    CHECK(all.total_exact);
    for (size_t limit : {0, 1, 5}) {
      const SearchResponse page = Search(q, limit);
      CHECK(page.total == all.total);
      CHECK(page.total_exact);
      CHECK(page.hits.size() == std::min<size_t>(limit, all.total));
    }
    const SearchResponse past = Search(q, 10, all.total + 5);
    CHECK(past.hits.empty());
    CHECK(past.total == all.total);
    CHECK(Search(q, 1, 0, {"source"}).total == all.total);
  }
  CHECK(Search("고대역폭", 100).total == 15);
}

TEST_CASE("prefix search expands Latin words and numbers only") {
  CHECK(Search("nvid", 100).total == 0);
  const SearchResponse r = Search("nvid*", 100);
  CHECK(r.total == 15);
  REQUIRE(!r.hits.empty());
  CHECK(RenderHighlights(r.hits[0].snippet, r.hits[0].highlights, "[", "]").find("[NVIDIA]") != std::string::npos);
  CHECK(Search("sams* -nvidia", 100).total == 15);
  auto s = Searcher::Open(Db());
  REQUIRE(s.ok());
  for (const char* bad : {"반도*", "nv*d", "*", "omni~", "omni~2"}) {
    CAPTURE(bad);
    auto e = (*s)->Search(bad);
    REQUIRE(!e.ok());
    CHECK(e.status().code() == Status::Code::kInvalidArgument);
    CHECK(e.status().message().find(std::string("\"") + bad + "\"") != std::string::npos);
  }
  CHECK((*s)->Search("3~4개월").ok());
}

TEST_CASE("a source matches by any of its words") {
  CHECK(SourceWords("ko.wikinews.org") == std::vector<std::string>{"ko", "wikinews", "org"});
  CHECK(SourceWords("sbs뉴스") == std::vector<std::string>{"sbs", "뉴스"});
  CHECK(SourceWords("연합뉴스") == std::vector<std::string>{"연합뉴스"});
  CHECK(Search("source:wikinews", 100).total == 10);
  CHECK(Search("source:ko.wikinews.org", 100).total == 10);
  CHECK(Search("source:WIKINEWS.org", 100).total == 10);
  CHECK(Search("source:SBS", 100).total == 10);
  CHECK(Search("source:연합뉴스", 100).total == 10);
  CHECK(Search("source:뉴스", 100).total == 10);  // SBS뉴스's word; 연합뉴스 is one word
  CHECK(Search("source:wiki", 100).total == 0);
}

TEST_CASE("facets: the most frequent first, ties by value, at most facet_size") {
  const SearchResponse r = Search("반도체", 0, 0, {"source", "year"}, 2);
  REQUIRE(r.facets.at("source").size() == 2);
  CHECK(r.facets.at("source")[0].count == 10);
  CHECK(r.facets.at("source")[0].value < r.facets.at("source")[1].value);
  const SearchResponse all = Search("고대역폭", 0, 0, {"source"});
  REQUIRE(all.facets.at("source").size() == 3);
  CHECK(all.facets.at("source")[0].count >= all.facets.at("source")[1].count);
  // JSON keeps that order (not the names' order).
  SearchResponse made;
  made.total = 3;
  made.facets["source"] = {{"연합뉴스", 2}, {"SBS뉴스", 1}};
  const std::string json = ResponseToJson(made);
  CHECK(json.find("\"연합뉴스\":2") < json.find("\"SBS뉴스\":1"));
  CHECK(json.find("\"total_exact\":true") != std::string::npos);
}

TEST_CASE("text output: exact count, estimate marked, snippets wrapped to the width") {
  SearchResponse r;
  r.total = 131;
  CHECK(ResponseToText(r, 0, TextOptions{}).rfind("131 results\n", 0) == 0);
  r.total = 1;
  CHECK(ResponseToText(r, 0, TextOptions{}).rfind("1 result\n", 0) == 0);
  r.total = 25000;
  r.total_exact = false;
  CHECK(ResponseToText(r, 0, TextOptions{}).rfind("About 25000 results\n", 0) == 0);

  Hit h;
  h.kind = "article";
  h.id = h.article_id = "w";
  h.title = "반도체";
  h.snippet = "산업통상자원부는 반도체 수출이 12개월 연속 늘었다고 밝혔다. Samsung과 SK하이닉스의 메모리 반도체가 수출을 이끌었다.";
  const size_t first = h.snippet.find("메모리 반도체");
  h.highlights = {{first, first + std::string("메모리 반도체").size()}};
  r.hits = {h};
  TextOptions wrapped;
  wrapped.width = 30;
  const std::string out = ResponseToText(r, 0, wrapped);
  std::vector<std::string> lines;
  std::string words;
  for (const std::string& line : SplitLines(out)) {
    if (line.rfind("   ", 0) != 0) continue;
    lines.push_back(line);
    size_t columns = 0;
    for (char32_t c : ToU32(line)) columns += IsHangulSyllable(c) ? 2 : 1;
    CHECK(columns <= 30);
    words += line.substr(3) + " ";
  }
  CHECK(lines.size() >= 4);
  // Highlights survive the cut: 메모리 and 반도체 fall on two lines here or on one.
  std::string unbracketed;
  for (char c : words) if (c != '[' && c != ']') unbracketed += c;
  CHECK(SplitSpaces(unbracketed) == SplitSpaces(h.snippet));
  CHECK(words.find("[메모리") != std::string::npos);
  CHECK(words.find("반도체]") != std::string::npos);
  CHECK(SplitLines(ResponseToText(r, 0, TextOptions{})).size() == 3);  // unwrapped: count, title, snippet
}

TEST_CASE("stats and deleting articles with their quotes") {
  const std::string db = MakeDb("delete");
  {
    auto s = Searcher::Open(db);
    REQUIRE(s.ok());
    auto stats = (*s)->Stats();
    REQUIRE(stats.ok());
    CHECK(stats->articles == 30);
    CHECK(stats->bytes_on_disk > 10000);
    CHECK(stats->shards == 1);
    CHECK(!stats->positions);
    CHECK(!stats->append_only);
    CHECK(stats->schema_version == 4);  // quote ids apart from article ids, bounded terms, documents in their matches
  }
  auto deleted = DeleteArticles(db, {"count-1", "count-2", "nope"});
  REQUIRE(deleted.ok());
  CHECK(deleted->deleted == 2);
  CHECK(deleted->unknown == std::vector<std::string>{"nope"});
  auto s = Searcher::Open(db);
  REQUIRE(s.ok());
  CHECK((*s)->Stats()->articles == 28);
  CHECK((*s)->Search("id:count-1")->total == 0);
  CHECK((*s)->Search("id:count-3")->total == 1);
  CHECK(DeleteArticles(db + "-missing", {"count-3"}).status().code() == Status::Code::kNotFound);
  fs::remove_all(db);
}

}  // namespace kosearch
