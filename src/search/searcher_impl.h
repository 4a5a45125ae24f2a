// Searcher::Impl: the searcher's open database and how it runs queries.
// Only search/ sees it; the question answerer reads the archive through the
// ArchiveReader it implements (archive_reader.h). Internal header.
#pragma once

#include <xapian.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "extract/amounts.h"
#include "kosearch/aliases.h"
#include "kosearch/search.h"
#include "search/archive_reader.h"
#include "search/database_lookups.h"
#include "search/phrase_check.h"
#include "search/shard_pool.h"
#include "search/shard_set.h"

namespace kosearch {

struct Searcher::Impl final : ArchiveReader {
  Xapian::Database db;  // shards.db(): every live shard, combined
  std::string path;     // names the database in messages (shards.Name())
  ShardSet shards;
  std::shared_ptr<const AliasTable> aliases;
  // What one search asks of `db` more than once (cleared before each try of a search).
  DatabaseLookups lookups{db};
  // Matches local shards side by side (null: all in the calling thread).
  unsigned search_threads = 1;  // SearcherOptions::search_threads
  std::unique_ptr<ShardPool> pool;

  // (Re)starts `pool` for the live shards: after opening or reconnecting.
  void StartPool();
  // `pool` when its copies read the revisions `db` reads, else null.
  ShardPool* ReadyPool() { return pool && pool->InStep(shards.parts()) ? pool.get() : nullptr; }

  // How the database's text was analyzed (what it records): queries,
  // phrase checks and snippets analyze text the same way.
  const AnalyzerOptions& analyzer() const { return shards.analyzer(); }

  // Runs `q` and turns the matches into hits (snippets from `highlight`).
  // `phrases` (index without positions) are checked in each candidate's text.
  // `amounts` (amount: filters) are marked in the snippets too.
  Result<SearchResponse> Run(const Xapian::Query& q, const std::vector<std::vector<std::string>>& highlight,
                             const SearchOptions& options, bool ranked, const std::vector<PhraseCheck>& phrases = {},
                             const std::vector<AmountRange>& amounts = {});
  // Calls `search`, reopening the database and retrying when an indexer
  // commits underneath it, reconnecting the shards after a network error
  // (without a shard that stays unreachable, when partial results are
  // allowed); translates Xapian errors.
  Result<SearchResponse> WithRetry(const std::function<Result<SearchResponse>()>& search);

  // ArchiveReader (searcher_archive.cc), over `db` and `aliases`.
  Result<SearchResponse> Hits(const Xapian::Query& query, const Highlights& highlight, const SearchOptions& options,
                              bool ranked) override;
  std::vector<StoredDocument> BestDocuments(const Xapian::Query& query, size_t limit) override;
  std::set<std::string> LoanwordVocabulary(const Xapian::Query& query, size_t limit) override;
  std::vector<StoredDocument> BestDocumentPerSpeaker(const Xapian::Query& query, size_t limit) override;
  std::vector<ScoredId> BestIds(const Xapian::Query& query, size_t limit) override;
  bool AnyMatch(const Xapian::Query& query) override;
  std::vector<bool> AnyMatchEach(const std::vector<Xapian::Query>& queries) override;
  bool HasTerm(const std::string& term) override;
  // Which of the terms quotes have comes with their frequencies (over
  // remote shards): resolving a speaker asks that of the terms it settles on.
  void PrefetchTerms(const std::vector<std::string>& terms) override {
    lookups.Prefetch(terms, Xapian::Query(schema::Term(schema::kKind, schema::kKindQuote)));
  }
  void VisitTerms(const std::string& prefix, const std::function<bool(std::string_view)>& visit) override;
  std::vector<std::string> Spellings(const std::string& name) override;
  Xapian::Query TextQuery(const std::string& text, Highlights* highlight) override;
  Result<Xapian::Query> FilterQuery(const std::string& filter) override;
  // A plain query (searcher.cc): articles, or quotes when it names a quote field.
  Result<SearchResponse> PlainSearch(std::string_view text, const SearchOptions& options) override;
  void LookAhead(std::string_view text) override;
};

// A hit from a stored document's data; its snippet marks `highlight`, analyzing
// the text with `analyzer`.
Hit HitFromDocument(const std::string& data, double score, const std::vector<std::vector<std::string>>& highlight,
                    const AnalyzerOptions& analyzer, const std::vector<AmountRange>& amounts = {});

}  // namespace kosearch
