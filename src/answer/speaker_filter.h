// Who a question asks about, as a filter on quote documents (answer.cc).
// Resolution narrows, never widens: a name (with or without a title) means
// that person, the title only confirms; a title alone ("대통령은", "the
// president") means the people quoted with it; an organization (or a role
// at one: "경찰 관계자", "the UN chief") means the quotes of its people.
// Names are matched through the alias file, the archive's mined aliases,
// romanized surnames ("President Lee") and the loanword matcher (English
// spellings of foreign names). Internal header.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "kosearch/question.h"
#include "search/archive_reader.h"

namespace kosearch {

// What the speaker was resolved to: a person, two people named together,
// an organization (its quotes and its people), the holders of a title; none
// for no speaker, or one read from words that name nobody the index knows.
enum class SpeakerKind { kNone, kPerson, kPeople, kOrganization, kTitleHolders };

// How a title asked at an organization or of someone ("a spokesperson for
// Samsung", "삼성전자 대변인", "an aide to Mubarak") was resolved
// (role_at_organization.h): not asked so; to its unnamed holders in the
// articles that name the organization; to no one, none being quoted there;
// or, the index having no key for the organization, to the title's holders
// quoted for no organization, whose quotes say the topic (none without one).
enum class TitleAtOrganizationOutcome { kNotAsked, kAtOrganization, kNoneThere, kUnknownOrganization };

struct SpeakerFilter {
  Xapian::Query filter;              // on quote documents; empty when no speaker was asked
  bool unknown = false;              // a speaker was asked, but no quote is by them (filter is empty)
  std::vector<std::string> names;    // spellings of the speaker(s), for the "closest articles" search
  std::vector<std::string> expansions;  // what the speaker was resolved to (shown as understood)
  SpeakerKind kind = SpeakerKind::kNone;
  std::string how;                   // in words, shown as understood: "person", "person (title confirms)", "title: its holders", …
  std::string read_as;               // read through the index's quote terms as this key (speaker_keys.h), or empty
  SpeakerReadBy read_by = SpeakerReadBy::kNone;  // how read_as was read: its words' keys, or its sound (sounded_speaker.h)
  // Resolved to the holders of a title alone ("관계자", "the director",
  // "환경부 장관"), not to a person or an organization: any of many people.
  bool title_holders = false;
  // A title at an organization or of someone: how it was resolved. At an
  // organization the index does not know ("a lawmaker of the Integrated
  // Action group", kUnknownOrganization) only the holders whose quotes say
  // the topic, in themselves or their article, answer; none without a topic.
  TitleAtOrganizationOutcome title_at = TitleAtOrganizationOutcome::kNotAsked;
  bool only_on_topic() const { return title_at == TitleAtOrganizationOutcome::kUnknownOrganization; }
  // Person or organization terms (XP, XO) of the articles that name the
  // speaker: where to look for quotes the extractor left without a speaker
  // when the speaker has none of their own. Empty when unknown.
  Xapian::Query named_in_articles;
  // named_in_articles are the articles the speaker's words describe (an
  // English speaker through the news glossary), not articles that name
  // them: worth looking in only for a topic.
  bool described_only = false;
  // An English name no Korean spelling is known of, nor any speaker's sound
  // ("Adriano"): looked for by its sound among the Hangul words of the
  // articles that say the topic (UnattributedQuotesOf). Empty otherwise.
  std::string sounded_name;
};

// Quotes the extractor left without a speaker in the articles that match
// `named_in_articles` (and `filters`, when not empty), those that say most
// of `topic` (when not empty) first: never someone else's words. With no
// such articles, those whose text has a word that sounds like
// `sounded_name`, among the articles that say the topic. May throw
// Xapian::Error.
Xapian::Query UnattributedQuotesOf(const SpeakerFilter& speaker, const Xapian::Query& filters, const Xapian::Query& topic,
                                   ArchiveReader& archive);

// A speaker nobody is quoted by (`words` as asked, `rest` without titles):
// no filter, and the articles whose text has all of `rest` to look in for
// quotes without a speaker; for an English speaker, the articles with the
// Korean words news writes for its words (described_only; none when a
// capitalized word has no Korean form). May throw Xapian::Error.
SpeakerFilter NotQuotedByName(const std::vector<std::string>& words, const std::vector<std::string>& rest,
                              ArchiveReader& archive);

// The Hangul keys of `prefix` (speaker or organization terms) in term
// order, at most the first kScanQuoteKeys of them: the names an English
// name is matched against by sound. May throw Xapian::Error.
constexpr size_t kScanQuoteKeys = 50000;
void AddHangulKeys(ArchiveReader& archive, const std::string& prefix, std::vector<std::string>* keys);

// The Hangul names of the people a text names the way English news writes
// Korean names ("Lee Kun-hee" → 이건희), among the people the index knows.
std::vector<std::string> RomanizedKoreanNames(const std::string& text, ArchiveReader& archive);

// Resolves `speaker` (as asked) in `archive`. May throw Xapian::Error (the
// searcher retries and translates it).
SpeakerFilter NarrowSpeaker(const std::string& speaker, ArchiveReader& archive);

}  // namespace kosearch
