// Quotes in a row with no verb of saying (issue 13, quotes found): when at
// least half of them read as talk by their own endings, the run is a list
// of things people said (reactions listed before 등, a dialogue opening an
// article) and every quote of it is found, with no speaker the sentence
// names: several voices, not the sentence's subject. Titles or terms in a
// row stay no quote. A headline's statement of two words or more ending its
// line is found too, its speaker untold; a one-word title there is not.
// Made-up sentences in the shapes Korean news uses.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kosearch/extract.h"
#include "shared_extractor.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("quotes in a row that read as talk are all found, with no speaker named") {
  // Reactions listed before 등 and a noun that is no noun of speech.
  std::vector<Quote> q = Quotes("\"데뷔 무대가 어제 일 같아요\" \"두 분 결혼 정말 축하드려요\" \"앞으로도 꽃길만 걸으세요\" 등 팬들의 따뜻한 "
                                "응원이 이어지고 있다.");
  REQUIRE(q.size() == 3);
  CHECK(q[0].text == "데뷔 무대가 어제 일 같아요");
  CHECK(q[2].text == "앞으로도 꽃길만 걸으세요");
  for (const Quote& each : q) CHECK(each.speaker.empty());
  // A dialogue opening the text, a new sentence after it.
  q = Quotes("“오늘은 몇 시에 끝나요?” “글쎄, 아마 자정은 넘을 거야.” 3일 오후 서울 마포구의 한 편의점.");
  REQUIRE(q.size() == 2);
  CHECK(q[1].text == "글쎄, 아마 자정은 넘을 거야.");
  // A subject with a quote of its own before: the run is not that speaker's.
  q = Quotes("사진을 본 민서는 \"이게 정말 나야?\"라며 놀랐고, 함께 본 동료들도 \"완전 다른 사람이네\" \"말도 안 된다\" "
             "등 감탄을 이어갔다.");
  REQUIRE(q.size() == 3);
  CHECK(q[0].speaker == "민서");
  CHECK(q[1].speaker.empty());
  CHECK(q[2].speaker.empty());
}

TEST_CASE("titles or terms in a row, or silence between lines, are no quote of the run") {
  CHECK(Quotes("서점가에서는 \"바람의 노래\" \"겨울 정원\" 등이 꾸준히 팔리고 있다.").empty());
  std::vector<Quote> q = Quotes("“그 얘기는 어디서 들었는지 말해 봐요.” “.....” 지훈은 대답 없이 창밖만 바라봤다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "그 얘기는 어디서 들었는지 말해 봐요.");
}

TEST_CASE("a headline's statement of several words ending its line is found, its speaker untold") {
  // The words before hold someone else than the speaker: no name is given.
  std::vector<Quote> q = Quotes("부산 해안도로 정전 사태, 주민 불만 글 보니 \"밤새 냉장고 음식 다 버려\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "밤새 냉장고 음식 다 버려");
  CHECK(q[0].speaker.empty());
  q = Quotes("폭염 속 야외 공연 강행 논란, 관람객 후기 보니 \"물 한 병 없이 세 시간\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "물 한 병 없이 세 시간");
  CHECK(q[0].speaker.empty());
  // A headline whose short noun phrase names the speaker keeps that name.
  q = Quotes("신인 배우 한지우, 데뷔 무대 소감 묻자 \"아직도 얼떨떨한 기분\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "한지우");
  // A title of one word ending the line is no statement.
  CHECK(Quotes("올여름 극장가를 찾는 또 하나의 기대작 \"파도\"").empty());
}

}  // namespace
}  // namespace kosearch
