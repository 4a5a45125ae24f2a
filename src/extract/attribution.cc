// Who a quote's subject is (see attribution.h). A subject phrase is read from
// its last word back: a role noun or title there makes it a role (or the named
// person before it, or the one person of the article with that title); an
// organization suffix an organization; a name the table knows a person.
// Anything that cannot speak is nobody: an empty speaker beats a guess.
#include "extract/attribution.h"

#include <algorithm>
#include <cmath>

#include "extract/name_runs.h"
#include "extract/speaker_evidence.h"
#include "extract/speaker_extent.h"
#include "extract/speaker_words.h"
#include "extract/subject_phrase.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {
namespace {

class PhraseResolver {
 public:
  PhraseResolver(const SpeakerTable& table, const AliasIndex& aliases) : table_(table), aliases_(aliases) {}

  Resolution OfPerson(size_t p, double confidence) const {
    const kosearch::Person& who = table_.person(p);
    std::u32string name = table_.FullName(p);
    // "브라메르츠" → "세르게 브라메르츠" written elsewhere; a name the alias file
    // knows needs no help (and the tagger's "빌 버튼 오바마" would hurt it).
    if (!aliases_.Find(name)) {
      size_t space = name.rfind(U' ');
      std::u32string longer = table_.LongerName(space == std::u32string::npos ? name : name.substr(space + 1));
      if (longer.size() > name.size() && longer.ends_with(name)) name = longer;
    }
    return {SpeakerKind::kPerson, name, ToU32(who.role), ToU32(who.org), confidence};
  }

  // A name the people finder did not know: the table's, or the longer form
  // the article writes elsewhere, or the word itself.
  Resolution NamedWord(std::u32string word, std::u32string role, std::u32string org, double confidence) const {
    std::u32string full = word.size() == 1 ? table_.BySurname(word) : std::u32string();  // "김 학장": 김성근
    if (full.empty() && word.size() == 1) full = table_.NameBeforeTitle(word, role);     // "남경필 경기도지사"
    if (!full.empty()) word = full;
    long p = table_.ByName(word);
    if (p >= 0) {
      Resolution r = OfPerson(static_cast<size_t>(p), confidence);
      if (r.role.empty()) r.role = std::move(role);
      if (r.org.empty()) r.org = std::move(org);
      return r;
    }
    std::u32string name = aliases_.Find(word) ? std::u32string() : table_.LongerName(word);
    if (name.empty()) name = word;
    return {SpeakerKind::kPerson, name, std::move(role), std::move(org), confidence};
  }

