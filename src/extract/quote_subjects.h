// The subject of a quote's sentence (issue 13), as Korean news writes it:
// the word that ends in 은/는/이/가/께서/도 before the quote (`이재용 회장은
// "…"`), after it (`"…"라고 김 장관은 말했다`), a pronoun (`그는`), a noun
// phrase cited with 인용 or named by a headline. quotes.cc walks the quotes
// and asks this finder who speaks; attribution.h says who that is.
// This header holds the subject found (Speaker) and the finder
// (SubjectFinder). Internal header; offsets are code points into the
// article body.
// The finder's code, a file a purpose: quote_subjects.cc (the walk: which
// words are tried, in what order), quote_subject_word.cc (is one word a
// subject, and which), quote_subject_extent.cc (where its noun phrase
// starts), quote_subject_actors.cc (who may speak) and
// quote_subject_clauses.cc (what stands between a subject and its quote).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/people.h"
#include "extract/quote_marks.h"
#include "extract/speaker_table.h"

namespace kosearch {

// A subject as found in the text, before it is resolved.
struct Speaker {
  bool found = false;
  long person = -1;              // index into people, or -1 for a non-person speaker
  std::u32string phrase;         // speaker when not a person ("기상청 관계자", "NASA")
  size_t start = 0;              // where the phrase starts
  std::u32string as_written;     // the reference in the text
  bool fuzzy = false;
  bool pronoun = false;          // 그는: the last speaker
  bool guessed = false;          // taken for a name only by its shape (3+ syllables, no noun ending)
  bool opening_topic = false;    // OpeningTopic: a word the sentence opens with, right before its quote
};

class SubjectFinder {
 public:
  // `words` and `people` come from SplitWords() and FindPeople() over
  // `text`, `speakers` is the table built from them, `pairs` the quote pairs.
  SubjectFinder(std::u32string_view text, const std::vector<Word>& words, const PeopleFound& people,
                const AliasIndex& aliases, const SpeakerTable& speakers, const std::vector<QuotePair>& pairs);

  // The subject nearest before `end` among words starting in [begin, end).
  // With `topic_only`, only 은/는 subjects count: the main clause's topic,
  // not the subject of an embedded clause ("박 대통령이 … 한 데 대해").
  Speaker Before(size_t begin, size_t end, bool topic_only = false) const;
  // The first subject among words starting in [begin, end). With
  // `said_who_only`, only one after the verb that took the quote in its
  // modifying form ("…"이라고 밝힌 레이번은).
  Speaker After(size_t begin, size_t end, bool said_who_only = false) const;
  // `기탄은 성애에게 "…"라며`, `셔독은 "…"고 덧붙였다`: the word the sentence
  // at `begin` opens with, a topic (은/는) with no one but an addressee or an
  // adverb between it and the quote at `end`, is who speaks, even a name too
  // short or plain to pass for one elsewhere; not a word of grammar, time or
  // a thing. The caller asks only for a quote with a quotative ending.
  Speaker OpeningTopic(size_t begin, size_t end) const;
  // The noun phrase text[start, end) as a speaker: the person mentioned
  // there, or the phrase itself (the source cited with 인용).
  Speaker At(size_t start, size_t end) const;
  // True when the noun phrase text[start, end) may speak: a person is
  // mentioned in it, or its last word is a name, title, role or body.
  bool CouldSpeak(size_t start, size_t end) const;
  // True when words in [begin, end), outside quotes, mention a person other
  // than `person` or name a body: someone else who may be speaking. What the quote is about ("황 CEO와 이 회장의 회동에 대해") is
  // not someone else speaking.
  bool OtherActorIn(size_t begin, size_t end, long person) const;
  // The person mentioned last before `pos` (for 그는 with no earlier speaker).
  Speaker LastMentionBefore(size_t pos) const;

