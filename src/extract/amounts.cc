// Amounts (see amounts.h): a numeral, then a unit (amount_units.cc), then
// checks that reject what only looks like an amount (dates, ordinals, words
// that merely start with a counter), and ranges ("3~4%").
#include "extract/amounts.h"

#include <algorithm>
#include <cmath>

#include "extract/amount_units.h"
#include "extract/korean_numbers.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// "제44대", "제 3차": an ordinal prefix right before the numeral.
bool OrdinalPrefix(std::u32string_view text, size_t start) {
  size_t i = start;
  if (i > 0 && text[i - 1] == U' ') --i;
  if (i == 0 || text[i - 1] != U'제') return false;
  return i < 2 || !IsHangulSyllable(text[i - 2]);
}

// "3분의 1": the numeral is a fraction's numerator, not a count.
bool FractionNumerator(std::u32string_view text, size_t start) {
  size_t i = start;
  if (i > 0 && text[i - 1] == U' ') --i;
  return i >= 2 && text[i - 2] == U'분' && text[i - 1] == U'의';
}

// A numeral (with any English scale word) and the unit after it.
struct Candidate {
  KoreanNumber number;
  const UnitEntry* unit = nullptr;
  size_t unit_start = 0;
  size_t end = 0;
  const char* prefix_unit = nullptr;  // from "$", "€"
  size_t start = 0;
};

// A syllable after a syllable: inside a Hangul word, where no amount starts
// (a numeral in Hangul starts a word, and no currency symbol is a syllable).
bool InsideHangulWord(std::u32string_view text, size_t i) {
  return i > 0 && i < text.size() && IsHangulSyllable(text[i]) && IsHangulSyllable(text[i - 1]);
}

// Reads a numeral at text[i] (digits, a bare magnitude chain, or a native
// numeral). Returns false when none starts there.
bool ReadNumeral(std::u32string_view text, size_t i, bool allow_space, KoreanNumber* n) {
  char32_t c = Fold(text, i);
  if (IsAsciiDigit(c)) return ParseSinoNumber(text, i, allow_space, false, n);
  if (!IsHangulSyllable(c) || InsideHangulWord(text, i)) return false;
  if (ParseSinoNumber(text, i, allow_space, true, n)) {
    // A bare magnitude ("백만", "천만원") must be a chain or carry a unit
    // directly: 조, 만 and 백 alone are surnames and ordinary words.
    if (n->end - n->start >= 2) return true;
    if ((c == U'천' || c == U'만') && (StartsWith(text, n->end, U"원") || StartsWith(text, n->end, U"달러")))
      return true;
  }
  return ParseNativeNumber(text, i, n);
}

// "3원50전": 전 (1/100 원) right after an amount in 원. Returns the value
// added and moves *end past it; 0 when no 전 follows.
double WonSubunit(std::u32string_view text, size_t* end) {
  size_t i = *end;
  double jeon = 0;
  while (i < *end + 2 && IsAsciiDigit(Fold(text, i))) jeon = jeon * 10 + (Fold(text, i++) - U'0');
  size_t unit_end;
  const UnitEntry* u = i > *end ? MatchUnit(text, i, &unit_end) : nullptr;
  if (!u || u->surface != U"전" || unit_end != i + 1) return 0;
  *end = unit_end;
  return jeon * u->scale;
}

// 전 alone is money only when it cannot be a bout: a whole number below 100
// written against it, not followed by a number or a result ("4전5기",
// "10전 10승", "3전 전승", "7전 4선승제").
bool JeonOk(std::u32string_view text, const Candidate& c) {
  const KoreanNumber& n = c.number;
  if (!n.arabic || n.fraction || n.value >= 100 || n.big_magnitude > 1 || c.unit_start != n.end) return false;
  size_t k = c.end + (Fold(text, c.end) == U' ' ? 1 : 0);
  if (IsAsciiDigit(Fold(text, k))) return false;
  for (std::u32string_view result : {U"승", U"패", U"무", U"전승", U"전패", U"선승", U"기"})
    if (StartsWith(text, c.end, result) || StartsWith(text, k, result)) return false;
  return true;
}

// "100위안에 들다" is "100위 안에 들다" (a rank), not yuan.
bool RankNotYuan(std::u32string_view text, const Candidate& c) {
  return c.unit->surface == U"위안" &&
         (StartsWith(text, c.end, U"에 들") || StartsWith(text, c.end, U"에 드") || StartsWith(text, c.end, U"에 든"));
}

