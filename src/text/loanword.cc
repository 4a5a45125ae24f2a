// Loanword keys and matching (see loanword.h).
//
// Each side is first turned into a rough phonetic spelling by its own rules
// (English orthography in loanword_english.cc, Korean loanword orthography
// in loanword_hangul.cc), then both go through one reduction here,
// PhoneticToKey, and the keys are compared with a weighted edit distance.
#include "text/loanword.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "text/loanword_phonetic.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

bool IsPhoneticVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// The reduction both sides share: vowel runs become one 'a' (Korean and
// English vowels are too loosely matched to compare), glides count as
// vowels except before a vowel at the start, consonants merge where Korean
// merges them, h before a non-vowel is silent, and repeats collapse (ll in
// 플랫폼, kk in 쿠키).
std::string PhoneticToKey(std::string_view p) {
  std::string key;
  auto push = [&](char c) {
    if (key.empty() || key.back() != c) key += c;
  };
  for (size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    char next = i + 1 < p.size() ? p[i + 1] : '\0';
    if (IsPhoneticVowel(c)) {
      push('a');
      continue;
    }
    switch (c) {
      case 'y': case 'w':
        if (key.empty() && IsPhoneticVowel(next)) {
          push(c);
        } else {
          push('a');
        }
        break;
      case 'c':
        push('c');
        if (next == 'h') ++i;
        break;
      case 'g': case 'k': case 'q': push('k'); break;
      case 'f': push('p'); break;
      case 'v': push('b'); break;
      case 'z': push('j'); break;
      case 'r': push('l'); break;
      case 'x': push('k'); push('s'); break;
      case 'h':
        if (IsPhoneticVowel(next) || next == 'w' || next == 'y') push('h');
        break;
      case 'b': case 'd': case 'j': case 'l': case 'm': case 'n': case 'N': case 'p': case 's': case 't':
        push(c);
        break;
      default:
        break;
    }
  }
  return key;
}

// The phonetic spelling of `text`: Latin runs read as English, Hangul runs
// romanised; everything else separates runs and is dropped. Returns false
// when Hangul was present but ICU is unavailable.
bool Phonetic(std::string_view text, std::string& out) {
  std::u32string cps = ToU32(text);
  bool needs_nfkc = false;
  for (char32_t c : cps) {
    if (c >= 0x80 && !IsHangulSyllable(c) && !IsLatinLetter(c)) needs_nfkc = true;
  }
  if (needs_nfkc) cps = ToU32(Nfkc(text));  // NFD jamo, fullwidth Latin
  for (size_t i = 0; i < cps.size();) {
    size_t j = i;
    if (IsHangulSyllable(cps[i])) {
      while (j < cps.size() && IsHangulSyllable(cps[j])) ++j;
      if (!HangulPhonetic(std::u32string_view(cps).substr(i, j - i), out)) return false;
    } else if (IsLatinLetter(cps[i])) {
      std::string word;
      while (j < cps.size() && IsLatinLetter(cps[j])) {
        if (char folded = FoldLatin(cps[j])) word += folded;
        ++j;
      }
      EnglishPhonetic(std::move(word), out);
    } else {
      ++j;
    }
    i = j;
  }
  return true;
}

// ------------------------------------------------------------ similarity

// Inserting or deleting a vowel is cheap (epenthesis, silent letters), and
// so is an l: English silent l (Walker → 워커) and Korean 르 for an r that
// English leaves silent (Hermas → 헤르마스).
double Weight(char c) { return c == 'a' ? 0.5 : 1.0; }
double IndelCost(char c) { return c == 'a' || c == 'l' ? 0.5 : 1.0; }

double WeightedLength(std::string_view key) {
  double total = 0;
  for (char c : key) total += Weight(c);
  return total;
}

// Pairs Korean transliteration confuses or English spelling hides: voicing
// (b/p, d/t), the sibilants and affricates (s, j, ch; th → s or t), and the
// nasals.
bool Close(char a, char b) {
  // A table, as this runs in the inner loop of the edit distance.
  static constexpr auto kClose = [] {
    std::array<std::array<bool, 128>, 128> table{};
    constexpr std::pair<char, char> kPairs[] = {{'b', 'p'}, {'d', 't'}, {'c', 'j'}, {'c', 's'}, {'j', 's'},
                                                {'s', 't'}, {'N', 'n'}, {'m', 'n'}, {'N', 'k'}};
    for (auto [x, y] : kPairs) {
      table[static_cast<unsigned char>(x)][static_cast<unsigned char>(y)] = true;
      table[static_cast<unsigned char>(y)][static_cast<unsigned char>(x)] = true;
    }
    return table;
  }();
  auto ua = static_cast<unsigned char>(a), ub = static_cast<unsigned char>(b);
  return ua < 128 && ub < 128 && kClose[ua][ub];
}

double SubstitutionCost(char a, char b) {
  if (a == b) return 0;
  if (a == 'a' || b == 'a') return 1.0;
  return Close(a, b) ? 0.5 : 1.0;
}

double WeightedEditDistance(std::string_view a, std::string_view b) {
  // Reused across calls: this runs for every candidate form at query time.
  thread_local std::vector<double> row, prev;
  row.resize(b.size() + 1);
  prev.resize(b.size() + 1);
  prev[0] = 0;
  for (size_t j = 1; j <= b.size(); ++j) prev[j] = prev[j - 1] + IndelCost(b[j - 1]);
  for (size_t i = 1; i <= a.size(); ++i) {
    row[0] = prev[0] + IndelCost(a[i - 1]);
    for (size_t j = 1; j <= b.size(); ++j) {
      row[j] = std::min({prev[j] + IndelCost(a[i - 1]), row[j - 1] + IndelCost(b[j - 1]),
                         prev[j - 1] + SubstitutionCost(a[i - 1], b[j - 1])});
    }
    std::swap(row, prev);
  }
  return prev[b.size()];
}

