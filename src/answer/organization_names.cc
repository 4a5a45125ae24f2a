// The organization a speaker's words name (see organization_names.h).
#include "answer/organization_names.h"

#include <algorithm>

#include "answer/answer_steps.h"
#include "answer/english_names.h"
#include "answer/organization_family.h"
#include "answer/role_words.h"
#include "answer/speaker_filter.h"
#include "index/schema.h"
#include "kosearch/aliases.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

std::vector<std::string> OrganizationNames::Composed(const std::vector<std::string>& words) {
  if (!std::all_of(words.begin(), words.end(), [](const std::string& w) { return IsLatin(w); })) return {};
  LoadNames();
  // Composed in full first; only then with words the English leaves out ("Health ministry" 보건복지부).
  for (const bool gap : {false, true}) {
    for (size_t len = words.size(); len >= 2; --len) {
      std::vector<std::string> found, bodies;
      for (size_t first = 0; first + len <= words.size(); ++first) {
        if (IsPartOfLongerName(JoinRun(words, first, len), long_names_)) continue;
        std::vector<std::string> run(words.begin() + static_cast<std::ptrdiff_t>(first),
                                     words.begin() + static_cast<std::ptrdiff_t>(first + len));
        // "Ki-ryang" (in "Park Ki-ryang's agency") names a person: by sound it would compose 기상청.
        if (std::any_of(run.begin(), run.end(), IsRomanizedGivenName)) continue;
        for (const std::string& name : ComposedNames(run, gap)) {
          AddUnique(bodies, name);
          // The body's other names in the index (복지부 for 보건복지부, 기재부 for 기획재정부).
          for (const std::string& key : FamilyOf(name, OpensWithPlace(run, name), organizations_)) AddExistingTerms(key, &found);
        }
      }
      // Words left out: one body, never the closest of several.
      if (gap && bodies.size() > 1) return {};
      if (!found.empty()) return found;
    }
  }
  return {};
}

void OrganizationNames::AddExistingTerms(const std::string& name, std::vector<std::string>* terms) {
  for (const char* prefix : {schema::kOrg, schema::kSpeaker}) {
    for (auto& t : ExistingTerms(name, prefix, archive_)) AddUnique(*terms, t);
  }
}

void OrganizationNames::LoadOrganizations() {
  if (organizations_loaded_) return;
  organizations_loaded_ = true;
  std::vector<std::string> keys;
  AddHangulKeys(archive_, schema::kOrg, &keys);
  organizations_.insert(keys.begin(), keys.end());
}

void OrganizationNames::LoadNames() {
  if (names_loaded_) return;
  names_loaded_ = true;
  LoadOrganizations();
  names_ = organizations_;
  const std::vector<std::string>& speakers = speaker_keys_();
  names_.insert(speakers.begin(), speakers.end());
}

std::vector<std::string> OrganizationNames::ComposedNames(std::vector<std::string> run, bool gap) {
  const SpellingsOf spellings_of = [this](const std::string& w) { return archive_.Spellings(w); };
  std::vector<std::string> names = ComposedKoreanNames(run, names_, spellings_of, gap);
  // "Ministry of Strategy and Finance": English puts the kind first, Korean last (기획재정부).
  if (names.empty() && run.size() >= 2 && IsInstitutionWord(AsciiLower(run.front()))) {
    std::rotate(run.begin(), run.begin() + 1, run.end());
    names = ComposedKoreanNames(run, names_, spellings_of, gap);
  }
  return names;
}

bool OrganizationNames::OpensWithPlace(const std::vector<std::string>& run, const std::string& name) {
  // Its first word put into Korean (a spelling, a table row) is a body the
  // index knows itself, a country or city ("US" 미국, "Chinese" 중국): 중국외교부
  // is never 외교부. A field of work (보건) is no body: 보건복지부 is 복지부.
  std::vector<std::string> koreans = archive_.Spellings(run.front());
  for (const auto& row : korean::EnglishNameParts()) {
    if (row.english == AsciiLower(run.front())) koreans.emplace_back(row.korean);
  }
  return std::any_of(koreans.begin(), koreans.end(), [&](const std::string& k) {
    const std::string key = AliasTable::Key(k);
    return !IsLatin(k) && !key.empty() && name.compare(0, key.size(), key) == 0 && key.size() < name.size() && names_.count(key);
  });
}

std::vector<std::string> OrganizationNames::Terms(const std::vector<std::string>& words, bool titled) {
  std::vector<std::string> orgs;
  for (size_t len = words.size(); len >= 1 && orgs.empty(); --len) {
    if (len == 1 && words.size() > 1 && !(orgs = Composed(words)).empty()) break;  // a whole name composed (수사본부) before a word alone (경찰)
    for (size_t first = 0; first + len <= words.size(); ++first) {
      std::string run = JoinRun(words, first, len);
      if (IsPartOfLongerName(run, long_names_)) continue;
      AddExistingTerms(run, &orgs);
      // "미 국무부" where the index writes 미국 국무부, or the other way round: a
      // syllable, or a country the index knows, before the body.
      const size_t opening = CodePointCount(words[first]);
      if (len < 2 || IsLatin(run) || opening > 2 || (opening == 2 && ExistingTerms(words[first], schema::kOrg, archive_).empty())) continue;
      LoadNames();
      const std::vector<std::string> part(words.begin() + static_cast<std::ptrdiff_t>(first),
                                          words.begin() + static_cast<std::ptrdiff_t>(first + len));
      for (const std::string& key : CountryPrefixVariants(part, names_)) AddExistingTerms(key, &orgs);
    }
  }
  // "SM Entertainment": the acronym Korean text writes, or the company's side (SM측).
  const std::string acronym = orgs.empty() ? CompanyAcronym(words) : std::string();
  for (const std::string& name : acronym.empty() ? std::vector<std::string>{} : std::vector<std::string>{acronym, acronym + "측"}) {
    AddExistingTerms(name, &orgs);
  }
  // "the Liverpool manager": with a title, the body named by its sound (리버풀).
  if (orgs.empty() && titled) {
    LoadOrganizations();
    for (const auto& key : OrganizationsBySound(words, std::vector<std::string>(organizations_.begin(), organizations_.end()))) {
      AddUnique(orgs, schema::kOrg + key);
    }
  }
  return orgs;
}

}  // namespace kosearch
