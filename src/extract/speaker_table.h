// The people of one article and every way the article refers to them (issue
// 13): a full name ("캐럴라인 레빗"), the last or first part of a foreign name
// ("레빗"), a Korean given name, a role that one named person holds ("교수",
// "대변인"). Built once per article from the people finder's result and the
// entity tagger's person spans; quotes are resolved against it
// (attribution.h). Internal header; offsets are code points into the body.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/ner_model.h"
#include "extract/people.h"
#include "extract/subject_phrase.h"
#include "kosearch/extract.h"

namespace kosearch {

class SpeakerTable {
 public:
  // `entities` are the tagger's spans over the same text (only PS is used);
  // `gazetteer` is the tagger's name list (may be null). `double_quotes` are
  // the [open, close) of the double-mark quotes over the whole text
  // (DoubleQuoteSpans, quote_marks.h), which the caller finds once per
  // article for the quote finder too.
  SpeakerTable(std::u32string_view text, const PeopleFound& people, const std::vector<Entity>& entities,
               const AliasIndex& aliases, const NerGazetteer* gazetteer,
               std::vector<std::pair<size_t, size_t>> double_quotes);

  // The article's text the table was built over.
  std::u32string_view text() const { return text_; }
  size_t size() const { return names_.size(); }
  // Person p's full name as the article writes it: its fullest form
  // ("버락 오바마" where it also writes "오바마"; "오바마" where it writes
  // only that, though the alias file knows more). The alias file's spellings
  // find her (ByName) but never rewrite what the article says.
  const std::u32string& FullName(size_t p) const { return names_[p]; }
  const Person& person(size_t p) const { return people_.people[p]; }

  // The one person a bare reference names: her full name, the last or the
  // first part of a foreign name, a Korean given name without the surname.
  // -1 when no one or more than one person fits.
  long ByName(std::u32string_view reference) const;

  // The full name of the one Korean-named person of the article (the table's
  // or the tagger's) with this surname ("김성근" for "김 학장은"); empty when
  // none or several.
  std::u32string BySurname(std::u32string_view surname) const;

  // The one Korean name the article writes right before a word ending in
  // `title` with this surname ("남경필" for "남 지사" where the article has
  // "남경필 경기도지사"), for a name the people finder missed. Empty when
  // none or several.
  std::u32string NameBeforeTitle(std::u32string_view surname, std::u32string_view title) const;

  // The one person of the article holding the title `role` ("교수",
  // "대변인"); when `org` is not empty, only people of that organization (or
  // of none) count. -1 when no one or several fit.
  long ByRole(std::u32string_view role, std::u32string_view org) const;

  // A full name the article writes somewhere for a name it refers to by one
  // part here ("세르게 브라메르츠" for "브라메르츠"): the longest person span of
  // the tagger, or person of the table, whose first or last word is `part`.
  // Empty when there is none.
  std::u32string LongerName(std::u32string_view part) const;

  // The one word of the article that ends in `suffix` and is longer than it
  // ("서울중앙지방법원" for "법원"), without its particle; empty when none or
  // several differ. Only words that end at `suffix` (a particle or a mark
  // after it: not "서울대학교" for "대학") written outside double quotes
  // count; with `named_body`, only those the alias file, the tagger or its
  // name list know as an organization ("걸그룹" names no body).
  std::u32string OnlyWordEndingIn(std::u32string_view suffix, bool named_body = false) const;

  // True when text[pos] starts a clause: the text's start, punctuation, or
  // after a word with a particle or a verb ending; with `after_adverb`, also
  // after a sentence adverb ("한편 무아메르 굴러 …").
  bool OpensClause(size_t pos, bool after_adverb = false) const;

  // The first word of an organization's name `words[first..]`: one word
  // earlier when it is the country of a body named by a common noun
  // ("아이티 시민보호청", not "미국 워싱턴포스트"). In foreign_names.cc.
  size_t WithCountry(const std::vector<PhraseWord>& words, size_t first) const;

