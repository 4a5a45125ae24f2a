// Compound titles in questions. Korean news writes a title and what it is
// of as one word (환경부장관, 도시교통본부장, 보행자전거과장), and the index
// keys a quote's role whole; a question gives the title and its other words
// apart ("환경부 장관은", "Korea's environment minister", "Seoul's head of
// urban transportation", "Seoul's division chief"). These units find the
// roles that end with the title and hold the other words, narrowed by whose
// the title is; never every holder of the bare title. Internal header.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "answer/english_names.h"
#include "search/archive_reader.h"

namespace kosearch {

// Whether `role` (as extracted: "대통령", "대통령 후보", "환경부장관") ends
// with one of the role or speaker terms `title_terms` ("XR대통령") names.
bool RoleEndsWithTitle(const std::string& role, const std::vector<std::string>& title_terms);

// What a speaker phrase says of a compound title.
struct CompoundRoleAsked {
  std::vector<std::string> endings;             // Korean endings of its title words ("장관", "장")
  std::vector<std::vector<std::string>> parts;  // each describing word's Korean parts ("환경"; "도시"; "과")
  std::vector<std::string> owners;              // Hangul spellings of whose it is ("서울", "한국": Seoul's, Korea's)
  std::vector<std::string> org_words;           // Hangul describing words a holder's organization may start with (서울대, 환경부)
  bool names_someone = false;                   // a capitalized English word no table knows: maybe a name ("professor Cho")
};

// Reads a speaker phrase's `words` (possessives cut), with `is_title` and
// `owner` as speaker resolution marked them. English title words of
// korean::EnglishTitleEndings are titles too, and so are Hangul titles of
// the lexicon (과장) the index has no role term for; a Hangul word that is
// no title describes it and may also say whose it is (an organization: 환경부).
// Describing English words are put into Korean by korean::EnglishNameParts
// and the alias spellings `spellings` gives. No database.
CompoundRoleAsked ReadCompoundRole(const std::vector<std::string>& words, const std::vector<bool>& is_title,
                                   const std::vector<bool>& owner, const SpellingsOf& spellings);

// How well the role `role_key` (spaces removed) fits `asked`: -1 when it
// ends with none of the endings; else 2 for each describing word whose part
// of two syllables or more it holds before the ending, 1 for each whose part
// of one syllable stands right before it (과장 for "division chief": a weak
// sign, kFitByWordsAlone says what is enough without an owner).
int CompoundRoleFit(const std::string& role_key, const CompoundRoleAsked& asked);

// A fit this good names a role by the describing words alone: one of two
// syllables or more in it.
constexpr int kFitByWordsAlone = 2;

// The roles of `role_keys` that end with an ending of `asked` (`ending`),
// and those of them that fit it best, above 0 (`fitted`, with their `fit`).
struct CompoundRoleChoice {
  std::vector<std::string> ending;
  std::vector<std::string> fitted;
  int fit = 0;
};
CompoundRoleChoice BestCompoundRoles(const std::vector<std::string>& role_keys, const CompoundRoleAsked& asked);

// The quotes of the holders of the compound titles `asked` describes, as a
// filter on quote documents: the roles that fit it by kFitByWordsAlone, or
// any role ending so at an organization that starts with one of its
// `org_words`; narrowed to the organizations that start with an owner's
// spelling when some quote holds both (with an owner, a weaker fit does).
// Empty when nothing narrows the title (never every holder of the bare
// title) or the phrase may name someone (never every holder beside a name). `roles` receives (some of) the roles used. May throw Xapian::Error.
Xapian::Query CompoundRoleFilter(const CompoundRoleAsked& asked, ArchiveReader& archive, std::vector<std::string>* roles);

}  // namespace kosearch