  Resolution Resolve(std::u32string_view phrase, size_t phrase_start, bool opening_topic = false) const {
    std::vector<PhraseWord> words = SplitPhrase(phrase, phrase_start);
    // "한국 음식을 맛본 다코스타": a verb governing the word before it opens
    // a clause that modifies the speaker, no part of her; the words after it
    // resolve alone where they tell who speaks.
    size_t verbs = 0;
    while (verbs + 1 < words.size() && VerbAfterArgument(table_.text(), words[verbs].start)) ++verbs;
    if (verbs > 0) {
      size_t cut = words[verbs].start - phrase_start;
      if (Resolution r = Resolve(phrase.substr(cut), phrase_start + cut, opening_topic); r.type != SpeakerKind::kNone) {
        return r;
      }
    }
    // "이 원장은": the person the surname (or, for 이, "this") refers to.
    if (SurnameTitle ref = SurnameBeforeTitle(words, table_); !ref.surname.empty()) {
      if (ref.holder >= 0) return OfPerson(static_cast<size_t>(ref.holder), 0.7);
      if (!ref.full.empty()) return NamedWord(ref.full, std::u32string(words[1].text), U"", 0.75);
      return {SpeakerKind::kPerson, ref.surname, std::u32string(words[1].text), U"", 0.6};
    }
    if (Resolution r = IndefiniteNoun(words, phrase_start, table_); r.type != SpeakerKind::kNone) return r;
    size_t first = 0;
    while (first + 1 < words.size() && IsQualifier(words[first].text)) ++first;
    words.erase(words.begin(), words.begin() + first);
    if (words.empty()) return {};
    // "tvN 백승룡PD", "황선임연구원": a name with her title glued on; the
    // words before are her organization.
    if (size_t k = NameGluedToTitle(words.back().text); k > 0) {
      std::u32string_view glued = words.back().text;
      std::u32string org = words.size() > 1 ? Join(words, 0, words.size() - 1) : U"";
      return NamedWord(std::u32string(glued.substr(0, k)), std::u32string(glued.substr(k)), std::move(org), 0.7);
    }
    if (size_t k = TitleGluedToName(words.back().text); k > 0) {  // "MC규현"
      const PhraseWord& w = words.back();
      std::u32string_view name = w.text.substr(k);
      if (LooksLikeKoreanName(name) || table_.TaggedPerson(w.start + k, w.start + w.text.size())) {
        return NamedWord(std::u32string(name), std::u32string(w.text.substr(0, k)), U"", 0.7);
      }
    }
    // "김정란씨": the honorific glued to a name is no part of it.
    if (PhraseWord& w = words.back(); w.text.size() >= 3 && w.text.back() == U'씨') {
      std::u32string_view name = w.text.substr(0, w.text.size() - 1);
      if (LooksLikeKoreanName(name) || table_.ByName(name) >= 0 || table_.TaggedPerson(w.start, w.start + name.size())) {
        w.text = name;
      }
    }
    std::u32string whole = Join(words, 0, words.size());
    if (long p = table_.ByName(whole); p >= 0) return OfPerson(static_cast<size_t>(p), 0.85);
    if (TaggedForeignName(words, table_, aliases_)) return {SpeakerKind::kPerson, whole, U"", U"", 0.75};
    std::u32string_view last = words.back().text;
    if (IsNonAgent(last)) return {};
    if (words.size() > 1 && words.front().text == U"주식회사") {  // "주식회사 에스알"
      return {SpeakerKind::kOrganization, std::u32string(last), U"", std::u32string(last), 0.8};
    }
    if (words.size() == 2 && IsDistrictAfterPlace(words[0].text, last)) return {SpeakerKind::kOrganization, whole, U"", whole, 0.75};  // "광주 서구"
    if (Resolution r = HiddenName(words); r.type != SpeakerKind::kNone) return r;
    // "허억 한빛대 교수": an untagged name heads the titled phrase; the words after it are her body.
    if (size_t k = UntaggedNameBeforeTitle(words, table_, aliases_), n = words.size(); k < n) {
      return NamedWord(std::u32string(words[k].text), std::u32string(words[n - 1].text),
                       k + 2 < n ? Join(words, k + 1, n - 1) : Join(words, 0, k), 0.7);
    }
    if (Resolution r = AffiliatedBody(words); r.type != SpeakerKind::kNone) return r;
    if (Resolution r = SurnameAndPost(words); r.type != SpeakerKind::kNone) return r;
    if (std::optional<Resolution> r = BareBodyHead(words, table_)) return *r;
    if (Resolution r = OrganizationByHead(words); r.type != SpeakerKind::kNone) return r;
    if (Resolution r = NameOpensTitledPhrase(words); r.type != SpeakerKind::kNone) return r;
    if (Resolution r = NameAfterTitle(words, aliases_); r.type != SpeakerKind::kNone) return r;
    if (Resolution r = PersonInPhrase(words); r.type != SpeakerKind::kNone) return r;
    if (IsTitleOrRole(last)) return Role(words);
    if (OrgLike(last, aliases_) || OrgLike(NameKey(whole), aliases_)) return Organization(words);
    const PhraseWord& w = words.back();
    bool tagged = table_.TaggedPerson(w.start, w.start + w.text.size()) ||
                  (words.size() == 1 && table_.TaggedPersonButLast(w.start, w.start + w.text.size()));
    if (tagged || LooksLikeKoreanName(last) ||
        (words.size() == 1 && last.size() >= 3 && AllHangulSyllables(last) && !table_.LongerName(last).empty()) ||
        ListedAlone(words, table_)) {
      double confidence = tagged ? 0.75 : 0.6;
      if (ForeignNameOpensPhrase(words, words.size() - 1)) return NamedWord(whole, U"", U"", confidence);
      return NamedWord(std::u32string(last), U"", words.size() > 1 ? Join(words, 0, words.size() - 1) : U"", confidence);
    }
    if (Resolution r; PlainWordsSpeaker(words, table_, aliases_, opening_topic, &r)) return r;
    return Organization(words);  // a country or body speaking ("일본은", "어나니머스는")
  }

