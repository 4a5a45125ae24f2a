// The organization a question's speaker words name, through the index's own
// keys (speaker_filter.cc asks it): the longest run of the words keyed as an
// organization or a speaker, an English institution name put into Korean
// in full ("Defense Ministry" → 국방부), the acronym Korean text writes ("SM
// Entertainment" → SM), and with a title, a body by its sound ("the
// Liverpool manager" → 리버풀). A body found is widened to its other names
// in the index (organization_family.h: 보건복지부 and 복지부, 미국 국무부 and
// 미 국무부); an English name with words it leaves out before the kind
// ("Health ministry" 보건복지부) or its kind first ("Ministry of Strategy and
// Finance" 기획재정부) must name one body. One per question: it keeps the
// index's Hangul keys it read. Internal header.
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
  void LoadNames();  // names_, once
  // The names of the index `run` composes (ComposedKoreanNames), also with a kind put first ("Ministry of …").
  std::vector<std::string> ComposedNames(std::vector<std::string> run, bool gap);
  // Whether `name`, composed of `run`, opens with the place its first word names (미국 of 미국국무부).
  bool OpensWithPlace(const std::vector<std::string>& run, const std::string& name);

  ArchiveReader& archive_;
  std::set<std::string> names_;  // Hangul speaker and organization keys, read once
  std::set<std::string> organizations_;  // the organization keys alone: a body's short forms are among them
};

}  // namespace kosearch
