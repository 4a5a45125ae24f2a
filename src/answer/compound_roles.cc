// Compound titles in questions (see compound_roles.h).
#include "answer/compound_roles.h"

#include <algorithm>
#include <cctype>

#include "answer/answer_steps.h"
#include "answer/question_grammar.h"
#include "index/schema.h"
#include "kosearch/aliases.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Role terms read to find the compound titles, and organization terms an owner's spelling may start.
constexpr size_t kScanRoleTerms = 50000;
constexpr size_t kScanOwnerOrgs = 200;
// Roles checked one by one to name those an owner's people hold.
constexpr size_t kListedRoles = 10;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The Korean endings an English title word stands for ("chief" → 장).
std::vector<std::string> EnglishEndings(const std::string& word) {
  std::vector<std::string> out;
  const std::string lower = AsciiLower(word);
  for (const auto& row : korean::EnglishTitleEndings()) {
    if (row.english == lower) AddUnique(out, std::string(row.korean));
  }
  return out;
}

// The Hangul spellings of `word` (itself when it is Hangul), spaces removed.
std::vector<std::string> HangulSpellings(const std::string& word, const SpellingsOf& spellings) {
  std::vector<std::string> out;
  if (!IsLatin(word)) AddUnique(out, AliasTable::Key(word));
  for (const auto& s : spellings(word)) {
    if (!IsLatin(s)) AddUnique(out, AliasTable::Key(s));
  }
  return out;
}

// The Korean parts of the English word at `i` (and of it with the next,
// "general affairs" → 총무; `*taken` says how many words it took).
std::vector<std::string> EnglishParts(const std::vector<std::string>& words, size_t i, size_t* taken) {
  std::vector<std::string> out;
  const std::string lower = AsciiLower(words[i]);
  const std::string pair = i + 1 < words.size() ? lower + " " + AsciiLower(words[i + 1]) : "";
  *taken = 1;
  for (const auto& row : korean::EnglishNameParts()) {
    if (!pair.empty() && row.english == pair) {
      if (*taken == 1) out.clear();
      *taken = 2;
      AddUnique(out, std::string(row.korean));
    } else if (*taken == 1 && row.english == lower) {
      AddUnique(out, std::string(row.korean));
    }
  }
  return out;
}

