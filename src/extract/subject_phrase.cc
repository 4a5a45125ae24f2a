// The words of a subject phrase, the hidden-name forms, a job held by the
// name before it and a name the tagger left unmarked before a title (see
// subject_phrase.h).
#include "extract/subject_phrase.h"

#include <algorithm>

#include "extract/attribution.h"
#include "extract/speaker_table.h"
#include "extract/speaker_words.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

std::string SpeakerKindName(SpeakerKind kind) {
  switch (kind) {
    case SpeakerKind::kPerson: return "person";
    case SpeakerKind::kOrganization: return "organization";
    case SpeakerKind::kRole: return "role";
    case SpeakerKind::kNone: break;
  }
  return "";
}

bool OrgLike(std::u32string_view w, const AliasIndex& aliases) {
  if (LooksLikeOrg(w, aliases)) return true;
  if (w.size() == 3 && w.back() == U'위' && AllHangulSyllables(w)) return true;  // 인수위, 공정위, 선관위
  const AliasTable::Group* g = aliases.Find(w);
  if (g) return g->kind == AliasTable::Kind::kOrg;
  return w.size() >= 2 && w.size() <= 8 &&
         std::all_of(w.begin(), w.end(), [](char32_t c) { return (c >= U'A' && c <= U'Z') || IsAsciiDigit(c); });
}

std::vector<PhraseWord> SplitPhrase(std::u32string_view phrase, size_t phrase_start) {
  // "‘달빛 정원 2부’ 연재...한도윤": a headline's ellipsis closes the words
  // before it; the phrase is what follows.
  size_t dots = phrase.rfind(U"...");
  size_t cut = dots == std::u32string_view::npos ? 0 : dots + 3;
  if (size_t ellipsis = phrase.rfind(U'…'); ellipsis != std::u32string_view::npos) cut = std::max(cut, ellipsis + 1);
  while (cut < phrase.size() && phrase[cut] == U'.') ++cut;
  if (cut > 0 && cut < phrase.size()) return SplitPhrase(phrase.substr(cut), phrase_start + cut);
  std::vector<PhraseWord> out;
  size_t at = 0;
  while (at < phrase.size()) {
    size_t space = phrase.find(U' ', at);
    if (space == std::u32string_view::npos) space = phrase.size();
    if (space > at) out.push_back({phrase.substr(at, space - at), phrase_start + at});
    at = space + 1;
  }
  return out;
}

std::u32string Join(const std::vector<PhraseWord>& words, size_t from, size_t to) {
  std::u32string out;
  for (size_t i = from; i < to; ++i) {
    if (!out.empty()) out += U' ';
    out += words[i].text;
  }
  return out;
}

Resolution HiddenName(const std::vector<PhraseWord>& words) {
  auto hides = [](std::u32string_view w) {
    return (w.size() == 1 || (w.size() == 2 && w[1] == U'씨')) && w[0] >= U'A' && w[0] <= U'Z';
  };
  auto at = std::find_if(words.begin(), words.end(), [&](const PhraseWord& pw) { return hides(pw.text); });
  if (at == words.end()) return {};
  size_t i = static_cast<size_t>(at - words.begin());
  std::u32string role = i + 1 < words.size() ? std::u32string(words.back().text) : U"";
  return {SpeakerKind::kRole, U"", role, Join(words, 0, i), 0.7};
}

bool HoldsJob(const std::vector<PhraseWord>& words, size_t i, const SpeakerTable& table) {
  if (i + 2 != words.size() || words.back().text != U"매니저" || !LooksLikeKoreanName(words[i].text)) return false;
  if (i == 0) return table.AfterGenitive(words[0].start);
  std::u32string_view before = words[i - 1].text;
  return !IsTitleOrRole(before) && !IsPlace(before) && !IsQualifier(before);
}

