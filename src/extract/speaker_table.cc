// The per-article table of who is who (see speaker_table.h).
#include "extract/speaker_table.h"

#include <algorithm>

#include "extract/quote_marks.h"
#include "extract/speaker_words.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// "리카르도", "파블로", "헤르만": a foreign given name ending in a syllable
// that is also a particle (도, 로, 만), with no particle left once it is off
// (not "서울에서도", "이번에도").
bool ForeignGivenName(std::u32string_view w) {
  if (w.size() < 3 || !AllHangulSyllables(w) || std::u32string_view(U"도로만").find(w.back()) == std::u32string_view::npos) {
    return false;
  }
  bool subject;
  std::u32string_view stem = w.substr(0, w.size() - 1);
  return StripParticle(stem, &subject) == stem.size() && !HasGrammaticalEnding(stem) && !IsCommonWord(w);
}

// A body by the alias file's word alone, whatever the word's ending.
bool AliasOrg(std::u32string_view w, const AliasIndex& aliases) {
  const AliasTable::Group* g = aliases.Find(w);
  return g && g->kind == AliasTable::Kind::kOrg;
}

// "그렇게", "쉽게": an adjective made an adverb with 게 (not "세르게").
bool Adverbial(std::u32string_view w) {
  return w.size() >= 2 && w.back() == U'게' &&
         std::u32string_view(U"렇하있없롭답쉽좋같크많높낮깊럽").find(w[w.size() - 2]) != std::u32string_view::npos;
}

// "제임스 하워드 기자": a title or role the tagger's person span took in
// after the name (the lexicon's tables say it is none of a name's) comes
// off; the code points dropped. At least two stay.
size_t DropTitleTail(std::u32string* span) {
  size_t dropped = 0;
  for (size_t space = span->rfind(U' '); space != std::u32string::npos && space >= 2; space = span->rfind(U' ')) {
    if (!IsTitleOrRole(std::u32string_view(*span).substr(space + 1))) break;
    dropped += span->size() - space;
    span->resize(space);
  }
  return dropped;
}

// A foreign given name opening the tagger's person span ("로랑 …"): a plain
// word of two or more syllables that is neither a Korean name nor a body.
bool ForeignGivenNameWord(std::u32string_view w, const AliasIndex& aliases) {
  bool subject;
  return w.size() >= 2 && AllHangulSyllables(w) && !IsCommonWord(w) && !IsTitle(w) && !LooksLikeKoreanName(w) &&
         ((!HasGrammaticalEnding(w) && StripParticle(w, &subject) == w.size()) || ForeignGivenName(w)) &&
         !LooksLikeOrg(w, aliases);
}

