// People and organizations named in an article: "이재용 삼성전자 회장",
// "젠슨 황 엔비디아(NVIDIA) 최고경영자(CEO)", back-references such as "이 회장"
// or "황 CEO", and organizations from the alias file, person affiliations,
// organization suffixes (…그룹, …부, …청) and "엔비디아(NVIDIA)" pairs.
// Also holds the word splitter and Korean particle rules that quotes.cc uses.
// Implemented in people.cc (the finder), name_rules.cc (word rules) and
// alias_index.cc (known spellings, organizations). Internal header; all
// offsets are code points into the article body.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kosearch/aliases.h"
#include "kosearch/extract.h"

namespace kosearch {

// A word: a run of letters/digits, with an attached "(…)" and the letters
// glued after it ("최고경영자(CEO)를": core 최고경영자, paren CEO, tail 를).
struct Word {
  size_t start = 0, end = 0;              // the core
  size_t paren_start = 0, paren_end = 0;  // inside the parentheses; equal when none
  size_t tail_start = 0, tail_end = 0;    // letters after ')'; equal when none
  bool space_before = false;              // only whitespace separates it from the previous word
  bool has_paren() const { return paren_end > paren_start; }
  size_t last() const { return has_paren() ? tail_end : end; }  // end of the whole word
};

// Splits text[0, limit) into words. Linear time.
std::vector<Word> SplitWords(std::u32string_view text, size_t limit);

// The part of a word that may carry a particle: the tail when there is a
// parenthesis, otherwise the core.
std::u32string_view ParticleCarrier(std::u32string_view text, const Word& w);

// Splits a particle off the end of `word`: returns the stem length and sets
// *subject when the particle marks a subject or topic (은 는 이 가 께서 도).
// Returns word.size() when no particle is recognised. A word that is only a
// particle returns 0 when `is_tail` (the "를" after "최고경영자(CEO)"), and is
// kept whole otherwise (the surname "이" in "이 대통령").
size_t StripParticle(std::u32string_view word, bool* subject, bool is_tail = false);

// Title words: 회장, 대통령, 최고경영자, CEO, 장관, and compounds ending in one
// (외교통상부장관, 도시교통본부장).
bool IsTitle(std::u32string_view stem);

// Adverbs, determiners and common nouns that start like a name or open a
// sentence (이번, 관계자, 그러나, 한편): never part of a name or speaker phrase.
bool IsCommonWord(std::u32string_view w);

// True when `w` ends like a verb form or particle (했다, 하기, 답한, 에서) rather
// than a name: used to keep phrases like "거치지 않았다라고" from passing as names.
bool HasGrammaticalEnding(std::u32string_view w);

// Words between a name and its title that only qualify it (전 former, 제44대).
bool IsModifier(std::u32string_view w);

// 3-syllable (4 with a two-syllable surname) Hangul word starting with a surname.
bool LooksLikeKoreanName(std::u32string_view stem);

// "백승룡PD", "황선임연구원": a Korean name (3 syllables, or a surname alone
// before a title of 4+ characters) with a title written glued to it: the
// length of the name part, or 0 when `word` is no such pair (a title itself,
// "부위원장", "전대통령"; a place's office, "강원도지사").
size_t NameGluedToTitle(std::u32string_view word);

// "MC규현", "CEO김철수": a title in capitals written glued before a word of
// 2-4 syllables that may be her name (the caller asks the tagger or the
// name's shape): the length of the title part, or 0.
size_t TitleGluedToName(std::u32string_view word);

// Surname of a full name: the last word of a spaced (foreign) name, otherwise
// the first syllable (two for 황보, 남궁, …).
std::u32string SurnameOf(std::u32string_view name);

// The parts of `s` between spaces ("마흐무드 아마디네자드": two).
std::vector<std::u32string_view> SpaceSeparated(std::u32string_view s);

// Edits (insertions, deletions, substitutions of a code point) from a to b.
size_t EditDistance(std::u32string_view a, std::u32string_view b);

// The key under which a spelling is matched: ASCII lowercased, spaces removed.
std::u32string MatchKey(std::u32string_view s);
// Whether s is its own MatchKey (no space, no ASCII capital: most Korean
// words), so a table keyed by MatchKey can be searched with s, no copy made.
bool IsMatchKey(std::u32string_view s);

// The alias table keyed for matching words of a text: ASCII lowercased, spaces
// removed (the text is not NFKC-normalised, so no ICU call per word).
class AliasIndex {
 public:
  explicit AliasIndex(const AliasTable& table);
  // The group spelled exactly `spelling` (case and spaces ignored), or nullptr.
  const AliasTable::Group* Find(std::u32string_view spelling) const;
  // Length in words of the longest spelling with spaces ("Samsung Electronics": 2).
  size_t max_words() const { return max_words_; }
  // False when no key starts with `word` (and is longer): callers then skip the
  // multi-word lookups, which dominate the time on large inputs.
  bool MayStartPhrase(std::u32string_view word) const;

