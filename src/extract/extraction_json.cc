// ExtractionToJsonLine: the one-line JSON record `kosearch-index --extract`
// prints per article (field list in include/kosearch/extract.h).
#include <nlohmann/json.hpp>

#include "kosearch/extract.h"

namespace kosearch {

std::string ExtractionToJsonLine(const std::string& article_id, const Extraction& x) {
  using nlohmann::json;
  json quotes = json::array();
  for (const Quote& q : x.quotes) {
    quotes.push_back({{"text", q.text},
                      {"start", q.start},
                      {"end", q.end},
                      {"speaker", q.speaker},
                      {"role", q.role},
                      {"org", q.org},
                      {"speaker_type", q.speaker_type},
                      {"speaker_as_written", q.speaker_as_written},
                      {"reported_by", q.reported_by},
                      {"confidence", q.confidence},
                      {"resolved_fuzzily", q.resolved_fuzzily}});
  }
  json people = json::array();
  for (const Person& p : x.people) {
    people.push_back({{"name", p.name}, {"role", p.role}, {"org", p.org}, {"start", p.start}, {"end", p.end}});
  }
  json orgs = json::array();
  for (const Organization& o : x.orgs) {
    orgs.push_back({{"name", o.name}, {"canonical", o.canonical}, {"aliases", o.aliases}, {"start", o.start}, {"end", o.end}});
  }
  json amounts = json::array();
  for (const Amount& a : x.amounts) {
    amounts.push_back({{"text", a.text}, {"start", a.start}, {"end", a.end}, {"value", a.value}, {"unit", a.unit}});
  }
  json entities = json::array();
  for (const Entity& e : x.entities) {
    entities.push_back({{"start", e.start}, {"end", e.end}, {"type", e.type}, {"text", e.text}});
  }
  json mined = json::array();
  for (const MinedAlias& m : x.mined_aliases) mined.push_back({{"name", m.name}, {"alias", m.alias}});
  json line = {{"id", article_id}, {"quotes", quotes},     {"people", people},          {"orgs", orgs},
               {"amounts", amounts}, {"entities", entities}, {"mined_aliases", mined}};
  // UTF-8 as is (no \u escapes); a stray invalid byte becomes U+FFFD instead of throwing.
  return line.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace kosearch
