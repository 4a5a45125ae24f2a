// English names in questions (see english_names.h): the Korean name an
// English institution name composes, and the shapes of English names.
#include "answer/english_names.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "answer/answer_steps.h"
#include "kosearch/aliases.h"
#include "text/english_news_terms.h"
#include "text/korean_lexicon.h"
#include "text/loanword.h"
#include "text/press_romanized_names.h"
#include "text/romanized_surnames.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// How alike a name no table knows must sound to its Hangul part ("Nobel" 노벨).
constexpr double kMinPartSimilarity = 0.7;
// The longest Hangul part a name matched by sound may be, in syllables.
constexpr size_t kMaxSoundSyllables = 5;
// How alike a word the table translates must sound to be read by its sound instead.
constexpr double kMinTableWordSoundSimilarity = 0.85;
// The most syllables of words left out before a body's kind ("Health ministry" 보건[복지]부).
constexpr size_t kMaxGapSyllables = 4;

// One way to read the words from a position: the Korean part and how many
// words it takes; an empty part means "by sound", unless `left_out` (a
// word Korean names leave out: "Seoul National University" 서울대).
struct Part {
  std::string korean;
  size_t words;
  bool left_out = false;
  bool from_table = false;  // a row of korean::EnglishNameParts
};

std::string WithoutSpaces(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  return s;
}

// "Korea's" → "Korea", "Russian" → also "Russia", "Iranian" → "Iran".
std::vector<std::string> Stems(std::string word) {
  for (std::string_view s : {"'s", "’s", "'", "."}) {
    if (word.size() > s.size() && word.compare(word.size() - s.size(), s.size(), s) == 0) word.erase(word.size() - s.size());
  }
  std::vector<std::string> out{word};
  // "Foods" 식품, "Motors" 자동차: Korean names the kind in the singular.
  if (word.size() > 4 && word.back() == 's' && word[word.size() - 2] != 's') out.push_back(word.substr(0, word.size() - 1));
  auto ends = [&](std::string_view s) { return word.size() > s.size() + 2 && word.compare(word.size() - s.size(), s.size(), s) == 0; };
  if (ends("ian")) out.push_back(word.substr(0, word.size() - 3));
  if (ends("an")) out.push_back(word.substr(0, word.size() - 1));
  if (ends("ese")) out.push_back(word.substr(0, word.size() - 3) + "a");
  if (ends("ese")) out.push_back(word.substr(0, word.size() - 3));
  return out;
}

std::vector<std::vector<Part>> PartsOf(const std::vector<std::string>& words, const SpellingsOf& spellings, const std::set<std::string>& known) {
  std::vector<std::vector<Part>> parts(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    const std::vector<std::string> stems = Stems(words[i]);
    const std::string lower = AsciiLower(stems[0]);
    const std::string pair = i + 1 < words.size() ? lower + " " + AsciiLower(Stems(words[i + 1])[0]) : "";
    for (const auto& row : korean::EnglishNameParts()) {
      if (row.english == lower) parts[i].push_back({std::string(row.korean), 1, row.korean.empty(), true});
      if (!pair.empty() && row.english == pair) parts[i].push_back({std::string(row.korean), 2, false, true});
    }
    for (const auto& stem : stems) {
      for (const auto& s : spellings(stem)) {
        if (IsLatin(s)) continue;
        parts[i].push_back({WithoutSpaces(s), 1});
        // A country of two syllables the index knows, before a body, by its first one ("US government" 미 정부; never
        // 대한민국 by 대).
        if (i == 0 && words.size() > 1 && known.count(s) && CodePointCount(s) == 2 && AllHangulSyllables(ToU32(s))) parts[i].push_back({s.substr(0, 3), 1});
      }
    }
    // A word only the news glossary knows ("Taxpayers" → 납세자 in 납세자연맹).
    if (parts[i].empty()) {
      for (const auto& stem : stems) {
        for (const auto& korean : KoreanTermsOf(stem)) parts[i].push_back({WithoutSpaces(korean), 1});
      }
    }
    // A capitalised word: the Hangul it spells in Revised Romanization
    // ("Hanil" 한일), or its sound. A company's name is written by sound
    // even where its words have a translation ("Standard Chartered Bank"
    // 스탠다드차타드은행, "Live Nation" 라이브네이션), so a table's Korean
    // does not rule the sound out.
    if (std::isupper(static_cast<unsigned char>(words[i][0]))) {
      for (const auto& hangul : HangulOfRomanized(words[i])) parts[i].push_back({hangul, 1});
      parts[i].push_back({"", 1});
    }
  }
  return parts;
}

