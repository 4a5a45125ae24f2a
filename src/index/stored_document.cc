// The stored document codec (see stored_document.h). The JSON is the one
// schema version 2 has always written, plus the resolved speaker's fields of
// version 3 (speaker_type, reported_by, confidence) on quotes, less what is
// empty: an empty field and a false resolved_fuzzily are left out (every
// version decodes a missing field as empty; most quotes have no role, org or
// speaker, and those keys were a sixth of a quote's stored bytes).
#include "index/stored_document.h"

#include <nlohmann/json.hpp>

#include "index/schema.h"

namespace kosearch {

namespace {

// One string field of the data, and where it lives in the struct; `quote`:
// written for quote documents only (and only when not empty, as every field).
struct TextField {
  const char* key;
  std::string StoredDocument::*member;
  bool quote;
};

constexpr TextField kTextFields[] = {
    {"kind", &StoredDocument::kind, false},
    {"id", &StoredDocument::id, false},
    {"title", &StoredDocument::title, false},
    {"date", &StoredDocument::date, false},
    {"source", &StoredDocument::source, false},
    {"url", &StoredDocument::url, false},
    {"text", &StoredDocument::text, false},
    {"article_id", &StoredDocument::article_id, true},
    {"speaker", &StoredDocument::speaker, true},
    {"role", &StoredDocument::role, true},
    {"org", &StoredDocument::org, true},
    {"speaker_as_written", &StoredDocument::speaker_as_written, true},
    {"speaker_type", &StoredDocument::speaker_type, true},
    {"reported_by", &StoredDocument::reported_by, true},
};
constexpr char kResolvedFuzzily[] = "resolved_fuzzily";
constexpr char kConfidence[] = "confidence";

}  // namespace

bool StoredDocument::is_quote() const { return kind == schema::kKindQuote; }

const std::string& StoredDocument::owning_article() const { return is_quote() ? article_id : id; }

std::string EncodeStoredDocument(const StoredDocument& doc) {
  nlohmann::json data = nlohmann::json::object();
  for (const TextField& f : kTextFields) {
    if ((!f.quote || doc.is_quote()) && !(doc.*f.member).empty()) data[f.key] = doc.*f.member;
  }
  if (doc.is_quote() && doc.resolved_fuzzily) data[kResolvedFuzzily] = true;
  if (doc.is_quote() && doc.confidence != 0) data[kConfidence] = doc.confidence;
  return data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<StoredDocument> DecodeStoredDocument(std::string_view data) {
  nlohmann::json json = nlohmann::json::parse(data, nullptr, false);
  if (json.is_discarded()) return Status::Corruption("stored document is not valid JSON");
  if (!json.is_object()) return Status::Corruption("stored document is not a JSON object");
  StoredDocument doc;
  for (const TextField& f : kTextFields) {
    auto it = json.find(f.key);
    if (it == json.end()) continue;
    if (!it->is_string()) return Status::Corruption(std::string("stored document: \"") + f.key + "\" is not a string");
    doc.*f.member = it->get<std::string>();
  }
  if (doc.kind != schema::kKindArticle && doc.kind != schema::kKindQuote) {
    return Status::Corruption("stored document: kind \"" + doc.kind + "\" is neither article nor quote");
  }
  if (auto it = json.find(kResolvedFuzzily); it != json.end()) {
    if (!it->is_boolean()) return Status::Corruption("stored document: \"resolved_fuzzily\" is not a boolean");
    doc.resolved_fuzzily = it->get<bool>();
  }
  if (auto it = json.find(kConfidence); it != json.end()) {
    if (!it->is_number()) return Status::Corruption("stored document: \"confidence\" is not a number");
    doc.confidence = it->get<double>();
  }
  return doc;
}

}  // namespace kosearch