// The tagger's span without the words it took in before the name ("따르면
// 박유진", "역임한 유재준", "과 김동성"): the trailing run of plain words.
// With `particle_after`, the text goes on with a particle right after the
// span ("유이|는"): its last syllable is no particle of its own.
std::u32string CleanSpanName(std::u32string_view span, const AliasIndex& aliases, bool particle_after) {
  std::vector<std::u32string_view> parts = SpaceSeparated(span);
  // "로랑 블랑시|에": the tagger stopped inside the family name after a
  // given name of the same span, so the cut word's last syllable (시, a
  // city's) is where the tagger cut, not where the word ends: only the
  // alias file may call it a body, never its suffix.
  const bool cut_after_given = particle_after && parts.size() >= 2 && ForeignGivenNameWord(parts[parts.size() - 2], aliases);
  size_t first = parts.size();
  while (first > 0) {
    std::u32string_view w = parts[first - 1];
    bool subject;
    // "강금실": the tagger's Korean name may end like a body (실, 관) when it
    // is all the span holds; a university ("고려대") is no name however tagged.
    bool korean_name = parts.size() == 1 && w.size() == 3 && AllHangulSyllables(w) &&
                       korean::IsSurnameSyllable(w[0]) && w.back() != U'대';
    bool body = cut_after_given && first == parts.size() ? AliasOrg(w, aliases) : LooksLikeOrg(w, aliases);
    bool plain = w.size() >= 2 && !IsCommonWord(w) && !IsTitle(w) && (korean_name || !body) &&
                 (StripParticle(w, &subject) == w.size() || (w.size() >= 3 && std::u32string_view(U"이가도").find(w.back()) != std::u32string_view::npos) ||
                  (particle_after && first == parts.size())) &&
                 (first == parts.size() || !HasGrammaticalEnding(w) || ForeignGivenName(w));
    // A one-syllable word is a name's end ("황") or a foreign name's start
    // ("폴 피어스", "빌 버튼"), never a conjunction or determiner ("과
    // 김동성", "이 관계자") nor a surname before a title ("정 원내대표").
    bool one_syllable_name = w.size() == 1 && IsHangulSyllable(w[0]) && !IsCommonWord(w) &&
                             !korean::IsSurnameSyllable(w[0]) &&
                             std::u32string_view(U"과와및등또겸즉또는").find(w[0]) == std::u32string_view::npos;
    if (!plain && !(first == parts.size() && w.size() == 1) && !(one_syllable_name && first < parts.size())) break;
    --first;
  }
  std::u32string out;
  for (size_t i = first; i < parts.size(); ++i) {
    if (!out.empty()) out += U' ';
    out += parts[i];
  }
  return out;
}

using Spans = std::vector<std::pair<size_t, size_t>>;

// True when one of `spans` (sorted) holds [start, end).
bool Covered(const Spans& spans, size_t start, size_t end) {
  auto it = std::upper_bound(spans.begin(), spans.end(), std::make_pair(start, static_cast<size_t>(-1)));
  return it != spans.begin() && std::prev(it)->first <= start && std::prev(it)->second >= end;
}

// The tagger's spans are short: one that starts this far before a position
// does not reach it, so a look-up stays local however long the article.
constexpr size_t kLongestSpan = 64;

// The spans of `spans` (sorted) that start in [from - kLongestSpan, to).
std::pair<Spans::const_iterator, Spans::const_iterator> Near(const Spans& spans, size_t from, size_t to) {
  auto first = std::lower_bound(spans.begin(), spans.end(), std::make_pair(from > kLongestSpan ? from - kLongestSpan : 0, size_t{0}));
  auto last = std::lower_bound(first, spans.end(), std::make_pair(to, size_t{0}));
  return {first, last};
}

// True when one of `spans` (sorted) overlaps [from, to).
bool Overlaps(const Spans& spans, size_t from, size_t to) {
  auto [first, last] = Near(spans, from, to);
  return std::any_of(first, last, [&](const auto& sp) { return sp.second > from; });
}

}  // namespace

std::u32string NameKey(std::u32string_view s) {
  std::u32string key;
  key.reserve(s.size());
  for (char32_t c : s) {
    if (c != U' ' && c != U'\t' && c != 0xB7 && c != 0x318D) key.push_back(IsAsciiAlpha(c) ? (c | 0x20) : c);
  }
  return key;
}

