// Text and JSON rendering of search responses (see include/kosearch/format.h).
#include "kosearch/format.h"

#include <unicode/uchar.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "unicode_text.h"

namespace kosearch {

namespace {

// Keys in the order they are set: facet values stay most frequent first
// (a plain nlohmann::json object would sort them by name).
using Json = nlohmann::ordered_json;

constexpr std::string_view kBoldOn = "\x1b[1;33m";
constexpr std::string_view kBoldOff = "\x1b[0m";

Json HitToJson(const Hit& h) {
  Json j = {{"kind", h.kind}, {"id", h.id}, {"title", h.title}, {"date", h.date}, {"source", h.source},
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
                       {"summary", u.Summary(r.hits.size())}};
    j["closest"] = Json::array();
    for (const Hit& h : r.closest) j["closest"].push_back(HitToJson(h));
  }
  if (explain) j["xapian_query"] = r.xapian_query;
  if (!r.facets.empty()) {
    j["facets"] = Json::object();
    for (const auto& [name, counts] : r.facets) {
      j["facets"][name] = Json::object();
      for (const auto& c : counts) j["facets"][name][c.value] = c.count;
    }
  }
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string StatsToJson(const DatabaseStats& s) {
  Json j = {{"articles", s.articles}, {"quotes", s.quotes}, {"bytes_on_disk", s.bytes_on_disk}, {"shards", s.shards},
            {"remote_shards", s.remote_shards}, {"positions", s.positions}, {"append_only", s.append_only},
            {"schema_version", s.schema_version}};
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
    std::vector<std::string> lines = WrapHighlighted(h.snippet, h.highlights, width, open, close);
    std::string text;
    for (size_t i = 0; i < lines.size(); ++i) {
      text += std::string(indent, ' ') + (i == 0 ? lead : "") + lines[i] + (i + 1 == lines.size() ? tail : "") + "\n";
    }
    return text;
  };
  std::string out;
  if (options.explain) out += "xapian query: " + r.xapian_query + "\n";
  if (r.is_question) {
    out += "understood: " + r.understood.Summary(r.hits.size()) + "\n";
  } else {
    out += std::string(r.total_exact ? "" : "About ") + std::to_string(r.total) + " result" + (r.total == 1 ? "" : "s") + "\n";
  }
  size_t n = offset;
  for (const Hit& h : r.hits) {
    ++n;
    std::string meta = h.date.empty() ? "" : h.date + " · ";
    meta += h.source.empty() ? "" : h.source + " · ";
    meta += h.article_id;
    if (h.kind == "quote") {
      std::string who = h.speaker.empty() ? "(unknown speaker)" : h.speaker;
      std::string role;
      if (!h.org.empty()) role = h.org;
      if (!h.role.empty()) role += (role.empty() ? "" : " ") + h.role;
      if (!role.empty()) who += " (" + role + ")";
      if (h.resolved_fuzzily) who += " [written \"" + h.speaker_as_written + "\"]";
      out += std::to_string(n) + ". " + who + "\n" + snippet(h, "“", "”", 3);
      out += "   — " + h.title + " (" + meta + ")  score " + Score(h.score) + "\n";
    } else {
      out += std::to_string(n) + ". " + h.title + "  (" + meta + ")  score " + Score(h.score) + "\n";
      out += snippet(h, "", "", 3);
    }
  }
  if (r.is_question && r.hits.empty()) {
    out += r.closest.empty() ? "no article names both\n" : "closest: articles that name both, without a quote:\n";
    for (const Hit& h : r.closest) {
      out += "  - " + h.title + " (" + h.article_id + ")\n" + snippet(h, "", "", 4);
    }
  }
  for (const auto& [name, counts] : r.facets) {
    out += "\nfacet " + name + ":\n";
    for (const auto& c : counts) out += "  " + c.value + "  " + std::to_string(c.count) + "\n";
  }
  return out;
}

}  // namespace kosearch
