// "Park Ki-ryang's agency", "Tiger Woods' agent", "Conrad Hilton's lawyers":
// a role (in English) of the person named before it. Its Korean words come
// from the news glossary (agency → 소속사, agent → 에이전트); the speakers
// are the quotes given that role, organization or name in the articles that
// name the person, never anyone else's (speaker_filter.cc asks this when a
// possessor is a person and the words after it are a role). Internal header.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "answer/speaker_filter.h"
#include "search/archive_reader.h"

namespace kosearch {

// The Hangul names some article's text has that a romanized Korean name
// ("Park Ki-ryang": a surname, a hyphenated given name) spells: for a
// person the tagger did not mark. May throw Xapian::Error.
std::vector<std::string> WrittenKoreanNames(const std::vector<std::string>& person, ArchiveReader& archive);

// `person_terms`: the XP terms of the person named (some article has them);
// `written_names`: Hangul names their text has (WrittenKoreanNames);
// `role_words`: the lower-case English words of the role. An empty filter
// when the glossary has no Korean word for the role, or no quote of the
// articles naming the person is given it. May throw Xapian::Error.
SpeakerFilter PossessorsRole(const std::vector<std::string>& person_terms, const std::vector<std::string>& written_names,
                             const std::vector<std::string>& role_words, ArchiveReader& archive);

// "Tiger Woods' agent": the words of a possessor (`owner`) that are a
// person's name, of two capitalized words or more (`is_organization` says
// none is a body's), and the lower-case English words of the role after
// them; `person_terms` finds the XP terms of a name. Empty when the speaker
// has no such shape or PossessorsRole finds nothing. May throw Xapian::Error.
SpeakerFilter RoleOfPersonNamed(const std::vector<std::string>& words, const std::vector<bool>& owner, ArchiveReader& archive,
                                const std::function<std::vector<std::string>(const std::vector<std::string>&)>& person_terms,
                                const std::function<bool(const std::string&)>& is_organization);

}  // namespace kosearch
