// The organization a speaker's words name (see organization_names.h).
#include "answer/organization_names.h"

#include <algorithm>

#include "answer/answer_steps.h"
#include "answer/english_names.h"
#include "answer/role_words.h"
#include "answer/speaker_filter.h"
#include "index/schema.h"
#include "kosearch/aliases.h"

namespace kosearch {

std::vector<std::string> OrganizationNames::Composed(const std::vector<std::string>& words) {
  if (!std::all_of(words.begin(), words.end(), [](const std::string& w) { return IsLatin(w); })) return {};
  if (names_.empty()) {
    std::vector<std::string> keys;
    AddHangulKeys(archive_, schema::kSpeaker, &keys);
    AddHangulKeys(archive_, schema::kOrg, &keys);
    names_.insert(keys.begin(), keys.end());
  }
  const SpellingsOf spellings_of = [this](const std::string& w) { return archive_.Spellings(w); };
  for (size_t len = words.size(); len >= 2; --len) {
    std::vector<std::string> found;
    for (size_t first = 0; first + len <= words.size(); ++first) {
      if (IsPartOfLongerName(JoinRun(words, first, len), long_names)) continue;
      std::vector<std::string> run(words.begin() + static_cast<std::ptrdiff_t>(first),
                                   words.begin() + static_cast<std::ptrdiff_t>(first + len));
      // "Ki-ryang" (in "Park Ki-ryang's agency") names a person: by sound it would compose 기상청.
      if (std::any_of(run.begin(), run.end(), IsRomanizedGivenName)) continue;
      for (const std::string& name : ComposedKoreanNames(run, names_, spellings_of)) {
        for (const char* prefix : {schema::kOrg, schema::kSpeaker}) {
          for (auto& t : ExistingTerms(name, prefix, archive_)) AddUnique(found, t);
        }
      }
    }
    if (!found.empty()) return found;
  }
  return {};
}

std::vector<std::string> OrganizationNames::Terms(const std::vector<std::string>& words, bool titled) {
  std::vector<std::string> orgs;
  for (size_t len = words.size(); len >= 1 && orgs.empty(); --len) {
    if (len == 1 && words.size() > 1 && !(orgs = Composed(words)).empty()) break;  // a whole name composed (수사본부) before a word alone (경찰)
    for (size_t first = 0; first + len <= words.size(); ++first) {
      std::string run = JoinRun(words, first, len);
      if (IsPartOfLongerName(run, long_names)) continue;
      for (const char* prefix : {schema::kOrg, schema::kSpeaker}) {
        for (auto& t : ExistingTerms(run, prefix, archive_)) AddUnique(orgs, t);
      }
    }
  }
  // "SM Entertainment": the acronym Korean text writes, or the company's side (SM측).
  const std::string acronym = orgs.empty() ? CompanyAcronym(words) : std::string();
  for (const std::string& name : acronym.empty() ? std::vector<std::string>{} : std::vector<std::string>{acronym, acronym + "측"}) {
    for (const char* prefix : {schema::kOrg, schema::kSpeaker}) {
      for (auto& t : ExistingTerms(name, prefix, archive_)) AddUnique(orgs, t);
    }
  }
  // "the Liverpool manager": with a title, the body named by its sound (리버풀).
  for (const auto& key : orgs.empty() && titled ? OrganizationsBySound(words, OrganizationKeys(archive_)) : std::vector<std::string>{}) {
    AddUnique(orgs, schema::kOrg + key);
  }
  return orgs;
}

}  // namespace kosearch
