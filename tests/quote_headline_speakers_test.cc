// Headline quotes and their speakers (issue 13): a speaker written in Hanja
// (與, 野, 北, 朴대통령), a name with 심판, a city's district (서울 중구), a
// headline that opens with its quote and names the speaker after it, a
// single-quoted statement after a person's name, and a headline of nouns
// that opens with its speaker (HeadlineOpeningSpeaker). Each with the look-alike
// that must keep no speaker. Made-up headlines in the shapes Korean news uses.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/quote_marks.h"
#include "kosearch/extract.h"
#include "shared_extractor.h"
#include "text/unicode_text.h"

namespace kosearch {
namespace {

std::vector<Quote> Quotes(const std::string& text) { return TheExtractor().Extract(text).quotes; }

TEST_CASE("a party, a country or an agency written in Hanja before a headline's quote speaks as that body") {
  std::vector<Quote> q = Quotes(
      "의석 배치 합의… 與 \"본회의장 가운데 자리 지켜\" 안도\n"
      "野, 총리 후보 지명에 반발 \"국민 무시한 인사\"\n"
      "北 \"남측이 먼저 도발했다\"\n북한이 담화를 냈다.");
  REQUIRE(q.size() == 3);
  CHECK(q[0].speaker == "與");
  CHECK(q[0].speaker_type == "organization");
  CHECK(q[0].org == "與");
  CHECK(q[1].speaker == "野");
  CHECK(q[1].speaker_type == "organization");
  CHECK(q[2].speaker == "北");
  CHECK(q[2].speaker_type == "organization");
}

TEST_CASE("a president's surname in Hanja, alone or with a title, is a person; no expansion is invented") {
  std::vector<Quote> q = Quotes("朴대통령 \"경제 살리기에 총력 기울여야\" 시장 방문\n대통령은 시장을 찾았다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "朴");
  CHECK(q[0].speaker_type == "person");
  q = Quotes("安 \"표결을 미뤄야\" 文 \"미룰 수 없다\"\n두 사람이 맞섰다.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "安");
  CHECK(q[1].speaker == "文");
  CHECK(q[1].speaker_type == "person");
  // Any other Hanja before a quote names nobody (the statement, a headline's
  // promise, stands with no speaker, as annotators record such headlines).
  q = Quotes("株 \"오늘은 오를 것\"\n시장이 열렸다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  CHECK(q[0].speaker_type.empty());
}

TEST_CASE("a name before 심판 is a headline's speaker") {
  std::vector<Quote> q = Quotes("박영수 심판 \"공이 홈 앞에서 뚝 떨어졌다\" 감탄\n투수가 새 변화구를 던졌다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "박영수");
}

TEST_CASE("a city's district before a headline's quote speaks as that office; a country's team does not") {
  std::vector<Quote> q = Quotes("공원 조성 논란…서울 중구 \"작은 공간에 전시관 짓는 것\"\n구청이 해명했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "서울 중구");
  CHECK(q[0].speaker_type == "organization");
  q = Quotes("대회 앞두고…한국 여자농구 \"끝까지 물러서지 않겠다\"\n선수들이 다짐했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
}

TEST_CASE("a headline that opens with its quote takes the name and title after it") {
  std::vector<Quote> q = Quotes("\"오히려 혼란만 키울 우려\" 박민수의원 쐐기 박아\n법안 처리가 미뤄졌다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "오히려 혼란만 키울 우려");
  CHECK(q[0].speaker == "박민수");
  q = Quotes("\"오히려 혼란만 키울 우려\" 박민수 의원 쐐기\n법안 처리가 미뤄졌다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "박민수");
  // No title after the quote: a topic, not a speaker.
  CHECK(Quotes("\"오히려 혼란만 키울 우려\" 법안 처리 연기\n법안 처리가 미뤄졌다.").empty());
}

TEST_CASE("a single-quoted statement with a comma after a person's name is her headline; a show's title is not") {
  std::vector<Quote> q = Quotes("김연경 '이기자, 끝까지 간다'\n대표팀이 훈련을 시작했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "이기자, 끝까지 간다");
  CHECK(q[0].speaker == "김연경");
  // Not a sentence, but a statement with a comma: a headline too.
  q = Quotes("박세리 '가자, 메이저 우승~'\n대회가 개막했다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "박세리");
  // A channel before a title: no speaker.
  q = Quotes("JTBC '학교 다녀오겠습니다'\n새 예능이 시작됐다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  // No comma and no sentence ending: a title, no quote at all.
  CHECK(Quotes("김연경 '배구 여제의 귀환'\n대표팀이 훈련을 시작했다.").empty());
}

TEST_CASE("a noun in 서 may stand in a headline after the speaker's comma, never as the speaker") {
  std::vector<Quote> q = Quotes("작가 김민수, 국어 교과서 수록에 반색 \"정말 영광스러운 일\"\n작품이 실렸다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김민수");
  // `설문서` is "in a survey": no speaker.
  std::vector<Quote> survey = Quotes("구단 감독 열두 명 설문서 \"올해는 전북이 강하다\"\n개막을 앞뒀다.");
  CHECK((survey.empty() || survey[0].speaker.empty()));
}

// HeadlineOpeningSpeaker with the names the tagger would mark given by hand:
// the opening name of `text`'s only double-quoted headline, or "" for none.
std::string OpeningSpeaker(const std::string& text, const std::vector<std::u32string>& tagged, std::string* name = nullptr) {
  std::u32string t = ToU32(text);
  std::vector<QuotePair> pairs = FindQuotePairs(t, t.size());
  REQUIRE(pairs.size() == 1);
  auto tagged_at = [&](size_t a, size_t b) {
    for (const std::u32string& n : tagged) {
      if (t.substr(a, b - a) == n) return true;
    }
    return false;
  };
  HeadlineNames names{tagged_at, [](size_t, size_t) { return false; }};
  size_t start = 0, end = 0, name_end = 0;
  if (!HeadlineOpeningSpeaker(t, t.size(), pairs[0], names, &start, &end, &name_end)) return "";
  if (name != nullptr) *name = ToUtf8(t.substr(start, name_end - start));
  return ToUtf8(t.substr(start, end - start));
}

TEST_CASE("a headline of nouns opening with a name gives its quote to the name with its titles, past the last words") {
  std::string name;
  // The tagger's name, then a body and a title: the whole phrase, the name alone marked.
  CHECK(OpeningSpeaker("왕밍 중국 외교부 대변인 \"일본은 역사를 직시해야 한다\"", {U"왕밍"}, &name) == "왕밍 중국 외교부 대변인");
  CHECK(name == "왕밍");
  // After a label (a program's name), nouns of the event after the name.
  CHECK(OpeningSpeaker("주말극장 김하나 이혼 고백 \"나 결혼한 줄 아는 분 적어\"", {U"김하나"}) == "김하나");
  // No tagger: a name's shape right before a title (전 between) is the evidence.
  CHECK(OpeningSpeaker("최민호 전 앵커 횡령 혐의 피소 \"근거 없는 의혹 제기\"", {}) == "최민호 전 앵커");
  // Any qualifier of the lexicon between name and title (신임 new, 차기 next).
  CHECK(OpeningSpeaker("박서준 신임 대표 취임 소감 \"현장부터 챙기겠다\"", {}) == "박서준 신임 대표");
  CHECK(OpeningSpeaker("美 해리스 장관 연임 포기 선언 \"여력이 부족하다\"", {}) == "해리스 장관");
}

TEST_CASE("several names, a verb, prose, a genitive or a body noun before a title open no headline speaker") {
  CHECK(OpeningSpeaker("김철수 이영희 열애 인정 \"좋은 만남 이어가는 중\"", {U"김철수", U"이영희"}).empty());
  CHECK(OpeningSpeaker("최민호 전 앵커 혐의로 피소돼 \"근거 없는 의혹 제기\"", {}).empty());
  CHECK(OpeningSpeaker("김민호 사진 공개한 박철수 \"대통령이 답해야 한다\"", {U"김민호"}).empty());
  CHECK(OpeningSpeaker("그 뒤 일이 커졌다. 최민호 전 앵커 피소 \"근거 없는 의혹 제기\"", {}).empty());
  CHECK(OpeningSpeaker("작가 김민호의 \"바다로 가는 긴 길\"", {U"김민호"}).empty());
  CHECK(OpeningSpeaker("구단 감독 열두 명 설문 \"올해는 전북이 강하다\"", {}).empty());
}

TEST_CASE("a verb or a second name in a headline before its quote gives the opening name nothing") {
  std::vector<Quote> q = Quotes("최민호 전 앵커 사기 혐의로 피소돼 \"무혐의 처분 받은 사안이다\"\n그는 입장을 밝혔다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
  q = Quotes("김철수 이영희 열애 인정 \"좋은 만남 이어가는 중\"\n두 사람은 교제 중이다.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
}

}  // namespace
}  // namespace kosearch