 private:
  // "로이터 통신", "위키미디어 재단", "○○ 공동체": a head noun of organizations
  // after the words that name one is that organization, the words with it;
  // "노동당 기관지 노동신문": a name ending in one, no person's, is the speaker.
  Resolution OrganizationByHead(const std::vector<PhraseWord>& words) const {
    size_t n = words.size();
    std::u32string_view last = words.back().text;
    if (n > 1 && korean::IsOrganizationHead(last) && !korean::IsGovernmentBody(last)) {
      size_t first = n - 1;
      while (first > 0 && n - first <= 3 && IsNameOfBody(words[first - 1].text)) --first;
      if (first == n - 1) return {};
      std::u32string name = Join(words, first, n);
      return {SpeakerKind::kOrganization, name, U"", name, 0.75};
    }
    const PhraseWord& w = words.back();
    bool compound_org = last.size() >= 3 && LooksLikeOrg(last, aliases_) && !korean::IsOrganizationHead(last) &&
                        !IsTitleOrRole(last) && !LooksLikeKoreanName(last) && table_.ByName(last) < 0 &&
                        !table_.TaggedPerson(w.start, w.start + last.size());
    bool names_person = std::any_of(words.begin(), words.end() - 1, [&](const PhraseWord& pw) {
      return table_.ByName(pw.text) >= 0 || table_.TaggedPerson(pw.start, pw.start + pw.text.size());
    });
    if (n == 1 || !compound_org || names_person) return {};
    Resolution r = Organization(words);
    // "노동당 기관지 노동신문": the body the paper belongs to.
    for (size_t k = n - 1; k-- > 0;) {
      if (OrgLike(words[k].text, aliases_) && r.speaker.find(words[k].text) == std::u32string::npos) {
        r.org = words[k].text;
        break;
      }
    }
    return r;
  }

  // "가수 한별의 소속사 푸른빛 엔터테인먼트", "소속사 KH E&M 측": the words
  // after a noun of affiliation name the body that speaks, unless they name
  // a person or a role ("소속사 측", "소속사 관계자").
  Resolution AffiliatedBody(const std::vector<PhraseWord>& words) const {
    size_t n = words.size();
    if (n > 1 && IsSideNoun(words[n - 1].text)) --n;
    size_t k = n;
    while (k > 0 && !korean::IsAffiliationNoun(words[k - 1].text)) --k;
    if (k == 0 || k == n) return {};
    std::vector<PhraseWord> body(words.begin() + static_cast<long>(k), words.begin() + static_cast<long>(n));
    bool person_or_role = std::any_of(body.begin(), body.end(), [&](const PhraseWord& pw) {
      return IsTitleOrRole(pw.text) || LooksLikeKoreanName(pw.text) || table_.ByName(pw.text) >= 0 ||
             table_.TaggedPerson(pw.start, pw.start + pw.text.size());
    });
    if (person_or_role) return {};
    std::u32string name = Join(body, 0, body.size());
    return {SpeakerKind::kOrganization, name, U"", name, 0.75};
  }

