// The Korean lexicon's tables for quoting (see korean_lexicon.h): quotative
// endings, verbs of naming, saying and reporting, nouns of speech. Read by
// extract/quotes to decide whether quoted words are someone's speech, and
// (the nouns of speech) by answer/ to read what a question asks for.
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

// Nouns of speech, each row marked for the stages that read it
// (SpeechNounUse). kAfterQuote rows follow any quote; kAfterQuotedSentence
// rows also follow a title or a term ("기생충"이라는 문장, "…"이라는 문자
// 광고), so they count only after quoted words shaped as a sentence ("…알아?"
// 라는 질문을 던졌다, "…안 된다"는 결론을 내렸다). Not 질문에 (a question put
// to the subject, or a survey's), 표현 or 내용 (an example of wording, a claim
// checked) after a quote, which quote no speaker of the sentence.
constexpr uint16_t kQ = kAfterQuote, kS = kAfterQuotedSentence, kI = kIssuedStatement, kT = kIssuedThrough,
                   kA = kAskedStatement, kB = kAskedBeforeBare, kP = kPutAsQuestion, kO = kPutToSubject,
                   kK = kAskedAsKeywords;
constexpr SpeechNoun kSpeechNouns[] = {
    {U"말", kQ | kA | kK}, {U"말씀", kQ | kK}, {U"입장", kQ | kA | kB | kK}, {U"발언", kQ | kA | kB | kK}, {U"주장", kQ | kA | kB | kK},
    {U"뜻", kQ}, {U"취지", kQ | kA}, {U"메시지", kQ | kA}, {U"답변", kQ | kA | kB | kK}, {U"비판", kQ | kA | kK},
    {U"지적", kQ | kA | kK}, {U"경고", kQ | kA}, {U"소감", kQ | kA | kB | kK}, {U"수상소감", kQ | kK}, {U"반응", kQ | kA | kB | kK},
    {U"해명", kQ | kA | kB | kK}, {U"해명문", kQ}, {U"입장문", kQ | kK}, {U"성명서", kQ | kI}, {U"설명", kQ | kA},
    {U"언급", kQ | kA | kB | kK}, {U"고백", kQ | kA | kK}, {U"부인", kQ}, {U"반박", kQ | kK}, {U"호소", kQ | kK}, {U"당부", kQ | kA | kK},
    {U"촉구", kQ}, {U"다짐", kQ | kA | kK}, {U"일침", kQ | kK}, {U"심경", kQ | kA | kK}, {U"증언", kQ | kA | kK},
    {U"논평", kQ | kT | kA | kB | kK}, {U"글", kQ | kA}, {U"댓글", kQ | kK}, {U"문구", kQ}, {U"구호", kQ | kA},
    {U"목소리", kQ}, {U"이야기", kQ | kA}, {U"얘기", kQ | kA}, {U"관측", kQ}, {U"광고", kQ}, {U"광고문", kQ},
    {U"자막", kQ}, {U"발표", kQ | kA}, {U"하소연", kQ | kK}, {U"농담", kQ}, {U"막말", kQ | kK}, {U"망언", kQ | kK}, {U"대답", kQ | kK},
    {U"조언", kQ | kA | kK}, {U"비난", kQ | kK}, {U"내용의 성명", kQ}, {U"소망", kQ},
    {U"질문을", kS}, {U"문장", kS}, {U"반론", kS},
    {U"결론", kS}, {U"문자", kS},
    // A body's statement, issued in its name ("X 명의의 성명은"), or a
    // commentary or address it speaks through ("X 명의의 담화를 통해"). A
    // statement (kI) is read for both, so it needs no kT of its own.
    {U"성명", kI}, {U"담화", kT | kK}, {U"담화문", kT},
    // What a question asks someone said, wrote, confided, judged, foresaw,
    // aimed at or asked ("X의 Y 발언", "X가 Y에 대해 한 말", "…며 던진 질문은").
    {U"코멘트", kA | kB | kK}, {U"충고", kA | kK}, {U"한마디", kA | kB | kK}, {U"글귀", kA}, {U"심정", kA | kK}, {U"소회", kA | kK},
    {U"각오", kA | kK}, {U"포부", kA | kK}, {U"이유", kA}, {U"평가", kA | kB}, {U"판단", kA | kB}, {U"전망", kA},
    {U"배경", kA}, {U"견해", kA | kB | kK}, {U"의견", kQ | kA | kB | kK}, {U"분석", kA}, {U"예측", kA}, {U"계획", kA},
    {U"목표", kA}, {U"불만", kA}, {U"요구", kA | kO}, {U"지시", kQ | kA}, {U"약속", kA}, {U"슬로건", kA}, {U"내용", kA},
    {U"요지", kA}, {U"질문", kA | kP}, {U"물음", kA | kP}, {U"사과", kA}, {U"보도", kA}, {U"진술", kA | kK},
    // Words put to someone: a demand, a request, an order, a proposal, a plea.
    {U"요청", kO}, {U"주문", kO}, {U"제안", kO}, {U"제의", kO}, {U"부탁", kO | kA}, {U"권고", kO}, {U"권유", kO},
    // Only a query no reading took for a question reads these (kAskedAsKeywords):
    // praise and blame said of someone, and the English words of speech and
    // reaction, verbs with their forms. Not the words as often about no one's
    // words (a weather warning, an announcement of results, an earnings call,
    // an insurance claim, a message, a view; 보도 also a sidewalk, 성명 a full name).
    {U"호평", kK}, {U"혹평", kK}, {U"일갈", kK}, {U"소신", kK},
    {U"say", kK}, {U"says", kK}, {U"said", kK}, {U"saying", kK},
    {U"react", kK}, {U"reacts", kK}, {U"reacted", kK}, {U"reaction", kK}, {U"reactions", kK},
    {U"respond", kK}, {U"responds", kK}, {U"responded", kK}, {U"response", kK}, {U"responses", kK},
    {U"statement", kK}, {U"statements", kK}, {U"comment", kK}, {U"comments", kK}, {U"commented", kK},
    {U"remark", kK}, {U"remarks", kK}, {U"stance", kK}, {U"criticism", kK}, {U"praise", kK}, {U"praised", kK},
    {U"warn", kK}, {U"warned", kK}, {U"claimed", kK}, {U"explain", kK}, {U"explained", kK}, {U"explanation", kK},
    {U"testimony", kK},
};

