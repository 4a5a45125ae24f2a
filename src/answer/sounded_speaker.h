// An English speaker phrase nothing else resolved ("a Doosan official",
// "Lutz", "Marco Branca") read by its sound against the index's own Hangul
// speaker and organization keys (the loanword matcher, text/loanword.h: no
// word list), and taken only with a second, independent piece of evidence
// from the index: of the keys that sound like its name, exactly one has a
// quote that also says the question's topic. A sound alone pairs with other
// people's names (one English word by sound gave 4 wrong speakers for 2
// right on dev7/dev8), so a match with no quote on the topic, or several
// on it, is no one. A name is never widened to a title: only the keys the
// name words sound like are candidates, never a title's holders.
// Internal header.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "answer/english_names.h"
#include "answer/speaker_filter.h"
#include "answer/speaker_keys.h"
#include "search/archive_reader.h"

namespace kosearch {

// The keys of `hangul_keys` that the capitalized name words closing the
// English `speaker` sound like (one word or a run of up to three; a run of
// two or more each word fitting its part), the best three, best first;
// none for a romanized Korean name (its reader's: romanized_names.h), a
// phrase of titles only, or one of more words than a speaker phrase has.
// Only titles may follow the name (`is_role`: a role the index's quotes are
// given, "official" of "Doosan official"; not "Chinese entertainment
// outlet"), and no word of it may have a Korean spelling or be an
// institution word (`spellings`, HasKnownWord: those are read as words).
using IsRoleWord = std::function<bool(const std::string&)>;
std::vector<SpeakerKeyCandidate> SoundedSpeakerCandidates(const std::string& speaker,
                                                          const std::vector<std::string>& hangul_keys,
                                                          const SpellingsOf& spellings, const IsRoleWord& is_role);

// The only candidate `on_topic` says has a quote on the question's topic
// (each candidate's terms, TermsOf: speaker and organization, asked once,
// all together), or nullopt: none, or more than one.
std::optional<SpeakerKeyCandidate> OnlyCandidateOnTopic(const std::vector<SpeakerKeyCandidate>& candidates,
                                                        const QuotedTerms& on_topic);

// `unknown` (no quote by `speaker`, even through its quoted keys) read by
// its sound: the quotes of the one sounded key with a quote matching
// `topic` (the question's topic as it is scored, under the question's
// filters), read_by kSound, an organization when the key is one of the
// index's organization keys; `unknown` itself otherwise, or when `topic` is
// empty. The answer must then say the topic too: a sound is evidence only
// with it. May throw Xapian::Error.
SpeakerFilter ThroughSoundedKeys(const std::string& speaker, const SpeakerFilter& unknown, const Xapian::Query& topic,
                                 ArchiveReader& archive);

}  // namespace kosearch
