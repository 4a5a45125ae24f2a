// The per-article table of who is who (see speaker_table.h).
#include "extract/speaker_table.h"

#include <algorithm>

#include "text/unicode_text.h"

namespace kosearch {

namespace {

std::vector<std::u32string_view> SpaceSeparated(std::u32string_view s) {
  std::vector<std::u32string_view> parts;
  size_t at = 0;
  while (at <= s.size()) {
    size_t space = s.find(U' ', at);
    if (space == std::u32string_view::npos) space = s.size();
    if (space > at) parts.push_back(s.substr(at, space - at));
    at = space + 1;
  }
  return parts;
}

bool AllHangulSyllables(std::u32string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char32_t c) { return IsHangulSyllable(c); });
}

// The longest spelling of `name`'s alias group that the text writes, or `name`.
std::u32string WrittenName(std::u32string_view text, const std::u32string& name, const AliasIndex& aliases) {
  const AliasTable::Group* group = aliases.Find(name);
  if (!group || group->kind != AliasTable::Kind::kPerson || text.find(name) != std::u32string_view::npos) return name;
  std::u32string best;
  for (const std::string& spelling : group->spellings) {
    std::u32string s = ToU32(spelling);
    if (s.size() > best.size() && AllHangulSyllables(NameKey(s)) && text.find(s) != std::u32string_view::npos) best = s;
  }
  return best.empty() ? name : best;
}

}  // namespace

std::u32string NameKey(std::u32string_view s) {
  std::u32string key;
  key.reserve(s.size());
  for (char32_t c : s) {
    if (c != U' ' && c != U'\t' && c != 0xB7 && c != 0x318D) key.push_back(IsAsciiAlpha(c) ? (c | 0x20) : c);
  }
  return key;
}

SpeakerTable::SpeakerTable(std::u32string_view text, const PeopleFound& people, const std::vector<Entity>& entities,
                           const AliasIndex& aliases)
    : people_(people) {
  for (const Entity& e : entities) {
    if (e.type != "PS" || e.end <= e.start) continue;
    person_spans_.emplace_back(e.start, e.end);
    span_names_.push_back(ToU32(e.text));
  }
  std::sort(person_spans_.begin(), person_spans_.end());
  for (size_t p = 0; p < people.people.size(); ++p) {
    names_.push_back(WrittenName(text, people.names[p], aliases));
    AddKey(NameKey(names_[p]), p);
    AddKey(NameKey(people.names[p]), p);
    std::vector<std::u32string_view> parts = SpaceSeparated(names_[p]);
    if (parts.size() >= 2) {  // "구테흐스", "안토니우": either end of a foreign name
      AddKey(NameKey(parts.back()), p);
      if (parts.front().size() >= 2) AddKey(NameKey(parts.front()), p);
    } else if (names_[p].size() == 3 && AllHangulSyllables(names_[p])) {  // "재명" for 이재명
      AddKey(names_[p].substr(1), p);
    }
  }
}

void SpeakerTable::AddKey(const std::u32string& key, size_t p) {
  if (key.empty()) return;
  auto [it, inserted] = by_key_.emplace(key, static_cast<long>(p));
  if (!inserted && it->second != static_cast<long>(p)) it->second = -2;
}

long SpeakerTable::ByName(std::u32string_view reference) const {
  auto it = by_key_.find(NameKey(reference));
  return it == by_key_.end() || it->second < 0 ? -1 : it->second;
}

long SpeakerTable::ByRole(std::u32string_view role, std::u32string_view org) const {
  if (role.empty()) return -1;
  long found = -1;
  for (size_t p = 0; p < people_.people.size(); ++p) {
    std::u32string held = ToU32(people_.people[p].role);
    bool holds = held.size() >= role.size() && held.compare(held.size() - role.size(), role.size(), role) == 0;
    if (!holds) continue;
    std::u32string their_org = ToU32(people_.people[p].org);
    if (!org.empty() && !their_org.empty() && their_org.find(org) == std::u32string::npos &&
        org.find(their_org) == std::u32string_view::npos) {
      continue;
    }
    if (found >= 0) return -1;  // two people hold it: no guess
    found = static_cast<long>(p);
  }
  return found;
}

std::u32string SpeakerTable::LongerName(std::u32string_view part) const {
  std::u32string best;
  auto consider = [&](const std::u32string& name) {
    std::vector<std::u32string_view> parts = SpaceSeparated(name);
    if (parts.size() < 2 || parts.size() > 4 || name.size() <= best.size()) return;
    if (parts.back() == part || parts.front() == part) best = name;
  };
  for (const auto& n : span_names_) consider(n);
  for (const auto& n : names_) consider(n);
  return best;
}

bool SpeakerTable::TaggedPerson(size_t start, size_t end) const {
  auto it = std::upper_bound(person_spans_.begin(), person_spans_.end(), std::make_pair(start, static_cast<size_t>(-1)));
  return it != person_spans_.begin() && std::prev(it)->first <= start && std::prev(it)->second >= end;
}

}  // namespace kosearch
