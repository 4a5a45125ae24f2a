// Which quote pairs are speech (see quote_marks.h's FindQuotePairs): one
// linear pass that decides from the words right after the closing mark (and,
// for a quote ending a sentence, the word right before it) whether the pair
// is someone's words. The marks are paired by quote_marks.cc; the Korean
// words read here are the lexicon's. (Headline statements and cited quotes
// are quote_headlines.cc's; quoted words shaped as talk quote_utterance.cc's.)
#include <algorithm>
#include <utility>

#include "extract/people.h"
#include "extract/quote_marks.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// A noun of speech as the next word ("…"라는 말을), after a modifier ("…"라는 짧은
// 글), or two words on after 등의/등 ("…" 등의 좋은 반응을): what was said.
bool SpeechNounAhead(std::u32string_view rest) {
  int words = 1;
  for (std::u32string_view etc : {U"등의 ", U"등 "}) {
    if (rest.starts_with(etc)) rest.remove_prefix(etc.size()), words = 2;
  }
  for (int word = 0; word < words && !rest.empty(); ++word) {
    if (korean::StartsWithSpeechNoun(rest)) return true;
    size_t space = rest.find(U' ');
    if (space == std::u32string_view::npos) break;
    if (word + 1 == words && words < 3 && space >= 2 && EndsInNieun(rest[space - 1])) ++words;
    rest.remove_prefix(space + 1);
  }
  return false;
}

