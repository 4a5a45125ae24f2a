// The table of romanized Korean surnames (see romanized_surnames.h):
// Revised Romanization, McCune-Reischauer and the common spellings of the
// press, for the most frequent surnames; and romanized given names and words
// read against Hangul through korean::RevisedRomanization.
#include "text/romanized_surnames.h"

#include <cctype>
#include <cstring>
#include <map>

#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

std::vector<std::string> HangulSurnames(std::string_view romanized) {
  static const std::map<std::string, std::vector<std::string>, std::less<>> kTable = {
      {"lee", {"이"}}, {"yi", {"이"}}, {"rhee", {"이"}}, {"rhie", {"이"}}, {"ri", {"리", "이"}}, {"kim", {"김"}}, {"gim", {"김"}},
      {"park", {"박"}}, {"pak", {"박"}}, {"bak", {"박"}}, {"choi", {"최"}}, {"choe", {"최"}}, {"chey", {"최"}},
      {"jung", {"정"}}, {"jeong", {"정"}}, {"chung", {"정"}}, {"chong", {"정"}}, {"kang", {"강"}}, {"gang", {"강"}},
      {"cho", {"조"}}, {"jo", {"조"}}, {"yoon", {"윤"}}, {"yun", {"윤"}}, {"jang", {"장"}}, {"chang", {"장"}},
      {"lim", {"임"}}, {"im", {"임"}}, {"rim", {"임"}}, {"han", {"한"}}, {"oh", {"오"}}, {"o", {"오"}},
      {"seo", {"서"}}, {"suh", {"서"}}, {"shin", {"신"}}, {"sin", {"신"}}, {"kwon", {"권"}}, {"gwon", {"권"}},
      {"hwang", {"황"}}, {"ahn", {"안"}}, {"an", {"안"}}, {"song", {"송"}}, {"ryu", {"류", "유"}}, {"yoo", {"유"}},
      {"yu", {"유"}}, {"hong", {"홍"}}, {"jeon", {"전"}}, {"chun", {"전", "천"}}, {"jun", {"전"}}, {"ko", {"고"}},
      {"koh", {"고"}}, {"go", {"고"}}, {"moon", {"문"}}, {"mun", {"문"}}, {"yang", {"양"}}, {"son", {"손"}},
      {"sohn", {"손"}}, {"bae", {"배"}}, {"pae", {"배"}}, {"baek", {"백"}}, {"paik", {"백"}}, {"paek", {"백"}},
      {"heo", {"허"}}, {"hur", {"허"}}, {"huh", {"허"}}, {"nam", {"남"}}, {"noh", {"노"}}, {"roh", {"노"}},
      {"no", {"노"}}, {"ha", {"하"}}, {"kwak", {"곽"}}, {"gwak", {"곽"}}, {"sung", {"성"}}, {"seong", {"성"}},
      {"cha", {"차"}}, {"joo", {"주"}}, {"ju", {"주"}}, {"woo", {"우"}}, {"wu", {"우"}}, {"min", {"민"}},
      {"na", {"나"}}, {"ra", {"라", "나"}}, {"jin", {"진"}}, {"ji", {"지"}}, {"um", {"엄"}}, {"eom", {"엄"}},
      {"chae", {"채"}}, {"won", {"원"}}, {"cheon", {"천"}}, {"bang", {"방"}}, {"kong", {"공"}}, {"gong", {"공"}},
      {"hyun", {"현"}}, {"hyeon", {"현"}}, {"ham", {"함"}}, {"yeo", {"여"}}, {"choo", {"추"}}, {"chu", {"추"}},
      {"byun", {"변"}}, {"byeon", {"변"}}, {"yeom", {"염"}}, {"do", {"도"}}, {"seok", {"석"}}, {"suk", {"석"}},
      {"sun", {"선"}}, {"seol", {"설"}}, {"ma", {"마"}}, {"gil", {"길"}}, {"yeon", {"연"}}, {"wi", {"위"}},
      {"pyo", {"표"}}, {"myung", {"명"}}, {"myeong", {"명"}}, {"ki", {"기"}}, {"gi", {"기"}}, {"ban", {"반"}},
      {"wang", {"왕"}}, {"geum", {"금"}}, {"ok", {"옥"}}, {"yook", {"육"}}, {"yuk", {"육"}},
      {"in", {"인"}}, {"maeng", {"맹"}}, {"jegal", {"제갈"}}, {"namgung", {"남궁"}}, {"hwangbo", {"황보"}},
      {"sunwoo", {"선우"}}, {"seonu", {"선우"}}, {"dokgo", {"독고"}}};
  auto it = kTable.find(AsciiLower(romanized));
  return it == kTable.end() ? std::vector<std::string>{} : it->second;
}

namespace {

constexpr char32_t kFirstSyllable = 0xAC00, kLastSyllable = 0xD7A3;

// Hangul syllables in Revised Romanization, Latin letters in lower case, the rest left out.
std::string Romanized(std::string_view name) {
  const korean::HangulRomanization rr = korean::RevisedRomanization();
  std::string out;
  for (char32_t c : ToU32(name)) {
    if (c >= kFirstSyllable && c <= kLastSyllable) {
      const size_t index = c - kFirstSyllable, finals = rr.finals.size(), vowels = rr.vowels.size();
      out += rr.initials[index / (vowels * finals)];
      out += rr.vowels[index / finals % vowels];
      out += rr.finals[index % finals];
    } else if (c < 0x80 && std::isalpha(static_cast<int>(c))) {
      out += static_cast<char>(std::tolower(static_cast<int>(c)));
    }
  }
  return out;
}

void ReplaceAll(std::string& s, std::string_view from, std::string_view to) {
  for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
}

}  // namespace

