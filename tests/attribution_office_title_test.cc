// An office written before a title (issue 13): "정보국 국장은", "교통국 과장은"
// name the head of a body the lexicon knows by its parts (a modifier and a
// head noun of its table of institution words, korean::ComposesBodyName),
// never a person called 정보국: the speaker is an unnamed role with that
// body. A person's name that only ends like an office (정병국) still speaks
// before the same titles. Sentences made up in the shapes of news.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kosearch/extract.h"
#include "shared_extractor.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("an office before a title is the role's body, never a person's name") {
  struct Case {
    const char* text;
    const char* role;
    const char* org;
  };
  const Case cases[] = {
      {"정보국 국장은 “추가 정황은 아직 확인되지 않았다”라고 말했다.", "국장", "정보국"},
      {"교통국 과장은 “신호 체계를 다음 달까지 바꾸겠다”라고 밝혔다.", "과장", "교통국"},
      {"기획처 처장은 “예산 편성을 다시 검토하고 있다”라고 말했다.", "처장", "기획처"},
      {"보건국 국장은 “접종 일정에는 변동이 없다”라고 전했다.", "국장", "보건국"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    std::vector<Quote> q = Quotes(c.text);
    REQUIRE(q.size() == 1);
    CHECK(q[0].speaker.empty());
    CHECK(q[0].speaker_type != "person");
    CHECK(q[0].role == c.role);
    CHECK(q[0].org.find(c.org) != std::string::npos);
  }
}

TEST_CASE("an office after its organization before a title is an unnamed role of that body") {
  std::vector<Quote> q = Quotes("한빛시 교통국 과장은 “버스 노선을 늘리겠다”라고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  CHECK(q[0].speaker_type != "person");
  CHECK(q[0].role == "과장");
  CHECK(q[0].org.find("교통국") != std::string::npos);
}

TEST_CASE("a person's name ending like an office still speaks before the same titles") {
  std::vector<Quote> q = Quotes("정병국 국장은 “추가 정황은 아직 확인되지 않았다”라고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "정병국");
  CHECK(q[0].speaker_type == "person");
  CHECK(q[0].role == "국장");
  std::vector<Quote> with_body = Quotes("한빛시 김용국 과장은 “버스 노선을 늘리겠다”라고 밝혔다.");
  REQUIRE(with_body.size() == 1);
  CHECK(with_body[0].speaker == "김용국");
  CHECK(with_body[0].role == "과장");
}

}  // namespace
}  // namespace kosearch
