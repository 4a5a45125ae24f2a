// English news words → the Korean words news writes for them ("sanctions"
// → 제재, "strike" → 파업, "talks" → 회담, 협상, "declaration of war" →
// 선전포고), so that the English words of a question reach Korean text.
// The table is korean::EnglishNewsTerms (korean_lexicon.h); a question's
// words are put into their dictionary form by simple suffix rules
// (EnglishLemmas), not by listing every form. Thread-safety: pure
// functions (the lookup index is built once, on first use).
// Internal header.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kosearch {

// The dictionary forms `word` may be, the word itself (lower case, without
// a possessive 's or trailing punctuation) first, then what suffix rules
// make of it: plurals (sanctions, policies, taxes), -ed and -ing forms
// (banned, denied, raising), nouns in -tion/-sion/-ment from their verbs'
// side (negotiation → negotiate, election → elect) and British spellings
// (organise → organize, labour → labor). Candidates, not all words; empty
// for a word that is not ASCII letters.
std::vector<std::string> EnglishLemmas(std::string_view word);

// The Korean terms of `english` (lower case phrase or word, as the table
// keys it; tries its lemmas for a single word); empty when the table has
// none.
std::vector<std::string> KoreanTermsOf(std::string_view english);

// The Korean terms of the English words of `text`, each once, in the order
// of the text: longest phrase of the table first ("declaration of war"
// before "war"), each word by its first lemma the table knows. Words that
// are not English are skipped. Names are not told apart: the table leaves
// out words that are common names ("moon", "king", "rice").
std::vector<std::string> KoreanNewsTerms(std::string_view text);

}  // namespace kosearch