 private:
  size_t FirstWordAt(size_t pos) const;
  bool ClosesAboutClauseIn(size_t from, size_t end) const;
  // True when a word in [from, end), outside quotes and before the last,
  // closes a reported clause (…다고, …라고) that a verb then takes.
  bool ReportedClauseIn(size_t from, size_t end) const;
  // True when a word in [from, end), outside quotes and before the last, is a
  // verb whose clause modifies the noun after it (korean::ModifiesNounAsVerb).
  bool ModifyingClauseIn(size_t from, size_t end) const;
  // True when word i stands between quote marks opened after `begin` and
  // closed before `end`.
  bool InsideMarksBefore(size_t i, size_t begin, size_t end) const;
  // "단즈만 교수는", "닌텐도 측": a name of 3+ syllables at word k, opening its
  // clause, whose last syllable is also a particle (만, 도).
  bool NameEndingLikeParticle(size_t k) const;
  std::u32string_view Core(size_t i) const { return text_.substr(words_[i].start, words_[i].end - words_[i].start); }
  std::u32string_view Stem(size_t i) const {
    bool subject;
    std::u32string_view carrier = ParticleCarrier(text_, words_[i]);
    return words_[i].has_paren() ? Core(i) : carrier.substr(0, StripParticle(carrier, &subject));
  }

  // Where the noun phrase whose last word is i (with stem `stem`) starts.
  size_t PhraseStart(size_t i, std::u32string_view stem, size_t phrase_floor) const;
  // "황교안 대통령 권한대행 국무총리는", "이시욱 한국개발연구원(KDI) 정책대학원
  // 교수는": a name opening the clause, then any affiliation words, then
  // titles. Where the phrase ending in title word i starts at `first` after
  // such a name, the word where the name starts; else `first`.
  size_t NameOpeningTitledPhrase(size_t first, size_t i, size_t phrase_floor) const;
  // "제라르 울리에 올림피크 리옹 감독은": the mention ending at word i is a
  // name guessed from plain words before a title, the tagger sees a body
  // where it begins, and marks a person opening the phrase before it.
  bool TaggerNamesOpener(const PersonMention& mention, size_t i, size_t phrase_floor) const;
  // Word i, after a quote closing at begin - 1 with 고 glued (라고, 다고)
  // and adverbs, is a verb in its modifying form in ㄴ: the verb that took
  // the quote, describing who said it ("…"이라고 분명히 밝힌 레이번은).
  bool SaidWhoModifier(size_t i, size_t begin) const;
  // Word k names a person: a mention, the tagger's person, or a Korean name's shape.
  bool NameWordAt(size_t k) const;
  // `before_quote`: the sentence at phrase_floor goes on to the quote.
  Speaker SubjectAt(size_t i, size_t phrase_floor, bool before_quote = false) const;

  // The person mentioned by `mention`, whose last word i has a stem of
  // `stem_size` code points (or her namesake).
  Speaker MentionAt(const PersonMention& mention, size_t i, size_t stem_size) const;

  // "트럼프 대통령의 차남 에릭 트럼프도": a part of a famous name (the alias
  // file's 트럼프) written after another given name the tagger takes in is a
  // relative or namesake, not the famous one: *s gets the whole name.
  bool Namesake(const PersonMention& mention, size_t i, size_t stem_size, Speaker* s) const;
  bool Vouched(size_t i, std::u32string_view stem) const;
  bool TitleBefore(size_t i, std::u32string_view stem) const;
  bool VerbFormInTopicEnding(size_t i, std::u32string_view stem, char32_t ending, bool spared) const;

  // Who may speak: organizations, officials, known names, titles, unknown
  // names (a 3+ syllable word that is not a common noun ending).
  bool Actor(std::u32string_view stem) const;
  // Who may speak without a guess: officials, roles, titles, bodies, Korean
  // names and names the alias file knows.
  bool KnownActor(std::u32string_view stem) const;

  // "이해은" for 이해진: a name-like subject that is no known person, matched to
  // the unique person named earlier with the same surname whose name it
  // prefixes or is one edit away from.
  bool Fuzzy(std::u32string_view core, std::u32string_view stem, Speaker* s) const;

  std::u32string_view text_;
  const std::vector<Word>& words_;
  const PeopleFound& people_;
  const AliasIndex& aliases_;
  const SpeakerTable& speakers_;
  std::vector<long> mention_at_;  // word index -> mention ending there
  std::vector<bool> quoted_;      // word index -> inside a quote pair
  std::vector<size_t> opens_;     // where the quote pairs open, in text order
};

}  // namespace kosearch