SpeakerTable::SpeakerTable(std::u32string_view text, const PeopleFound& people, const std::vector<Entity>& entities,
                           const AliasIndex& aliases, const NerGazetteer* gazetteer,
                           std::vector<std::pair<size_t, size_t>> double_quotes)
    : text_(text), people_(people), aliases_(aliases), double_quotes_(std::move(double_quotes)), gazetteer_(gazetteer) {
  for (const Entity& e : entities) {
    if (e.type == "OG" && e.end > e.start) org_spans_.emplace_back(e.start, e.end);
    if (e.type != "PS" || e.end <= e.start) continue;
    std::u32string span = ToU32(e.text);
    size_t end = e.end;
    if (span.size() == e.end - e.start) end -= DropTitleTail(&span);
    // "유이는", "싸이는": a short name ending like a particle (이, 가), with
    // the particle the tagger left out right after it.
    bool particle_after = false;
    if (end < text.size() && IsHangulSyllable(text[end]) && end > e.start) {
      size_t word_end = end;
      while (word_end < text.size() && IsHangulSyllable(text[word_end])) ++word_end;
      std::u32string_view rest = text.substr(end, word_end - end);
      bool subject;
      particle_after = rest.size() <= 2 && StripParticle(std::u32string(U"가") + std::u32string(rest), &subject) == 1;
    }
    std::u32string name = CleanSpanName(span, aliases, particle_after);
    if (span.size() == end - e.start && OpensNamePhrase(e.start)) AddForeignSpan(span);
    if (name.empty() || span.size() != end - e.start) continue;
    person_spans_.emplace_back(end - name.size(), end);  // the cleaned name ends where the span does
    span_names_.push_back(std::move(name));
  }
  std::sort(person_spans_.begin(), person_spans_.end());
  std::sort(org_spans_.begin(), org_spans_.end());
  for (const auto& n : span_names_) AddSurname(n);
  for (size_t p = 0; p < people.people.size(); ++p) {
    // The name as the article writes it is the speaker; the alias file's
    // canonical name (and its spellings) only finds her.
    const std::u32string& canonical = people.names[p];
    names_.push_back(p < people.written.size() && !people.written[p].empty() ? people.written[p] : canonical);
    if (std::u32string tagged = TaggedKoreanNameAt(people.people[p].start, people.people[p].end, names_[p]); !tagged.empty()) {
      names_[p] = tagged;
    }
    AddNameKeys(canonical, p);
    if (const AliasTable::Group* g = aliases.Find(canonical); g && g->kind == AliasTable::Kind::kPerson) {
      for (const std::string& spelling : g->spellings) AddKey(NameKey(ToU32(spelling)), p);  // "오바마", "Obama"
    }
    if (names_[p] != canonical) AddNameKeys(names_[p], p);
    if (canonical.size() == 3 && AllHangulSyllables(canonical)) AddKey(canonical.substr(1), p);  // "재명" for 이재명
    AddSurname(canonical);
  }
}

std::u32string SpeakerTable::TaggedKoreanNameAt(size_t start, size_t end, std::u32string_view name) const {
  if (name.find(U' ') == std::u32string_view::npos && LooksLikeKoreanName(name)) return {};
  std::u32string found;
  auto [first, last] = Near(person_spans_, start, end + 13);
  for (auto it = first; it != last; ++it) {
    auto [a, b] = *it;
    if (b <= start) continue;
    std::u32string_view span = text_.substr(a, b - a);
    bool korean = span.size() == 3 && AllHangulSyllables(span) && korean::IsSurnameSyllable(span[0]) && !IsCommonWord(span);
    if (!korean || span == name) continue;
    // The name opens the finder's and the rest is an organization to the
    // tagger ("오영호 | 공학한림원"), or the finder's name is no person to
    // the tagger and the name follows in the same phrase ("골프채널 이준실").
    bool affiliation_glued = a == start && b < end && Overlaps(org_spans_, b, end);
    bool after_untagged = a >= end && !Overlaps(person_spans_, start, end) &&
                          text_.substr(end, a - end).find_first_of(U".,\n\"“”'‘’(") == std::u32string_view::npos;
    if (!affiliation_glued && !after_untagged) continue;
    if (!found.empty() && found != span) return {};
    found = span;
  }
  return found;
}

void SpeakerTable::AddNameKeys(std::u32string_view name, size_t p) {
  AddKey(NameKey(name), p);
  std::vector<std::u32string_view> parts = SpaceSeparated(name);
  if (parts.size() >= 2) {  // "구테흐스", "안토니우": either end of a foreign name
    AddKey(NameKey(parts.back()), p);
    if (parts.front().size() >= 2) AddKey(NameKey(parts.front()), p);
  }
}

void SpeakerTable::AddKey(const std::u32string& key, size_t p) {
  if (key.empty()) return;
  auto [it, inserted] = by_key_.emplace(key, static_cast<long>(p));
  if (!inserted && it->second != static_cast<long>(p)) it->second = -2;
}

