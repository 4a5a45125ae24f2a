// The organization a question's speaker words name, through the index's own
// keys (speaker_filter.cc asks it): the longest run of the words keyed as an
// organization or a speaker, an English institution name put into Korean
// in full ("Defense Ministry" → 국방부), the acronym Korean text writes ("SM
// Entertainment" → SM), and with a title, a body by its sound ("the
// Liverpool manager" → 리버풀). One per question: it keeps the index's
// Hangul keys it read. Internal header.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "search/archive_reader.h"

namespace kosearch {

class OrganizationNames {
 public:
  explicit OrganizationNames(ArchiveReader& archive) : archive_(archive) {}

  // LongInstitutionNames of the words asked: a run inside one names nothing alone.
  std::vector<std::string> long_names;

  // XO and XP terms of the organization `words` name; `titled`: a title
  // was asked with them (a body may then be named by its sound). Empty
  // when none. May throw Xapian::Error.
  std::vector<std::string> Terms(const std::vector<std::string>& words, bool titled);

  // English institution names put into Korean ("Defense Ministry" →
  // 국방부), longest run first, with their alias spellings, as XO/XP
  // terms. May throw Xapian::Error.
  std::vector<std::string> Composed(const std::vector<std::string>& words);

 private:
  ArchiveReader& archive_;
  std::set<std::string> names_;  // Hangul speaker and organization keys, read once
};

}  // namespace kosearch
