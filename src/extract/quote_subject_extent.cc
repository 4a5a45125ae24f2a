// Where the subject's noun phrase starts (see quote_subjects.h): the plain
// words before the subject word, longer before a title, and a name opening
// a titled phrase ("김민수 장관 직무대행 차관은") across its
// affiliation words.
#include "extract/quote_subjects.h"

#include "extract/attribution.h"
#include "extract/speaker_words.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

// The noun phrase: plain words joined by spaces before the subject word i,
// longer before a title ("왕 자오징 베이징 시정부 대변인은": name, affiliation).
size_t SubjectFinder::PhraseStart(size_t i, std::u32string_view stem, size_t phrase_floor) const {
  bool subject;
  size_t first = i, longest = IsTitle(stem) ? 6 : 3;
  while (first > 0 && i - first < longest && words_[first].space_before && words_[first - 1].start >= phrase_floor) {
    std::u32string_view prev = Core(first - 1);
    size_t prev_stem = StripParticle(prev, &subject);
    // "닌텐도 측은": a body the tagger marks, or its name list holds, may end
    // like a particle (도, 만).
    bool tagged_body = speakers_.TaggedOrganization(words_[first - 1].start, words_[first - 1].end) ||
                       speakers_.ListedOrganization(prev);
    bool ends_like_grammar = !tagged_body && (prev_stem != prev.size() || (HasGrammaticalEnding(prev) &&
                             !speakers_.TaggedPerson(words_[first - 1].start, words_[first - 1].end)));
    // "이 원장은", "한 이사장은": 이 and 한 opening the clause before a title
    // are a surname, not a determiner (this, a certain).
    // "이에 서 소장은": a lone surname syllable that would be a particle
    // or an ending glued to a word (서, 도) stands alone here: no particle.
    bool lone_surname = prev.size() == 1 && korean::IsSurnameSyllable(prev[0]) && !IsCommonWord(prev) &&
                        korean::SurnameDeterminerReading(prev) == korean::SurnameDeterminer::kNoDeterminer &&
                        speakers_.OpensClause(words_[first - 1].start, /*after_adverb=*/true);
    bool surname = first == i && IsTitle(stem) && !IsRoleNoun(stem) &&
                   (speakers_.SurnameDeterminerOpens(words_[first - 1].start) || lone_surname);
    if ((ends_like_grammar && !surname && !(first == i && IsTitle(stem) && NameEndingLikeParticle(first - 1))) ||  // "단즈만 교수는"
        words_[first - 1].has_paren() || IsAsciiDigit(prev.front()) || quoted_[first - 1] || (IsCommonWord(prev) && !surname)) {
      break;
    }
    --first;
  }
  return first;
}

size_t SubjectFinder::NameOpeningTitledPhrase(size_t first, size_t i, size_t phrase_floor) const {
  if (first > i || NameWordAt(first)) return first;
  bool subject;
  size_t floor = FirstWordAt(phrase_floor);
  // Up to three affiliation words between the name and the phrase found:
  // plain nouns, bodies, places, a body with its abbreviation in brackets.
  for (size_t k = first; k > floor && first - k <= 3;) {
    if (!words_[k].space_before || quoted_[k - 1]) return first;
    --k;
    std::u32string_view w = Core(k);
    // "루이 가르니에 스타드 렌 감독은": a foreign name's last part may
    // end like a particle; the tagger's person right before it opens the
    // name, also when the model cut that word short ("로|랑").
    bool foreign_last_part = k > floor && words_[k].space_before && !quoted_[k - 1] && AllHangulSyllables(w) &&
                             w.back() != U'의' && w.size() >= 2 &&
                             speakers_.TaggedPersonAtStartOf(words_[k - 1].start, words_[k - 1].end) &&
                             mention_at_[k - 1] < 0 && !IsTitle(Core(k - 1));
    if (foreign_last_part && speakers_.OpensClause(words_[k - 1].start, /*after_adverb=*/true)) return k - 1;
    bool bare = !w.empty() && (words_[k].has_paren() || (StripParticle(w, &subject) == w.size() && !HasGrammaticalEnding(w)));
    bool tagged_person = speakers_.TaggedPerson(words_[k].start, words_[k].end);
    if (NameWordAt(k) && (bare || tagged_person)) {
      size_t start = mention_at_[k] >= 0 ? people_.mentions[mention_at_[k]].first_word : k;
      return speakers_.OpensClause(words_[start].start, /*after_adverb=*/true) ? start : first;
    }
    bool tagged_body = speakers_.TaggedOrganization(words_[k].start, words_[k].end);
    // "베를린 영화제 출품 당시 감독은": a time word ends the phrase.
    if (w.empty() || IsAsciiDigit(w.front()) || IsCommonWord(w) || (!tagged_body && !bare)) return first;
  }
  return first;
}

bool SubjectFinder::TaggerNamesOpener(const PersonMention& mention, size_t i, size_t phrase_floor) const {
  if (!mention.guessed || mention.last_word != i) return false;
  // The tagger sees a body, not a person, where the guessed name begins.
  const Word& opening = words_[mention.first_word];
  if (speakers_.TaggedPerson(opening.start, opening.end) || !speakers_.TaggedOrganization(opening.start, opening.end)) {
    return false;
  }
  return NameOpeningTitledPhrase(mention.first_word, i, phrase_floor) < mention.first_word;
}

bool SubjectFinder::NameWordAt(size_t k) const {
  std::u32string_view w = Core(k);
  if (mention_at_[k] >= 0) return true;
  if (w.empty() || words_[k].has_paren() || IsTitle(w) || IsRoleNoun(w) || IsPlace(w) || LooksLikeOrg(w, aliases_)) return false;
  return speakers_.TaggedPerson(words_[k].start, words_[k].end) || (LooksLikeKoreanName(w) && !IsCommonWord(w));
}

bool SubjectFinder::NameEndingLikeParticle(size_t k) const {
  std::u32string_view w = Core(k);
  return w.size() >= 3 && AllHangulSyllables(w) && (w.back() == U'만' || w.back() == U'도') &&
         !HasGrammaticalEnding(w.substr(0, w.size() - 1)) && !IsCommonWord(w) &&
         speakers_.OpensClause(words_[k].start, /*after_adverb=*/true);
}

}  // namespace kosearch
