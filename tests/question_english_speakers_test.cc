// English questions whose speaker resolves to the right people and never
// widens to others (src/answer/speaker_filter.cc, role_words.cc), over a
// small made-up archive: "the court" is the bench the text quotes as
// 재판부; a North Korean name spelled "Ri" is 리; a possessor alone ("Jun
// Byung-soo's view") is the speaker; whoever cites the speaker ("cited by
// the Times") is no part of them, nor anyone whose name sounds like it.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kosearch/search.h"
#include "made_up_archive.h"

namespace {

// Made-up articles: a bench ruling on a defendant's means; a North Korean
// commentator on a match; a party council member on a reshuffle; a
// professor named 토마스 on a fire; a party leader, an unnamed aide and a lawmaker; the
// government on wages.
constexpr const char* kArticles[] = {
    R"({"id": "made-1", "source": "test", "date": "2024-05-02", "title": "사기 피고인에 징역형", "body": "투자금을 가로챈 혐의로 기소된 박모씨에게 징역 2년이 선고됐다. 재판부는 \"피고인의 재산 상태를 보면 생계가 어려웠다고 보기 어렵다\"고 판단했다."})",
    R"({"id": "made-2", "source": "test", "date": "2024-05-03", "title": "남북 여자축구 중계", "body": "평양 방송에 출연한 리경수 해설위원은 \"남측 팀의 수비가 단단했다\"고 평가했다."})",
    R"({"id": "made-3", "source": "test", "date": "2024-05-04", "title": "지도부 개편 논쟁", "body": "당 지도부 개편을 두고 논쟁이 이어졌다. 전병수 최고위원은 \"지도부를 바꾼다고 풀릴 문제가 아니다\"라고 말했다."})",
    R"({"id": "made-5", "source": "test", "date": "2024-05-06", "title": "문재석 대표, 당 쇄신 약속", "body": "문재석 대표는 \"당을 처음부터 다시 세우겠다\"고 말했다."})",
    R"({"id": "made-7", "source": "test", "date": "2024-05-06", "title": "여당 지도부 거취 논란", "body": "여당 대표의 거취를 두고 한 측근은 \"대표는 물러날 생각이 없다\"고 말했다."})",
    R"({"id": "made-8", "source": "test", "date": "2024-05-08", "title": "예산안 처리 전망", "body": "김영호 의원은 \"예산안을 이번 주에 처리하겠다\"고 말했다."})",
    R"({"id": "made-6", "source": "test", "date": "2024-05-07", "title": "공무원 임금 동결", "body": "정부는 \"내년 공무원 임금을 동결하겠다\"고 밝혔다."})",
    R"({"id": "made-4", "source": "test", "date": "2024-05-05", "title": "공장 화재 원인 조사", "body": "공장 화재의 원인을 두고 토마스 그린 교수는 \"배선의 노후가 화재를 키웠다\"고 말했다."})",
};

struct MadeUpDb : kosearch::MadeUpArchive {
  MadeUpDb() : MadeUpArchive("kosearch-english-speakers", kArticles) {}
};

using kosearch::SpeakersOf;

}  // namespace

TEST_CASE("English speakers: the court, a Ri, a possessor alone, and never whoever cites the speaker") {
  MadeUpDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());

  // The bench speaks as 재판부 (no court named): "the court" is it.
  auto r = (*searcher)->Search("What did the court say about the defendant's finances?");
  REQUIRE(r.ok());
  CHECK(SpeakersOf(*r) == std::vector<std::string>{"재판부"});

  // "Ri" is how North Korean names spell 리; a given name no Revised Romanization key reads, by sound among the 리s.
  r = (*searcher)->Search("What did Ri Gyong-su say about the match?");
  REQUIRE(r.ok());
  CHECK(SpeakersOf(*r) == std::vector<std::string>{"리경수"});

  // "Jun Byung-soo's view": the possessor is whose view it is.
  r = (*searcher)->Search("What was Jun Byung-soo's view on the reshuffle?");
  REQUIRE(r.ok());
  CHECK(SpeakersOf(*r) == std::vector<std::string>{"전병수"});

  // "Times" sounds like 토마스: who cites the investigator is not them; no one's words.
  r = (*searcher)->Search("What did an investigator cited by the Times say about the fire?");
  REQUIRE(r.ok());
  CHECK(SpeakersOf(*r).empty());
}

TEST_CASE("someone of a person's, or a person no quote is given by, never widens to the person or to an organization") {
  MadeUpDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  // A lawmaker close to leader 문: not 문재석 himself (the surname and title would say him).
  auto r = (*searcher)->Search("문 대표 측근 의원은 당 쇄신에 대해 뭐라고 전했나");
  REQUIRE(r.ok());
  // made-7's aide is unnamed and no lawmaker: no quote answers, and none is 문재석's.
  CHECK(SpeakersOf(*r).empty());
  r = (*searcher)->Search("문 대표는 당 쇄신에 대해 뭐라고 했나");
  REQUIRE(r.ok());
  CHECK(SpeakersOf(*r) == std::vector<std::string>{"문재석"});
  // A named union head no quote is given by: never the government's words.
  r = (*searcher)->Search("What did Han Mi-sook, head of the city government employees' union, say about wages?");
  REQUIRE(r.ok());
  CHECK(SpeakersOf(*r).empty());
  r = (*searcher)->Search("What did the government say about wages?");
  REQUIRE(r.ok());
  CHECK(SpeakersOf(*r) == std::vector<std::string>{"정부"});
}

