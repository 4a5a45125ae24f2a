// The quote pairs are found once per article (issue 15, speed): the caller
// gives the speaker table the spans of the double-mark quotes over the whole
// text (DoubleQuoteSpans) from the pairs the quote finder reads, which stop
// at the boilerplate limit. These spans must be the ones pairing the whole
// text gives, boilerplate included. Made-up sentences in news shapes.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "extract/quote_marks.h"
#include "text/unicode_text.h"

namespace kosearch {
namespace {

using Spans = std::vector<std::pair<size_t, size_t>>;

// The double marks paired over the whole text, none yet judged: the spans
// must be these, as classifying the pairs never drops nor moves a double pair.
Spans WholeTextDoubles(std::u32string_view text) {
  Spans spans;
  for (const QuotePair& p : PairDoubleMarks(text, text.size())) spans.emplace_back(p.open, p.close);
  return spans;
}

TEST_CASE("the double quotes' spans come from the article's pairs when no limit cuts the text") {
  std::u32string text = ToU32("김민준 의원은 \"예산을 다시 짜야 한다\"고 말했다. 그는 '원칙대로 하자'고 덧붙였다.\n"
                              "박서연 장관은 “검토하겠다”고 답했다.");
  std::vector<QuotePair> pairs = FindQuotePairs(text, text.size());
  Spans spans = DoubleQuoteSpans(text, text.size(), pairs);
  REQUIRE(spans.size() == 2);  // the single pair is left out
  CHECK(spans == WholeTextDoubles(text));
  CHECK(pairs.size() == 3);
}

TEST_CASE("the double quotes' spans cover the boilerplate the quote finder stops at") {
  std::string body = "이지훈 대표는 \"올해 안에 출시하겠다\"고 밝혔다.\n";
  std::string footer = "[기자의 말] \"이지훈 대표를 만나다\" 연재 모음\n";
  std::u32string text = ToU32(body + footer);
  size_t limit = ToU32(body).size();
  std::vector<QuotePair> pairs = FindQuotePairs(text, limit);
  REQUIRE(pairs.size() == 1);
  Spans spans = DoubleQuoteSpans(text, limit, pairs);
  REQUIRE(spans.size() == 2);
  CHECK(spans == WholeTextDoubles(text));
  CHECK(spans[1].first > limit);
}

TEST_CASE("a quote opened before the boilerplate limit and closed after it keeps its whole-text span") {
  std::string body = "정하늘 위원장은 \"다음 달 안으로 ";
  std::string rest = "결론을 내겠다\"고 말했다.\n[관련 기사] \"위원회 일정\" 모음\n";
  std::u32string text = ToU32(body + rest);
  size_t limit = ToU32(body).size();
  std::vector<QuotePair> pairs = FindQuotePairs(text, limit);
  Spans spans = DoubleQuoteSpans(text, limit, pairs);
  REQUIRE(spans.size() == 2);
  CHECK(spans == WholeTextDoubles(text));
  CHECK(spans[0].first < limit);
  CHECK(spans[0].second > limit);
}

TEST_CASE("a “ left open across a line break keeps the span the whole text pairs") {
  std::u32string text = ToU32("오지민 교수는 “올해 실험은 예정대로 진행한다.\n"
                              "결과는 내년 봄에 공개하겠다”고 밝혔다. 그는 “서두르지 않겠다”고 덧붙였다.");
  std::vector<QuotePair> pairs = FindQuotePairs(text, text.size());
  Spans spans = DoubleQuoteSpans(text, text.size(), pairs);
  REQUIRE(spans.size() == 2);
  CHECK(spans == WholeTextDoubles(text));
  CHECK(text[spans[0].second] == U'”');
  CHECK(text.find(U'\n') < spans[0].second);
}

}  // namespace
}  // namespace kosearch
