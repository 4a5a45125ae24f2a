// A speaker asked by role or organization only ("a Chinese entertainment
// outlet", "중국 연예매체는") read against each quote's own mention of its
// speaker (src/answer/mentioned_speaker.h): the mention must name the head
// word asked and two of its words; over a small made-up archive, the quote
// on the topic whose mention names the words answers when no quote is
// keyed by them, and never for a speaker asked by name.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "answer/mentioned_speaker.h"
#include "kosearch/search.h"
#include "made_up_archive.h"

namespace {

// Made-up articles: a Chinese outlet (keyed by its own name) on two actors'
// wedding; the police on a rally; a host and a producer on a new drama.
constexpr const char* kArticles[] = {
    R"({"id": "made-1", "source": "test", "date": "2024-05-02", "title": "두 배우 결혼설", "body": "배우 한서윤과 배우 정도현의 결혼설이 나왔다. 중국 연예매체 시나오락은 2일 \"두 배우가 올가을 베이징에서 결혼식을 올린다\"고 보도했다. 소속사는 확인해 줄 수 없다는 입장이다."})",
    R"({"id": "made-2", "source": "test", "date": "2024-05-03", "title": "도심 집회 신고", "body": "도심에서 집회가 열렸다. 경찰은 \"집회 신고는 적법하게 접수됐다\"라고 밝혔다."})",
    R"({"id": "made-3", "source": "test", "date": "2024-05-04", "title": "새 드라마 첫 방송", "body": "새 드라마가 4일 첫 방송됐다. 진행자 오하늘은 \"첫 회 시청률이 기대 이상\"이라고 말했다. 드라마 제작사 대표 김민호는 \"시청률보다 완성도가 중요하다\"라고 말했다."})",
};

// Made-up articles: an actor's agency, written in Hangul, on her new role;
// a broadcaster on another actor's drama.
constexpr const char* kAgencyArticles[] = {
    R"({"id": "made-a", "source": "test", "date": "2024-06-02", "title": "한서윤 새 영화 주연", "body": "배우 한서윤이 새 영화에 출연한다. 한서윤의 소속사 블루문엔터 측은 2일 \"한서윤이 새 영화에서 주인공 역할을 맡았다\"고 밝혔다."})",
    R"({"id": "made-b", "source": "test", "date": "2024-06-03", "title": "정도현 드라마 출연", "body": "배우 정도현이 드라마에 출연한다. 방송사 측은 \"정도현이 드라마에서 형사 역할을 맡는다\"고 전했다."})",
};

// Made-up articles: school principals, unnamed, on a uniform rule; an
// unattributed reaction on the same topic.
constexpr const char* kPrincipalArticles[] = {
    R"({"id": "made-p1", "source": "test", "date": "2024-03-02", "title": "새 교복 규정 논란", "body": "교육청이 새 교복 규정을 발표했다. 상당수 학교장은 \"규정을 정하기 전에 학생 의견을 먼저 들어야 한다\"고 말했다."})",
    R"({"id": "made-p2", "source": "test", "date": "2024-03-03", "title": "교복 규정 반응", "body": "새 교복 규정에 대해 \"학생 의견은 전혀 듣지 않았다\"는 반응이 나왔다. 학교 앞에서 학생 의견을 묻는 설문도 열렸다."})",
};

struct MadeUpDb : kosearch::MadeUpArchive {
  MadeUpDb() : MadeUpArchive("kosearch-mentioned-speaker", kArticles) {}
};

using kosearch::AskedWord;
using kosearch::MentionAnswers;
using kosearch::MentionedWords;
using kosearch::SpeakersOf;

AskedWord Word(std::vector<std::string> forms) { return AskedWord{std::move(forms), true}; }

}  // namespace

TEST_CASE("a mention answers the words asked: the head word, and two words when two count") {
  const std::vector<AskedWord> media = {Word({"중국"}), Word({"언론", "매체"})};
  CHECK(MentionAnswers("글로벌타임스 등 중국 언론들 언론들", media));
  CHECK(MentionedWords("글로벌타임스 등 중국 언론들 언론들", media) == 2);
  // The country alone is no outlet; the outlet of another country is another's.
  CHECK_FALSE(MentionAnswers("중국 외교부", media));
  CHECK_FALSE(MentionAnswers("일본 언론", media));
  // "Chelsea manager": a capitalized word no form is known of still counts,
  // so any manager is not the one asked.
  const std::vector<AskedWord> manager = {AskedWord{{}, true}, Word({"감독"})};
  CHECK_FALSE(MentionAnswers("본프레레 감독", manager));
  // A word that only describes ("the", "senior") does not count.
  const std::vector<AskedWord> host = {AskedWord{{}, false}, Word({"진행자"})};
  CHECK(MentionAnswers("진행자 오하늘", host));
  CHECK_FALSE(MentionAnswers("제작사 대표 김민호", host));
}

