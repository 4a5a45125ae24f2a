// Speaker rules that generalize (issue 13, held-out round): a foreign name
// whose first parts open the subject phrase is the whole name, never its last
// part with the first parts taken for an organization; a Korean name keeps
// the words before it out. Made-up sentences in the shapes Korean news uses.
#include <doctest/doctest.h>

#include <string>

#include "kosearch/extract.h"
#include "shared_extractor.h"
#include "text/korean_lexicon.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("a foreign name written whole before the quote is the whole name, initials included") {
  std::vector<Quote> q = Quotes("마리아 곤살레스는 지역 라디오에 출연해 \"이 법은 바뀌어야 한다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "마리아 곤살레스");
  CHECK(q[0].org.empty());
  q = Quotes("조사를 맡은 J.R 모리슨은 \"추가 피해는 없었다\"고 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "J.R 모리슨");
  CHECK(q[0].org.empty());
}

TEST_CASE("a word saying what a Korean speaker is stays out of the name") {
  std::vector<Quote> q = Quotes("회사원 김민수는 \"출근길이 너무 힘들다\"고 말했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김민수");
  CHECK(korean::EndsLikePersonNoun(U"대학생"));
  CHECK(korean::EndsLikePersonNoun(U"회사원"));
  CHECK_FALSE(korean::EndsLikePersonNoun(U"마리아"));
}

}  // namespace
}  // namespace kosearch