namespace {

// "허억", "박환": a surname and one syllable heading the phrase is a name
// only where the lexicon knows the word as nothing else (no common word,
// qualifier, modifier, determiner, side or word of grammar: "주요", "이번",
// "남측"), nor its surname as a determiner (한, 이, 전, 모).
bool ShortKoreanName(std::u32string_view w) {
  return w.size() == 2 && AllHangulSyllables(w) && korean::IsSurnameSyllable(w[0]) && !IsSideNoun(w.substr(1)) &&
         !IsCommonWord(w) && !IsQualifier(w) && !IsModifier(w) && !korean::IsDeterminer(w) && !HasGrammaticalEnding(w) &&
         korean::SurnameDeterminerReading(w.substr(0, 1)) == korean::SurnameDeterminer::kNoDeterminer;
}

// True when something beside the word's shape vouches for `w` (a word of
// two syllables) as a person: the article's people (the finder's, by that
// very name), the tagger's name list or the alias file, or a person span of
// the tagger over the same word written elsewhere in the article. Ordinary
// words begin with a surname's syllable as often as names do ("유명", "강경",
// "진보", "여당"): the shape alone is no name.
bool KnownAsPerson(const PhraseWord& w, const SpeakerTable& table, const AliasIndex& aliases) {
  if (long p = table.ByName(w.text); p >= 0 && table.FullName(static_cast<size_t>(p)) == w.text) return true;
  if (table.ListedPersonWord(w.text)) return true;
  if (const AliasTable::Group* g = aliases.Find(w.text); g && g->kind == AliasTable::Kind::kPerson) return true;
  std::u32string_view text = table.text();
  size_t looked = 0;
  for (size_t at = text.find(w.text); at != std::u32string_view::npos && looked < 30; at = text.find(w.text, at + 1), ++looked) {
    size_t end = at + w.text.size();
    // The word itself, not the start of a longer one ("박환희").
    bool longer = end < text.size() && IsHangulSyllable(text[end]) && table.TaggedPerson(at, end + 1);
    bool word_start = at == 0 || !IsHangulSyllable(text[at - 1]);
    if (at != w.start && word_start && !longer && table.TaggedPerson(at, end)) return true;
  }
  return false;
}

}  // namespace

size_t UntaggedNameBeforeTitle(const std::vector<PhraseWord>& words, const SpeakerTable& table,
                               const AliasIndex& aliases) {
  size_t n = words.size();
  if (n < 2) return n;
  // The phrase ends in a title or a noun naming what its holder is
  // ("활동가", "변호사"); a role noun ("주인", "측") after a word says whose
  // people speak ("편의점 주인"): no name's slot.
  std::u32string_view last = words[n - 1].text;
  bool names_holder = korean::EndsLikePersonNoun(last) || korean::EndsLikeOfficial(last);
  bool titled = IsTitle(last) || (names_holder && !IsRoleNoun(last));
  if (!titled || IsSideNoun(last) || !table.OpensClause(words[0].start, /*after_adverb=*/true)) return n;
  auto tagged_person = [&](const PhraseWord& w) { return table.TaggedPerson(w.start, w.start + w.text.size()); };
  auto body = [&](const PhraseWord& w) {
    return OrgLike(w.text, aliases) || korean::IsGovernmentBody(w.text) ||
           table.TaggedOrganization(w.start, w.start + w.text.size());
  };
  auto not_else = [&](std::u32string_view w) {
    return !IsTitleOrRole(w) && !IsPlace(w) && !OrgLike(w, aliases) && !korean::EndsLikePersonNoun(w) &&
           !korean::EndsLikeOfficial(w);
  };
  // The name opens the phrase, or follows one body's name that opens it.
  size_t i = body(words[0]) && !IsPlace(words[0].text) && n >= 3 ? 1 : 0;
  const PhraseWord& name = words[i];
  bool shaped = LooksLikeKoreanName(name.text) ||
                (i == 0 && n >= 3 && ShortKoreanName(name.text) && KnownAsPerson(name, table, aliases));
  if (!shaped || !not_else(name.text) || tagged_person(name)) return n;
  // The words between the name and the title name bodies or places, no one
  // else: "제라르 울리에 올림피크 리옹 감독" is one foreign name.
  for (size_t k = i + 1; k + 1 < n; ++k) {
    bool affiliation = body(words[k]) || IsPlace(words[k].text);
    if (tagged_person(words[k]) || LooksLikeKoreanName(words[k].text) || !affiliation) return n;
  }
  return i;
}

