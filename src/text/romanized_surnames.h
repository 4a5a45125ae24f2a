// Korean surnames as English-language news romanizes them ("Lee", "Rhee",
// "Yi" → 이; "Park" → 박; "Moon" → 문), so that "President Lee" or "Yoon"
// can be matched to the Hangul names quotes are indexed under. One table
// (romanized_surnames.cc); and a key that tells whether a romanized given
// name is a Hangul one. Internal header; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kosearch {

// The Hangul surnames `romanized` may stand for (case-insensitive), most
// likely first; empty when it is no common romanization of a surname.
std::vector<std::string> HangulSurnames(std::string_view romanized);

// A Korean given name, romanized ("Maeng-hyo", "Seok-youl", "Dae-young") or
// in Hangul (맹효, 석열, 대영, romanized by korean::RevisedRomanization),
// reduced to a key the press's spellings share with the Revised
// Romanization: lower case, letters only, eo/ou/oo → u, ee/ui → i, ch → c,
// sh → s, then g/k, d/t, b/p, j/c and r/l made one, and doubled letters one.
// Equal keys: the same given name. Empty for a name with neither Latin nor
// Hangul letters.
std::string RomanizedNameKey(std::string_view name);

// Whether a romanized given name written syllable by syllable ("Hyun-joong",
// "Woo Taek") may be `hangul_given` (현중, 우택) although their keys differ:
// as many syllables, and each opens as the Hangul one does (its key up to
// its first vowel: "hyun" opens "hyu", 희 opens "hi"; a w before u is silent:
// "Woo" is 우). A sound-alike with another syllable's opening is another
// person (Kim Hyun-joong is not 김희중). True when `romanized_given` has one
// syllable group only ("Hyunjoong"): nothing to compare.
bool GivenNameSyllablesAgree(std::string_view romanized_given, std::string_view hangul_given);

// The Hangul words a Latin word spells in Revised Romanization, syllable by
// syllable ("Itaewon" → 이태원, "Pangyo" → 판교 and 팡요), at most
// `max_syllables` syllables and `max_words` words; empty when it is no such
// spelling ("Halloween", "Minsk"). Candidates: the caller keeps those its
// text has.
std::vector<std::string> HangulOfRomanized(std::string_view word, size_t max_syllables = 4, size_t max_words = 8);

}  // namespace kosearch
