// An English speaker read by its sound, with the topic as evidence (see sounded_speaker.h).
#include "answer/sounded_speaker.h"

#include <algorithm>
#include <cctype>

#include "answer/answer_steps.h"
#include "answer/english_names.h"
#include "answer/question_grammar.h"
#include "answer/role_words.h"
#include "index/schema.h"
#include "kosearch/aliases.h"
#include "text/loanword.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Looser than the matcher's default (0.85): a sound here is only a
// candidate, the topic decides ("Lutz" 러츠 scores 0.64).
constexpr double kSoundedSimilarity = 0.6;
// Only the best-sounding keys are candidates: at that similarity one word
// sounds like dozens ("Saimdang" like 사민당, 삼성, 신정아…), and one of
// dozens saying the topic by chance would be someone else.
constexpr size_t kMaxSoundedCandidates = 3;

bool IsCapitalizedNameWord(const std::string& word) {
  return !word.empty() && std::isupper(static_cast<unsigned char>(word[0])) && !IsEnglishFunctionWord(word) &&
         KindOfSpeakerWord(word) == SpeakerWord::kName;
}

// The phrase's words, without trailing punctuation; empty when the phrase
// says whose the speaker is ("Moon Sung-min's agent", "head of the
// foundation": SaysWhoseOrWhere) or is longer than a speaker phrase.
std::vector<std::string> PhraseWords(const std::string& speaker) {
  std::vector<std::string> words;
  for (const auto& w : SplitSpaces(speaker)) {
    if (SaysWhoseOrWhere(w, true) || w.ends_with("'s") || w.ends_with("'")) return {};
    std::string bare = WithoutTrailingPunctuation(w);
    if (!bare.empty()) words.push_back(std::move(bare));
  }
  if (words.size() > kMaxPhraseWords) return {};
  return words;
}

}  // namespace

std::vector<SpeakerKeyCandidate> SoundedSpeakerCandidates(const std::string& speaker,
                                                          const std::vector<std::string>& hangul_keys,
                                                          const SpellingsOf& spellings, const IsRoleWord& is_role) {
  if (speaker.empty() || !IsLatin(speaker)) return {};
  const std::vector<std::string> words = PhraseWords(speaker);
  // The head: the last run of capitalized name words ("Doosan" of "Doosan official").
  size_t last = words.size();
  while (last > 0 && !IsCapitalizedNameWord(words[last - 1])) --last;
  if (last == 0) return {};  // titles only: NarrowSpeaker's
  size_t first = last - 1;
  while (first > 0 && IsCapitalizedNameWord(words[first - 1]) && last - first < kMaxNameWords) --first;
  // Only titles after the name ("Doosan official"): a capitalized word
  // before other words says what kind ("Chinese entertainment outlet").
  for (size_t i = last; i < words.size(); ++i) {
    if (!is_role(words[i])) return {};
  }
  // Another name before the head ("Park coach Lutz"): whose, not who.
  for (size_t i = 0; i < first; ++i) {
    if (IsCapitalizedNameWord(words[i])) return {};
  }
  const size_t len = last - first;
  if (LooksRomanizedKorean(words, first, len) || HasKnownWord(words, first, len, spellings)) return {};
  std::vector<std::string> matches = RunSoundsLike(words, first, len, hangul_keys, kSoundedSimilarity);
  if (matches.size() > kMaxSoundedCandidates) matches.resize(kMaxSoundedCandidates);
  // A title after the name ("Doosan official") or none: the body's or the
  // person's quotes alike (TermsOf: speaker and organization), never a role's.
  std::vector<SpeakerKeyCandidate> out;
  for (const auto& m : matches) {
    std::string key = AliasTable::Key(m);
    if (CodePointCount(key) < kMinKeyChars) continue;
    if (std::any_of(out.begin(), out.end(), [&](const SpeakerKeyCandidate& c) { return c.key == key; })) continue;
    out.push_back({m, std::move(key), false, false});
  }
  return out;
}

std::optional<SpeakerKeyCandidate> OnlyCandidateOnTopic(const std::vector<SpeakerKeyCandidate>& candidates,
                                                        const QuotedTerms& on_topic) {
  if (candidates.empty()) return std::nullopt;
  std::vector<std::vector<std::string>> asked;
  for (const auto& c : candidates) asked.push_back(TermsOf(c));
  const std::vector<bool> held = on_topic(asked);
  std::optional<SpeakerKeyCandidate> only;
  for (size_t i = 0; i < candidates.size() && i < held.size(); ++i) {
    if (!held[i]) continue;
    if (only) return std::nullopt;  // two keys that sound alike say the topic: either may be the speaker
    only = candidates[i];
  }
  return only;
}

SpeakerFilter ThroughSoundedKeys(const std::string& speaker, const SpeakerFilter& unknown, const Xapian::Query& topic,
                                 ArchiveReader& archive) {
  if (!unknown.unknown || topic.empty() || !IsLatin(speaker)) return unknown;
  size_t speaker_keys = 0;
  const std::vector<std::string> keys = HangulKeys(archive, &speaker_keys);
  const SpellingsOf spellings = [&](const std::string& w) { return archive.Spellings(w); };
  const IsRoleWord is_role = [&](const std::string& w) {
    std::vector<std::string> from_glossary;
    return !TitleTermsOf(AsciiLower(w), archive, &from_glossary).empty();
  };
  const std::vector<SpeakerKeyCandidate> candidates = SoundedSpeakerCandidates(speaker, keys, spellings, is_role);
  const auto found = OnlyCandidateOnTopic(candidates, QuotedTermsOf(archive, topic));
  if (!found) return unknown;
  SpeakerFilter out = ThroughKey(*found, unknown, SpeakerReadBy::kSound);
  // The kind the key is: a body's ("Doosan" 두산: its people's quotes without a name too), else a person's.
  const auto organizations = keys.begin() + static_cast<std::ptrdiff_t>(speaker_keys);
  out.kind = std::find(organizations, keys.end(), found->text) != keys.end() ? SpeakerKind::kOrganization : SpeakerKind::kPerson;
  return out;
}

}  // namespace kosearch
