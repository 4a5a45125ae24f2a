// A headline's statement with no verb and no speaker right before it takes
// the name its line stands on (HeadlineTopicSpeaker, quote_headline_topic.cc):
// the name opening the line across commas, ellipses and the words of the
// event, or a later name heading the statement's own phrase; nobody when
// two people stand side by side, when someone unnamed stands by the
// statement, or when the opening name is part of a clause or of what the
// statement answers. Made-up headlines in the shapes Korean news uses.
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

// HeadlineTopicSpeaker over the last double-quoted pair of `text`, with the
// names the tagger would mark given by hand (whole words or spans; `whole`
// the spans it marks as one person's whole name): the speaker's words, or
// "" for none (*several set as the function sets it).
std::string TopicSpeaker(const std::string& text, const std::vector<std::u32string>& people,
                         const std::vector<std::u32string>& bodies = {}, bool* several = nullptr,
                         const std::vector<std::u32string>& whole = {}) {
  std::u32string t = ToU32(text);
  std::vector<QuotePair> pairs = PairDoubleMarks(t, t.size());
  REQUIRE(!pairs.empty());
  auto in = [&](const std::vector<std::u32string>& names, size_t a, size_t b) {
    for (const std::u32string& n : names) {
      if (t.substr(a, b - a) == n) return true;
    }
    return false;
  };
  HeadlineNames names{[&](size_t a, size_t b) { return in(people, a, b); },
                      [&](size_t a, size_t b) { return in(bodies, a, b); },
                      [&](size_t a, size_t b) { return in(whole, a, b); }};
  size_t start = 0, end = 0;
  bool several_people = false;
  bool found = HeadlineTopicSpeaker(t, pairs.back(), names, &start, &end, &several_people);
  if (several != nullptr) *several = several_people;
  return found ? ToUtf8(t.substr(start, end - start)) : "";
}

TEST_CASE("a headline's statement after an ellipsis or a comma goes to the name opening its line") {
  std::vector<Quote> q = Quotes("김민정 예능 하차…아쉬운 작별… \"다른 무대에서 뵐게요\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김민정");
  CHECK(q[0].speaker_type == "person");
  // A title in quotes (the charge) and a noun of the event between.
  q = Quotes("박성훈 ‘횡령 의혹’ 고소…“이미 끝난 일” 해명");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "박성훈");
  // A program's name in quotes before the name, a comma after the event.
  q = Quotes("‘주말극장’ 김민정 18kg 감량, “캐릭터를 위해 노력했다”");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "김민정");
  // A label in brackets glued to the name; the one spoken to (에게) is no speaker.
  q = Quotes("[단독]박성훈 지난달 김민정에게 “계약을 서둘러 하자고 한다”");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "박성훈");
}

TEST_CASE("the opening name keeps its titles; a later name heading the statement's phrase speaks instead") {
  CHECK(TopicSpeaker("최민호 전 앵커, ‘사기 혐의’ 피소…\"무혐의 처분 받은 사안\"", {U"최민호"}) == "최민호 전 앵커");
  // The opening name's remark is what the statement answers (에): the body right before it speaks.
  CHECK(TopicSpeaker("김하나 발언에 한빛회 발끈 \"사과부터 하라\"", {U"김하나"}, {U"한빛회"}) == "한빛회");
  // A clause on a later noun: the opening name is its subject, the later one the headline's.
  CHECK(TopicSpeaker("김하나 사진 공개한 박두리 \"대통령이 답해야 한다\"", {U"김하나", U"박두리"}) == "박두리");
  // A body of the person's group right before her: the person.
  CHECK(TopicSpeaker("컴백 앞둔 한빛소녀 김하나 \"팬들이 먼저다\"", {U"김하나"}, {U"한빛소녀"}) == "김하나");
  // A body set off by a comma opens the headline.
  CHECK(TopicSpeaker("한빛전자, 추석 맞아 \"부모님께 선물하세요\"", {}, {U"한빛전자"}) == "한빛전자");
}

TEST_CASE("two people side by side or in a list give a headline's statement to no one") {
  bool several = false;
  CHECK(TopicSpeaker("김하나 박두리 열애 인정… \"좋은 사이로 지내는 중\"", {U"김하나", U"박두리"}, {}, &several).empty());
  CHECK(several);
  // After a comma, a Korean name's shape before a noun is the second one, tagged or not.
  CHECK(TopicSpeaker("김하나, 박두리 첫 만남은? \"마음을 숨길 수 없었다\"", {U"김하나"}, {}, &several).empty());
  CHECK(several);
  // Not the subject of a clause that goes on: the opening name asked about her.
  CHECK(TopicSpeaker("김하나, 박두리 나오냐는 질문에 \"남보다 못한 사이\"", {U"김하나"}) == "김하나");
}

