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

#include "kosearch/aliases.h"

namespace kosearch {

struct SpeakerFilter {
  Xapian::Query filter;              // on quote documents; empty when no speaker was asked
  bool unknown = false;              // a speaker was asked, but the index knows nobody by it
  std::vector<std::string> names;    // spellings of the speaker(s), for the "closest articles" search
  std::vector<std::string> expansions;  // what the speaker was resolved to (shown as understood)
  std::string how;                   // "person", "person (title confirms)", "title: its holders", "organization"
};

// Resolves `speaker` (as asked) against `db`. May throw Xapian::Error (the
// searcher retries and translates it).
SpeakerFilter ResolveSpeaker(const std::string& speaker, const AliasTable& aliases, const Xapian::Database& db);

}  // namespace kosearch
