// Compound titles in questions (see compound_roles.h).
#include "answer/compound_roles.h"

#include <algorithm>

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
      AddUnique(asked.owners, AliasTable::Key(w));
    } else if (!IsEnglishFunctionWord(w)) {
      std::vector<std::string> parts = EnglishParts(words, i, &taken);
      for (const auto& s : HangulSpellings(w, spellings)) AddUnique(parts, s);
      if (!parts.empty()) asked.parts.push_back(std::move(parts));
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

std::vector<std::string> BestCompoundRoles(const std::vector<std::string>& role_keys, const CompoundRoleAsked& asked,
                                           int* best_fit) {
  int best = 0;
  std::vector<std::string> out, ending_so;
  for (const std::string& role : role_keys) {
    const int fit = CompoundRoleFit(role, asked);
    if (fit < 0) continue;
    ending_so.push_back(role);
    if (fit > best) { best = fit; out.clear(); }
    if (fit == best && fit > 0) out.push_back(role);
  }
  if (best_fit) *best_fit = best;
  if (best > 0) return out;
  return asked.owners.empty() ? std::vector<std::string>{} : ending_so;
}

Xapian::Query CompoundRoleFilter(const CompoundRoleAsked& asked, ArchiveReader& archive, std::vector<std::string>* roles) {
  if (asked.endings.empty() || (asked.parts.empty() && asked.owners.empty())) return {};
  std::vector<std::string> keys;
  size_t scanned = 0;
  archive.VisitTerms(schema::kRole, [&](std::string_view key) {
    const std::string role(key);
    if (!IsLatin(role) && CompoundRoleFit(role, asked) >= 0) keys.push_back(role);
    return ++scanned < kScanRoleTerms;
  });
  int fit = 0;
  const std::vector<std::string> chosen = BestCompoundRoles(keys, asked, &fit);
  const bool by_words = fit >= kFitByWordsAlone;
  if (chosen.empty()) return {};
  std::vector<std::string> role_terms, owner_terms;
  for (const auto& r : chosen) role_terms.push_back(schema::kRole + r);
  for (const auto& o : asked.owners) {
    if (CodePointCount(o) < 2) continue;
    size_t seen = 0;
    archive.VisitTerms(schema::kOrg + o, [&](std::string_view rest) {
      owner_terms.push_back(schema::kOrg + o + std::string(rest));
      return ++seen < kScanOwnerOrgs;
    });
  }
  const Xapian::Query quotes(schema::Term(schema::kKind, schema::kKindQuote));
  Xapian::Query filter = AnyOf(role_terms);
  if (!owner_terms.empty()) {
    Xapian::Query owned(Xapian::Query::OP_AND, filter, AnyOf(owner_terms));
    if (archive.AnyMatch(Xapian::Query(Xapian::Query::OP_FILTER, quotes, owned))) {
      filter = owned;
      // The roles named: those the owner's people hold (of the first few chosen).
      std::vector<std::string> held;
      for (size_t i = 0; i < chosen.size() && i < kListedRoles; ++i) {
        Xapian::Query one(Xapian::Query::OP_AND, Xapian::Query(schema::kRole + chosen[i]), AnyOf(owner_terms));
        if (archive.AnyMatch(Xapian::Query(Xapian::Query::OP_FILTER, quotes, one))) held.push_back(chosen[i]);
      }
      *roles = held;
      return filter;
    }
    if (!by_words) return {};
  } else if (!by_words) {
    return {};
  }
  if (!archive.AnyMatch(Xapian::Query(Xapian::Query::OP_FILTER, quotes, filter))) return {};
  *roles = chosen;
  return filter;
}

}  // namespace kosearch