  // "정 직무대리", "윤 총장": news refers back to a Korean person by her
  // surname and her post, whatever the post's word; when the article names
  // exactly one person with that surname, she is the one.
  Resolution SurnameAndPost(const std::vector<PhraseWord>& words) const {
    if (words.size() != 2 || words[0].text.size() != 1 || !korean::IsSurnameSyllable(words[0].text[0])) return {};
    std::u32string_view post = words[1].text;
    if (!AllHangulSyllables(post) || post.size() < 2 || IsPlace(post) || OrgInAliases(post) || IsNonAgent(post) ||
        HasGrammaticalEnding(post) || IsRoleNoun(post)) {
      return {};
    }
    std::u32string full = table_.BySurname(words[0].text);
    if (full.empty()) return {};
    return NamedWord(full, std::u32string(post), U"", 0.75);
  }

  // "자비어 사라스는", "M.N 라겔라는": the one word of the phrase before the
  // name words[1] (a surname of 3+ syllables) is the first part of a foreign
  // name: initials, or a plain word that names nothing else. A Korean name
  // has none ("민변 이종훈", "회사원 김민수": a word naming what the person is).
  bool ForeignNameOpensPhrase(const std::vector<PhraseWord>& words, size_t i) const {
    if (i != 1 || words[1].text.size() < 3 || !AllHangulSyllables(words[1].text)) return false;
    std::u32string_view w = words[0].text;
    bool initials = w.size() >= 2 && w.find(U'.') != std::u32string_view::npos &&
                    std::all_of(w.begin(), w.end(), [](char32_t c) { return c == U'.' || (c >= U'A' && c <= U'Z'); });
    if (initials) return true;
    // Before a title, a name shaped like a Korean one is a foreign name's
    // last part only where the tagger sees one person over both words
    // ("한빛증권 최성기 선임연구원": a company, a Korean name, her title).
    bool korean_shaped = LooksLikeKoreanName(words[1].text);
    // "톱스타 이영희", "다녀온 김민지": a name of a Korean name's shape where
    // the tagger sees the person begin is a whole name; the word before says
    // what she is. (The tagger often splits a foreign name, "자비어 | 사라스".)
    if (korean_shaped && TaggerStartsNameAt(words, 1)) return false;
    bool before_title = words.size() > 2 && IsTitleOrRole(words.back().text);
    if (korean_shaped && before_title && !table_.TaggedPerson(words[0].start, words[1].start + words[1].text.size())) {
      return false;
    }
    size_t shortest = korean_shaped ? 3 : 2;
    return w.size() >= shortest && w.size() <= 4 && AllHangulSyllables(w) && !korean::EndsLikePersonNoun(w) &&
           !LooksLikeKoreanName(w) && !OrgLike(w, aliases_) && IsNameOfBody(w);
  }

  // "왕 자오징 베이징 시정부 대변인", "테드 하이 칵테일 박물관장": news writes
  // a foreign person as her two-word name, her affiliation, her title. The
  // two words that open such a phrase at the start of a clause are the name
  // when nothing else in them names a place, body, title or Korean person, and
  // the tagger sees a person at the first, or the first is a single syllable
  // (빌, 왕, 존), which a common noun opening a phrase rarely is, or a place
  // stands right before the title.
  Resolution NameOpensTitledPhrase(const std::vector<PhraseWord>& words) const {
    size_t n = words.size();
    if (n < 4 || !IsTitle(words.back().text) || !table_.OpensClause(words.front().start, /*after_adverb=*/true)) return {};
    const PhraseWord& given = words[0];
    std::u32string_view family = words[1].text;
    // The model may cut the given name short ("로|랑"): a span opening it counts.
    bool tagged_given = table_.TaggedPersonAtStartOf(given.start, given.start + given.text.size());
    // "제라르 울리에 올림피크 리옹 감독": after the tagger's given name (which
    // may look Korean), a family name may end like a particle or ending (에, 도).
    bool ending_family = tagged_given && !table_.TaggedPerson(words[1].start, words[1].start + family.size()) && family.size() >= 3 && AllHangulSyllables(family) && HasGrammaticalEnding(family) &&
                         !IsCommonWord(family) && !OrgLike(family, aliases_) && !IsPlace(family);
    if (std::any_of(words.begin() + (ending_family ? 2 : 0), words.end() - 1,
                    [](const PhraseWord& pw) { return LooksLikeKoreanName(pw.text) && !IsPlace(pw.text); })) {
      return {};
    }
    auto plain = [&](std::u32string_view w) {
      return AllHangulSyllables(w) && IsNameOfBody(w) && !OrgLike(w, aliases_) && !IsCommonWord(w);
    };
    // A place right before the title ("… 이스탄불 주지사") vouches as well.
    bool vouched = tagged_given || given.text.size() == 1 || IsPlace(words[n - 2].text);
    if (!plain(given.text) || !(plain(family) || ending_family) || !vouched) return {};
    // "프랑크 발터 슈타인마이어 독일 외무장관": a third plain word before a
    // country or body belongs to the name, unless that body is one a place
    // goes with ("베이징 시정부": the word is its place).
    size_t end = 2;
    std::u32string_view fourth = n > 4 ? words[3].text : std::u32string_view();
    bool needs_place = korean::IsGovernmentBody(fourth) || fourth.ends_with(U"정부");  // 시정부, 주정부
    if (n > 4 && !ending_family && plain(words[2].text) && !needs_place &&
        (IsPlace(fourth) || OrgLike(fourth, aliases_))) {
      end = 3;
    }
    return NamedWord(Join(words, 0, end), std::u32string(words.back().text), Join(words, end, n - 1), 0.75);
  }

