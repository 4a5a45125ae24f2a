// A side or someone of a person's asked by the person's name ("한별나 측",
// "윤서하 소속사") when no quote is keyed by that name (src/answer/spoken_for.h):
// the words of the phrase with no database, then the answers over a small
// made-up archive: the quotes of no named person in the articles that name
// the person, on the topic; never a named person's quote there, never a
// quote of an article that does not name them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "answer/spoken_for.h"
#include "kosearch/search.h"
#include "made_up_archive.h"

namespace {

// Made-up articles: an actress's agency and a director on a dating rumour; a
// singer's side and, elsewhere, a composer and an unnamed quote on plagiarism.
constexpr const char* kArticles[] = {
    R"({"id": "made-1", "source": "test", "date": "2024-05-02", "title": "배우 윤서하 열애설", "body": "배우 윤서하가 열애설에 휩싸였다. 윤서하의 소속사 푸른달엔터테인먼트는 2일 \"두 사람은 친한 동료일 뿐 열애는 사실이 아니다\"라고 밝혔다. 같은 날 영화감독 김도윤은 \"열애설과 관계없이 촬영은 예정대로 진행된다\"라고 말했다."})",
    R"({"id": "made-2", "source": "test", "date": "2024-05-03", "title": "가수 한별나 측 \"표절 아니다\"", "body": "가수 한별나 측은 3일 표절 의혹에 대해 \"표절이 아니라 같은 장르의 흔한 진행일 뿐\"이라고 반박했다."})",
    R"({"id": "made-3", "source": "test", "date": "2024-05-04", "title": "음원 표절 논란 확산", "body": "음원 표절 논란이 확산하고 있다. 작곡가 이태오는 \"표절 여부는 전문가가 가려야 한다\"라고 말했다. 한 평론가는 \"표절 의혹은 늘 있었다\"고 했다."})",
    R"({"id": "made-4", "source": "test", "date": "2024-05-05", "title": "윤서하 자택 앞 소동", "body": "배우 윤서하의 자택 앞에서 5일 열애설을 둘러싼 소동이 벌어졌다. 경찰은 \"열애설과 관련한 소동으로 현장에서 한 명을 연행했다\"라고 밝혔다. 팬들은 \"열애설은 믿지 않는다\" \"열애설 보도가 지나치다\"며 모여들었다."})",
    R"({"id": "made-5", "source": "test", "date": "2024-05-06", "title": "도심 집회 신고", "body": "도심에서 집회가 열렸다. 경찰은 \"집회 신고는 적법하게 접수됐다\"라고 밝혔다."})",
};

struct MadeUpDb : kosearch::MadeUpArchive {
  MadeUpDb() : MadeUpArchive("kosearch-spoken-for", kArticles) {}
};

using kosearch::NameBeforeSideWord;
using kosearch::SpeakersOf;
using Words = std::vector<std::string>;

}  // namespace

TEST_CASE("a side or relation word after a name: the name's words; none after a title or for English") {
  CHECK(NameBeforeSideWord("한별나 측") == Words{"한별나"});
  CHECK(NameBeforeSideWord("윤서하 소속사") == Words{"윤서하"});
  CHECK(NameBeforeSideWord("진보라·김명훈 측") == Words{"진보라", "김명훈"});
  // "문 대표 측": the 대표's people, read as a title elsewhere; a name alone is no side.
  CHECK(NameBeforeSideWord("문 대표 측").empty());
  CHECK(NameBeforeSideWord("한별나").empty());
  // A verb's form the grammar left before the word is no name.
  CHECK(NameBeforeSideWord("맡은 에이전트").empty());
  CHECK(NameBeforeSideWord("Han Byeol-na's agency").empty());
}

TEST_CASE("a person's side no quote is keyed by: the quotes of no named person in the articles naming them, on the topic") {
  MadeUpDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  // The agency speaks, never the director the same article names.
  auto r = (*searcher)->Search("윤서하 소속사는 열애설에 대해 뭐라고 했나");
  REQUIRE(r.ok());
  CHECK(SpeakersOf(*r) == std::vector<std::string>{"푸른달엔터테인먼트"});
  // Reached through the side fallback, not a quote keyed by the name; and
  // never the police's words nor the fans' quotes left without a speaker in
  // an article naming her (made-4): those are no one's of hers.
  CHECK(r->understood.resolved_by.rfind("side:", 0) == 0);
  REQUIRE(r->hits.size() == 1);
  CHECK(r->hits[0].article_id == "made-1");
  // The side's unnamed quote, never the composer's nor the critic's of an article not naming the singer.
  r = (*searcher)->Search("한별나 측은 표절 의혹에 대해 뭐라고 했나");
  REQUIRE(r.ok());
  REQUIRE(r->hits.size() == 1);
  CHECK(r->hits[0].article_id == "made-2");
  CHECK(r->understood.resolved_by.rfind("side:", 0) == 0);
  // With no topic nothing tells the side's words from others' there: no answer.
  r = (*searcher)->Search("윤서하 소속사는 뭐라고 했나");
  REQUIRE(r.ok());
  CHECK(r->hits.empty());
}
