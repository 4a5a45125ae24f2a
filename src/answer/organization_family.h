// The other keys the index holds for one body, read from the keys
// themselves: Korean news shortens a body's name by keeping the first
// syllable of some words and dropping others (보건복지부 → 복지부,
// 기획재정부 → 기재부, 공정거래위원회 → 공정위, 미국 국무부 → 미 국무부),
// and writes a country before a body in full or by its first syllable (미
// 국무부, 미국 국무부). Speaker resolution asks it for the keys of a body a
// question names in English or in another spelling, so the quotes filed
// under any of its names answer. No table of short forms: the rule reads
// the keys. No database: the caller gives the keys. Internal header.
#pragma once

#include <set>
#include <string>
#include <vector>

namespace kosearch {

// Whether `short_form` is `name` shortened as Korean news does: at least
// three syllables and fewer than `name`'s; each of its syllables starts a
// two-syllable word of `name` (read from its start) or follows the one
// before it in `name`; it ends with the kind of body `name` ends with
// (the longest Korean part of korean::EnglishNameParts that starts a word
// there, else the last syllable when that starts one: 서울|예대 has none),
// whole or by its first syllable, after two syllables at least (대한민국정부
// is not 대정부); and it is no bare kind of body (대학교, 위원회). With
// `keeps_first` (the name opens with a place: 중국 외교부 is never 외교부)
// it keeps `name`'s first syllable.
bool IsShortFormOf(const std::string& short_form, const std::string& name, bool keeps_first);

// `name` and the keys of `keys` that are its short forms (IsShortFormOf)
// and no other body's (축구협회 is 대한축구협회's and 루마니아축구협회's: neither).
std::vector<std::string> FamilyOf(const std::string& name, bool keeps_first, const std::set<std::string>& keys);

// A Korean body asked with its country before it, as the other spelling
// ("미 국무부" → 미국국무부, "미국 국무부" → 미국무부): the keys of `keys`
// that are the words with the country written in full or by its first
// syllable, spaces removed. The country word must be one syllable (its
// full form then read from the keys: the one key that is the syllable, one
// more, and the rest) or a word of two or more syllables whose first
// syllable is kept. Empty when the words are fewer than two.
std::vector<std::string> CountryPrefixVariants(const std::vector<std::string>& words, const std::set<std::string>& keys);

}  // namespace kosearch
