// A title at an organization, narrowed to it (see role_at_organization.h).
#include "answer/role_at_organization.h"

#include "answer/answer_steps.h"
#include "answer/english_names.h"
#include "answer/role_words.h"
#include "index/schema.h"
#include "text/unicode_text.h"

namespace kosearch {

SpeakerFilter TitleAtOrganization(const std::vector<std::string>& whose, const std::vector<std::string>& org_terms,
                                  const std::vector<std::string>& titles, ArchiveReader& archive) {
  SpeakerFilter none;
  none.unknown = true;
  none.names = whose;
  none.kind = SpeakerKind::kTitleHolders;
  none.title_at = TitleAtOrganizationOutcome::kNoneThere;
  // The articles that name the organization (its key on the article, or a
  // Korean spelling of it in the text).
  std::vector<Xapian::Query> naming{Xapian::Query(Xapian::Query::OP_OR, org_terms.begin(), org_terms.end())};
  for (const auto& t : org_terms) {
    const std::string name = t.substr(2);
    if (IsLatin(name)) continue;
    if (Xapian::Query q = archive.TextQuery(name, nullptr); !q.empty()) naming.push_back(q);
  }
  none.named_in_articles = Xapian::Query(Xapian::Query::OP_OR, naming.begin(), naming.end());
  for (const auto& t : org_terms) AddUnique(none.expansions, t.substr(2));
  SpeakerFilter there = UnnamedTitleHoldersWhere(none, titles, archive);
  if (!there.filter.empty()) {
    there.names = none.expansions;
    for (const auto& e : none.expansions) AddUnique(there.expansions, e);
    there.title_at = TitleAtOrganizationOutcome::kAtOrganization;
    there.how = "title at the organization: its unnamed holders in the articles that name it";
    return there;
  }
  none.how = "organization " + JoinRun(whose, 0, whose.size()) + ": no quote of the title there";
  return none;
}

void OnlyOnTopic(const std::vector<std::string>& whose, SpeakerFilter* holders) {
  holders->title_at = TitleAtOrganizationOutcome::kUnknownOrganization;
  // A holder quoted for an organization (누리당 대변인) speaks for that one, never for the one asked.
  const Xapian::Query has_org(Xapian::Query::OP_VALUE_GE, schema::kSlotOrgs, std::string(1, '\0'));
  if (!holders->filter.empty()) holders->filter = Xapian::Query(Xapian::Query::OP_AND_NOT, holders->filter, has_org);
  holders->how = "organization not found in the index: " + JoinRun(whose, 0, whose.size()) + "; the title's holders whose quotes say the topic";
}

}  // namespace kosearch
