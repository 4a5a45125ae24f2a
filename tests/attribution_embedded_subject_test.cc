// A quote's speaker is the sentence's topic, not a subject of a clause
// embedded before the quote (issue 13, at19): a clause that modifies a noun
// (`경기가 문제가 있다는 질문에`, `측이 … 밝히기로 한 결정을`), words between
// quote marks (a title, a term: `'정부는 … 한다'는 제목의 사설에서`), or a
// thing as the subject (`측은 그 보도가 "…"이라며`).
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
      Quotes("한편 김철수는 이번 경기가 문제가 있다는 외부 시선도 있다는 질문에 \"우리 대학이 축구에 이바지한 바가 크다\"고 말했다.");
  REQUIRE(asked.size() == 1);
  CHECK(asked[0].speaker == "김철수");
  std::vector<Quote> decided = Quotes(
      "김철수 민주당 의원은 8일 MBC 측이 자료 입수 배경을 밝히기로 한 결정을 환영하며 \"의혹을 해명하기를 기대한다\"고 말했다.");
  REQUIRE(decided.size() == 1);
  CHECK(decided[0].speaker == "김철수");
  // The look-alike: a subject whose clause goes on to the quote speaks.
  std::vector<Quote> own = Quotes("이날 회의에서 김철수 의원이 자료를 들고 \"의혹을 해명하라\"고 말했다.");
  REQUIRE(own.size() == 1);
  CHECK(own[0].speaker == "김철수");
}

TEST_CASE("words between quote marks before the quote are never its subject") {
  std::vector<Quote> title = Quotes(
      "영국 가디언은 28일 ‘한국 정부는 개혁을 서둘러야 한다’는 제목의 사설에서 “정부는 당장 개혁에 나서야 한다”며 개혁을 "
      "촉구했다.");
  REQUIRE(title.size() == 1);
  CHECK(title[0].speaker == "가디언");
  // The look-alike: a name in single quotes with its particle outside speaks.
  std::vector<Quote> named = Quotes("‘자유북한방송’은 “북한 주민들이 방송을 듣고 있다”고 밝혔다.");
  REQUIRE(named.size() == 1);
  CHECK(named[0].speaker == "자유북한방송");
}

TEST_CASE("a thing as the subject before the quote yields to the topic that may speak") {
  std::vector<Quote> report = Quotes("국방부 측은 그 보도가 “사실과 다른 추측”이라며 반발했다.");
  REQUIRE(report.size() == 1);
  CHECK(report[0].speaker == "국방부");
  std::vector<Quote> news = Quotes("외교부는 그 보도가 나오자 “사실이 아니다”라고 밝혔다.");
  REQUIRE(news.size() == 1);
  CHECK(news[0].speaker == "외교부");
  // The look-alike: people asking (기자들이 "…"고 묻자) are no thing; their
  // question is not the topic's.
  std::vector<Quote> asked = Quotes("김철수 후보는 28일 기자들이 “예언이 맞을 것으로 보냐”고 묻자 “당연하다”고 답했다.");
  REQUIRE(asked.size() == 2);
  CHECK(asked[0].speaker != "김철수");
}

TEST_CASE("verbs whose clause modifies the noun after them") {
  CHECK(korean::ModifiesNounAsVerb(U"", U"있다는"));
  CHECK(korean::ModifiesNounAsVerb(U"", U"열렸던"));
  CHECK(korean::ModifiesNounAsVerb(U"", U"없는"));
  CHECK(korean::ModifiesNounAsVerb(U"밝히기로", U"한"));
  CHECK_FALSE(korean::ModifiesNounAsVerb(U"", U"한"));      // "한 관계자": one official
  CHECK_FALSE(korean::ModifiesNounAsVerb(U"", U"정부는"));  // a topic
  CHECK_FALSE(korean::ModifiesNounAsVerb(U"", U"협회의"));  // a genitive
}

}  // namespace
}  // namespace kosearch
