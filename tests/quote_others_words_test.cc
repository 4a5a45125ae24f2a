// A quote followed by a noun of speech and a verb of words someone else
// said (`"…"는 주장을 일축했다`, `'…'라는 요구를 거부했다`) is found, but it
// is not the subject's: the subject turned those words down, so no speaker
// is given (issue 13). Made-up sentences in the shapes Korean news uses.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kosearch/extract.h"
#include "shared_extractor.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("a claim the subject dismisses or refuses is found, and is not the subject's words") {
  std::vector<Quote> q = Quotes("김민수 의원은 \"예산이 이미 바닥났다\"는 주장을 일축했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "예산이 이미 바닥났다");
  CHECK(q[0].speaker.empty());
  q = Quotes("한국전력은 '요금을 곧 올린다'는 주장을 일축했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  // Words the subject said with the same noun of speech stay the subject's.
  q = Quotes("김민수 의원은 \"예산이 이미 바닥났다\"는 주장을 폈다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김민수");
}

TEST_CASE("every quote of a list the subject dismisses is someone else's, not only the last") {
  std::vector<Quote> q = Quotes("김민수 의원은 \"예산이 이미 바닥났다\", \"세금을 올려야 한다\"는 주장을 일축했다.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].text == "예산이 이미 바닥났다");
  CHECK(q[0].speaker.empty());
  CHECK(q[1].speaker.empty());
}

}  // namespace
}  // namespace kosearch
