// UTF-8 and ICU normalisation helpers (see unicode_text.h).
#include "text/unicode_text.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace kosearch {

namespace {
// Decodes one code point at text[i]; returns its byte length, 0 if invalid.
size_t DecodeOne(std::string_view text, size_t i, char32_t* out) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char c = b(i);
  size_t n = text.size();
  if (c < 0x80) { *out = c; return 1; }
  if (c >= 0xC2 && c <= 0xDF) {
    if (i + 1 >= n || (b(i + 1) & 0xC0) != 0x80) return 0;
    *out = ((c & 0x1F) << 6) | (b(i + 1) & 0x3F);
    return 2;
  }
  if (c >= 0xE0 && c <= 0xEF) {
    if (i + 2 >= n || (b(i + 1) & 0xC0) != 0x80 || (b(i + 2) & 0xC0) != 0x80) return 0;
    char32_t cp = ((c & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F);
    if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    *out = cp;
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (i + 3 >= n || (b(i + 1) & 0xC0) != 0x80 || (b(i + 2) & 0xC0) != 0x80 || (b(i + 3) & 0xC0) != 0x80) return 0;
    char32_t cp = ((c & 0x07) << 18) | ((b(i + 1) & 0x3F) << 12) | ((b(i + 2) & 0x3F) << 6) | (b(i + 3) & 0x3F);
    if (cp < 0x10000 || cp > 0x10FFFF) return 0;
    *out = cp;
    return 4;
  }
  return 0;
}
}  // namespace

bool IsValidUtf8(std::string_view text, size_t* bad_offset) {
  char32_t cp;
  for (size_t i = 0; i < text.size();) {
    size_t len = DecodeOne(text, i, &cp);
    if (len == 0) {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    i += len;
  }
  return true;
}

std::u32string ToU32(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  char32_t cp;
  for (size_t i = 0; i < text.size();) {
    size_t len = DecodeOne(text, i, &cp);
    if (len == 0) { out.push_back(0xFFFD); ++i; continue; }
    out.push_back(cp);
    i += len;
  }
  return out;
}

void DecodeWithOffsets(std::string_view text, std::u32string* cps, std::vector<size_t>* offsets) {
  cps->clear();
  offsets->clear();
  cps->reserve(text.size());
  offsets->reserve(text.size() + 1);
  char32_t cp;
  for (size_t i = 0; i < text.size();) {
    size_t len = DecodeOne(text, i, &cp);
    if (len == 0) { ++i; continue; }
    cps->push_back(cp);
    offsets->push_back(i);
    i += len;
  }
  offsets->push_back(text.size());
}

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string ToUtf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t c : text) AppendUtf8(out, c);
  return out;
}

std::string Nfkc(std::string_view text) {
  // Fast path: pure ASCII without fullwidth forms is already NFKC.
  bool ascii = true;
  for (unsigned char c : text) {
    if (c >= 0x80) { ascii = false; break; }
  }
  if (ascii) return std::string(text);
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(err);
  if (U_FAILURE(err)) return std::string(text);
  icu::UnicodeString src = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (nfkc->isNormalized(src, err) && U_SUCCESS(err)) return std::string(text);
  err = U_ZERO_ERROR;
  icu::UnicodeString dst = nfkc->normalize(src, err);
  if (U_FAILURE(err)) return std::string(text);
  std::string out;
  dst.toUTF8String(out);
  return out;
}

std::vector<std::string> SplitSpaces(std::string_view text) {
  std::vector<std::string> words;
  size_t at = 0;
  while (at < text.size()) {
    size_t sp = text.find(' ', at);
    if (sp == std::string_view::npos) sp = text.size();
    if (sp > at) words.emplace_back(text.substr(at, sp - at));
    at = sp + 1;
  }
  return words;
}

std::vector<std::string_view> SplitOn(std::string_view text, std::string_view mark) {
  std::vector<std::string_view> pieces;
  for (size_t from = 0;;) {
    const size_t at = text.find(mark, from);
    pieces.push_back(text.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from));
    if (at == std::string_view::npos) return pieces;
    from = at + mark.size();
  }
}

size_t NonSpaceCodePoints(std::string_view text) {
  size_t n = 0;
  char32_t cp;
  for (size_t i = 0; i < text.size();) {
    size_t len = DecodeOne(text, i, &cp);
    if (len == 0) { ++n; ++i; continue; }
    n += !(cp == U' ' || cp == U'\t' || cp == U'\r' || cp == U'\n');
    i += len;
  }
  return n;
}

size_t CodePointCount(std::string_view text) {
  size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

std::string_view Trim(std::string_view s, std::initializer_list<std::string_view> pieces) {
  for (bool changed = true; changed;) {
    changed = false;
    for (std::string_view piece : pieces) {
      if (!piece.empty() && s.starts_with(piece)) s.remove_prefix(piece.size()), changed = true;
    }
  }
  for (bool changed = true; changed;) {
    changed = false;
    for (std::string_view piece : pieces) {
      if (!piece.empty() && s.ends_with(piece)) s.remove_suffix(piece.size()), changed = true;
    }
  }
  return s;
}

std::u32string_view TrimSpaces(std::u32string_view s) {
  while (!s.empty() && IsSpaceInLine(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpaceInLine(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace kosearch
