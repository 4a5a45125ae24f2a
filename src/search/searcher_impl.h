// Searcher::Impl, shared by searcher.cc and the question answering code.
// Internal header.
#pragma once

#include <xapian.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "extract/amounts.h"
#include "kosearch/aliases.h"
#include "kosearch/search.h"
#include "search/phrase_check.h"
#include "search/shard_set.h"

namespace kosearch {

struct Searcher::Impl {
  Xapian::Database db;  // shards.db(): every live shard, combined
  std::string path;     // names the database in messages (shards.Name())
  ShardSet shards;
  std::shared_ptr<const AliasTable> aliases;

  // How the database's text was analyzed (what it records): queries,
  // phrase checks and snippets analyze text the same way.
  const AnalyzerOptions& analyzer() const { return shards.analyzer(); }

  // Runs `q` and turns the matches into hits (snippets from `highlight`).
  // `phrases` (index without positions) are checked in each candidate's text.
  // `amounts` (amount: filters) are marked in the snippets too.
  Result<SearchResponse> Run(const Xapian::Query& q, const std::vector<std::vector<std::string>>& highlight,
                             const SearchOptions& options, bool ranked, const std::vector<PhraseCheck>& phrases = {},
                             const std::vector<AmountRange>& amounts = {});
  // Answers a who-said-what question (answer.cc).
  Result<SearchResponse> Answer(const Question& question, const SearchOptions& options);
  // Calls `search`, reopening the database and retrying when an indexer
  // commits underneath it, reconnecting the shards after a network error
  // (without a shard that stays unreachable, when partial results are
  // allowed); translates Xapian errors.
  Result<SearchResponse> WithRetry(const std::function<Result<SearchResponse>()>& search);
};

// A hit from a stored document; its snippet marks `highlight`, analyzing
// the text with `analyzer`.
Hit HitFromDocument(const Xapian::Document& doc, double score, const std::vector<std::vector<std::string>>& highlight,
                    const AnalyzerOptions& analyzer, const std::vector<AmountRange>& amounts = {});

}  // namespace kosearch
