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
  std::shared_ptr<AliasTable> aliases;

  // Runs `q` and turns the matches into hits (snippets from `highlight`).
  // `phrases` (index without positions) are checked in each candidate's text.
  // `amounts` (amount: filters) are marked in the snippets too.
  Result<SearchResponse> Run(const Xapian::Query& q, const std::vector<std::vector<std::string>>& highlight,
                             const SearchOptions& options, bool ranked, const std::vector<PhraseCheck>& phrases = {},
                             const std::vector<AmountRange>& amounts = {});
  // Answers a who-said-what question (answer.cc).
  Result<SearchResponse> Answer(const Question& question, const SearchOptions& options);
  // The scored query of a question's topic words, expanded across languages
  // (noted in `understood`); loanwords are looked for among `candidates`.
  Xapian::Query TopicQuery(const std::string& topic, const Xapian::Query& candidates, Understanding* understood,
                           std::vector<std::vector<std::string>>* highlight);
  // The articles that best name the speaker and the topic (no quote answered).
  std::vector<Hit> ClosestArticles(const Xapian::Query& topic, const std::vector<std::string>& speaker_names,
                                   const std::vector<std::vector<std::string>>& highlight, const SearchOptions& options);
  // Calls `search`, reopening the database and retrying when an indexer
  // commits underneath it, reconnecting the shards after a network error
  // (without a shard that stays unreachable, when partial results are
  // allowed); translates Xapian errors.
  Result<SearchResponse> WithRetry(const std::function<Result<SearchResponse>()>& search);
};

// A hit from a stored document.
Hit HitFromDocument(const Xapian::Document& doc, double score, const std::vector<std::vector<std::string>>& highlight,
                    const std::vector<AmountRange>& amounts = {});

}  // namespace kosearch
