// The last check on a resolved speaker (see speaker_evidence.h): drops a
// speaker the phrase contradicts or nothing in the article vouches for.
#include "extract/speaker_evidence.h"

#include <algorithm>
#include <cctype>

#include "extract/people.h"
#include "extract/speaker_words.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {
namespace {

// A word of the phrase that says what or whose the speaker is, not who:
// a title or role, a body, a place, a word of grammar or time.
bool DescribesSpeaker(const PhraseWord& w, const SpeakerTable& table, const AliasIndex& aliases) {
  std::u32string_view t = w.text;
  return IsTitle(t) || IsTitleOrRole(t) || IsPlace(t) || IsCommonWord(t) || IsQualifier(t) || IsModifier(t) ||
         HasGrammaticalEnding(t) || OrgLike(t, aliases) || korean::IsGovernmentBody(t) ||
         korean::IsOrganizationHead(t) || table.TaggedOrganization(w.start, w.start + t.size()) ||
         table.ListedOrganization(t);
}

// True when some occurrence of `word` in the article lies under a tagger
// span of a person or an organization.
bool TaggedAnywhere(std::u32string_view word, const SpeakerTable& table) {
  std::u32string_view text = table.text();
  for (size_t at = text.find(word); at != std::u32string_view::npos; at = text.find(word, at + 1)) {
    if (table.TaggedPerson(at, at + word.size()) || table.TaggedOrganization(at, at + word.size())) return true;
  }
  return false;
}

}  // namespace

bool PhraseNamesSomeoneElse(const Resolution& r, const SpeakerCandidate& candidate, const SpeakerTable& table,
                            const AliasIndex& aliases) {
  if (r.type != SpeakerKind::kPerson || candidate.via != SpeakerCandidate::Via::kNamed) return false;
  std::u32string_view phrase = candidate.as_written;
  std::u32string_view text = table.text();
  if (phrase.empty() || text.substr(candidate.phrase_start, phrase.size()) != phrase) return false;
  std::vector<PhraseWord> words = SplitPhrase(phrase, candidate.phrase_start);
  if (words.empty()) return false;
  // A speaker the phrase writes, in part or whole, is the phrase's own.
  std::u32string speaker = NameKey(r.speaker);
  for (const PhraseWord& w : words) {
    std::u32string key = NameKey(w.text);
    if (key.empty()) continue;
    if (speaker.find(key) != std::u32string::npos || key.find(speaker) != std::u32string::npos) return false;
  }
  // "남궁민 한빛재단 이사장은": the phrase began after her name.
  std::u32string_view before = text.substr(0, candidate.phrase_start);
  while (!before.empty() && before.back() == U' ') before.remove_suffix(1);
  size_t space = r.speaker.rfind(U' ');
  std::u32string_view last = std::u32string_view(r.speaker).substr(space == std::u32string::npos ? 0 : space + 1);
  if (!last.empty() && before.ends_with(last)) return false;
  for (size_t i = 0; i < words.size(); ++i) {
    const PhraseWord& w = words[i];
    if (w.text.size() < 2 || !AllHangulSyllables(w.text) || DescribesSpeaker(w, table, aliases)) continue;
    // "한별 연인 이영희", "김 후보 측 대변인": whose people the speaker is.
    if (i + 1 < words.size() && (IsRoleNoun(words[i + 1].text) || IsSideNoun(words[i + 1].text) ||
                                 korean::IsAffiliationNoun(words[i + 1].text))) {
      continue;
    }
    // A name of its own: the tagger's, one of a Korean name's shape, or the
    // word that opens a titled phrase ("정환 서해대 교수"), where news
    // writes the name.
    bool opens_titled = i == 0 && words.size() > 1 && IsTitle(words.back().text);
    if (table.TaggedPerson(w.start, w.start + w.text.size()) || LooksLikeKoreanName(w.text) || opens_titled) return true;
  }
  return false;
}

