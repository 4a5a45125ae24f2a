// How a question's quotes rank when the topic does not decide, and the last
// fallback of a speaker nobody is quoted by, over a small made-up archive
// (src/answer/speaker_in_title.cc, src/answer/named_nearby.cc): among quotes
// the topic ranks alike, those of an article whose title names the speaker
// come first (the topic still decides over it); a speaker whose words the
// extractor credited to nobody is answered with the unnamed quotes that say
// the topic in articles naming any of their names, said to be a fallback,
// and never with one that does not say the topic.
#include <doctest/doctest.h>

#include <string>

#include "kosearch/search.h"
#include "made_up_archive.h"

namespace {

// Made-up articles: a lawmaker on the budget (the newer) and in his
// constituency (the older, his name in the title); a hospital's surgery
// records and its parking, each with a quote nobody is named saying.
constexpr const char* kArticles[] = {
    R"({"id": "made-1", "source": "test", "date": "2024-05-10", "title": "국회 예산안 심사 이어져", "body": "국회에서 내년도 예산안 심사가 이어졌다. 김민수 의원은 \"예산 심사를 서둘러 마치겠다\"라고 말했다."})",
    R"({"id": "made-2", "source": "test", "date": "2024-03-02", "title": "김민수 의원, 지역구 주민 만나", "body": "김민수 의원이 주말 동안 지역구를 돌았다. 김민수 의원은 \"주민들의 목소리를 끝까지 듣겠다\"라고 말했다."})",
    R"({"id": "made-3", "source": "test", "date": "2024-04-01", "title": "한빛병원 수술 기록 논란", "body": "한빛병원에서 수술을 받은 환자의 가족이 병원을 상대로 소송을 냈다. \"수술 기록은 빠짐없이 공개돼야 한다\"는 목소리가 나온다."})",
    R"({"id": "made-4", "source": "test", "date": "2024-04-03", "title": "한빛병원 주차난", "body": "한빛병원 앞 도로가 주말마다 붐빈다. \"주차장을 넓혀야 한다\"는 목소리가 나온다."})",
};

struct MadeUpDb : kosearch::MadeUpArchive {
  MadeUpDb() : MadeUpArchive("kosearch-fallback", kArticles) {}
};

}  // namespace

TEST_CASE("quotes the topic ranks alike: those of the article whose title names the speaker first; the topic still decides") {
  MadeUpDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  // No topic: newest first before, now the article about him (older) first.
  auto r = (*searcher)->Search("김민수 의원은 뭐라고 했나");
  REQUIRE(r.ok());
  REQUIRE(r->hits.size() == 2);
  CHECK(r->hits[0].article_id == "made-2");
  CHECK(r->hits[1].article_id == "made-1");
  // A topic one quote says outranks the title.
  r = (*searcher)->Search("김민수 의원은 예산 심사에 대해 뭐라고 했나");
  REQUIRE(r.ok());
  REQUIRE(r->hits.size() == 2);
  CHECK(r->hits[0].article_id == "made-1");
}

TEST_CASE("a speaker nobody is quoted by: an unnamed quote saying the topic where one of their names is, said to be a fallback") {
  MadeUpDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  // No article has all of 한빛병원, 환자 and 유족; made-3 names the hospital and its quote says the topic.
  auto r = (*searcher)->Search("한빛병원 환자 유족 측은 수술 기록 공개에 대해 뭐라고 했나");
  REQUIRE(r.ok());
  CHECK(r->is_question);
  REQUIRE(r->hits.size() == 1);
  CHECK(r->hits[0].article_id == "made-3");
  CHECK(r->hits[0].speaker.empty());
  CHECK(r->understood.fallback);
  CHECK(r->understood.unnamed_quotes);
  // The hospital's other unnamed quote does not say the topic: no answer, never someone else's words.
  r = (*searcher)->Search("한빛병원 환자 유족 측은 간호사 채용에 대해 뭐라고 했나");
  REQUIRE(r.ok());
  CHECK(r->is_question);
  CHECK(r->hits.empty());
}
