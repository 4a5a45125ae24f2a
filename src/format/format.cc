// Text and JSON rendering of search responses (see include/kosearch/format.h).
#include "kosearch/format.h"

#include <unicode/uchar.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "index/schema.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Keys in the order they are set: facet values stay most frequent first
// (a plain nlohmann::json object would sort them by name).
using Json = nlohmann::ordered_json;

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

Json HitToJson(const Hit& h) {
  Json j = Json::object();
  for (HitField& f : HitFields(h)) {
    std::visit([&](auto& value) { j[f.key] = std::move(value); }, f.value);
  }
  return j;
}

// Terminal columns of a code point: two for East Asian wide and fullwidth
// characters (Hangul syllables, Han), none for combining marks, else one.
size_t Columns(char32_t c) {
  auto width = static_cast<UEastAsianWidth>(u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH));
  if (width == U_EA_WIDE || width == U_EA_FULLWIDTH) return 2;
  if (u_getCombiningClass(static_cast<UChar32>(c)) != 0) return 0;
  return 1;
}

// `text` cut into lines of at most `width` columns, at spaces where a line
// has one (the space is dropped), each with its highlights rendered.
std::vector<std::string> WrapHighlighted(const std::string& text, const std::vector<Highlight>& highlights, size_t width,
                                         std::string_view open, std::string_view close) {
  std::u32string cps;
  std::vector<size_t> offsets;
  DecodeWithOffsets(text, &cps, &offsets);
  // [brackets] take columns too; terminal escape codes do not.
  auto marker_columns = [](std::string_view m) { return m.empty() || m[0] == '\x1b' ? 0 : CodePointCount(m); };
  const size_t open_columns = marker_columns(open), close_columns = marker_columns(close);
  auto cell = [&](size_t i) {
    size_t w = Columns(cps[i]);
    for (const auto& [hs, he] : highlights) {
      if (hs == offsets[i]) w += open_columns;
      if (he == offsets[i + 1]) w += close_columns;
    }
    return w;
  };
  // A line that starts inside a highlight opens it again; one cut inside a
  // highlight closes it (kept free at the end of every line).
  auto reopened = [&](size_t i) {
    for (const auto& [hs, he] : highlights) {
      if (hs < offsets[i] && offsets[i] < he) return open_columns;
    }
    return size_t{0};
  };
  const size_t fit = width > close_columns ? width - close_columns : width;
  std::vector<std::pair<size_t, size_t>> lines;  // byte ranges
  size_t start = 0, columns = 0, last_space = std::string::npos;
  for (size_t i = 0; i < cps.size(); ++i) {
    size_t w = cell(i);
    if (width > 0 && columns + w > fit && i > start) {
      size_t end = last_space != std::string::npos ? last_space : i;
      lines.emplace_back(offsets[start], offsets[end]);
      start = last_space != std::string::npos ? last_space + 1 : i;
      columns = reopened(start);
      for (size_t k = start; k < i; ++k) columns += cell(k);
      last_space = std::string::npos;
    }
    if (cps[i] == U' ' && i > start) last_space = i;
    columns += w;
  }
  lines.emplace_back(offsets[start], text.size());
  std::vector<std::string> out;
  for (const auto& [from, to] : lines) {
    std::vector<Highlight> local;
    for (const auto& [hs, he] : highlights) {
      size_t s = std::max(hs, from), e = std::min(he, to);
      if (s < e) local.emplace_back(s - from, e - from);
    }
    out.push_back(RenderHighlights(text.substr(from, to - from), local, open, close));
  }
  return out;
}

std::string Score(double s) {
  char buf[32];
  snprintf(buf, sizeof buf, "%.2f", s);
  return buf;
}

// Understanding::read_by in JSON: "", "quote_keys" or "sound".
const char* ReadByName(SpeakerReadBy read_by) {
  switch (read_by) {
    case SpeakerReadBy::kQuoteKeys:
      return "quote_keys";
    case SpeakerReadBy::kSound:
      return "sound";
    case SpeakerReadBy::kNone:
      break;
  }
  return "";
}

}  // namespace

std::string ResponseToJson(const SearchResponse& r, bool explain) {
  Json j = {{"total", r.total}, {"total_exact", r.total_exact}, {"results", Json::array()}};
  for (const Hit& h : r.hits) j["results"].push_back(HitToJson(h));
  if (r.is_question) {
    const Understanding& u = r.understood;
    Json expansions = u.speaker_expansions;
    for (const auto& e : u.topic_expansions) expansions.push_back(e);
    j["understood"] = {{"speaker", u.speaker}, {"topic", u.topic}, {"expansions", expansions},
                       {"speaker_expansions", u.speaker_expansions}, {"topic_expansions", u.topic_expansions},
                       {"asks_who", u.asks_who}, {"described", u.described}, {"event", u.event}, {"phrases", u.phrases}, {"filters", u.filters},
                       {"speakers", u.speakers}, {"speaker_resolution", u.speaker_resolution},
                       {"read_through_quotes", u.read_through_quotes}, {"read_by", ReadByName(u.read_by)},
                       {"keywords_over_quotes", u.keywords_over_quotes},
                       {"summary", u.Summary(r.hits.size())}};
    j["closest"] = Json::array();
    for (const Hit& h : r.closest) j["closest"].push_back(HitToJson(h));
  }
  if (explain) {
    j["xapian_query"] = r.xapian_query;
    if (!r.is_question) j["alternatives"] = r.alternatives;
  }
  if (!r.facets.empty()) {
    j["facets"] = Json::object();
    for (const auto& [name, counts] : r.facets) {
      j["facets"][name] = Json::object();
      for (const auto& c : counts) j["facets"][name][c.value] = c.count;
    }
  }
  return EscapeJsonControls(j.dump(-1, ' ', false, Json::error_handler_t::replace));
}

