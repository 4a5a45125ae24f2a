// A title asked at an organization or of someone ("a spokesperson for
// Samsung", "삼성전자 대변인", "an aide to Mubarak") over a small made-up
// archive (src/answer/role_at_organization.cc): the title's holders there,
// never every holder of the title in the index; at an organization the
// index does not know, only the title's holders quoted for no organization
// that speak of the topic answer (how each was resolved, as an outcome:
// answer_steps_test.cc).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "kosearch/search.h"
#include "made_up_archive.h"

namespace {

// Made-up articles: a party spokesperson on taxes; a company's new plant,
// with no spokesperson quoted; a former president's trial, with his aide
// (unnamed) and the court's spokesperson.
constexpr const char* kArticles[] = {
    R"({"id": "made-1", "source": "test", "date": "2024-05-02", "title": "누리당, 세금 인하 공약 발표", "body": "누리당이 2일 세금 인하 공약을 내놓았다. 누리당 김가람 대변인은 \"세금을 낮춰 가계의 부담을 덜겠다\"라고 말했다."})",
    R"({"id": "made-2", "source": "test", "date": "2024-05-03", "title": "삼성전자, 새 공장 착공", "body": "삼성전자가 3일 평택에서 새 공장을 착공했다. 회사는 이번 공장에서 반도체를 생산한다고 밝혔다. 한 주민은 \"공장이 들어서면 일자리가 늘 것\"이라고 말했다."})",
    R"({"id": "made-3", "source": "test", "date": "2024-05-04", "title": "무바라크 전 대통령 재판", "body": "호스니 무바라크 전 대통령의 재판이 4일 열렸다. 무바라크 전 대통령의 측근은 \"재판은 처음부터 정치적이었다\"라고 말했다. 법원 대변인 이하람은 \"재판은 공정하게 진행된다\"라고 말했다."})",
};

struct MadeUpDb : kosearch::MadeUpArchive {
  MadeUpDb() : MadeUpArchive("kosearch-title-at-organization", kArticles) {}
};

using kosearch::SpeakersOf;

bool Has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("a spokesperson for an organization no quote holds the title at: no one, never every spokesperson") {
  MadeUpDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  // Both spokespeople of the archive speak for others (the party, the court).
  auto r = (*searcher)->Search("What did a spokesperson for Samsung say?");
  REQUIRE(r.ok());
  CHECK(SpeakersOf(*r).empty());
  CHECK(Has(r->understood.speaker_expansions, "삼성전자"));  // the body was found: none of its spokespeople is quoted
  r = (*searcher)->Search("삼성전자 대변인은 재판에 대해 뭐라고 했나");
  REQUIRE(r.ok());
  CHECK(SpeakersOf(*r).empty());
  // The title alone still means its holders.
  r = (*searcher)->Search("what did the spokesperson say about taxes");
  REQUIRE(r.ok());
  REQUIRE_FALSE(SpeakersOf(*r).empty());
  CHECK(SpeakersOf(*r).front() == "김가람");
}

TEST_CASE("an organization the index does not know, with a title: only holders quoted for no organization, on the topic") {
  MadeUpDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  auto r = (*searcher)->Search("What did a spokesperson for Hanbitco say?");
  REQUIRE(r.ok());
  CHECK(r->hits.empty());  // no topic: a title alone never says whose words they are
  // The party's spokesperson speaks on taxes, but for the party: never Hanbitco's words.
  r = (*searcher)->Search("What did a spokesperson for Hanbitco say about taxes?");
  REQUIRE(r.ok());
  CHECK(SpeakersOf(*r).empty());
  // Without the organization, the same question is answered by the party's spokesperson.
  r = (*searcher)->Search("What did the spokesperson say about taxes?");
  REQUIRE(r.ok());
  REQUIRE_FALSE(SpeakersOf(*r).empty());
  CHECK(SpeakersOf(*r).front() == "김가람");
}

TEST_CASE("a title of someone: its unnamed holders in the articles that name them") {
  MadeUpDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  auto r = (*searcher)->Search("What did an aide to Mubarak say about the trial?");
  REQUIRE(r.ok());
  REQUIRE(r->hits.size() == 1);
  CHECK(r->hits[0].role == "측근");
  CHECK(r->hits[0].speaker.empty());
  CHECK(Has(r->understood.speaker_expansions, "무바라크"));  // whose the title is
}