// 크로네 without a country is Norway's, except for Nobel prize money, paid
// in Swedish kronor (and often written 크로네 in Korean news): 노벨 in the
// same sentence decides.
const char* KroneByContext(std::u32string_view text, const Candidate& c) {
  // A full stop ends a sentence, a decimal point ("1.5억") does not.
  auto sentence_end = [&](size_t i) {
    char32_t ch = text[i];
    return ch == U'!' || ch == U'?' || ch == U'\n' || (ch == U'.' && !IsAsciiDigit(Fold(text, i + 1)));
  };
  size_t from = c.start, to = c.end;
  while (from > 0 && !sentence_end(from - 1)) --from;
  while (to < text.size() && !sentence_end(to)) ++to;
  return text.substr(from, to - from).find(U"노벨") != std::u32string_view::npos ? "SEK" : c.unit->unit;
}

bool ReadCandidate(std::u32string_view text, size_t i, bool allow_space, Candidate* out) {
  // Asked at every position: skip the inside of Hangul words early.
  if (InsideHangulWord(text, i)) return false;
  Candidate c;
  c.start = i;
  size_t at = i;
  size_t len = 0;
  // No currency symbol starts with a syllable.
  if (!(i < text.size() && IsHangulSyllable(text[i])) && (c.prefix_unit = CurrencyFirst(text, i, &len))) {
    at = i + len;
    if (Fold(text, at) == U' ') ++at;
    if (!IsAsciiDigit(Fold(text, at))) return false;
  }
  if (!ReadNumeral(text, at, allow_space, &c.number)) return false;
  size_t pos = c.number.end;
  if (c.number.arabic) c.number.value *= ScaleAfter(text, &pos, c.prefix_unit != nullptr);
  c.end = pos;
  if (!c.prefix_unit) {
    size_t unit_end;
    if (const UnitEntry* u = MatchUnit(text, pos, &unit_end)) {
      c.unit = u;
      c.unit_start = unit_end - u->surface.size();
      c.end = unit_end;
      c.number.value *= u->scale;
      if (std::string_view(u->unit) == "KRW" && u->surface.back() == U'원') c.number.value += WonSubunit(text, &c.end);
    }
  }
  *out = c;
  return true;
}

// Checks a candidate; fills *amount (without text/offsets of a range start).
bool Accept(std::u32string_view text, const Candidate& c, Amount* amount) {
  if (!std::isfinite(c.number.value)) return false;
  if (c.prefix_unit) {
    amount->unit = c.prefix_unit;
  } else {
    if (!c.unit || c.unit->kind == Kind::kReject) return false;
    if (c.number.native && !NativeCounterOk(text, c.number, *c.unit, c.unit_start)) return false;
    if (c.unit->kind == Kind::kCounter && !CounterOk(text, c.number, *c.unit, c.end)) return false;
    if (c.unit->surface == U"불" && c.unit_start != c.number.end) return false;
    if (c.number.native && c.unit->kind != Kind::kCounter) return false;
    // Hangul digits ("오백만 원") are read only as money: "이천" and "사천" are cities.
    if (c.number.hangul && c.unit->kind != Kind::kMoney) return false;
    if (c.unit->surface == U"전" && !JeonOk(text, c)) return false;
    if (RankNotYuan(text, c)) return false;
    amount->unit = c.unit->surface == U"크로네" ? KroneByContext(text, c) : c.unit->unit;
  }
  amount->value = c.number.value;
  return true;
}

bool IsRangeMark(char32_t c) { return c == U'~' || c == U'∼' || c == U'〜' || c == U'-' || c == U'–'; }

// Where the second end of a range starts after the first ends at `end`
// ("10억~", "10억 ~ ", "10억에서 "), or 0 when no range follows. *until is
// set for "에서", whose second end must be followed by 까지.
size_t RangeSecondStart(std::u32string_view text, size_t end, bool* until) {
  size_t at = end + (Fold(text, end) == U' ' ? 1 : 0);
  *until = false;
  if (IsRangeMark(Fold(text, at))) {
    ++at;
  } else if (at == end && StartsWith(text, at, U"에서 ")) {
    at += 2;
    *until = true;
  } else {
    return 0;
  }
  return at + (Fold(text, at) == U' ' ? 1 : 0);
}

}  // namespace