std::string StatsToJson(const DatabaseStats& s) {
  Json j = {{"articles", s.articles}, {"quotes", s.quotes}, {"bytes_on_disk", s.bytes_on_disk}, {"shards", s.shards},
            {"remote_shards", s.remote_shards}, {"positions", s.positions}, {"append_only", s.append_only},
            {"schema_version", s.schema_version}, {"particles", s.analyzer.strip_particles},
            {"light_verbs", s.analyzer.cut_light_verbs}};
  return j.dump();
}

std::string StatsToText(const DatabaseStats& s) {
  char size[64];
  std::snprintf(size, sizeof size, "%.1f MB", static_cast<double>(s.bytes_on_disk) / 1e6);
  std::string out = "articles: " + std::to_string(s.articles) + "\n";
  out += "quotes: " + std::to_string(s.quotes) + "\n";
  out += std::string("size on disk: ") + size;
  if (s.remote_shards) out += " (without the " + std::to_string(s.remote_shards) + " remote shards)";
  out += "\nshards: " + std::to_string(s.shards) + "\n";
  out += std::string("layout: ") + (s.append_only ? "append-only (no term lists)" : "replaceable") + ", " +
         (s.positions ? "with positions" : "without positions (phrases checked in the text)") + "\n";
  out += "analyzer: " + schema::DescribeAnalyzerOptions(s.analyzer) + "\n";
  out += "schema version: " + std::to_string(s.schema_version) + "\n";
  return out;
}

std::string ResponseToText(const SearchResponse& r, size_t offset, bool color, bool explain) {
  TextOptions options;
  options.color = color;
  options.explain = explain;
  return ResponseToText(r, offset, options);
}

std::string ResponseToText(const SearchResponse& r, size_t offset, const TextOptions& options) {
  const bool color = options.color;
  std::string open = color ? std::string(kBoldOn) : "[", close = color ? std::string(kBoldOff) : "]";
  // A snippet's lines, indented by `indent` columns (the first one after `lead`).
  auto snippet = [&](const Hit& h, const std::string& lead, const std::string& tail, size_t indent) {
    size_t width = options.width > indent + 10 ? options.width - indent : 0;
    std::vector<std::string> lines = WrapHighlighted(TerminalSafe(h.snippet), h.highlights, width, open, close);
    std::string text;
    for (size_t i = 0; i < lines.size(); ++i) {
      text += std::string(indent, ' ') + (i == 0 ? lead : "") + lines[i] + (i + 1 == lines.size() ? tail : "") + "\n";
    }
    return text;
  };
  std::string out;
  const auto& S = TerminalSafe;  // every piece of indexed (or typed) text
  if (options.explain) {
    out += "xapian query: " + S(r.xapian_query) + "\n";
    for (const auto& a : r.alternatives) out += "also searched: " + S(a) + "\n";
  }
  if (r.is_question) {
    out += "understood: " + S(r.understood.Summary(r.hits.size())) + "\n";
  } else {
    out += std::string(r.total_exact ? "" : "About ") + std::to_string(r.total) + " result" + (r.total == 1 ? "" : "s") + "\n";
  }
  size_t n = offset;
  for (const Hit& h : r.hits) {
    ++n;
    std::string meta = h.date.empty() ? "" : S(h.date) + " · ";
    meta += h.source.empty() ? "" : S(h.source) + " · ";
    meta += S(h.article_id);
    if (h.kind == "quote") {
      std::string who = h.speaker.empty() ? (h.speaker_type == "role" ? "(unnamed)" : "(unknown speaker)") : S(h.speaker);
      std::string role;
      if (!h.org.empty()) role = S(h.org);
      if (!h.role.empty()) role += (role.empty() ? "" : " ") + S(h.role);
      if (!role.empty()) who += " (" + role + ")";
      if (h.resolved_fuzzily) who += " [written \"" + S(h.speaker_as_written) + "\"]";
      if (!h.reported_by.empty()) who += " [reported by " + S(h.reported_by) + "]";
      out += std::to_string(n) + ". " + who + "\n" + snippet(h, "“", "”", 3);
      out += "   — " + S(h.title) + " (" + meta + ")  score " + Score(h.score) + "\n";
    } else {
      out += std::to_string(n) + ". " + S(h.title) + "  (" + meta + ")  score " + Score(h.score) + "\n";
      out += snippet(h, "", "", 3);
    }
  }
  if (r.is_question && r.hits.empty()) {
    out += "no quote answers this question";
    out += r.understood.speaker.empty() ? "\n" : " (none by " + S(r.understood.speaker) + " in the archive)\n";
    out += r.closest.empty() ? "no article matches its words either\n" : "closest articles:\n";
    for (const Hit& h : r.closest) {
      out += "  - " + S(h.title) + " (" + S(h.article_id) + ")\n" + snippet(h, "", "", 4);
    }
  }
  for (const auto& [name, counts] : r.facets) {
    out += "\nfacet " + name + ":\n";
    for (const auto& c : counts) out += "  " + S(c.value) + "  " + std::to_string(c.count) + "\n";
  }
  return out;
}

}  // namespace kosearch
