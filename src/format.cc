// Text and JSON rendering of search responses (see include/kosearch/format.h).
#include "kosearch/format.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "unicode_text.h"

namespace kosearch {

namespace {

constexpr std::string_view kBoldOn = "\x1b[1;33m";
constexpr std::string_view kBoldOff = "\x1b[0m";

// Byte length of the DEL, C1 control (U+0080–U+009F) or bidi embedding,
// override or isolate (U+202A–U+202E, U+2066–U+2069) that starts at s[i];
// 0 for anything else. Such characters are valid text but act on a terminal.
size_t DisplayControlLength(std::string_view s, size_t i) {
  const auto b = [&](size_t k) -> unsigned { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0; };
  if (b(i) == 0x7f) return 1;
  if (b(i) == 0xC2 && b(i + 1) >= 0x80 && b(i + 1) <= 0x9F) return 2;
  if (b(i) == 0xE2 && ((b(i + 1) == 0x80 && b(i + 2) >= 0xAA && b(i + 2) <= 0xAE) ||
                       (b(i + 1) == 0x81 && b(i + 2) >= 0xA6 && b(i + 2) <= 0xA9))) {
    return 3;
  }
  return 0;
}

// Indexed text is untrusted: an escape sequence in a title ("\e[2J",
// "\e]0;…\a") must not reach the terminal, nor a bidi override reorder
// what is shown. `text` with every C0 control (newlines and tabs too: the
// layout makes its own lines), every DisplayControlLength character and
// every invalid UTF-8 byte replaced by characters of the same byte length,
// so that highlight offsets into it stay valid: a space for whitespace
// controls, U+FFFD for a bidi control, '?' per byte otherwise.
std::string TerminalSafe(std::string_view text) {
  std::string out(text);
  for (size_t i = 0; i < out.size();) {
    const unsigned char c = static_cast<unsigned char>(out[i]);
    if (c < 0x20) {
      out[i++] = c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ? ' ' : '?';
      continue;
    }
    if (size_t n = DisplayControlLength(out, i)) {
      out.replace(i, n, n == 3 ? "\xEF\xBF\xBD" : std::string(n, '?'));
      i += n;
      continue;
    }
    if (c < 0x80) { ++i; continue; }
    const size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    bool valid = len > 1 && c < 0xF5 && i + len <= out.size();
    for (size_t k = 1; valid && k < len; ++k) valid = (static_cast<unsigned char>(out[i + k]) & 0xC0) == 0x80;
    if (!valid) { out[i++] = '?'; continue; }
    i += len;
  }
  return out;
}

// JSON escapes C0 controls itself; DisplayControlLength characters are
// valid raw in a JSON string but reach a terminal through `jq` or `cat`:
// written as \uXXXX too. (Outside strings a JSON text is ASCII, so every
// match is inside one.)
std::string EscapeJsonControls(const std::string& json) {
  std::string out;
  out.reserve(json.size());
  for (size_t i = 0; i < json.size();) {
    const size_t n = DisplayControlLength(json, i);
    if (n == 0) { out.push_back(json[i++]); continue; }
    char buf[8];
    snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(ToU32(std::string_view(json).substr(i, n))[0]));
    out += buf;
    i += n;
  }
  return out;
}

nlohmann::json HitToJson(const Hit& h) {
  nlohmann::json j = {{"kind", h.kind}, {"id", h.id}, {"title", h.title}, {"date", h.date}, {"source", h.source},
                      {"url", h.url}, {"score", h.score}, {"snippet", RenderHighlights(h.snippet, h.highlights, "[", "]")},
                      {"article_id", h.article_id}};
  if (h.kind == "quote") {
    j["speaker"] = h.speaker;
    j["role"] = h.role;
    j["org"] = h.org;
    j["text"] = h.text;
    if (h.resolved_fuzzily) {
      j["speaker_as_written"] = h.speaker_as_written;
      j["resolved_fuzzily"] = true;
    }
  }
  return j;
}

std::string Score(double s) {
  char buf[32];
  snprintf(buf, sizeof buf, "%.2f", s);
  return buf;
}

}  // namespace

