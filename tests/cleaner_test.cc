// Cleaning tests: the seed's footer and teaser, image links, URLs, source.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "kosearch/cleaner.h"

namespace {
std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
}  // namespace

TEST_CASE("the seed's footer and teaser are boilerplate; the footer names the source") {
  std::string seed = ReadFile(std::string(KOSEARCH_TEST_CORPUS) + "/seed/000_b7eb001f9d02ddd5.txt");
  REQUIRE(!seed.empty());
  auto c = kosearch::CleanBody(seed);
  CHECK(c.footer_source == "아주경제");
  CHECK(c.text.find("무단전재") == std::string::npos);
  CHECK(c.text.find("중력") == std::string::npos);
  CHECK(c.text.find("ajunews") == std::string::npos);
  CHECK(c.text.find("옴니버스") != std::string::npos);
  CHECK(c.text.find("최선을 다할 것") != std::string::npos);  // the last sentence stays
}

TEST_CASE("image links and bare URLs are removed, text around them kept") {
  auto c = kosearch::CleanBody("사진 설명 ![사진](https://img.example.com/a.jpg) 본문이다.\n자세한 내용은 https://ko.wikinews.org/wiki/x 참고");
  CHECK(c.text == "사진 설명   본문이다.\n자세한 내용은   참고");
  CHECK(c.footer_source.empty());
}

TEST_CASE("other footer forms") {
  auto c = kosearch::CleanBody("본문 문장이다.\n<저작권자 © 연합뉴스, 무단 전재-재배포 금지>\n다른 기사 제목");
  CHECK(c.footer_source == "연합뉴스");
  CHECK(c.text == "본문 문장이다.");
  CHECK(c.boilerplate_from == 9);  // code points before the footer line
}

TEST_CASE("titles from the first sentence") {
  CHECK(kosearch::TitleFromText("짧은 첫 문장. 두 번째 문장.") == "짧은 첫 문장");
  std::string t = kosearch::TitleFromText(
      "이재명 대통령이 젠슨 황 엔비디아(NVIDIA) 최고경영자(CEO)를 만나 한국에 대한 투자 확대를 주문하고, 우리 기업과의 AI 사업 협력에 대해 약속했다.");
  CHECK(t.size() < 200);
  CHECK(t.rfind("…") == t.size() - std::string("…").size());
}
