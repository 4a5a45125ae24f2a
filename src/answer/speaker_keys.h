// A speaker phrase the grammar read but the speaker filter found no quote of
// ("not quoted by name": speaker_filter.h) read again through the index's
// own quote terms: candidate keys are made from the phrase (its words and
// runs of them, with the titles and role nouns of the lexicon tables taken
// off, a trailing particle taken off; an English phrase through the Hangul
// spellings the alias file, the archive and the romanized-name reading give),
// all asked at once whether some quote is keyed by them (speaker, role or
// organization); the most specific key held is the speaker. A name is never
// widened to a title: no candidate is made of title or role words alone (a
// phrase of titles only is NarrowSpeaker's). The helpers a subject read
// through the index's quote terms shares (quoted_subject.cc) are here too.
// Internal header.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "answer/speaker_filter.h"
#include "search/archive_reader.h"

namespace kosearch {

// A key of one syllable ("김", "측", "이", "문") is too many people's.
inline constexpr size_t kMinKeyChars = 2;
// Words of a speaker phrase looked at: more is a clause, not a name.
inline constexpr size_t kMaxPhraseWords = 6;
// Words of a name read from English ("Yoon In-dae", a name by its sound).
inline constexpr size_t kMaxNameWords = 3;

// Whether the words of an English phrase after `word` say whose or where
// the speaker is, not who ("Soyou of Sistar", "head of the foundation"):
// of, at, from, for, to, by; read by sound (`for_sound`), of and from only
// ("a spokesperson for Fila" is Fila's by its sound).
bool SaysWhoseOrWhere(const std::string& word, bool for_sound);

// The Hangul speaker and organization keys of the index (AddHangulKeys:
// the first kScanQuoteKeys of each in term order, so a name sorting after
// them is never found), the speakers first (`speaker_count` of them, when
// asked). Scanned once per question: the question's CachedArchive keeps
// the terms it visited.
std::vector<std::string> HangulKeys(ArchiveReader& archive, size_t* speaker_count = nullptr);

// The `keys` the run [first, first + len) of English `words` sounds like
// (MatchLoanword of the run, hyphens taken out, at `similarity`), each word
// fitting its part (FittingSoundMatches), best first.
std::vector<std::string> RunSoundsLike(const std::vector<std::string>& words, size_t first, size_t len,
                                       const std::vector<std::string>& keys, double similarity);

// `word` without its trailing punctuation ("봤나?" → 봤나, "Yoon," → Yoon).
std::string WithoutTrailingPunctuation(std::string word);

// The Hangul `word` without the particle a speaker phrase ends in
// (korean::kQuestionSpeaker: "박서진은" → 박서진, "윤석열의" → 윤석열);
// only a subject particle (은/는/이/가) when `subject_only`; empty when it
// has none.
std::string WithoutSpeakerParticle(const std::string& word, bool subject_only);

// A candidate: the words it was made of (display) and its key
// (AliasTable::Key); `whole` when it keeps every word of the phrase but its
// titles (only then may a role the quotes are given be it: never a name
// widened to a title); `person_only` when it drops a title after the name
// (a person's title: the name is the person, never a body).
struct SpeakerKeyCandidate {
  std::string text;
  std::string key;
  bool whole = false;
  bool person_only = false;
};

// For each set of terms, whether some quote has one of them: all asked at once.
using QuotedTerms = std::function<std::vector<bool>(const std::vector<std::vector<std::string>>& term_sets)>;

// The terms a candidate is looked up by: speaker; organization unless
// person_only; role when whole too (a sounded candidate, neither: speaker
// and organization).
std::vector<std::string> TermsOf(const SpeakerKeyCandidate& candidate);

// The candidate keys of `speaker` (as asked), the most specific first; for
// an English phrase, of `hangul_forms` (Hangul spellings of its runs) too.
std::vector<SpeakerKeyCandidate> SpeakerKeyCandidates(const std::string& speaker, const std::vector<std::string>& hangul_forms);

// The first candidate `quoted` holds (asked once, all candidates together), or nullopt.
std::optional<SpeakerKeyCandidate> MostSpecificQuotedKey(const std::vector<SpeakerKeyCandidate>& candidates, const QuotedTerms& quoted);

// `unknown` (NarrowSpeaker's answer for `speaker`, no quote by them) read
// through the index's quote terms: a filter on the quotes keyed by the most
// specific candidate (ThroughKey, read_by kQuoteKeys); `unknown` itself when
// none is held. May throw Xapian::Error.
SpeakerFilter ThroughQuotedKeys(const std::string& speaker, const SpeakerFilter& unknown, ArchiveReader& archive);

// The quotes keyed by `found` (TermsOf), read from `unknown` `read_by`:
// read_as its text, the rest of `unknown`'s reading (how, kind) kept.
SpeakerFilter ThroughKey(const SpeakerKeyCandidate& found, const SpeakerFilter& unknown, SpeakerReadBy read_by);

// QuotedTerms over the archive's quote documents (one batched look-up),
// only those `within` matches when it is not empty.
QuotedTerms QuotedTermsOf(ArchiveReader& archive, const Xapian::Query& within = Xapian::Query());

}  // namespace kosearch