// Whether `name` from byte `pos` is the words from `i` on, with at least one
// part from a table once `known_part` is set. With `gap_before_head`, words
// of the name the English left out may stand before the last word's table
// part ("Health ministry" 보건·복지·부).
bool Composes(const std::string& name, size_t pos, size_t i, bool known_part, const std::vector<std::string>& words,
              const std::vector<std::vector<Part>>& parts, bool gap_before_head = false) {
  if (i == words.size()) return pos == name.size() && known_part;
  if (gap_before_head && i + 1 == words.size() && pos > 0) {
    for (size_t syllables = 1; syllables <= kMaxGapSyllables && pos + 3 * syllables < name.size(); ++syllables) {
      for (const Part& p : parts[i]) {
        if (p.from_table && !p.left_out && name.compare(pos + 3 * syllables, std::string::npos, p.korean) == 0) return true;
      }
    }
  }
  const bool translated = std::any_of(parts[i].begin(), parts[i].end(), [](const Part& p) { return p.from_table; });
  for (const Part& p : parts[i]) {
    if (p.left_out) {
      if (Composes(name, pos, i + 1, known_part, words, parts, gap_before_head)) return true;
      continue;
    }
    if (!p.korean.empty()) {
      if (name.compare(pos, p.korean.size(), p.korean) == 0 &&
          Composes(name, pos + p.korean.size(), i + p.words, true, words, parts, gap_before_head)) {
        return true;
      }
      continue;
    }
    // By sound: a Hangul prefix of the rest, one syllable (3 bytes) at a time.
    for (size_t syllables = 1; syllables <= kMaxSoundSyllables && pos + 3 * syllables <= name.size(); ++syllables) {
      const std::string hangul = name.substr(pos, 3 * syllables);
      // A word the table puts into Korean ("Health" 보건) is read by its sound only when close (미디어, not 해수).
      const double least = translated ? kMinTableWordSoundSimilarity : kMinPartSimilarity;
      if (!IsValidUtf8(hangul) || LoanwordSimilarity(words[i], hangul) < least) continue;
      if (Composes(name, pos + hangul.size(), i + 1, known_part, words, parts, gap_before_head)) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<std::string> ComposedKoreanNames(const std::vector<std::string>& words, const std::set<std::string>& known,
                                             const SpellingsOf& spellings, bool gap_before_head) {
  if (words.size() < 2 || !std::all_of(words.begin(), words.end(), [](const std::string& w) { return IsLatin(w); })) return {};
  const auto parts = PartsOf(words, spellings, known);
  std::vector<std::string> out;
  for (const std::string& name : known) {
    if (Composes(name, 0, 0, false, words, parts, gap_before_head)) out.push_back(name);
  }
  return out;
}

bool IsInstitutionWord(const std::string& lower) {
  return std::any_of(korean::EnglishNameParts().begin(), korean::EnglishNameParts().end(),
                     [&](const korean::EnglishNamePart& row) { return row.english == lower; });
}

bool HasKnownWord(const std::vector<std::string>& words, size_t first, size_t len, const SpellingsOf& spellings) {
  for (size_t k = first; k < first + len; ++k) {
    if (IsInstitutionWord(AsciiLower(words[k]))) return true;
    for (const auto& s : spellings(words[k])) {
      if (!IsLatin(s)) return true;
    }
  }
  return false;
}

std::string JoinRun(const std::vector<std::string>& words, size_t first, size_t len) {
  std::string run;
  for (size_t k = first; k < first + len; ++k) run += (run.empty() ? "" : " ") + words[k];
  return run;
}

bool Capitalized(const std::vector<std::string>& words, size_t first, size_t len) {
  for (size_t k = first; k < first + len; ++k) {
    if (!std::isupper(static_cast<unsigned char>(words[k][0]))) return false;
  }
  return true;
}

std::vector<std::string> LongInstitutionNames(const std::vector<std::string>& words, const std::vector<bool>& is_title,
                                              const std::vector<bool>& owner) {
  std::vector<std::string> names, chunk;
  auto institution = [](const std::string& w) {
    const std::string lower = AsciiLower(w);
    return lower != "group" && IsInstitutionWord(lower);
  };
  auto flush = [&] {
    if (chunk.size() > 1 && std::any_of(chunk.begin(), chunk.end(), institution)) names.push_back(JoinRun(chunk, 0, chunk.size()));
    chunk.clear();
  };
  for (size_t i = 0; i < words.size(); ++i) {
    const bool proper = !is_title[i] && !owner[i] && !words[i].empty() && IsLatin(words[i]) &&
                        std::isupper(static_cast<unsigned char>(words[i][0]));
    if (proper) chunk.push_back(words[i]);
    else flush();
  }
  flush();
  return names;
}

bool IsPartOfLongerName(const std::string& run, const std::vector<std::string>& long_names) {
  return std::any_of(long_names.begin(), long_names.end(), [&](const std::string& name) {
    // "Korea Taxpayers Association" is 납세자연맹 too: Korean text leaves its own country out of a body's name.
    if (name == "Korea " + run || name == "Korean " + run) return false;
    return name != run && (" " + name + " ").find(" " + run + " ") != std::string::npos;
  });
}

bool LooksRomanizedKorean(const std::vector<std::string>& words, size_t first, size_t len) {
  // The whole name, or part of one: a given name after its surname ("Ki-kweon" of "Lee Ki-kweon"), never a name of its own.
  for (size_t k = std::max<size_t>(first, 1); k < first + len; ++k) {
    if (IsRomanizedKoreanName(words[k - 1], words[k])) return true;
  }
  return false;
}

bool IsRomanizedKoreanName(const std::string& surname, const std::string& given) {
  // Syllables of a Korean name are short ("Byung", "Hyeong"); "Anti-corruption" is no name.
  const size_t hyphen = given.find('-');
  const bool short_syllables = hyphen != std::string::npos && hyphen <= 6 && given.size() - hyphen - 1 <= 6;
  return short_syllables && IsRomanizedGivenName(given) && IsLatin(surname) && surname.size() <= 6 &&
         std::isupper(static_cast<unsigned char>(surname[0])) &&
         (!HangulSurnames(surname).empty() || !PressSpelledSurnames(surname).empty());
}

bool IsRomanizedGivenName(const std::string& w) {
  const size_t hyphen = w.find('-');
  if (hyphen == std::string::npos || hyphen < 2 || hyphen + 2 > w.size() || !std::isupper(static_cast<unsigned char>(w[0]))) return false;
  return std::all_of(w.begin() + 1, w.end(), [&](char c) { return c == '-' || std::islower(static_cast<unsigned char>(c)); }) &&
         std::count(w.begin(), w.end(), '-') == 1;
}

bool OpensWithRomanizedKoreanName(const std::vector<std::string>& words) {
  return words.size() == 2 && !HangulSurnames(words[0]).empty() && IsLatin(words[1]) &&
         std::isupper(static_cast<unsigned char>(words[1][0]));
}

std::string WithoutPossessive(std::string w) {
  while (!w.empty() && (w.back() == ',' || w.back() == ';')) w.pop_back();
  for (std::string_view s : {"'s", "’s", "'", "의"}) {
    if (w.size() > s.size() + 2 && w.compare(w.size() - s.size(), s.size(), s) == 0) return w.substr(0, w.size() - s.size());
  }
  return w;
}

namespace {

// How alike the later parts of a name matched by sound must sound to their words.
constexpr double kMinLaterPartSimilarity = 0.5;

// Whether the syllables of `hangul` from `pos` split into parts sounding like `words` in order.
bool SplitsIntoParts(const std::vector<std::string>& words, size_t w, const std::u32string& hangul, size_t pos) {
  if (w == words.size()) return pos == hangul.size();
  for (size_t end = pos + 1; end <= hangul.size() && end - pos <= kMaxSoundSyllables; ++end) {
    if (words.size() - w - 1 > hangul.size() - end) break;  // a syllable at least for each word left
    const std::string part = ToUtf8(hangul.substr(pos, end - pos));
    const std::vector<std::string> romanized = HangulOfRomanized(words[w]);
    const bool spelled = std::find(romanized.begin(), romanized.end(), part) != romanized.end();
    // The first part clearly, the rest loosely: news spells a name's later
    // parts less faithfully (Halla 한라, Vanackere 파나케레).
    const double least = w == 0 ? kMinPartSimilarity : kMinLaterPartSimilarity;
    if ((spelled || LoanwordSimilarity(words[w], part) >= least) && SplitsIntoParts(words, w + 1, hangul, end)) {
      return true;
    }
  }
  return false;
}

bool IsNameWord(const std::string& w) { return !w.empty() && IsLatin(w) && std::isupper(static_cast<unsigned char>(w[0])); }

}  // namespace

std::vector<std::string> FittingSoundMatches(const std::vector<std::string>& words, size_t first, size_t len,
                                             std::vector<std::string> matches) {
  std::erase_if(matches, [&](const std::string& m) { return !SoundMatchFits(words, first, len, m); });
  return matches;
}

bool IsGivenNameBefore(const std::vector<std::string>& words, size_t first) {
  return first + 1 < words.size() && IsNameWord(words[first + 1]);
}

bool RestOfNameAmong(const std::vector<std::string>& words, size_t first, const std::vector<std::string>& stored_names) {
  for (size_t k = first + 1; k < words.size() && IsNameWord(words[k]); ++k) {
    std::string rest = WithoutPossessive(words[k]);
    rest.erase(std::remove(rest.begin(), rest.end(), '-'), rest.end());
    for (const auto& stored : stored_names) {
      std::string part;
      for (size_t i = 0; i <= stored.size(); ++i) {
        if (i < stored.size() && stored[i] != ' ') {
          part += stored[i];
          continue;
        }
        const bool same = IsLatin(part) ? AsciiLower(part) == AsciiLower(rest)
                                        : !part.empty() && LoanwordSimilarity(rest, part) >= kMinLaterPartSimilarity;
        if (same) return true;
        part.clear();
      }
    }
  }
  return false;
}

bool IsCompanyKindWord(const std::string& word) {
  static const std::set<std::string> kKinds = {"entertainment", "group", "corp", "corp.", "corporation", "co.", "inc.",
                                               "holdings", "electronics", "motors", "telecom", "company", "tv", "news",
                                               "media", "agency"};
  return kKinds.count(AsciiLower(word)) > 0;
}

std::string CompanyAcronym(const std::vector<std::string>& words) {
  if (words.size() != 2 || !IsCompanyKindWord(words[1])) return {};
  const std::string& acronym = words[0];
  const bool capitals = acronym.size() >= 2 && acronym.size() <= 4 &&
                        std::all_of(acronym.begin(), acronym.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)); });
  return capitals ? acronym : std::string();
}