  // True when the tagger marks a person over words[k] but over no span that
  // takes in words[k - 1] too: the name begins at words[k].
  bool TaggerStartsNameAt(const std::vector<PhraseWord>& words, size_t k) const {
    if (k == 0 || k >= words.size()) return false;
    size_t end = words[k].start + words[k].text.size();
    return table_.TaggedPerson(words[k].start, end) && !table_.TaggedPerson(words[k - 1].start, end);
  }

  bool OrgInAliases(std::u32string_view w) const {
    const AliasTable::Group* g = aliases_.Find(w);
    return g && g->kind == AliasTable::Kind::kOrg;
  }

  // "김성근 자연대학장", "서울대 권두환", "카신 대변인", "강씨", "승무원 이모":
  // a person named inside the phrase, the rest her title and organization.
  Resolution PersonInPhrase(const std::vector<PhraseWord>& words) const {
    size_t n = words.size();
    for (size_t i = 0; i < n; ++i) {
      std::u32string_view w = words[i].text;
      // "카신 대변인", "마론 판사": a plain word right before a title is a name,
      // unless it is a country or body ("미국 대통령", "정부 대변인").
      // "강금실 전 장관": before 전/현 a title's holder is a person, whatever
      // her name ends in (실, 관); only a body the alias file knows is none.
      bool modified = i + 3 == n && IsModifier(words[i + 1].text);
      bool body = modified ? OrgInAliases(w) : OrgLike(w, aliases_);
      // "시카고 불스 대변인", "김태현 | 금융위 국장": a word the tagger
      // marks as a body, or the first right after a person the tagger ends
      // there, is her body.
      bool tagged_person = table_.TaggedPerson(words[i].start, words[i].start + w.size());
      bool affiliation = !tagged_person && (table_.TaggedOrganization(words[i].start, words[i].start + w.size()) ||
                                            (i == 0 && !table_.PersonSpanBefore(words[0].start, 1).empty()));
      bool before_title = (i + 2 == n || modified) && IsTitle(words[n - 1].text) && !affiliation &&
                          AllHangulSyllables(w) && w.size() <= 4 && w.back() != U'측' &&  // "남측 연락대표"
                          !body && !IsRoleNoun(w) && !IsTitle(w) && !korean::IsGovernmentBody(w) && !IsPlace(w) &&
                          !IsQualifier(w) && !korean::IsOrganizationHead(w);  // "대학 교수": a bare body's head
      bool name = before_title || table_.ByName(w) >= 0 || LooksLikeKoreanName(w) ||
                  table_.TaggedPerson(words[i].start, words[i].start + w.size());
      // "김씨", "박모": a surname with 씨/모; a role word ("부모") is not one.
      if (w.size() == 2 && (w.back() == U'씨' || w.back() == U'모') && AllHangulSyllables(w) && !IsRoleNoun(w)) {
        return {SpeakerKind::kPerson, std::u32string(w.substr(0, 1)), U"", i > 0 ? Join(words, 0, i) : U"", 0.7};
      }
      // "강금실 전 장관": a Korean name ending like a body (실, 관) is a name
      // where the tagger says so.
      bool tagged_korean = TaggedKoreanName(words[i], table_);
      // "에스알 관계자", "손수현 측": the word right before a role noun is whose
      // people they are, not who speaks.
      bool owner_of_role = i + 2 == n && w.size() >= 2 && IsRoleNoun(words[n - 1].text) && !IsTitle(words[n - 1].text) &&
                           !HoldsJob(words, i, table_);
      // "최자 연인 설리", "김철수 측 변호인 이영희": whose the person after is.
      owner_of_role = owner_of_role || (i + 2 < n && IsRoleNoun(words[i + 1].text) && !IsTitle(words[i + 1].text));
      if (!name || affiliation || owner_of_role || IsTitle(w) || IsRoleNoun(w) || (body && !tagged_korean)) continue;
      // "카리 유사프 아마디": a word only shaped like a Korean name, inside a
      // phrase that ends in no title or role, is a part of a foreign name.
      bool vouched = before_title || table_.ByName(w) >= 0 || table_.TaggedPerson(words[i].start, words[i].start + w.size());
      if (!vouched && i + 1 < n && !IsTitle(words[n - 1].text) && !IsRoleNoun(words[n - 1].text)) continue;
      // "미국 워싱턴포스트": a last word of no name's shape is a body's.
      if (i + 1 == n && n > 1 && !LooksLikeKoreanName(w) && table_.ByName(w) < 0) continue;
      // "프랑크 발터 슈타인마이어 독일 외무장관": where the name ends (name_runs.h).
      NameRun run = RunOfName(words, i, table_, aliases_);
      i = run.start, w = words[i].text;
      size_t end = run.end;
      // "골프루키 박채아", "에이스 손민수": the tagger may mark a descriptor as a
      // person of its own; a last word the tagger starts another name at, or
      // one of a Korean name's shape that ends like no person noun
      // ("후버측 변호인"), and no title or role, is who speaks. After a Korean
      // name the last word is her post ("박창진 사무장").
      const PhraseWord& tail = words[n - 1];
      bool korean_name = LooksLikeKoreanName(w) || TaggedKoreanName(words[i], table_);
      bool tail_is_name = end < n && !IsTitle(tail.text) && !IsRoleNoun(tail.text) &&
                          (TaggerStartsNameAt(words, n - 1) ||
                           (!korean_name && LooksLikeKoreanName(tail.text) && !korean::EndsLikePersonNoun(tail.text)));
      if (tail_is_name) continue;
      if (ForeignNameOpensPhrase(words, i)) i = 0, w = words[0].text;
      // "카리 유사프 | 아마디": a foreign name the people table ends early
      // runs on to its last plain word, as a tagged one does.
      if (i == 0 && n >= 3 && !LooksLikeKoreanName(words[0].text) && table_.ByName(Join(words, 0, n - 1)) >= 0 &&
          ForeignNamePart(words[n - 1].text, aliases_)) end = n;
      return PersonOfRun(words, i, end);
    }
    return {};
  }

