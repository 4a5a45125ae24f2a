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

// A director's words with no speaker in the sentence naming him (made-1);
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
  const std::string body = "서울에서 시사회가 열렸다. 톰 리드의 신작이 공개된 자리에서 \"관객이 먼저다\"는 말이 나왔다. 영화는 다음 달 개봉한다.";
  const std::string sentence = kosearch::SentenceAround(body, "관객이 먼저다");
  CHECK(sentence == " 톰 리드의 신작이 공개된 자리에서 \"관객이 먼저다\"는 말이 나왔다");
  CHECK(kosearch::SentenceAround(body, "없는 말").empty());
  CHECK(kosearch::SentenceNamesSpeaker({"Tom", "Reid"}, sentence));
  CHECK_FALSE(kosearch::SentenceNamesSpeaker({"Tom", "Reid"}, "영화는 다음 달 개봉한다"));
  // A romanized Korean name by its romanization, a particle after it.
  CHECK(kosearch::SentenceNamesSpeaker({"Oh", "Seung-eun"}, "배우 오승은은 \"아이가 생겼다\"고 말했다"));
  CHECK_FALSE(kosearch::SentenceNamesSpeaker({"Oh", "Seung-eun"}, "배우 오지은은 \"아이가 생겼다\"고 말했다"));
  // A credited person: the whole name for a credit of two words, the family name for one.
  CHECK(kosearch::CreditNamesSpeaker({"Yahya", "Sinwar"}, "신와르"));
  CHECK(kosearch::CreditNamesSpeaker({"John", "Smith"}, "존 스미스"));
  CHECK_FALSE(kosearch::CreditNamesSpeaker({"John", "Smith"}, "윌 스미스"));
  CHECK_FALSE(kosearch::CreditNamesSpeaker({"Times"}, "토마스 그린"));
  // One word of few consonants sounds like too many words.
  CHECK_FALSE(kosearch::SentenceNamesSpeaker({"Hyeri"}, "\"애도만 하라\"는 댓글이 달렸다"));
}

TEST_CASE("an English speaker no quote is by: the quote credited to nobody whose own sentence names them, as a fallback") {
  MadeUpDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  auto r = (*searcher)->Search("What did Tom Reid say about the audience?");
  REQUIRE(r.ok());
  CHECK(r->is_question);
  // made-3's unnamed quote is in an article naming him, not in a sentence naming him; made-2's is an official's.
  REQUIRE(r->hits.size() == 1);
  CHECK(r->hits[0].article_id == "made-1");
  CHECK(r->hits[0].speaker.empty());
  CHECK(r->understood.fallback);
  CHECK(r->understood.unnamed_quotes);
  // A name no sentence writes: nothing, never the unnamed quotes of the topic.
  r = (*searcher)->Search("What did Pierre Lambert say about the audience?");
  REQUIRE(r.ok());
  CHECK(r->hits.empty());
}
