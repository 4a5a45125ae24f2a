// Text and JSON rendering of search responses (see include/kosearch/format.h).
#include "kosearch/format.h"

#include <cstdio>
#include <nlohmann/json.hpp>

namespace kosearch {

namespace {

constexpr std::string_view kBoldOn = "\x1b[1;33m";
constexpr std::string_view kBoldOff = "\x1b[0m";

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
  if (explain) {
    j["xapian_query"] = r.xapian_query;
    if (!r.is_question) j["alternatives"] = r.alternatives;
  }
  if (!r.facets.empty()) {
    j["facets"] = nlohmann::json::object();
    for (const auto& [name, counts] : r.facets) {
      j["facets"][name] = nlohmann::json::object();
      for (const auto& c : counts) j["facets"][name][c.value] = c.count;
    }
  }
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string ResponseToText(const SearchResponse& r, size_t offset, bool color, bool explain) {
  std::string open = color ? std::string(kBoldOn) : "[", close = color ? std::string(kBoldOff) : "]";
  std::string out;
  if (explain) {
    out += "xapian query: " + r.xapian_query + "\n";
    for (const auto& a : r.alternatives) out += "also searched: " + a + "\n";
  }
  if (r.is_question) {
    out += "understood: " + r.understood.Summary(r.hits.size()) + "\n";
  } else {
    out += "About " + std::to_string(r.total) + " result" + (r.total == 1 ? "" : "s") + "\n";
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
      out += std::to_string(n) + ". " + who + "\n   “" + RenderHighlights(h.snippet, h.highlights, open, close) + "”\n";
      out += "   — " + h.title + " (" + meta + ")  score " + Score(h.score) + "\n";
    } else {
      out += std::to_string(n) + ". " + h.title + "  (" + meta + ")  score " + Score(h.score) + "\n";
      out += "   " + RenderHighlights(h.snippet, h.highlights, open, close) + "\n";
    }
  }
  if (r.is_question && r.hits.empty()) {
    out += r.closest.empty() ? "no article names both\n" : "closest: articles that name both, without a quote:\n";
    for (const Hit& h : r.closest) {
      out += "  - " + h.title + " (" + h.article_id + ")\n    " + RenderHighlights(h.snippet, h.highlights, open, close) + "\n";
    }
  }
  for (const auto& [name, counts] : r.facets) {
    out += "\nfacet " + name + ":\n";
    for (const auto& c : counts) out += "  " + c.value + "  " + std::to_string(c.count) + "\n";
  }
  return out;
}

}  // namespace kosearch