bool IsNameOfBody(std::u32string_view w) {
  return !IsPlace(w) && !IsQualifier(w) && !IsTitleOrRole(w) && !IsNonAgent(w) &&
         !HasGrammaticalEnding(w) && !korean::IsGovernmentBody(w);
}

// True when no sentence of `text` ends before `pos`: nothing earlier could
// have named the person a surname and title refer to, nor the one a
// determiner (한 "a certain", 전 "former") would point back to.
static bool InFirstSentence(std::u32string_view text, size_t pos) {
  return text.substr(0, pos).find_first_of(U".?!\n") == std::u32string_view::npos;
}

SurnameTitle SurnameBeforeTitle(const std::vector<PhraseWord>& words, const SpeakerTable& table) {
  if (words.size() != 2 || words[0].text.size() != 1) return {};
  // 전 ("former") opens its clause only as a surname when no name precedes it.
  korean::SurnameDeterminer reading = korean::SurnameDeterminerReading(words[0].text);
  bool former_too = reading == korean::SurnameDeterminer::kFormer;
  if (former_too ? !(InFirstSentence(table.text(), words[0].start) && table.OpensClause(words[0].start, true))
                 : !table.SurnameDeterminerOpens(words[0].start)) {
    return {};
  }
  std::u32string_view title = words[1].text;
  if (!IsTitle(title) || IsRoleNoun(title)) return {};
  SurnameTitle ref;
  ref.full = table.BySurname(words[0].text);
  bool determiner_too = reading == korean::SurnameDeterminer::kThis;
  if (ref.full.empty() && determiner_too) ref.holder = table.ByRole(title, U"");
  // 한 with no bearer in the article: "a certain" after an earlier sentence
  // could have introduced the person; in the text's first sentence nothing
  // could, and the surname is all the text gives, before the title of a
  // body's head (이사장, 단장: -장, one holder, so no "a certain" one). A
  // title many hold ("한 코치는", "한 의원은") stays "a certain".
  bool one_holder = korean::EndsLikeOneHolderTitle(title);
  if (ref.full.empty() && !determiner_too &&
      !(InFirstSentence(table.text(), words[0].start) && (one_holder || former_too))) {
    return {};
  }
  ref.surname = words[0].text;
  return ref;
}

Resolution IndefiniteNoun(const std::vector<PhraseWord>& words, size_t phrase_start, const SpeakerTable& table) {
  std::u32string_view text = table.text();
  if (words.empty() || phrase_start < 2 || text[phrase_start - 1] != U' ') return {};
  size_t end = phrase_start - 1, begin = end;
  while (begin > 0 && IsHangulSyllable(text[begin - 1])) --begin;
  if (end - begin != 1 || korean::SurnameDeterminerReading(text.substr(begin, 1)) != korean::SurnameDeterminer::kCertain) {
    return {};
  }
  // "기자회견을 한 김 대표는": 한 after an object is 하다's past form ("who
  // did"), no "a certain"; a lone surname then heads a name ("김 대표", and
  // "김 모 교수" with 모), and a surname's own path reads it.
  if (korean::IsSurnameSyllable(words[0].text[0]) && words[0].text.size() == 1) return {};
  if (begin >= 2 && text[begin - 1] == U' ') {
    size_t prev_end = begin - 1, prev = prev_end;
    while (prev > 0 && IsHangulSyllable(text[prev - 1])) --prev;
    std::u32string_view before = text.substr(prev, prev_end - prev);
    if (const korean::Particle* p = korean::ParticleEnding(before, korean::kAfterName);
        p != nullptr && p->Has(korean::kMarksObject)) {
      return {};
    }
    // "피의자 김 모 씨는": 모 after a lone surname hides the given name.
    if (text[begin] == U'모' && before.size() == 1 && korean::IsSurnameSyllable(before[0])) return {};
  }
  // "한 씨는": an honorific follows a name (a surname 한), never "a certain";
  // "두 사람 중 한 명은": a counter after the numeral one counts, no role.
  std::u32string_view head = words[0].text;
  if (head == U"씨") return {};
  for (const korean::Counter& c : korean::Counters()) {
    if (c.text == head) return {};
  }
  for (const PhraseWord& w : words) {
    if (table.TaggedPerson(w.start, w.start + w.text.size()) || table.ByName(w.text) >= 0 || LooksLikeKoreanName(w.text)) {
      return {};
    }
  }
  std::u32string org = words.size() > 1 ? Join(words, 0, words.size() - 1) : U"";
  return {SpeakerKind::kRole, U"", std::u32string(words.back().text), org, 0.7};
}