// Nouns of no speech: what was thought, found or supposed ("…해보자"는
// 생각에서, "…찾는다"는 결과, "…것이냐"라는 음모론: RULES.md R5) and a
// title or a name ("…없습니다"는 제목의 대자보: R2). Quoted words before one
// are no one's speech, and none of them speaks (extract's IsNonAgent).
constexpr std::u32string_view kNotSpeechNouns[] = {U"생각", U"마음", U"결과", U"가설", U"이론", U"사실", U"음모론",
                                                   U"소문", U"의문", U"추측", U"제목", U"이름"};

// Stems of the verbs that take someone else's words as their object.
constexpr std::u32string_view kVerbsOfOthersWords[] = {U"받", U"들었", U"들은", U"듣", U"거부", U"거절",
                                                       U"일축", U"반박", U"부인"};

constexpr AdnominalQuoting kAdnominalQuotings[] = {
    {U"라는 ", false}, {U"이라는 ", false}, {U"는 ", false}, {U"란 ", true}, {U"이란 ", true}};

// Endings that make quoted words describe the one who said them, in the
// past (`"…하겠다"던 김 대표는`: 라고 하던, contracted); longest first.
constexpr std::u32string_view kRetrospectiveQuotings[] = {U"이라던 ", U"라던 ", U"던 "};

constexpr std::u32string_view kReportingVerbs[] = {U"고 보도했", U"고 보도하", U"고 전했다", U"고 인용 보도",
                                                   U"고 보도된"};

struct ClauseEnding {
  std::u32string_view text;
  uint8_t uses;  // ClauseEndingUse bits
  // The final consonant the syllable before the ending must have
  // (FinalConsonantIndex; -1: any): 합니다, not 아니다.
  int final_before = -1;
  bool EndsWord(std::u32string_view word) const {
    if (!word.ends_with(text)) return false;
    return final_before < 0 ||
           (word.size() > text.size() && FinalConsonantIndex(word[word.size() - text.size() - 1]) == final_before);
  }
};
constexpr uint8_t kU = kUtteranceEnding;
constexpr ClauseEnding kClauseEndings[] = {
    {U"다는", kReportedAdnominal}, {U"라는", kReportedAdnominal},    {U"냐는", kReportedAdnominal},
    {U"자는", kReportedAdnominal}, {U"기로", kPurposeEnding},        {U"도록", kPurposeEnding},
    {U"한", kLoneVerbAfterPurpose}, {U"된", kLoneVerbAfterPurpose}, {U"다고", kReportedClause},
    {U"라고", kReportedClause},
    // Endings of talk, not of a finding or a rule written down (…찾는다, …시행한다);
    // …니다 and …니까 only after a ㅂ (합니다, 있습니까; not 아니다).
    {U"니다", kU, kFinalBieup}, {U"니까", kU, kFinalBieup}, {U"요", kU}, {U"죠", kU}, {U"냐", kU}, {U"까", kU}, {U"는가", kU},
    {U"인가", kU}, {U"건가", kU}, {U"달라", kU}, {U"하라", kU}, {U"말라", kU}, {U"보라", kU},
    {U"시라", kU}, {U"하자", kU}, {U"보자", kU}, {U"가자", kU}, {U"겠다", kU}, {U"겠어", kU}, {U"싶다", kU},
    {U"싶어", kU}, {U"잖아", kU}, {U"거야", kU}, {U"세요", kU},
};