size_t ConsonantCount(std::string_view key) {
  return static_cast<size_t>(std::count_if(key.begin(), key.end(), [](char c) { return c != 'a'; }));
}

char FirstConsonant(std::string_view key) {
  for (char c : key) {
    if (c != 'a') return c;
  }
  return '\0';
}

// KeySimilarity, or any value below `floor` when it cannot reach `floor`:
// every character one key has more than the other costs at least 0.5, a
// bound that skips the edit distance for most candidates at query time.
double KeySimilarity(std::string_view english_key, std::string_view hangul_key, double floor = 0) {
  if (english_key.empty() || hangul_key.empty()) return 0;
  double longest = std::max(WeightedLength(english_key), WeightedLength(hangul_key));
  // Two consonants leave no room for error: on the news pairs, an inexact
  // match of such a key was as often an unrelated word as the right one.
  double factor = ConsonantCount(english_key) <= 2 ? 2 : 1;
  size_t length_gap = english_key.size() > hangul_key.size() ? english_key.size() - hangul_key.size()
                                                             : hangul_key.size() - english_key.size();
  double ceiling = 0.85 * std::max(0.0, 1.0 - factor * 0.5 * static_cast<double>(length_gap) / longest) + 0.15;
  if (ceiling < floor) return ceiling;
  double distance = factor * WeightedEditDistance(english_key, hangul_key);
  double base = 1.0 - distance / longest;
  if (base < 0) base = 0;
  char a = FirstConsonant(english_key), b = FirstConsonant(hangul_key);
  // Korean writes the voiceless onset of Japanese and Chinese names as a
  // plain stop (Tokuda → 도쿠다, Taipei → 타이베이), so voicing is no penalty.
  auto voicing = [](char x, char y) { return (x == 'b' && y == 'p') || (x == 'p' && y == 'b') ||
                                              (x == 'd' && y == 't') || (x == 't' && y == 'd'); };
  double onset = (a == b || voicing(a, b)) ? 1.0 : (a && b && Close(a, b)) ? 0.5 : 0.0;
  return 0.85 * base + 0.15 * onset;
}

// The best similarity of `hangul` to any of `english_keys`; values below
// `floor` are only bounds (see KeySimilarity).
double BestSimilarity(const std::vector<std::string>& english_keys, std::string_view hangul, double floor = 0) {
  std::string hangul_key = LoanwordKey(hangul);
  double best = 0;
  for (const std::string& k : english_keys) best = std::max(best, KeySimilarity(k, hangul_key, std::max(floor, best)));
  return best;
}

size_t WordCount(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\t' || c == '\n';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

std::string LoanwordKey(std::string_view word) {
  std::string phonetic;
  if (!Phonetic(word, phonetic)) return "";
  return PhoneticToKey(phonetic);
}

double LoanwordSimilarity(std::string_view english, std::string_view hangul) {
  return BestSimilarity(EnglishKeys(english), hangul);
}

std::vector<std::string> MatchLoanword(std::string_view english, const std::vector<std::string>& hangul_words,
                                       double min_similarity) {
  std::vector<std::string> english_keys = EnglishKeys(english);
  if (ConsonantCount(english_keys.front()) < 2) return {};
  std::erase_if(english_keys, [](const std::string& k) { return ConsonantCount(k) < 2; });
  size_t span = std::max<size_t>(1, WordCount(english));

  struct Scored {
    double score;
    size_t order;
    std::string form;
  };
  std::vector<Scored> found;
  auto consider = [&](const std::string& candidate) {
    double best = -1;
    std::string best_form;
    std::vector<LoanwordForm> forms = StrippedForms(candidate);
    // A one-syllable word stays one when it carries a particle (것에, 골을).
    for (const LoanwordForm& form : forms) {
      if (form.certain && HangulSyllableCount(form.text) < 2) return;
    }
    for (LoanwordForm& f : forms) {
      std::string& form = f.text;
      if (HangulSyllableCount(form) < 2) continue;
      // Forms come longest first; on a tie the shorter wins, as what it
      // left off was invisible to the key (의, 에; 을 after ㄹ in 호텔을)
      // and so a particle rather than part of the word.
      double s = BestSimilarity(english_keys, form, min_similarity);
      if (s >= best && !(s >= min_similarity && IsNativeStopword(form))) {
        best = s;
        best_form = std::move(form);
      }
    }
    if (best < min_similarity) return;
    for (Scored& f : found) {
      if (f.form == best_form) {
        f.score = std::max(f.score, best);
        return;
      }
    }
    found.push_back({best, found.size(), std::move(best_form)});
  };
  for (size_t i = 0; i < hangul_words.size(); ++i) {
    consider(hangul_words[i]);
    // A multi-word name may be written as one Korean word or as several.
    for (size_t width = 2; width <= span && i + width <= hangul_words.size(); ++width) {
      std::string joined = hangul_words[i];
      for (size_t k = 1; k < width; ++k) joined += " " + hangul_words[i + k];
      consider(joined);
    }
  }
  std::sort(found.begin(), found.end(), [](const Scored& a, const Scored& b) {
    return a.score != b.score ? a.score > b.score : a.order < b.order;
  });
  std::vector<std::string> out;
  out.reserve(found.size());
  for (Scored& f : found) out.push_back(std::move(f.form));
  return out;
}

}  // namespace kosearch
