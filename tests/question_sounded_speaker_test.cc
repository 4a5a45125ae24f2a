// An English speaker phrase nothing else resolved, read by its sound against
// the index's own Hangul speaker and organization keys (src/answer/
// sounded_speaker.cc), taken only when exactly one key that sounds like it
// has a quote on the question's topic. Against a fake set of keys and a fake
// "quotes on the topic", then end to end over a small made-up archive.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "answer/sounded_speaker.h"
#include "kosearch/format.h"
#include "kosearch/search.h"
#include "fake_quoted_terms.h"
#include "made_up_archive.h"

namespace {

// The index's Hangul speaker and organization keys.
const std::vector<std::string> kKeys = {"두산", "두산중공업", "한별", "베론", "삼성", "오비맥주", "윤인대"};

// The alias file's Korean spellings, and the roles the index's quotes are given.
std::vector<std::string> Spellings(const std::string& word) {
  return word == "Samsung" ? std::vector<std::string>{"삼성"} : std::vector<std::string>{};
}
bool IsRole(const std::string& word) { return word == "official" || word == "spokesman" || word == "members"; }

std::vector<kosearch::SpeakerKeyCandidate> CandidatesOf(const std::string& speaker) {
  return kosearch::SoundedSpeakerCandidates(speaker, kKeys, Spellings, IsRole);
}

std::vector<std::string> KeysOf(const std::string& speaker) {
  std::vector<std::string> out;
  for (const auto& c : CandidatesOf(speaker)) out.push_back(c.key);
  return out;
}

std::string Found(const std::string& speaker, FakeQuotedTerms& index) {
  auto found = kosearch::OnlyCandidateOnTopic(CandidatesOf(speaker), index.Source());
  return found ? found->key : std::string("(none)");
}

}  // namespace

TEST_CASE("sounded speaker: the name words closing an English phrase, by their sound") {
  const auto doosan = KeysOf("Doosan official");
  CHECK(std::count(doosan.begin(), doosan.end(), "두산") == 1);
  CHECK(std::count(doosan.begin(), doosan.end(), "두산중공업") == 0);  // the whole key, never a longer name
  const auto veron = KeysOf("Veron");
  CHECK(std::count(veron.begin(), veron.end(), "베론") == 1);
  // A title alone, a romanized Korean name (its own reader's), whose the speaker is: no candidate.
  CHECK(KeysOf("the spokesman").empty());
  CHECK(KeysOf("Yoon In-dae").empty());
  CHECK(KeysOf("Doosan's coach").empty());
  CHECK(KeysOf("coach of Doosan").empty());
  // Only the best-sounding keys: one of many sound-alikes saying the topic by chance is someone else.
  const std::vector<std::string> alike = {"베론", "베로나", "베르나", "베른", "베롱", "버논", "비론", "바론"};
  const auto few = kosearch::SoundedSpeakerCandidates("Veron", alike, Spellings, IsRole);
  CHECK(few.size() == 3);
  REQUIRE(!few.empty());
  CHECK(few[0].key == "베론");
  // A capitalized word saying what kind the speaker is: no name.
  CHECK(KeysOf("Doosan fan club members").empty());
  // A word with a Korean spelling, or an institution word, is read as a word, never by its sound.
  CHECK(KeysOf("Samsung spokesman").empty());
  CHECK(KeysOf("Chinese official").empty());
  // Korean: not this reading's.
  CHECK(KeysOf("두산 관계자").empty());
}

