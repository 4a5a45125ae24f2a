// The English side of loanword keys (see loanword.h): reads a Latin word as
// English spelling and writes its rough pronunciation in the phonetic
// letters that PhoneticToKey (loanword.cc) reduces to a key. English
// spelling rules must never see romanised Korean ("gi" in 기가 is a hard g),
// which is why this side is apart from the Hangul one.
#include "text/loanword_phonetic.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "text/loanword.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

bool IsVowelLetter(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool IsVowelOrY(char c) { return IsVowelLetter(c) || c == 'y'; }
bool IsFrontVowel(char c) { return c == 'e' || c == 'i' || c == 'y'; }

// The spelling with what English does not pronounce taken out: doubled
// consonants, silent letters at the edges, the e of most -es endings.
std::string WithoutSilentLetters(std::string_view word) {
  // Doubled consonants are one sound; "cc" is kept for accept/success.
  std::string w;
  for (char c : word) {
    if (!w.empty() && w.back() == c && c != 'c' && !IsVowelLetter(c)) continue;
    w += c;
  }
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
  return w;
}

// Reads a prepared spelling letter by letter. Each Read* handles one letter
// whose sound depends on its neighbours and returns how many letters after
// it were read with it.
class EnglishReader {
 public:
  EnglishReader(const std::string& w, std::string& out) : w_(w), n_(w.size()), end_(n_), out_(out) {
    // A final e after a consonant is silent (verse, more, table) but still
    // softens a c or g before it (France, message), so it stays visible to
    // the look-ahead and only the scan stops short of it.
    if (n_ >= 4 && w_[n_ - 1] == 'e' && !IsVowelOrY(w_[n_ - 2])) end_ = n_ - 1;
  }

  void Run() {
    for (size_t i = 0; i < end_; ++i) i += Letter(i);
  }

 private:
  char At(size_t k) const { return k < n_ ? w_[k] : '\0'; }
  char Next(size_t i) const { return i + 1 < end_ ? w_[i + 1] : '\0'; }

  size_t Letter(size_t i) {
    char c = w_[i];
    switch (c) {
      case 'a': case 'e': case 'i': case 'o': case 'u': out_ += 'a'; return 0;
      case 'y': case 'w':
        // Glides; PhoneticToKey decides between consonant and vowel.
        out_ += c;
        return c == 'w' && Next(i) == 'h' ? 1 : 0;
      case 'c': return ReadC(i);
      case 'd':
        // dg before e/i is the j of bridge.
        if (!(Next(i) == 'g' && IsFrontVowel(At(i + 2)))) out_ += 'd';
        return 0;
      case 'g': return ReadG(i);
      case 'h':
        // Silent after a consonant too (Khan, Bhutan, rhythm).
        if (IsVowelOrY(Next(i)) && (i == 0 || IsVowelOrY(w_[i - 1]))) out_ += 'h';
        return 0;
      case 'n': return ReadN(i);
      case 'p': out_ += 'p'; return Next(i) == 'h' ? 1 : 0;
      case 'r':
        if (IsVowelOrY(Next(i))) out_ += 'l';
        return 0;
      case 's': return ReadS(i);
      case 't': return ReadT(i);
      case 'x': out_ += i == 0 ? "s" : "ks"; return 0;
      case 'b': case 'j': case 'k': case 'l': case 'm': out_ += c; return 0;
      case 'f': out_ += 'p'; return 0;
      case 'q': out_ += 'k'; return 0;
      case 'v': out_ += 'b'; return 0;
      case 'z': out_ += 'j'; return 0;
      default: return 0;
    }
  }

  size_t ReadC(size_t i) {
    char next = Next(i);
    if (next == 'h') {
      // Greek ch is k (Christ, chlorine, technology).
      bool hard = At(i + 2) == 'r' || At(i + 2) == 'l' || (i > 0 && w_[i - 1] == 'e') ||
                  (At(i + 2) == 'a' && At(i + 3) == 'e');  // Michael
      out_ += hard ? 'k' : 'c';
      return 1;
    }
    if (next == 'k' || next == 'q') {
      out_ += 'k';
      return 1;
    }
    if (next == 'c') {
      out_ += IsFrontVowel(At(i + 2)) ? "ks" : "k";
      return 1;
    }
    out_ += IsFrontVowel(At(i + 1)) ? 's' : 'k';
    return 0;
  }

  size_t ReadG(size_t i) {
    if (Next(i) == 'h') {
      // Silent after i and u (night, Hugh, weigh, though, daughter),
      // a g elsewhere (Ghana, Baghdad, Afghanistan, Pittsburgh).
      if (i == 0 || (w_[i - 1] != 'i' && w_[i - 1] != 'u')) out_ += 'g';
      return 1;
    }
    out_ += IsFrontVowel(At(i + 1)) ? 'j' : 'g';
    return 0;
  }

  size_t ReadN(size_t i) {
    char next = Next(i);
    if (next == 'g' && !IsFrontVowel(At(i + 2))) {
      // The g is heard before a vowel or l/r (Singapore 싱가포르, England
      // 잉글랜드) but not at the end (Beijing) or before a consonant.
      out_ += 'N';
      char after = At(i + 2);
      return after == 'a' || after == 'o' || after == 'u' || after == 'l' || after == 'r' ? 0 : 1;
    }
    if (next == 'k' || next == 'q' || next == 'x' || (next == 'c' && !IsFrontVowel(At(i + 2)))) {
      out_ += 'N';
    } else {
      out_ += 'n';
    }
    return 0;
  }

  size_t ReadS(size_t i) {
    char next = Next(i);
    out_ += 's';
    if (next == 'h') return 1;
    if (next == 'c' && At(i + 2) == 'h') {
      out_ += 'k';  // school
      return 2;
    }
    return next == 'c' && IsFrontVowel(At(i + 2)) ? 1 : 0;  // science
  }

  size_t ReadT(size_t i) {
    char next = Next(i);
    if (next == 'h') {
      out_ += 's';
      return 1;
    }
    if (next == 'c' && At(i + 2) == 'h') {
      out_ += 'c';
      return 2;
    }
    if (i > 0 && next == 'i' && IsVowelLetter(At(i + 2))) {
      out_ += 's';  // nation, initial
    } else if (next == 'u' && At(i + 2) == 'r') {
      out_ += 'c';  // picture, venture
    } else {
      out_ += 't';
    }
    return 0;
  }

  const std::string& w_;
  size_t n_;
  size_t end_;
  std::string& out_;
};

// Names Korean writes from their own language, not from English: a
// capitalized word's opening Th is a t (Thomas → 토마스, Thierry → 티에리),
// and its final ch after a vowel the German one, written 흐 or left out
// (Bach → 바흐). The spelling itself when neither is there.
std::string AsWrittenInTheirLanguage(std::string_view english) {
  std::string out;
  const size_t n = english.size();
  for (size_t i = 0; i < n; ++i) {
    const bool word_start = i == 0 || english[i - 1] == ' ';
    if (word_start && english[i] == 'T' && i + 1 < n && english[i + 1] == 'h') {
      out += 'T';
      ++i;
      continue;
    }
    const bool word_end = i + 2 == n || (i + 2 < n && english[i + 2] == ' ');
    if (english[i] == 'c' && i + 1 < n && english[i + 1] == 'h' && word_end && i >= 2 &&
        IsVowelLetter(static_cast<char>(std::tolower(static_cast<unsigned char>(english[i - 1]))))) {
      size_t start = english.rfind(' ', i);
      start = start == std::string_view::npos ? 0 : start + 1;
      if (std::isupper(static_cast<unsigned char>(english[start]))) {
        ++i;
        continue;
      }
    }
    out += english[i];
  }
  return out;
}

// Two readings Korean loanword spelling has that English spelling hides:
// a word's opening f before a vowel written with ㅎ, as older and brand spellings do
// (Fila → 휠라, fighting → 화이팅, file → 화일), and a word's opening h left
// silent, as French and Spanish names are written (Houllier → 울리에,
// Hernández → 에르난데스). Only in a capitalized word, a name: the news's
// common words keep the ㅍ and h of their standard spelling ("honorary"
// would pair with 날이라). The key as written is tried as well; the
// spelling itself when it has neither.
std::string AsOlderKoreanSpelling(std::string_view english) {
  std::string out;
  const size_t n = english.size();
  bool in_name = false;
  for (size_t i = 0; i < n; ++i) {
    const char c = english[i];
    const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const char next = i + 1 < n ? static_cast<char>(std::tolower(static_cast<unsigned char>(english[i + 1]))) : '\0';
    const bool word_start = i == 0 || english[i - 1] == ' ';
    if (word_start) in_name = std::isupper(static_cast<unsigned char>(c)) != 0;
    if (!in_name) {
      out += c;
      continue;
    }
    if (word_start && lower == 'f' && IsVowelOrY(next)) {
      out += 'h';  // 휘, 화, 훼: the f heard as an h
      continue;
    }
    if (word_start && lower == 'h' && IsVowelLetter(next)) continue;
    out += c;
  }
  return out;
}

}  // namespace

// The keys an English spelling may stand for: as written, as older Korean
// loanword spelling reads it (AsOlderKoreanSpelling) and, as Korean
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
  if (std::string names = AsWrittenInTheirLanguage(english); names != english) add(names);
  if (std::string older = AsOlderKoreanSpelling(english); older != english) add(older);
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

void EnglishPhonetic(std::string_view word, std::string& out) {
  std::string w = WithoutSilentLetters(word);
  EnglishReader(w, out).Run();
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

}  // namespace kosearch