// Nouns that end like talk (kUtteranceEnding) but are none: a quoted noun
// phrase ending in one ("대책 마련 필요", "설립 인가") states, nobody talks.
// `whole`: only the word itself (…인가 ends a question, "사실인가"; 가자 is
// Gaza, 보라 purple).
struct NounLikeTalk {
  std::u32string_view text;
  bool whole;
};
constexpr NounLikeTalk kNounsLikeTalk[] = {
    {U"필요", false}, {U"중요", false}, {U"주요", false}, {U"수요", false}, {U"강요", false}, {U"소요", false},
    {U"개요", false}, {U"동요", false}, {U"풍요", false}, {U"긴요", false}, {U"민요", false}, {U"인가", true},
    {U"가자", true},  {U"보라", true},
};

// The last syllables of stems (korean_lexicon.h's StemEndUse).
struct StemEnd {
  char32_t syllable;
  uint8_t uses;  // StemEndUse bits
};
constexpr StemEnd kStemEnds[] = {
    {U'하', kStemBeforeNeun}, {U'되', kStemBeforeNeun}, {U'있', kStemBeforeNeun}, {U'없', kStemBeforeNeun},
    {U'라', kStemBeforeNeun}, {U'다', kStemBeforeNeun}, {U'보', kStemBeforeNeun}, {U'오', kStemBeforeNeun},
    {U'가', kStemBeforeNeun}, {U'주', kStemBeforeNeun}, {U'지', kStemBeforeNeun}, {U'치', kStemBeforeNeun},
    {U'키', kStemBeforeNeun}, {U'리', kStemBeforeNeun}, {U'내', kStemBeforeNeun}, {U'나', kStemBeforeNeun},
    {U'서', kStemBeforeNeun}, {U'려', kStemBeforeNeun}, {U'받', kStemBeforeEun},  {U'같', kStemBeforeEun},
    {U'많', kStemBeforeEun},  {U'좋', kStemBeforeEun},  {U'작', kStemBeforeEun},  {U'높', kStemBeforeEun},
    {U'낮', kStemBeforeEun},  {U'넓', kStemBeforeEun},  {U'깊', kStemBeforeEun},  {U'찾', kStemBeforeEun},
    {U'잡', kStemBeforeEun},  {U'읽', kStemBeforeEun},  {U'않', kStemBeforeEun},  {U'성', kNounSuffixNoName},
    {U'화', kNounSuffixNoName}, {U'용', kNounSuffixNoName}, {U'력', kNounSuffixNoName}, {U'점', kNounSuffixNoName},
    {U'등', kNounSuffixNoName}, {U'층', kNounSuffixNoName}, {U'자', kNounSuffixNoName}, {U'감', kNounSuffixNoName},
    {U'항', kNounSuffixNoName}, {U'책', kNounSuffixNoName}, {U'업', kNounSuffixNoName}, {U'술', kNounSuffixNoName},
    {U'식', kNounSuffixNoName}, {U'률', kNounSuffixNoName}, {U'교', kNounSuffixNoName},
};

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

bool StartsWithVerbOfOthersWords(std::u32string_view rest) { return StartsWithAny(rest, kVerbsOfOthersWords); }

bool StartsWithSpeechNoun(std::u32string_view rest, bool after_sentence) {
  const uint16_t uses = after_sentence ? (kAfterQuote | kAfterQuotedSentence) : kAfterQuote;
  return std::any_of(std::begin(kSpeechNouns), std::end(kSpeechNouns), [&](const SpeechNoun& noun) {
    return (noun.uses & uses) != 0 && rest.starts_with(noun.text) && WordEndsHere(rest.substr(noun.text.size()));
  });
}

std::span<const SpeechNoun> SpeechNouns() { return kSpeechNouns; }

