// Who stands behind a headline's statement when no word right before it
// names a speaker (see quote_marks.h, HeadlineTopicSpeaker): one grammar of
// where a speaker may stand on a headline's line, read from the names the
// article's table and the tagger know. Split from quote_headlines.cc, which
// reads the headline shapes with a speaker right before the quote.
#include <algorithm>
#include <utility>
#include <vector>

#include "extract/people.h"
#include "extract/quote_marks.h"
#include "extract/speaker_words.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Where a headline's statement's line stands: from the line's start, a ▶ or
// the quote before it on the line (`갑 "…" 을 "…"`), never across a full
// stop that ends a sentence of prose. Commas, ellipses and question marks
// are inside the headline (`김하나, 결혼 발표…팬들 "…"`).
size_t StatementSegmentStart(std::u32string_view text, size_t open) {
  size_t seg = open;
  while (seg > 0 && text[seg - 1] != U'\n' && text[seg - 1] != U'▶' && !IsDoubleQuote(text[seg - 1]) &&
         !(text[seg - 1] == U' ' && seg >= 2 && text[seg - 2] == U'.')) {
    --seg;
  }
  return seg;
}

// The marks a headline writes around a title, a term or a label (`‘…’`,
// `[단독]`, `「…」`): their words name no speaker.
char32_t LabelCloseFor(char32_t open) {
  switch (open) {
    case 0x2018: return 0x2019;  // ‘ ’
    case U'\'': return U'\'';
    case U'[': return U']';
    case 0x300C: return 0x300D;  // 「 」
    case 0x300E: return 0x300F;  // 『 』
    case 0x300A: return 0x300B;  // 《 》
    case U'<': return U'>';
    case U'(': return U')';
    default: return 0;
  }
}

// What ends a phrase of a headline: a comma, an ellipsis (… or ..), a
// question or an exclamation (`…알아줬나? 미소로 "…"`), a slash.
bool HeadlineBreak(char32_t c) {
  return c == U',' || c == U'…' || c == U'.' || c == U'?' || c == U'!' || c == U'/' || c == 0x3001 || c == U'|';
}

struct HeadlineToken {
  size_t start = 0, end = 0;
  bool break_after = false;  // a comma, an ellipsis … or the quote follows it
  bool mark_after = false;   // a comma, an ellipsis …: a mark, not the quote
  char32_t mark = 0;         // the first such mark
};

// The words of text[seg, end) outside labels between marks, each told
// whether a break of the headline follows it.
std::vector<HeadlineToken> HeadlineTokens(std::u32string_view text, size_t seg, size_t end) {
  std::vector<HeadlineToken> tokens;
  size_t i = seg;
  while (i < end) {
    char32_t c = text[i];
    if (char32_t close = LabelCloseFor(c); close != 0) {
      size_t j = text.substr(0, end).find(close, i + 1);
      if (j != std::u32string_view::npos) { i = j + 1; continue; }
      ++i;  // a mark left open before the quote (`‘기생충' …`) is skipped, never a word
      continue;
    }
    if (HeadlineBreak(c)) {
      if (!tokens.empty() && !tokens.back().mark_after) tokens.back().mark = c;
      if (!tokens.empty()) tokens.back().break_after = tokens.back().mark_after = true;
      ++i;
      continue;
    }
    if (IsSpaceInLine(c)) { ++i; continue; }
    size_t j = i;
    while (j < end && !IsSpaceInLine(text[j]) && !HeadlineBreak(text[j]) && LabelCloseFor(text[j]) == 0) ++j;
    tokens.push_back({i, j, j >= end, false, 0});
    i = j;
  }
  if (!tokens.empty()) tokens.back().break_after = true;  // the quote follows
  return tokens;
}

// A verb's form in a headline: a connective (`찾아`, `밝혀`, `피소돼`,
// `깨고`), a tense (`알아줬나`) or a modifier (`공개한`, `앞둔`).
bool HeadlineVerb(std::u32string_view w) {
  bool connective = w.size() >= 2 && std::u32string_view(U"아어여해돼워와져쳐혀고며").find(w.back()) != std::u32string_view::npos;
  return connective || korean::HasInflectionSyllable(w) || korean::EndsLikeModifier(w) || korean::EndsInModifyingForm(w);
}

