// Korean numeral parsing for the amount finder and the entity tagger:
// Arabic digits mixed with Sino-Korean magnitudes ("3조5000억", "1억 2천500만",
// "1,000억", "2만7천여") and native numerals ("한", "두", "스무", "열두").
// Internal header. Pure functions over code points; thread-safe.
#pragma once

#include <cstddef>
#include <string_view>

namespace kosearch {

// One numeral found at a position. Offsets are code points.
struct KoreanNumber {
  size_t start = 0;
  size_t end = 0;               // one past the last code point of the numeral
  double value = 0;
  bool arabic = false;          // written with Arabic digits (possibly mixed with 만/억)
  bool native = false;          // a native numeral (한, 두, 스무, ...)
  bool grouped = false;         // used thousands separators ("1,000")
  bool fraction = false;        // has a decimal point ("3.5")
  bool approximate = false;     // ends with 여 ("3천여", "40여")
  bool spaced = false;          // continues across a space ("1억 2천500만")
  bool hangul = false;          // has Hangul digits before a magnitude ("오백만", "삼천만")
  double big_magnitude = 1;     // the last 만/억/조/경 used (1 when none)
  size_t leading_digits = 0;    // digits in the first run ("2030" → 4), for year checks
};

// Maps fullwidth ASCII (U+FF01..U+FF5E) to ASCII; other code points unchanged.
// One code point in, one out, so offsets are preserved.
char32_t FoldWidth(char32_t c);

// Parses Arabic digits with optional thousands commas, a decimal point and
// Sino-Korean magnitudes (십 백 천 만 억 조 경) starting exactly at text[pos].
// A bare magnitude chain without digits ("백만") and Hangul digits before a
// magnitude ("오백만") are accepted only when `allow_bare_magnitude`. When
// `allow_space` is set the numeral may continue after one space following a
// magnitude if what follows is smaller ("1억 2천500만", "12억 3천 450만",
// "2천 5백만", "47만 3천").
// Returns false (leaving *out unspecified) when no numeral starts at pos.
bool ParseSinoNumber(std::u32string_view text, size_t pos, bool allow_space, bool allow_bare_magnitude,
                     KoreanNumber* out);

// Parses a native Korean numeral at text[pos] ("한", "하나", "두세", "스물다섯").
// The caller decides whether a counter must follow: "한" alone is usually not a number.
bool ParseNativeNumber(std::u32string_view text, size_t pos, KoreanNumber* out);

// Parses a whole ASCII-ish numeral typed by a user: digits, commas, a decimal
// point and an optional exponent ("1e9", "2.5E+3"). Returns the number of code
// points consumed (0 when none) and the value.
size_t ParseScientific(std::u32string_view text, size_t pos, double* value);

}  // namespace kosearch
