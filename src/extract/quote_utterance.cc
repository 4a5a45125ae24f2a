// Quoted words that read as someone talking (issue 13), and the two places
// such words are speech with no verb of saying right after them: before a
// noun they fill (`"…해 달라"는 것이었다`, `"…하겠다"는 로드맵`) and as a
// headline's statement (`…공동선두"…다할 것"2년 차`, `"…달라" 울먹인 장관`).
// The evidence is the quote's own ending, whatever noun or word follows:
// a finding, a rule or a title is written as a plain statement or a noun
// phrase (`…잘 찾는다`, `즉시 시행한다`, `한강의 기적`), talk is polite,
// asks, pleads, orders, promises, or is cut off or exclaimed.
#include <algorithm>

#include "extract/quote_marks.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// `"…"라는 투의 질문으로`, `"…"는 또 다른 질문에`, `"…"는 생각에서`: the
// first three words after the ending hold a question put (질문, 물음), a
// thought or a finding (R5), or a title (R2).
bool QuestionOrThoughtAhead(std::u32string_view rest) {
  for (int word = 0; word < 3 && !rest.empty(); ++word) {
    if (korean::StartsWithNotSpeechNoun(rest)) return true;
    for (const korean::SpeechNoun& noun : korean::SpeechNouns()) {
      if (noun.UsedFor(korean::kPutAsQuestion) && rest.starts_with(noun.text)) return true;
    }
    size_t space = rest.find(U' ');
    if (space == std::u32string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
  return false;
}

// `요청이 있었다`, `요구가 잇따랐다`: the noun is the subject of a verb of
// occurrence, so no one of the sentence made it. Not `요청도 했다` nor
// `제안이 담긴 서한을 보냈다`: there the sentence's subject asked.
bool IsSubjectMarked(std::u32string_view tail) {
  if (!tail.starts_with(U"이 ") && !tail.starts_with(U"가 ")) return false;
  static constexpr std::u32string_view kOccurred[] = {U"있었", U"있다", U"있는", U"나왔", U"나온", U"나오", U"이어졌",
                                                      U"이어지", U"잇따랐", U"잇따르", U"잇따른", U"쇄도", U"빗발"};
  std::u32string_view verb = tail.substr(2);
  return std::any_of(std::begin(kOccurred), std::end(kOccurred), [&](std::u32string_view v) { return verb.starts_with(v); });
}

// `"…해 달라"는 요구를 거부했다`, `"…평가해 달라"는 요청에 "…"`: in the
// first three words, a noun of words put to the subject (the lexicon's
// kPutToSubject rows) with no verb of saying after it (`…는 요구를 했다`):
// someone else's words.
bool PutToSubjectAhead(std::u32string_view rest) {
  for (int word = 0; word < 3 && !rest.empty(); ++word) {
    size_t space = rest.find(U' ');
    for (const korean::SpeechNoun& noun : korean::SpeechNouns()) {
      if (!noun.UsedFor(korean::kPutToSubject) || !rest.starts_with(noun.text)) continue;
      // (`"…해 달라"는 요청이 있었다`: the request is the clause's subject,
      // words that came from someone, put to no one the sentence names)
      if (word == 0 && IsSubjectMarked(rest.substr(noun.text.size()))) return false;
      return space == std::u32string_view::npos || !korean::StartsWithSayingVerb(rest.substr(space + 1));
    }
    if (space == std::u32string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
  return false;
}

}  // namespace

bool UtteranceShaped(std::u32string_view raw) {
  raw = TrimSpaces(raw);
  // A gloss in parentheses after the words (`…쉬고 싶어요!(I need a rest!)`).
  if (size_t open = raw.rfind(U'('); !raw.empty() && raw.back() == U')' && open != std::u32string_view::npos && open > 0) {
    raw = TrimSpaces(raw.substr(0, open));
  }
  bool cut_or_cried = raw.ends_with(U"..") || raw.ends_with(U"…") || raw.ends_with(U"!") || raw.ends_with(U"?");
  while (!raw.empty() && (std::u32string_view(U".!?,…~").find(raw.back()) != std::u32string_view::npos ||
                          IsSpaceInLine(raw.back()))) {
    raw.remove_suffix(1);
  }
  // Two words at least: one word in quotes is a name, a term or a title.
  size_t space = raw.rfind(U' ');
  if (space == std::u32string_view::npos || std::count_if(raw.begin(), raw.end(), IsHangulSyllable) < 3) return false;
  std::u32string_view last = raw.substr(space + 1);
  if (last.empty() || !IsHangulSyllable(last.back())) return false;
  if (cut_or_cried || korean::EndsLikeTalk(last)) return true;
  // `…만들 것`, `…요구할것`: a promise (the future modifier in ㄹ before 것).
  if (last.back() != U'것') return false;
  char32_t before = last.size() >= 2 ? last[last.size() - 2] : (space > 0 ? raw[space - 1] : U' ');
  return EndsInRieul(before);
}

bool SpeechNounAsSubjectAhead(std::u32string_view after) {
  for (const korean::AdnominalQuoting& e : korean::AdnominalQuotingEndings()) {
    if (!after.starts_with(e.text)) continue;
    std::u32string_view rest = after.substr(e.text.size());
    for (const korean::SpeechNoun& noun : korean::SpeechNouns()) {
      if (noun.UsedFor(korean::kPutToSubject) && rest.starts_with(noun.text) &&
          IsSubjectMarked(rest.substr(noun.text.size()))) {
        return true;
      }
    }
    return false;
  }
  return false;
}

bool UtteranceBeforeNoun(std::u32string_view text, size_t limit, const QuotePair& p, std::u32string_view after) {
  if (p.single || !UtteranceShaped(text.substr(p.open + 1, p.close - p.open - 1))) return false;
  // (`"…"는 김 감독의 지시`: whose words they are, SpeakerInGenitiveAfter decides)
  size_t genitive_start, genitive_end;
  if (SpeakerInGenitiveAfter(text, limit, p, &genitive_start, &genitive_end)) return false;
  for (const korean::AdnominalQuoting& e : korean::AdnominalQuotingEndings()) {
    if (!after.starts_with(e.text)) continue;
    std::u32string_view rest = after.substr(e.text.size());
    if (rest.empty() || !(IsHangulSyllable(rest[0]) || IsDoubleQuote(rest[0]) || rest[0] == 0x2018)) return false;
    if (QuestionOrThoughtAhead(rest) || PutToSubjectAhead(rest)) return false;
    // `"…해 달라"는 건의에 "…"`: words the subject answers after (a noun taking 에).
    size_t first_end = 0;
    while (first_end < rest.size() && IsHangulSyllable(rest[first_end])) ++first_end;
    const korean::Particle* particle = korean::ParticleEnding(rest.substr(0, first_end), korean::kCutForIndex);
    if (particle != nullptr && particle->Has(korean::kMarksRespondedTo)) return false;
    // Not words the subject was given, heard or turned down (`"…느냐"는
    // 질문을 받았다`, `"…하겠다"는 방침을 거부했다`): someone else said them.
    size_t space = rest.find(U' ');
    return space == std::u32string_view::npos || !korean::StartsWithVerbOfOthersWords(rest.substr(space + 1));
  }
  return false;
}

namespace {

// Where a headline's statement stands: set off before (the line's start, an
// ellipsis, a comma or a bullet; not a section's label in brackets,
// `[기획]"…"`, which the quote does not end), and what follows it.
struct HeadlinePlace {
  bool set_off = false, line_ends = false, cut = false, next_quote = false, glued_lead = false, word_after = false;
};

// Whether text[at] opens another quote: a double mark, ‘, or a ' that
// another ' closes later on its line (not an apostrophe, `'97년`).
bool OpensQuote(std::u32string_view text, size_t at, size_t limit) {
  char32_t c = text[at];
  if (IsDoubleQuote(c) || c == OpenMarkFor(U'’')) return true;
  if (c != U'\'') return false;
  size_t line_end = std::min(text.find(U'\n', at), limit);
  return text.substr(at + 1, line_end - at - 1).find(U'\'') != std::u32string_view::npos;
}

HeadlinePlace ReadHeadlinePlace(std::u32string_view text, size_t limit, const QuotePair& p) {
  HeadlinePlace at;
  size_t b = SkipSpacesBack(text, p.open);
  at.set_off = b == 0 || std::u32string_view(U"\n…,◆▶").find(text[b - 1]) != std::u32string_view::npos;
  size_t a = p.close + 1;
  size_t next = SkipSpaces(text, a, limit);
  if (next < limit && (text[next] == U',' || text[next] == U'.') && (next + 1 >= limit || text[next + 1] != U'.')) {
    next = SkipSpaces(text, next + 1, limit);
  }
  at.line_ends = next >= limit || text[next] == U'\n';
  at.cut = next < limit && (text[next] == U'…' || (text[next] == U'.' && next + 1 < limit && text[next + 1] == U'.'));
  // (a headline's quotes in a row may mix marks: `"…다니냐?" '챙김'`)
  at.next_quote = next < limit && OpensQuote(text, next, limit);
  // (a lead may open with a number: `…다할 것”2년 차 김하늘이`)
  at.glued_lead = a < limit && (StartsGluedLead(text, a, limit) || IsAsciiDigit(text[a]));
  // After a space, a new sentence or a word of the headline only when the
  // quote is set off before too (not `영화 "…" 개봉`, a title in a sentence).
  at.word_after = next > a && next < limit && at.set_off && (IsHangulSyllable(text[next]) || at.next_quote);
  return at;
}

}  // namespace

bool UtteranceInHeadline(std::u32string_view text, size_t limit, const QuotePair& p) {
  if (p.single || p.unclosed || p.close >= limit) return false;
  if (!UtteranceShaped(text.substr(p.open + 1, p.close - p.open - 1))) return false;
  HeadlinePlace at = ReadHeadlinePlace(text, limit, p);
  return at.line_ends || at.cut || at.next_quote || at.glued_lead || at.word_after;
}

bool PlainStatementInHeadline(std::u32string_view text, size_t limit, const QuotePair& p) {
  if (p.single || p.unclosed || p.began_before || p.close >= limit || !LooksLikeSentence(QuotedWords(text, p))) return false;
  // On the headline's line only, the article's first: in the body a quote
  // glued to a noun (`그는 "…한다"정부 방침은`) is a typo, not a lead.
  if (text.substr(0, p.open).find(U'\n') != std::u32string_view::npos) return false;
  // Only glued to the lead after it or set off between quotes: one with a
  // space after it is as often a title in its sentence (`연극 "…산다"
  // 공연`); one ending its line or cut off is VerblessStatement's.
  // (not one of a list, `"…", "…피었습니다", "…" 등`: a comma before the
  // next quote makes titles in a row, MarkTalkRuns's to read)
  HeadlinePlace at = ReadHeadlinePlace(text, limit, p);
  size_t next = SkipSpaces(text, p.close + 1, limit);
  bool listed = next < limit && text[next] == U',';
  return at.glued_lead || (at.next_quote && at.set_off && !listed);
}

}  // namespace kosearch