// A word of a headline that is a plain noun (`근황`, `하차`, `18kg`, a
// title): no particle, no verb's form.
bool PlainHeadlineNoun(std::u32string_view w) {
  if (w.empty() || !std::all_of(w.begin(), w.end(), [](char32_t c) { return IsHangulSyllable(c) || IsAsciiAlnum(c) || c == U'%'; })) {
    return false;
  }
  if (korean::IsTitleWord(w)) return true;
  bool subject;
  // (에 and its contraction 엔, which the subject finder's particles leave on: `의혹엔`)
  return StripParticle(w, &subject) == w.size() && korean::ParticleEnding(w, korean::kAfterQuestionPut) == nullptr &&
         !HasGrammaticalEnding(w) && !HeadlineVerb(w);
}

// A word the lexicon knows as a body or an authority that speaks (`검찰`,
// `외교부`, `조선중앙통신`), or an unnamed role (`관계자`).
bool SpeakingBody(std::u32string_view w) { return EndsInSpeakingNoun(w) || korean::IsGovernmentBody(w); }

// The words of a headline statement's segment and what the article's names
// say of them: the grammar of where the statement's speaker may stand.
class HeadlineLine {
 public:
  enum Kind { kNone, kPerson, kBody };

  HeadlineLine(std::u32string_view text, std::vector<HeadlineToken> tokens, const HeadlineNames& names)
      : text_(text), tokens_(std::move(tokens)), names_(names) {}

  size_t size() const { return tokens_.size(); }
  const HeadlineToken& token(size_t i) const { return tokens_[i]; }
  std::u32string_view Word(size_t i) const { return text_.substr(tokens_[i].start, tokens_[i].end - tokens_[i].start); }

  // A name with no particle but a subject's (a headline's topic), written
  // whole: the tagger's person or body, or a person of the article's table.
  Kind NameKind(size_t i) const {
    std::u32string_view w = Word(i);
    if (w.empty() || (w.size() < 2 && !std::all_of(w.begin(), w.end(), IsAsciiAlpha))) return kNone;
    bool subject;
    // (a name may end like a particle: `왕이`, `유이`; the tagger's span then covers the whole word)
    if (StripParticle(w, &subject) < w.size() && !subject && !names_.whole_person(tokens_[i].start, tokens_[i].end)) return kNone;
    if (korean::IsTitleWord(w)) return kNone;
    // (a name that opens a body's, `노무현 재단`: the tagger spans both)
    if (i + 1 < size() && !tokens_[i].break_after && names_.organization(tokens_[i].start, tokens_[i + 1].end)) return kNone;
    // (someone late, `故 김하나`, `고 김하나`: whom the headline mourns, never the one speaking)
    if (names_.person(tokens_[i].start, tokens_[i].end)) return i > 0 && korean::IsDeceasedMark(Word(i - 1)) ? kNone : kPerson;
    if (names_.organization(tokens_[i].start, tokens_[i].end)) return kBody;
    return kNone;
  }

  // A later name heads the statement's own phrase: only plain nouns after
  // it up to the quote (`…발언에 한빛회 발끈 "…"`), not a name before a
  // break (`…예원 언급…"…"`: whom the event is about) nor the subject of a
  // clause that goes on (`A, B 출연 묻는 질문에 "…"`: A's words).
  bool HeadsStatement(size_t i) const {
    for (size_t k = i; k < size(); ++k) {
      if (k > i && !PlainHeadlineNoun(Word(k))) return false;
      if (tokens_[k].mark_after) return false;
    }
    return true;
  }

