// Headline statements (`누리꾼 "…"`) where the headline is not alone on its
// line: the next headline or the lead follows it (sentence lists and
// scraped pages glue them), and speakers whose name ends in a syllable that
// is also a particle (한지은), or who are named after whose they are (최민수
// 연인 한지은). Made-up sentences in the shapes Korean news uses.
#include <doctest/doctest.h>

#include <string>

#include "kosearch/extract.h"
#include "shared_extractor.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("a headline statement followed by more of the headline is a quote of its speaker") {
  std::vector<Quote> q = Quotes("누리꾼 “첫눈은 언제 오나요” 기상청은 어떻게 정할까?");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "첫눈은 언제 오나요");
  CHECK(q[0].speaker.empty());
  CHECK(q[0].role == "누리꾼");
}

TEST_CASE("a headline statement with the lead glued after its mark is a quote of its speaker") {
  std::vector<Quote> q =
      Quotes("배우 김하늘, 신작 소감 “이번 역할이 가장 어려웠다”배우 김하늘이 12일 서울에서 기자들을 만났다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김하늘");
  // A particle or ending glued to the mark goes on the sentence: no headline.
  CHECK(Quotes("시민 “함께 가자”고 적힌 현수막이 걸렸다.").empty());
}

TEST_CASE("a headline speaker whose name ends like a particle, named after whose partner she is") {
  std::vector<Quote> q = Quotes("최민수 연인 한지은, 결혼설에 “아직은 친구 사이”");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "한지은");  // not 한지 (은 is part of the name), not 최민수 (whose partner)
}

}  // namespace
}  // namespace kosearch
