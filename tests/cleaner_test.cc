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

// A news-shaped article under tests/data/cleaning/.
std::string Shaped(const std::string& name) {
  std::string text = ReadFile(std::string(KOSEARCH_TEST_DATA) + "/cleaning/" + name);
  REQUIRE(!text.empty());
  return text;
}

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
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

TEST_CASE("News1: a photo credit inside the article goes alone; the footer and its teasers go") {
  auto c = kosearch::CleanBody(Shaped("news1.txt"));
  // Everything after the credit lines is kept.
  CHECK(Has(c.text, "벤치에는 가족 단위 관람객들이"));
  CHECK(Has(c.text, "음악회를 정례화하겠다"));
  CHECK(Has(c.text, "야외 공연을 이어갈 계획이다."));
  // The caption stays, without its trailing credit; the credit line goes.
  CHECK(Has(c.text, "관람객들이 공연을 보고 있다. (부산시 제공)\n"));
  CHECK(!Has(c.text, "News1"));
  CHECK(!Has(c.text, "kkm@news1.kr"));
  CHECK(!Has(c.text, "무단 전재"));
  CHECK(!Has(c.text, "빛축제"));  // teaser after the footer
  CHECK(c.footer_source == "뉴스1");
  CHECK(c.footer_chars > 0);
}

TEST_CASE("뉴시스: dateline kept, credit lines dropped, 공감언론 footer recognised") {
  auto c = kosearch::CleanBody(Shaped("newsis.txt"));
  CHECK(c.text.rfind("[서울=뉴시스]박지은 기자 = 서울시가", 0) == 0);
  CHECK(Has(c.text, "(사진=서울시 제공)"));  // a caption is text
  CHECK(Has(c.text, "주민이 살고 싶은 집으로"));
  CHECK(Has(c.text, "인근 임대주택으로 옮겨 살 수 있다."));
  CHECK(!Has(c.text, "ⓒ"));
  CHECK(!Has(c.text, "공감언론"));
  CHECK(!Has(c.text, "pje@newsis.com"));
  CHECK(c.footer_source == "뉴시스통신사");
}

TEST_CASE("연합뉴스: byline and footer at the end go, the text after a mid-article credit stays") {
  auto c = kosearch::CleanBody(Shaped("yonhap.txt"));
  CHECK(Has(c.text, "세수 여건이 나아질 것"));
  CHECK(Has(c.text, "[연합뉴스 자료사진]"));
  CHECK(!Has(c.text, "ⓒ 연합뉴스"));
  CHECK(!Has(c.text, "kcs@yna.co.kr"));
  CHECK(!Has(c.text, "okjebo"));
  CHECK(c.footer_source == "연합뉴스");
}

TEST_CASE("an article about copyright keeps every sentence") {
  std::string raw = Shaped("about_copyright.txt");
  auto c = kosearch::CleanBody(raw);
  CHECK(Has(c.text, "포털이 기사를 무단 전재해 왔다며 손해배상을 청구했다."));
  CHECK(Has(c.text, "\"무단전재 및 재배포 금지\" 문구를 어긴 사례"));
  CHECK(Has(c.text, "첫 변론을 연다."));
  CHECK(c.footer_source.empty());
  CHECK(c.footer_chars + c.line_chars + c.link_chars == 0);
  // The same text as one JSONL-style line.
  std::string one_line = raw.substr(0, raw.find('\n'));
  CHECK(kosearch::CleanBody(one_line).text == one_line);
}

TEST_CASE("a credit at the end of the first line is cut, not the article") {
  std::string raw =
      "이름인 주한은 한국을 위해 달린다는 의미로 지은 이름이다. (서울시 제공)© News1\n"
      "서울시는 시설물 정비뿐만 아니라 노인 대상 교통안전 교육 및 홍보도 적극 전개할 계획이다.";
  auto c = kosearch::CleanBody(raw);
  CHECK(c.text ==
        "이름인 주한은 한국을 위해 달린다는 의미로 지은 이름이다. (서울시 제공)\n"
        "서울시는 시설물 정비뿐만 아니라 노인 대상 교통안전 교육 및 홍보도 적극 전개할 계획이다.");
  CHECK(c.boilerplate_from == kosearch::CleanBody(raw).boilerplate_from);
  CHECK(c.footer_chars == 0);
}

TEST_CASE("a notice with prose after it is one line, not the end of the article") {
  auto c = kosearch::CleanBody(
      "첫 문단은 정부 발표를 전한다. 정부는 내년 예산을 늘리겠다고 밝혔다.\n"
      "<저작권자 © 연합뉴스, 무단 전재-재배포 금지>\n"
      "두 번째 문단은 야당의 반응을 전한다. 야당은 예산안을 비판했다.");
  CHECK(Has(c.text, "야당은 예산안을 비판했다."));
  CHECK(!Has(c.text, "무단 전재"));
  CHECK(c.footer_source == "연합뉴스");
}

TEST_CASE("cleaning never empties a body that has words") {
  CHECK(kosearch::CleanBody("© 연합뉴스").text == "© 연합뉴스");
  CHECK(kosearch::CleanBody("무단 전재 및 재배포 금지").text == "무단 전재 및 재배포 금지");
  CHECK(kosearch::CleanBody("![사진](https://img.example.com/a.jpg)\nhttps://example.com").text.empty());
}