 private:
  // Keys are looked up by view: a word that already is its own key (no
  // space, no capital) is found without building a string.
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::u32string_view s) const { return std::hash<std::u32string_view>()(s); }
  };
  // Most words are in neither table: a bit per hash of the key (a few KB,
  // in cache) rules them out before the tables are asked.
  struct KeyFilter {
    std::vector<uint64_t> bits = std::vector<uint64_t>(kFilterBits / 64);
    void Add(std::u32string_view key);
    bool MayHold(std::u32string_view spelling) const;
  };
  static constexpr size_t kFilterBits = size_t{1} << 16;
  const AliasTable& table_;
  std::unordered_map<std::u32string, size_t, KeyHash, std::equal_to<>> by_key_;
  std::unordered_set<std::u32string, KeyHash, std::equal_to<>> phrase_starts_;  // proper prefixes of keys
  KeyFilter key_filter_, start_filter_;
  size_t max_words_ = 1;
};

// One mention of a person: the full name with its title, or a back-reference
// (surname + title) resolved to someone named earlier.
struct PersonMention {
  size_t person = 0;                    // index into PeopleFound::people
  size_t first_word = 0, last_word = 0; // word indices covered (name .. title)
  bool back_reference = false;
  // The name is only a guess from its shape: plain words before a title
  // ("올림피크 리옹 감독"), which the entity tagger may know better.
  bool guessed = false;
};

struct PeopleFound {
  std::vector<Person> people;              // in order of first mention
  std::vector<std::u32string> names;       // people[i].name as code points (the alias file's canonical name)
  std::vector<std::u32string> written;     // the fullest form of it the article writes ("오바마" for 버락 오바마)
  std::vector<PersonMention> mentions;     // in text order
  std::vector<Organization> affiliations;  // orgs written in person mentions
};

// Finds people in the words of `text`. `aliases` supplies known names
// (person groups) and organizations that separate a name from its title.
PeopleFound FindPeople(std::u32string_view text, const std::vector<Word>& words, const AliasIndex& aliases);

// Organizations: alias-file spellings (longest match), person affiliations,
// words with an organization suffix; mined "X(Y)" pairs go to *mined.
std::vector<Organization> FindOrganizations(std::u32string_view text, const std::vector<Word>& words,
                                            const AliasIndex& aliases, const PeopleFound& people,
                                            std::vector<MinedAlias>* mined);

// True when `stem` names an organization: an alias-file org spelling or a
// word ending in an organization suffix (기상청, 외교통상부, SK그룹).
bool LooksLikeOrg(std::u32string_view stem, const AliasIndex& aliases);
// LooksLikeOrg for a caller that already looked the stem up (once per word,
// FindOrganizations): `group` must be aliases.Find(stem), nullptr when the
// alias file has no such spelling.
bool LooksLikeOrgGivenLookup(std::u32string_view stem, const AliasTable::Group* group);

}  // namespace kosearch
