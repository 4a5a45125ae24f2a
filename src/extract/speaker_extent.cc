// The extent of a resolved speaker (see speaker_extent.h). One mechanism for
// every quote: find where the text writes the speaker last before the quote,
// then keep the longest run of the words written there that the article's
// table of who is who (which knows the alias file's names), or the entity
// tagger, takes as one entity; what the tagger or the table does not join to
// the name (a modifying clause, a time word, an affiliation) falls away, and
// a word they join to it (a given name before a family name) comes in. Marks
// of a company's legal form and a body's glued side (측) never belong. A
// speaker with no mention before the quote is narrowed (never widened) at
// its first mention after it (NextMention).
#include "extract/speaker_extent.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extract/people.h"
#include "extract/speaker_words.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// How far before the quote the speaker's mention is looked for: its start
// at most 300 code points before the quote's start, with no sentence
// boundaries read. News sentences run about 50 to 150 code points, so this
// mostly spans the quote's own sentence and one or two before it: where the
// subject is written. A mention farther back is left alone (r unchanged):
// the words around it describe the person there, not as the quote names her.
constexpr size_t kReach = 300;
// A name runs on over at most this many words the part taken leaves out.
constexpr int kMostWordsAdded = 2;
// The most syllables a verb's modifier after a place or a source is read in.
constexpr size_t kLongestVerbAfterPlace = 2;

// A word that may be written in a name: syllables and Latin letters only.
bool NameLetters(std::u32string_view w) {
  if (w.empty()) return false;
  for (char32_t c : w) {
    if (!IsHangulSyllable(c) && !IsAsciiAlpha(c) && c != U'-') return false;
  }
  return true;
}

struct Span {
  size_t start = 0, end = 0;
};

// The last place within kReach before `before` where the text writes `s`.
bool LastMention(std::u32string_view text, std::u32string_view s, size_t before, Span* at) {
  if (s.empty() || before > text.size() || before < s.size()) return false;
  size_t found = text.rfind(s, before - s.size());
  if (found == std::u32string_view::npos || found + kReach < before) return false;
  *at = {found, found + s.size()};
  return true;
}

// The first place within kReach after `after` where the text writes `s`.
bool NextMention(std::u32string_view text, std::u32string_view s, size_t after, Span* at) {
  if (s.empty() || after > text.size()) return false;
  size_t found = text.find(s, after);
  if (found == std::u32string_view::npos || found > after + kReach) return false;
  *at = {found, found + s.size()};
  return true;
}

bool PersonSupported(const SpeakerTable& table, std::u32string_view name, Span at) {
  return table.ByName(name) >= 0 || table.TaggedPerson(at.start, at.end);
}

// A common word of the people rules' table ("이날", "최근") or a word
// opening with a word of time ("지난밤", "지난주", "이번달"): it dates or
// qualifies the name after it, never a part of one. Only time words open
// such compounds: 이와 (a common word) also opens 이와타, a family name.
bool TimeOrCommonWord(std::u32string_view w) {
  static constexpr std::u32string_view kTimeOpeners[] = {U"지난", U"이번", U"다음", U"오늘", U"어제", U"내일"};
  return IsCommonWord(w) || (w.size() > 2 && std::any_of(std::begin(kTimeOpeners), std::end(kTimeOpeners),
                                                         [&](std::u32string_view t) { return w.starts_with(t); }));
}

// A word the lexicon says modifies what follows it, never a part of a name:
// a verb form, a noun with the copula's or a verb's modifying ending or the
// genitive ("감독인", "방문한", "협회의"), a common word, qualifier or time
// word ("지난달" opens with 지난), a title or a role.
bool ModifiesName(std::u32string_view w) {
  return korean::HasInflectionSyllable(w) || korean::EndsInModifyingForm(w) || TimeOrCommonWord(w) || IsQualifier(w) ||
         IsModifier(w) || IsTitleOrRole(w);
}

// "감독인 로하스", "지난달 그로스만": the tagger spans no person over the whole
// (the people finder may have taken the modifier in), but it, or the table,
// knows the words after the leading modifiers as one.
std::u32string NarrowPerson(const SpeakerTable& table, std::u32string_view text, Span at) {
  std::u32string_view whole = text.substr(at.start, at.end - at.start);
  if (table.TaggedPerson(at.start, at.end)) {
    // "서울에서 온 자넷": the tagger's span runs over the verb too; a verb
    // is never a part of a name, whoever spans it.
    // "지난밤 제니퍼 로페즈": nor is a time or common word (one of the
    // common-word table, or opening with one: 지난밤, 지난주) a part of it.
    size_t k = at.start;
    for (size_t space; (space = text.find(U' ', k)) < at.end && (VerbAfterArgument(text, k) || TimeOrCommonWord(text.substr(k, space - k)));) {
      k = space + 1;
    }
    return std::u32string(text.substr(k, at.end - k));
  }
  bool verb_off = false;
  for (size_t k = at.start; k < at.end;) {
    size_t space = text.find(U' ', k);
    if (space == std::u32string_view::npos || space >= at.end) break;
    bool verb = VerbAfterArgument(text, k);
    if (!verb && !ModifiesName(text.substr(k, space - k))) break;
    verb_off = verb_off || verb;
    k = space + 1;
    std::u32string_view rest = text.substr(k, at.end - k);
    if (verb_off || PersonSupported(table, rest, {k, at.end})) return std::u32string(rest);
  }
  return std::u32string(whole);
}

// A word that may be a part of a name next to one: no title, role, common
// or time word, qualifier or place, and no verb form.
bool MayJoinName(std::u32string_view w) {
  return NameLetters(w) && !IsTitleOrRole(w) && !TimeOrCommonWord(w) && !IsModifier(w) && !IsQualifier(w) &&
         !korean::HasInflectionSyllable(w);
}