bool StartsWithNotSpeechNoun(std::u32string_view rest) {
  return std::any_of(std::begin(kNotSpeechNouns), std::end(kNotSpeechNouns), [&](std::u32string_view noun) {
    return rest.starts_with(noun) && WordEndsHere(rest.substr(noun.size()));
  });
}

bool IsNotSpeechNoun(std::u32string_view word) {
  return std::find(std::begin(kNotSpeechNouns), std::end(kNotSpeechNouns), word) != std::end(kNotSpeechNouns);
}

std::span<const AdnominalQuoting> AdnominalQuotingEndings() { return kAdnominalQuotings; }

std::span<const std::u32string_view> RetrospectiveQuotingEndings() { return kRetrospectiveQuotings; }

bool IsSpeechNoun(std::u32string_view word, SpeechNounUse use) {
  return std::any_of(std::begin(kSpeechNouns), std::end(kSpeechNouns),
                     [&](const SpeechNoun& noun) { return noun.UsedFor(use) && noun.text == word; });
}

bool ClosesAboutClause(std::u32string_view word) {
  return std::find(std::begin(kAboutWords), std::end(kAboutWords), word) != std::end(kAboutWords);
}

bool EndsInClauseEnding(std::u32string_view word, ClauseEndingUse use, bool longer) {
  return std::any_of(std::begin(kClauseEndings), std::end(kClauseEndings), [&](const ClauseEnding& e) {
    return (e.uses & use) != 0 && (!longer || word.size() > e.text.size()) && e.EndsWord(word);
  });
}

bool IsClauseEnding(std::u32string_view word, ClauseEndingUse use) {
  return std::any_of(std::begin(kClauseEndings), std::end(kClauseEndings), [&](const ClauseEnding& e) {
    return (e.uses & use) != 0 && e.final_before < 0 && word == e.text;
  });
}

bool EndsInNounLikeTalk(std::u32string_view text) {
  size_t space = text.rfind(U' ');
  std::u32string_view last = space == std::u32string_view::npos ? text : text.substr(space + 1);
  return std::any_of(std::begin(kNounsLikeTalk), std::end(kNounsLikeTalk), [&](const NounLikeTalk& n) {
    return n.whole ? last == n.text : last.ends_with(n.text);
  });
}

bool EndsLikeTalk(std::u32string_view word) {
  return EndsInClauseEnding(word, kUtteranceEnding, /*longer=*/false) && !EndsInNounLikeTalk(word);
}

bool IsStemEnd(char32_t syllable, StemEndUse use) {
  return std::any_of(std::begin(kStemEnds), std::end(kStemEnds),
                     [&](const StemEnd& e) { return (e.uses & use) != 0 && e.syllable == syllable; });
}

bool ModifiesNounAsVerb(std::u32string_view previous, std::u32string_view word) {
  if (word.empty() || !AllHangulSyllables(word)) return false;
  if (EndsInClauseEnding(word, kReportedAdnominal)) return true;
  if (word.size() == 1) {
    return IsClauseEnding(word, kLoneVerbAfterPurpose) && EndsInClauseEnding(previous, kPurposeEnding, /*longer=*/false);
  }
  if (EndsInModifierSyllable(word, kAlwaysVerbModifier)) return true;
  return HasInflectionSyllable(word) && EndsInModifierSyllable(word, kVerbModifierAfterInflection);
}

bool MarksAddresseeOrObject(std::u32string_view word) {
  static constexpr std::u32string_view kEndings[] = {U"에게", U"에게는", U"에게도", U"한테", U"한테는", U"께", U"께는"};
  return EndsInObjectParticle(word) || std::any_of(std::begin(kEndings), std::end(kEndings), [&](std::u32string_view e) {
           return word.size() > e.size() && word.ends_with(e);
         });
}

bool MarksPlaceOrSource(std::u32string_view word) {
  static constexpr std::u32string_view kPlaceOrSource[] = {U"에서", U"에서부터", U"로부터"};
  return std::any_of(std::begin(kPlaceOrSource), std::end(kPlaceOrSource),
                     [&](std::u32string_view e) { return word.size() > e.size() && word.ends_with(e); });
}

bool MarksVerbArgument(std::u32string_view word) {
  static constexpr std::u32string_view kClosingQuotes = U"\"”’'」』";
  if (MarksAddresseeOrObject(word) || EndsInClauseEnding(word, kReportedClause)) return true;
  if (word.size() >= 2 && word.back() == U'고' && kClosingQuotes.find(word[word.size() - 2]) != std::u32string_view::npos) {
    return true;
  }
  return MarksPlaceOrSource(word);
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