// `"…"라는 황당한 일화도 전했다`: a verb of saying (not the bare 했 of
// any 하다 verb) within the three words after 라는, with the thing said between.
bool SayingVerbWithin(std::u32string_view rest) {
  for (int word = 0; word < 3 && !rest.empty(); ++word) {
    if (korean::StartsWithSayingVerb(rest) && !rest.starts_with(U"했")) return true;
    size_t space = rest.find(U' ');
    if (space == std::u32string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
  return false;
}

// `"…했다"는 이혜영은`, `"…"는 그는`: the 는-clause describes the topic
// of the sentence (the quote opening its paragraph), one word of two syllables or more ending in 은/는, which
// says the words.
bool TopicAhead(std::u32string_view rest) {
  size_t end = 0;
  while (end < rest.size() && IsHangulSyllable(rest[end])) ++end;
  if (end < 2 || (end < rest.size() && !IsSpaceInLine(rest[end]) && rest[end] != U',')) return false;
  std::u32string_view word = rest.substr(0, end);
  return (word.back() == U'은' || word.back() == U'는') && !HasGrammaticalEnding(word.substr(0, word.size() - 1));
}

}  // namespace

// What follows `"…"` when the quote is someone's words: 라고, 이라며, 며,
// 고 말했다, "…"라는 말을, "…" 등의 반응, "…" 발표했다.
bool SpeechEnding(std::u32string_view after) {
  for (const korean::QuotativeEnding& e : korean::QuotativeEndings()) {
    if (!after.starts_with(e.text)) continue;
    std::u32string_view rest = TrimSpaces(after.substr(e.text.size()));
    if (korean::StartsWithNamingVerb(rest)) return false;  // "…"라고 불리는: a name
    return !e.needs_saying_verb || korean::StartsWithSayingVerb(rest);
  }
  // A bare 고: "…"고 말했다 / "…"고, / "…"고. (not "…"고 명시되어 있다: a text)
  if (after.starts_with(U"고")) {
    // "…"고도 했다 / 말했다: the 도 of "also said".
    if (after.starts_with(U"고도 ")) return korean::StartsWithSayingVerb(TrimSpaces(after.substr(3)));
    return (after.size() == 1 || !IsHangulSyllable(after[1])) && !korean::StartsWithNamingVerb(TrimSpaces(after.substr(1)));
  }
  for (const auto& [e, contracted] : korean::AdnominalQuotingEndings()) {
    if (after.starts_with(e)) {
      return SpeechNounAhead(after.substr(e.size())) || (e.ends_with(U"라는 ") && SayingVerbWithin(after.substr(e.size())));
    }
  }
  return ((after.starts_with(U"등의 ") || after.starts_with(U"등 ")) && SpeechNounAhead(after)) ||
         korean::StartsWithSayingVerb(after);
}

namespace {

// What follows `"…"` through an adnominal quoting ending (는, 라는 …):
// `rest` the words after the ending, `noun` whether a noun of speech comes
// first (one that may follow a sentence too: 질문을, 결론), `others_words`
// whether a verb of words someone else said (the lexicon's: 일축, 거부,
// 받 …) follows that noun (`"…"는 주장을 일축했다`).
struct AfterAdnominalEnding {
  bool ending = false, noun = false, others_words = false;
  std::u32string_view rest;
};
AfterAdnominalEnding ReadAfterAdnominalEnding(std::u32string_view after) {
  for (const auto& [e, contracted] : korean::AdnominalQuotingEndings()) {
    if (!after.starts_with(e)) continue;
    AfterAdnominalEnding read{.ending = true, .rest = after.substr(e.size())};
    read.noun = korean::StartsWithSpeechNoun(read.rest, /*after_sentence=*/true);
    size_t space = read.rest.find(U' ');
    read.others_words = read.noun && space != std::u32string_view::npos &&
                        korean::StartsWithVerbOfOthersWords(read.rest.substr(space + 1));
    return read;
  }
  return {};
}

// `"…"는 주장을 일축했다`, `'…'라는 요구를 거부했다`: a noun of speech
// then a verb of words someone else said: the quote is speech, but not the
// subject's.
bool OthersWordsAhead(std::u32string_view after) { return ReadAfterAdnominalEnding(after).others_words; }

// `"…알아?"라는 질문을 던졌다`, `"…안 된다"는 결론을`, `"…해야 한다"는
// 점을 강조했다`: after quoted words shaped as a sentence, a noun of speech
// that may otherwise follow a title or a term (질문을, 결론, 반론) as the next
// word, or a verb of saying within three words. Not words the subject was
// given (`"…있느냐"는 질문을 받았다`): someone else said them.
bool SpeechEndingAfterSentence(std::u32string_view after) {
  AfterAdnominalEnding read = ReadAfterAdnominalEnding(after);
  if (!read.ending) return false;
  return read.noun ? !read.others_words : SayingVerbWithin(read.rest);
}

// `30세의 영국 여성은 "…".`: a topic right before a quote that ends the
// sentence with no verb (the colon form of a statement).
bool ColonForm(std::u32string_view text, size_t limit, const QuotePair& p, std::u32string_view after) {
  bool ends = after.empty() || after[0] == U'\n' ||
              (after[0] == U'.' && (after.size() == 1 || IsSpaceInLine(after[1]) || after[1] == U'\n'));
  if (!ends || p.close >= limit) return false;
  size_t b = SkipSpacesBack(text, p.open);
  size_t a = b;
  while (a > 0 && IsHangulSyllable(text[a - 1])) --a;
  std::u32string_view word = text.substr(a, b - a);
  return word.size() >= 2 && (word.back() == U'은' || word.back() == U'는') && !HasGrammaticalEnding(word.substr(0, word.size() - 1)) &&
         LooksLikeSentence(QuotedWords(text, p));
}

// `오퍼는 "…"며 "…".`: the last quote of a chain joined by a quotative
// connective (며, 라며, 면서) ends the sentence with no ending of its own; it
// goes on with the words of the quote before it.
bool ChainEnd(std::u32string_view text, const std::vector<QuotePair>& pairs, size_t k, std::u32string_view after) {
  bool ends = after.empty() || after[0] == U'\n' || after[0] == U'.';
  if (!ends || k == 0 || pairs[k - 1].single) return false;
  std::u32string_view gap = TrimSpaces(text.substr(pairs[k - 1].close + 1, pairs[k].open - pairs[k - 1].close - 1));
  if (!gap.empty() && (gap.back() == U',' || gap.back() == 0x3001)) gap = TrimSpaces(gap.substr(0, gap.size() - 1));
  for (std::u32string_view connective : {U"며", U"라며", U"이라며", U"면서", U"라면서", U"이라면서"}) {
    if (gap == connective) return LooksLikeSentence(QuotedWords(text, pairs[k]));
  }
  return false;
}

// A statement in quotes that no verb introduces: a sentence ending as
// speech ends (다, 요, 냐, …; one word only with 다 or 요), or words cut off
// by an ellipsis or ending in ! or ?.
bool StatementShaped(std::u32string_view text, const QuotePair& p) {
  std::u32string_view raw = TrimSpaces(text.substr(p.open + 1, p.close - p.open - 1));
  std::u32string_view inside = QuotedWords(text, p);
  if (inside.empty() || !std::any_of(inside.begin(), inside.end(), IsHangulSyllable)) return false;
  if (raw.ends_with(U"…") || raw.ends_with(U"..") || raw.ends_with(U"!") || raw.ends_with(U"?")) return true;
  bool words = inside.find(U' ') != std::u32string_view::npos, noun = korean::EndsInNounLikeTalk(inside);
  // (the plain speech of talk, too: 미안해, 들었어, 많잖아, 그거야; no noun ending so: 필요, 인가)
  return !noun && std::u32string_view(words ? U"다요죠까냐나네지자줘데해어아야" : U"다요").find(inside.back()) != std::u32string_view::npos;
}

// `주민들은 "…멈춰야 한다"`, `"…"…신임 사장 첫 출근`, `"…" 패러디 글
// 인기`: a statement ending its line (or the sentence, after , or .), cut
// off by an ellipsis, or opening its line with no ending glued to it.
bool VerblessStatement(std::u32string_view text, size_t limit, const QuotePair& p, bool alone_before) {
  size_t a = p.close + 1;
  bool ends = EndsLineAt(text, a, limit);
  bool cut = a < limit && (text[a] == U'…' || (text[a] == U'.' && a + 1 < limit && text[a + 1] == U'.'));
  // (a source in parentheses after it is IsCitedInParentheses's to judge)
  size_t next = SkipSpaces(text, a, limit);
  // (glued too after the quote's own ? ! or full stop: `"…야?"지난 25일`,
  // and before a number: `"큰아버지!" 10여 년 만에`)
  std::u32string_view raw = TrimSpaces(text.substr(p.open + 1, p.close - p.open - 1));
  bool closed_sentence = !raw.empty() && std::u32string_view(U"?!.").find(raw.back()) != std::u32string_view::npos;
  bool opens_line = alone_before && (next > a || closed_sentence) && next < limit &&
                    (IsHangulSyllable(text[next]) || IsAsciiDigit(text[next]));
  if ((ends || cut || opens_line) && StatementShaped(text, p)) return true;
  // A headline's statement condensed to a noun (`"…주민까지 사형"` alone on
  // its line, `"…경제사절단"…재판에`): a line of its own, or opening its
  // line before an ellipsis, holds no title or term but a claim; three
  // words or more alone (two before the ellipsis), so that a name or a
  // term (`"한강의 기적"`) stays out.
  std::u32string_view inside = QuotedWords(text, p);
  size_t words = 1 + static_cast<size_t>(std::count(inside.begin(), inside.end(), U' '));
  return alone_before && ((ends && words >= 3) || (cut && words >= 2)) && !p.single &&
         std::count_if(inside.begin(), inside.end(), IsHangulSyllable) >= 4;
}

// `…공개…"…"`, `…피소…"…" 해명 들어보니?`: a headline's statement set off
// by an ellipsis, with at most a few characters after it on its line (or
// another ellipsis), whatever its ending (a noun: "…연구에 도움").
bool AfterHeadlineEllipsis(std::u32string_view text, size_t limit, const QuotePair& p) {
  size_t b = SkipSpacesBack(text, p.open);
  bool ellipsis = b >= 1 && (text[b - 1] == U'…' || (b >= 2 && text[b - 1] == U'.' && text[b - 2] == U'.'));
  std::u32string_view inside = QuotedWords(text, p);
  if (!ellipsis || inside.size() > 80 || !std::any_of(inside.begin(), inside.end(), IsHangulSyllable)) return false;
  size_t a = SkipSpaces(text, p.close + 1, limit);
  if (a < limit && text[a] == U'…') return true;
  if (a == p.close + 1 && inside.find(U' ') != std::u32string_view::npos && StartsGluedLead(text, a, limit)) return true;
  size_t line_end = a;
  while (line_end < limit && text[line_end] != U'\n') ++line_end;
  return line_end - a <= 12;
}

// `김 국장은 협상이 “실질적인 진전”을 보였다고 말했다`: a phrase with a
// particle glued to it (not 라는/이란/고, a name or a term's ending) inside
// indirect speech that a verb of saying closes later in the same sentence:
// the speaker's own words (RULES.md R3).
bool PhraseInIndirectSpeech(std::u32string_view text, size_t limit, const QuotePair& p) {
  size_t a = p.close + 1;
  if (p.single || a >= limit || !IsHangulSyllable(text[a])) return false;
  for (std::u32string_view naming : {U"라", U"이라", U"란", U"이란", U"고"}) {
    if (text.substr(a).starts_with(naming)) return false;
  }
  // Not a title ("'친일파 장사' 아직도 …."에서, "학생회 임원들 *"이): a
  // phrase of speech holds no inner quote mark or symbol and no full stop.
  std::u32string_view raw = TrimSpaces(text.substr(p.open + 1, p.close - p.open - 1));
  if (raw.empty() || raw.back() == U'.' || raw.find_first_of(U"'‘’*") != std::u32string_view::npos) return false;
  size_t end = a;
  while (end < limit && text[end] != U'\n' && !(text[end] == U'.' && (end + 1 >= limit || IsSpaceInLine(text[end + 1])))) ++end;
  return UnclosedQuoteEnd(text, a, end) != std::u32string_view::npos;
}

// Whether pairs[k + 1] is the next quote of a list with pairs[k] (`"…",
// "…"라고`, `"…" "…" 등의 반응`): only spaces within the line and at most
// one comma between them, both closed marks, the first not a quote begun
// before the text.
bool NextInList(std::u32string_view text, const std::vector<QuotePair>& pairs, size_t k) {
  if (k + 1 >= pairs.size() || pairs[k].unclosed || pairs[k + 1].unclosed || pairs[k].began_before) return false;
  std::u32string_view gap = text.substr(pairs[k].close + 1, pairs[k + 1].open - pairs[k].close - 1);
  if (gap.find(U'\n') != std::u32string_view::npos) return false;
  gap = TrimSpaces(gap);
  return gap.empty() || gap == U"," || gap == U"\u3001";
}

// Marks double pairs as speech: by the ending after them, by a following
// quote in a list ("…", "…"라고 / "…" "…" 등의 반응), as a paragraph of its
// own ending a sentence, or in the colon form.
void ClassifyDouble(std::u32string_view text, size_t limit, std::vector<QuotePair>& pairs) {
  for (size_t k = pairs.size(); k-- > 0;) {
    QuotePair& p = pairs[k];
    if (p.unclosed || p.began_before) continue;  // speech, or not, by how it was found
    size_t a = SkipSpaces(text, p.close + 1, limit);
    std::u32string_view after = text.substr(a, std::min<size_t>(24, limit - a));
    if (SpeechEnding(after) || (StatementShaped(text, p) && SpeechEndingAfterSentence(after)) ||
        UtteranceBeforeNoun(text, limit, p, after)) {
      p.speech = true;
      p.unattributed = OthersWordsAhead(after) || SpeechNounAsSubjectAhead(after);
      continue;
    }
    // `"사실무근" 부인`, `"…" 해명`: a noun of speech as the next word, a
    // headline's shorthand; its speaker is the headline's or the sentence's
    // subject before it, as with no verb.
    if (a > p.close + 1 && korean::StartsWithSpeechNoun(after)) {
      p.speech = p.verbless = true;
      continue;
    }
    if (NextInList(text, pairs, k)) {
      p.speech = pairs[k + 1].speech;
      p.unattributed = pairs[k + 1].unattributed;  // ("A", "B"는 주장을 일축했다: neither is the subject's)
      continue;
    }
    bool alone_after = after.empty() || after[0] == U'\n';
    size_t b = SkipSpacesBack(text, p.open);
    bool alone_before = b == 0 || text[b - 1] == U'\n';
    std::u32string_view inside = QuotedWords(text, p);
    p.speech = (alone_after && alone_before && inside.size() >= 10 &&
                (inside.ends_with(U"다") || inside.ends_with(U"요") || inside.ends_with(U"죠") || inside.ends_with(U"까"))) ||
               ColonForm(text, limit, p, after) || ChainEnd(text, pairs, k, after);
    // `"…했다"는 이혜영은` opening the paragraph: the topic right after says it.
    if (alone_before && after.starts_with(U"는 ") && TopicAhead(after.substr(2))) { p.speech = true; continue; }
    if (!p.speech) p.speech = p.verbless = VerblessStatement(text, limit, p, alone_before) || AfterHeadlineEllipsis(text, limit, p) ||
                                           UtteranceInHeadline(text, limit, p);
    if (!p.speech) p.speech = PhraseInIndirectSpeech(text, limit, p);
  }
}

// Single pairs are speech only as a sentence with a quotative ending
// ('수년 전부터 요구해왔다'고 주장했다, '…아니냐'는 목소리).
void ClassifySingle(std::u32string_view text, size_t limit, std::vector<QuotePair>& pairs) {
  for (QuotePair& p : pairs) {
    size_t a = SkipSpaces(text, p.close + 1, limit);
    std::u32string_view after = text.substr(a, std::min<size_t>(24, limit - a));
    std::u32string_view inside = QuotedWords(text, p);
    std::u32string_view raw = TrimSpaces(text.substr(p.open + 1, p.close - p.open - 1));
    // Also a proposal ('…그려보자'고 제안했다) and an exclamation or a
    // question of several words ('…대한민국!'이란 글을), with a quotative ending.
    bool proposal_or_cry = inside.find(U' ') != std::u32string_view::npos &&
                           (inside.ends_with(U"자") || raw.ends_with(U"!") || raw.ends_with(U"?"));
    bool sentence = LooksLikeSentence(inside);
    p.speech = ((sentence || proposal_or_cry) && SpeechEnding(after)) || (sentence && SpeechEndingAfterSentence(after));
    p.unattributed = p.speech && OthersWordsAhead(after);
    // `그때 나는 ‘…해야 한다’` ending its line: a statement with no verb.
    if (!p.speech) p.speech = p.verbless = sentence && (after.empty() || after[0] == U'\n');
    // `박지호 '버티자, 끝까지~'`: a statement of several words with a comma
    // ending a short headline; titles of shows rarely hold a comma.
    if (!p.speech) p.headline_single = (after.empty() || after[0] == U'\n') && raw.find(U", ") != std::u32string_view::npos;
  }
}

// `"…어제 일 같아요" "…축하드려요" "…걸으세요" 등 응원이`, `"…끝나요?"
// "…넘을 거야." 3일 오후`: quotes in a row with nothing but a
// space or a comma between them, none tied to a verb, are one list of things
// people said when at least half of them read as talk (a statement or
// an utterance by their own ending; titles and terms in a row do not).
// Each quote of such a run not already speech is speech with no verb, and
// no speaker the sentence names: lines in a row are several voices (a
// dialogue, a chorus of reactions), rarely the subject's (`unattributed`).
// Only quoted words with two Hangul syllables or more: `"....."` is silence.
void MarkTalkRuns(std::u32string_view text, std::vector<QuotePair>& pairs) {
  for (size_t first = 0; first < pairs.size();) {
    size_t last = first;
    while (NextInList(text, pairs, last)) ++last;
    size_t talk = 0;
    for (size_t k = first; k <= last; ++k) {
      if (StatementShaped(text, pairs[k]) || UtteranceShaped(text.substr(pairs[k].open + 1, pairs[k].close - pairs[k].open - 1))) ++talk;
    }
    if (last > first && talk * 2 >= last - first + 1) {
      for (size_t k = first; k <= last; ++k) {
        std::u32string_view inside = QuotedWords(text, pairs[k]);
        if (pairs[k].speech || std::count_if(inside.begin(), inside.end(), IsHangulSyllable) < 2) continue;
        pairs[k].speech = pairs[k].verbless = pairs[k].unattributed = true;
      }
    }
    first = last + 1;
  }
}

}  // namespace

std::vector<QuotePair> FindQuotePairs(std::u32string_view text, size_t limit) {
  limit = std::min(limit, text.size());
  std::vector<QuotePair> pairs = PairDoubleMarks(text, limit);
  ClassifyDouble(text, limit, pairs);
  MarkTalkRuns(text, pairs);
  std::vector<QuotePair> singles = PairSingleMarks(text, limit);
  ClassifySingle(text, limit, singles);
  for (std::vector<QuotePair>* list : {&pairs, &singles}) {
    for (QuotePair& p : *list) {
      if (IsQuestionPut(text, limit, p)) p.speech = p.verbless = p.asked = true;
      if (!p.speech) {
        p.genitive_speaker = SpeakerInGenitiveAfter(text, limit, p, &p.genitive_start, &p.genitive_end) ||
                             SpeakerAfterRetrospectiveEnding(text, limit, p, &p.genitive_start, &p.genitive_end);
      }
    }
  }
  size_t d = 0;
  size_t before = pairs.size();
  for (const QuotePair& s : singles) {
    while (d < before && pairs[d].close < s.open) ++d;
    bool nested = d < before && pairs[d].open < s.open;  // '…' inside "…" is part of that quote
    bool overlaps = d < before && pairs[d].open < s.close;
    if ((s.speech || s.headline_single || s.genitive_speaker) && !nested && !overlaps) pairs.push_back(s);
  }
  std::inplace_merge(pairs.begin(), pairs.begin() + static_cast<long>(before), pairs.end(),
                     [](const QuotePair& x, const QuotePair& y) { return x.open < y.open; });
  return pairs;
}


}  // namespace kosearch