  // The person whose name runs over words[i, end) of the phrase: the last
  // word after the run is her title or role, a body word outside it her
  // organization (else the words before the name).
  Resolution PersonOfRun(const std::vector<PhraseWord>& words, size_t i, size_t end) const {
    size_t n = words.size();
    std::u32string_view w = words[i].text;
    const char32_t* run_end = words[end - 1].text.data() + words[end - 1].text.size();
    w = std::u32string_view(w.data(), static_cast<size_t>(run_end - w.data()));
    std::u32string role = end < n ? std::u32string(words[n - 1].text) : U"";
    std::u32string org;
    for (size_t k = 0; k < n; ++k) {
      // A body by its shape or as the tagger marks it ("이동건 | 한빛 | 대표").
      bool body = OrgLike(words[k].text, aliases_) || table_.TaggedOrganization(words[k].start, words[k].start + words[k].text.size());
      if ((k < i || k >= end) && k + 1 != n && body) org = words[k].text;
    }
    if (i > 0 && org.empty()) org = Join(words, 0, i);
    Resolution r = NamedWord(std::u32string(w), role, std::move(org), 0.8);
    // The last word is her title ("강금실 전 장관") unless it is a part of
    // the name the table knows ("K.T | 바르가스").
    if (!role.empty() && r.role == role && r.speaker.ends_with(role)) r.role.clear();
    // "현정미 매니저": the tagger's span may take in a job, which is no name.
    if (IsRoleNoun(role) && r.speaker.size() > role.size() + 1 && r.speaker.ends_with(U" " + role)) {
      r.speaker.resize(r.speaker.size() - role.size() - 1);
      r.role = role;
    }
    return r;
  }

