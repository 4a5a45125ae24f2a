// Quotes found through the noun of speech after them (issue 13, quotes
// never found): a genitive speaker before a noun of speech qualified by one
// plain noun (`'…'는 정부의 공식 입장`), a question asked by someone named in
// the genitive (`"…냐"는 패널들의 질문에`), and a request that is its
// clause's subject (`"…해 달라"는 요청이 있었다`): speech, with the speaker
// only where the text names one. Made-up sentences in the shapes Korean
// news uses.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kosearch/extract.h"
#include "shared_extractor.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("a genitive speaker before a noun of speech qualified by a plain noun owns the quote") {
  std::vector<Quote> q = Quotes("‘국경 지대의 군사 훈련을 용납하지 않겠다’는 일본의 공식 입장이 나온 지 한 달이 지났다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "국경 지대의 군사 훈련을 용납하지 않겠다");
  CHECK(q[0].speaker == "일본");
  // The head is no noun of speech (문서): no one's words; nor read across a word with a particle.
  CHECK(Quotes("‘국경 지대의 군사 훈련을 용납하지 않겠다’는 일본의 공식 문서가 공개된 지 한 달이 지났다.").empty());
  CHECK(Quotes("‘국경 지대의 군사 훈련을 용납하지 않겠다’는 일본의 회의에서 입장이 정해졌다.").empty());
}

TEST_CASE("a question asked by those named in the genitive is speech with no speaker; the answer is the subject's") {
  std::vector<Quote> q =
      Quotes("가수 김하늘은 \"첫 무대는 어떻게 준비했느냐\"는 패널들의 질문에 \"밤새 거울 앞에서 연습했다\"고 답했다.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].text == "첫 무대는 어떻게 준비했느냐");
  CHECK(q[0].speaker.empty());
  CHECK(q[1].text == "밤새 거울 앞에서 연습했다");
  CHECK(q[1].speaker == "김하늘");
}

TEST_CASE("a request that is its clause's subject is speech from no one the sentence names") {
  std::vector<Quote> q = Quotes("정년 소식이 알려지자 지방의 여러 대학에서 “강의를 맡아 달라”는 요청이 잇따랐다고 한다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "강의를 맡아 달라");
  CHECK(q[0].speaker.empty());
  // A request put to the subject (요청을 거절했다) stays someone else's words, no quote here.
  CHECK(Quotes("박 감독은 “강의를 맡아 달라”는 요청을 거절했다.").empty());
  // The subject made the request herself (요청도 했다): her words, her name.
  q = Quotes("김하윤 장관은 “예산을 더 늘려 달라”는 요청도 했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김하윤");
}

TEST_CASE("single-quoted words ending as talk ends (…말라, …보시라) before a quotative ending are speech") {
  std::vector<Quote> q = Quotes("코치는 ‘허가가 나지 않은 약이니 절대 먹지 말라’고 당부했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "허가가 나지 않은 약이니 절대 먹지 말라");
  CHECK(q[0].speaker.empty());  // an unnamed coach: a role, no name
  q = Quotes("김수영 감독은 ‘한 번만 더 생각해 보시라’며 선수를 붙잡았다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "한 번만 더 생각해 보시라");
  CHECK(q[0].speaker == "김수영");
  // A title in single marks ending in a noun stays no quote.
  CHECK(Quotes("김수영 감독은 ‘겨울의 카메라’라고 이름 붙인 전시를 열었다.").empty());
}

TEST_CASE("a quoted sentence before 던 describes its speaker, named right after it") {
  std::vector<Quote> q = Quotes("“이 노래를 부를 때마다 고향을 생각한다”던 박서진은 이날도 무대에서 그 노래를 불렀다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "이 노래를 부를 때마다 고향을 생각한다");
  CHECK(q[0].speaker == "박서진");
  // A clause after 던 (지켜보던) is no speaker's name: no quote read through it.
  CHECK(Quotes("“이 노래를 부를 때마다 고향을 생각한다”던 무대를 지켜보던 관객이 울었다.").empty());
}

TEST_CASE("headline speakers the tables know: parents (학부모) as an unnamed role, a city (市) in Hanja") {
  std::vector<Quote> q = Quotes("학부모들 “지금 자리도 부족한데 납득 못해” 교육청 “내년까지 정원 늘리겠다”");
  REQUIRE(q.size() == 2);
  CHECK(q[0].text == "지금 자리도 부족한데 납득 못해");
  CHECK(q[0].speaker.empty());
  CHECK(q[0].role == "학부모들");
  q = Quotes("市 “보조금 신청 요건 미달” vs 업체 “과도한 기준… 문제없어”");
  REQUIRE(q.size() == 2);
  CHECK(q[0].text == "보조금 신청 요건 미달");
  CHECK(q[0].speaker == "市");
}

}  // namespace
}  // namespace kosearch