bool TaggedForeignName(const std::vector<PhraseWord>& words, const SpeakerTable& table, const AliasIndex& aliases) {
  if (words.size() < 2 || words.size() > 3) return false;
  const PhraseWord& last = words.back();
  if (!table.TaggedPerson(words.front().start, last.start + last.text.size())) return false;
  return std::all_of(words.begin(), words.end(), [&](const PhraseWord& pw) {
    return AllHangulSyllables(pw.text) && !LooksLikeKoreanName(pw.text) && !IsPlace(pw.text) && !OrgLike(pw.text, aliases) &&
           !korean::IsGovernmentBody(pw.text) && !IsQualifier(pw.text) && !IsTitleOrRole(pw.text) &&
           !IsNonAgent(pw.text);
  });
}

Resolution SurnameBeforeMo(std::u32string_view as_written, Resolution r) {
  size_t mo = as_written.rfind(U"모");
  if (mo != std::u32string_view::npos && mo >= 2 && as_written[mo - 1] == U' ' &&
      korean::IsSurnameSyllable(as_written[mo - 2]) && (mo == 2 || as_written[mo - 3] == U' ')) {
    r.speaker = as_written.substr(mo - 2, 1);
    return r;
  }
  return {};
}

void HiddenGivenName(Resolution* r) {
  if (r->speaker.size() == 3 && r->speaker.ends_with(U" 모") && korean::IsSurnameSyllable(r->speaker[0])) {
    r->speaker.resize(1);
    return;
  }
  size_t space = r->speaker.rfind(U' ');
  std::u32string_view last = space == std::u32string::npos ? std::u32string_view(r->speaker)
                                                           : std::u32string_view(r->speaker).substr(space + 1);
  if (last.size() != 2 || last[1] != U'모' || !korean::IsSurnameSyllable(last[0])) return;
  if (space != std::u32string::npos && (r->role.empty() || r->role.starts_with(U"씨"))) r->role = r->speaker.substr(0, space);
  if (r->role.starts_with(U"씨")) r->role.clear();
  r->speaker = last.substr(0, 1);
}

void SurnameOfMinor(Resolution* r) {
  if (r->speaker.size() != 2 || r->speaker[1] != U'군' || !korean::IsSurnameSyllable(r->speaker[0]) ||
      IsCommonWord(r->speaker)) {
    return;
  }
  r->speaker.resize(1);
}

// "어르신들은", "축구전문가들은", "음반제작사들은": a plural noun is a group
// with no one face (a name never takes 들): an unnamed role, not a person
// or one body.
void PluralIsGroup(Resolution* r) {
  size_t space = r->speaker.rfind(U' ');
  std::u32string_view last = space == std::u32string::npos ? std::u32string_view(r->speaker)
                                                           : std::u32string_view(r->speaker).substr(space + 1);
  if (last.size() < 3 || last.back() != U'들' || !AllHangulSyllables(last)) return;
  std::u32string org = space != std::u32string::npos ? r->speaker.substr(0, space) : r->org == r->speaker ? U"" : r->org;
  *r = {SpeakerKind::kRole, U"", std::u32string(last), std::move(org), r->confidence};
}