long SpeakerTable::ByName(std::u32string_view reference) const {
  auto it = by_key_.find(NameKey(reference));
  return it == by_key_.end() || it->second < 0 ? -1 : it->second;
}

bool SpeakerTable::WrittenOutsideQuotes(std::u32string_view name) const {
  // double_quotes_: the double pairs the quote finder reads (“…” and "…"
  // alike, one left open at a line break, one closing a quote opened before
  // the text).
  size_t looked = 0;  // bounded, so a huge article stays linear
  for (size_t at = text_.find(name); at != std::u32string_view::npos && looked < 20; at = text_.find(name, at + 1), ++looked) {
    if (!InDoubleQuotes(at)) return true;
  }
  return looked == 0;  // a name the tagger normalised is not found as written: no evidence
}

void SpeakerTable::AddSurname(const std::u32string& name) {
  if (!AllHangulSyllables(name) || name.size() < 3 || name.size() > 4 || !LooksLikeKoreanName(name)) return;
  if (!WrittenOutsideQuotes(name)) return;
  auto [it, inserted] = by_surname_.emplace(SurnameOf(name), name);
  if (!inserted && it->second != name) it->second.clear();
}

std::u32string SpeakerTable::BySurname(std::u32string_view surname) const {
  auto it = by_surname_.find(std::u32string(surname));
  return it == by_surname_.end() ? std::u32string() : it->second;
}

std::u32string SpeakerTable::NameBeforeTitle(std::u32string_view surname, std::u32string_view title) const {
  if (surname.size() != 1 || title.empty()) return {};
  std::u32string found;
  size_t looked = 0;
  for (size_t at = text_.find(title); at != std::u32string_view::npos && looked < 50; at = text_.find(title, at + 1), ++looked) {
    size_t word_start = at;
    while (word_start > 0 && IsHangulSyllable(text_[word_start - 1])) --word_start;
    if (word_start < 2 || text_[word_start - 1] != U' ') continue;
    size_t name_end = word_start - 1, name_start = name_end;
    while (name_start > 0 && IsHangulSyllable(text_[name_start - 1])) --name_start;
    std::u32string_view name = text_.substr(name_start, name_end - name_start);
    if (name.size() != 3 || name[0] != surname[0] || !LooksLikeKoreanName(name)) continue;
    if (!found.empty() && found != name) return {};  // two people: no guess
    found = name;
  }
  return found;
}

long SpeakerTable::ByRole(std::u32string_view role, std::u32string_view org) const {
  if (role.empty()) return -1;
  long found = -1;
  for (size_t p = 0; p < people_.people.size(); ++p) {
    std::u32string held = ToU32(people_.people[p].role);
    bool holds = held.size() >= role.size() && held.compare(held.size() - role.size(), role.size(), role) == 0;
    if (!holds) continue;
    std::u32string their_org = ToU32(people_.people[p].org);
    if (!org.empty() && !their_org.empty() && their_org.find(org) == std::u32string::npos &&
        org.find(their_org) == std::u32string_view::npos) {
      continue;
    }
    if (found >= 0) return -1;  // two people hold it: no guess
    found = static_cast<long>(p);
  }
  return found;
}

bool SpeakerTable::ListedPerson(std::u32string_view name) const {
  return gazetteer_ != nullptr && gazetteer_->TypeOf(name) == kNerPerson;
}

bool SpeakerTable::ListedPersonWord(std::u32string_view word) const {
  return word.size() >= 2 && AllHangulSyllables(word) && !IsCommonWord(word) && ListedPerson(word);
}

bool SpeakerTable::ListedOrganization(std::u32string_view name) const {
  return gazetteer_ != nullptr && gazetteer_->TypeOf(name) == kNerOrganization;
}

