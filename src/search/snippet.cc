// Snippet selection and word highlighting (see snippet.h).
#include "search/snippet.h"

#include <algorithm>
#include <set>

#include "extract/amounts.h"
#include "kosearch/analyzer.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

struct Match {
  size_t start, end;  // bytes
  size_t sequence;    // which query sequence
};

// How many sequences `line` may match: those whose first term is a
// substring (Hangul terms are the text itself; Latin ones lowercased).
// Terms the analyzer rewrites (numbers: "1,000" → "1000") are assumed to be
// anywhere.
size_t MayMatch(std::string_view line, const std::vector<std::vector<std::string>>& sequences) {
  std::string lower;
  size_t count = 0;
  for (const auto& seq : sequences) {
    if (seq.empty()) continue;
    const std::string& term = seq[0];
    bool ascii = false, digit = false;
    for (unsigned char c : term) {
      ascii |= c < 0x80;
      digit |= c >= '0' && c <= '9';
    }
    if (digit) {
      ++count;
    } else if (!ascii) {
      count += line.find(term) != std::string_view::npos;
    } else {
      if (lower.empty()) lower = AsciiLower(line);
      count += lower.find(term) != std::string::npos;
    }
  }
  return count;
}

std::vector<Match> FindMatchesInLine(std::string_view line, size_t offset,
                                     const std::vector<std::vector<std::string>>& sequences,
                                     const kosearch::AnalyzerOptions& analyzer) {
  std::vector<kosearch::Token> tokens = Analyze(line, analyzer);
  if (tokens.empty()) return {};
  std::vector<std::vector<size_t>> at(tokens.back().position + 1);
  for (size_t i = 0; i < tokens.size(); ++i) at[tokens[i].position].push_back(i);
  auto find_at = [&](size_t pos, const std::string& term) -> const kosearch::Token* {
    if (pos >= at.size()) return nullptr;
    for (size_t i : at[pos]) if (tokens[i].term == term) return &tokens[i];
    return nullptr;
  };
  std::vector<Match> matches;
  for (size_t s = 0; s < sequences.size(); ++s) {
    const auto& seq = sequences[s];
    if (seq.empty()) continue;
    for (const kosearch::Token& first : tokens) {
      if (first.term != seq[0]) continue;
      const kosearch::Token* last = &first;
      bool ok = true;
      for (size_t k = 1; k < seq.size() && ok; ++k) {
        last = find_at(first.position + k, seq[k]);
        ok = last != nullptr;
      }
      if (ok) matches.push_back({offset + first.start, offset + last->end, s});
    }
  }
  std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) { return a.start < b.start; });
  return matches;
}

// The matches of every sequence in `text`, in text order. Analysing a whole
// article for every hit was a third of a query's time, so only lines (a
// paragraph each in news text) that may hold a match are analysed; with a
// snippet `window` (bytes, 0 = the whole text), only those from the line
// that may match the most sequences on, for twice the window. A phrase
// across a line break is not highlighted (it still matches).
std::vector<Match> FindMatches(const std::string& text, const std::vector<std::vector<std::string>>& sequences,
                               size_t window, const kosearch::AnalyzerOptions& analyzer) {
  struct Line {
    size_t start, end, may_match;
  };
  std::vector<Line> lines;
  size_t best = 0;
  for (size_t at = 0; at < text.size();) {
    size_t nl = text.find('\n', at);
    if (nl == std::string::npos) nl = text.size();
    lines.push_back({at, nl, MayMatch(std::string_view(text).substr(at, nl - at), sequences)});
    if (lines.back().may_match > lines[best].may_match) best = lines.size() - 1;
    at = nl + 1;
  }
  const bool whole = window == 0 || text.size() <= window;
  std::vector<Match> matches;
  for (size_t i = whole ? 0 : best; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (!whole && l.start >= lines[best].start + 2 * window) break;
    if (l.may_match == 0) continue;
    auto found = FindMatchesInLine(std::string_view(text).substr(l.start, l.end - l.start), l.start, sequences, analyzer);
    matches.insert(matches.end(), found.begin(), found.end());
  }
  return matches;
}