TEST_CASE("someone unnamed by a headline's statement, or an opening name inside a clause, leaves it without a speaker") {
  bool several = true;
  // A role in the statement's own phrase, or right after the statement.
  CHECK(TopicSpeaker("박두리 파산 신청, 돈 빌려준 채권자 \"빚을 피하고 있다\"", {U"박두리"}, {}, &several).empty());
  CHECK_FALSE(several);
  CHECK(TopicSpeaker("김하나 둘째 임신… \"정말 축하해요\" 네티즌 축하 물결", {U"김하나"}).empty());
  CHECK(TopicSpeaker("노래대회 정체는 김하나? 누리꾼 수사대 \"역시 그 목소리\"", {U"김하나"}).empty());
  // What the statement answers is about the opening name (의혹엔): someone else's words.
  CHECK(TopicSpeaker("박두리 선거 개입 의혹엔 \"몰랐다\"", {U"박두리"}).empty());
  // The opening name is a verb's subject in its own phrase.
  CHECK(TopicSpeaker("최민호 전 앵커 사기 혐의로 피소돼 \"무혐의 처분 받은 사안\"", {U"최민호"}).empty());
  // A body as the first noun of the event (where it happened), not set off by a comma.
  CHECK(TopicSpeaker("한빛체육관 붕괴, 전원 구조… \"한 명 빠져나가\"", {}, {U"한빛체육관"}).empty());
  // A name's shape no table knows, alone right before the statement, may be the one saying it.
  CHECK(TopicSpeaker("노래대회 김하나 무대… 한도윤 \"아이 러브 유\" 고백", {U"김하나"}).empty());
  // A name that opens a body's (the tagger spans both) is the body's.
  CHECK(TopicSpeaker("故 김하나 재단, 행사 열어… \"뜻을 잇겠다\"", {U"김하나"}, {U"김하나 재단"}).empty());
}

TEST_CASE("a body or an authority opening the statement's own phrase speaks for it, not the person before the break") {
  // The person is what the event is about; the body after the break is the one saying it.
  CHECK(TopicSpeaker("김하나 열애설…HNB엔터 \"사생활이라 확인 불가\"", {U"김하나"}, {U"HNB엔터"}).empty());
  CHECK(TopicSpeaker("박두리 탄핵 인용… 헌재 \"중대한 위반\"", {U"박두리"}, {U"헌재"}).empty());
  // A body the lexicon knows by its word, typed by no tagger.
  CHECK(TopicSpeaker("최민호 대표 기소… 검찰 \"증거인멸 우려\"", {U"최민호"}).empty());
  // Right after the statement: a body or a title says it.
  CHECK(TopicSpeaker("김하나 사망… \"타살 흔적 없어\" 경찰 발표", {U"김하나"}).empty());
  CHECK(TopicSpeaker("박두리 파면… \"법 앞에 예외 없다\" 대통령 언급", {U"박두리"}).empty());
  // A body of the person's own phrase (her group) leaves her the speaker.
  CHECK(TopicSpeaker("컴백 앞둔 한빛소녀 김하나 \"팬들이 먼저다\"", {U"김하나"}, {U"한빛소녀"}) == "김하나");
}

TEST_CASE("a person after the mark of the late (故, 고) never says a headline's statement") {
  CHECK(TopicSpeaker("故 김하나 1주기… \"영원히 기억할게\"", {U"김하나"}).empty());
  CHECK(TopicSpeaker("고 박두리 1주기, 추모 물결 \"잊지 않겠다\"", {U"박두리"}).empty());
  // The one mourning after the break still speaks.
  CHECK(TopicSpeaker("故 김하나 1주기… 박두리 \"영원히 기억할게\"", {U"김하나", U"박두리"}) == "박두리");
}

TEST_CASE("the tagger's whole-name spans join a name's words and keep a name ending like a particle") {
  bool several = false;
  // Two words the tagger marks as one person's name: one speaker, not two side by side.
  CHECK(TopicSpeaker("디아 마르코 공연 취소… \"한국 팬들 보고 싶었다\"", {U"디아", U"마르코"}, {}, &several, {U"디아 마르코"}) ==
        "디아 마르코");
  CHECK(TopicSpeaker("디아 마르코 공연 취소… \"한국 팬들 보고 싶었다\"", {U"디아", U"마르코"}, {}, &several).empty());
  CHECK(several);
  // A name ending like a particle (을) counts only when the tagger spans it whole.
  CHECK(TopicSpeaker("한가을 컴백… \"기다려 주셔서 감사\"", {U"한가을"}, {}, nullptr, {U"한가을"}) == "한가을");
  CHECK(TopicSpeaker("한가을 컴백… \"기다려 주셔서 감사\"", {U"한가을"}).empty());
}

TEST_CASE("a label mark left open before a headline's statement is skipped, never hangs the scan") {
  // An opening mark whose closer is missing or of another shape (‘…' mixes
  // two marks; `[단독` is never closed): the mark is skipped as one character.
  for (const char* headline : {"‘한빛극장' 김하나 감독 상 휩쓸고… \"꿈만 같다\"",
                               "[단독 김하나 결혼 발표하고… \"행복하다\"",
                               "'90년대 스타 김하나 복귀하고… \"떨린다\""}) {
    CAPTURE(headline);
    std::vector<Quote> q = Quotes(headline);
    CHECK(q.size() == 1);
  }
}

}  // namespace
}  // namespace kosearch
