// The walk of the subject finder (see quote_subjects.h): which words of a
// quote's sentence are tried as its subject, in what order, before the
// quote (the nearest, yielding to the topic), after it, or the sentence's
// opening topic. Whether one word is a subject is quote_subject_word.cc's.
#include "extract/quote_subjects.h"

#include <algorithm>

#include "extract/attribution.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

SubjectFinder::SubjectFinder(std::u32string_view text, const std::vector<Word>& words, const PeopleFound& people,
                             const AliasIndex& aliases, const SpeakerTable& speakers, const std::vector<QuotePair>& pairs)
    : text_(text), words_(words), people_(people), aliases_(aliases), speakers_(speakers), mention_at_(words.size(), -1),
      quoted_(words.size(), false) {
  for (const QuotePair& pair : pairs) opens_.push_back(pair.open);
  for (size_t m = 0; m < people.mentions.size(); ++m) mention_at_[people.mentions[m].last_word] = static_cast<long>(m);
  size_t p = 0;  // words inside any quote are never the speaker
  for (size_t i = 0; i < words.size(); ++i) {
    while (p < pairs.size() && pairs[p].close < words[i].start) ++p;
    quoted_[i] = p < pairs.size() && (pairs[p].open < words[i].start || (pairs[p].began_before && pairs[p].open == words[i].start));
  }
}

// The subject nearest before `end` among words starting in [begin, end).
// With `topic_only`, only 은/는 subjects count: the main clause's topic,
// not the subject of an embedded clause ("박 대통령이 … 한 데 대해").
Speaker SubjectFinder::Before(size_t begin, size_t end, bool topic_only) const {
  size_t i = FirstWordAt(end);
  while (i > 0 && words_[i - 1].start >= begin) {
    --i;
    std::u32string_view carrier = ParticleCarrier(text_, words_[i]);
    bool is_topic = korean::EndsInTopicParticle(carrier);
    if (topic_only && !is_topic) continue;
    if (InsideMarksBefore(i, begin, end)) continue;
    Speaker s = SubjectAt(i, begin, /*before_quote=*/true);
    if (!s.found) continue;
    // "문 대표는 … 새누리당이 … 내건 것에 대해 "…"": the subject of the
    // clause about something is not the speaker; the topic before it is.
    // "문 후보는 안 후보가 … 알고 있다고 주장하며 "…"": a subject whose
    // clause is reported (…다고, …라고) is who the topic answers.
    // "박 단장은 공연이 준비가 부족하다는 물음에 "…"": a subject whose clause
    // then modifies a noun belongs to that noun's phrase.
    if (!topic_only && !is_topic &&
        (ClosesAboutClauseIn(i + 1, end) || ReportedClauseIn(i + 1, end) || ModifyingClauseIn(i + 1, end))) {
      if (Speaker topic = Before(begin, words_[i].start, /*topic_only=*/true); topic.found) return topic;
    }
    // "환경부 측은 그 주장이 "…"이라며": a thing as the subject (what the
    // quote says it is) yields to a topic before it that may speak.
    if (!topic_only && s.person < 0 && !is_topic &&
        IsNonAgent(std::u32string_view(s.phrase).substr(s.phrase.rfind(U' ') + 1))) {
      Speaker topic = Before(begin, words_[i].start, /*topic_only=*/true);
      if (topic.found && (topic.person >= 0 || CouldSpeak(topic.start, topic.start + topic.phrase.size()))) return topic;
    }
    // "이어 셔독은 "…"": a plain word found as the topic that is also the
    // sentence's opening topic speaks as one (see OpeningTopic).
    if (is_topic && !topic_only && s.person < 0) {
      if (Speaker opening = OpeningTopic(begin, end); opening.found && opening.start == s.start) return opening;
    }
    return s;
  }
  return {};
}

// The first subject among words starting in [begin, end).
Speaker SubjectFinder::After(size_t begin, size_t end, bool said_who_only) const {
  // `"…"라고 김 장관은 말했다`: the subject comes right after the quote's ending.
  size_t first = FirstWordAt(begin);
  bool said_who = false;
  for (size_t i = first; i < words_.size() && words_[i].start < end && i < first + 5; ++i) {
    Speaker s = SubjectAt(i, begin);
    if (s.found) return said_who || !said_who_only ? s : Speaker{};
    // `"…"이라고 분명히 밝힌 레이번은`: the verb taking the quote, in its
    // modifying form, describes who said it: the noun it modifies.
    if (!said_who && SaidWhoModifier(i, begin)) {
      said_who = true;
      continue;
    }
    // Past the first verb ("…"라고 하며 바라보는 …) the subject slot is gone.
    if (i > first && HasGrammaticalEnding(Core(i))) break;
  }
  return {};
}

