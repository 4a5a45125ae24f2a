// Korean numeral parsing (see korean_numbers.h).
//
// Korean writes large numbers in groups of four digits: 3조5000억 is
// 3×10^12 + 5000×10^8. The parser keeps the completed big groups (`total`),
// the part below 만 being built (`section`) and the pending digits (`current`),
// the way one reads the numeral aloud.
#include "extract/korean_numbers.h"

#include <cmath>
#include <cstdlib>
#include <string>

#include "text/unicode_text.h"

namespace kosearch {

namespace {

double SmallMagnitude(char32_t c) {
  switch (c) {
    case U'십': return 10;
    case U'백': return 100;
    case U'천': return 1000;
    default: return 0;
  }
}

double BigMagnitude(char32_t c) {
  switch (c) {
    case U'만': return 1e4;
    case U'억': return 1e8;
    case U'조': return 1e12;
    case U'경': return 1e16;
    default: return 0;
  }
}

char32_t At(std::u32string_view text, size_t i) { return i < text.size() ? FoldWidth(text[i]) : 0; }

// Reads "1,234.5" at text[i]; returns the end, 0 when no digit is there.
size_t ReadDigits(std::u32string_view text, size_t i, double* value, bool* grouped, bool* fraction,
                  size_t* leading) {
  if (!IsAsciiDigit(At(text, i))) return 0;
  double v = 0;
  size_t lead = 0;
  bool in_lead = true;
  while (true) {
    char32_t c = At(text, i);
    if (IsAsciiDigit(c)) {
      v = v * 10 + (c - U'0');
      if (in_lead) ++lead;
      ++i;
      continue;
    }
    // A comma groups thousands only when exactly three digits follow:
    // "1,000억" is one number, "1, 2권" and "1,2루" are two.
    if (c == U',' && IsAsciiDigit(At(text, i + 1)) && IsAsciiDigit(At(text, i + 2)) &&
        IsAsciiDigit(At(text, i + 3)) && !IsAsciiDigit(At(text, i + 4))) {
      *grouped = true;
      in_lead = false;
      ++i;
      continue;
    }
    break;
  }
  if (At(text, i) == U'.' && IsAsciiDigit(At(text, i + 1))) {
    ++i;
    double scale = 0.1;
    while (IsAsciiDigit(At(text, i))) {
      v += (At(text, i) - U'0') * scale;
      scale /= 10;
      ++i;
    }
    *fraction = true;
  }
  *value = v;
  *leading = lead;
  return i;
}

// Words that begin with 여 and so do not mark "about" after a numeral.
bool StartsYeoWord(char32_t next) {
  switch (next) {
    case U'자': case U'성': case U'러': case U'행': case U'름': case U'부': case U'야':
    case U'론': case U'권': case U'당': case U'의': case U'건': case U'유': case U'전':
      return true;
    default:
      return false;
  }
}

// 일..구 as digits of a Sino-Korean numeral ("오백만", "삼천만"); 0 otherwise.
double HangulDigit(char32_t c) {
  switch (c) {
    case U'일': return 1;
    case U'이': return 2;
    case U'삼': return 3;
    case U'사': return 4;
    case U'오': return 5;
    case U'육': return 6;
    case U'칠': return 7;
    case U'팔': return 8;
    case U'구': return 9;
    default: return 0;
  }
}

}  // namespace

char32_t FoldWidth(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
  return c;
}

namespace {

// Reads a Sino-Korean numeral token by token (digits, Hangul digits, 십/백/천,
// 만/억/조/경, 여, a space inside the numeral).
class SinoReader {
 public:
  SinoReader(std::u32string_view text, size_t pos, bool allow_space, bool allow_bare_magnitude)
      : text_(text), i_(pos), allow_space_(allow_space), allow_bare_magnitude_(allow_bare_magnitude) {
    s_.n.start = pos;
    s_.end = pos;
  }

  bool Run(KoreanNumber* out) {
    while (i_ < text_.size() && Step()) {
    }
    // What followed the last space must be smaller than the magnitude before it.
    if (crossed_space_ && s_.section + (s_.has_current ? s_.current : 0) >= s_.last_big) s_ = before_space_;
    if (!s_.any) return false;
    s_.n.value = s_.total + s_.section + (s_.has_current ? s_.current : 0);
    s_.n.end = s_.end;
    *out = s_.n;
    return true;
  }