std::u32string SpeakerTable::LongerName(std::u32string_view part) const {
  std::u32string best;
  auto consider = [&](const std::u32string& name) {
    std::vector<std::u32string_view> parts = SpaceSeparated(name);
    if (parts.size() < 2 || parts.size() > 4 || name.size() <= best.size()) return;
    // A Korean-looking part only opens a name ("이방카 트럼프"): words before
    // one ("민변 이종훈") are an affiliation, not more of the name.
    if ((parts.back() == part && !LooksLikeKoreanName(part)) || parts.front() == part) best = name;
  };
  for (const auto& n : span_names_) consider(n);
  for (const auto& n : names_) consider(n);
  if (best.empty()) best = ForeignFullName(part);
  // Korean names are one word: "용산구 박희영" is a place and a name.
  if (!best.empty() || part.size() < 2 || LooksLikeKoreanName(part)) return best;
  // The words written before the part where the article gives more of the name.
  size_t looked = 0;
  for (size_t at = text_.find(part); at != std::u32string_view::npos && looked < 30; at = text_.find(part, at + 1), ++looked) {
    std::u32string before = NameBefore(at);
    // "래퍼 한별": a two-syllable name the tagger sees begin at the part is a
    // stage or given name; the words before say what she is. (A longer
    // foreign family name, "자비어 | 사라스", the tagger often splits.)
    bool starts_here = part.size() <= 2 && TaggedPerson(at, at + part.size()) &&
                       !TaggedPerson(at - before.size() - 1, at + part.size());
    if (before.empty() || starts_here) {
      continue;
    }
    consider(before + U" " + std::u32string(part));
  }
  return best;
}

std::u32string SpeakerTable::NameBeforeAffiliation(std::u32string_view name, std::u32string_view title) const {
  size_t space = name.find(U' ');
  if (space == std::u32string_view::npos || name.find(U' ', space + 1) != std::u32string_view::npos || title.empty()) {
    return {};
  }
  std::u32string_view first = name.substr(0, space);
  // A club or company the name list knows ("리버풀", "첼시"), never a person:
  // the tagger's one person span over both words took the body in.
  bool listed_body = gazetteer_ != nullptr && gazetteer_->TypeOf(name.substr(space + 1)) == kNerOrganization &&
                     gazetteer_->TypeOf(first) != kNerOrganization;
  // "정민아 | 한빛마트 과장": a word ending in an organization's head is her body,
  // wherever the tagger's person runs or starts again over it.
  listed_body = listed_body || korean::EndsInOrganizationHead(name.substr(space + 1));
  std::u32string written = std::u32string(name) + U" " + std::u32string(title);
  bool split = false;
  size_t looked = 0;
  for (size_t at = text_.find(name); at != std::u32string_view::npos && looked < 30; at = text_.find(name, at + 1), ++looked) {
    size_t second = at + space + 1;
    // Anywhere the tagger takes the second word into a person, it is a name's part.
    if (!listed_body && Overlaps(person_spans_, second, at + name.size())) return {};
    // A Korean name is one word ("정희원 신세계 과장"); a foreign one ends where the tagger ends it.
    bool name_ends = LooksLikeKoreanName(first) || TaggedPerson(at, at + first.size());
    if (text_.substr(at, written.size()) == written && name_ends) split = true;
  }
  return split ? std::u32string(first) : std::u32string();
}

std::u32string SpeakerTable::PersonBeforeAffiliation(std::u32string_view word, std::u32string_view title) const {
  if (word.empty() || word.find(U' ') != std::u32string_view::npos || title.empty()) return {};
  std::u32string written = std::u32string(word) + U" " + std::u32string(title);
  std::u32string found;
  size_t looked = 0;
  for (size_t at = text_.find(written); at != std::u32string_view::npos && looked < 30; at = text_.find(written, at + 1), ++looked) {
    // The tagger sees a person in it, unless it ends in an organization's head ("한빛교").
    if (Overlaps(person_spans_, at, at + word.size()) && !korean::EndsInOrganizationHead(word)) return {};
    std::u32string name = PersonSpanBefore(at, 1);
    // A word of a Korean name's shape the tagger left out opens the phrase as well.
    size_t ws = at >= 4 && text_[at - 1] == U' ' ? text_.find_last_of(U" \n", at - 2) + 1 : at;  // npos + 1 == 0
    if (name.empty() && ws < at && LooksLikeKoreanName(text_.substr(ws, at - 1 - ws)) && OpensNamePhrase(ws)) name = text_.substr(ws, at - 1 - ws);
    if (name.empty() || (!found.empty() && found != name)) return {};
    found = name;
  }
  return found;
}

