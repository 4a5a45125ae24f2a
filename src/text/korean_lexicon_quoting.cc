// The Korean lexicon's tables for quoting (see korean_lexicon.h): quotative
// endings, verbs of naming, saying and reporting, nouns of speech. Read by
// extract/quotes to decide whether quoted words are someone's speech.
#include <algorithm>

#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch::korean {

namespace {

// Longest first where one ends another (이라고 before 라고).
constexpr QuotativeEnding kQuotativeEndings[] = {
    {U"이라고", false}, {U"라고", false},   {U"이라며", false}, {U"라며", false}, {U"이라면서", false},
    {U"라면서", false}, {U"면서", false},   {U"며", false},     {U"다고", false}, {U"이라 ", true},
    {U"라 ", true},
};

constexpr std::u32string_view kNamingVerbs[] = {
    U"불리", U"부르", U"불러", U"부른", U"불린", U"명명", U"이름", U"칭하", U"칭한", U"일컫", U"적힌", U"적혀",
    U"쓰인", U"쓰여", U"새긴", U"표기", U"하는", U"묘사", U"명시", U"규정", U"적시", U"기재", U"되어"};

// Stems as written in the past or present (했 covers 했다, 했고).
constexpr std::u32string_view kSayingVerbs[] = {
    U"했",     U"말했",   U"말한",   U"밝혔",   U"밝히",   U"전했",   U"발표했", U"설명했", U"강조했", U"주장했", U"덧붙였",
    U"지적했", U"언급했", U"답했",   U"물었",   U"외쳤",   U"반박했", U"토로했", U"호소했", U"당부했",
    U"경고했", U"촉구했", U"비판했", U"말하",   U"얘기했", U"이야기했", U"얘기하", U"이야기하"};

constexpr std::u32string_view kSpeechNouns[] = {
    U"말",     U"말씀",   U"입장",   U"발언",   U"주장",   U"뜻",     U"취지",   U"메시지", U"답변",   U"비판",
    U"지적",   U"경고",   U"소감",   U"수상소감", U"반응", U"해명",   U"해명문", U"입장문", U"성명서", U"설명",
    U"언급",   U"고백",   U"부인",   U"반박",   U"호소",   U"당부",   U"촉구",   U"다짐",   U"일침",   U"심경",
    U"증언",   U"논평",   U"글",     U"댓글",   U"문구",   U"구호",   U"목소리", U"이야기", U"얘기",   U"관측",
    U"광고",   U"광고문", U"자막",   U"발표",   U"하소연", U"농담",   U"막말",   U"망언",   U"대답",   U"조언",   U"비난",   U"내용의 성명"};

constexpr std::u32string_view kReportingVerbs[] = {U"고 보도했", U"고 보도하", U"고 전했다", U"고 인용 보도",
                                                   U"고 보도된"};

constexpr std::u32string_view kAboutWords[] = {U"대해", U"대해서", U"대해선", U"대하여", U"관해", U"관해서",
                                               U"관련해", U"관련해서", U"두고"};

bool StartsWithAny(std::u32string_view rest, std::span<const std::u32string_view> stems) {
  return std::any_of(stems.begin(), stems.end(), [&](std::u32string_view s) { return rest.starts_with(s); });
}

// True when `after` (what follows a noun) is empty, not a syllable, or a
// particle that ends the word ("을", "만", "으로"; not the 로 of 글로벌).
bool WordEndsHere(std::u32string_view after) {
  if (after.empty() || !IsHangulSyllable(after.front())) return true;
  // The copula: "…"이란 입장인 것으로, "…"라는 입장이다.
  for (std::u32string_view copula : {U"인 ", U"이다", U"이었"}) {
    if (after.starts_with(copula)) return true;
  }
  for (const Particle* p : ParticlesFor(kCutForIndex)) {
    if (after.starts_with(p->text) && (after.size() == p->text.size() || !IsHangulSyllable(after[p->text.size()]))) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::span<const QuotativeEnding> QuotativeEndings() { return kQuotativeEndings; }

bool StartsWithNamingVerb(std::u32string_view rest) { return StartsWithAny(rest, kNamingVerbs); }

bool StartsWithSayingVerb(std::u32string_view rest) { return StartsWithAny(rest, kSayingVerbs); }

bool StartsWithSpeechNoun(std::u32string_view rest) {
  return std::any_of(std::begin(kSpeechNouns), std::end(kSpeechNouns), [&](std::u32string_view noun) {
    return rest.starts_with(noun) && WordEndsHere(rest.substr(noun.size()));
  });
}

bool ClosesAboutClause(std::u32string_view word) {
  return std::find(std::begin(kAboutWords), std::end(kAboutWords), word) != std::end(kAboutWords);
}

bool MarksAddresseeOrObject(std::u32string_view word) {
  static constexpr std::u32string_view kEndings[] = {U"에게", U"에게는", U"에게도", U"한테", U"한테는", U"께",
                                                     U"께는", U"을", U"를"};
  return std::any_of(std::begin(kEndings), std::end(kEndings), [&](std::u32string_view e) {
    return word.size() > e.size() && word.ends_with(e);
  });
}

bool IsAdverbBeforeQuote(std::u32string_view word) {
  static constexpr std::u32string_view kAdverbs[] = {U"역시", U"또한", U"또", U"다시", U"또다시", U"재차",
                                                     U"직접", U"곧바로", U"이날", U"특히", U"이어", U"거듭"};
  return std::find(std::begin(kAdverbs), std::end(kAdverbs), word) != std::end(kAdverbs);
}

std::span<const std::u32string_view> ReportingVerbs() { return kReportingVerbs; }

}  // namespace kosearch::korean
