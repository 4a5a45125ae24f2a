// Who may speak, for the subject finder (see quote_subjects.h): a noun
// phrase with a person in it or ending in a name, title, role or body
// (CouldSpeak), and a subject's stem that may speak with or without a
// guess (Actor, KnownActor).
#include "extract/quote_subjects.h"

#include <algorithm>

#include "extract/attribution.h"
#include "extract/speaker_words.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

// True when the noun phrase text[start, end) may speak: a person is
// mentioned in it, or its last word is a name, title, role or body.
bool SubjectFinder::CouldSpeak(size_t start, size_t end) const {
  size_t last = words_.size();
  for (size_t i = FirstWordAt(start); i < words_.size() && words_[i].start < end; ++i) {
    if (mention_at_[i] >= 0) return true;
    last = i;
  }
  if (last == words_.size()) return false;
  std::u32string_view w = text_.substr(words_[last].start, std::min(words_[last].end, end) - words_[last].start);
  while (!w.empty() && !IsHangulSyllable(w.back()) && !IsAsciiAlnum(w.back())) w.remove_suffix(1);
  // "'네이처' 발표…": a quoted word is a title or a term, not a speaker.
  if (end < text_.size() && (IsCloseMark(text_[end - 1]) || IsDoubleQuote(text_[end - 1]))) return false;
  if (w.empty() || IsNonAgent(w)) return false;
  size_t from = words_[last].start, to = from + w.size();
  // "한지은": a name the tagger marks, or one of a Korean name's shape, may
  // end in a syllable that is also a particle.
  bool tagged = speakers_.TaggedPerson(from, to) || speakers_.TaggedOrganization(from, to);
  bool subject;
  if (StripParticle(w, &subject) != w.size() && !tagged && !LooksLikeKoreanName(w)) return false;
  // "식당 주인": a role noun of the lexicon speaks unnamed.
  return tagged || KnownActor(w) || IsRoleNoun(w);
}

// Who may speak: organizations, officials, known names, titles, unknown
// names (a 3+ syllable word that is not a common noun ending).
bool SubjectFinder::Actor(std::u32string_view stem) const {
  if (KnownActor(stem)) return true;
  if (aliases_.Find(stem)) return false;  // a term
  if (std::all_of(stem.begin(), stem.end(), IsAsciiAlpha) && stem.size() >= 2) return true;
  // A transliterated name (호나우두, 알름쿨로브): 3+ syllables with no noun/verb suffix.
  return stem.size() >= 3 && std::all_of(stem.begin(), stem.end(), IsHangulSyllable) && !HasGrammaticalEnding(stem) &&
         !korean::IsStemEnd(stem.back(), korean::kNounSuffixNoName);
}

// Who may speak without a guess: officials, roles, titles, bodies, Korean
// names and names the alias file knows.
bool SubjectFinder::KnownActor(std::u32string_view stem) const {
  if (EndsInSpeakingNoun(stem)) return true;
  if (IsTitle(stem) || LooksLikeOrg(stem, aliases_) || LooksLikeKoreanName(stem)) return true;
  if (NameGluedToTitle(stem) > 0) return true;  // "백승룡PD"
  if (size_t k = TitleGluedToName(stem); k > 0 && LooksLikeKoreanName(stem.substr(k))) return true;  // "MC김서현"
  if (korean::IsOrganizationHead(stem)) return true;  // "위키미디어 재단은": the words before name it
  const auto* g = aliases_.Find(stem);
  return g && g->kind != AliasTable::Kind::kTerm;
}

}  // namespace kosearch