std::u32string SpeakerTable::NameAfterAffiliation(std::u32string_view name, std::u32string_view title) const {
  size_t space = name.find(U' ');
  if (gazetteer_ == nullptr || space == std::u32string_view::npos ||
      name.find(U' ', space + 1) != std::u32string_view::npos || title.empty()) {
    return {};
  }
  std::u32string_view first = name.substr(0, space), second = name.substr(space + 1);
  if (gazetteer_->TypeOf(first) != kNerOrganization || gazetteer_->TypeOf(second) == kNerOrganization) return {};
  // "도널드 트럼프 대통령": a person's whole name in the alias file is no
  // club and a name, whatever the mined name list says of its first word.
  if (const AliasTable::Group* g = aliases_.Find(name); g && g->kind == AliasTable::Kind::kPerson) return {};
  std::u32string written = std::u32string(name) + U" " + std::u32string(title);
  size_t looked = 0;
  for (size_t at = text_.find(written); at != std::u32string_view::npos && looked < 30;
       at = text_.find(written, at + 1), ++looked) {
    if (TaggedPerson(at + space + 1, at + name.size()) || gazetteer_->TypeOf(second) == kNerPerson) return std::u32string(second);
  }
  return {};
}

std::u32string SpeakerTable::PersonSpanBefore(size_t pos, size_t max_gap) const {
  auto it = std::lower_bound(person_spans_.begin(), person_spans_.end(), std::make_pair(pos, size_t{0}));
  while (it != person_spans_.begin()) {
    --it;
    if (it->second > pos) continue;
    if (pos - it->second > max_gap) return {};
    if (IndefiniteHan(it->first, it->second)) return {};
    std::u32string_view between = text_.substr(it->second, pos - it->second);
    if (between.find_first_of(U".,\n\"“”'‘’") != std::u32string_view::npos) return {};
    // "노무현 정부 초대 법무부 장관이었던 강금실 전 장관": a verb between ends
    // that person's clause.
    if (between.find_first_of(U"었았였했됐겠던") != std::u32string_view::npos) return {};
    // "아맨드 쿠치니엘|로 이라크 … 대변인": the tagger took the name's last
    // syllable for a particle, but an affiliation and a title follow the
    // name, not a particle's verb: the name runs to its word's end.
    size_t end = it->second;
    while (end < pos && IsHangulSyllable(text_[end])) ++end;
    // "김영수 한빛병원 정형외과 교수": a Korean name is one 3-syllable word; a
    // Korean-shaped span inside a longer word (정형외|과) is a department or
    // a body, and the person is written before it.
    std::u32string_view span = text_.substr(it->first, it->second - it->first);
    if (end > it->second && LooksLikeKoreanName(span)) continue;
    return std::u32string(text_.substr(it->first, end - it->first));
  }
  return {};
}

