// A speaker the grammar read but no quote is by (src/answer/speaker_keys.cc)
// is read again through the index's quote terms: candidate keys made from the
// phrase (titles, role nouns and particles taken off; an English phrase
// through its Hangul spellings), all asked at once, the most specific held
// one the speaker, never a name widened to a title. Against a fake set of
// quoted terms, then end to end over a small made-up archive.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "answer/speaker_keys.h"
#include "kosearch/search.h"
#include "fake_quoted_terms.h"
#include "made_up_archive.h"

namespace {

std::string Found(const std::string& speaker, FakeQuotedTerms& index, const std::vector<std::string>& hangul = {}) {
  auto found = kosearch::MostSpecificQuotedKey(kosearch::SpeakerKeyCandidates(speaker, hangul), index.Source());
  return found ? found->text : std::string("(none)");
}

}  // namespace

TEST_CASE("speaker keys: titles, 측 and particles taken off the name") {
  FakeQuotedTerms index{{"XP한별"}};
  CHECK(Found("가수 한별", index) == "한별");
  CHECK(Found("한별 측", index) == "한별");
  CHECK(Found("한별측", index) == "한별");
  CHECK(Found("한별의", index) == "한별");
  CHECK(index.calls == 4);  // one look-up a phrase, all its candidates at once
}

TEST_CASE("speaker keys: someone of the name's is never the name") {
  FakeQuotedTerms index{{"XP한별", "XO한별", "XP타이거우즈", "XP씨스타", "XO씨스타"}};
  CHECK(Found("한별 소속사", index) == "(none)");
  CHECK(Found("한별 측근", index) == "(none)");
  CHECK(Found("Tiger Woods' agent", index) == "(none)");
  CHECK(Found("Soyou of Sistar", index, {}) == "(none)");
  // The phrase as asked may still be a key ("한별 소속사" as some quote's speaker).
  FakeQuotedTerms whole{{"XP한별소속사"}};
  CHECK(Found("한별 소속사", whole) == "한별 소속사");
}

TEST_CASE("speaker keys: the most specific key the index holds") {
  FakeQuotedTerms both{{"XP한도윤", "XP한도윤고문"}};
  CHECK(Found("한도윤 고문", both) == "한도윤 고문");
  FakeQuotedTerms name{{"XP한도윤"}};
  CHECK(Found("해운업계 출신 한도윤 고문", name) == "한도윤");
  // An organization the quotes are given.
  FakeQuotedTerms org{{"XO푸른빛엔터"}};
  CHECK(Found("푸른빛엔터 측", org) == "푸른빛엔터");
}

TEST_CASE("speaker keys: a name is never widened to a title, nor to the words before it") {
  // Quotes of some 고문 are no quote of 한도윤.
  FakeQuotedTerms titles{{"XR고문", "XP고문"}};
  CHECK(Found("한도윤 고문", titles) == "(none)");
  // The words that say where the speaker is from are someone else.
  FakeQuotedTerms place{{"XO해운업계", "XP해운업계"}};
  CHECK(Found("해운업계 출신 한도윤", place) == "(none)");
  // A role is the speaker only when the phrase has no other word.
  FakeQuotedTerms role{{"XR총무팀"}};
  CHECK(Found("총무팀", role) == "총무팀");
  CHECK(Found("광물공사 총무팀", role) == "(none)");
  // A title alone is the speaker filter's to resolve: nothing is asked.
  FakeQuotedTerms none{{"XR대변인"}};
  CHECK(Found("대변인", none) == "(none)");
  CHECK(none.calls == 0);
}

TEST_CASE("speaker keys: an English phrase through its Hangul spellings") {
  FakeQuotedTerms index{{"XP야히야신와르"}};
  CHECK(Found("Hamas leader Yahya Sinwar", index, {"야히야 신와르"}) == "야히야 신와르");
  CHECK(Found("Hamas leader Yahya Sinwar", index) == "(none)");
}

namespace {

// Made-up articles: an agency speaking for its singer, a city plan nobody is
// quoted on, an official the extractor keys as a body.
constexpr const char* kArticles[] = {
    R"({"id": "keys-1", "source": "test", "date": "2024-05-02", "title": "가수 한별 활동 중단", "body": "가수 한별이 활동을 잠시 멈춘다. 소속사 푸른빛엔터는 \"건강을 회복하는 데 집중하기로 했다\"라고 밝혔다."})",
    R"({"id": "keys-2", "source": "test", "date": "2024-05-03", "title": "도심 공원 조성", "body": "시가 도심에 새 공원을 만들기로 했다. 공사는 내년에 시작된다."})",
    R"({"id": "keys-3", "source": "test", "date": "2024-05-04", "title": "청와대 인사", "body": "청와대는 새 행정관을 임명했다. 윤인대 행정관은 \"예산 집행을 꼼꼼히 살피겠다\"라고 말했다."})",
};

struct MadeUpDb : kosearch::MadeUpArchive {
  MadeUpDb() : MadeUpArchive("kosearch-speaker-keys", kArticles) {}
};

}  // namespace

TEST_CASE("speaker keys end to end: the agency asked with 측 written onto it answers with its quote") {
  MadeUpDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  // "푸른빛엔터측" is no speaker, organization or role of the index: the name before 측 is.
  auto r = (*searcher)->Search("푸른빛엔터측은 한별의 활동 중단에 대해 뭐라고 했나?");
  REQUIRE(r.ok());
  CHECK(r->is_question);
  REQUIRE(r->hits.size() >= 1);
  CHECK(r->hits[0].text.find("건강을 회복") != std::string::npos);
  CHECK(r->understood.read_through_quotes == "푸른빛엔터");
  CHECK(r->understood.read_by == kosearch::SpeakerReadBy::kQuoteKeys);
  CHECK(r->understood.speaker_resolution == r->understood.ResolutionText());
  // An English name as a romanized Korean name, among the index's keys.
  r = (*searcher)->Search("What did official Yoon In-dae say about the budget?");
  REQUIRE(r.ok());
  REQUIRE(r->hits.size() >= 1);
  CHECK(r->hits[0].text.find("예산 집행") != std::string::npos);
  CHECK(r->understood.read_through_quotes == "윤인대");
  // A name no quote is keyed by in any form: no quote, as before.
  r = (*searcher)->Search("김도현측은 공원 조성에 대해 뭐라고 했나?");
  REQUIRE(r.ok());
  CHECK(std::count_if(r->hits.begin(), r->hits.end(), [](const kosearch::Hit& h) { return h.kind == "quote"; }) == 0);
  CHECK(r->understood.read_through_quotes.empty());
}
