// GET /api/timeline (web_api.h): matching quotes (or articles) counted per
// month or year and per speaker, organization or source, for the values
// most often matched.
#include <map>
#include <nlohmann/json.hpp>

#include "kosearch/question.h"
#include "kosearch/web_api.h"
#include "serve/search_params.h"
#include "serve/web_api_impl.h"

namespace kosearch {

namespace {

// Matches bucketed at most (the counts of the values are over all matches).
constexpr size_t kTimelineHits = 10000;

struct TimelineRequest {
  std::string query, by, interval;
  size_t top = 8;
};

Result<TimelineRequest> ReadTimelineParams(const WebParams& params) {
  if (Status s = CheckParamNames(params, {"q", "by", "interval", "top"}); !s.ok()) return s;
  TimelineRequest r;
  r.by = ParamOr(params, "by", "speaker");
  if (r.by != "speaker" && r.by != "org" && r.by != "source") {
    return Status::InvalidArgument("by " + r.by + ": give speaker, org or source");
  }
  r.interval = ParamOr(params, "interval", "month");
  if (r.interval != "month" && r.interval != "year") {
    return Status::InvalidArgument("interval " + r.interval + ": give month or year");
  }
  auto top = ParseWholeNumber("top", ParamOr(params, "top", "8"));
  if (!top.ok()) return top.status();
  if (*top < 1 || *top > 50) return Status::InvalidArgument("top " + std::to_string(*top) + ": give 1 to 50");
  r.top = static_cast<size_t>(*top);
  auto q = ReadQuery(params);
  if (!q.ok()) return q.status();
  r.query = std::move(*q);
  // Speakers and organizations are quotes' fields: a plain query is asked
  // for its quotes (a question already answers with quotes).
  if (r.by != "source" && !ParseQuestion(r.query).is_question && r.query.find("kind:") == std::string::npos) {
    r.query += " kind:quote";
  }
  return r;
}

const std::string& ValueOf(const Hit& hit, const std::string& by) {
  return by == "speaker" ? hit.speaker : by == "org" ? hit.org : hit.source;
}

}  // namespace

WebReply WebApi::Timeline(const WebParams& params) {
  auto request = ReadTimelineParams(params);
  if (!request.ok()) return StatusReply(request.status());
  SearchOptions options;
  options.limit = kTimelineHits;
  options.facets = {request->by};
  options.facet_size = request->top;
  auto searcher = impl_->pool.Acquire();
  if (!searcher.ok()) return StatusReply(searcher.status());
  auto response = (*searcher)->Search(request->query, options);
  if (!response.ok()) return StatusReply(response.status());

  using Json = nlohmann::ordered_json;
  Json values = Json::array();
  std::map<std::string, size_t> charted;
  for (const FacetCount& c : response->facets[request->by]) {
    values.push_back({{"value", c.value}, {"count", c.count}});
    charted.emplace(c.value, charted.size());
  }
  const size_t prefix = request->interval == "month" ? 7 : 4;
  std::map<std::string, std::vector<uint64_t>> buckets;  // interval → count per charted value
  for (const Hit& hit : response->hits) {
    auto value = charted.find(ValueOf(hit, request->by));
    if (value == charted.end() || hit.date.size() < prefix) continue;
    auto& counts = buckets[hit.date.substr(0, prefix)];
    counts.resize(charted.size());
    ++counts[value->second];
  }
  Json intervals = Json::array();
  for (const auto& [interval, counts] : buckets) {
    Json by_value = Json::object();
    for (const auto& v : values) {
      uint64_t n = counts[charted[v["value"].get<std::string>()]];
      if (n) by_value[v["value"].get<std::string>()] = n;
    }
    intervals.push_back({{"interval", interval}, {"counts", by_value}});
  }
  Json j = {{"by", request->by}, {"interval", request->interval}, {"total", response->total},
            {"counted", response->hits.size()}, {"values", values}, {"intervals", intervals}};
  return WebReply{200, "application/json; charset=utf-8", j.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n"};
}

}  // namespace kosearch
