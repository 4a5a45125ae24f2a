// The pieces attribution.cc reads a quote's subject phrase with: the phrase's
// words with their offsets, the record of who the phrase resolves to, and the
// forms of a name that hides its given name ("김 모씨", "승무원 이모 씨").
// Internal header.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/people.h"

namespace kosearch {

class SpeakerTable;

// One word of a subject phrase, at its offset in the article text.
struct PhraseWord {
  std::u32string_view text;
  size_t start = 0;
};

// The words of `phrase` (split at spaces), which starts at `phrase_start`;
// only those after its last ellipsis ("연재...한도윤": 한도윤).
std::vector<PhraseWord> SplitPhrase(std::u32string_view phrase, size_t phrase_start);

// words[from, to) joined by single spaces.
std::u32string Join(const std::vector<PhraseWord>& words, size_t from, size_t to);

// True for a word that names an organization: what LooksLikeOrg says, a
// three-syllable 위 abbreviation (인수위, 공정위), an organization of the alias
// file, or a short run of capitals and digits (KBS, G20).
bool OrgLike(std::u32string_view w, const AliasIndex& aliases);

// What a resolved speaker is; kNone for nobody.
enum class SpeakerKind : uint8_t { kNone, kPerson, kOrganization, kRole };
// The kind as Quote::speaker_type writes it: "person", "organization",
// "role", or "" for none.
std::string SpeakerKindName(SpeakerKind kind);

// Who a subject phrase is: a person, an organization or a role, or kNone for nobody.
struct Resolution {
  SpeakerKind type = SpeakerKind::kNone;
  std::u32string speaker, role, org;
  double confidence = 0;
};

// "지방 국립대 A 교수", "B씨": a single Latin capital stands for a name the
// article hides: an unnamed role, never a person called A. Empty when the
// phrase has no such word.
Resolution HiddenName(const std::vector<PhraseWord>& words);

// "신문은", "감사원은": a body's head noun alone (korean::IsOrganizationHead)
// is the one body of the article named with it ("○○신문"); else the body
// itself where it is a subject opening its clause. Never a person. No value
// when the phrase is no such head, or when it is neither a named body nor a
// subject (after a determiner, korean::IsDeterminer: "그 재단은"; a
// headline's bare word "법원, …"): the later rules decide.
std::optional<Resolution> BareBodyHead(const std::vector<PhraseWord>& words, const SpeakerTable& table);

// "베리굿컨설팅 현정미 매니저", "비마이앱의 함수원 매니저": a Korean name
// (words[i]) after the company she works for holds the job that follows it;
// bare ("김민지 매니저") or after what she is ("가수 김민지 매니저") the name
// is whose manager speaks.
bool HoldsJob(const std::vector<PhraseWord>& words, size_t i, const SpeakerTable& table);

// "산림보호연대 한만형 활동가", "허억 한빛대 교수": a name by the
// lexicon's tables (LooksLikeKoreanName; or a surname and one syllable
// opening a phrase of three words or more, where no common word, qualifier,
// determiner, side (남측) or word of grammar is it and the article's people,
// the name list, the alias file or a tagged span elsewhere vouch for it as
// a person: "유명", "강경" begin with a surname too) heading a phrase that
// ends in a title or a noun naming what a person is (활동가, 변호사; no role
// noun: 측, 주인) is who speaks, though the tagger marks no person there.
// The phrase opens its clause with the name or with one body's name before
// it; the words between the name and the title name bodies or places and
// nobody else ("제라르 울리에 올림피크 리옹 감독" is one foreign name).
// The index of the name in `words`, or words.size() when the phrase has no
// such name, or the tagger marks the name a person (other rules read it).
size_t UntaggedNameBeforeTitle(const std::vector<PhraseWord>& words, const SpeakerTable& table,
                               const AliasIndex& aliases);

// A word that may be a part of an organization's name before its head
// noun: no place, title, role, qualifier or verb form.
bool IsNameOfBody(std::u32string_view w);

// "이 원장은", "한 이사장은": 이 or 한 opening the clause before a title
// (SpeakerTable::SurnameDeterminerOpens) is a surname: `full` is the
// article's one person with it; else, for 이 (which may be "this"),
// `holder` is the one person who holds the title; else for 이 the surname
// is all the article gives. A 한 no person bears is "a certain" ("한 코치는
// opening a sentence): `surname` stays empty, as for any other phrase.
struct SurnameTitle {
  std::u32string surname, full;
  long holder = -1;
};
SurnameTitle SurnameBeforeTitle(const std::vector<PhraseWord>& words, const SpeakerTable& table);

// "중국의 한 연예매체는", "지켜본 한 야구인은": a determiner of the reading
// "a certain" (korean::SurnameDeterminer::kCertain: 한, 모) written right
// before the phrase `words` (starting at `phrase_start`), which the subject
// finder left out of it (no surname there), makes the phrase's noun
// indefinite: an unnamed role of that kind, never a body or a person by
// that word, unless a word of the phrase names a person. kNone otherwise.
Resolution IndefiniteNoun(const std::vector<PhraseWord>& words, size_t phrase_start, const SpeakerTable& table);

// "에릭 트럼프", "자비어 사라스": two or three plain words the tagger takes
// as one person's name are that name, whatever one part of it names alone.
bool TaggedForeignName(const std::vector<PhraseWord>& words, const SpeakerTable& table, const AliasIndex& aliases);

// "김 모씨", "김 모 교수" resolved to the person 모: the surname written right
// before 모 is all the article gives, so the speaker becomes that surname; with
// no surname written ("모씨는"), nobody (an empty resolution).
Resolution SurnameBeforeMo(std::u32string_view as_written, Resolution r);

// "승무원 이모 씨", "김 모": a speaker whose last word is a surname + 모 (the
// given name hidden) becomes the surname, and the words before it its role.
void HiddenGivenName(Resolution* r);

// "김군은", "이군은": a boy named by his surname and 군 (his given name
// withheld) becomes that surname, as all the article gives; the forces
// (공군, 육군) are common words, no one's surname.
void SurnameOfMinor(Resolution* r);

// A person or organization speaker whose last word is a plural noun
// ("어르신들", "음반제작사들") becomes an unnamed role of that group.
void PluralIsGroup(Resolution* r);

// A person speaker with her affiliation taken into the name ("정희원 신세계",
// SpeakerTable::NameBeforeAffiliation) or taken for the name ("금융위" after
// 김태현, SpeakerTable::PersonBeforeAffiliation): the name, the body her org.
void AffiliationOutOfName(const SpeakerTable& table, Resolution* r);

// "문 후보 측은", "손수현 측": a person's side speaks, not the person; a
// person speaker whose subject as written ends in 측 becomes an unnamed role
// (측) of her camp, whatever path named her.
void CampIsRole(std::u32string_view as_written, Resolution* r);

// "사무총장 아마노 유키오", "대변인 마르코스": a title (no role noun) then
// one or two plain words, each all syllables, two or more, no common word,
// grammatical ending, place, title or body's name, are the title holder's
// name (a foreign name, which the tagger may or may not mark; the first of
// two of Korean shape is no given name). The one rule of the subject
// finder's TitleBefore and of NameAfterTitle.
bool NameFollowsTitle(std::u32string_view title, const std::vector<std::u32string_view>& parts,
                      const AliasIndex& aliases);

// "IAEA 사무총장 아마노 유키오": a name after a title (NameFollowsTitle),
// ending the phrase, is the title holder's, the title her role, the words
// before it her organization; not one word after a Korean name and her
// title ("○○○ 징계위원장 직무대리": her post).
Resolution NameAfterTitle(const std::vector<PhraseWord>& words, const AliasIndex& aliases);

// "호날두는", "유이는": a lone word the tagger's name list holds as a
// person (not the model's guess: the list stays when the model is
// retrained) is that person, a short one too where no common word is it.
bool ListedAlone(const std::vector<PhraseWord>& words, const SpeakerTable& table);

// The end of resolving a phrase no rule named: "케빈 투마지언", two or three
// plain foreign words, is a person where the tagger vouches for one of them
// (else nobody); "정당이", one plain word of two syllables nothing vouches
// for, is a common noun far more often than a name: nobody, unless it opens
// the sentence as its topic. Returns false (r untouched) for other phrases.
bool PlainWordsSpeaker(const std::vector<PhraseWord>& words, const SpeakerTable& table, const AliasIndex& aliases,
                       bool opening_topic, Resolution* r);

// True when the tagger marks a person or an organization over one of the
// words: the second piece of evidence a guessed name of plain words needs
// (alone such a guess is wrong as often as right: a modifier and a name
// "…을 맛본 토마세크", a group "개혁 진영", a brand and its product).
bool TaggerVouches(const std::vector<PhraseWord>& words, const SpeakerTable& table);

}  // namespace kosearch
