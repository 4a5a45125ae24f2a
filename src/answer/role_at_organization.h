// A title asked at an organization, or of someone ("a spokesperson for
// Samsung", "an aide to Mubarak", "삼성전자 대변인"), when no quote holds the
// title together with the organization: the title's holders the extractor
// left unnamed in the articles that name the organization (a news sentence
// names its source beside the quote), else no one, said so in the
// understood line; at one the index has no key for, the title's holders
// whose quotes say the topic. Never every holder of the title in the index:
// that is other people's words. Internal header.
#pragma once

#include <string>
#include <vector>

#include "answer/speaker_filter.h"
#include "search/archive_reader.h"

namespace kosearch {

// `whose`: the words saying whose the title is, as asked ("Samsung");
// `org_terms`: the organization (XO) or speaker (XP) terms they were
// resolved to through the index's own keys, never empty (with none,
// OnlyOnTopic); `titles`: the title's terms (XR, XP). title_at says which
// (kAtOrganization, kNoneThere). May throw Xapian::Error.
SpeakerFilter TitleAtOrganization(const std::vector<std::string>& whose, const std::vector<std::string>& org_terms,
                                  const std::vector<std::string>& titles, ArchiveReader& archive);

// A title at an organization the index has no key for ("a lawmaker of the
// Integrated Action group", `whose` as asked): its `holders` (the quotes
// given the title) that are quoted for no organization, only where a quote
// says the topic, said so in the understood line; none without a topic
// (title_at kUnknownOrganization).
void OnlyOnTopic(const std::vector<std::string>& whose, SpeakerFilter* holders);

}  // namespace kosearch
