// Tests for phrases checked in the stored text (src/search/phrase_check.h), which
// stand in for positions in an index written without them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kosearch/analyzer.h"
#include "search/phrase_check.h"
#include "text/unicode_text.h"

namespace kosearch {
namespace {

// The terms a query phrase gives: every analysed term but the index-only ones.
std::vector<std::string> PhraseTerms(const std::string& phrase) {
  std::vector<std::string> terms;
  for (const Token& t : Analyze(NormalizeText(phrase))) {
    if (!t.index_only) terms.push_back(t.term);
  }
  return terms;
}

const std::string kText = NormalizeText(
    "최태원 SK그룹 회장은 \"엔비디아의 옴니버스 툴을 가져와 저희가 생각하는 디지털 트윈에 저희 제조업을 AI로 "
    "혁신시킬 수 있도록 하는 플랫폼을 만들고자 한다\"고 말했다.");

TEST_CASE("a phrase matches its words in order, across particles") {
  CHECK(TextHasPhrase(kText, PhraseTerms("옴니버스 툴"), {}));
  CHECK(TextHasPhrase(kText, PhraseTerms("엔비디아 옴니버스 툴"), {}));
  CHECK(TextHasPhrase(kText, PhraseTerms("디지털 트윈"), {}));
  CHECK(TextHasPhrase(kText, PhraseTerms("SK그룹 회장"), {}));
  CHECK(TextHasPhrase(kText, PhraseTerms("sk그룹"), {}));  // Latin case folded like the index
}

TEST_CASE("the same words out of order or apart do not match") {
  CHECK_FALSE(TextHasPhrase(kText, PhraseTerms("툴 옴니버스"), {}));
  CHECK_FALSE(TextHasPhrase(kText, PhraseTerms("옴니버스 디지털"), {}));
  CHECK_FALSE(TextHasPhrase(kText, PhraseTerms("트윈 디지털"), {}));
  CHECK_FALSE(TextHasPhrase("", PhraseTerms("옴니버스 툴"), {}));
}

TEST_CASE("a phrase runs across line breaks, as positions do") {
  const std::string text = NormalizeText("회담은 길었다고 밝혔다.\n\n대통령은 이날 귀국했다.");
  CHECK(TextHasPhrase(text, PhraseTerms("밝혔다 대통령은"), {}));
  CHECK(TextHasPhrase(text, PhraseTerms("길었다고 밝혔다 대통령"), {}));
  CHECK_FALSE(TextHasPhrase(text, PhraseTerms("대통령은 밝혔다"), {}));
}

TEST_CASE("every place the first word occurs is tried, far apart or close") {
  std::string filler;
  for (int i = 0; i < 40; ++i) filler += "경제 정책을 설명했다.\n";
  const std::string text = NormalizeText("옴니버스 이야기.\n" + filler + "엔비디아의 옴니버스 툴.\n" + filler);
  CHECK(TextHasPhrase(text, PhraseTerms("옴니버스 툴"), {}));
  CHECK(TextHasPhrase(text, PhraseTerms("정책을 설명했다 경제"), {}));
  CHECK_FALSE(TextHasPhrase(text, PhraseTerms("옴니버스 설명"), {}));
  CHECK(TextHasPhrase(NormalizeText("SK그룹 회장"), PhraseTerms("sk 그룹"), {}));  // Latin first term: whole text
}

TEST_CASE("documents: articles by field, quotes by their text") {
  const std::string article = R"({"kind":"article","title":"최태원 회장, 옴니버스 도입","text":"디지털 트윈 공장을 짓는다."})";
  const std::string quote = R"({"kind":"quote","title":"최태원 회장, 옴니버스 도입","text":"디지털 트윈 공장을 짓겠다"})";
  PhraseCheck any{PhraseTerms("디지털 트윈"), PhraseCheck::Field::kAny};
  PhraseCheck title{PhraseTerms("옴니버스 도입"), PhraseCheck::Field::kTitle};
  PhraseCheck body_title_words{PhraseTerms("옴니버스 도입"), PhraseCheck::Field::kBody};
  CHECK(DocumentHasPhrases(article, {any, title}, {}));
  CHECK_FALSE(DocumentHasPhrases(article, {body_title_words}, {}));
  CHECK(DocumentHasPhrases(quote, {any}, {}));
  CHECK_FALSE(DocumentHasPhrases(quote, {title}, {}));  // a quote's title is its article's
  CHECK_FALSE(DocumentHasPhrases("not json", {any}, {}));
}

}  // namespace
}  // namespace kosearch