std::u32string SpeakerTable::NameBefore(size_t pos) const {
  auto name_like = [&](std::u32string_view w) {
    bool subject;
    return AllHangulSyllables(w) && w.size() >= 2 && w.size() <= 5 && !IsCommonWord(w) && !IsTitle(w) &&
           !LooksLikeOrg(w, aliases_) && StripParticle(w, &subject) == w.size() &&
           std::u32string_view(U"다고며면서여한된던할될국구시회히해록듯").find(w.back()) == std::u32string_view::npos &&
           !Adverbial(w);
  };
  size_t start = pos;
  int taken = 0;
  while (taken < 3 && start >= 2 && text_[start - 1] == U' ' && IsHangulSyllable(text_[start - 2])) {
    size_t b = start - 1;
    while (b > 0 && IsHangulSyllable(text_[b - 1])) --b;
    std::u32string_view w = text_.substr(b, start - 1 - b);
    if (!name_like(w)) break;
    start = b, ++taken;
  }
  // "빌 버튼": a one-syllable word opens a foreign name.
  if (taken > 0 && taken < 3 && start >= 2 && text_[start - 1] == U' ' && IsHangulSyllable(text_[start - 2]) &&
      (start == 2 || !IsHangulSyllable(text_[start - 3])) && OpensClause(start - 2) &&
      !IsCommonWord(text_.substr(start - 2, 1))) {
    start -= 2;
  }
  if (taken == 0 || !OpensClause(start)) return {};
  std::u32string_view run = text_.substr(start, pos - start);
  while (!run.empty() && run.back() == U' ') run.remove_suffix(1);
  return std::u32string(run);
}

bool SpeakerTable::IndefiniteHan(size_t start, size_t end) const {
  if (end != start + 1 || text_[start] != U'한') return false;
  return AfterModifier(start);
}

bool SpeakerTable::SurnameDeterminerOpens(size_t start) const {
  if (start >= text_.size() || (start + 1 < text_.size() && text_[start + 1] != U' ')) return false;
  korean::SurnameDeterminer reading = korean::SurnameDeterminerReading(text_.substr(start, 1));
  if (reading != korean::SurnameDeterminer::kCertain && reading != korean::SurnameDeterminer::kThis) return false;
  bool after_comma = start >= 2 && text_[start - 1] == U' ' && (text_[start - 2] == U',' || text_[start - 2] == U'.');  // "관련, 이 원장은"
  return after_comma || (OpensClause(start, /*after_adverb=*/true) && !AfterModifier(start));
}

bool SpeakerTable::AfterModifier(size_t start) const {
  if (start < 2 || text_[start - 1] != U' ') return false;
  // The word before: a verb's modifying form (참여한, 간부였던, 할) or a
  // genitive (중국의) makes 한 "a certain"; a surname opens its clause.
  char32_t before = text_[start - 2];
  if (before == U'의') return true;
  return EndsInNieun(before) || EndsInRieul(before);
}

bool SpeakerTable::OpensClause(size_t pos, bool after_adverb) const {
  if (pos == 0 || std::u32string_view(U"\n.,\"“”'‘’(").find(text_[pos - 1]) != std::u32string_view::npos) return true;
  if (text_[pos - 1] != U' ' || pos < 2) return false;
  size_t b = pos - 1;
  while (b > 0 && IsHangulSyllable(text_[b - 1])) --b;
  std::u32string_view w = text_.substr(b, pos - 1 - b);
  bool subject;
  // "한편 무아메르 굴러 … 주지사": with `after_adverb`, a sentence adverb
  // (한편, 또한, 이날) opens it too.
  return !w.empty() && (StripParticle(w, &subject) < w.size() || HasGrammaticalEnding(w) || (after_adverb && IsCommonWord(w)));
}

bool SpeakerTable::TaggedPerson(size_t start, size_t end) const { return Covered(person_spans_, start, end); }

bool SpeakerTable::TaggedPersonButLast(size_t start, size_t end) const {
  return end >= start + 4 && (Covered(person_spans_, start, end - 1) || Covered(person_spans_, start, end));
}

bool SpeakerTable::TaggedPersonAtStartOf(size_t start, size_t end) const {
  if (TaggedPerson(start, end)) return true;
  auto it = std::lower_bound(person_spans_.begin(), person_spans_.end(), std::make_pair(start, size_t{0}));
  return it != person_spans_.end() && it->first == start && it->second > start && it->second < end;
}

bool SpeakerTable::TaggedOrganization(size_t start, size_t end) const { return Covered(org_spans_, start, end); }

}  // namespace kosearch