// "이동건 | 한빛 | 대표": one word the tagger marks as a body, written between
// the person's name and her title wherever the article writes the three.
std::u32string TaggedBodyBetween(const SpeakerTable& table, std::u32string_view name, std::u32string_view title) {
  std::u32string_view text = table.text();
  std::u32string found;
  size_t looked = 0;
  for (size_t at = text.find(name); at != std::u32string_view::npos && looked < 30; at = text.find(name, at + 1), ++looked) {
    size_t from = at + name.size() + 1;
    if (from >= text.size() || text[from - 1] != U' ') continue;
    size_t to = text.find(U' ', from);
    if (to == std::u32string_view::npos || text.substr(to + 1, title.size()) != title) continue;
    if (!table.TaggedOrganization(from, to)) continue;
    std::u32string body(text.substr(from, to - from));
    if (!found.empty() && found != body) return {};
    found = std::move(body);
  }
  return found;
}

void AffiliationOutOfName(const SpeakerTable& table, Resolution* r) {
  // "무리뉴 첼시 감독": the tagger's person ends before the club: the club is her org.
  if (std::u32string name = table.NameBeforeAffiliation(r->speaker, r->role); !name.empty()) {
    if (r->org.empty()) r->org = r->speaker.substr(name.size() + 1);
    r->speaker = std::move(name);
  } else if (std::u32string person = table.PersonBeforeAffiliation(r->speaker, r->role); !person.empty()) {
    // "남궁성 | 원불교 교정원장": the phrase began after the name.
    r->org = r->speaker;
    r->speaker = std::move(person);
  } else if (std::u32string after = table.NameAfterAffiliation(r->speaker, r->role); !after.empty()) {
    // "첼시 무리뉴 감독": a club the name list knows opens the phrase.
    if (r->org.empty()) r->org = r->speaker.substr(0, r->speaker.size() - after.size() - 1);
    r->speaker = std::move(after);
  } else if (r->org.empty() && !r->role.empty()) {
    r->org = TaggedBodyBetween(table, r->speaker, r->role);
  }
}

void CampIsRole(std::u32string_view as_written, Resolution* r) {
  size_t space = as_written.rfind(U' ');
  std::u32string_view last = space == std::u32string_view::npos ? as_written : as_written.substr(space + 1);
  if (r->type != SpeakerKind::kPerson || !IsSideNoun(last)) return;
  *r = {SpeakerKind::kRole, U"", std::u32string(last), r->speaker, r->confidence};
}

bool ListedAlone(const std::vector<PhraseWord>& words, const SpeakerTable& table) {
  return words.size() == 1 && table.ListedPersonWord(words.back().text);
}

bool PlainWordsSpeaker(const std::vector<PhraseWord>& words, const SpeakerTable& table, const AliasIndex& aliases,
                       bool opening_topic, Resolution* r) {
  // A place or body among the words makes it an organization ("영국 가디언").
  bool plain_words = words.size() <= 3 && std::all_of(words.begin(), words.end(), [&](const PhraseWord& pw) {
    return AllHangulSyllables(pw.text) && pw.text.size() >= 2 && !IsPlace(pw.text) && !OrgLike(pw.text, aliases) &&
           !korean::IsGovernmentBody(pw.text) && !IsQualifier(pw.text) && !HasGrammaticalEnding(pw.text);
  });
  std::u32string whole = Join(words, 0, words.size());
  if (plain_words && words.size() > 1) {
    // "스리랑카 | 재봉공": a body the tagger marks over the first word only,
    // and no person among them, is whose the rest is: no one's name.
    size_t first_end = words[0].start + words[0].text.size();
    size_t last_end = words.back().start + words.back().text.size();
    bool body_first = table.TaggedOrganization(words[0].start, first_end) && !table.TaggedOrganization(words[0].start, last_end) &&
                      std::none_of(words.begin(), words.end(), [&](const PhraseWord& pw) {
                        return table.TaggedPerson(pw.start, pw.start + pw.text.size());
                      });
    *r = TaggerVouches(words, table) && !body_first ? Resolution{SpeakerKind::kPerson, whole, U"", U"", 0.55} : Resolution{};
    return true;
  }
  if (words.size() == 1 && words.back().text.size() <= 2 && plain_words) {
    *r = opening_topic ? Resolution{SpeakerKind::kPerson, whole, U"", U"", 0.55} : Resolution{};
    return true;
  }
  return false;
}