Xapian::Query AnyOf(const std::vector<std::string>& terms) {
  return terms.empty() ? Xapian::Query() : Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace

bool RoleEndsWithTitle(const std::string& role, const std::vector<std::string>& title_terms) {
  const std::string key = AliasTable::Key(role);
  return std::any_of(title_terms.begin(), title_terms.end(), [&](const std::string& t) { return EndsWith(key, t.substr(2)); });
}

CompoundRoleAsked ReadCompoundRole(const std::vector<std::string>& words, const std::vector<bool>& is_title,
                                   const std::vector<bool>& owner, const SpellingsOf& spellings) {
  CompoundRoleAsked asked;
  for (size_t i = 0; i < words.size();) {
    size_t taken = 1;
    const std::string& w = words[i];
    const std::vector<std::string> english_endings = IsLatin(w) ? EnglishEndings(w) : std::vector<std::string>{};
    if (is_title[i] || !english_endings.empty() || korean::IsTitleWord(ToU32(w))) {
      for (const auto& e : english_endings) AddUnique(asked.endings, e);
      for (const auto& s : HangulSpellings(w, spellings)) AddUnique(asked.endings, s);
    } else if (owner[i]) {
      for (const auto& s : HangulSpellings(w, spellings)) AddUnique(asked.owners, s);
      for (const auto& s : EnglishParts(words, i, &taken)) AddUnique(asked.owners, s);
    } else if (!IsLatin(w)) {
      asked.parts.push_back({AliasTable::Key(w)});
      AddUnique(asked.org_words, AliasTable::Key(w));
    } else if (!IsEnglishFunctionWord(w)) {
      std::vector<std::string> parts = EnglishParts(words, i, &taken);
      for (const auto& s : HangulSpellings(w, spellings)) AddUnique(parts, s);
      if (!parts.empty()) asked.parts.push_back(std::move(parts));
      else if (std::isupper(static_cast<unsigned char>(w[0]))) asked.names_someone = true;
    }
    i += taken;
  }
  return asked;
}

int CompoundRoleFit(const std::string& role_key, const CompoundRoleAsked& asked) {
  for (const std::string& ending : asked.endings) {
    if (ending.empty() || !EndsWith(role_key, ending)) continue;
    const std::string before = role_key.substr(0, role_key.size() - ending.size());
    int fit = 0;
    for (const auto& alternatives : asked.parts) {
      int word_fit = 0;
      for (const std::string& part : alternatives) {
        if (CodePointCount(part) > 1 && before.find(part) != std::string::npos) word_fit = 2;
        if (CodePointCount(part) == 1 && before.size() > part.size() && EndsWith(before, part)) word_fit = std::max(word_fit, 1);
      }
      fit += word_fit;
    }
    return fit;
  }
  return -1;
}

CompoundRoleChoice BestCompoundRoles(const std::vector<std::string>& role_keys, const CompoundRoleAsked& asked) {
  CompoundRoleChoice out;
  for (const std::string& role : role_keys) {
    const int fit = CompoundRoleFit(role, asked);
    if (fit < 0) continue;
    out.ending.push_back(role);
    if (fit > out.fit) { out.fit = fit; out.fitted.clear(); }
    if (fit == out.fit && fit > 0) out.fitted.push_back(role);
  }
  return out;
}

namespace {

// The organization terms that start with one of `starts` (two syllables at least).
Xapian::Query OrganizationsStartingWith(const std::vector<std::string>& starts, ArchiveReader& archive) {
  std::vector<std::string> terms;
  for (const auto& o : starts) {
    if (CodePointCount(o) < 2) continue;
    size_t seen = 0;
    archive.VisitTerms(schema::kOrg + o, [&](std::string_view rest) {
      terms.push_back(schema::kOrg + o + std::string(rest));
      return ++seen < kScanOwnerOrgs;
    });
  }
  return AnyOf(terms);
}

std::vector<std::string> RoleTerms(const std::vector<std::string>& roles) {
  std::vector<std::string> out;
  for (const auto& r : roles) out.push_back(schema::kRole + r);
  return out;
}

}  // namespace

Xapian::Query CompoundRoleFilter(const CompoundRoleAsked& asked, ArchiveReader& archive, std::vector<std::string>* roles) {
  if (asked.names_someone || asked.endings.empty() || (asked.parts.empty() && asked.owners.empty() && asked.org_words.empty())) return {};
  std::vector<std::string> keys;
  size_t scanned = 0;
  archive.VisitTerms(schema::kRole, [&](std::string_view key) {
    const std::string role(key);
    if (!IsLatin(role) && CompoundRoleFit(role, asked) >= 0) keys.push_back(role);
    return ++scanned < kScanRoleTerms;
  });
  const CompoundRoleChoice choice = BestCompoundRoles(keys, asked);
  if (choice.ending.empty()) return {};
  const Xapian::Query quotes(schema::Term(schema::kKind, schema::kKindQuote));
  auto matches = [&](const Xapian::Query& q) { return !q.empty() && archive.AnyMatch(Xapian::Query(Xapian::Query::OP_FILTER, quotes, q)); };
  // By the words: the roles that hold them, or those the organizations named by them hold.
  std::vector<Xapian::Query> by_words;
  if (choice.fit >= kFitByWordsAlone) by_words.push_back(AnyOf(RoleTerms(choice.fitted)));
  if (Xapian::Query orgs = OrganizationsStartingWith(asked.org_words, archive); !orgs.empty()) {
    by_words.emplace_back(Xapian::Query::OP_AND, AnyOf(RoleTerms(choice.ending)), orgs);
  }
  Xapian::Query filter = by_words.empty() ? Xapian::Query() : Xapian::Query(Xapian::Query::OP_OR, by_words.begin(), by_words.end());
  const Xapian::Query owners = OrganizationsStartingWith(asked.owners, archive);
  // The roles named: those of the first few candidates some quote of the filter holds.
  std::vector<std::string> candidates = choice.fitted;
  for (const auto& r : choice.ending) AddUnique(candidates, r);
  if (candidates.size() > kListedRoles) candidates.resize(kListedRoles);
  auto held_under = [&](const Xapian::Query& f) {
    std::vector<Xapian::Query> held;
    for (const auto& c : candidates) {
      held.emplace_back(Xapian::Query::OP_FILTER, quotes, Xapian::Query(Xapian::Query::OP_AND, Xapian::Query(schema::kRole + c), f));
    }
    return held;
  };
  // Whether the filter holds, whose it is and which roles it holds, asked
  // together (the archive keeps the answers: over remote shards each check
  // alone is a match of two round trips); what this did not foresee (the
  // roles held at the owners) is asked below as it comes.
  if (!filter.empty()) {
    std::vector<Xapian::Query> ahead = held_under(filter);
    ahead.emplace_back(Xapian::Query::OP_FILTER, quotes, filter);
    if (!owners.empty()) ahead.emplace_back(Xapian::Query::OP_FILTER, quotes, Xapian::Query(Xapian::Query::OP_AND, filter, owners));
    archive.AnyMatchEach(ahead);
  }
  if (!matches(filter)) filter = Xapian::Query();
  // Whose the title is narrows (Seoul's division chief: 과장 at 서울시), or stays unused when no such quote.
  if (!owners.empty()) {
    Xapian::Query titles = !filter.empty() ? filter : AnyOf(RoleTerms(choice.fit > 0 ? choice.fitted : choice.ending));
    Xapian::Query owned(Xapian::Query::OP_AND, titles, owners);
    if (matches(owned)) filter = owned;
  }
  if (filter.empty()) return {};
  const std::vector<Xapian::Query> held = held_under(filter);
  const std::vector<bool> holds = archive.AnyMatchEach(held);
  for (size_t i = 0; i < held.size(); ++i) {
    if (holds[i]) roles->push_back(candidates[i]);
  }
  return filter;
}

}  // namespace kosearch
