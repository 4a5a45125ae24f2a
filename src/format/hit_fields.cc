// The keys and values of a hit for programs (see HitFields in
// include/kosearch/format.h): the one table the CLI's JSON and Python's
// dicts are both built from.
#include "kosearch/format.h"

namespace kosearch {

std::vector<HitField> HitFields(const Hit& h) {
  std::vector<HitField> fields = {
      {"kind", h.kind},     {"id", h.id},       {"title", h.title},
      {"date", h.date},     {"source", h.source}, {"url", h.url},
      {"score", h.score},   {"snippet", RenderHighlights(h.snippet, h.highlights, "[", "]")},
      {"article_id", h.article_id},
  };
  if (h.kind == "quote") {
    fields.insert(fields.end(), {{"speaker", h.speaker},
                                 {"role", h.role},
                                 {"org", h.org},
                                 {"text", h.text},
                                 {"speaker_type", h.speaker_type},
                                 {"speaker_as_written", h.speaker_as_written},
                                 {"reported_by", h.reported_by},
                                 {"confidence", h.confidence},
                                 {"resolved_fuzzily", h.resolved_fuzzily}});
  }
  return fields;
}

}  // namespace kosearch
