// An English question's named speaker that no step answers, read in the
// quotes' own sentences (src/answer/named_in_sentence.cc): a quote the
// extractor credited to nobody whose sentence writes the name in Hangul is
// offered as a fallback; never a quote whose sentence names no one asked,
// nor one credited to someone of theirs (관계자). Made-up articles.
#include <doctest/doctest.h>

#include <string>

#include "answer/named_in_sentence.h"
#include "kosearch/search.h"
#include "made_up_archive.h"

namespace {

// Words with no speaker in a sentence naming the director only as a
// possessor (made-1: not his words);
// a festival official's in a sentence naming him (made-2: someone else's
// words); a quote with no speaker in an article naming him, whose own
// sentence does not (made-3).
constexpr const char* kArticles[] = {
    R"({"id": "made-1", "source": "test", "date": "2024-05-10", "title": "신작 영화 시사회", "body": "서울에서 신작 영화의 시사회가 열렸다. 톰 리드의 신작이 공개된 자리에서 \"관객이 먼저 울고 웃는 영화를 만들고 싶었다\"는 말이 나왔다. 영화는 다음 달 개봉한다."})",
    R"({"id": "made-2", "source": "test", "date": "2024-05-11", "title": "영화제 개막", "body": "부산에서 영화제가 개막했다. 톰 리드 회고전을 연 영화제의 한 관계자는 \"관객이 몰려 표가 모두 팔렸다\"고 말했다."})",
    R"({"id": "made-3", "source": "test", "date": "2024-05-12", "title": "극장 관객 늘어", "body": "톰 리드의 신작이 개봉한 뒤 극장 관객이 늘었다. 극장가에서는 \"관객이 돌아오고 있다\"는 말이 나왔다."})",
};

struct MadeUpDb : kosearch::MadeUpArchive {
  MadeUpDb() : MadeUpArchive("kosearch-named-in-sentence", kArticles) {}
};

}  // namespace

TEST_CASE("the name words of an English speaker phrase: after a possessor, before 'of', titles and bodies left out, none cited by or close to") {
  using kosearch::SpeakerNameWords;
  CHECK(SpeakerNameWords("Tom Reid") == std::vector<std::string>{"Tom", "Reid"});
  CHECK(SpeakerNameWords("author Alex Epstein") == std::vector<std::string>{"Alex", "Epstein"});
  CHECK(SpeakerNameWords("Girl's Day's Hyeri") == std::vector<std::string>{"Hyeri"});
  CHECK(SpeakerNameWords("Soyou of Sistar") == std::vector<std::string>{"Soyou"});
  CHECK(SpeakerNameWords("Conrad Hilton's lawyers").empty());
  CHECK(SpeakerNameWords("investigator cited by the Times").empty());
  CHECK(SpeakerNameWords("lawmaker close to party leader Moon").empty());
  CHECK(SpeakerNameWords("the UK Supreme Court president").empty());
  CHECK(SpeakerNameWords("Prime Minister Kim Hwang-sik") == std::vector<std::string>{"Kim", "Hwang-sik"});
}

TEST_CASE("a quote's own sentence, and whether it names an English speaker") {
  const std::string body = "서울에서 시사회가 열렸다. 신작이 공개된 자리에서 톰 리드는 \"관객이 먼저다\"라고 말했다. 영화는 다음 달 개봉한다.";
  const std::string sentence = kosearch::SentenceAround(body, "관객이 먼저다");
  CHECK(sentence == " 신작이 공개된 자리에서 톰 리드는 \"관객이 먼저다\"라고 말했다");
  CHECK(kosearch::SentenceAround(body, "없는 말").empty());
  CHECK(kosearch::SentenceNamesSpeaker({"Tom", "Reid"}, sentence, "관객이 먼저다"));
  CHECK_FALSE(kosearch::SentenceNamesSpeaker({"Tom", "Reid"}, "영화는 다음 달 개봉한다"));
  // A romanized Korean name by its romanization, a particle after it.
  CHECK(kosearch::SentenceNamesSpeaker({"Oh", "Seung-eun"}, "배우 오승은은 \"아이가 생겼다\"고 말했다"));
  CHECK_FALSE(kosearch::SentenceNamesSpeaker({"Oh", "Seung-eun"}, "배우 오지은은 \"아이가 생겼다\"고 말했다"));
  // A credited person: the whole name for a credit of two words, the family name for one.
  using kosearch::CreditMatch;
  CHECK(kosearch::CreditNamesSpeaker({"John", "Smith"}, "존 스미스") == CreditMatch::kWholeName);
  CHECK(kosearch::CreditNamesSpeaker({"John", "Smith"}, "윌 스미스") == CreditMatch::kNone);
  CHECK(kosearch::CreditNamesSpeaker({"Times"}, "토마스 그린") == CreditMatch::kNone);
  // One word of few consonants sounds like too many words.
  CHECK_FALSE(kosearch::SentenceNamesSpeaker({"Hyeri"}, "\"애도만 하라\"는 댓글이 달렸다"));
}

