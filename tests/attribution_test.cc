// Speakers resolved over the whole article (issue 13): each kind of
// reference resolved to the article's entity, organizations and unnamed
// roles kept apart from people, things that cannot speak left without a
// speaker, reported speech given to the person quoted. Sentences written in
// the shapes Korean news uses, and the seed article.
#include <doctest/doctest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "kosearch/extract.h"
#include "shared_extractor.h"

namespace kosearch {
namespace {

Extraction Extract(const std::string& text) { return TheExtractor().Extract(text); }

// The one quote of `text` (the test fails when there is not exactly one).
Quote OneQuote(const std::string& text) {
  Extraction x = Extract(text);
  REQUIRE(x.quotes.size() == 1);
  return x.quotes[0];
}

TEST_CASE("full name with title and affiliation: the bare name, role and org apart") {
  std::ifstream in(std::string(KOSEARCH_TEST_CORPUS) + "/seed/000_b7eb001f9d02ddd5.txt", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  Extraction x = Extract(ss.str());
  REQUIRE(x.quotes.size() == 19);
  for (const Quote& q : x.quotes) {
    CHECK(q.speaker_type == "person");
    CHECK(q.speaker.find("회장") == std::string::npos);
    CHECK(q.speaker.find("대통령") == std::string::npos);
    CHECK_FALSE(q.role.empty());
    CHECK(q.confidence > 0.5);
  }
  CHECK(x.quotes[6].speaker == "젠슨 황");
  CHECK(x.quotes[6].role.find("CEO") != std::string::npos);
}

TEST_CASE("the last part of a foreign name resolves to the full name the article gives") {
  Quote q = OneQuote(
      "안토니우 구테흐스 유엔 사무총장은 이날 뉴욕 본부에서 기자회견을 열었다. "
      "구테흐스 총장은 \"모든 당사자가 즉시 휴전해야 한다\"고 말했다.");
  CHECK(q.speaker == "안토니우 구테흐스");
  CHECK(q.speaker_type == "person");
  CHECK(q.speaker_as_written.find("구테흐스") == 0);
}

TEST_CASE("a bare title one named person holds resolves to that person") {
  Quote q = OneQuote(
      "최만수 서울대 기계항공공학부 교수 연구팀이 새로운 촉매를 개발했다고 밝혔다. "
      "교수는 \"상용화까지는 5년 정도 걸릴 것\"이라고 말했다.");
  CHECK(q.speaker == "최만수");
  CHECK(q.role == "교수");
}

TEST_CASE("an organization speaking as a body") {
  Quote q = OneQuote("외교부는 \"관련 동향을 예의주시하고 있다\"고 밝혔다.");
  CHECK(q.speaker_type == "organization");
  CHECK(q.speaker == "외교부");
  CHECK(q.org == "외교부");
}

TEST_CASE("an unnamed role with its organization has no name as speaker") {
  Quote q = OneQuote("기상청 관계자는 \"이번 주말까지 비가 이어질 것\"이라고 말했다.");
  CHECK(q.speaker.empty());
  CHECK(q.speaker_type == "role");
  CHECK(q.role == "관계자");
  CHECK(q.org == "기상청");
  CHECK(q.speaker_as_written == "기상청 관계자");
}

TEST_CASE("a surname alone, before a title or glued to 씨, stays the surname when the article gives no more") {
  Quote q = OneQuote("송 변호사는 \"의뢰인은 혐의를 전면 부인하고 있다\"고 말했다.");
  CHECK(q.speaker == "송");
  CHECK(q.speaker_type == "person");
  CHECK(q.role == "변호사");
  Quote glued = OneQuote("강씨는 \"처음에는 아무도 믿어주지 않았다\"고 말했다.");
  CHECK(glued.speaker == "강");
  CHECK(glued.speaker_type == "person");
}

TEST_CASE("a surname and a title resolve to the one person of the article with that surname") {
  Extraction x = Extract(
      "김성근 서울대 자연대학장이 이날 간담회를 열었다. "
      "김 학장은 \"연구자를 길러내는 교육을 하고 싶다\"고 말했다.");
  REQUIRE(x.quotes.size() == 1);
  CHECK(x.quotes[0].speaker == "김성근");
}

TEST_CASE("things that cannot speak are never speakers") {
  for (const char* text : {"보고서는 \"기후 변화가 예상보다 빠르게 진행되고 있다\"고 밝혔다.",
                           "사람들은 \"이런 일은 처음 본다\"고 말했다.",
                           "빨간색은 \"위험을 알리는 신호\"라고 말했다."}) {
    CAPTURE(text);
    Quote q = OneQuote(text);
    CHECK(q.speaker.empty());
    CHECK(q.speaker_type.empty());
    CHECK(q.confidence == 0);
  }
}

TEST_CASE("reported speech belongs to the person quoted; the reporter goes to reported_by") {
  SUBCASE("…라고 말했다고 보도했다") {
    Quote q = OneQuote("AP통신은 김철수 국방부 장관이 \"추가 파병은 없다\"고 말했다고 보도했다.");
    CHECK(q.speaker == "김철수");
    CHECK(q.reported_by == "AP통신");
  }
  SUBCASE("…를 인용") {
    Quote q = OneQuote("로이터통신은 국방부 관계자를 인용, \"훈련은 예정대로 진행된다\"고 전했다.");
    CHECK(q.speaker.empty());
    CHECK(q.speaker_type == "role");
    CHECK(q.role == "관계자");
    CHECK(q.reported_by == "로이터통신");
  }
}

TEST_CASE("a camp's spokesperson speaks, not the head of the camp") {
  Quote q = OneQuote(
      "존 스미스 대통령은 이날 연설했다. "
      "마이클 로저스 스미스 측 대변인은 \"대통령의 입장에는 변함이 없다\"고 말했다.");
  CHECK(q.speaker != "존 스미스");
  CHECK(q.role.find("대변인") != std::string::npos);
}

TEST_CASE("extract JSON carries the resolved fields") {
  Extraction x = Extract("기상청 관계자는 \"이번 주말까지 비가 이어질 것\"이라고 말했다.");
  std::string line = ExtractionToJsonLine("a", x);
  CHECK(line.find("\"speaker_type\":\"role\"") != std::string::npos);
  CHECK(line.find("\"confidence\":") != std::string::npos);
  CHECK(line.find("\"reported_by\":\"\"") != std::string::npos);
}

}  // namespace
}  // namespace kosearch