// The amounts of `text` that a range contains, as matches of "sequence"
// first_sequence + the range's index. Offsets are bytes.
std::vector<Match> FindAmountMatches(const std::string& text, const std::vector<AmountRange>& ranges,
                                     size_t first_sequence) {
  std::vector<Match> out;
  if (ranges.empty()) return out;
  std::u32string cps;
  std::vector<size_t> byte_at;
  DecodeWithOffsets(text, &cps, &byte_at);
  for (const Amount& a : FindAmounts(cps, cps.size())) {
    for (size_t r = 0; r < ranges.size(); ++r) {
      if (!ranges[r].Contains(a)) continue;
      out.push_back({byte_at[a.start], byte_at[a.end], first_sequence + r});
      break;
    }
  }
  return out;
}

size_t BackToCharStart(const std::string& s, size_t i) {
  while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

}  // namespace

Snippet MakeSnippet(const std::string& text, const std::vector<std::vector<std::string>>& sequences, size_t max_chars,
                    const AnalyzerOptions& analyzer, const std::vector<AmountRange>& amounts) {
  // Korean text is ~3 bytes a character; the window is chosen in bytes.
  const size_t width = max_chars * 3;
  std::vector<Match> matches = FindMatches(text, sequences, width, analyzer);
  if (!amounts.empty()) {
    std::vector<Match> found = FindAmountMatches(text, amounts, sequences.size());
    matches.insert(matches.end(), found.begin(), found.end());
    std::stable_sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) { return a.start < b.start; });
  }
  size_t from = 0, to = text.size();
  if (max_chars > 0 && text.size() > width) {
    size_t best_start = 0, best_score = 0;
    for (size_t i = 0; i < matches.size(); ++i) {
      std::set<size_t> distinct;
      size_t total = 0;
      for (size_t j = i; j < matches.size() && matches[j].end <= matches[i].start + width; ++j) {
        distinct.insert(matches[j].sequence);
        ++total;
      }
      size_t score = distinct.size() * 1000 + total;
      if (score > best_score) { best_score = score; best_start = matches[i].start; }
    }
    // Start a little before the first match, at a word boundary.
    size_t lead = std::min<size_t>(best_start, width / 5);
    from = best_start - lead;
    if (from > 0) {
      size_t space = text.rfind(' ', best_start);
      size_t nl = text.rfind('\n', best_start);
      size_t boundary = std::max(space == std::string::npos ? 0 : space + 1, nl == std::string::npos ? 0 : nl + 1);
      from = boundary >= from ? boundary : BackToCharStart(text, from);
    }
    to = std::min(text.size(), from + width);
    if (to < text.size()) {
      size_t space = text.rfind(' ', to);
      to = space != std::string::npos && space > from + width / 2 ? space : BackToCharStart(text, to);
    }
  }
  Snippet out;
  std::string prefix = from > 0 ? "…" : "";
  out.text = prefix + text.substr(from, to - from) + (to < text.size() ? "…" : "");
  for (std::string::size_type i = 0; i < out.text.size(); ++i) if (out.text[i] == '\n') out.text[i] = ' ';
  for (const Match& m : matches) {
    if (m.start < from || m.end > to) continue;
    size_t s = m.start - from + prefix.size(), e = m.end - from + prefix.size();
    if (!out.highlights.empty() && s <= out.highlights.back().second) {
      out.highlights.back().second = std::max(out.highlights.back().second, e);
    } else {
      out.highlights.emplace_back(s, e);
    }
  }
  return out;
}

std::string RenderHighlights(const std::string& text, const std::vector<Highlight>& highlights, std::string_view open,
                             std::string_view close) {
  std::string out;
  size_t at = 0;
  for (const auto& [s, e] : highlights) {
    if (s < at || e > text.size()) continue;
    out.append(text, at, s - at);
    out.append(open);
    out.append(text, s, e - s);
    out.append(close);
    at = e;
  }
  out.append(text, at, std::string::npos);
  return out;
}

}  // namespace kosearch
