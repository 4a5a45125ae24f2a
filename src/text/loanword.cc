// Loanword keys and matching (see loanword.h).
//
// Each side is first turned into a rough phonetic spelling by its own rules
// (English orthography on one side, Korean loanword orthography on the
// other), then both go through one reduction, PhoneticToKey. English
// spelling rules must not touch romanised Korean ("gi" in 기가 is a hard g),
// which is why the two front ends are separate.
#include "text/loanword.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <memory>

#include "text/unicode_text.h"

namespace kosearch {

namespace {

// ---------------------------------------------------------------- Hangul side

constexpr int kInitials = 19;
constexpr int kVowels = 21;
constexpr int kFinals = 28;
constexpr int kVowelEu = 18;      // ㅡ
constexpr int kVowelI = 20;       // ㅣ
constexpr int kFinalRieul = 8;    // ㄹ
constexpr int kInitialSiot = 9;   // ㅅ
constexpr int kInitialJieut = 12; // ㅈ
constexpr int kInitialChieut = 14;  // ㅊ

// ICU's romanisation of every open syllable (initial + vowel), indexed
// initial * kVowels + vowel. ICU spells finals as they are written (챗 →
// chaes, 업 → eob), but in loanwords a final is pronounced as a stop (chat,
// up), so finals come from kFinalSound instead; the table keeps ICU for the
// part where its spelling is right. Built once (C++ guarantees a thread-safe
// initialisation of the static); empty when ICU cannot create the
// transliterator.
struct OpenSyllables {
  bool ok = false;
  std::array<std::string, kInitials * kVowels> latin;
};

const OpenSyllables& OpenSyllableTable() {
  static const OpenSyllables table = [] {
    OpenSyllables t;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> hangul_latin(
        icu::Transliterator::createInstance("Hangul-Latin", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !hangul_latin) return t;
    for (int l = 0; l < kInitials; ++l) {
      for (int v = 0; v < kVowels; ++v) {
        char32_t syllable = 0xAC00 + (l * kVowels + v) * kFinals;
        icu::UnicodeString u = icu::UnicodeString(static_cast<UChar32>(syllable));
        hangul_latin->transliterate(u);
        std::string latin;
        u.toUTF8String(latin);
        t.latin[l * kVowels + v] = std::move(latin);
      }
    }
    t.ok = true;
    return t;
  }();
  return table;
}

// The sound of each final consonant in a loanword, indexed by the final's
// position in the Unicode syllable order (0 = none). 'N' is the velar nasal.
constexpr std::array<const char*, kFinals> kFinalSound = {
    "",  "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l",
    "p", "l", "m", "p", "p", "t", "t", "N", "t", "t", "k", "t", "p", "t"};

// Romanises a run of Hangul syllables into the phonetic spelling read by
// PhoneticToKey, dropping the vowels Korean adds to English consonant
// clusters: ㅡ in an open syllable (스 → s, 트 → t), ㅡ before a final ㄹ
// (플 → pl, 글 → gl), and ㅣ after ㅅ/ㅈ/ㅊ ending a word (메시지 → mesij,
// 캐시 → kaes, for message and cash).
bool HangulPhonetic(std::u32string_view run, std::string& out) {
  const OpenSyllables& table = OpenSyllableTable();
  if (!table.ok) return false;
  for (size_t i = 0; i < run.size(); ++i) {
    int index = static_cast<int>(run[i] - 0xAC00);
    int initial = index / (kVowels * kFinals);
    int vowel = (index / kFinals) % kVowels;
    int final = index % kFinals;
    std::string_view latin = table.latin[initial * kVowels + vowel];
    bool epenthetic = false;
    if (vowel == kVowelEu && (final == 0 || final == kFinalRieul)) epenthetic = true;
    if (vowel == kVowelI && final == 0 && i + 1 == run.size() && run.size() >= 2 &&
        (initial == kInitialSiot || initial == kInitialJieut || initial == kInitialChieut)) {
      epenthetic = true;
    }
    if (epenthetic) {
      std::string_view vowel_latin = vowel == kVowelEu ? "eu" : "i";
      if (latin.size() >= vowel_latin.size() && latin.ends_with(vowel_latin)) {
        latin.remove_suffix(vowel_latin.size());
      }
    }
    out += latin;
    out += kFinalSound[final];
  }
  return true;
}

// --------------------------------------------------------------- English side

bool IsVowelLetter(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool IsVowelOrY(char c) { return IsVowelLetter(c) || c == 'y'; }
bool IsFrontVowel(char c) { return c == 'e' || c == 'i' || c == 'y'; }

// Reads one lower-case ASCII word as English spelling and writes its rough
// pronunciation in the shared phonetic letters. The rules are the ones that
// decide how Korean spells the word: a consonant not followed by a vowel
// gets an epenthetic ㅡ (dropped on the Korean side), r after a vowel is
// silent (British, as in Korean loanwords: server → 서버), soft c and g,
// silent final e.
void EnglishPhonetic(std::string w, std::string& out) {
  // Doubled consonants are one sound; "cc" is kept for accept/success.
  std::string collapsed;
  for (char c : w) {
    if (!collapsed.empty() && collapsed.back() == c && c != 'c' && !IsVowelLetter(c)) continue;
    collapsed += c;
  }
  w = std::move(collapsed);
  // Silent letters at the edges: know, gnome, psycho, write; bomb, sign.
  if (w.size() > 3 && (w.starts_with("kn") || w.starts_with("gn") || w.starts_with("pn") || w.starts_with("ps"))) {
    w.erase(0, 1);
  }
  if (w.size() > 3 && w.starts_with("wr")) w.erase(0, 1);
  if (w.size() > 3 && w.ends_with("mb")) w.pop_back();
  if (w.size() > 3 && w.ends_with("gn")) w.erase(w.size() - 2, 1);
  // McCain → 매케인: the Mc of Scottish names is a syllable.
  if (w.size() > 3 && w.starts_with("mc")) w = "mac" + w.substr(2);
  // The e of -es after most consonants is silent too (Times, Jones, Forbes),
  // but not after sibilants, where it is a syllable (boxes, places).
  if (size_t m = w.size(); m >= 5 && w.ends_with("es") && !IsVowelOrY(w[m - 3]) &&
                           std::string_view("sxzcgh").find(w[m - 3]) == std::string_view::npos) {
    w.erase(m - 2, 1);
  }
  size_t n = w.size();
  // A final e after a consonant is silent (verse, more, table) but still
  // softens a c or g before it (France, message), so it stays visible to
  // the look-ahead and only the scan stops short of it.
  size_t end = n;
  if (n >= 4 && w[n - 1] == 'e' && !IsVowelOrY(w[n - 2])) end = n - 1;
  auto at = [&](size_t k) -> char { return k < n ? w[k] : '\0'; };

  for (size_t i = 0; i < end; ++i) {
    char c = w[i];
    char next = i + 1 < end ? w[i + 1] : '\0';
    char next_raw = at(i + 1);
    switch (c) {
      case 'a': case 'e': case 'i': case 'o': case 'u':
        out += 'a';
        break;
      case 'y': case 'w':
        // Glides; PhoneticToKey decides between consonant and vowel.
        out += c;
        if (c == 'w' && next == 'h') ++i;
        break;
      case 'b': out += 'b'; break;
      case 'c':
        if (next == 'h') {
          // Greek ch is k (Christ, chlorine, technology).
          bool hard = at(i + 2) == 'r' || at(i + 2) == 'l' || (i > 0 && w[i - 1] == 'e') ||
                      (at(i + 2) == 'a' && at(i + 3) == 'e');  // Michael
          out += hard ? 'k' : 'c';
          ++i;
        } else if (next == 'k' || next == 'q') {
          out += 'k';
          ++i;
        } else if (next == 'c') {
          out += IsFrontVowel(at(i + 2)) ? "ks" : "k";
          ++i;
        } else {
          out += IsFrontVowel(next_raw) ? 's' : 'k';
        }
        break;
      case 'd':
        // dg before e/i is the j of bridge.
        if (!(next == 'g' && IsFrontVowel(at(i + 2)))) out += 'd';
        break;
      case 'f': out += 'p'; break;
      case 'g':
        if (next == 'h') {
          // Silent after i and u (night, Hugh, weigh, though, daughter),
          // a g elsewhere (Ghana, Baghdad, Afghanistan, Pittsburgh).
          if (i == 0 || (w[i - 1] != 'i' && w[i - 1] != 'u')) out += 'g';
          ++i;
        } else {
          out += IsFrontVowel(next_raw) ? 'j' : 'g';
        }
        break;
      case 'h':
        // Silent after a consonant too (Khan, Bhutan, rhythm).
        if (IsVowelOrY(next) && (i == 0 || IsVowelOrY(w[i - 1]))) out += 'h';
        break;
      case 'j': out += 'j'; break;
      case 'k': out += 'k'; break;
      case 'l': out += 'l'; break;
      case 'm': out += 'm'; break;
      case 'n':
        if (next == 'g' && !IsFrontVowel(at(i + 2))) {
          // The g is heard before a vowel or l/r (Singapore 싱가포르, England
          // 잉글랜드) but not at the end (Beijing) or before a consonant.
          out += 'N';
          char after = at(i + 2);
          if (!(after == 'a' || after == 'o' || after == 'u' || after == 'l' || after == 'r')) ++i;
        } else if (next == 'k' || next == 'q' || next == 'x' || (next == 'c' && !IsFrontVowel(at(i + 2)))) {
          out += 'N';
        } else {
          out += 'n';
        }
        break;
      case 'p':
        out += 'p';
        if (next == 'h') ++i;
        break;
      case 'q': out += 'k'; break;
      case 'r':
        if (IsVowelOrY(next)) out += 'l';
        break;
      case 's':
        if (next == 'h') {
          out += 's';
          ++i;
        } else if (next == 'c' && at(i + 2) == 'h') {
          out += "sk";  // school
          i += 2;
        } else if (next == 'c' && IsFrontVowel(at(i + 2))) {
          out += 's';  // science
          ++i;
        } else {
          out += 's';
        }
        break;
      case 't':
        if (next == 'h') {
          out += 's';
          ++i;
        } else if (next == 'c' && at(i + 2) == 'h') {
          out += 'c';
          i += 2;
        } else if (i > 0 && next == 'i' && IsVowelLetter(at(i + 2))) {
          out += 's';  // nation, initial
        } else if (next == 'u' && at(i + 2) == 'r') {
          out += 'c';  // picture, venture
        } else {
          out += 't';
        }
        break;
      case 'v': out += 'b'; break;
      case 'x': out += i == 0 ? "s" : "ks"; break;
      case 'z': out += 'j'; break;
      default: break;
    }
  }
}

// Folds Latin-1 letters to ASCII so that José and Pokémon read as English.
char FoldLatin(char32_t c) {
  if (c < 0x80) return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  static constexpr std::u32string_view kAccented = U"àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿß";
  static constexpr std::string_view kPlain = "aaaaaaaceeeeiiiinoooooouuuuyys";
  size_t k = kAccented.find(c >= 0xC0 && c <= 0xDE && c != 0xD7 ? c + 0x20 : c);
  return k == std::u32string_view::npos ? '\0' : kPlain[k];
}

bool IsLatinLetter(char32_t c) { return IsAsciiAlpha(c) || (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7); }

// ------------------------------------------------------------ shared key

bool IsPhoneticVowel(char c) { return IsVowelLetter(c); }

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

// The keys an English spelling may stand for: as written and, as Korean
// writes the noun where English has a plural or an adjective of place, the
// singular of a plural in -s (not -ss, -us, -is) and the place of a demonym
// (Russian → 러시아, Iranian → 이란, Tibetan → 티베트, Iraqi → 이라크,
// Islamic → 이슬람).
std::vector<std::string> EnglishKeys(std::string_view english) {
  std::vector<std::string> keys;
  keys.push_back(LoanwordKey(english));
  auto add = [&](std::string_view stem) {
    std::string key = LoanwordKey(stem);
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
  };
  const std::string lower = AsciiLower(english);
  size_t n = lower.size();
  if (n <= 3 || lower.find(' ') != std::string::npos) return keys;
  char before = lower[n - 2];
  if (lower[n - 1] == 's' && before != 's' && before != 'u' && before != 'i') add(english.substr(0, n - 1));
  if (n >= 6 && lower.ends_with("ian")) {
    add(english.substr(0, n - 1));
    add(english.substr(0, n - 3));
  } else if (n >= 5 && lower.ends_with("an")) {
    add(english.substr(0, n - 1));
    add(english.substr(0, n - 2));
  } else if (n >= 5 && lower.ends_with("i") && !IsVowelOrY(before)) {
    add(english.substr(0, n - 1));
  } else if (n >= 6 && lower.ends_with("ic")) {
    add(english.substr(0, n - 2));
  }
  return keys;
}

// The best similarity of `hangul` to any of `english_keys`; values below
// `floor` are only bounds (see KeySimilarity).
double BestSimilarity(const std::vector<std::string>& english_keys, std::string_view hangul, double floor = 0) {
  std::string hangul_key = LoanwordKey(hangul);
  double best = 0;
  for (const std::string& k : english_keys) best = std::max(best, KeySimilarity(k, hangul_key, std::max(floor, best)));
  return best;
}

// Particles and a few suffixes, longest first so that 이라고 is tried
// before 라고. Each attaches after a closed syllable (은, 을, 이), after an
// open one (는, 를, 가), or either; honouring that keeps 레이 (Ray) and
// 스파이 (spy) whole. 인 (copula, person), 주 (state) and 교 (religion)
// follow names too: 기타리스트인, 텍사스주, 힌두교.
enum class Attach { kAny, kAfterClosed, kAfterOpen, kAfterOpenOrRieul };
struct Particle {
  std::string_view text;
  Attach attach;
  // 도, 만, 들, 인, 로 also end many words (인도, 로만, 허들, 와인, 모로).
  bool ends_words = false;
};
constexpr Attach kAny = Attach::kAny;
constexpr Attach kClosed = Attach::kAfterClosed;
constexpr Attach kOpen = Attach::kAfterOpen;
constexpr Attach kOpenOrRieul = Attach::kAfterOpenOrRieul;
constexpr std::array<Particle, 40> kParticles = {{
    {"으로부터", kClosed}, {"에서는", kAny},     {"으로는", kClosed},    {"으로서", kClosed},
    {"이라고", kClosed},   {"로부터", kOpenOrRieul}, {"에서의", kAny},   {"에게", kAny},
    {"에는", kAny},        {"에서", kAny},       {"으로", kClosed},      {"로는", kOpenOrRieul},
    {"로서", kOpenOrRieul}, {"라고", kOpen},     {"처럼", kAny},         {"까지", kAny},
    {"부터", kAny},        {"과의", kClosed},    {"와의", kOpen},        {"이나", kClosed},
    {"보다", kAny},        {"에도", kAny},       {"이다", kClosed},      {"께서", kAny},
    {"이란", kClosed},     {"은", kClosed},      {"는", kOpen},          {"이", kClosed},
    {"가", kOpen},         {"을", kClosed},      {"를", kOpen},          {"에", kAny},
    {"의", kAny},          {"와", kOpen},        {"과", kClosed},        {"도", kAny, true},
    {"로", kOpenOrRieul, true}, {"들", kAny, true}, {"만", kAny, true}, {"인", kAny, true}}};
constexpr std::array<std::string_view, 2> kSuffixes = {"주", "교"};

// A candidate form; `certain` when every piece taken off is a particle
// that does not also end words.
struct Form {
  std::string text;
  bool certain;
};

// Whether a particle attaching as `attach` may follow `stem`. After
// anything but Hangul (GPU를) the spelling does not tell, so any may.
bool CanAttach(std::string_view stem, Attach attach) {
  std::u32string cps = ToU32(stem);
  if (cps.empty()) return false;
  if (!IsHangulSyllable(cps.back())) return true;
  int final = static_cast<int>(cps.back() - 0xAC00) % kFinals;
  switch (attach) {
    case Attach::kAny: return true;
    case Attach::kAfterClosed: return final != 0;
    case Attach::kAfterOpen: return final == 0;
    case Attach::kAfterOpenOrRieul: return final == 0 || final == kFinalRieul;
  }
  return false;
}

// One-syllable Korean words (것, 는, 칩) pair with too many short English
// words by chance; they are never candidates.
size_t HangulSyllableCount(std::string_view text) {
  std::u32string cps = ToU32(text);
  return static_cast<size_t>(std::count_if(cps.begin(), cps.end(), IsHangulSyllable));
}

// Frequent native words and function words whose romanisation looks like
// an English consonant cluster or a short English key (그러나 → klana like
// grown, 거리 → kala like Korea, 모두 → mada like media): on the news pairs
// they were the commonest false matches.
bool IsNativeStopword(std::string_view form) {
  static constexpr std::array<std::string_view, 48> kNative = {
      "그러나", "그런", "그런데", "그리고", "그래서", "그러면", "그렇게", "그래도", "그러한", "그러자",
      "그러", "그리", "그는", "그의", "그가", "그를", "이런", "저런", "이러한", "어떤", "다른", "많은",
      "있는", "없는", "하는", "모두", "모든", "바로", "사람", "사람들", "거리", "것이", "것은", "것을",
      "것도", "것으", "것으로", "것이다", "이번", "지난", "대한", "관한", "관련", "당시", "동안", "이날",
      "현재", "최근"};
  return std::find(kNative.begin(), kNative.end(), form) != kNative.end();
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

namespace {

std::vector<Form> StrippedForms(std::string_view word) {
  std::vector<Form> forms{{std::string(word), true}};
  auto strip_once = [](const Form& from, std::vector<Form>& into) {
    std::string_view w = from.text;
    auto try_suffix = [&](std::string_view p, Attach attach, bool ends_words) {
      if (w.size() <= p.size() || !w.ends_with(p)) return;
      std::string_view stem = w.substr(0, w.size() - p.size());
      // 온라인으로 is 온라인 + 으로, never 온라인으 + 로.
      if (p.starts_with("로") && stem.ends_with("으")) return;
      if (CanAttach(stem, attach)) into.push_back({std::string(stem), from.certain && !ends_words});
    };
    for (const Particle& p : kParticles) try_suffix(p.text, p.attach, p.ends_words);
    for (std::string_view p : kSuffixes) try_suffix(p, Attach::kAny, true);
  };
  std::vector<Form> first;
  strip_once(forms[0], first);
  for (const Form& f : first) {
    forms.push_back(f);
    strip_once(f, forms);
  }
  // Longest first, no repeats (a repeat is certain if either way was).
  std::stable_sort(forms.begin() + 1, forms.end(),
                   [](const Form& a, const Form& b) { return a.text.size() > b.text.size(); });
  std::vector<Form> unique;
  for (Form& f : forms) {
    auto same = std::find_if(unique.begin(), unique.end(), [&](const Form& u) { return u.text == f.text; });
    if (same == unique.end()) {
      unique.push_back(std::move(f));
    } else {
      same->certain = same->certain || f.certain;
    }
  }
  return unique;
}

}  // namespace

std::vector<std::string> ParticleStrippedForms(std::string_view word) {
  std::vector<std::string> out;
  for (Form& f : StrippedForms(word)) out.push_back(std::move(f.text));
  return out;
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
    std::vector<Form> forms = StrippedForms(candidate);
    // A one-syllable word stays one when it carries a particle (것에, 골을).
    for (const Form& form : forms) {
      if (form.certain && HangulSyllableCount(form.text) < 2) return;
    }
    for (Form& f : forms) {
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