  // The opening name is the headline's topic unless its own phrase (up to
  // the first mark) makes it part of a clause (`김하나 사진 공개한 박두리`,
  // `김하나 혐의로 피소돼 "…"`: a verb's subject, whose statement is untold),
  // a role it heads (`김하나 박두리 부부`), or a noun of its with a particle
  // that the statement answers (`김하나 발언에 한빛회 발끈 "…"`, `김하나
  // 의혹엔 "…"`: about her, someone else's words).
  bool TopsHeadline(size_t i) const {
    for (size_t k = i + 1; k < size() && !tokens_[k - 1].break_after; ++k) {
      std::u32string_view w = Word(k);
      if (HeadlineVerb(w) || (k == i + 1 && IsRoleNoun(w))) return false;
      // (the lexicon's particle of what a reaction is to: 에, 엔)
      const korean::Particle* particle = korean::ParticleEnding(w, korean::kAfterQuestionPut);
      if (particle != nullptr && particle->Has(korean::kMarksRespondedTo) &&
          !names_.person(tokens_[k].start, tokens_[k].end - particle->text.size())) {
        return false;
      }
    }
    return true;
  }

  // The words of the chosen name [first, last] with the titles after it
  // (`최민호 전 앵커`), up to a break: the end of the span that speaks.
  size_t ThroughTitles(size_t last) const {
    size_t through = last;
    for (size_t k = last + 1; k < size() && !tokens_[k - 1].break_after && k <= last + 3; ++k) {
      if (korean::IsTitleWord(Word(k))) through = k;
      else if (!IsModifier(Word(k))) break;
    }
    return through;
  }

  // The words of the same name the tagger marks after word i (`디아 프램튼`): its last.
  size_t NameEnd(size_t i) const {
    size_t last = i;
    while (last + 1 < size() && !tokens_[last].break_after && NameKind(last + 1) == kPerson &&
           names_.whole_person(tokens_[i].start, tokens_[last + 1].end)) {
      ++last;
    }
    return last;
  }

  // Two people side by side, or in a list (`김하나, 박두리 첫 만남`), the
  // person ending at word `last` first. After a comma a Korean name's shape
  // is enough to see the second, when it heads a noun phrase (not `김하나,
  // 박두리 나오냐는 질문에`).
  bool PersonBeside(size_t last) const {
    size_t next = last + 1;
    if (next >= size() || (tokens_[last].mark != 0 && tokens_[last].mark != U',')) return false;
    std::u32string_view w = Word(next);
    bool listed = tokens_[last].mark == U',' && LooksLikeKoreanName(w) && !korean::IsTitleWord(w) &&
                  (tokens_[next].break_after || (next + 1 < size() && PlainHeadlineNoun(Word(next + 1))));
    return NameKind(next) == kPerson || listed;
  }

  // A body or an authority opens the statement's own phrase, after the
  // last break before the quote, while the person chosen (ending at word
  // `last`) stands before that break (`김하나 열애설…HNB엔터 "…"`, `… 기소…
  // 검찰 "…"`): the person is what the event is about, the body speaks.
  bool BodyOpensStatementPhrase(size_t last) const {
    size_t own = size();
    while (own > 0 && !tokens_[own - 1].mark_after) --own;
    if (own == 0 || own == size() || last >= own) return false;
    std::u32string_view w = Word(own);
    return names_.organization(tokens_[own].start, tokens_[own].end) || SpeakingBody(w);
  }

  // Someone else may say the statement, not the name chosen before word
  // `after_name`: a role in its own phrase (`…누리꾼 수사대 "…"`, `돈 빌려준
  // 채권자 "…"`), or a word of a name's shape no table knows alone right
  // before it (`…무대… 한도윤 "…"`).
  bool OtherBesideStatement(size_t after_name) const {
    size_t own = tokens_.back().mark_after ? size() : size() - 1;
    while (own > 0 && own < size() && !tokens_[own - 1].break_after) --own;
    for (size_t k = std::max(own, after_name); k < size(); ++k) {
      std::u32string_view w = Word(k);
      bool person_noun = k + 1 == size() && w.size() >= 3 && AllHangulSyllables(w) && korean::EndsLikePersonNoun(w);
      if (IsRoleNoun(w) || person_noun) return true;
    }
    std::u32string_view w = Word(size() - 1);
    return own + 1 == size() && after_name < size() && w.size() >= 3 && AllHangulSyllables(w) && !HasGrammaticalEnding(w) &&
           !korean::IsStemEnd(w.back(), korean::kNounSuffixNoName) && PlainHeadlineNoun(w);
  }

