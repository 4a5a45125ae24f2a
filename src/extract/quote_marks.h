// Quote marks and whether the words between them are someone's speech
// (issue 13): double marks paired within a paragraph (a “ left open at a line
// break may close with a ” on a later line), single marks ('…', ‘…’) only
// when the quoted words are a sentence followed by a quotative ending, and
// the sentence starts around them. The speaker is found by quotes.cc.
// Internal header; offsets are code points.
#pragma once

#include <functional>
#include <string_view>
#include <utility>
#include <vector>

namespace kosearch {

bool IsDoubleQuote(char32_t c);
// Whether text[0, limit) holds a mark FindQuotePairs can pair (a double mark,
// ' or ‘ ’): without one it finds no quote, and its callers have nothing to do.
bool HasQuoteMark(std::u32string_view text, size_t limit);
// Closing marks other than double quotes (’ 」 』 > 》 ')'), and their opening mark.
bool IsCloseMark(char32_t c);
char32_t OpenMarkFor(char32_t close);
// The marks a quote or a title between marks closes with (’ ” ' "), each
// mapped to its opening mark (a straight mark to itself); 0 for any other.
constexpr char32_t QuoteOrTitleOpenFor(char32_t close) {
  switch (close) {
    case 0x2019: return 0x2018;
    case 0x201D: return 0x201C;
    case U'\'': return U'\'';
    case U'"': return U'"';
    default: return 0;
  }
}

struct QuotePair {
  size_t open = 0, close = 0;  // positions of the marks
  bool speech = false;
  bool single = false;  // '…' or ‘…’
  // A mark that opened and was never closed (“…할 때라고 말했다.): `close`
  // is where the quote ends, before its quotative ending, not a mark.
  bool unclosed = false;
  // Speech with no verb of saying (`네티즌들은 "…"` ending the text, a
  // headline's `"…"…`): its speaker is only a subject before it in its
  // sentence, never one after it nor the last speaker carried on.
  bool verbless = false;
  // The words from the paragraph's start (`open`, no mark) to a mark that
  // closes a quote opened before the text: quoted words, never speech here.
  bool began_before = false;
  // A single pair ending its line after a short noun phrase, with a comma
  // inside (`박지호 '버티자, 끝까지~'`): a headline's statement only when
  // a person names it (FindQuotes checks), never a title (`JTBC ‘…’`).
  bool headline_single = false;
  // A sentence whose 는-clause names its speaker in the genitive before a
  // noun of speech (`'…'는 정씨의 주장`), found by SpeakerInGenitiveAfter
  // (FindQuotePairs) at [genitive_start, genitive_end): speech only when
  // that name can speak (FindQuotes checks, and clears it otherwise).
  // Also set for the one named after a retrospective quoting ending
  // (`"…"던 마틴은`, SpeakerAfterRetrospectiveEnding), read the same way.
  bool genitive_speaker = false;
  size_t genitive_start = 0, genitive_end = 0;
  // A question put to someone (`"…느냐"는 질문에`, `'…'는 기자들 질문에`):
  // speech whose asker the sentence leaves unnamed, never its subject, who
  // is the one asked (IsQuestionPut).
  bool asked = false;
  // Speech whose speaker the sentence does not tell, never its subject: one
  // of quotes in a row with no verb that read as talk (`"…축하드려요"
  // "…걸으세요" 등`, a dialogue's lines: several voices, MarkTalkRuns), or
  // a headline's statement ending its line after words that name no speaker
  // (`…정전 사태, 주민 불만 글 보니 "…"`: the words before may name anyone).
  bool unattributed = false;
};

// An opening mark never closed (`“…할 때라고 말했다.`, `"…없다고 이야기하였다.
// 그러면서, "…"`): where its quote ends in text[from, to), just before a
// quotative ending (라고, the 고 of 다고) that a verb of saying follows within
// four words of the same sentence. npos when there is none.
size_t UnclosedQuoteEnd(std::u32string_view text, size_t from, size_t to);

// `"…"북한의 도발로`: the Hangul word at text[at] (glued to a closing mark)
// starts a new sentence, as sentence lists print a headline glued to its
// lead: two syllables or more before any particle, and no quotative ending
// or particle of the quote's own sentence (`"…"라고`, `"…"는`, `"…"이라며`).
bool StartsGluedLead(std::u32string_view text, size_t at, size_t limit);

// `"…하라"는 김진수 감독의 지시`, `'…'라는 이 후보의 반박`: a quoted
// sentence followed by 는 (라는, 이라는) and one to three words, the last in
// 의, before a noun of speech. On success *speaker_start/_end span those
// words without the 의: the one whose words they are.
bool SpeakerInGenitiveAfter(std::u32string_view text, size_t limit, const QuotePair& pair, size_t* speaker_start,
                            size_t* speaker_end);

// `"…하겠다"던 김 대표는`, `"…"라던 트럼프,`: a quoted sentence followed by
// a retrospective quoting ending (the lexicon's: 던, 라던) and a noun phrase
// of one to three words ending in a subject's particle or a comma: the one
// who said the words. On success *speaker_start/_end span that phrase
// without its particle (read as SpeakerInGenitiveAfter's speaker).
bool SpeakerAfterRetrospectiveEnding(std::u32string_view text, size_t limit, const QuotePair& pair,
                                     size_t* speaker_start, size_t* speaker_end);

// A sentence of two words or more ending as Korean sentences end (다, 요,
// 냐, an imperative 달라): not a name or a title ("쥬광덕 트리오").
bool LooksLikeSentence(std::u32string_view inside);

// `"…몇 점이냐"라는 질문에`, `'…않았느냐'는 기자들 질문에`: a quoted
// question followed by 는 (라는, 이라는, 란), at most the reporters who
// asked, and 질문에 or 물음에.
bool IsQuestionPut(std::u32string_view text, size_t limit, const QuotePair& pair);

// The first offset from `at` (below limit) that is no space within a line.
size_t SkipSpaces(std::u32string_view text, size_t at, size_t limit);
// Back from `at` over the spaces within a line before it: the offset right
// after the last code point before `at` that is no such space (0 at most).
size_t SkipSpacesBack(std::u32string_view text, size_t at);
// Whether a quote closing right before text[a] ends its line: nothing but
// spaces up to the line's end (or limit), or a comma or full stop and then
// nothing (`"…멈춰야 한다".`).
bool EndsLineAt(std::u32string_view text, size_t a, size_t limit);
// The quoted words of a pair, without the closing punctuation and spaces.
std::u32string_view QuotedWords(std::u32string_view text, const QuotePair& p);

// The marks paired, none yet judged speech (quote_marks.cc): double marks
// within a paragraph (a quote left open ends before its quotative ending,
// `unclosed`), single marks ‘…’ and '…' within a line.
std::vector<QuotePair> PairDoubleMarks(std::u32string_view text, size_t limit);
std::vector<QuotePair> PairSingleMarks(std::u32string_view text, size_t limit);

// What follows `"…"` when the quote is someone's words (quote_speech.cc):
// 라고, 이라며, 며, 고 말했다, "…"라는 말을, "…" 등의 반응, "…" 발표했다.
bool SpeechEnding(std::u32string_view after);

// The quote pairs of text[0, limit) in text order (quote_speech.cc), each marked speech or
// not from what follows it: a quotative ending (라고, 며, 고), a noun of
// speech ("…"라는 말, "…" 등의 반응), a verb of saying, a following quote of
// a list, a paragraph of its own, or `X는 "…".` ending a sentence; or, with
// no verb (`verbless`), a quote shaped as a statement that ends its line or
// is cut off by an ellipsis (`주민들은 "…멈춰야 한다"`, `"…"…신임 사장 첫 출근`).
// Single quote pairs are kept only when they are speech and not inside a
// double pair. Headlines (`폴 피어스 "…"`) are left to the caller (IsHeadlineQuote).
std::vector<QuotePair> FindQuotePairs(std::u32string_view text, size_t limit);
// The [open, close) of each double pair FindQuotePairs(text, text.size())
// finds: taken from `pairs`, FindQuotePairs(text, limit), when limit reaches
// the text's end (double pairs are never dropped nor moved by their
// classification), else the double marks paired again over the whole text.
std::vector<std::pair<size_t, size_t>> DoubleQuoteSpans(std::u32string_view text, size_t limit,
                                                        const std::vector<QuotePair>& pairs);

// A quote standing as a headline's statement: the words before it on its
// line are a short noun phrase with no verb (`원주 동부 "…"`, `트럼프, 손정의
// 면담 "…"`), and nothing but punctuation or one word follows it on the line.
// On success *speaker_start/_end span the noun phrase that names the speaker
// (the words before the first comma, or the words right before the quote
// without a trailing noun of speech).
bool IsHeadlineQuote(std::u32string_view text, size_t limit, const QuotePair& pair, size_t* speaker_start,
                     size_t* speaker_end);

// `…정전 사태, 주민 불만 글 보니 "밤새 냉장고 음식 다 버려"`: a quote of two
// words or more (four Hangul syllables at least), in double marks, ending
// its line, whatever its ending (a noun, a connective: "…봐서"): a
// headline's statement (quote_headlines.cc), after two words or more on its
// line, the last in no genitive or topic. Titles and terms ending a line are
// mostly one word, or follow a label, a genitive or a topic. Read by
// MarkHeadlines (quotes.cc) for quotes no other rule made speech, as speech
// whose speaker is left untold (`unattributed`): the words before may hold
// someone else (`가수 A, B 출연 묻는 질문에 "…"`: A's words) or a name no table knows.
bool LineEndingStatement(std::u32string_view text, size_t limit, const QuotePair& p);

// Who a headline's words name, for HeadlineOpeningSpeaker: the article's
// people and the tagger's spans (quotes.cc), given by offsets in the text.
struct HeadlineNames {
  std::function<bool(size_t, size_t)> person;
  std::function<bool(size_t, size_t)> organization;
  // One person's name covering all of [start, end) (the tagger's span): not
  // two names side by side, not a name with a particle glued to it.
  std::function<bool(size_t, size_t)> whole_person;
};
// A headline whose words up to its quote are plain nouns (no verb, no
// particle; the quote right after a word, not after an ellipsis or a comma)
// and whose first or second word names a person or a body (`왕밍 중국 외교부
// 대변인 "…"`, `주말극장 김하나 이혼 고백 "…"`): that opening name speaks,
// whatever nouns of the event follow it. *speaker_start/_end span it with
// the titles after it (a person's), *name_end ends the name alone. False
// when another word names a person (several names) or the opening word
// names nobody.
bool HeadlineOpeningSpeaker(std::u32string_view text, size_t limit, const QuotePair& pair, const HeadlineNames& names,
                            size_t* speaker_start, size_t* speaker_end, size_t* name_end);

// The speaker of a headline's statement (a quote with no verb) that no
// word right before it names, by where a speaker stands on a headline's
// line (quote_headline_topic.cc): the statement's segment runs from the
// line's start (a ▶, or the quote before it on the line) to the quote,
// across commas, ellipses and the words of the event (`김하나 근황, 딸 ‘…’
// 공개…"…"`, `박두리 방송 하차…"…"`). Names count written outside marks and
// brackets (a title, a program, `[단독]`), with no particle but a subject's:
// the one opening the segment (its first word, or its second after a
// label), and a later one heading its own phrase (plain nouns after it up
// to a break: `…발언에 한빛회 발끈 "…"`; not `A, B 출연 묻는 질문에 "…"`,
// A's words). The last such name speaks, a person with her titles:
// *speaker_start/_end span it. False when none does; then *several is set
// when two people stand side by side (`김하나 박두리, 결혼 발표…"…"`: no
// one of them).
bool HeadlineTopicSpeaker(std::u32string_view text, const QuotePair& pair, const HeadlineNames& names,
                          size_t* speaker_start, size_t* speaker_end, bool* several);

// A headline speaker written in Hanja (`與 "…"`, `北 "…"`, `朴대통령 "…"`):
// when text[start, end) is one or two of the abbreviations headlines use,
// alone or glued to a title, *hanja_start/_end span the Hanja.
bool HeadlineHanjaSpeaker(std::u32string_view text, size_t start, size_t end, size_t* hanja_start, size_t* hanja_end);
// A headline speaker that is a city's district (`서울 중구 "…"`): the last
// two words of text[start, end) are a city and its district (IsDistrictAfterPlace);
// *place_start is where the city's name starts.
bool IsHeadlineDistrict(std::u32string_view text, size_t start, size_t end, size_t* place_start);

// What a Hanja speaker is, whatever the tagger took it for: "organization"
// for one or two abbreviations of bodies (與, 野, 北, 韓美), "person" for a
// leader's surname (朴, 文), empty for anything else.
std::string_view HanjaSpeakerType(std::u32string_view name);

// A single-quoted headline statement (`headline_single`): *speaker_start/_end
// span the one to three words before it on its line.
bool IsSingleQuotedHeadline(std::u32string_view text, const QuotePair& pair, size_t* speaker_start, size_t* speaker_end);

// A headline that opens with its quote and names the speaker after it, a
// name with a title (`"…" 김민수의원 반박`, `"…" 김민수 의원 반박`): on
// success *speaker_start/_end span the name and its title.
bool IsQuoteBeforeHeadlineSpeaker(std::u32string_view text, size_t limit, const QuotePair& pair, size_t* speaker_start,
                                  size_t* speaker_end);

// A quote standing at the start of a line with its source in parentheses
// after it (`"…" (이장희, 2009)`, `"…"(유룡 KAIST 화학과 교수)`). On success
// *speaker_start/_end span the source's name (before a comma).
bool IsCitedInParentheses(std::u32string_view text, size_t limit, const QuotePair& pair, size_t* speaker_start,
                          size_t* speaker_end);

// Quoted words that read as someone talking (quote_utterance.cc): two
// words or more that end polite, asking, pleading, ordering or promising
// (…요, …냐, …달라, …겠다, …할 것; the lexicon's kUtteranceEnding), or cut
// off or exclaimed (…, !, ?). `raw` is the text between the marks.
bool UtteranceShaped(std::u32string_view raw);
// `"…해 달라"는 것이었다`: such words in double marks before a noun they
// fill (라는, 는, 이란, … and a noun), `after` the words after the closing
// mark. Not a question put (질문, 물음) or asked of the subject (`…받았다`),
// a thought or a finding (생각, 결과: R5), or words whose speaker the noun
// phrase names in the genitive (SpeakerInGenitiveAfter's).
bool UtteranceBeforeNoun(std::u32string_view text, size_t limit, const QuotePair& p, std::u32string_view after);
// `"…와 달라"는 요청이 있었다`, `"…해 달라"는 요구가 나왔다`: `after` (the
// words after the closing mark) holds an adnominal ending and a noun of
// words put to someone (the lexicon's kPutToSubject rows) marked as its
// clause's subject: speech, but from someone the sentence's subject is not.
bool SpeechNounAsSubjectAhead(std::u32string_view after);
// `…공동선두"…다할 것"2년 차`, `"…달라" 울먹인 장관`: such words as a
// headline's statement: ending the line, cut off, before another quote or
// a lead glued to it, or set off before and followed by a word; double
// marks only (in single ones a headline writes its own slogans and
// rhetorical questions, `‘…살려라!’`, `‘…무엇인가’`).
bool UtteranceInHeadline(std::u32string_view text, size_t limit, const QuotePair& p);
// `…시장 한파"…버티기도 힘들다"문 닫는 상인들`, `…, "…모두 고맙다"배우 김서진이`: a
// plain statement of several words (LooksLikeSentence) on the article's
// first line as a headline's, glued to its lead or set off between quotes;
// read after the headline speakers (FindQuotes' MarkHeadlines), so a speaker
// named before it keeps it.
bool PlainStatementInHeadline(std::u32string_view text, size_t limit, const QuotePair& p);

// Offsets where sentences start: after . ! ? followed by a space, and after
// line breaks, never inside a quote pair.
std::vector<size_t> SentenceStarts(std::u32string_view text, size_t limit, const std::vector<QuotePair>& pairs);

}  // namespace kosearch
