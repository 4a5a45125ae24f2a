// Tests for snippets (src/search/snippet.h): the window with the most distinct
// matches, whole words marked, and only the lines that may match analysed
// without losing a match the analyzer would find.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kosearch/analyzer.h"
#include "search/snippet.h"
#include "text/unicode_text.h"

namespace kosearch {
namespace {

// The sequences a query word highlights: its analysed terms.
std::vector<std::vector<std::string>> Sequences(std::initializer_list<const char*> words) {
  std::vector<std::vector<std::string>> out;
  for (const char* w : words) {
    std::vector<std::string> seq;
    for (const Token& t : Analyze(NormalizeText(w))) {
      if (!t.index_only) seq.push_back(t.term);
    }
    out.push_back(seq);
  }
  return out;
}

std::string Rendered(const std::string& text, std::initializer_list<const char*> words, size_t max_chars) {
  Snippet s = MakeSnippet(text, Sequences(words), max_chars, AnalyzerOptions{});
  return RenderHighlights(s.text, s.highlights, "[", "]");
}

TEST_CASE("Latin matches whatever its case, numbers whatever their commas") {
  const std::string text = NormalizeText("최태원 SK그룹 회장은 GPU를 5만장 구입한다.\n엔비디아는 1,000억원을 투자했다.");
  std::string r = Rendered(text, {"sk", "gpu"}, 0);
  CHECK(r.find("[SK]그룹") != std::string::npos);
  CHECK(r.find("[GPU]를") != std::string::npos);
  CHECK(Rendered(text, {"1000"}, 0).find("[1,000]") != std::string::npos);
}

TEST_CASE("every line with a match is marked in a whole text") {
  const std::string text = NormalizeText("옴니버스 툴을 가져왔다.\n다른 이야기다.\n다시 옴니버스를 말했다.");
  std::string r = Rendered(text, {"옴니버스"}, 0);
  CHECK(r.find("[옴니버스] 툴") != std::string::npos);
  CHECK(r.find("다시 [옴니버스]를") != std::string::npos);
  CHECK(r.find("[옴]") == std::string::npos);
}

TEST_CASE("a long text shows the window with the most distinct words") {
  std::string text;
  for (int i = 0; i < 30; ++i) text += "대통령은 이날 기자회견을 열고 경제 정책을 설명했다.\n";
  text += "SK그룹은 엔비디아와 옴니버스 플랫폼을 함께 만든다고 밝혔다.\n";
  for (int i = 0; i < 30; ++i) text += "대통령은 이날 기자회견을 열고 경제 정책을 설명했다.\n";
  text = NormalizeText(text);
  std::string r = Rendered(text, {"엔비디아", "옴니버스", "대통령"}, 160);
  CHECK(r.find("[엔비디아]와 [옴니버스]") != std::string::npos);
  CHECK(r.rfind("…", 0) == 0);
}

}  // namespace
}  // namespace kosearch