std::string ResponseToJson(const SearchResponse& r, bool explain) {
  nlohmann::json j = {{"total", r.total}, {"results", nlohmann::json::array()}};
  for (const Hit& h : r.hits) j["results"].push_back(HitToJson(h));
  if (r.is_question) {
    const Understanding& u = r.understood;
    nlohmann::json expansions = u.speaker_expansions;
    for (const auto& e : u.topic_expansions) expansions.push_back(e);
    j["understood"] = {{"speaker", u.speaker}, {"topic", u.topic}, {"expansions", expansions},
                       {"speaker_expansions", u.speaker_expansions}, {"topic_expansions", u.topic_expansions},
                       {"summary", u.Summary(r.hits.size())}};
    j["closest"] = nlohmann::json::array();
    for (const Hit& h : r.closest) j["closest"].push_back(HitToJson(h));
  }
  if (explain) j["xapian_query"] = r.xapian_query;
  if (!r.facets.empty()) {
    j["facets"] = nlohmann::json::object();
    for (const auto& [name, counts] : r.facets) {
      j["facets"][name] = nlohmann::json::object();
      for (const auto& c : counts) j["facets"][name][c.value] = c.count;
    }
  }
  return EscapeJsonControls(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

std::string ResponseToText(const SearchResponse& r, size_t offset, bool color, bool explain) {
  std::string open = color ? std::string(kBoldOn) : "[", close = color ? std::string(kBoldOff) : "]";
  std::string out;
  const auto& S = TerminalSafe;  // every piece of indexed (or typed) text
  auto snippet = [&](const Hit& h) { return RenderHighlights(S(h.snippet), h.highlights, open, close); };
  if (explain) out += "xapian query: " + S(r.xapian_query) + "\n";
  if (r.is_question) {
    out += "understood: " + S(r.understood.Summary(r.hits.size())) + "\n";
  } else {
    out += "About " + std::to_string(r.total) + " result" + (r.total == 1 ? "" : "s") + "\n";
  }
  size_t n = offset;
  for (const Hit& h : r.hits) {
    ++n;
    std::string meta = h.date.empty() ? "" : S(h.date) + " · ";
    meta += h.source.empty() ? "" : S(h.source) + " · ";
    meta += S(h.article_id);
    if (h.kind == "quote") {
      std::string who = h.speaker.empty() ? "(unknown speaker)" : S(h.speaker);
      std::string role;
      if (!h.org.empty()) role = S(h.org);
      if (!h.role.empty()) role += (role.empty() ? "" : " ") + S(h.role);
      if (!role.empty()) who += " (" + role + ")";
      if (h.resolved_fuzzily) who += " [written \"" + S(h.speaker_as_written) + "\"]";
      out += std::to_string(n) + ". " + who + "\n   “" + snippet(h) + "”\n";
      out += "   — " + S(h.title) + " (" + meta + ")  score " + Score(h.score) + "\n";
    } else {
      out += std::to_string(n) + ". " + S(h.title) + "  (" + meta + ")  score " + Score(h.score) + "\n";
      out += "   " + snippet(h) + "\n";
    }
  }
  if (r.is_question && r.hits.empty()) {
    out += r.closest.empty() ? "no article names both\n" : "closest: articles that name both, without a quote:\n";
    for (const Hit& h : r.closest) {
      out += "  - " + S(h.title) + " (" + S(h.article_id) + ")\n    " + snippet(h) + "\n";
    }
  }
  for (const auto& [name, counts] : r.facets) {
    out += "\nfacet " + name + ":\n";
    for (const auto& c : counts) out += "  " + S(c.value) + "  " + std::to_string(c.count) + "\n";
  }
  return out;
}

}  // namespace kosearch