TEST_CASE("a capitalized word no table knows is named by a mention that spells it by its sound, whole") {
  CHECK(kosearch::SpelledBySound("배우 소속사 더블유엠컴퍼니 측", "Company"));
  CHECK(kosearch::SpelledBySound("블룸버그통신", "Bloomberg"));
  // Part of the word's sound, or a word of under two consonants, names nothing.
  CHECK_FALSE(kosearch::SpelledBySound("中 신화통신", "Xinhua"));
  CHECK_FALSE(kosearch::SpelledBySound("소속사 측", "Company"));
  CHECK_FALSE(kosearch::SpelledBySound("아이 엄마", "Ai"));
  // "agency Bluemoon": the mention must spell the company, not only say agency.
  AskedWord company{{}, true, "Bluemoon"};
  const std::vector<AskedWord> agency = {Word({"소속사", "기획사"}), company};
  CHECK(MentionAnswers("박서윤 소속사 블루문엔터 측", agency));
  CHECK_FALSE(MentionAnswers("박서윤 소속사 측", agency));
}

TEST_CASE("a role or organization no quote is keyed by: the quote on the topic whose mention names it") {
  MadeUpDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  // Keyed by the outlet's own name (시나오락), written beside the words asked.
  auto r = (*searcher)->Search("중국 연예매체는 두 배우 결혼에 대해 뭐라고 보도했나");
  REQUIRE(r.ok());
  REQUIRE(r->hits.size() == 1);
  CHECK(r->hits[0].article_id == "made-1");
  CHECK(SpeakersOf(*r) == std::vector<std::string>{"시나오락"});
  r = (*searcher)->Search("What did a Chinese entertainment outlet report about the actors' wedding?");
  REQUIRE(r.ok());
  REQUIRE(r->hits.size() == 1);
  CHECK(SpeakersOf(*r) == std::vector<std::string>{"시나오락"});
  CHECK(r->understood.resolved_by.rfind("role or organization", 0) == 0);
  // Another country's outlet is named by no mention: no answer.
  r = (*searcher)->Search("What did a Japanese outlet report about the actors' wedding?");
  REQUIRE(r.ok());
  CHECK(r->hits.empty());
  // A speaker asked by name is never widened to whoever the text calls so.
  r = (*searcher)->Search("김민호는 첫 회 시청률에 대해 뭐라고 했나");
  REQUIRE(r.ok());
  REQUIRE(r->hits.size() == 1);
  CHECK(SpeakersOf(*r) == std::vector<std::string>{"김민호"});
}

TEST_CASE("an agency English names as Korean text spells it by sound: its quote on the topic") {
  kosearch::MadeUpArchive db("kosearch-mentioned-agency", kAgencyArticles);
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  auto r = (*searcher)->Search("What did Han Seo-yun's agency Bluemoon say about her role in the new film?");
  REQUIRE(r.ok());
  REQUIRE_FALSE(r->hits.empty());
  CHECK(r->hits[0].article_id == "made-a");
  // Another company's name is spelled by no mention: neither the broadcaster's words nor the
  // other agency's are its; the kind of company (Company, 엔터) names no one.
  for (const char* q : {"What did Jung Do-hyun's agency Star Company say about his role in the drama?",
                        "What did Han Seo-yun's agency Star Entertainment say about her role in the new film?"}) {
    r = (*searcher)->Search(q);
    REQUIRE(r.ok());
    CHECK(std::none_of(r->hits.begin(), r->hits.end(), [](const auto& h) { return h.article_id == "made-a" || h.article_id == "made-b"; }));
  }
}

TEST_CASE("an English group in common nouns: the quote on the topic whose mention names it comes first") {
  kosearch::MadeUpArchive db("kosearch-mentioned-principals", kPrincipalArticles);
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  // The resolved answer (quotes with no speaker where the words are named)
  // ranks an unattributed reaction first; the principals' own mention names them.
  auto r = (*searcher)->Search("What did school principals say about student opinions?");
  REQUIRE(r.ok());
  REQUIRE_FALSE(r->hits.empty());
  CHECK(r->hits[0].article_id == "made-p1");
  CHECK(r->understood.resolved_by.rfind("role or organization", 0) == 0);
}
