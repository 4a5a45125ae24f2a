// An ArchiveReader that remembers the answers to the lookups a question
// repeats (a term's existence, a name's spellings, a prefix's terms):
// resolving a speaker asks the same few again and again, and over remote
// shards each is a round trip; the index's speaker and organization keys
// (HangulKeys, speaker_keys.h) are scanned once however many steps read them.
// Everything else is passed through. Lives for one question (answer.cc).
// Internal header.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "search/archive_reader.h"

namespace kosearch {

class CachedArchive : public ArchiveReader {
 public:
  explicit CachedArchive(ArchiveReader& archive) : archive_(archive) {}

  Result<SearchResponse> Hits(const Xapian::Query& query, const Highlights& highlight, const SearchOptions& options,
                              bool ranked) override {
    return archive_.Hits(query, highlight, options, ranked);
  }
  std::vector<StoredDocument> BestDocuments(const Xapian::Query& query, size_t limit) override {
    return archive_.BestDocuments(query, limit);
  }
  std::vector<StoredDocument> BestDocumentPerSpeaker(const Xapian::Query& query, size_t limit) override {
    return archive_.BestDocumentPerSpeaker(query, limit);
  }
  std::vector<ScoredId> BestIds(const Xapian::Query& query, size_t limit) override { return archive_.BestIds(query, limit); }
  bool AnyMatch(const Xapian::Query& query) override { return archive_.AnyMatch(query); }
  std::vector<bool> AnyMatchEach(const std::vector<Xapian::Query>& queries) override {
    return archive_.AnyMatchEach(queries);
  }
  std::set<std::string> LoanwordVocabulary(const Xapian::Query& query, size_t limit) override {
    return archive_.LoanwordVocabulary(query, limit);
  }
  bool HasTerm(const std::string& term) override {
    auto it = has_term_.find(term);
    if (it == has_term_.end()) it = has_term_.emplace(term, archive_.HasTerm(term)).first;
    return it->second;
  }
  void PrefetchTerms(const std::vector<std::string>& terms) override {
    std::vector<std::string> unknown;
    for (const auto& t : terms) {
      if (!has_term_.count(t)) unknown.push_back(t);
    }
    archive_.PrefetchTerms(unknown);
  }
  // The terms visited before are replayed; a scan its visitor stopped goes
  // on past them when a later visitor wants more.
  void VisitTerms(const std::string& prefix, const std::function<bool(std::string_view)>& visit) override {
    VisitedTerms& seen = visited_[prefix];
    for (size_t i = 0; i < seen.terms.size(); ++i) {
      if (!visit(seen.terms[i])) return;
    }
    if (seen.complete) return;
    size_t skip = seen.terms.size();
    bool stopped = false;
    archive_.VisitTerms(prefix, [&](std::string_view term) {
      if (skip > 0) {
        --skip;
        return true;
      }
      seen.terms.emplace_back(term);
      stopped = !visit(term);
      return !stopped;
    });
    seen.complete = !stopped;
  }
  std::vector<std::string> Spellings(const std::string& name) override {
    auto it = spellings_.find(name);
    if (it == spellings_.end()) it = spellings_.emplace(name, archive_.Spellings(name)).first;
    return it->second;
  }
  Xapian::Query TextQuery(const std::string& text, Highlights* highlight) override {
    return archive_.TextQuery(text, highlight);
  }
  Result<Xapian::Query> FilterQuery(const std::string& filter) override { return archive_.FilterQuery(filter); }
  void LookAhead(std::string_view text) override { archive_.LookAhead(text); }
  Result<SearchResponse> PlainSearch(std::string_view text, const SearchOptions& options) override {
    return archive_.PlainSearch(text, options);
  }

 private:
  ArchiveReader& archive_;
  std::map<std::string, bool> has_term_;
  std::map<std::string, std::vector<std::string>> spellings_;
  struct VisitedTerms {
    std::vector<std::string> terms;  // in term order, from the prefix's first
    bool complete = false;           // every term of the prefix
  };
  std::map<std::string, VisitedTerms> visited_;
};

}  // namespace kosearch
