// Turns one cleaned article and its extraction into Xapian documents: the
// article document and one document per quote. Internal header.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "kosearch/aliases.h"
#include "kosearch/analyzer.h"
#include "kosearch/article.h"
#include "kosearch/cleaner.h"
#include "kosearch/extract.h"

namespace kosearch {

struct BuiltDocuments {
  Xapian::Document article;
  std::vector<Xapian::Document> quotes;  // unique terms XQ<id>#q<n> (schema::QuoteIdTerm)
};

// How text becomes terms in one database: its layout and analyzer choices.
struct TermOptions {
  bool positions = false;    // store term positions (IndexOptions::positions)
  AnalyzerOptions analyzer;  // as the database records it (IndexOptions::analyzer)
};

// `article` as read (raw body), `cleaned` its cleaned body and `fields` the
// extraction from the raw body. `content_hash` is stored to skip unchanged
// re-indexing.
BuiltDocuments BuildDocuments(const Article& article, const CleanedBody& cleaned, const Extraction& fields,
                              const AliasTable& aliases, const std::string& content_hash, const TermOptions& terms);

// Adds the analysed terms of `text` to `doc`, each prefixed with `prefix`,
// with positions from `first_position` when `terms.positions` (else wdf
// only). Returns the position after the last term.
Xapian::termpos IndexText(Xapian::Document& doc, const std::string& text, const std::string& prefix,
                          Xapian::termpos first_position, const TermOptions& terms, Xapian::termcount wdf_inc = 1);

}  // namespace kosearch
