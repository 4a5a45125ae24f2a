// Where a name inside a quote's subject phrase ends (see name_runs.h).
#include "extract/name_runs.h"

#include "extract/attribution.h"
#include "extract/speaker_table.h"
#include "extract/speaker_words.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

bool ForeignNamePart(std::u32string_view w, const AliasIndex& aliases) {
  return AllHangulSyllables(w) && w.size() >= 2 && w.size() <= 5 && !IsTitle(w) && !IsRoleNoun(w) && !OrgLike(w, aliases) &&
         !IsPlace(w) && !IsModifier(w) && !IsQualifier(w) && !IsNonAgent(w) && !HasGrammaticalEnding(w) &&
         !korean::IsGovernmentBody(w) && !korean::EndsLikePersonNoun(w) && !korean::EndsLikeOfficial(w);
}

bool TaggedKoreanName(const PhraseWord& w, const SpeakerTable& table) {
  return w.text.size() == 3 && AllHangulSyllables(w.text) && korean::IsSurnameSyllable(w.text[0]) && !IsCommonWord(w.text) &&
         !IsTitle(w.text) && table.TaggedPerson(w.start, w.start + w.text.size());
}

NameRun RunOfName(const std::vector<PhraseWord>& words, size_t i, const SpeakerTable& table, const AliasIndex& aliases) {
  size_t n = words.size();
  // "프랑크 발터 슈타인마이어 독일 외무장관": a foreign name runs on over
  // the words the tagger marks as a person, up to a body, a place or a title.
  size_t end = i + 1;
  while (end + 1 < n && table.TaggedPerson(words[end].start, words[end].start + words[end].text.size()) &&
         !OrgLike(words[end].text, aliases) && !IsPlace(words[end].text) && !IsTitle(words[end].text)) {
    ++end;
  }
  // "카리 유사프 아마디": a tagged foreign name runs on to a last word that
  // is no title, role or body (the family name after the tag's end). A
  // Korean name opens no run ("백종원 닭갈비").
  bool foreign_run = end > i + 1 && !LooksLikeKoreanName(words[i].text) && !TaggedKoreanName(words[i], table);
  if (foreign_run && end + 1 == n && ForeignNamePart(words[end].text, aliases)) ++end;
  // "민변 이종훈": a Korean name ends the run and is the name alone; inside
  // a foreign run ("카리 유사프 아마디") only the last word's shape counts.
  for (size_t k = i; k < end; ++k) {
    bool run_end = !foreign_run || k + 1 == end;
    if (run_end && (LooksLikeKoreanName(words[k].text) || TaggedKoreanName(words[k], table))) {
      i = k, end = k + 1;
    }
  }
  return {i, end};
}

}  // namespace kosearch