Speaker SubjectFinder::OpeningTopic(size_t begin, size_t end) const {
  size_t i = FirstWordAt(begin);
  // "이어 셔독은 "…"": a sentence adverb before the topic still leaves it
  // the word the sentence's clause opens with.
  for (size_t k = 0; k < 2 && i + 1 < words_.size() && words_[i + 1].start < end && !quoted_[i] &&
                     (korean::IsContinuationAdverb(Core(i)) || korean::IsAdverbBeforeQuote(Core(i)));
       ++k) {
    ++i;
  }
  if (i >= words_.size() || words_[i].start >= end || quoted_[i] || words_[i].has_paren()) return {};
  for (size_t j = i + 1; j < words_.size() && words_[j].start < end; ++j) {
    std::u32string_view w = Core(j);
    if (quoted_[j] || !(korean::IsAdverbBeforeQuote(w) || korean::MarksAddresseeOrObject(w))) return {};
  }
  std::u32string_view carrier = ParticleCarrier(text_, words_[i]);
  bool topic = carrier.size() >= 3 && korean::EndsInTopicParticle(carrier);
  // "개리 역시 …": 역시 (also) takes the place of the topic's particle.
  bool also = !topic && i + 1 < words_.size() && words_[i + 1].start < end && Core(i + 1) == U"역시";
  bool subject;
  if (!topic && !(also && carrier.size() >= 2 && StripParticle(carrier, &subject) == carrier.size())) return {};
  std::u32string_view stem = topic ? carrier.substr(0, carrier.size() - 1) : carrier;
  // "이양은", "고양은": a surname with 양 may be a girl or a city; not safe. "이군은" is
  // a boy (SurnameOfMinor); the forces ("공군은") are common words.
  bool surname_and_suffix = stem.size() == 2 && korean::IsSurnameSyllable(stem[0]) && stem[1] == U'양';
  if (!AllHangulSyllables(stem) || stem.size() > 6 || surname_and_suffix || IsCommonWord(stem) ||
      HasGrammaticalEnding(stem) || IsNonAgent(stem) || stem == U"그" || stem == U"그녀" || aliases_.Find(stem)) {
    return {};
  }
  Speaker s;
  s.found = s.guessed = s.opening_topic = true;
  s.phrase = stem;
  s.start = words_[i].start;
  s.as_written = stem;
  return s;
}

// The noun phrase text[start, end) as a speaker: the person mentioned
// there, or the phrase itself (the source cited with 인용).
Speaker SubjectFinder::At(size_t start, size_t end) const {
  Speaker s;
  s.found = true;
  for (size_t i = FirstWordAt(start); i < words_.size() && words_[i].start < end; ++i) {
    if (long m = mention_at_[i]; m >= 0) s.person = static_cast<long>(people_.mentions[m].person);
  }
  s.phrase = text_.substr(start, end - start);
  s.start = start;
  s.as_written = s.phrase;
  return s;
}

// True when words in [begin, end), outside quotes, mention a person other
// than `person` or name a body: someone else who may be speaking. What the quote is about ("황 CEO와 이 회장의 회동에 대해") is
// not someone else speaking.
bool SubjectFinder::OtherActorIn(size_t begin, size_t end, long person) const {
  size_t from = FirstWordAt(begin);
  for (size_t i = from; i < words_.size() && words_[i].start < end; ++i) {
    if (korean::ClosesAboutClause(Core(i))) from = i + 1;
  }
  for (size_t i = from; i < words_.size() && words_[i].start < end; ++i) {
    // Who is spoken to or about ("안산 선수에게는", "윤 일병을") is no rival.
    std::u32string_view carrier = ParticleCarrier(text_, words_[i]);
    if (quoted_[i] || korean::MarksAddresseeOrObject(carrier)) continue;
    if (long m = mention_at_[i]; m >= 0 && static_cast<long>(people_.mentions[m].person) != person) return true;
    if (mention_at_[i] < 0 && LooksLikeOrg(Stem(i), aliases_)) return true;
  }
  return false;
}

// The person mentioned last before `pos` (for 그는 with no earlier speaker).
Speaker SubjectFinder::LastMentionBefore(size_t pos) const {
  Speaker s;
  const auto& mentions = people_.mentions;
  auto it = std::lower_bound(mentions.begin(), mentions.end(), pos,
                             [&](const PersonMention& m, size_t p) { return words_[m.first_word].start < p; });
  if (it != mentions.begin()) s.found = true, s.person = static_cast<long>((it - 1)->person);
  return s;
}

size_t SubjectFinder::FirstWordAt(size_t pos) const {
  return std::lower_bound(words_.begin(), words_.end(), pos, [](const Word& w, size_t p) { return w.start < p; }) -
         words_.begin();
}

bool SubjectFinder::SaidWhoModifier(size_t i, size_t begin) const {
  std::u32string_view w = Core(i);
  if (quoted_[i] || w.size() < 2 || !AllHangulSyllables(w)) return false;
  // 말한, 밝힌, 외친 (not 했지만, whose 만 ends in ㄴ too)
  if (std::u32string_view(U"한힌친").find(w.back()) == std::u32string_view::npos) return false;
  // The quote ends in 고 (라고, 다고) glued to its closing mark.
  size_t space = text_.find(U' ', begin);
  if (space == std::u32string_view::npos || space == begin || text_[space - 1] != U'고') return false;
  for (size_t k = FirstWordAt(begin); k < i; ++k) {
    std::u32string_view adverb = Core(k);  // 이날, 분명히, 강하게
    bool adverb_form = adverb.size() >= 2 && (adverb.back() == U'히' || adverb.back() == U'게');
    if (words_[k].start >= space && !korean::IsAdverbBeforeQuote(adverb) && !adverb_form) return false;
  }
  return i + 1 < words_.size() && words_[i + 1].space_before && !quoted_[i + 1];
}

}  // namespace kosearch