 private:
  std::u32string_view text_;
  std::vector<HeadlineToken> tokens_;
  const HeadlineNames& names_;
};

// The name the statement stands on: [*first, *last] of line's words and its
// kind, or kNone; *several when two people stand side by side.
HeadlineLine::Kind ChooseName(const HeadlineLine& line, bool single, size_t* first, size_t* last, bool* several) {
  HeadlineLine::Kind chosen = HeadlineLine::kNone;
  for (size_t i = 0; i < line.size(); ++i) {
    if (chosen != HeadlineLine::kNone && i <= *last) continue;  // the words of the name chosen
    HeadlineLine::Kind kind = line.NameKind(i);
    // (in single marks only a person's statement: a body's are its shows' titles, `JTBC '…'`)
    if (kind == HeadlineLine::kNone || (kind == HeadlineLine::kBody && single)) continue;
    // (the first word, or the second after a label: `주말극장 김하나`)
    bool opener = i == 0 || (i == 1 && line.NameKind(0) == HeadlineLine::kNone && !line.token(0).break_after);
    if (!(opener && line.TopsHeadline(i)) && !line.HeadsStatement(i)) continue;
    // A body opens a headline set off by a comma (`한빛전자, 설 맞아…"…"`)
    // or stands right before the statement, a word of the event at most
    // after it (`한빛회 발끈 "…"`); not as the first noun of the event
    // (`한빛체육관 붕괴…"…"`, `한빛시청 폭파 협박범 "…"`); nor after a
    // person, where her event happens (`김하나 … 7년 만의 MBC 복귀 "…"`).
    if (kind == HeadlineLine::kBody &&
        ((!line.token(i).break_after && !(line.HeadsStatement(i) && i + 2 >= line.size())) || chosen == HeadlineLine::kPerson)) {
      continue;
    }
    // Two people side by side (`김하나 박두리 열애 인정…`): neither alone speaks.
    if (chosen == HeadlineLine::kPerson && kind == HeadlineLine::kPerson && *last + 1 == i) {
      *several = true;
      return HeadlineLine::kNone;
    }
    *first = i, chosen = kind;
    *last = kind == HeadlineLine::kPerson ? line.NameEnd(i) : i;
  }
  if (chosen == HeadlineLine::kPerson && line.PersonBeside(*last)) {
    *several = true;
    return HeadlineLine::kNone;
  }
  return chosen;
}

}  // namespace

bool HeadlineTopicSpeaker(std::u32string_view text, const QuotePair& pair, const HeadlineNames& names,
                          size_t* speaker_start, size_t* speaker_end, bool* several) {
  *several = false;
  size_t end = SkipSpacesBack(text, pair.open);
  size_t seg = StatementSegmentStart(text, end);
  if (end <= seg || end - seg > 80) return false;
  HeadlineLine line(text, HeadlineTokens(text, seg, end), names);
  if (line.size() == 0 || line.size() > 14) return false;
  size_t first = 0, last = 0;
  HeadlineLine::Kind kind = ChooseName(line, pair.single, &first, &last, several);
  if (kind == HeadlineLine::kNone || line.OtherBesideStatement(last + 1)) return false;
  if (kind == HeadlineLine::kPerson && line.BodyOpensStatementPhrase(last)) return false;
  // Someone unnamed, a title or a body right after the statement (`"…"
  // 네티즌 축하 봇물`, `"…" 경찰 발표`).
  size_t after = SkipSpaces(text, pair.close + 1, text.size());
  size_t after_end = after;
  while (after_end < text.size() && IsHangulSyllable(text[after_end])) ++after_end;
  std::u32string_view after_word = text.substr(after, after_end - after);
  if (!after_word.empty() && (IsTitleOrRole(after_word) || SpeakingBody(after_word))) return false;
  size_t through = kind == HeadlineLine::kPerson ? line.ThroughTitles(last) : last;
  *speaker_start = line.token(first).start, *speaker_end = line.token(through).end;
  return true;
}

}  // namespace kosearch