std::vector<Amount> FindAmounts(std::u32string_view text, size_t limit) {
  std::vector<Amount> out;
  limit = std::min(limit, text.size());
  std::u32string_view t = text.substr(0, limit);
  size_t last_percent_end = 0;
  bool seen_percent = false;
  for (size_t i = 0; i < t.size();) {
    char32_t prev = i > 0 ? Fold(t, i - 1) : 0;
    // Inside a longer token: "A4", "F1", "2024.1.5", "3-2".
    bool glued = IsAsciiAlpha(prev) || IsAsciiDigit(prev) ||
                 (prev == U'.' && i >= 2 && IsAsciiDigit(Fold(t, i - 2)));
    Candidate c;
    if (glued || !ReadCandidate(t, i, true, &c) || OrdinalPrefix(t, c.start) || FractionNumerator(t, c.start)) {
      ++i;
      continue;
    }
    Amount a;
    bool ok = Accept(t, c, &a);
    if (!ok && c.number.spaced) {
      // "2억 2019년": the continuation was a year; retry without it.
      Candidate shorter;
      if (ReadCandidate(t, i, false, &shorter) && Accept(t, shorter, &a)) {
        c = shorter;
        ok = true;
      }
    }
    bool until = false;
    size_t second_start = ok || c.unit || c.prefix_unit || !c.number.arabic ? 0 : RangeSecondStart(t, c.end, &until);
    if (second_start > 0) {
      // "700만~1천500만원", "3~4%", "10억 ~ 20억 원", "10억에서 20억원까지":
      // the first end takes the second's unit and, when it has none of its
      // own, its magnitude.
      Candidate second;
      Amount b;
      if (ReadCandidate(t, second_start, true, &second) && second.number.arabic && Accept(t, second, &b) &&
          (!until || StartsWith(t, second.end, U"까지"))) {
        a.unit = b.unit;
        a.value = c.number.value;
        if (c.number.big_magnitude == 1 && second.number.big_magnitude > 1) a.value *= second.number.big_magnitude;
        a.start = c.start;
        a.end = c.number.end;
        a.text = ToUtf8(t.substr(a.start, a.end - a.start));
        out.push_back(a);
        i = second_start;
        continue;
      }
    }
    if (!ok) {
      // Skip the whole numeral so "2030년" does not yield "030년" or "30년".
      i = std::max(c.number.end, i + 1);
      continue;
    }
    // "5포인트" after a percentage is a change in percentage points; in
    // parentheses after one ("2.5%(277포인트)") or large, it is index points.
    if (c.unit && c.unit->kind == Kind::kPoint && seen_percent && c.start - last_percent_end < 120 &&
        a.value < 100 && (c.start == 0 || t[c.start - 1] != U'('))
      a.unit = "%p";
    if (a.unit == "percent" || a.unit == "%p") {
      seen_percent = true;
      last_percent_end = c.end;
    }
    a.start = c.start;
    a.end = c.end;
    a.text = ToUtf8(t.substr(a.start, a.end - a.start));
    out.push_back(std::move(a));
    i = c.end;
  }
  return out;
}

bool ParseAmount(std::u32string_view text, double* value, std::string* unit) {
  size_t b = 0, e = text.size();
  while (b < e && (text[b] == U' ' || text[b] == U'\t')) ++b;
  while (e > b && (text[e - 1] == U' ' || text[e - 1] == U'\t')) --e;
  std::u32string_view t = text.substr(b, e - b);
  if (t.empty()) return false;
  // Scientific notation ("1e9") is only for users; the finder never sees it.
  double sci;
  size_t used = ParseScientific(t, 0, &sci);
  if (used > 0 && used == t.size()) {
    *value = sci;
    unit->clear();
    return true;
  }
  Candidate c;
  if (!ReadCandidate(t, 0, true, &c)) return false;
  if (c.end != t.size()) {
    // An ISO code typed in lower case ("10억usd") or a unit we do not know.
    std::u32string rest(t.substr(c.number.end));
    if (!rest.empty() && rest[0] == U' ') rest.erase(0, 1);
    if (c.prefix_unit || rest.size() != 3 || !std::all_of(rest.begin(), rest.end(), IsAsciiAlpha)) return false;
    std::string code;
    for (char32_t ch : rest) code.push_back(static_cast<char>(ch >= U'a' ? ch - 32 : ch));
    *value = c.number.value;
    *unit = code;
    return std::isfinite(*value);
  }
  if (!c.unit && !c.prefix_unit) {
    if (c.number.native) return false;  // "한" alone is not an amount
    *value = c.number.value;
    unit->clear();
    return std::isfinite(*value);
  }
  Amount a;
  if (!Accept(t, c, &a)) {
    // A user range end keeps units the finder would doubt ("3주", "30대").
    if (!c.unit || c.unit->kind == Kind::kReject) return false;
    a.unit = c.unit->unit;
    a.value = c.number.value;
  }
  *value = a.value;
  *unit = a.unit;
  return std::isfinite(*value);
}

}  // namespace kosearch
