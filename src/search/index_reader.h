// What the query planner (query_planner.h) may ask of an index, and nothing
// more: whether it has positions, which terms it has under a prefix, and the
// other spellings of query words some document has. A Xapian database
// implements it below; tests give the planner a fake. Internal header.
#pragma once

#include <xapian.h>

#include <functional>
#include <string>
#include <vector>

#include "kosearch/aliases.h"
#include "search/query_expansion.h"

namespace kosearch {

class IndexReader {
 public:
  virtual ~IndexReader() = default;
  // Whether the index stores term positions (phrases are then matched by
  // Xapian; without them the searcher checks phrases in the stored text).
  virtual bool HasPositions() const = 0;
  // Calls `visit` with each term of the index that starts with `prefix`, in
  // term order, until `visit` returns false.
  virtual void VisitTerms(const std::string& prefix, const std::function<bool(const std::string&)>& visit) const = 0;
  // The other spellings of the plain words of a query (query_expansion.h).
  virtual WordAlternatives Alternatives(const std::vector<QueryWord>& words, const AliasTable& aliases) const = 0;
};

// An IndexReader over a Xapian database (through the search's look-ups,
// which must outlive it), whose analyzer choices (as the database records
// them) are `analyzer`. Its calls throw Xapian::Error (the planner
// translates them).
class XapianIndexReader : public IndexReader {
 public:
  XapianIndexReader(DatabaseLookups& db, const AnalyzerOptions& analyzer) : db_(db), analyzer_(analyzer) {}
  bool HasPositions() const override { return db_.db().has_positions(); }
  void VisitTerms(const std::string& prefix, const std::function<bool(const std::string&)>& visit) const override {
    for (auto it = db_.db().allterms_begin(prefix); it != db_.db().allterms_end(prefix); ++it) {
      if (!visit(*it)) return;
    }
  }
  WordAlternatives Alternatives(const std::vector<QueryWord>& words, const AliasTable& aliases) const override {
    return ExpandWords(words, aliases, db_, analyzer_);
  }

 private:
  DatabaseLookups& db_;
  const AnalyzerOptions analyzer_;
};

}  // namespace kosearch
