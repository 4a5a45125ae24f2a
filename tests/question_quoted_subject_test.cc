// Korean questions the grammar does not read (their verb is none of saying)
// are read through the index's own quote terms (src/answer/quoted_subject.cc):
// the subject some quote is keyed by is the speaker, the longest key the most
// specific; without such a subject, or without a question, nothing changes.
// The look-ups are tested against a fake set of quoted keys, then end to end
// over a small made-up archive.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "answer/quoted_subject.h"
#include "kosearch/search.h"
#include "fake_quoted_terms.h"
#include "made_up_archive.h"

TEST_CASE("quoted subject: a subject some quote is keyed by is the speaker, the rest the topic") {
  FakeQuotedTerms index{{"XP박서진"}};
  auto q = kosearch::ReadThroughQuotedSubject("박서진은 새 물류센터가 지역 경제에 어떤 효과를 낼 거라고 봤나?", index.Source());
  REQUIRE(q.has_value());
  CHECK(q->is_question);
  CHECK(q->speaker == "박서진");
  CHECK(q->topic == "새 물류센터가 지역 경제에 효과를 낼 거라고");
  CHECK(index.calls == 1);  // all the keys at once
}

TEST_CASE("quoted subject: the longest key the index holds, the title after a name kept with it") {
  FakeQuotedTerms index{{"XP한도윤", "XR고문", "XP한도윤고문"}};
  auto q = kosearch::ReadThroughQuotedSubject("해운업계 출신 한도윤 고문은 두 선사 가운데 어느 쪽이 낫다고 봤나?", index.Source());
  REQUIRE(q.has_value());
  CHECK(q->speaker == "한도윤 고문");
  // The name alone held: the phrase runs from the name to the title, the subject word.
  FakeQuotedTerms names_only{{"XP한도윤"}};
  q = kosearch::ReadThroughQuotedSubject("해운업계 출신 한도윤 전 고문은 두 선사 가운데 어느 쪽이 낫다고 봤나?", names_only.Source());
  REQUIRE(q.has_value());
  CHECK(q->speaker == "한도윤 전 고문");
  CHECK(q->topic == "해운업계 출신 두 선사 가운데 쪽이 낫다고");
}

TEST_CASE("quoted subject: a name is never widened to its title; a title alone is asked as a role") {
  // Any 고문's quotes are no answer about 김태오: the role term is not even asked.
  FakeQuotedTerms advisers{{"XR고문"}};
  CHECK_FALSE(kosearch::ReadThroughQuotedSubject("김태오 고문은 새 물류센터를 어떻게 봤나?", advisers.Source()).has_value());
  CHECK_FALSE(advisers.AskedAnyRole());
  // A subject with no name word: the title is who is asked about.
  FakeQuotedTerms coaches{{"XR감독"}};
  auto q = kosearch::ReadThroughQuotedSubject("감독은 상대 내야진의 수비를 어떻게 봤나?", coaches.Source());
  REQUIRE(q.has_value());
  CHECK(q->speaker == "감독");
  CHECK(coaches.AskedAnyRole());
}

TEST_CASE("quoted subject: a subject after a clause (\"대상 받고 나서 X가\")") {
  FakeQuotedTerms index{{"XP윤하람"}};
  auto q = kosearch::ReadThroughQuotedSubject("신인상 받고 나서 윤하람이 꺼낸 첫마디는?", index.Source());
  REQUIRE(q.has_value());
  CHECK(q->speaker == "윤하람");
}

TEST_CASE("quoted subject: a key before a subject word no quote is keyed by is no speaker") {
  // "중국" is quoted, "브랜드" is not: the brands are no speaker, nor China for them.
  FakeQuotedTerms index{{"XO중국", "XP중국"}};
  CHECK_FALSE(kosearch::ReadThroughQuotedSubject("시장조사업체는 중국 두 브랜드가 급성장한 까닭을 무엇으로 봤나", index.Source()).has_value());
}

TEST_CASE("quoted subject: nothing without a quoted subject, a question or Hangul") {
  FakeQuotedTerms index{{"XP박서진"}};
  // No subject the index quotes: today's plain search.
  CHECK_FALSE(kosearch::ReadThroughQuotedSubject("김태오는 새 물류센터를 어떻게 봤나?", index.Source()).has_value());
  // Not asked: never looked up at all.
  CHECK_FALSE(kosearch::ReadThroughQuotedSubject("박서진은 물류센터 효과", index.Source()).has_value());
  CHECK_FALSE(kosearch::ReadThroughQuotedSubject("what did Park expect?", index.Source()).has_value());
  CHECK(index.calls == 1);
  // A word in 은/는 that is no subject particle ("에는") names no speaker.
  FakeQuotedTerms places{{"XO서울"}};
  CHECK_FALSE(kosearch::ReadThroughQuotedSubject("서울에는 어떤 변화가 생겼나?", places.Source()).has_value());
}

namespace {

// Made-up articles: a shipping adviser on two carriers, a coach on a rival's
// defence, a city plan nobody is quoted on.
constexpr const char* kArticles[] = {
    R"({"id": "made-1", "source": "test", "date": "2024-03-02", "title": "두 선사 합병 논의", "body": "해운업계가 두 선사의 합병을 논의하고 있다. 한도윤 고문은 \"선대 규모로 보면 동해선사가 서해선사보다 유리하다\"라고 말했다."})",
    R"({"id": "made-2", "source": "test", "date": "2024-03-03", "title": "프로야구 개막", "body": "프로야구가 개막했다. 최강호 감독은 \"상대 내야진의 수비 방식이 아직 느슨하다\"라고 지적했다."})",
    R"({"id": "made-3", "source": "test", "date": "2024-03-04", "title": "도심 공원 조성", "body": "시가 도심에 새 공원을 만들기로 했다. 공사는 내년에 시작된다."})",
};

struct MadeUpDb : kosearch::MadeUpArchive {
  MadeUpDb() : MadeUpArchive("kosearch-quoted-subject", kArticles) {}
};

}  // namespace

TEST_CASE("quoted subject end to end: a question with no verb of saying answers with its subject's quote") {
  MadeUpDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  auto r = (*searcher)->Search("한도윤 고문은 두 선사 가운데 어느 쪽이 더 나은 처지라고 봤나?");
  REQUIRE(r.ok());
  CHECK(r->is_question);
  CHECK(kosearch::SpeakersOf(*r) == std::vector<std::string>{"한도윤"});
  CHECK(r->understood.speaker == "한도윤 고문");
  CHECK(r->understood.subject_through_quotes);
  CHECK(r->understood.speaker_resolution == r->understood.ResolutionText());
  // A subject no quote is keyed by: the plain search, as before.
  r = (*searcher)->Search("시는 도심 공원을 언제 만드나?");
  REQUIRE(r.ok());
  CHECK_FALSE(r->is_question);
  CHECK_FALSE(r->hits.empty());
}

TEST_CASE("the understood resolution is said from its fields, in one order") {
  kosearch::Understanding u;
  u.resolved_by = "not quoted by name";
  u.read_through_quotes = "한도윤";
  CHECK(u.ResolutionText() == "not quoted by name; read through the index's quote terms as 한도윤");
  u.read_through_quotes.clear();
  u.unnamed_quotes = u.fallback = u.subject_through_quotes = true;
  CHECK(u.ResolutionText() ==
        "not quoted by name; quotes without a named speaker in articles that name them"
        " (fallback: their name is in these articles, not on these quotes); the subject read through the index's quote terms");
}