  // "기상청 관계자", "NTSB 대변인", "교수": an unnamed role, unless one named
  // person of the article holds that title.
  Resolution Role(const std::vector<PhraseWord>& words) const {
    std::u32string role(words.back().text);
    std::u32string org = Join(words, 0, words.size() - 1);
    // "재판부는": the bench is the one court the article names, else the
    // bench itself, a body speaking as one (as 경찰 or 검찰 do).
    if (role == U"재판부" && org.empty()) {
      std::u32string court = table_.OnlyWordEndingIn(U"법원");
      if (court.empty()) court = role;
      return {SpeakerKind::kOrganization, court, U"", court, 0.7};
    }
    // "KBS 측은", "닌텐도 측": the side of a body is that body speaking (a
    // person's side, "○○○ 측", is her people).
    if (IsSideNoun(role) && words.size() > 1) {
      std::vector<PhraseWord> body(words.begin(), words.end() - 1);
      const PhraseWord& w = body.back();
      bool names_body = OrgLike(w.text, aliases_) || table_.TaggedOrganization(w.start, w.start + w.text.size()) ||
                        table_.ListedOrganization(w.text);
      if (names_body && !LooksLikeKoreanName(w.text) && table_.ByName(w.text) < 0 &&
          !table_.TaggedPerson(w.start, w.start + w.text.size())) {
        return Organization(body);
      }
    }
    if (IsTitle(role) && (org.empty() || korean::IsGovernmentBody(org))) {
      if (long p = table_.ByRole(role, org); p >= 0) return OfPerson(static_cast<size_t>(p), 0.7);
    }
    // "조성배 연세대 컴퓨터과학과 교수는": the phrase began after the name; a
    // name written right before the phrase may go on in it ("프랑크 | 발터
    // 슈타인마이어 독일 외무장관").
    if (IsTitle(role)) {
      std::u32string name = table_.PersonSpanBefore(words.front().start, 25);
      if (!name.empty()) {
        size_t k = 0;
        if (table_.PersonSpanBefore(words.front().start, 1) == name) {
          while (k + 1 < words.size() && AllHangulSyllables(words[k].text) && !IsPlace(words[k].text) &&
                 !OrgLike(words[k].text, aliases_) && !IsTitle(words[k].text) && !korean::IsGovernmentBody(words[k].text)) {
            name += U' ', name += words[k].text, ++k;
          }
        }
        return NamedWord(name, role, k + 1 < words.size() ? Join(words, k, words.size() - 1) : org, 0.7);
      }
    }
    return {SpeakerKind::kRole, U"", role, org, 0.8};
  }

