// Boilerplate removal and normalisation of article bodies (see cleaner.h).
#include "kosearch/cleaner.h"

#include <algorithm>
#include <vector>

#include "unicode_text.h"

namespace kosearch {

namespace {

bool Contains(std::string_view hay, std::string_view needle) { return hay.find(needle) != std::string_view::npos; }

// A line that is a copyright footer: © / ⓒ / Copyright with a rights notice,
// or the Korean "no reproduction" formula on its own.
bool IsFooterLine(std::string_view line) {
  bool rights = Contains(line, "무단전재") || Contains(line, "무단 전재") || Contains(line, "재배포 금지") ||
                Contains(line, "재배포금지") || Contains(line, "All rights reserved") || Contains(line, "all rights reserved");
  bool mark = Contains(line, "©") || Contains(line, "ⓒ");
  return rights || (mark && line.size() < 200);
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

// Removes `![alt](url)` and bare http(s) URLs from a line.
std::string StripLinks(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (size_t i = 0; i < line.size();) {
    if (line.compare(i, 2, "![") == 0) {
      size_t close = line.find("](", i + 2);
      size_t end = close == std::string_view::npos ? close : line.find(')', close + 2);
      if (end != std::string_view::npos) { i = end + 1; out.push_back(' '); continue; }
    }
    if (line.compare(i, 7, "http://") == 0 || line.compare(i, 8, "https://") == 0) {
      while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != ')' && line[i] != '>') ++i;
      out.push_back(' ');
      continue;
    }
    out.push_back(line[i]);
    ++i;
  }
  return out;
}

// "©'5개국어 글로벌 경제신문' 아주경제. 무단전재·재배포 금지" → "아주경제";
// "<저작권자 © 연합뉴스, 무단 전재-재배포 금지>" → "연합뉴스".
std::string SourceFromFooter(std::string_view line) {
  std::u32string s = ToU32(line);
  std::u32string kept;
  bool in_quote = false;
  for (char32_t c : s) {
    if (c == U'\'' || c == U'‘' || c == U'’' || c == U'"' || c == U'“' || c == U'”') { in_quote = !in_quote; continue; }
    if (!in_quote) kept.push_back(c);
  }
  std::string rest = ToUtf8(kept);
  for (std::string_view junk : {"무단전재", "무단 전재", "재배포 금지", "재배포금지", "저작권자", "Copyright", "copyright",
                                "All rights reserved", "ⓒ", "©", "(c)", "및", "금지", "재배포"}) {
    for (size_t p; (p = rest.find(junk)) != std::string::npos;) rest.replace(p, junk.size(), " ");
  }
  // The first run of letters (Hangul, Latin, digits, spaces inside) is the name.
  std::u32string r = ToU32(rest);
  std::u32string name;
  for (char32_t c : r) {
    bool letter = IsHangulSyllable(c) || IsAsciiAlpha(c) || IsAsciiDigit(c);
    if (letter) { name.push_back(c); continue; }
    if (c == U' ' && !name.empty()) { name.push_back(c); continue; }
    if (!name.empty()) break;
  }
  while (!name.empty() && name.back() == U' ') name.pop_back();
  // Years in "Copyright 2024 Foo" are not the name.
  std::string out = ToUtf8(name);
  size_t digits = 0;
  while (digits < out.size() && (IsAsciiDigit(static_cast<unsigned char>(out[digits])) || out[digits] == ' ')) ++digits;
  return Trim(out.substr(digits));
}

}  // namespace

CleanedBody CleanBody(std::string_view raw_body) {
  CleanedBody result;
  result.boilerplate_from = CodePointCount(raw_body);
  std::string kept;
  kept.reserve(raw_body.size());
  size_t line_start = 0;
  while (line_start <= raw_body.size()) {
    size_t nl = raw_body.find('\n', line_start);
    size_t line_end = nl == std::string_view::npos ? raw_body.size() : nl;
    std::string_view line = raw_body.substr(line_start, line_end - line_start);
    if (IsFooterLine(line)) {
      result.boilerplate_from = CodePointCount(raw_body.substr(0, line_start));
      result.footer_source = SourceFromFooter(line);
      break;
    }
    std::string cleaned = Trim(StripLinks(line));
    if (!cleaned.empty()) {
      if (!kept.empty()) kept.push_back('\n');
      kept += cleaned;
    }
    if (nl == std::string_view::npos) break;
    line_start = nl + 1;
  }
  result.text = Nfkc(kept);
  return result;
}

std::string TitleFromText(std::string_view text) {
  std::u32string s = ToU32(text.substr(0, std::min<size_t>(text.size(), 2000)));
  size_t end = s.size();
  for (size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    bool stop = c == U'\n' || ((c == U'.' || c == U'?' || c == U'!') && (i + 1 == s.size() || s[i + 1] == U' ' || s[i + 1] == U'\n'));
    if (stop) { end = i; break; }
  }
  constexpr size_t kMax = 60;
  if (end <= kMax) return ToUtf8(s.substr(0, end));
  size_t cut = kMax;
  while (cut > kMax / 2 && s[cut] != U' ') --cut;
  if (s[cut] != U' ') cut = kMax;
  return ToUtf8(s.substr(0, cut)) + "…";
}

}  // namespace kosearch