 private:
  // The reading so far; copied at a space that may continue the numeral and
  // restored when what follows the space does not fit ("5천 5000원" is 5천,
  // then 5000원).
  struct State {
    KoreanNumber n;
    double total = 0, section = 0, current = 0;
    bool has_current = false, any = false, first_run = true;
    double last_big = INFINITY, last_small = INFINITY;
    bool after_big = false;    // the previous token was 만/억/조/경
    bool after_small = false;  // the previous token was 십/백/천
    size_t end = 0;
  };

  void UndoSpace() {
    if (crossed_space_) s_ = before_space_;
    crossed_space_ = false;
  }

  // Reads the token at i_; false when the numeral ends before it.
  bool Step() {
    char32_t c = At(text_, i_);
    double hangul_digit = allow_bare_magnitude_ ? HangulDigit(c) : 0;
    if (hangul_digit > 0 && (SmallMagnitude(At(text_, i_ + 1)) > 0 || BigMagnitude(At(text_, i_ + 1)) > 0) &&
        !s_.has_current) {
      // "오백만", "삼천만": a Hangul digit counts only before a magnitude.
      s_.current = hangul_digit;
      s_.has_current = true;
      s_.any = true;
      s_.n.hangul = true;
      s_.after_big = s_.after_small = false;
      s_.end = ++i_;
      return true;
    }
    if (IsAsciiDigit(c)) return TakeDigits();
    if (double m = SmallMagnitude(c); m > 0) return TakeSmallMagnitude(m);
    if (double m = BigMagnitude(c); m > 0) return TakeBigMagnitude(c, m);
    if (c == U'여' && s_.any && !s_.n.approximate && !StartsYeoWord(At(text_, i_ + 1))) {
      s_.n.approximate = true;
      i_ = s_.end = i_ + 1;
      return true;
    }
    if (c == U' ' && allow_space_ && (s_.after_big || s_.after_small) && IsAsciiDigit(At(text_, i_ + 1))) {
      // "12억 3천 450만", "47만 3천원", "2천 5백만": a smaller group after a space.
      before_space_ = s_;
      crossed_space_ = true;
      space_after_small_ = s_.after_small;
      s_.n.spaced = true;
      ++i_;
      return true;
    }
    return false;
  }

  bool TakeDigits() {
    if (s_.has_current) return false;
    double v = 0;
    bool grouped = false, fraction = false;
    size_t lead = 0;
    size_t j = ReadDigits(text_, i_, &v, &grouped, &fraction, &lead);
    // After 천/백/십 and a space, digits fill the places below ("3천 450만").
    if (crossed_space_ && space_after_small_ && v >= s_.last_small) {
      UndoSpace();
      return false;
    }
    if (s_.first_run) s_.n.leading_digits = lead;
    s_.first_run = false;
    s_.n.grouped |= grouped;
    s_.n.fraction |= fraction;
    s_.n.arabic = true;
    s_.current = v;
    s_.has_current = true;
    s_.any = true;
    s_.after_big = s_.after_small = false;
    i_ = s_.end = j;
    return true;
  }

  bool TakeSmallMagnitude(double m) {
    bool bare_ok = s_.has_current || s_.after_big || (allow_bare_magnitude_ && !s_.any);
    if (!bare_ok || m >= s_.last_small) {
      UndoSpace();
      return false;
    }
    s_.section += (s_.has_current ? s_.current : 1) * m;
    s_.last_small = m;
    s_.has_current = false;
    s_.any = true;
    s_.after_big = false;
    s_.after_small = true;
    i_ = s_.end = i_ + 1;
    return true;
  }

  bool TakeBigMagnitude(char32_t c, double m) {
    // 경 (10^16) is rarer than the words it starts: "4경기", "3경찰서".
    if (c == U'경' && IsHangulSyllable(At(text_, i_ + 1)) && At(text_, i_ + 1) != U'원') return false;
    bool bare_ok = s_.has_current || s_.section > 0 || (allow_bare_magnitude_ && !s_.any);
    if (!bare_ok || m >= s_.last_big) {
      UndoSpace();
      return false;
    }
    double group = s_.section + (s_.has_current ? s_.current : 0);
    if (group == 0) group = 1;
    s_.total += group * m;
    s_.last_big = m;
    s_.n.big_magnitude = m;
    s_.section = 0;
    s_.current = 0;
    s_.has_current = false;
    s_.last_small = INFINITY;
    s_.any = true;
    s_.after_big = true;
    s_.after_small = false;
    crossed_space_ = false;  // a whole group after the space: it belongs here
    i_ = s_.end = i_ + 1;
    return true;
  }