std::vector<std::string> OrganizationsBySound(const std::vector<std::string>& words, const std::vector<std::string>& org_keys) {
  if (!std::all_of(words.begin(), words.end(), IsNameWord)) return {};
  for (size_t len = words.size(); len >= 1; --len) {
    std::vector<std::string> found;
    for (size_t first = 0; first + len <= words.size(); ++first) {
      std::string joined = JoinRun(words, first, len);
      joined.erase(std::remove(joined.begin(), joined.end(), '-'), joined.end());
      for (const auto& m : FittingSoundMatches(words, first, len, MatchLoanword(joined, org_keys))) AddUnique(found, m);
    }
    if (!found.empty()) return found;
  }
  return {};
}

bool GivenNameFits(const std::vector<std::string>& words, size_t first, const std::string& key,
                   const std::vector<std::string>& stored_names) {
  return RestOfNameAmong(words, first, stored_names) ||
         std::all_of(stored_names.begin(), stored_names.end(), [&](const std::string& n) { return IsLatin(n) || AliasTable::Key(n) == key; });
}

bool SoundMatchFits(const std::vector<std::string>& words, size_t first, size_t len, const std::string& hangul) {
  if (len == 1) return true;
  std::vector<std::string> name;
  for (size_t k = first; k < first + len; ++k) {
    std::string w = words[k];
    w.erase(std::remove(w.begin(), w.end(), '-'), w.end());
    name.push_back(w);
  }
  std::string bare = hangul;
  bare.erase(std::remove(bare.begin(), bare.end(), ' '), bare.end());
  const std::u32string syllables = ToU32(bare);
  if (LoanwordSimilarity(name.back(), bare) >= kMinLaterPartSimilarity) return true;  // the family name alone, loosely
  if (SplitsIntoParts(name, 0, syllables, 0)) return true;
  if (name.size() != 2) return false;
  std::swap(name[0], name[1]);
  return SplitsIntoParts(name, 0, syllables, 0);
}

bool NamesRomanizedKoreanPerson(const std::vector<std::string>& words, const std::vector<bool>& owner) {
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (!owner[i] && !owner[i + 1] && IsRomanizedKoreanName(words[i], words[i + 1])) return true;
  }
  return false;
}

bool IsAcronym(const std::string& word) {
  return word.size() >= 2 && word[0] >= 'A' && word[0] <= 'Z' &&
         std::all_of(word.begin(), word.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

bool TooFewConsonantsForSound(const std::string& english) {
  const std::string key = LoanwordKey(english);
  return std::count_if(key.begin(), key.end(), [](char c) { return c != 'a'; }) < kMinSoundConsonants;
}

}  // namespace kosearch
