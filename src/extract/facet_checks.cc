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

// Whether the tagger tags the person `name` PS anywhere: the name itself, or
// the last word of a spaced name whose words all have two letters or more
// ("넬슨 만델라" where only "만델라" is tagged, but not "건 안산").
bool PersonTaggedAnywhere(const std::vector<Entity>& entities, const std::string& name) {
  if (TaggedAnywhere(entities, "PS", name)) return true;
  const std::u32string name32 = ToU32(name);
  const size_t space = name32.rfind(U' ');
  if (space == std::u32string::npos) return false;
  for (size_t from = 0; from <= name32.size();) {
    size_t to = std::min(name32.find(U' ', from), name32.size());
    if (to - from < 2) return false;
    from = to + 1;
  }
  return TaggedAnywhere(entities, "PS", ToUtf8(name32.substr(space + 1)));
}

bool Listed(const AliasIndex& aliases, const std::string& name, AliasTable::Kind kind) {
  const AliasTable::Group* g = aliases.Find(ToU32(name));
  return g && g->kind == kind;
}

// The tagger's span `e` names the person the rules wrote as `name` (starting
// at `start`) when it is the name without a particle ("오극렬이") or a Korean
// name without the words around it ("박영선 새정연", "동생 김용국"); a name
// cut short ("실비오 베를루|스코니", "안토니우| 구테흐스", "곽상|도") keeps the
// rules' spelling.
bool TrimsName(const Entity& e, std::u32string_view name, size_t start) {
  if (e.start < start || e.end - e.start < 2) return false;
  const size_t from = e.start - start, to = e.end - start;
  if (to > name.size() || (from == 0 && to == name.size())) return false;
  const std::u32string_view kept = name.substr(from, to - from);
  if (from > 0 && (name[from - 1] != U' ' || !LooksLikeKoreanName(kept))) return false;
  if (to == name.size()) return true;
  if (name[to] == U' ') return LooksLikeKoreanName(kept);
  bool subject = false;
  return !LooksLikeKoreanName(name) && StripParticle(name, &subject) == to;
}

}  // namespace

void KeepTaggedPeople(const AliasIndex& aliases, const std::vector<Entity>& entities, std::vector<Person>* people) {
  std::vector<Person> kept;
  for (Person& p : *people) {
    if (!Listed(aliases, p.name, AliasTable::Kind::kPerson) && !PersonTaggedAnywhere(entities, p.name)) {
      const Entity* e = Overlapping(entities, "PS", p.start, p.end);
      if (!e) continue;
      if (TrimsName(*e, ToU32(p.name), p.start)) {
        p.name = e->text;
        p.start = e->start;
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
