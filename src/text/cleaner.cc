// Boilerplate removal and normalisation of article bodies (see cleaner.h).
#include "kosearch/cleaner.h"

#include <algorithm>
#include <vector>

#include "text/line_kinds.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

using clean::LineKind;

// Removes `![alt](url)` and bare http(s) URLs from a line.
std::string StripLinks(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (size_t i = 0; i < line.size();) {
    // The first byte before the comparisons: this runs on every byte of every article.
    if (line[i] == '!' && line.compare(i, 2, "![") == 0) {
      size_t close = line.find("](", i + 2);
      size_t end = close == std::string_view::npos ? close : line.find(')', close + 2);
      if (end != std::string_view::npos) { i = end + 1; out.push_back(' '); continue; }
    }
    if (line[i] == 'h' && (line.compare(i, 7, "http://") == 0 || line.compare(i, 8, "https://") == 0)) {
      while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != ')' && line[i] != '>') ++i;
      out.push_back(' ');
      continue;
    }
    out.push_back(line[i]);
    ++i;
  }
  return out;
}

// Words of a rights notice that are not the publisher's name.
constexpr std::string_view kNoticeWords[] = {"무단전재", "무단 전재", "재배포 금지", "재배포금지", "저작권자", "Copyright",
                                             "copyright", "All rights reserved", "ⓒ", "©", "(c)", "및", "금지",
                                             "재배포", "공감언론", "AI 학습", "활용"};

// "©'5개국어 글로벌 경제신문' 아주경제. 무단전재·재배포 금지" → "아주경제";
// "<저작권자 © 연합뉴스, 무단 전재-재배포 금지>" → "연합뉴스".
std::string SourceFromFooter(std::string_view line) {
  std::string rest;
  bool in_quote = false;
  for (char32_t c : ToU32(line)) {
    if (c == U'\'' || c == U'‘' || c == U'’' || c == U'"' || c == U'“' || c == U'”') { in_quote = !in_quote; continue; }
    if (!in_quote) AppendUtf8(rest, c);
  }
  for (std::string_view word : kNoticeWords) {
    std::string blanked;
    for (size_t from = 0;;) {
      size_t at = rest.find(word, from);
      blanked.append(rest, from, at == std::string::npos ? std::string::npos : at - from);
      if (at == std::string::npos) break;
      blanked.push_back(' ');
      from = at + word.size();
    }
    rest = std::move(blanked);
  }
  // The first run of letters (Hangul, Latin, digits, spaces inside) is the name.
  std::u32string name;
  for (char32_t c : ToU32(rest)) {
    bool letter = IsHangulSyllable(c) || IsAsciiAlpha(c) || IsAsciiDigit(c);
    if (letter) { name.push_back(c); continue; }
    if (c == U' ' && !name.empty()) { name.push_back(c); continue; }
    if (!name.empty()) break;
  }
  // Years in "Copyright 2024 Foo" are not the name.
  size_t digits = 0;
  while (digits < name.size() && (IsAsciiDigit(name[digits]) || name[digits] == U' ')) ++digits;
  return std::string(Trim(ToUtf8(name.substr(digits))));
}

struct Line {
  size_t begin = 0;   // byte offset in the raw body
  std::string text;   // links removed, trimmed
  LineKind kind = LineKind::kEmpty;
};

std::vector<Line> SplitLines(std::string_view raw_body, size_t* link_chars) {
  std::vector<Line> lines;
  for (size_t start = 0; start <= raw_body.size();) {
    size_t nl = raw_body.find('\n', start);
    size_t end = nl == std::string_view::npos ? raw_body.size() : nl;
    std::string_view raw = raw_body.substr(start, end - start);
    Line line;
    line.begin = start;
    line.text = Trim(StripLinks(raw));
    *link_chars += NonSpaceCodePoints(raw) - NonSpaceCodePoints(line.text);
    line.kind = clean::ClassifyLine(line.text);
    lines.push_back(std::move(line));
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return lines;
}

// The first line of the footer block: a rights notice after the last line of
// prose (everything after it is teasers, links and credits), or lines.size().
// A notice with prose after it is not the end of the article.
size_t FooterStart(const std::vector<Line>& lines) {
  size_t after_prose = lines.size();
  while (after_prose > 0 && lines[after_prose - 1].kind != LineKind::kProse) --after_prose;
  for (size_t i = after_prose; i < lines.size(); ++i) {
    if (lines[i].kind == LineKind::kFooter) return i;
  }
  return lines.size();
}

}  // namespace

CleanedBody CleanBody(std::string_view raw_body) {
  CleanedBody result;
  std::vector<Line> lines = SplitLines(raw_body, &result.link_chars);
  size_t footer = FooterStart(lines);
  std::string kept;
  kept.reserve(raw_body.size());
  auto keep = [&kept](std::string_view text) {
    if (text.empty()) return;
    if (!kept.empty()) kept.push_back('\n');
    kept += text;
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (i >= footer) {
      result.footer_chars += NonSpaceCodePoints(line.text);
      continue;
    }
    if (line.kind == LineKind::kFooter || line.kind == LineKind::kCredit) {
      // A notice or credit inside the article goes alone, never what follows it.
      if (line.kind == LineKind::kFooter && result.footer_source.empty()) result.footer_source = SourceFromFooter(line.text);
      result.line_chars += NonSpaceCodePoints(line.text);
      continue;
    }
    size_t length = clean::LengthWithoutTrailingCredit(line.text);
    result.line_chars += NonSpaceCodePoints(std::string_view(line.text).substr(length));
    keep(std::string_view(line.text).substr(0, length));
  }
  if (footer < lines.size()) result.footer_source = SourceFromFooter(lines[footer].text);
  if (kept.empty()) {
    // Never empty an article that has words: if everything looked like
    // boilerplate, it was not (a one-line article about 무단 전재, a credit alone).
    for (const Line& line : lines) keep(line.text);
    footer = lines.size();
    result.footer_chars = result.line_chars = 0;
  }
  result.boilerplate_from = footer < lines.size() ? CodePointCount(raw_body.substr(0, lines[footer].begin))
                                                  : CodePointCount(raw_body);
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
