// Snippet selection and word highlighting (see snippet.h).
#include "snippet.h"

#include <algorithm>
#include <set>

#include "kosearch/analyzer.h"

namespace kosearch {

namespace {

struct Match {
  size_t start, end;  // bytes
  size_t sequence;    // which query sequence
};

std::vector<Match> FindMatches(const std::string& text, const std::vector<std::vector<std::string>>& sequences) {
  std::vector<kosearch::Token> tokens = Analyze(text);
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
      if (ok) matches.push_back({first.start, last->end, s});
    }
  }
  std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) { return a.start < b.start; });
  return matches;
}

size_t BackToCharStart(const std::string& s, size_t i) {
  while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

}  // namespace

Snippet MakeSnippet(const std::string& text, const std::vector<std::vector<std::string>>& sequences, size_t max_chars) {
  std::vector<Match> matches = FindMatches(text, sequences);
  size_t from = 0, to = text.size();
  // Korean text is ~3 bytes a character; the window is chosen in bytes.
  const size_t width = max_chars * 3;
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
