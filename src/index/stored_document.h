// The stored document: the data (JSON) each Xapian document carries, the
// one codec for it. The writer (index/document_builder) encodes; every reader
// (hits, phrase checks, loanword vocabularies, questions) decodes.
// schema/README.md lists the fields per kind. Internal header.
#pragma once

#include <string>
#include <string_view>

#include "kosearch/status.h"

namespace kosearch {

struct StoredDocument {
  std::string kind;  // schema::kKindArticle or schema::kKindQuote
  std::string id;    // article id, or "<article id>#q<n>" for a quote (schema::QuoteId)
  std::string title, date, source, url;
  std::string text;  // an article's cleaned body, or the quote
  // Quotes only (absent from an article's data; initialised, so that an
  // article is written without naming them):
  std::string article_id = {};  // the article the quote is from
  std::string speaker = {}, role = {}, org = {};
  std::string speaker_as_written = {};
  bool resolved_fuzzily = false;
  // Schema version 3 (issue 13; see Quote in extract.h): absent in version 2 data.
  std::string speaker_type = {};  // "person", "organization", "role" or empty
  std::string reported_by = {};
  double confidence = 0;

  bool is_quote() const;
  // The article the document belongs to: article_id for a quote, id for an article.
  const std::string& owning_article() const;
};

// The bytes stored for `doc`: a JSON object with the fields of its kind
// (an article has no quote fields), keys sorted, invalid UTF-8 replaced by
// U+FFFD. Never fails.
std::string EncodeStoredDocument(const StoredDocument& doc);

// The document `data` encodes. A field that is absent is empty (false).
// Fails with Corruption (the message says what is wrong) when `data` is not
// a JSON object, its "kind" is neither "article" nor "quote", or a field has
// the wrong type (a string field that is not a string, resolved_fuzzily not
// a boolean, confidence not a number).
Result<StoredDocument> DecodeStoredDocument(std::string_view data);

}  // namespace kosearch
