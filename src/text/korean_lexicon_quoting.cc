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
    U"경고했", U"촉구했", U"비판했", U"표현했", U"말하",   U"얘기했", U"이야기했", U"얘기하", U"이야기하"};

// `after_sentence_only` rows also follow a title or a term ("기생충"이라는
// 문장, "…"이라는 문자 광고): they count only after quoted words shaped as
// a sentence ("…알아?"라는 질문을 던졌다, "…안 된다"는 결론을 내렸다).
// Not 질문에 (a question put to the subject, or a survey's), 표현 or 내용
// (an example of wording, a claim checked), which quote no speaker of the sentence.
struct SpeechNoun {
  std::u32string_view text;
  bool after_sentence_only;
};
constexpr SpeechNoun kSpeechNouns[] = {
    {U"말", false}, {U"말씀", false}, {U"입장", false}, {U"발언", false}, {U"주장", false}, {U"뜻", false},
    {U"취지", false}, {U"메시지", false}, {U"답변", false}, {U"비판", false}, {U"지적", false}, {U"경고", false},
    {U"소감", false}, {U"수상소감", false}, {U"반응", false}, {U"해명", false}, {U"해명문", false}, {U"입장문", false},
    {U"성명서", false}, {U"설명", false}, {U"언급", false}, {U"고백", false}, {U"부인", false}, {U"반박", false},
    {U"호소", false}, {U"당부", false}, {U"촉구", false}, {U"다짐", false}, {U"일침", false}, {U"심경", false},
    {U"증언", false}, {U"논평", false}, {U"글", false}, {U"댓글", false}, {U"문구", false}, {U"구호", false},
    {U"목소리", false}, {U"이야기", false}, {U"얘기", false}, {U"관측", false}, {U"광고", false}, {U"광고문", false},
    {U"자막", false}, {U"발표", false}, {U"하소연", false}, {U"농담", false}, {U"막말", false}, {U"망언", false},
    {U"대답", false}, {U"조언", false}, {U"비난", false}, {U"내용의 성명", false}, {U"지시", false},
    {U"의견", false}, {U"소망", false}, {U"질문을", true},
    {U"문장", true}, {U"반론", true}, {U"결론", true}, {U"문자", true},
};

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

bool StartsWithSpeechNoun(std::u32string_view rest, bool after_sentence) {
  return std::any_of(std::begin(kSpeechNouns), std::end(kSpeechNouns), [&](const SpeechNoun& noun) {
    return (after_sentence || !noun.after_sentence_only) && rest.starts_with(noun.text) &&
           WordEndsHere(rest.substr(noun.text.size()));
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

bool IsContinuationAdverb(std::u32string_view word) {
  static constexpr std::u32string_view kAdverbs[] = {U"이어", U"이어서", U"또", U"또한", U"그러면서", U"아울러", U"덧붙여"};
  return std::find(std::begin(kAdverbs), std::end(kAdverbs), word) != std::end(kAdverbs);
}

std::span<const std::u32string_view> ReportingVerbs() { return kReportingVerbs; }

}  // namespace kosearch::korean
