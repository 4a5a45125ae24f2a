// English questions naming a company the index knows only in Hangul
// (src/answer/english_names.h, speaker_filter.cc, text/loanword.h): its
// name words by their sound beside the Korean of the kind of body, end to
// end on made-up articles.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "kosearch/search.h"
#include "made_up_archive.h"

namespace {

// Made-up articles: a bank and a food maker quoted through their people or
// by name, a sportswear maker's official, and a film star whose name sounds
// like "Foods".
constexpr const char* kArticles[] = {
    R"({"id": "org-1", "source": "test", "date": "2024-05-02", "title": "은행 우수고객 혜택", "body": "로열퍼시픽은행이 우수 고객 전용 창구를 연다. 로열퍼시픽은행 관계자는 \"우수 고객에게는 전담 직원이 상담해 드린다\"라고 말했다."})",
    R"({"id": "org-2", "source": "test", "date": "2024-05-03", "title": "해솔식품 사과", "body": "해솔식품은 \"문제가 된 제품을 모두 회수하고 깊이 사과드린다\"라고 밝혔다."})",
    R"({"id": "org-3", "source": "test", "date": "2024-05-04", "title": "포드 내한", "body": "배우 포드는 \"한국 관객에게 사과 한 상자를 선물하고 싶다\"라고 말했다."})",
    R"({"id": "org-4", "source": "test", "date": "2024-05-05", "title": "휠라 여름 신제품", "body": "휠라가 여름 신제품을 공개했다. 휠라 관계자는 \"이번 여름 컬렉션은 가벼운 소재가 특징\"이라고 말했다."})",
};

struct MadeUpDb : kosearch::MadeUpArchive {
  MadeUpDb() : MadeUpArchive("kosearch-english-organization", kArticles) {}
};

bool FirstQuoteHas(const kosearch::SearchResponse& r, const std::string& words) {
  auto it = std::find_if(r.hits.begin(), r.hits.end(), [](const kosearch::Hit& h) { return h.kind == "quote"; });
  return it != r.hits.end() && it->text.find(words) != std::string::npos;
}

}  // namespace

TEST_CASE("an English company name: its words by sound, the kind of body by the table, end to end") {
  MadeUpDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  // Royal (왕실 in the glossary) and Pacific written by sound in the bank's name; Bank: 은행.
  auto r = (*searcher)->Search("What did a Royal Pacific Bank official say about premium customers?");
  REQUIRE(r.ok());
  CHECK(FirstQuoteHas(*r, "전담 직원이 상담해"));
  // A romanized name and the plural kind (Foods → 식품): the company, not the star 포드 "Foods" sounds like.
  r = (*searcher)->Search("What did Haesol Foods say in its apology?");
  REQUIRE(r.ok());
  CHECK(FirstQuoteHas(*r, "모두 회수하고"));
  CHECK(std::none_of(r->hits.begin(), r->hits.end(), [](const kosearch::Hit& h) { return h.speaker == "포드"; }));
  // Fila is 휠라: Korean writes its opening f with ㅎ.
  r = (*searcher)->Search("What did a Fila official say about the summer collection?");
  REQUIRE(r.ok());
  CHECK(FirstQuoteHas(*r, "가벼운 소재"));
}