TEST_CASE("a name in a quote's sentence is its speaker only as the subject, outside the quote, or right before the credited title") {
  using kosearch::SentenceNamesSpeaker;
  // Whom the words are about (에 대해), a possessor (의), an object: someone else.
  CHECK_FALSE(SentenceNamesSpeaker({"Son", "Heung-min"}, "토트넘 감독은 손흥민에 대해 \"최고의 선수다\"라고 말했다"));
  CHECK_FALSE(SentenceNamesSpeaker({"Son", "Heung-min"}, "토트넘 감독은 손흥민에 대해 \"최고의 선수다\"라고 말했다", "최고의 선수다", "감독"));
  CHECK_FALSE(SentenceNamesSpeaker({"Tom", "Reid"}, "톰 리드의 신작이 공개된 자리에서 \"관객이 먼저다\"는 말이 나왔다"));
  CHECK_FALSE(SentenceNamesSpeaker({"Tom", "Reid"}, "평론가는 톰 리드를 두고 \"고집이 세다\"고 말했다"));
  // The quote's own words do not name its speaker.
  const std::string said = "톰 리드 감독은 늘 새로운 영화를 만든다";
  CHECK_FALSE(SentenceNamesSpeaker({"Tom", "Reid"}, "평론가는 \"" + said + "\"고 평했다", said));
  // The subject, or the name right before a title.
  CHECK(SentenceNamesSpeaker({"Tom", "Reid"}, "톰 리드는 \"관객이 먼저다\"라고 말했다", "관객이 먼저다"));
  CHECK(SentenceNamesSpeaker({"Tom", "Reid"}, "이날 톰 리드 감독은 \"관객이 먼저다\"라고 말했다", "관객이 먼저다", "감독"));
  CHECK(SentenceNamesSpeaker({"Son", "Heung-min"}, "손흥민이 \"팀이 먼저다\"라고 말했다", "팀이 먼저다"));
  // Credited to a title alone: the name right before that title, never elsewhere in the sentence.
  CHECK_FALSE(SentenceNamesSpeaker({"Tom", "Reid"}, "톰 리드는 웃었고 영화사 대표는 \"관객이 먼저다\"라고 말했다", "관객이 먼저다", "대표"));
}

TEST_CASE("a one-word credit matched on the family name alone is anyone of that family: a fallback") {
  using kosearch::CreditMatch;
  CHECK(kosearch::CreditNamesSpeaker({"Yahya", "Sinwar"}, "신와르") == CreditMatch::kFamilyName);
  CHECK(kosearch::CreditNamesSpeaker({"John", "Smith"}, "스미스") == CreditMatch::kFamilyName);
}

TEST_CASE("an English speaker no quote is by: no quote credited to nobody whose sentence names them only as a possessor or in another's credit") {
  MadeUpDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  auto r = (*searcher)->Search("What did Tom Reid say about the audience?");
  REQUIRE(r.ok());
  CHECK(r->is_question);
  // made-1's sentence names him as a possessor (톰 리드의 신작), made-3's
  // article not in the quote's sentence, made-2's quote is an official's.
  CHECK(r->hits.empty());
  // A name no sentence writes: nothing, never the unnamed quotes of the topic.
  r = (*searcher)->Search("What did Pierre Lambert say about the audience?");
  REQUIRE(r.ok());
  CHECK(r->hits.empty());
}

namespace {

// Two quotes credited to the name asked (the extractor credits both).
constexpr const char* kPagedArticles[] = {
    R"({"id": "made-11", "source": "test", "date": "2024-06-01", "title": "전시회 개막", "body": "서울에서 사진 전시회가 개막했다. 사진작가 안나 코발스키는 \"빛을 기다리는 일이 사진의 절반\"이라고 말했다."})",
    R"({"id": "made-12", "source": "test", "date": "2024-06-02", "title": "사진 전시회 관람객", "body": "사진 전시회에 관람객이 몰렸다. 전시장에서 안나 코발스키는 웃으며 \"빛은 늘 다시 온다\"는 말을 남겼다. 전시는 다음 달까지 열린다."})",
};

struct PagedDb : kosearch::MadeUpArchive {
  PagedDb() : MadeUpArchive("kosearch-named-in-sentence-paged", kPagedArticles) {}
};

}  // namespace

TEST_CASE("a page past the end of an answered English speaker is empty, never the fallback of their unnamed quotes") {
  PagedDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  auto r = (*searcher)->Search("What did Anna Kowalski say about light?");
  REQUIRE(r.ok());
  REQUIRE(r->hits.size() == 2);
  CHECK_FALSE(r->understood.fallback);
  kosearch::SearchOptions past;
  past.offset = 2;
  r = (*searcher)->Search("What did Anna Kowalski say about light?", past);
  REQUIRE(r.ok());
  CHECK(r->hits.empty());
  CHECK(r->total == 2);
  CHECK_FALSE(r->understood.fallback);
}