  // True when a name may start at `pos`: the text's start, punctuation, a
  // sentence adverb or a title before it ("IAEA 사무총장 아마노 유키오"), or,
  // with `after_particle`, a word with a particle or verb ending; not a body
  // ("법률사무소 로베리 김동훈": 로베리 is the firm, not a given name).
  bool OpensNamePhrase(size_t pos, bool after_particle = true) const;
  // True when the tagger marked [start, end) (or a span around it) a person.
  bool TaggedPerson(size_t start, size_t end) const;
  // "아드리아|누도": the tagger's person covers a word of 4+ syllables
  // [start, end) but for its last syllable (a foreign name's end read as a
  // particle).
  bool TaggedPersonButLast(size_t start, size_t end) const;
  // TaggedPerson (a span covering the word [start, end)), or "로|랑": the
  // tagger's person starts at `start` and stops inside the word, a name the
  // model cut short (one syllable is what the model cuts most: a span of two
  // or more would lose "로랑 블랑시에").
  bool TaggedPersonAtStartOf(size_t start, size_t end) const;
  // True when the tagger marked [start, end) (or a span around it) an organization.
  bool TaggedOrganization(size_t start, size_t end) const;
  // True when the tagger's name list holds `name` as a person ("호날두"):
  // evidence that holds when the model itself missed the span.
  bool ListedPerson(std::u32string_view name) const;
  // A word of two syllables or more, all syllables and no common word, that
  // the name list holds as a person ("호날두", "유이"): a name alone, which
  // vouches for a subject and resolves a lone-word speaker.
  bool ListedPersonWord(std::u32string_view word) const;
  // The same for an organization ("첼시", "야쿠르트"): a club or a company
  // the tagger may span into a person's name before it.
  bool ListedOrganization(std::u32string_view name) const;

  // The tagger's person span ending at most `max_gap` code points before
  // `pos` in the same clause ("조성배 연세대 컴퓨터과학과 교수는": 조성배 for
  // the title at 교수), to the end of its last word. Empty when there is none.
  std::u32string PersonSpanBefore(size_t pos, size_t max_gap) const;

  // True when the tagger's person span [start, end) is the determiner 한 ("a
  // certain") after a modifying clause ("평가에 참여한 한 교수는"), not the
  // surname 한 ("한 이사장은" opening its sentence).
  bool IndefiniteHan(size_t start, size_t end) const;
  // True when the one-syllable word at `start` is 이 or 한 (a reading
  // kThis or kCertain of korean::SurnameDeterminerReading) standing for a
  // surname before a title ("이 원장은", "한 이사장은" opening a clause),
  // not the determiner ("this", "a certain") that follows a modifying clause
  // or a genitive ("평가에 참여한 한 교수는", "중국의 한 관리").
  bool SurnameDeterminerOpens(size_t start) const;
  // True when the word before `pos` ends in the genitive 의 ("비마이앱의 |").
  bool AfterGenitive(size_t pos) const { return pos >= 2 && text_[pos - 1] == U' ' && text_[pos - 2] == U'의'; }

  // The one to three name-like words written right before `pos` ("빌 버튼"
  // in "빌 버튼 오바마 측 대변인"), starting after a clause boundary. Empty
  // when the words before are not a name.
  std::u32string NameBefore(size_t pos) const;

  // "정희원 신세계 과장", "무리뉴 첼시 감독": for a two-word `name` the text
  // writes before `title`, its first word where the tagger sees a person end
  // there and none in the second word (the second is then her affiliation);
  // empty otherwise, and where the text writes the two words as one name.
  // A second word the tagger's name list holds as an organization
  // ("베니테스 리버풀 감독": 리버풀) is her affiliation even where the tagger
  // spans both words as one person.
  std::u32string NameBeforeAffiliation(std::u32string_view name, std::u32string_view title) const;

