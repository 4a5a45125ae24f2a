// Reading a request's query parameters into what kosearch-query would get
// from the same flags, with the same checks and messages (the flag's name
// written as the parameter's: "limit -1: give 0 or more ...").
// Internal header.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "kosearch/search.h"
#include "kosearch/web_api.h"

namespace kosearch {

struct SearchRequest {
  std::string query;
  SearchOptions options;
  bool explain = false;
};

// q, limit, offset, sort, facet (repeatable), facet_size, explain; defaults
// as kosearch-query's (limit 10, facet_size 10). Fails with InvalidArgument:
// an unknown or repeated parameter, a number out of the CLI's bounds, an
// empty query.
Result<SearchRequest> ReadSearchParams(const WebParams& params);

// Fails with InvalidArgument naming the first parameter not in `known`, or
// one of them given twice (except those in `repeatable`).
Status CheckParamNames(const WebParams& params, std::initializer_list<std::string_view> known,
                       std::initializer_list<std::string_view> repeatable = {});

// The value of `name`, or `fallback` when absent.
std::string ParamOr(const WebParams& params, const std::string& name, std::string fallback);

// `text` as a whole number; else InvalidArgument "NAME TEXT: not a whole
// number" (bounds are the caller's to check and word).
Result<long long> ParseWholeNumber(const std::string& name, const std::string& text);

// The query `q`: InvalidArgument "empty query: give words to search for" when blank.
Result<std::string> ReadQuery(const WebParams& params);

}  // namespace kosearch
