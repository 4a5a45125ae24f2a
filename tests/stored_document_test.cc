// The stored document codec (src/index/stored_document.h): what the writer
// stores for real Korean articles decodes to the same fields and encodes to
// the same bytes; records as schema version 2 has always written them
// decode; malformed records fail with Corruption naming what is wrong.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "index/document_builder.h"
#include "index/schema.h"
#include "index/sort_key.h"
#include "index/stored_document.h"
#include "kosearch/analyzer.h"
#include "kosearch/cleaner.h"
#include "kosearch/extract.h"
#include "kosearch/reader.h"

namespace kosearch {
namespace {

std::vector<Article> RealArticles(size_t wikinews) {
  std::vector<Article> out;
  const std::string corpus = KOSEARCH_TEST_CORPUS;
  Status s = ReadArticles({corpus + "/seed", corpus + "/kowikinews/articles.jsonl"},
                          [&](Article&& a) {
                            out.push_back(std::move(a));
                            return out.size() < wikinews + 1;
                          },
                          [](const std::string& e) { FAIL(e); });
  REQUIRE(s.ok());
  return out;
}

TEST_CASE("stored documents of real articles decode to what was written and encode to the same bytes") {
  auto extractor = Extractor::Create();
  REQUIRE(extractor.ok());
  const std::vector<Article> articles = RealArticles(40);
  REQUIRE(articles.size() == 41);
  size_t quotes = 0;
  for (const Article& a : articles) {
    CAPTURE(a.id);
    const CleanedBody cleaned = CleanBody(a.body);
    const Extraction fields = ExtractArticle(**extractor, a);
    const BuiltDocuments built = BuildDocuments(a, cleaned, fields, *(*extractor)->aliases(), "hash", TermOptions{});

    const std::string data = StoredData(built.article);
    auto article = DecodeStoredDocument(data);
    REQUIRE(article.ok());
    CHECK(article->kind == schema::kKindArticle);
    CHECK_FALSE(article->is_quote());
    CHECK(article->id == a.id);
    CHECK(article->owning_article() == a.id);
    CHECK(article->text == cleaned.text);
    CHECK_FALSE(article->title.empty());
    CHECK(article->speaker.empty());
    CHECK(EncodeStoredDocument(*article) == data);

    REQUIRE(built.quotes.size() == fields.quotes.size());
    for (size_t n = 0; n < built.quotes.size(); ++n, ++quotes) {
      const std::string qdata = StoredData(built.quotes[n]);
      auto quote = DecodeStoredDocument(qdata);
      REQUIRE(quote.ok());
      CHECK(quote->is_quote());
      CHECK(quote->id == schema::QuoteId(a.id, n));
      CHECK(quote->owning_article() == a.id);
      CHECK(quote->title == article->title);
      CHECK(quote->text == NormalizeText(fields.quotes[n].text));
      CHECK(quote->speaker == fields.quotes[n].speaker);
      CHECK(quote->role == fields.quotes[n].role);
      CHECK(quote->speaker_as_written == fields.quotes[n].speaker_as_written);
      CHECK(EncodeStoredDocument(*quote) == qdata);
    }
  }
  CHECK(quotes >= 20);  // the seed article alone has 17
}

TEST_CASE("the bytes are those schema version 2 has always written") {
  // How document_builder.cc wrote the data before the codec (one
  // nlohmann::json per kind, keys sorted, invalid UTF-8 replaced).
  auto old_writer = [](const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); };
  StoredDocument article{.kind = schema::kKindArticle, .id = "a1", .title = "가상일보: 반도체", .date = "2025-11-01",
                         .source = "가상일보", .url = "https://example.com/a1",
                         .text = "김민수 가상전자 대표는 \"내년에는 반도체 투자를 두 배로 늘리겠다\"고 말했다.\n\xff끝"};
  CHECK(EncodeStoredDocument(article) ==
        old_writer({{"kind", "article"}, {"id", article.id}, {"title", article.title}, {"date", article.date},
                    {"source", article.source}, {"url", article.url}, {"text", article.text}}));
  StoredDocument quote{schema::kKindQuote, "a1#q0", article.title, article.date, article.source, article.url,
                       "내년에는 반도체 투자를 두 배로 늘리겠다", "a1", "김민수", "대표", "가상전자", "김 대표", true};
  CHECK(EncodeStoredDocument(quote) ==
        old_writer({{"kind", "quote"}, {"id", "a1#q0"}, {"article_id", "a1"}, {"title", quote.title},
                    {"date", quote.date}, {"source", quote.source}, {"url", quote.url}, {"text", quote.text},
                    {"speaker", "김민수"}, {"role", "대표"}, {"org", "가상전자"}, {"speaker_as_written", "김 대표"},
                    {"resolved_fuzzily", true}}));
}

TEST_CASE("records as an existing database holds them decode") {
  auto quote = DecodeStoredDocument(
      R"({"article_id":"a1","date":"2025-11-01","id":"a1#q0","kind":"quote","org":"가상전자","resolved_fuzzily":false,)"
      R"("role":"대표","source":"가상일보","speaker":"김민수","speaker_as_written":"김민수 가상전자 대표",)"
      R"("text":"내년에는 반도체 투자를 두 배로 늘리겠다","title":"가상일보: 반도체","url":""})");
  REQUIRE(quote.ok());
  CHECK(quote->is_quote());
  CHECK(quote->id == "a1#q0");
  CHECK(quote->owning_article() == "a1");
  CHECK(quote->speaker == "김민수");
  CHECK(quote->org == "가상전자");
  CHECK(quote->speaker_as_written == "김민수 가상전자 대표");
  CHECK_FALSE(quote->resolved_fuzzily);
  CHECK(quote->text == "내년에는 반도체 투자를 두 배로 늘리겠다");

  auto article = DecodeStoredDocument(
      R"({"date":"2009-01-20","id":"kowikinews-73a60a5ba5","kind":"article","source":"ko.wikinews.org",)"
      R"("text":"버락 오바마가 제44대 미국 대통령으로 취임했다.","title":"오바마 대통령 취임","url":""})");
  REQUIRE(article.ok());
  CHECK(article->kind == "article");
  CHECK(article->owning_article() == "kowikinews-73a60a5ba5");
  CHECK(article->title == "오바마 대통령 취임");
  CHECK(article->article_id.empty());
}

TEST_CASE("a malformed record fails with Corruption saying what is wrong") {
  struct Case {
    const char* data;
    const char* says;
  };
  for (const Case& c : {Case{"not json", "not valid JSON"}, Case{"[1, 2]", "not a JSON object"},
                        Case{R"({"kind":"memo","id":"x"})", "kind \"memo\""}, Case{R"({"id":"x"})", "kind \"\""},
                        Case{R"({"kind":"article","title":5})", "\"title\" is not a string"},
                        Case{R"({"kind":"quote","resolved_fuzzily":"yes"})", "\"resolved_fuzzily\" is not a boolean"}}) {
    CAPTURE(c.data);
    auto decoded = DecodeStoredDocument(c.data);
    REQUIRE_FALSE(decoded.ok());
    CHECK(decoded.status().code() == Status::Code::kCorruption);
    CHECK(decoded.status().message().find(c.says) != std::string::npos);
  }
}

}  // namespace
}  // namespace kosearch
