// ArchiveReader: the narrow view of an open database that the question
// answerer (answer/) works through. It runs a query into hits, fetches the
// best documents of a query, looks terms and alias spellings up and turns
// text into a scored query, and nothing else: answer/ never sees Xapian
// databases, shards or the searcher's state. The searcher implements it
// (searcher_impl.h); tests can implement it over anything.
// Every method may throw Xapian::Error (the searcher's WithRetry translates
// it). Internal header.
#pragma once

#include <xapian.h>

#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "index/stored_document.h"
#include "kosearch/question.h"
#include "kosearch/search.h"

namespace kosearch {

// Term sequences to highlight in snippets (one per word or phrase).
using Highlights = std::vector<std::vector<std::string>>;

class ArchiveReader {
 public:
  virtual ~ArchiveReader() = default;

  // Runs `query` and returns its hits (snippets from `highlight`), counts
  // and facets as SearchOptions ask; `ranked` false: every match scores
  // alike, newest first.
  virtual Result<SearchResponse> Hits(const Xapian::Query& query, const Highlights& highlight,
                                      const SearchOptions& options, bool ranked) = 0;
  // The stored documents of the `limit` best matches of `query` (BM25, equal
  // scores in the sort-key order: the same over shards as in one database).
  virtual std::vector<StoredDocument> BestDocuments(const Xapian::Query& query, size_t limit) = 0;
  // Like BestDocuments, but two documents at most (the best) for each speaker, and
  // only quotes with a speaker: who speaks in the matches, without fetching
  // every quote of each (a document fetch is a round trip to a remote shard).
  virtual std::vector<StoredDocument> BestDocumentPerSpeaker(const Xapian::Query& query, size_t limit) {
    return BestDocuments(query, limit);
  }
  // The ids and scores of the `limit` best matches of `query` (ranked as
  // Hits ranks them), read from the match itself: no document is fetched.
  struct ScoredId {
    std::string id;
    double score = 0;
  };
  virtual std::vector<ScoredId> BestIds(const Xapian::Query& query, size_t limit) {
    SearchOptions options;
    options.limit = limit;
    std::vector<ScoredId> out;
    auto found = Hits(query, {}, options, true);
    if (found.ok()) {
      for (const Hit& h : found->hits) out.push_back({h.id, h.score});
    }
    return out;
  }
  // Whether `query` matches any document (no document fetched).
  virtual bool AnyMatch(const Xapian::Query& query) { return !BestDocuments(query, 1).empty(); }
  // AnyMatch of each of `queries` (an empty query matches nothing), in
  // order: checks that do not depend on each other, which an archive may
  // ask all at once (over remote shards each match is two round trips).
  virtual std::vector<bool> AnyMatchEach(const std::vector<Xapian::Query>& queries) {
    std::vector<bool> out;
    for (const Xapian::Query& q : queries) out.push_back(!q.empty() && AnyMatch(q));
    return out;
  }
  // The Hangul words (as written, particles included) of the texts of the
  // `limit` best matches of `query`: where an English word's
  // transliteration is looked for.
  virtual std::set<std::string> LoanwordVocabulary(const Xapian::Query& query, size_t limit) = 0;
  // Whether some document has the term `term`.
  virtual bool HasTerm(const std::string& term) = 0;
  // A hint: HasTerm will be asked about these terms (an archive may look
  // them all up at once: over remote shards each look-up is a round trip).
  virtual void PrefetchTerms(const std::vector<std::string>& terms) { (void)terms; }
  // Calls `visit` with each term that starts with `prefix` (prefix cut
  // off), in term order, until it returns false.
  virtual void VisitTerms(const std::string& prefix, const std::function<bool(std::string_view)>& visit) = 0;
  // Spellings of `name`: itself first, then its alias group and the
  // aliases mined into the archive, each once.
  virtual std::vector<std::string> Spellings(const std::string& name) = 0;
  // The scored query for free text (every word's terms, a phrase of them
  // when the index has positions), adding its term sequences to `highlight`
  // (may be null); an empty Query when the text has no terms.
  virtual Xapian::Query TextQuery(const std::string& text, Highlights* highlight) = 0;
  // The query of a query-language filter ("date:2013", "source:wikinews");
  // fails with InvalidArgument for a malformed one (and for any, unless the
  // archive plans queries: the searcher's does).
  virtual Result<Xapian::Query> FilterQuery(const std::string& filter) {
    return Status::InvalidArgument("this archive cannot filter by \"" + filter + "\"");
  }
  // What `text` finds as a plain query of the query language (not read as a
  // question), with `options`: the articles a question offers beside its
  // quotes. Fails as the query language rejects `text`; an archive that
  // plans no queries finds nothing.
  // A hint: PlainSearch(text, …) will be asked later; an archive may note
  // now what it will look up then, to ask it along with earlier look-ups.
  virtual void LookAhead(std::string_view text) { (void)text; }
  virtual Result<SearchResponse> PlainSearch(std::string_view text, const SearchOptions& options) {
    (void)text;
    (void)options;
    return SearchResponse{};
  }
};

// Answers the who-said-what question `question` (parsed from `text`) with
// quotes read through `archive`, and offers as its closest articles what
// `text` finds as a plain query (answer/answer.cc). Fails only as
// archive.Hits fails.
Result<SearchResponse> AnswerQuestion(std::string_view text, const Question& question, const SearchOptions& options,
                                      ArchiveReader& archive);

// A Korean question the grammar did not read (ParseQuestion), read through
// the index's quote terms: its subject some quote is keyed by is the speaker
// (answer/quoted_subject.cc). A response that is no question when it cannot
// be read so or no quote answers it: then `text` is searched plainly.
Result<SearchResponse> AnswerThroughQuotedSubject(std::string_view text, const SearchOptions& options, ArchiveReader& archive);

// A Korean what-question whose verb is none of saying, read with the plain
// verb of saying, answered when its speaker resolves in the index
// (answer/neutral_verb_question.cc). A response that is no question when it
// cannot be read so, its speaker is unknown or no quote answers it.
Result<SearchResponse> AnswerWithPlainSayingVerb(std::string_view text, const SearchOptions& options, ArchiveReader& archive);

// A query no reading took for a question that has a word of speech or a
// quoted phrase beside other words, its other words searched over the quotes
// (answer/keywords_over_quotes.cc). A response that is no question when it
// cannot be read so or no quote answers it: then `text` is searched plainly.
Result<SearchResponse> AnswerAsKeywordsOverQuotes(std::string_view text, const SearchOptions& options, ArchiveReader& archive);

}  // namespace kosearch