  // "빌 버튼 오바마 측 대변인": the camp's spokesperson speaks, not its head:
  // the name before it, else an unnamed role of that camp.
 public:
  Resolution Camp(const Resolution& head, const SpeakerCandidate& c) const {
    std::u32string role = head.role.substr(2);
    std::u32string name = table_.NameBefore(c.phrase_start);
    if (!name.empty()) return NamedWord(name, role, U"", 0.7);
    return {SpeakerKind::kRole, U"", role, head.speaker + U" 측", 0.7};
  }

 private:
  // "미국 워싱턴포스트" → 워싱턴포스트; "러시아 외무부" stays whole, and so do
  // "서울지방경찰청 광역수사대" and "국회 입법조사처": a body written before
  // the body is part of its name (a country is not).
  Resolution Organization(const std::vector<PhraseWord>& words) const {
    std::u32string_view last = words.back().text;
    size_t first = words.size() - 1;
    if (words.size() > 1 && korean::IsGovernmentBody(last)) {
      first = words.size() - 2;
    } else {
      while (first > 0 && !IsPlace(words[first - 1].text) && OrgLike(words[first - 1].text, aliases_) &&
             !korean::IsGovernmentBody(words[first - 1].text)) {
        --first;
      }
    }
    std::u32string name = Join(words, table_.WithCountry(words, first), words.size());  // "아이티 시민보호청"
    return {SpeakerKind::kOrganization, name, U"", name, 0.75};
  }

  const SpeakerTable& table_;
  const AliasIndex& aliases_;
};
}  // namespace

void AttributeQuote(const SpeakerCandidate& candidate, const SpeakerTable& table, const AliasIndex& aliases, Quote* q) {
  PhraseResolver resolver(table, aliases);
  Resolution r;
  if (candidate.person >= 0 && static_cast<size_t>(candidate.person) < table.size()) {
    r = resolver.OfPerson(static_cast<size_t>(candidate.person), candidate.fuzzy ? 0.6 : 0.95);
    if (r.role.substr(0, 2) == U"측 " && candidate.via == SpeakerCandidate::Via::kNamed) r = resolver.Camp(r, candidate);
  } else if (!candidate.phrase.empty()) {
    r = resolver.Resolve(candidate.phrase, candidate.phrase_start, candidate.opening_topic);
  }
  if (r.type == SpeakerKind::kPerson && r.speaker == U"모") r = SurnameBeforeMo(candidate.as_written, r);
  if (r.type == SpeakerKind::kPerson) HiddenGivenName(&r), SurnameOfMinor(&r);
  if (r.type == SpeakerKind::kPerson || r.type == SpeakerKind::kOrganization) PluralIsGroup(&r);
  if (r.type == SpeakerKind::kPerson) AffiliationOutOfName(table, &r), CampIsRole(candidate.as_written, &r);
  FitSpeakerExtent(table, q->start, &r);  // the one entity the text writes, no word more or less
  if (SpeakerContradicted(r, candidate, table, aliases)) r = {};  // a wrong name is worse than none
  if (candidate.via == SpeakerCandidate::Via::kPronoun) {
    r.confidence *= 0.85;
    // 그는, 그녀는 stand for one person: never a body or a group ("국회의원들").
    bool one_person = candidate.as_written != U"그들";
    if (one_person && (r.type != SpeakerKind::kPerson || r.speaker.ends_with(U"들"))) r = {};
  }
  if (candidate.via == SpeakerCandidate::Via::kCarried) r.confidence *= 0.75;
  if (candidate.competing && candidate.via == SpeakerCandidate::Via::kCarried) {
    r.confidence *= 0.6;
    if (r.confidence < kLeastConfidence) r = {};
  }
  q->speaker = ToUtf8(r.speaker);
  q->role = ToUtf8(r.role);
  q->org = ToUtf8(r.org);
  q->speaker_type = SpeakerKindName(r.type);
  q->confidence = r.type == SpeakerKind::kNone ? 0 : std::round(r.confidence * 100) / 100;
  q->speaker_as_written = ToUtf8(candidate.as_written);
  q->resolved_fuzzily = candidate.fuzzy && candidate.via == SpeakerCandidate::Via::kNamed;
}

}  // namespace kosearch