  // "김태현 금융위 국장", "남궁성 원불교 교정원장": for a one-word `word` taken
  // as a name before `title`, the person the tagger ends right before it where
  // the tagger sees no person in the word itself (the word is then her
  // body); empty otherwise.
  std::u32string PersonBeforeAffiliation(std::u32string_view word, std::u32string_view title) const;

  // "첼시 무리뉴 감독", "야쿠르트 아라키 투수코치": for a two-word `name`
  // the text writes before `title`, its second word where the first is a
  // club or company the tagger's name list holds (as no person) and the
  // tagger sees a person in the second (or the list holds it as a person);
  // empty otherwise. The first word is then her affiliation.
  std::u32string NameAfterAffiliation(std::u32string_view name, std::u32string_view title) const;

 private:
  // The one Korean name (3 syllables from a surname) the tagger marks where
  // the people finder's `name` at [start, end) is no Korean name itself: at
  // its start when the rest is an organization to the tagger ("오영호" for
  // "오영호 공학한림원": the finder took the affiliation in), or right after a
  // name the tagger sees no person in ("이준실" for "골프채널": the finder took
  // 실 for a body's suffix). Empty when none or several.
  std::u32string TaggedKoreanNameAt(size_t start, size_t end, std::u32string_view name) const;
  void AddKey(const std::u32string& key, size_t p);
  // The whole name and, for a name written with spaces, either end of it.
  void AddNameKeys(std::u32string_view name, size_t p);

  std::u32string_view text_;
  const PeopleFound& people_;
  const AliasIndex& aliases_;
  std::vector<std::u32string> names_;
  std::unordered_map<std::u32string, long> by_key_;  // reference -> person, -2 when ambiguous
  std::unordered_map<std::u32string, std::u32string> by_surname_;  // Korean surname -> full name, empty when ambiguous
  void AddSurname(const std::u32string& name);
  // A tagger person span that is a foreign name whose last word may look
  // Korean ("에마뉘엘 마크롱", "기시다 후미오"), or a hyphenated one ("장-피에르").
  void AddForeignSpan(std::u32string_view span);
  // The one foreign full name the article writes for `part`, its family
  // name: from those spans, or the text around "-part" ("카린 장-피에르").
  // Empty when none, or when two different names end in it.
  std::u32string ForeignFullName(std::u32string_view part) const;
  std::vector<std::u32string> foreign_names_;
  // "카린" at `pos` before "장-피에르": a two-syllable plain word that opens
  // the text, follows punctuation, a sentence adverb ("한편"), a title or a
  // body ("백악관 대변인 카린 …"); not a verb's modifier after its object.
  bool GivenNameOpensPhrase(std::u32string_view w, size_t pos) const;
  // True when the word before `start` is a verb's modifying form (참여한,
  // 할) or a genitive (중국의): a 한 or 이 at `start` is then a determiner.
  bool AfterModifier(size_t start) const;
  // True when `name` is written somewhere outside double quotes: a name
  // only a quote holds ("김 감독은 "김도율이 …"") is who is spoken of, never
  // the one a surname and title refer to.
  bool WrittenOutsideQuotes(std::u32string_view name) const;
  // True when `at` lies inside one of double_quotes_.
  bool InDoubleQuotes(size_t at) const;
  std::vector<std::pair<size_t, size_t>> double_quotes_;  // [open, close) of each double pair, whole text
  std::vector<std::pair<size_t, size_t>> person_spans_;  // tagger's PS spans, in text order
  std::vector<std::u32string> span_names_;               // their text (any order)
  std::vector<std::pair<size_t, size_t>> org_spans_;     // tagger's OG spans
  const NerGazetteer* gazetteer_;                        // may be null
};

// The key names and references are compared by: spaces removed, ASCII lowercased.
std::u32string NameKey(std::u32string_view s);

}  // namespace kosearch