bool TaggerVouches(const std::vector<PhraseWord>& words, const SpeakerTable& table) {
  return std::any_of(words.begin(), words.end(), [&](const PhraseWord& pw) {
    size_t end = pw.start + pw.text.size();
    return table.TaggedPerson(pw.start, end) || table.TaggedOrganization(pw.start, end);
  });
}

bool NameFollowsTitle(std::u32string_view title, const std::vector<std::u32string_view>& parts,
                      const AliasIndex& aliases) {
  if (!IsTitle(title) || IsRoleNoun(title) || parts.empty() || parts.size() > 2) return false;
  if (parts.size() == 2 && LooksLikeKoreanName(parts[0])) return false;
  return std::all_of(parts.begin(), parts.end(), [&](std::u32string_view w) {
    return w.size() >= 2 && AllHangulSyllables(w) && IsNameOfBody(w) && !IsCommonWord(w) && !HasGrammaticalEnding(w) &&
           !OrgLike(w, aliases);
  });
}

Resolution NameAfterTitle(const std::vector<PhraseWord>& words, const AliasIndex& aliases) {
  size_t n = words.size();
  for (size_t count = 2; count >= 1; --count) {
    if (n < count + 1) continue;
    std::vector<std::u32string_view> parts;
    for (size_t k = n - count; k < n; ++k) parts.push_back(words[k].text);
    std::u32string_view title = words[n - count - 1].text;
    // "정한중 징계위원장 직무대리": a Korean name before the title holds it;
    // one word after it is her post, no second name.
    bool name_before = std::any_of(words.begin(), words.end() - count - 1,
                                   [](const PhraseWord& pw) { return LooksLikeKoreanName(pw.text); });
    if (NameFollowsTitle(title, parts, aliases) && !(count == 1 && name_before)) {
      return {SpeakerKind::kPerson, Join(words, n - count, n), std::u32string(title), Join(words, 0, n - count - 1), 0.7};
    }
  }
  return {};
}

std::optional<Resolution> BareBodyHead(const std::vector<PhraseWord>& words, const SpeakerTable& table) {
  if (words.size() != 1) return std::nullopt;
  std::u32string_view last = words[0].text;
  if (last.size() < 2 || !korean::IsOrganizationHead(last) || korean::IsGovernmentBody(last)) return std::nullopt;
  std::u32string name = table.OnlyWordEndingIn(last, /*named_body=*/true);
  std::u32string_view text = table.text();
  size_t start = words[0].start, end = start + last.size();
  // "그 재단은", "해당 법원은": after a determiner the head points at a body
  // named elsewhere, or none; after an adverb ("또 신문은") it may speak.
  size_t before = start >= 2 && text[start - 1] == U' ' ? start - 1 : start;
  while (before > 0 && before < start && IsHangulSyllable(text[before - 1])) --before;
  bool after_determiner = before < start && korean::IsDeterminer(text.substr(before, start - 1 - before));
  bool subject = end < text.size() && IsHangulSyllable(text[end]) && !after_determiner &&
                 table.OpensClause(start, /*after_adverb=*/true);
  // The body a bare head refers back to is named before it: a court cited
  // later ("대법원 판례") is not the one of the story.
  if (!name.empty() && text.find(name) >= start) name.clear();
  if (name.empty() && !subject) return std::nullopt;
  if (name.empty()) name = last;
  return Resolution{SpeakerKind::kOrganization, name, U"", name, 0.7};
}

}  // namespace kosearch
