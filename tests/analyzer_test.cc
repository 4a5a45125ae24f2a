// Analyzer tests on real sentences from the corpus: expected terms and positions.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kosearch/analyzer.h"

using kosearch::Analyze;
using kosearch::NormalizeText;

namespace {
// "term@position" for the query-visible terms, "+term@position" for index-only ones.
std::vector<std::string> Terms(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& t : Analyze(NormalizeText(text))) {
    out.push_back((t.index_only ? "+" : "") + t.term + "@" + std::to_string(t.position));
  }
  return out;
}
}  // namespace

TEST_CASE("Hangul words become bigrams with consecutive positions, particles cut") {
  // From the seed: 최태원 회장은 "엔비디아가 최근에는 옴니버스라고 ...
  CHECK(Terms("최태원 회장은 옴니버스라고") ==
        std::vector<std::string>{"최태@0", "태원@1", "회장@2", "옴니@3", "니버@4", "버스@5"});
}

TEST_CASE("a one-syllable stem keeps the whole word and adds its unigram") {
  // "이 옴니버스 툴을 가져와": 툴을 → 툴을 (query term) + 툴 (index only), same position.
  CHECK(Terms("옴니버스 툴을 가져와") ==
        std::vector<std::string>{"옴니@0", "니버@1", "버스@2", "+툴@3", "툴을@3", "가져@4"});
  // 국가 is not 국 + 가: the bigram stays the query term.
  CHECK(Terms("국가") == std::vector<std::string>{"+국@0", "국가@0"});
  CHECK(Terms("툴") == std::vector<std::string>{"툴@0"});
  // The price of a simple rule: 가져와's verb ending 와 looks like a particle.
  CHECK(Terms("가져와") == std::vector<std::string>{"가져@0"});
}

TEST_CASE("mixed tokens split at script boundaries; Latin lowercased; particles after Latin dropped") {
  CHECK(Terms("최태원 SK그룹 회장") == std::vector<std::string>{"최태@0", "태원@1", "sk@2", "그룹@3", "회장@4"});
  CHECK(Terms("GPU를 5만장 정도") == std::vector<std::string>{"gpu@0", "5@1", "만장@2", "+정@3", "정도@3"});
  CHECK(Terms("엔비디아(NVIDIA)") == std::vector<std::string>{"엔비@0", "비디@1", "디아@2", "nvidia@3"});
}

TEST_CASE("numbers keep thousands separators and decimals as one term") {
  CHECK(Terms("1,000억원") == std::vector<std::string>{"1000@0", "억원@1"});
  CHECK(Terms("임금 9.5% 인상") == std::vector<std::string>{"임금@0", "9.5@1", "인상@2"});
  CHECK(Terms("1,000") == Terms("1000"));
}

TEST_CASE("NFKC: fullwidth Latin, NFD Hangul and compatibility jamo match NFC") {
  CHECK(Terms("ＳＫ그룹") == Terms("SK그룹"));
  // 옴니버스 in decomposed (NFD) jamo.
  std::string nfd = "\xE1\x84\x8B\xE1\x85\xA9\xE1\x86\xB7\xE1\x84\x82\xE1\x85\xB5\xE1\x84\x87\xE1\x85\xA5\xE1\x84\x89\xE1\x85\xB3";
  CHECK(Terms(nfd) == Terms("옴니버스"));
}

TEST_CASE("Han runs become bigrams; punctuation separates words") {
  CHECK(Terms("美 상용차") == std::vector<std::string>{"美@0", "상용@1", "용차@2"});
  CHECK(Terms("大韓民國") == std::vector<std::string>{"大韓@0", "韓民@1", "民國@2"});
  CHECK(Terms("…!!! ---").empty());
}

TEST_CASE("byte offsets point at the term's characters in the normalised text") {
  std::string text = NormalizeText("버락 오바마는 취임했다");
  auto tokens = Analyze(text);
  REQUIRE(tokens.size() >= 3);
  CHECK(text.substr(tokens[1].start, tokens[1].end - tokens[1].start) == "오바");
  CHECK(text.substr(tokens[2].start, tokens[2].end - tokens[2].start) == "바마");
}

TEST_CASE("particles off (measurement switch) keeps every bigram") {
  kosearch::AnalyzerOptions off;
  off.strip_particles = false;
  auto t = Analyze(NormalizeText("옴니버스를"), off);
  REQUIRE(t.size() == 4);
  CHECK(t[3].term == "스를");
}
