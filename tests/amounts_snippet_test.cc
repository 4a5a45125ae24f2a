// Snippets of hits matched by an `amount:` filter (src/search/snippet.h): the amount
// that matched is in the window and marked as a whole, other amounts are not.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kosearch/analyzer.h"
#include "search/snippet.h"
#include "text/unicode_text.h"

namespace kosearch {
namespace {

// A business article written for this test in news style: the matching
// amount is in its last paragraph, far past a 60-character window.
const std::string kArticle = NormalizeText(
    "한 글로벌 부품업체가 국내에 새 공장을 짓기로 했다. 회사 측은 부지 선정과 인허가 절차가 마무리되는 대로 "
    "착공에 들어갈 계획이라고 밝혔다.\n"
    "지역 상공회의소는 공장이 들어서면 협력업체 200여 곳과 일자리 1천500개가 새로 생길 것으로 내다봤다. "
    "올해 지역 예산은 3천억원이다.\n"
    "회사는 앞으로 5년간 생산설비에 12억 3천 450만 달러를 투자하기로 했다고 밝혔다.");

std::string Marked(const Snippet& s) { return RenderHighlights(s.text, s.highlights, "[", "]"); }

TEST_CASE("the amount a filter matched is shown and marked whole") {
  Snippet s = MakeSnippet(kArticle, {}, 60, AnalyzerOptions{}, {AmountRange{"USD", 1e9, 1e10}});
  CHECK(Marked(s).find("[12억 3천 450만 달러]") != std::string::npos);
  REQUIRE(s.highlights.size() == 1);
  // Without the filter the window starts at the article's beginning.
  CHECK(MakeSnippet(kArticle, {}, 60, AnalyzerOptions{}).text.find("달러") == std::string::npos);
}

TEST_CASE("only amounts inside the range and of its unit are marked") {
  std::string marked = Marked(MakeSnippet(kArticle, {}, 0, AnalyzerOptions{}, {AmountRange{"KRW", 1e11, 1e12}}));
  CHECK(marked.find("[3천억원]") != std::string::npos);
  CHECK(marked.find("[12억") == std::string::npos);
  CHECK(marked.find("[1천500개]") == std::string::npos);
  // No unit given: any unit in range (1천500개 is 1500 of 개).
  marked = Marked(MakeSnippet(kArticle, {}, 0, AnalyzerOptions{}, {AmountRange{"", 1000, 2000}}));
  CHECK(marked.find("[1천500개]") != std::string::npos);
  CHECK(marked.find("[3천억원]") == std::string::npos);
  // A range that nothing in the text falls in marks nothing.
  CHECK(MakeSnippet(kArticle, {}, 0, AnalyzerOptions{}, {AmountRange{"EUR", 0, 1e12}}).highlights.empty());
}

}  // namespace
}  // namespace kosearch
