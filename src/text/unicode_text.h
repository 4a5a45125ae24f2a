// Unicode helpers shared by the library: UTF-8 validation, code-point
// conversion and ICU normalisation. Internal header (not installed).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace kosearch {

// True when `text` is well-formed UTF-8. On failure, *bad_offset (if given)
// receives the byte offset of the first invalid sequence.
bool IsValidUtf8(std::string_view text, size_t* bad_offset = nullptr);

// UTF-8 -> code points. Invalid sequences become U+FFFD (one per bad byte).
std::u32string ToU32(std::string_view text);

// UTF-8 -> code points with the byte offset of each (offsets gets one extra
// entry: text.size()). Invalid bytes are skipped.
void DecodeWithOffsets(std::string_view text, std::u32string* cps, std::vector<size_t>* offsets);

// Code points -> UTF-8.
std::string ToUtf8(std::u32string_view text);
void AppendUtf8(std::string& out, char32_t cp);

// Unicode NFKC of valid UTF-8 (fullwidth Latin → ASCII, compatibility jamo →
// conjoining, NFD Hangul → syllables). Returns the input unchanged if ICU fails.
std::string Nfkc(std::string_view text);

// Number of code points in valid UTF-8.
size_t CodePointCount(std::string_view text);

// Number of code points of `text` other than space, tab, CR and LF, an
// invalid byte counting as one (as ToU32 decodes it), without decoding into
// a string.
size_t NonSpaceCodePoints(std::string_view text);

// `text` with ASCII A–Z lowercased, every other byte unchanged (what the
// analyzer does to Latin letters, for byte-level look-ups in raw text).
std::string AsciiLower(std::string_view text);

// The space-separated words of `text` (runs of spaces count as one).
std::vector<std::string> SplitSpaces(std::string_view text);

// The pieces of `text` between the occurrences of `mark` (views into
// `text`; empty pieces kept): SplitOn("a|b", "|") is {"a", "b"}.
std::vector<std::string_view> SplitOn(std::string_view text, std::string_view mark);

// `s` without the leading and trailing pieces in `pieces` (UTF-8 strings,
// each taken off as often as it occurs: Trim("“말”?", {"“", "”", "?"}) is
// "말"). By default ASCII spaces, tabs and line ends.
std::string_view Trim(std::string_view s, std::initializer_list<std::string_view> pieces = {" ", "\t", "\r", "\n"});

// A space inside a line: space, tab, CR, no-break space, ideographic space.
inline bool IsSpaceInLine(char32_t c) { return c == U' ' || c == U'\t' || c == U'\r' || c == 0xA0 || c == 0x3000; }

// `s` without leading and trailing IsSpaceInLine code points.
std::u32string_view TrimSpaces(std::u32string_view s);

// Script classes the analyzer and extractor care about.
inline bool IsHangulSyllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
// The final consonant (받침) of a Hangul syllable as its index in Unicode's
// order of finals (0: none, 4: ㄴ, 8: ㄹ, 17: ㅂ, 20: ㅆ); -1 for anything
// that is no syllable. What particles agree with (은/는, 이/가) and what
// tells a verb's ending (합니다, 할, 한).
enum HangulFinal : int { kNoFinal = 0, kFinalNieun = 4, kFinalRieul = 8, kFinalBieup = 17, kFinalSsangSiot = 20 };
inline int FinalConsonantIndex(char32_t c) { return IsHangulSyllable(c) ? static_cast<int>((c - 0xAC00) % 28) : -1; }
// A Hangul syllable's three parts as indices in Unicode's orders of
// initials (19), vowels (21) and finals (28, 0: none); `c` must be a syllable.
struct HangulParts {
  int initial, vowel, final;
};
inline HangulParts SplitSyllable(char32_t c) {
  const int index = static_cast<int>(c - 0xAC00);
  return {index / (21 * 28), index / 28 % 21, index % 28};
}
// A syllable whose final consonant is ㄴ (짧은, 따끔한): the ending of a modifier.
inline bool EndsInNieun(char32_t c) { return FinalConsonantIndex(c) == kFinalNieun; }
// A syllable whose final consonant is ㄹ (할, 없을, 만들): the future modifier.
inline bool EndsInRieul(char32_t c) { return FinalConsonantIndex(c) == kFinalRieul; }
inline bool IsAsciiDigit(char32_t c) { return c >= U'0' && c <= U'9'; }
inline bool IsAsciiAlpha(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
inline bool IsAsciiAlnum(char32_t c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
inline bool AllHangulSyllables(std::u32string_view s) {
  if (s.empty()) return false;
  for (char32_t c : s) {
    if (!IsHangulSyllable(c)) return false;
  }
  return true;
}
inline size_t CountHangulSyllables(std::u32string_view s) {
  size_t n = 0;
  for (char32_t c : s) n += IsHangulSyllable(c);
  return n;
}
// Whether UTF-8 `s` has a Hangul syllable (a Korean word, not only Latin or Han).
inline bool HasHangul(std::string_view s) { return CountHangulSyllables(ToU32(s)) > 0; }
inline bool IsHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
}

}  // namespace kosearch