bool SubjectIsCoordination(const Resolution& r, const SpeakerCandidate& candidate, const SpeakerTable& table) {
  // (the resolver may take the last one, a foreign name no table knows, for a body)
  bool speaker = r.type == SpeakerKind::kPerson || r.type == SpeakerKind::kOrganization;
  if (!speaker || candidate.via != SpeakerCandidate::Via::kNamed) return false;
  std::u32string_view text = table.text();
  size_t start = candidate.phrase_start;
  if (start < 3 || start > text.size() || text[start - 1] != U' ') return false;
  // The word before the phrase, one space away: "김하나와".
  size_t end = start - 1, begin = end;
  while (begin > 0 && !IsSpaceInLine(text[begin - 1]) && text[begin - 1] != U'\n') --begin;
  std::u32string_view word = text.substr(begin, end - begin);
  const korean::Particle* particle = korean::ParticleEnding(word, korean::kAfterName);
  if (particle == nullptr || !particle->Has(korean::kConjoins)) return false;
  std::u32string_view stem = word.substr(0, word.size() - particle->text.size());
  if (!korean::ParticleAgrees(stem, particle->text)) return false;
  // "오자와 이치로 대표는": the tagger's person runs on from the stem into
  // the phrase, so 와 ends a (Japanese) name, no particle joining two.
  size_t stem_end = begin + stem.size();
  if (table.TaggedPerson(begin, start + 1)) return false;
  // A person joined: a name (the tagger's, the table's) or a titled one
  // ("김 대표와 이 의원은"); not a thing or a body ("회사와 노조는",
  // "청와대와 정부는": a body speaks with its own name). A Korean name's
  // shape alone is no name ("조사결과 김 의원은": 조사결 is a word's
  // start): only with the people table, the tagger's span on the stem or a
  // title right after it ("김하나와 의원들은") to vouch for it.
  bool tagged = table.TaggedPerson(begin, stem_end);
  bool listed = table.ByName(stem) >= 0 || table.ListedPersonWord(stem);
  std::vector<PhraseWord> words = SplitPhrase(candidate.as_written, start);
  bool titled_after = !words.empty() && IsTitle(words.front().text);
  return tagged || listed || IsTitle(stem) || (LooksLikeKoreanName(stem) && titled_after);
}

bool SpeakerIsCommonWord(const Resolution& r, const SpeakerTable& table, const AliasIndex& aliases) {
  if (r.type != SpeakerKind::kPerson && r.type != SpeakerKind::kOrganization) return false;
  std::u32string_view speaker = r.speaker;
  size_t space = speaker.rfind(U' ');
  std::u32string_view last = space == std::u32string_view::npos ? speaker : speaker.substr(space + 1);
  if (last.empty()) return false;
  // What reads as no name: a word the lexicon lists as common, a plural
  // ("MC들": a group of people), a word with a mark no name is written with
  // ("abcd****", "[속보]"). A name's letters are Hangul, Hanja, Latin, digits
  // and the marks of "E&M", "장-피에르", "티파니·유리".
  auto name_letter = [](char32_t c) {
    return IsHangulSyllable(c) || (c >= 0x4E00 && c <= 0x9FFF) || (c < 0x80 && std::isalnum(static_cast<int>(c))) ||
           std::u32string_view(U"·&.-'").find(c) != std::u32string_view::npos;
  };
  bool letters = std::all_of(last.begin(), last.end(), name_letter);
  bool plural = last.size() >= 2 && last.back() == U'들';
  bool common = !letters || plural || IsCommonWord(last);
  if (!common) return false;
  // Evidence of a name or a body: the tagger, the people table, the alias
  // file, the tagger's name list, the lexicon's places, titles and bodies.
  bool vouched = table.ByName(speaker) >= 0 || table.ByName(last) >= 0 || aliases.Find(speaker) || aliases.Find(last) ||
                 table.ListedPerson(last) || table.ListedOrganization(last) || TaggedAnywhere(last, table) ||
                 IsPlace(last) || IsTitleOrRole(last) || korean::IsOrganizationHead(last) ||
                 korean::IsGovernmentBody(last) || LooksLikeKoreanName(last) || last.size() == 1;
  return !vouched;
}

bool SpeakerContradicted(const Resolution& r, const SpeakerCandidate& candidate, const SpeakerTable& table,
                         const AliasIndex& aliases) {
  return PhraseNamesSomeoneElse(r, candidate, table, aliases) || SpeakerIsCommonWord(r, table, aliases) ||
         SubjectIsCoordination(r, candidate, table);
}

}  // namespace kosearch
