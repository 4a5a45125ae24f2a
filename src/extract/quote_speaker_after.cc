// Speakers named after their quote (issue 13, see quote_marks.h): the
// name in the genitive before a noun of speech (`'…'는 정씨의 주장`,
// `'…'는 중국의 대외 발언`) and the noun phrase after a retrospective quoting
// ending (`"…"던 마틴은`). FindQuotePairs marks such pairs; FindQuotes
// keeps them when the name can speak.
#include <algorithm>

#include "extract/people.h"
#include "extract/quote_marks.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// `발언이`, `대외 발언이`, `공식 입장을`: a noun of speech, right away or
// after one plain noun that qualifies it (no particle, no ending: a noun
// compound's first part), as the head of the genitive's noun phrase.
bool SpeechNounAfterModifier(std::u32string_view rest) {
  if (korean::StartsWithSpeechNoun(rest)) return true;
  size_t end = 0;
  while (end < rest.size() && IsHangulSyllable(rest[end])) ++end;
  if (end < 2 || end >= rest.size() || !IsSpaceInLine(rest[end])) return false;
  std::u32string_view word = rest.substr(0, end);
  bool subject;
  if (StripParticle(word, &subject) != word.size() || HasGrammaticalEnding(word) || korean::HasInflectionSyllable(word) ||
      korean::EndsLikeModifier(word)) {
    return false;
  }
  return korean::StartsWithSpeechNoun(rest.substr(end + 1));
}

}  // namespace

bool SpeakerInGenitiveAfter(std::u32string_view text, size_t limit, const QuotePair& pair, size_t* speaker_start,
                            size_t* speaker_end) {
  limit = std::min(limit, text.size());
  std::u32string_view inside = QuotedWords(text, pair);
  // A sentence (a question too: `…않을 것인가`), not a term or a title.
  if (pair.unclosed || !(LooksLikeSentence(inside) || inside.ends_with(U"인가") || inside.ends_with(U"는가"))) return false;
  size_t a = pair.close + 1;
  std::u32string_view after = text.substr(a, limit - a);
  size_t from = 0;
  for (const korean::AdnominalQuoting& e : korean::AdnominalQuotingEndings()) {
    if (!e.contracted && after.starts_with(e.text)) { from = a + e.text.size(); break; }
  }
  if (from == 0) return false;
  for (size_t w = from, words = 0; w < limit && words < 3; ++words) {
    size_t end = w;
    while (end < limit && IsHangulSyllable(text[end])) ++end;
    std::u32string_view word = text.substr(w, end - w);
    if (word.empty() || end >= limit || !IsSpaceInLine(text[end])) return false;
    if (word.size() >= 2 && word.back() == U'의') {
      // (그의, 이의: who "he" is, the resolver of pronouns knows, not this)
      if (word.size() == 2 && w == from && std::u32string_view(U"그이").find(word[0]) != std::u32string_view::npos) return false;
      if (!SpeechNounAfterModifier(text.substr(end + 1, limit - end - 1))) return false;
      *speaker_start = from, *speaker_end = end - 1;
      return true;
    }
    // A clause (`말하는 김 대표의`, `했던`), not a name.
    if (korean::HasInflectionSyllable(word) || korean::EndsLikeModifier(word) ||
        korean::EndsInModifierSyllable(word, korean::kClauseGoesOn)) {
      return false;
    }
    w = end + 1;
  }
  return false;
}

bool SpeakerAfterRetrospectiveEnding(std::u32string_view text, size_t limit, const QuotePair& pair,
                                     size_t* speaker_start, size_t* speaker_end) {
  limit = std::min(limit, text.size());
  if (pair.unclosed || pair.close >= limit || !LooksLikeSentence(QuotedWords(text, pair))) return false;
  std::u32string_view after = text.substr(pair.close + 1, limit - pair.close - 1);
  size_t from = 0;
  for (std::u32string_view e : korean::RetrospectiveQuotingEndings()) {
    if (after.starts_with(e)) { from = pair.close + 1 + e.size(); break; }
  }
  if (from == 0) return false;
  // Up to three words, the last with a subject's particle or a comma after
  // it (`마틴은`, `트럼프,`, `김 대표는`): no clause (`했던`), no other particle.
  for (size_t w = from, words = 0; w < limit && words < 3; ++words) {
    size_t end = w;
    while (end < limit && IsHangulSyllable(text[end])) ++end;
    std::u32string_view word = text.substr(w, end - w);
    if (word.empty() || korean::HasInflectionSyllable(word) || korean::EndsLikeModifier(word)) return false;
    bool subject = false;
    size_t stem = StripParticle(word, &subject);
    bool comma = end < limit && text[end] == U',';
    if (stem < word.size() && !subject) return false;
    if (subject || comma) {
      if (stem == 0) return false;
      *speaker_start = from, *speaker_end = w + stem;
      return true;
    }
    if (end >= limit || !IsSpaceInLine(text[end])) return false;
    w = end + 1;
  }
  return false;
}

}  // namespace kosearch
