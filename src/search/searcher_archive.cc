// Searcher::Impl as the ArchiveReader the question answerer works through
// (see archive_reader.h): each call over the searcher's database and alias table.
#include <xapian.h>

#include "search/best_documents.h"
#include "search/query_expansion.h"
#include "search/query_planner.h"
#include "search/searcher_impl.h"

namespace kosearch {

Result<SearchResponse> Searcher::Impl::Hits(const Xapian::Query& query, const Highlights& highlight,
                                            const SearchOptions& options, bool ranked) {
  return Run(query, highlight, options, ranked);
}

std::vector<StoredDocument> Searcher::Impl::BestDocuments(const Xapian::Query& query, size_t limit) {
  return kosearch::BestDocuments(lookups, query, static_cast<Xapian::doccount>(limit));
}

std::vector<StoredDocument> Searcher::Impl::BestDocumentPerSpeaker(const Xapian::Query& query, size_t limit) {
  return kosearch::BestDocumentPerSpeaker(lookups, query, static_cast<Xapian::doccount>(limit));
}

std::vector<ArchiveReader::ScoredId> Searcher::Impl::BestIds(const Xapian::Query& query, size_t limit) {
  std::vector<ScoredId> out;
  for (auto& [id, score] : kosearch::BestIds(lookups, query, static_cast<Xapian::doccount>(limit))) out.push_back({id, score});
  return out;
}

// Asked of the lookups: remembered for the search, and asked together with others where a step allows.
bool Searcher::Impl::AnyMatch(const Xapian::Query& query) { return !query.empty() && lookups.Matches(query); }

std::vector<bool> Searcher::Impl::AnyMatchEach(const std::vector<Xapian::Query>& queries) {
  return lookups.MatchesEach(queries);
}

std::set<std::string> Searcher::Impl::LoanwordVocabulary(const Xapian::Query& query, size_t limit) {
  return HangulWordsOfBest(lookups, query, static_cast<Xapian::doccount>(limit));
}

bool Searcher::Impl::HasTerm(const std::string& term) { return lookups.TermExists(term); }

void Searcher::Impl::VisitTerms(const std::string& prefix, const std::function<bool(std::string_view)>& visit) {
  lookups.VisitTerms(prefix, visit);
}

std::vector<std::string> Searcher::Impl::Spellings(const std::string& name) { return AliasSpellings(name, *aliases, lookups); }

Xapian::Query Searcher::Impl::TextQuery(const std::string& text, Highlights* highlight) {
  return kosearch::TextQuery(text, "", db.has_positions(), analyzer(), highlight);
}

Result<Xapian::Query> Searcher::Impl::FilterQuery(const std::string& filter) {
  auto plan = ParseQuery(filter, analyzer());
  if (!plan.ok()) return plan.status();
  auto planned = PlanQuery(*plan, *aliases, XapianIndexReader(lookups, analyzer()));
  if (!planned.ok()) return planned.status();
  return planned->query;
}

}  // namespace kosearch