  std::u32string_view text_;
  size_t i_;
  bool allow_space_;
  bool allow_bare_magnitude_;
  State s_;
  State before_space_;
  bool crossed_space_ = false;  // a space was crossed and nothing after it was confirmed yet
  bool space_after_small_ = false;
};

}  // namespace

bool ParseSinoNumber(std::u32string_view text, size_t pos, bool allow_space, bool allow_bare_magnitude,
                     KoreanNumber* out) {
  return SinoReader(text, pos, allow_space, allow_bare_magnitude).Run(out);
}

namespace {

struct NativeWord {
  std::u32string_view text;
  double value;
  bool range;  // "두세": two or three
};

// Longest spellings first within each table so a greedy scan is correct.
constexpr NativeWord kNativeTens[] = {
    {U"스물", 20, false}, {U"스무", 20, false}, {U"서른", 30, false}, {U"마흔", 40, false},
    {U"예순", 60, false}, {U"일흔", 70, false}, {U"여든", 80, false}, {U"아흔", 90, false},
    {U"열", 10, false},   {U"쉰", 50, false},
};
constexpr NativeWord kNativeUnits[] = {
    {U"예닐곱", 6, true}, {U"대여섯", 5, true}, {U"네다섯", 4, true}, {U"다섯", 5, false},
    {U"여섯", 6, false},  {U"일곱", 7, false},  {U"여덟", 8, false},  {U"아홉", 9, false},
    {U"하나", 1, false},  {U"두세", 2, true},   {U"서너", 3, true},   {U"한두", 1, true},
    {U"한", 1, false},    {U"둘", 2, false},    {U"두", 2, false},    {U"셋", 3, false},
    {U"세", 3, false},    {U"넷", 4, false},    {U"네", 4, false},
};

size_t MatchWord(std::u32string_view text, size_t pos, std::u32string_view word) {
  if (text.size() - pos < word.size()) return 0;
  return text.substr(pos, word.size()) == word ? word.size() : 0;
}

// Whether c begins a word of either table: asked of every word, most begin none.
bool StartsNativeWord(char32_t c) {
  for (const NativeWord& w : kNativeTens) {
    if (w.text[0] == c) return true;
  }
  for (const NativeWord& w : kNativeUnits) {
    if (w.text[0] == c) return true;
  }
  return false;
}

}  // namespace

bool ParseNativeNumber(std::u32string_view text, size_t pos, KoreanNumber* out) {
  if (pos >= text.size() || !StartsNativeWord(text[pos])) return false;
  KoreanNumber n;
  n.start = pos;
  n.native = true;
  size_t i = pos;
  for (const NativeWord& w : kNativeTens) {
    if (size_t len = MatchWord(text, i, w.text)) {
      n.value += w.value;
      i += len;
      break;
    }
  }
  for (const NativeWord& w : kNativeUnits) {
    if (size_t len = MatchWord(text, i, w.text)) {
      n.value += w.value;
      n.approximate |= w.range;
      i += len;
      break;
    }
  }
  if (i == pos) return false;
  n.end = i;
  *out = n;
  return true;
}

size_t ParseScientific(std::u32string_view text, size_t pos, double* value) {
  std::string ascii;
  size_t i = pos;
  auto digits = [&]() {
    size_t start = i;
    while (i < text.size() && (IsAsciiDigit(At(text, i)) || (At(text, i) == U',' && i > start &&
                                                             IsAsciiDigit(At(text, i + 1))))) {
      if (At(text, i) != U',') ascii.push_back(static_cast<char>(At(text, i)));
      ++i;
    }
    return i > start;
  };
  if (!digits()) return 0;
  if (At(text, i) == U'.' && IsAsciiDigit(At(text, i + 1))) {
    ascii.push_back('.');
    ++i;
    digits();
  }
  char32_t e = At(text, i);
  if (e == U'e' || e == U'E') {
    size_t save = i;
    size_t save_len = ascii.size();
    ascii.push_back('e');
    ++i;
    if (At(text, i) == U'+' || At(text, i) == U'-') ascii.push_back(static_cast<char>(At(text, i++)));
    if (!IsAsciiDigit(At(text, i))) {
      i = save;
      ascii.resize(save_len);
    } else {
      while (IsAsciiDigit(At(text, i))) ascii.push_back(static_cast<char>(At(text, i++)));
    }
  }
  *value = std::strtod(ascii.c_str(), nullptr);
  if (!std::isfinite(*value)) return 0;
  return i - pos;
}

}  // namespace kosearch
