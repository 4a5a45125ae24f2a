// People and organizations checked against the tagger's spans (see
// facet_checks.h).
#include "extract/facet_checks.h"

#include <algorithm>
#include <string>

#include "text/unicode_text.h"

namespace kosearch {

namespace {

// The first span of `type` overlapping [start, end), or nullptr.
const Entity* Overlapping(const std::vector<Entity>& entities, const char* type, size_t start, size_t end) {
  for (const Entity& e : entities)
    if (e.type == type && e.start < end && start < e.end) return &e;
  return nullptr;
}

// Whether a span of `type` anywhere in the text is spelled `name`.
bool TaggedAnywhere(const std::vector<Entity>& entities, const char* type, const std::string& name) {
  return std::any_of(entities.begin(), entities.end(), [&](const Entity& e) { return e.type == type && e.text == name; });
}

bool Listed(const AliasIndex& aliases, const std::string& name, AliasTable::Kind kind) {
  const AliasTable::Group* g = aliases.Find(ToU32(name));
  return g && g->kind == kind;
}

// The tagger's span `e` names the person the rules wrote as `name` (starting
// at `start`) when it is the name without a particle ("오극렬이") or a Korean
// name without the words after it ("박영선 새정연"); a foreign name cut short
// ("실비오 베를루|스코니", "안토니우| 구테흐스") keeps the rules' spelling.
bool TrimsName(const Entity& e, const std::u32string& name, size_t start) {
  if (e.start != start || e.end - e.start < 2 || e.end - start >= name.size()) return false;
  std::u32string_view kept = std::u32string_view(name).substr(0, e.end - start);
  std::u32string_view rest = std::u32string_view(name).substr(e.end - start);
  if (rest.front() == U' ') return LooksLikeKoreanName(kept);
  bool subject = false;
  return StripParticle(name, &subject) == kept.size();
}

}  // namespace

void KeepTaggedPeople(const AliasIndex& aliases, const std::vector<Entity>& entities, std::vector<Person>* people) {
  std::vector<Person> kept;
  for (Person& p : *people) {
    if (!Listed(aliases, p.name, AliasTable::Kind::kPerson) && !TaggedAnywhere(entities, "PS", p.name)) {
      const Entity* e = Overlapping(entities, "PS", p.start, p.end);
      if (!e) continue;
      if (TrimsName(*e, ToU32(p.name), p.start)) {
        p.name = e->text;
        p.end = e->end;
      }
    }
    // Two mentions trimmed to the same name are one person.
    if (std::none_of(kept.begin(), kept.end(), [&](const Person& k) { return k.name == p.name; }))
      kept.push_back(std::move(p));
  }
  *people = std::move(kept);
}

void KeepTaggedOrganizations(const AliasIndex& aliases, const std::vector<Entity>& entities,
                             std::vector<Organization>* orgs) {
  std::erase_if(*orgs, [&](const Organization& o) {
    return !Listed(aliases, o.name, AliasTable::Kind::kOrg) && !TaggedAnywhere(entities, "OG", o.name) &&
           !Overlapping(entities, "OG", o.start, o.end);
  });
}

}  // namespace kosearch
