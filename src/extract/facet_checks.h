// The people and organizations an article's facets list, checked against the
// entity tagger's spans (issue 15, point 4): the word rules of people.cc find
// a name before every title ("받아온 이순신장군", "두 전직 대통령") and an
// organization in every word with an organization suffix ("사무실",
// "수강신청"); the tagger, trained on news, says which of them name a person
// or an organization. Internal header; offsets are code points.
#pragma once

#include <vector>

#include "extract/people.h"
#include "kosearch/extract.h"

namespace kosearch {

// Keeps a person the alias file lists, or whose first mention a PS span of
// `entities` overlaps; a PS span strictly inside the mention names it
// ("오극렬이" → "오극렬", "박영선 새정연" → "박영선"). Every other person is
// dropped. Only for text the tagger ran on (an extractor with a model).
void KeepTaggedPeople(const AliasIndex& aliases, const std::vector<Entity>& entities, std::vector<Person>* people);

// Keeps an organization the alias file lists, or whose first mention an OG
// span of `entities` overlaps; drops the others. Only for text the tagger ran on.
void KeepTaggedOrganizations(const AliasIndex& aliases, const std::vector<Entity>& entities,
                             std::vector<Organization>* orgs);

}  // namespace kosearch
