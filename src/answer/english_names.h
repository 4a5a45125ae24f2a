// English names of institutions → the Korean names the index knows them by
// ("the Defense Ministry" → 국방부, "Busan City" → 부산시, "Nobel Committee"
// → 노벨위원회): the words are put into Korean one by one, in the same order
// (korean::EnglishNameParts, the alias spellings of place names, the sound
// of a name no table knows) and the result must be a whole known name. No
// database: the caller gives the names and the spellings. Internal header.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <vector>

namespace kosearch {

// Hangul spellings of an English word ("Seoul" → 서울), from the alias file.
using SpellingsOf = std::function<std::vector<std::string>(const std::string&)>;

// The names of `known` (Hangul, spaces removed, as AliasTable::Key writes
// them) that the English words `words` compose in full, each word giving one
// part, at least one part from the table or the alias file (a name is never
// matched by sound alone). Empty when `words` has fewer than two words or a
// word that is not Latin.
std::vector<std::string> ComposedKoreanNames(const std::vector<std::string>& words, const std::set<std::string>& known,
                                             const SpellingsOf& spellings);

}  // namespace kosearch
