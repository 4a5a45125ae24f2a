// English names of institutions → the Korean names the index knows them by
// ("the Defense Ministry" → 국방부, "Busan City" → 부산시, "Nobel Committee"
// → 노벨위원회): the words are put into Korean one by one, in the same order
// (korean::EnglishNameParts, the alias spellings of place names, the sound
// of a name no table knows) and the result must be a whole known name. No
// database: the caller gives the names and the spellings. Also the shapes of
// English names that speaker resolution reads (runs of words, names of
// institutions, romanized Korean names). Internal header.
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
// word that is not Latin. `gap_before_head`: the name may hold words the
// English leaves out right before its kind ("Health ministry" 보건복지부;
// asked only when no name is composed in full).
std::vector<std::string> ComposedKoreanNames(const std::vector<std::string>& words, const std::set<std::string>& known,
                                             const SpellingsOf& spellings, bool gap_before_head = false);

// A word of korean::EnglishNameParts ("ministry", "state", "russian"), given in lower case.
bool IsInstitutionWord(const std::string& lower);

// A word of the run has a Korean spelling or is an institution word
// ("Busan", "City"): the run is no foreign name to match by sound.
bool HasKnownWord(const std::vector<std::string>& words, size_t first, size_t len, const SpellingsOf& spellings);

// words[first .. first+len-1], joined by spaces.
std::string JoinRun(const std::vector<std::string>& words, size_t first, size_t len);

// Every word of the run starts with a capital letter (a name, not "professor Cho").
bool Capitalized(const std::vector<std::string>& words, size_t first, size_t len);

// The English names of several capitalized words, with no title between and
// no possessor among them, that hold an institution word of
// korean::EnglishNameParts ("US State Department", "Russian Foreign
// Ministry", "Freedom Human Rights Institute"), as IsPartOfLongerName reads
// them. A group is its company: "SK Group" is none.
std::vector<std::string> LongInstitutionNames(const std::vector<std::string>& words, const std::vector<bool>& is_title,
                                              const std::vector<bool>& owner);

// Whether `run` is a part, not the whole, of one of `long_names`: it names
// someone else (미국, the Korean 외교부, a person by sound), never the speaker
// asked. The name after a leading "Korea" or "Korean" is the same body.
bool IsPartOfLongerName(const std::string& run, const std::vector<std::string>& long_names);

// "Cho Maeng-hyo": a romanized surname, then a hyphenated given name, or a
// run within one ("Maeng-hyo" after "Cho"). Such a name is matched as a
// Korean name, never by its sound as a foreign one (천영우, 곽의원).
bool LooksRomanizedKorean(const std::vector<std::string>& words, size_t first, size_t len);

// "Cho Maeng-hyo", "Lee Kun-hee": a short capitalized word that romanizes a
// Korean surname the table knows (HangulSurnames), then a romanized given
// name of short syllables (IsRomanizedGivenName; not "Anti-corruption").
// The one test of a romanized Korean name that every reader of English
// questions uses; a surname the table lacks counts when it spells a Korean
// surname in a press form (PressSpelledSurnames: "Koo", "Shim").
bool IsRomanizedKoreanName(const std::string& surname, const std::string& given);

// "Ki-ryang", "Jae-in": a romanized Korean given name (a capitalized
// syllable, a hyphen, a lower-case one): a person's, never part of a body's
// name read by its sound.
bool IsRomanizedGivenName(const std::string& word);

// `words` are a romanized Korean surname and a capitalized given name
// ("Kim Chae-yeon", "Kim Hyun"), as before an "of" saying where they are from.
bool OpensWithRomanizedKoreanName(const std::vector<std::string>& words);

// Whether `hangul`, a speaker's name matched by sound to the English words
// [first, first + len) of `words` (len >= 2), may be theirs: each word must
// sound like its part of the Hangul or spell it in Revised Romanization, in
// order or (two words) the family name first ("Lorena Ochoa" 로레나오초아,
// "Anyang Halla" 안양한라), or the Hangul is the family name alone, the last
// word (오초아); never a name that sounds like none of it (이교수이규태 for
// "Koichi Kato") or like the given name only (일리노 for "Lorena Ochoa").
// One word (len 1) always fits.
bool SoundMatchFits(const std::vector<std::string>& words, size_t first, size_t len, const std::string& hangul);

// The matches of `matches` that fit the words (SoundMatchFits), in order.
std::vector<std::string> FittingSoundMatches(const std::vector<std::string>& words, size_t first, size_t len,
                                             std::vector<std::string> matches);

// Whether words[first] is a given name: another name word follows it
// ("Lorena" in "Lorena Ochoa"). Matched alone by sound only when its family
// name matches no one.
bool IsGivenNameBefore(const std::vector<std::string>& words, size_t first);

// Whether a speaker matched by the given name words[first] alone is that
// person: one of `stored_names` (its spellings and the names of its quotes)
// has a part sounding like the rest of the name ("Elena Torres" is 엘레나
// 토레스, not 엘레나 피어슨).
bool RestOfNameAmong(const std::vector<std::string>& words, size_t first, const std::vector<std::string>& stored_names);

// RestOfNameAmong, or the speaker `key` is known by that one name only (고이치
// for "Koichi Kato"): nothing says it is someone else.
bool GivenNameFits(const std::vector<std::string>& words, size_t first, const std::string& key,
                   const std::vector<std::string>& stored_names);

// The organizations of `org_keys` (Hangul XO keys) whose sound the longest
// run of capitalized English words in `words` fits (SoundMatchFits):
// "Liverpool" 리버풀, "Chicago Bulls" 불스. Empty when a word is not English.
std::vector<std::string> OrganizationsBySound(const std::vector<std::string>& words, const std::vector<std::string>& org_keys);

// The acronym a company is known by in Korean text too, when the words are
// that acronym and the kind of company English adds ("SM Entertainment",
// "CJ Group", "KT Corp." → "SM", "CJ", "KT"); empty otherwise.
std::string CompanyAcronym(const std::vector<std::string>& words);
// Whether `word` names a kind of company (Company, Entertainment, Group,
// Corp., TV, News, Agency …), as English writes it after a company's name:
// no name of one company.
bool IsCompanyKindWord(const std::string& word);

// A word of a speaker without its possessive ending or a trailing comma
// ("Oxford's" → "Oxford", "홍콩의" → "홍콩", "Lee Sang-min," → "Lee Sang-min").
std::string WithoutPossessive(std::string word);

// A romanized Korean name (a short capitalized word, then a hyphenated given
// name of short syllables: "Bin Sun-ok") among the words, none a possessor's
// (`owner`): a person, whom no organization's quotes stand for.
bool NamesRomanizedKoreanPerson(const std::vector<std::string>& words, const std::vector<bool>& owner);

// An acronym ("KAI", "SBS", "G20"): a capital letter, then capitals or
// digits. Korean text writes it in Latin letters too; it names a body, never
// a person.
bool IsAcronym(const std::string& word);

// Whether an English name (one word) has too few consonants to be matched by
// sound alone ("Hyeri", "Houllier": h, l): its loanword key's consonants
// below kMinSoundConsonants sound like too many Korean words.
inline constexpr long kMinSoundConsonants = 3;
bool TooFewConsonantsForSound(const std::string& english);

}  // namespace kosearch
