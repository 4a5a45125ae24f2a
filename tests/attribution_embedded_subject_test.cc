// A quote's speaker is the sentence's topic, not a subject of a clause
// embedded before the quote (issue 13, at19): a clause that modifies a noun
// (`평론가들이 … 내놓았다는 물음에`, `측이 … 공개하기로 한 방침을`), words
// between quote marks (a title, a term: `'시장은 … 한다'는 제목의 칼럼에서`),
// or a thing as the subject (`측은 그 주장이 "…"이라며`).
// Sentences made up in the shapes of news, each with its look-alike.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kosearch/extract.h"
#include "shared_extractor.h"
#include "text/korean_lexicon.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("a subject inside a clause that modifies a noun is not the speaker; the topic is") {
  std::vector<Quote> asked =
      Quotes("한편 박영희는 일부 평론가들이 공연 준비가 부족했다는 평가를 내놓았다는 물음에 \"단원들이 연습을 충분히 했다\"고 말했다.");
  REQUIRE(asked.size() == 1);
  CHECK(asked[0].speaker == "박영희");
  std::vector<Quote> decided = Quotes(
      "이영호 정의당 의원은 3일 KBS 측이 프로그램 제작 과정을 공개하기로 한 방침을 반기며 \"시청자 신뢰를 되찾기 바란다\"고 말했다.");
  REQUIRE(decided.size() == 1);
  CHECK(decided[0].speaker == "이영호");
  // The look-alike: a subject whose clause goes on to the quote speaks.
  std::vector<Quote> own = Quotes("이날 회의에서 김철수 의원이 자료를 들고 \"의혹을 해명하라\"고 말했다.");
  REQUIRE(own.size() == 1);
  CHECK(own[0].speaker == "김철수");
}

TEST_CASE("words between quote marks before the quote are never its subject") {
  std::vector<Quote> title = Quotes(
      "프랑스 르몽드는 5일 ‘파리 시장은 대중교통을 늘려야 한다’는 제목의 칼럼에서 “시는 버스 노선부터 손봐야 한다”며 변화를 "
      "요구했다.");
  REQUIRE(title.size() == 1);
  CHECK(title[0].speaker == "르몽드");
  // The look-alike: a name in single quotes with its particle outside speaks.
  std::vector<Quote> named = Quotes("‘자유북한방송’은 “북한 주민들이 방송을 듣고 있다”고 밝혔다.");
  REQUIRE(named.size() == 1);
  CHECK(named[0].speaker == "자유북한방송");
}

TEST_CASE("a thing as the subject before the quote yields to the topic that may speak") {
  std::vector<Quote> report = Quotes("환경부 측은 그 주장이 “근거 없는 억측”이라며 반박했다.");
  REQUIRE(report.size() == 1);
  CHECK(report[0].speaker == "환경부");
  std::vector<Quote> news = Quotes("교육청은 그 기사가 퍼지자 “전혀 사실이 아니다”라고 해명했다.");
  REQUIRE(news.size() == 1);
  CHECK(news[0].speaker == "교육청");
  // The look-alike: people asking (기자들이 "…"고 묻자) are no thing; their
  // question is not the topic's.
  std::vector<Quote> asked = Quotes("박민준 위원장은 3일 기자들이 “법안이 이달 안에 통과되겠냐”고 묻자 “그렇다”고 답했다.");
  REQUIRE(asked.size() == 2);
  CHECK(asked[0].speaker.empty());
  CHECK(asked[0].role == "기자들");
}

}  // namespace
}  // namespace kosearch