TEST_CASE("sounded speaker: only the one key with a quote on the topic") {
  FakeQuotedTerms doosan{{"XO두산"}};
  CHECK(Found("Doosan official", doosan) == "두산");
  CHECK(doosan.calls == 1);  // all candidates asked at once
  // Sounds like someone, but none of their quotes says the topic: no one.
  FakeQuotedTerms nobody{{}};
  CHECK(Found("Doosan official", nobody) == "(none)");
  // Two keys that sound like the name both say the topic: either may be the speaker, so no one.
  const std::vector<kosearch::SpeakerKeyCandidate> alike = {{"베론", "베론", false, false}, {"베롱", "베롱", false, false}};
  FakeQuotedTerms both{{"XP베론", "XP베롱"}};
  CHECK(!kosearch::OnlyCandidateOnTopic(alike, both.Source()));
  FakeQuotedTerms one{{"XP베론"}};
  const auto veron = kosearch::OnlyCandidateOnTopic(alike, one.Source());
  REQUIRE(veron);
  CHECK(veron->key == "베론");
  CHECK(Found("Veron", one) == "베론");
  // No candidate: nothing asked.
  FakeQuotedTerms unasked{{"XR대변인"}};
  CHECK(Found("the spokesman", unasked) == "(none)");
  CHECK(unasked.calls == 0);
}

namespace {

// Made-up articles: a foreign player quoted under a Hangul name no alias
// spells in English, a club official, a city plan.
constexpr const char* kArticles[] = {
    R"({"id": "sound-1", "source": "test", "date": "2024-06-02", "title": "두산 러츠 수비 훈련", "body": "두산의 새 외국인 타자가 수비 훈련에 나섰다. 러츠는 \"수비 훈련을 더 많이 해서 실책을 줄이겠다\"라고 말했다."})",
    R"({"id": "sound-4", "source": "test", "date": "2024-06-09", "title": "러츠 첫 홈런", "body": "러츠가 첫 홈런을 쳤다. 러츠는 \"잠실 구장의 응원 소리가 정말 크다\"라고 말했다."})",
    R"({"id": "sound-2", "source": "test", "date": "2024-06-03", "title": "구단 매각설", "body": "한 구단 관계자는 \"매각은 검토한 적이 없다\"라고 말했다."})",
    R"({"id": "sound-3", "source": "test", "date": "2024-06-04", "title": "도심 공원 조성", "body": "시가 도심에 새 공원을 만들기로 했다. 시장은 \"공원은 시민 모두의 쉼터가 될 것\"이라고 말했다."})",
};

struct MadeUpDb : kosearch::MadeUpArchive {
  MadeUpDb() : MadeUpArchive("kosearch-sounded-speaker", kArticles) {}
};

size_t QuoteCount(const kosearch::SearchResponse& r) {
  return static_cast<size_t>(std::count_if(r.hits.begin(), r.hits.end(), [](const kosearch::Hit& h) { return h.kind == "quote"; }));
}

}  // namespace

TEST_CASE("sounded speaker end to end: an English name by its sound, a quote on the topic the evidence") {
  MadeUpDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  // "Lutz" sounds like 러츠 (too loosely for the matcher alone), whose quote says the topic.
  auto r = (*searcher)->Search("What did Lutz say about defensive training?");
  REQUIRE(r.ok());
  REQUIRE(r->hits.size() >= 1);
  CHECK(r->hits[0].speaker == "러츠");
  CHECK(r->hits[0].text.find("실책을 줄이겠다") != std::string::npos);
  // The key itself, and how it was read (a field, not a label on the key).
  CHECK(r->understood.read_through_quotes == "러츠");
  CHECK(r->understood.read_by == kosearch::SpeakerReadBy::kSound);
  const std::string json = kosearch::ResponseToJson(*r, false);
  CHECK(json.find(R"("read_by":"sound")") != std::string::npos);
  CHECK(json.find(R"("read_through_quotes":"러츠")") != std::string::npos);
  // A sound is evidence only with the topic: 러츠's quote about the crowd is not an answer.
  CHECK(QuoteCount(*r) == 1);
  // The question's filters hold for the evidence too: no quote on the topic in 2023, no one.
  r = (*searcher)->Search("What did Lutz say about defensive training? date:2023");
  REQUIRE(r.ok());
  CHECK(r->understood.read_through_quotes.empty());
  CHECK(r->understood.read_by == kosearch::SpeakerReadBy::kNone);
  // The same sound, but no quote of 러츠 says the topic: no one, never someone else's words.
  r = (*searcher)->Search("What did Lutz say about the park?");
  REQUIRE(r.ok());
  CHECK(QuoteCount(*r) == 0);
  CHECK(r->understood.read_through_quotes.empty());
}
