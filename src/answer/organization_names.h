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
// index's Hangul organization keys it read; the speaker keys and the long
// names asked are its caller's (speaker_filter.cc's Resolver), read from
// there. Internal header.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "search/archive_reader.h"

namespace kosearch {

class OrganizationNames {
 public:
  // The index's Hangul speaker keys (AddHangulKeys of the speaker prefix), read by the caller.
  using SpeakerKeys = std::function<const std::vector<std::string>&()>;

  // `long_names`: LongInstitutionNames of the words asked, the caller's (a
  // run inside one names nothing alone; empty until the caller has them).
  OrganizationNames(ArchiveReader& archive, const std::vector<std::string>& long_names, SpeakerKeys speaker_keys)
      : archive_(archive), long_names_(long_names), speaker_keys_(std::move(speaker_keys)) {}

  // XO and XP terms of the organization `words` name; `titled`: a title
  // was asked with them (a body may then be named by its sound). Empty
  // when none. May throw Xapian::Error.
  std::vector<std::string> Terms(const std::vector<std::string>& words, bool titled);

  // English institution names put into Korean ("Defense Ministry" →
  // 국방부), longest run first, with their alias spellings, as XO/XP
  // terms. May throw Xapian::Error.
  std::vector<std::string> Composed(const std::vector<std::string>& words);

 private:
  // The organization and speaker terms (XO, XP) of `name` the index holds, added to `terms`.
  void AddExistingTerms(const std::string& name, std::vector<std::string>* terms);
  void LoadOrganizations();  // organizations_, once
  void LoadNames();          // names_, once
  // The names of the index `run` composes (ComposedKoreanNames), also with a kind put first ("Ministry of …").
  std::vector<std::string> ComposedNames(std::vector<std::string> run, bool gap);
  // Whether `name`, composed of `run`, opens with the place its first word names (미국 of 미국국무부).
  bool OpensWithPlace(const std::vector<std::string>& run, const std::string& name);

  ArchiveReader& archive_;
  const std::vector<std::string>& long_names_;
  const SpeakerKeys speaker_keys_;
  bool organizations_loaded_ = false, names_loaded_ = false;
  std::set<std::string> names_;  // Hangul speaker and organization keys
  std::set<std::string> organizations_;  // the organization keys alone: a body's short forms are among them
};

}  // namespace kosearch
