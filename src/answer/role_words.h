// The words of a question's speaker that are roles (titles) and the quotes
// given them (speaker_filter.cc): a role in the alias file or the title
// table, an English role word through the news glossary ("the doctor" →
// 의사, "the nominee" → 후보), the plural the text wrote ("언론들"), and a
// title's unnamed holders where the text names the words beside it
// ("통합행동 소속 의원"). Internal header.
#pragma once

#include <string>
#include <vector>

#include "answer/speaker_filter.h"
#include "search/archive_reader.h"

namespace kosearch {

// Terms under `prefix` (XP, XO, XR) of the spellings of `name` that the
// index has; none for a name under two characters (황, S).
std::vector<std::string> ExistingTerms(const std::string& name, const char* prefix, ArchiveReader& archive);

// The names a speaker term (XP) stands for: its spellings and the full names
// of the quotes given it ("스테픈 파나케레" for XP스테픈). May throw Xapian::Error.
std::vector<std::string> SpeakerNames(const std::string& speaker_term, ArchiveReader& archive);

// The role term (XR) of `key` some quote has, or of its plural as the text
// wrote it ("언론들", "네티즌들": the extractor keeps the 들); empty if none.
std::string ExistingRoleTerm(const std::string& key, ArchiveReader& archive);

// XR (and XP, for speakers named by their role only) terms of a title
// word: a Korean title (대변인, 외무장관), a word whose alias group holds
// one (president → 대통령), a role quotes are given by that is no
// organization's name (연구진, 측근), else an English lower-case role word
// the news glossary puts into Korean (doctor → 의사; those terms are also
// added to `from_glossary`).
std::vector<std::string> TitleTermsOf(const std::string& word, ArchiveReader& archive, std::vector<std::string>* from_glossary);

// A title beside words that name no one the index knows ("통합행동 소속
// 의원", "미래연대 의원"): the quotes given one of `titles` with no named
// speaker, in the articles whose text has those words (`none`, as
// NotQuotedByName found them: a news sentence names its source beside the
// quote). Empty for English words (they reach articles only through the
// glossary's looser words) and when no such quote exists. May throw
// Xapian::Error.
SpeakerFilter UnnamedTitleHoldersWhere(const SpeakerFilter& none, const std::vector<std::string>& titles, ArchiveReader& archive);

// Korean words where a relation noun follows a word that is no title
// ("측근", "관계자", "부친" after "문 대표"): the speaker is someone of that
// person's, never the person. A side ("김주나 측") is the person speaking
// through their people: no relation.
bool RelationAfterName(const std::vector<std::string>& words);

// English words before the role that only describe its holder ("a local
// resident", "an anonymous attendee": lower-case, none after the first title
// word): the role's holders, as for the role alone. False when no word is a
// title, or a word after one is no title ("the leader of the group").
bool DescribedBeforeRole(const std::vector<std::string>& words, const std::vector<bool>& is_title);

}  // namespace kosearch
