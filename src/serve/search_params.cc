// Query parameters → SearchRequest (search_params.h), checked as
// kosearch-query checks its flags.
#include "serve/search_params.h"

#include <algorithm>
#include <charconv>

namespace kosearch {

Status CheckParamNames(const WebParams& params, std::initializer_list<std::string_view> known,
                       std::initializer_list<std::string_view> repeatable) {
  for (const auto& [name, value] : params) {
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      std::string list;
      for (auto k : known) list += (list.empty() ? "" : ", ") + std::string(k);
      return Status::InvalidArgument("unknown parameter \"" + name + "\" (known: " + list + ")");
    }
    if (params.count(name) > 1 && std::find(repeatable.begin(), repeatable.end(), name) == repeatable.end()) {
      return Status::InvalidArgument("parameter \"" + name + "\" given more than once");
    }
  }
  return Status::Ok();
}

std::string ParamOr(const WebParams& params, const std::string& name, std::string fallback) {
  auto it = params.find(name);
  return it == params.end() ? fallback : it->second;
}

Result<long long> ParseWholeNumber(const std::string& name, const std::string& text) {
  long long n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) {
    return Status::InvalidArgument(name + " " + text + ": not a whole number");
  }
  return n;
}

Result<std::string> ReadQuery(const WebParams& params) {
  std::string q = ParamOr(params, "q", "");
  if (q.find_first_not_of(" \t") == std::string::npos) {
    return Status::InvalidArgument("empty query: give words to search for");
  }
  return q;
}

namespace {

// limit, offset and facet_size with kosearch-query's bounds and messages.
Status ReadCounts(const WebParams& params, SearchOptions* options) {
  auto number = [&](const std::string& name, long long fallback) -> Result<long long> {
    auto it = params.find(name);
    return it == params.end() ? Result<long long>(fallback) : ParseWholeNumber(name, it->second);
  };
  auto limit = number("limit", 10), offset = number("offset", 0), facet_size = number("facet_size", 10);
  for (const auto* r : {&limit, &offset, &facet_size}) {
    if (!r->ok()) return r->status();
  }
  auto fail = [](std::string msg) { return Status::InvalidArgument(std::move(msg)); };
  if (*limit < 0) return fail("limit " + std::to_string(*limit) + ": give 0 or more (0 only counts the matches)");
  if (*offset < 0) return fail("offset " + std::to_string(*offset) + ": give 0 or more");
  // As in the CLI: offset + limit must fit Xapian's 32-bit counts.
  if (*limit > 1000000) return fail("limit " + std::to_string(*limit) + ": at most 1000000");
  if (*offset > 1000000000) return fail("offset " + std::to_string(*offset) + ": at most 1000000000");
  if (*facet_size < 0) return fail("facet_size " + std::to_string(*facet_size) + ": give 0 (all) or more");
  options->limit = static_cast<size_t>(*limit);
  options->offset = static_cast<size_t>(*offset);
  options->facet_size = static_cast<size_t>(*facet_size);
  return Status::Ok();
}

}  // namespace

Result<SearchRequest> ReadSearchParams(const WebParams& params) {
  if (Status s = CheckParamNames(params, {"q", "limit", "offset", "sort", "facet", "facet_size", "explain"}, {"facet"});
      !s.ok()) {
    return s;
  }
  SearchRequest request;
  if (Status s = ReadCounts(params, &request.options); !s.ok()) return s;
  const std::string sort = ParamOr(params, "sort", "relevance");
  if (sort != "relevance" && sort != "date") {
    return Status::InvalidArgument("sort " + sort + ": give relevance or date");
  }
  request.options.sort_by_date = sort == "date";
  for (auto [it, end] = params.equal_range("facet"); it != end; ++it) request.options.facets.push_back(it->second);
  const std::string explain = ParamOr(params, "explain", "0");
  if (explain != "0" && explain != "1" && explain != "true" && explain != "false") {
    return Status::InvalidArgument("explain " + explain + ": give 1 or 0");
  }
  request.explain = explain == "1" || explain == "true";
  auto q = ReadQuery(params);
  if (!q.ok()) return q.status();
  request.query = std::move(*q);
  return request;
}

}  // namespace kosearch