std::string RomanizedNameKey(std::string_view name) {
  std::string s = Romanized(name);
  for (auto [from, to] : {std::pair{"ch", "c"}, {"sh", "s"}, {"eo", "u"}, {"ou", "u"}, {"oo", "u"}, {"ee", "i"}, {"ui", "i"}}) {
    ReplaceAll(s, from, to);
  }
  std::string key;
  for (char c : s) {
    switch (c) {
      case 'g': c = 'k'; break;
      case 'd': c = 't'; break;
      case 'b': c = 'p'; break;
      case 'j': c = 'c'; break;
      case 'r': c = 'l'; break;
      default: break;
    }
    if (key.empty() || key.back() != c) key.push_back(c);
  }
  return key;
}

namespace {

// A syllable's opening: its key's consonants, a y or w glide and first vowel
// ("hyun" → "hyu", "taek" → "ta", "jie" → "ci"), w before u left out, v and f as p,
// eu as u (eo is u already).
std::string SyllableOpening(std::string_view syllable) {
  std::string key = RomanizedNameKey(syllable);
  // ㅡ and ㅓ open alike: the press writes 승 "Seong" as often as "Seung" (Yoo Seong-min 유승민).
  ReplaceAll(key, "eu", "u");
  const size_t vowel = key.find_first_of("aeiou", key.size() >= 2 && (key[1] == 'y' || key[1] == 'w') ? 2 : 0);
  if (vowel == std::string::npos) return {};
  key.resize(vowel + 1);
  if (key.size() >= 2 && key[key.size() - 2] == 'w' && key.back() == 'o') key.back() = 'u';  // 워 is "wo": "Kweon" 권
  if (key == "wu") key = "u";
  if (key[0] == 'v' || key[0] == 'f') key[0] = 'p';  // "Ok-vin" 옥빈, "Fil" 필
  return key;
}

}  // namespace

bool GivenNameSyllablesAgree(std::string_view romanized_given, std::string_view hangul_given) {
  std::vector<std::string_view> parts;
  for (size_t start = 0; start <= romanized_given.size();) {
    size_t end = romanized_given.find_first_of("- ", start);
    if (end == std::string_view::npos) end = romanized_given.size();
    if (end > start) parts.push_back(romanized_given.substr(start, end - start));
    start = end + 1;
  }
  if (parts.size() < 2) return true;
  const std::u32string hangul = ToU32(hangul_given);
  if (parts.size() != hangul.size()) return false;
  for (size_t i = 0; i < parts.size(); ++i) {
    const std::string opening = SyllableOpening(parts[i]);
    if (opening.empty() || opening != SyllableOpening(ToUtf8(hangul.substr(i, 1)))) return false;
  }
  return true;
}

namespace {

// The parses of `rest` into syllables (each: an initial, a vowel, a final of
// the table, the initial and final possibly empty), appended to `out` as Hangul.
void ParseSyllables(std::string_view rest, const korean::HangulRomanization& rr, std::u32string& done, size_t max_syllables,
                    size_t max_words, std::vector<std::string>* out) {
  if (rest.empty()) {
    if (!done.empty() && out->size() < max_words) out->push_back(ToUtf8(done));
    return;
  }
  if (done.size() >= max_syllables || out->size() >= max_words) return;
  auto starts = [&](std::string_view s, std::string_view part) { return s.substr(0, part.size()) == part; };
  for (size_t i = 0; i < rr.initials.size(); ++i) {
    if (!starts(rest, rr.initials[i])) continue;
    const std::string_view after_initial = rest.substr(rr.initials[i].size());
    for (size_t v = 0; v < rr.vowels.size(); ++v) {
      if (!starts(after_initial, rr.vowels[v])) continue;
      const std::string_view after_vowel = after_initial.substr(rr.vowels[v].size());
      for (size_t k = 0; k <= rr.usual_finals.size(); ++k) {
        const size_t f = k == 0 ? 0 : rr.usual_finals[k - 1];  // none, or the usual final of a sound
        if (!starts(after_vowel, rr.finals[f])) continue;
        done.push_back(kFirstSyllable + static_cast<char32_t>((i * rr.vowels.size() + v) * rr.finals.size() + f));
        ParseSyllables(after_vowel.substr(rr.finals[f].size()), rr, done, max_syllables, max_words, out);
        done.pop_back();
      }
    }
  }
}

}  // namespace

std::vector<std::string> HangulOfRomanized(std::string_view word, size_t max_syllables, size_t max_words) {
  std::string lower;
  for (char c : word) {
    if (c == '-') continue;
    if (!std::isalpha(static_cast<unsigned char>(c))) return {};
    lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  std::vector<std::string> out;
  std::u32string done;
  ParseSyllables(lower, korean::RevisedRomanization(), done, max_syllables, max_words, &out);
  return out;
}

}  // namespace kosearch
