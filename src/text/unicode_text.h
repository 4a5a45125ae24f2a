// Unicode helpers shared by the library: UTF-8 validation, code-point
// conversion and ICU normalisation. Internal header (not installed).
#pragma once

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

// `text` with ASCII A–Z lowercased, every other byte unchanged (what the
// analyzer does to Latin letters, for byte-level look-ups in raw text).
std::string AsciiLower(std::string_view text);

// The space-separated words of `text` (runs of spaces count as one).
std::vector<std::string> SplitSpaces(std::string_view text);

// Script classes the analyzer and extractor care about.
inline bool IsHangulSyllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
inline bool IsAsciiDigit(char32_t c) { return c >= U'0' && c <= U'9'; }
inline bool IsAsciiAlpha(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
inline bool IsHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
}

}  // namespace kosearch