// "자비어 | 사라스는": the word written right before the mention, joined to
// it where the tagger spans both as one person, or the table knows both as
// one name. Never a word after it: the tagger's span runs on over a club or
// a company after a name ("무리뉴 첼시 감독"), which is her affiliation.
Span WidenPerson(const SpeakerTable& table, std::u32string_view text, Span at) {
  for (int added = 0; added < kMostWordsAdded; ++added) {
    if (at.start < 2 || text[at.start - 1] != U' ') break;
    size_t ws = at.start - 1;
    while (ws > 0 && NameLetters(text.substr(ws - 1, 1))) --ws;
    std::u32string_view word = text.substr(ws, at.start - 1 - ws);
    std::u32string joined = std::u32string(word) + U' ' + std::u32string(text.substr(at.start, at.end - at.start));
    if (!MayJoinName(word) || !(table.TaggedPerson(ws, at.end) || table.ByName(joined) >= 0)) break;
    // "첼시 무리뉴", "법률사무소 로베리 김동훈": the tagger spans a club or a
    // firm into the name after it; a given name opens a name phrase.
    bool body = table.ListedOrganization(word) || table.TaggedOrganization(ws, at.start - 1) ||
                korean::EndsInOrganizationHead(word) || !table.OpensNamePhrase(ws);
    if (body) break;
    at.start = ws;
  }
  return at;
}

// "㈜한빛", "한빛(주)", "한빛측": the marks and the side, off a body's name.
void StripMarks(Resolution* r) {
  std::u32string& s = r->speaker;
  if (size_t n = korean::CompanyMarkAt(s, false)) s.erase(0, n);
  if (size_t n = korean::CompanyMarkAt(s, true)) s.resize(s.size() - n);
  // "[단독]신동빈": a section's label in brackets opening a headline.
  // The label opens the speaker, or opened before it ("…까지]TV조선"): a
  // bracket both opened and closed later in it ("데이비드 [D.] 코헨") is none.
  size_t first_open = s.find_first_of(U"[【");
  bool label = first_open == 0 || s.find_first_of(U"]】") < first_open;
  if (size_t close = s.find_last_of(U"]】"); label && close != std::u32string::npos && close + 1 < s.size()) {
    s.erase(0, close + 1);
  }
  while (!s.empty() && (IsSpaceInLine(s.front()) || s.front() == U',')) s.erase(0, 1);
  while (!s.empty() && (IsSpaceInLine(s.back()) || s.back() == U',')) s.pop_back();
  // "美국무부": a headline's Hanja country (korean::IsHanjaCountry) glued to
  // a name is where the body or person is from, no part of the name. Not a
  // body's own letter ("檢관계자", "與대변인": whose people speak).
  if (s.size() >= 3 && korean::IsHanjaCountry(s[0]) && IsHangulSyllable(s[1])) s.erase(0, 1);
  // "측" glued to a body's last word is its side, which is the body speaking.
  if (r->type == SpeakerKind::kOrganization) s.resize(s.size() - GluedSideLength(s));
}

}  // namespace

bool VerbAfterArgument(std::u32string_view text, size_t word_start) {
  if (word_start < 3 || word_start > text.size() || text[word_start - 1] != U' ') return false;
  size_t before = text.rfind(U' ', word_start - 2);
  before = before == std::u32string_view::npos ? 0 : before + 1;
  std::u32string_view argument = text.substr(before, word_start - 1 - before);
  size_t space = text.find(U' ', word_start);
  std::u32string_view word = text.substr(word_start, space == std::u32string_view::npos ? space : space - word_start);
  if (word.empty() || !AllHangulSyllables(word) || !korean::MarksVerbArgument(argument) ||
      !korean::EndsInModifierSyllable(word, korean::kTakesObject)) {
    return false;
  }
  // "영화제에서 캐서린 제타존스": after a place or a source, a word of three
  // syllables or more ending so is mostly a foreign given name (캐서린,
  // 재클린, 매릴린); the verbs written there are short ("온", "만난", "밝힌").
  bool place_only = !korean::MarksAddresseeOrObject(argument) && korean::MarksPlaceOrSource(argument);
  return !place_only || word.size() <= kLongestVerbAfterPlace;
}

void FitSpeakerExtent(const SpeakerTable& table, size_t quote_start, Resolution* r) {
  if (r->type != SpeakerKind::kPerson && r->type != SpeakerKind::kOrganization) return;
  std::u32string before = r->speaker;
  StripMarks(r);
  if (r->speaker.empty()) {
    r->speaker = before;
    return;
  }
  if (r->org == before) r->org = r->speaker;  // a body speaking is its own organization
  Span at;
  // A body's name is left as it is: the words the tagger spans before it are
  // mostly its country ("미국 | 워싱턴포스트"), which is no part of it.
  if (r->type != SpeakerKind::kPerson) return;
  if (!LastMention(table.text(), r->speaker, quote_start, &at)) {
    // "\"…\"고 밝힌 라파엘로니 감독은": the speaker written after the quote
    // is narrowed the same way (never widened: the words before it are the
    // clause that took the quote).
    if (NextMention(table.text(), r->speaker, quote_start, &at)) r->speaker = NarrowPerson(table, table.text(), at);
    return;
  }
  std::u32string narrowed = NarrowPerson(table, table.text(), at);
  if (narrowed != r->speaker) {
    r->speaker = narrowed;
    return;
  }
  Span wide = WidenPerson(table, table.text(), at);
  r->speaker = std::u32string(table.text().substr(wide.start, wide.end - wide.start));
}

}  // namespace kosearch
