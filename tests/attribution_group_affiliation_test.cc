// Speakers that took in more, or less, than a person (issue 13, seventh
// session): a plural noun of a group ("어르신들", "축구전문가들") given as a
// person's name; the affiliation written between a name and her title
// ("정민아 한빛마트 과장", "무리뉴 첼시 감독") glued to the name; a department,
// a determiner or a postposition as the speaker; a short stage name ending
// like a particle (유이는) dropped. Made-up sentences in the shapes Korean
// news uses.
#include <doctest/doctest.h>

#include <string>

#include "kosearch/extract.h"
#include "shared_extractor.h"
#include "text/korean_lexicon.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("a plural noun of a group is an unnamed role, never a person") {
  std::vector<Quote> q = Quotes("축구전문가들은 \"전술이라고 부를 것이 없다\"며 불만을 쏟아냈다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  CHECK(q[0].speaker_type == "role");
  CHECK(q[0].role == "축구전문가들");
  q = Quotes("경로당에 모인 70대 어르신들은 \"배우는 재미가 크다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  CHECK(q[0].speaker_type == "role");
  q = Quotes("음반제작사들은 \"법적 대응을 결정했다\"고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  CHECK(q[0].role == "음반제작사들");
  CHECK(q[0].org.empty());
  // A name keeps its speaker.
  q = Quotes("김영호 감독은 \"선수들이 잘해줬다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김영호");
}

TEST_CASE("the word between a name and her title is her affiliation") {
  std::vector<Quote> q = Quotes("정민아 한빛마트 과장은 \"소문을 듣고 온 손님이 많았다\"고 전했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "정민아");
  CHECK(q[0].role == "과장");
  CHECK(q[0].org == "한빛마트");
  q = Quotes("이동건 한빛 대표는 \"책 읽는 공간을 만들고 싶었다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "이동건");
  CHECK(q[0].org == "한빛");
  q = Quotes("무리뉴 첼시 감독은 \"지금 멤버에 만족한다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "무리뉴");
  CHECK(q[0].org == "첼시");
  // A foreign name of two words stays whole.
  q = Quotes("프랑크 발터 슈타인마이어 독일 외무장관은 \"협력하겠다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "프랑크 발터 슈타인마이어");
}

TEST_CASE("a body written between a name and a title is her org, not the speaker") {
  // The subject phrase begins after the name; the tagger ends the person there.
  std::vector<Quote> q = Quotes("김태민 금융위 자본시장국장은 “부실 감사가 드러났다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김태민");
  CHECK(q[0].org == "금융위");
  q = Quotes("남궁민 한빛교 교정원장은 11일 “결혼을 허용해야 하는지 논의하겠다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "남궁민");
  // A team the tagger marks as an organization before a title: an unnamed role.
  q = Quotes("시카고 불스 대변인은 “단장이 실망했다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  CHECK(q[0].role == "대변인");
  // An organization before the name stays out of it.
  q = Quotes("신세계 정용진 부회장은 “투자를 늘리겠다”고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "정용진");
}

TEST_CASE("one plain word the tagger sees as no person anywhere is no person") {
  // Unknown single words used to become a person by default; an outlet, a
  // body or a common noun is far more often what they are.
  std::vector<Quote> q = Quotes("디스패치는 8일 \"두 사람이 교제 중\"이라고 전했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "디스패치");
  CHECK(q[0].speaker_type != "person");
  // A name the tagger knows stays a person.
  q = Quotes("호날두는 \"우승하겠다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "호날두");
  CHECK(q[0].speaker_type == "person");
}

TEST_CASE("a department the tagger takes for a Korean name is no person; the name before it is") {
  // The tagger reads 정형외 as a name (정 is a surname); 과 ends the department.
  std::vector<Quote> q = Quotes("팔 수술을 맡았던 김영수 한빛병원 정형외과 교수는 \"수술은 잘 됐다\"고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김영수");
  CHECK(q[0].role == "교수");
}

TEST_CASE("a determiner or a postposition is never a speaker") {
  // "새 재무장관": the new minister, unnamed in this headline.
  std::vector<Quote> q = Quotes("새 재무장관, 마르코스 \"국민은 더 나은 대우를 받아야\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker != "새");
  CHECK(q[0].speaker.find("새") == std::string::npos);
  // "대해서는": a postposition, never the speaker; the subject is further back.
  q = Quotes("반면 그는 박 후보에 대해서는 \"자기 신념이 분명한 사람\"이라고 치켜세웠다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker != "대해서");
  q = Quotes("김 의원은 그런 비판에 대해서는 \"처음 듣는 말\"이라고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker_as_written == "김 의원");
}

TEST_CASE("a short stage name ending like a particle is a name where the tagger or its name list sees one") {
  // 유이|는, 싸이|는: the tagger's span stops before the particle, so its 이 is
  // part of the name, not a subject particle; the tagger's name list (which
  // retraining the model leaves alone) holds both where the model misses them.
  std::vector<Quote> q = Quotes("이날 방송에서 유이는 “동생이 애교가 많다”며 웃었다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "유이");
  q = Quotes("평소 야구 팬인 싸이는 \"이번 경기는 빅 게임\"이라며 소감을 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "싸이");
}

TEST_CASE("a word ending in an organization's head before a title is her body, whatever the tagger says of it") {
  // A store chain (…마트) and a religious body (…교) end like organizations.
  CHECK(korean::EndsInOrganizationHead(U"한빛마트"));
  CHECK(korean::EndsInOrganizationHead(U"원불교"));
  CHECK(korean::EndsInOrganizationHead(U"미래연구소"));
  // The head alone, a head after one syllable, or a plain name is none.
  CHECK_FALSE(korean::EndsInOrganizationHead(U"마트"));
  CHECK_FALSE(korean::EndsInOrganizationHead(U"불교"));
  CHECK_FALSE(korean::EndsInOrganizationHead(U"박서연"));
  std::vector<Quote> q = Quotes("박서연 푸른마트 점장은 \"주말 손님이 두 배로 늘었다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "박서연");
  CHECK(q[0].role == "점장");
  CHECK(q[0].org == "푸른마트");
}

}  // namespace
}  // namespace kosearch
