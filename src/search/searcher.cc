// Searcher (see include/kosearch/search.h): runs parsed queries, builds hits
// with snippets, counts facets. Xapian errors are translated here.
#include <xapian.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <thread>
#include <unordered_map>

#include "kosearch/aliases.h"
#include "kosearch/search.h"
#include "search/parallel_match.h"
#include "search/query_parser.h"
#include "search/query_planner.h"
#include "index/schema.h"
#include "index/sort_key.h"
#include "index/stored_document.h"
#include "search/searcher_impl.h"
#include "search/snippet.h"

namespace kosearch {

namespace {

constexpr size_t kSnippetChars = 160;
// Facets count at most this many matches (documented in the README); over
// shards, this many in each shard.
constexpr Xapian::doccount kFacetScanLimit = 200000;

// Without positions, a phrase query checks at most this many candidates'
// texts (the best-ranked ones), so a phrase whose terms are common but
// rarely adjacent costs a bounded time; totals and facets are then
// estimated/counted over those (documented in the README).
constexpr Xapian::doccount kPhraseCheckLimit = 10000;

// Adds `n` matches of the whole slot value `v` to `counts`: split at '\n'
// (orgs, people) or cut to a prefix (year of a date).
void CountFacetValue(const std::string& v, uint64_t n, size_t prefix_len, std::unordered_map<std::string, uint64_t>* counts) {
  size_t at = 0;
  while (at < v.size()) {
    size_t nl = v.find('\n', at);
    if (nl == std::string::npos) nl = v.size();
    std::string item = v.substr(at, nl - at);
    if (prefix_len && item.size() > prefix_len) item.resize(prefix_len);
    if (!item.empty()) (*counts)[item] += n;
    at = nl + 1;
  }
}

// Most frequent first, ties by value; the first `size` (0: all).
std::vector<FacetCount> SortedFacets(const std::unordered_map<std::string, uint64_t>& counts, size_t size) {
  std::vector<FacetCount> out;
  for (const auto& [k, v] : counts) out.push_back({k, v});
  std::sort(out.begin(), out.end(), [](const FacetCount& a, const FacetCount& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
  if (size > 0 && out.size() > size) out.resize(size);
  return out;
}

bool FacetSlot(const std::string& name, Xapian::valueno* slot, size_t* prefix_len) {
  *prefix_len = 0;
  if (name == "speaker") { *slot = schema::kSlotSpeaker; return true; }
  if (name == "org") { *slot = schema::kSlotOrgs; return true; }
  if (name == "person") { *slot = schema::kSlotPeople; return true; }
  if (name == "source") { *slot = schema::kSlotSource; return true; }
  if (name == "year") { *slot = schema::kSlotDate; *prefix_len = 4; return true; }
  return false;
}

// BM25 with k1 0.8 and b 0.5 (Xapian's defaults are 1 and 0.5): measured on
// the KorQuAD tune questions, MRR@10 varies by < 0.002 for k1 in 0.6–1.0
// (bench/retrieval_results.md); bigram terms saturate a little faster.
Xapian::BM25Weight RankingWeight() { return Xapian::BM25Weight(0.8, 0, 1, 0.5, 0.5); }

}  // namespace

Hit HitFromDocument(const std::string& data, double score, const std::vector<std::vector<std::string>>& highlight,
                    const AnalyzerOptions& analyzer, const std::vector<AmountRange>& amounts) {
  Hit h;
  h.score = score;
  auto decoded = DecodeStoredDocument(data);
  if (!decoded.ok()) return h;
  StoredDocument& d = *decoded;
  h.kind = d.kind;
  h.id = d.id;
  h.article_id = d.owning_article();
  h.title = std::move(d.title);
  h.date = std::move(d.date);
  h.source = std::move(d.source);
  h.url = std::move(d.url);
  // A quote is shown whole; an article by a snippet of its body.
  Snippet s = MakeSnippet(d.text, highlight, d.is_quote() ? 0 : kSnippetChars, analyzer, amounts);
  h.snippet = std::move(s.text);
  h.highlights = std::move(s.highlights);
  if (d.is_quote()) {
    h.speaker = std::move(d.speaker);
    h.role = std::move(d.role);
    h.org = std::move(d.org);
    h.text = std::move(d.text);
    h.speaker_as_written = std::move(d.speaker_as_written);
    h.resolved_fuzzily = d.resolved_fuzzily;
    h.speaker_type = std::move(d.speaker_type);
    h.reported_by = std::move(d.reported_by);
    h.confidence = d.confidence;
  }
  return h;
}

Searcher::Searcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Searcher::~Searcher() = default;

Result<std::unique_ptr<Searcher>> Searcher::Open(const std::string& path, const SearcherOptions& options) {
  // A folder, a stub file or a folder holding a stub (XAPIANDB): one shard or many.
  DatabaseSpec spec;
  if (Status s = spec.AddLocation(path); !s.ok()) return s;
  return Open(spec, options);
}

Result<std::unique_ptr<Searcher>> Searcher::Open(const DatabaseSpec& spec, const SearcherOptions& options) {
  std::shared_ptr<const AliasTable> aliases = options.aliases;
  if (!aliases) {
    auto loaded = AliasTable::LoadFromSchema(options.schema_dir);
    if (!loaded.ok()) return loaded.status();
    aliases = std::move(loaded).value();
  }
  // A compaction may switch a folder from its shards to the merged database
  // between reading its stub and opening the shards, or a shard's own folder
  // between the reads of one open (its version file, its stub, the copy that
  // stub names): each step leaves a whole database, so the spec is read and
  // opened again. A local shard that is not there (NotFound) is tried a few
  // times even when the spec reads the same; other failures only when it changed.
  DatabaseSpec current = spec;
  auto shards = ShardSet::Open(current);
  for (int attempt = 1; !shards.ok() && attempt < 4; ++attempt) {
    auto again = current.Reread();
    if (!again.ok()) break;
    const bool switched = again->Describe() != current.Describe();
    if (!switched && shards.status().code() != Status::Code::kNotFound) break;  // a real failure
    if (!switched) PauseBeforeRetry(attempt);
    current = std::move(again).value();
    shards = ShardSet::Open(current);
  }
  if (!shards.ok()) return shards.status();
  auto impl = std::make_unique<Impl>();
  impl->shards = std::move(*shards);
  impl->db = impl->shards.db();
  impl->path = impl->shards.Name();
  impl->aliases = std::move(aliases);
  impl->search_threads = options.search_threads;
  impl->StartPool();
  return std::unique_ptr<Searcher>(new Searcher(std::move(impl)));
}

uint64_t Searcher::ArticleCount() {
  for (int attempt = 0; attempt < 5; ++attempt) {
    try {
      return impl_->db.get_termfreq(schema::Term(schema::kKind, schema::kKindArticle));
    } catch (const Xapian::DatabaseModifiedError&) {
      try { impl_->db.reopen(); } catch (const Xapian::Error&) { return 0; }
    } catch (const Xapian::Error&) {
      return 0;
    }
  }
  return 0;
}

Result<DatabaseStats> Searcher::Stats() {
  DatabaseStats stats;
  for (const Shard& shard : impl_->shards.spec().shards) {
    ++stats.shards;
    if (shard.remote()) { ++stats.remote_shards; continue; }
    std::error_code ec;
    for (std::filesystem::recursive_directory_iterator it(shard.path, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec)) stats.bytes_on_disk += it->file_size(ec);
    }
  }
  auto count = impl_->WithRetry([&]() -> Result<SearchResponse> {
    const Xapian::Database& db = impl_->db;
    stats.articles = db.get_termfreq(schema::Term(schema::kKind, schema::kKindArticle));
    stats.quotes = db.get_termfreq(schema::Term(schema::kKind, schema::kKindQuote));
    stats.positions = db.get_metadata(schema::kPositionsKey) != "0";
    stats.append_only = db.get_metadata(schema::kAppendOnlyKey) == "1";
    stats.schema_version = std::atoi(db.get_metadata(schema::kVersionKey).c_str());
    stats.analyzer = impl_->analyzer();
    return SearchResponse{};
  });
  if (!count.ok()) return count.status();
  return stats;
}

Status Searcher::Reopen() {
  try {
    impl_->db.reopen();
  } catch (const Xapian::NetworkError&) {
    Status s = impl_->shards.Reconnect();
    if (s.ok()) {
      impl_->db = impl_->shards.db();
      impl_->StartPool();
    }
    return s;
  } catch (const Xapian::Error& e) {
    // A compaction switched what this searcher has open (the shards merged and
    // removed, a shard's swap copy removed): the folders are read again.
    auto again = impl_->shards.spec().Reread();
    auto reopened = again.ok() ? ShardSet::Open(*again) : Result<ShardSet>(again.status());
    if (!reopened.ok()) return Status::IOError(impl_->path + ": " + e.get_description());
    impl_->shards = std::move(*reopened);
    impl_->db = impl_->shards.db();
    impl_->path = impl_->shards.Name();
    impl_->StartPool();
  }
  return Status::Ok();
}

Result<SearchResponse> Searcher::Search(std::string_view query, const SearchOptions& options) {
  for (const auto& f : options.facets) {
    Xapian::valueno slot;
    size_t len;
    if (!FacetSlot(f, &slot, &len)) return Status::InvalidArgument("unknown facet \"" + f + "\" (known: speaker, org, person, source, year)");
  }
  Question question = options.read_questions ? ParseQuestion(query) : Question{};
  if (question.is_question) return impl_->WithRetry([&] { return AnswerQuestion(query, question, options, *impl_); });
  // A Korean question the grammar did not read, whose subject some quote is
  // keyed by. A reading that fails is no reason to fail the search the text
  // asked for: the plain search answers then.
  if (options.read_questions) {
    auto read = impl_->WithRetry([&] { return AnswerThroughQuotedSubject(query, options, *impl_); });
    if (read.ok() && read->is_question) return read;
    // A what-question whose verb is none of saying, asked of a speaker the index knows.
    auto plain_verb = impl_->WithRetry([&] { return AnswerWithPlainSayingVerb(query, options, *impl_); });
    if (plain_verb.ok() && plain_verb->is_question) return plain_verb;
    // Keywords with a word of speech ("<기관> 관계자 <주제> 입장"): searched over the quotes.
    auto keywords = impl_->WithRetry([&] { return AnswerAsKeywordsOverQuotes(query, options, *impl_); });
    if (keywords.ok() && keywords->is_question) return keywords;
  }
  return impl_->WithRetry([&] { return impl_->PlainSearch(query, options); });
}

// Over remote shards: the query expansion of `text` runs dry now, its
// look-ups pending until the next match that asks several things at once
// (a question's first: its speaker's name terms), so that the closest
// articles' search asks fewer of its own later.
void Searcher::Impl::LookAhead(std::string_view text) {
  if (!lookups.batch_lookups()) return;
  auto plan = ParseQuery(text, analyzer());
  if (!plan.ok()) return;
  lookups.SetLookingAhead(true);
  try {
    (void)PlanQuery(*plan, *aliases, XapianIndexReader(lookups, analyzer()));
  } catch (...) {
    lookups.SetLookingAhead(false);
    throw;
  }
  lookups.SetLookingAhead(false);
}

Result<SearchResponse> Searcher::Impl::PlainSearch(std::string_view text, const SearchOptions& options) {
  auto plan = ParseQuery(text, analyzer());
  if (!plan.ok()) return plan.status();
  auto parsed = PlanQuery(*plan, *aliases, XapianIndexReader(lookups, analyzer()));
  if (!parsed.ok()) return parsed.status();
  Xapian::Query q = parsed->query;
  // Quote documents answer quote questions; plain text searches find articles.
  if (!parsed->mentions_kind && !parsed->mentions_amount) {
    const char* kind = parsed->mentions_quote_field ? schema::kKindQuote : schema::kKindArticle;
    q = Xapian::Query(Xapian::Query::OP_FILTER, q, Xapian::Query(schema::Term(schema::kKind, kind)));
  }
  auto run = Run(q, parsed->highlight, options, parsed->has_text, parsed->phrases, parsed->amounts);
  if (run.ok()) run->alternatives = std::move(parsed->alternatives);
  return run;
}

namespace {

// Facet counts from Xapian's own ValueCountMatchSpy (a custom MatchSpy cannot
// run inside a stock xapian-tcpsrv): it counts each distinct whole value of
// the slot; splitting and adding up gives the per-item counts exactly.
// Counted in a pass of their own, unranked and unsorted: Xapian 1.4 counts a
// remote shard's matches twice in a match spy when the match set is sorted
// by a value (its MultiMatch skips the "already counted remotely" check on
// that path). Every match is checked (up to the limit), so the total is
// exact up to it: sets resp->total, total_exact and facets.
void CountFacets(const Xapian::Database& db, ShardPool* pool, const Xapian::Query& q, const SearchOptions& options,
                 SearchResponse* resp) {
  const std::vector<std::string>& facets = options.facets;
  std::vector<Xapian::valueno> slots;
  std::vector<size_t> prefix_lens;
  for (const auto& f : facets) {
    Xapian::valueno slot = 0;
    size_t len = 0;
    FacetSlot(f, &slot, &len);  // known: Search checked the names
    slots.push_back(slot);
    prefix_lens.push_back(len);
  }
  Xapian::doccount check = std::min<Xapian::doccount>(db.get_doccount(), kFacetScanLimit);
  ValueCounts values = pool ? ParallelCountValues(*pool, db, q, slots, check) : CountValues(db, q, slots, check);
  for (size_t i = 0; i < slots.size(); ++i) {
    std::unordered_map<std::string, uint64_t> counts;
    for (const auto& [value, n] : values.per_slot[i]) CountFacetValue(value, n, prefix_lens[i], &counts);
    resp->facets[facets[i]] = SortedFacets(counts, options.facet_size);
  }
  resp->total = values.counts.estimated;
  resp->total_exact = values.counts.exact();
}

// The matches of `enquire` whose text has every phrase, best first: checks
// every candidate, up to kPhraseCheckLimit, so that the total does not
// depend on the page asked for. Sets *total (exact when every candidate was
// checked, else estimated from the share that passed) and *exact.
std::vector<std::pair<Xapian::Document, double>> PhraseMatches(Xapian::Enquire& enquire, const std::vector<PhraseCheck>& phrases,
                                                               const AnalyzerOptions& analyzer, uint64_t* total, bool* exact) {
  std::vector<std::pair<Xapian::Document, double>> kept;
  // From the first match: MSet::fetch with an offset crashes in 1.4.22.
  Xapian::MSet mset = enquire.get_mset(0, kPhraseCheckLimit);
  mset.fetch(mset.begin(), mset.end());
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Xapian::Document doc = it.get_document();
    if (DocumentHasPhrases(StoredData(doc), phrases, analyzer)) kept.emplace_back(std::move(doc), it.get_weight());
  }
  *exact = mset.size() < kPhraseCheckLimit;
  *total = *exact || mset.empty()
               ? kept.size()
               : static_cast<uint64_t>(static_cast<double>(kept.size()) / mset.size() * mset.get_matches_estimated());
  return kept;
}

}  // namespace

Result<SearchResponse> Searcher::Impl::Run(const Xapian::Query& q, const std::vector<std::vector<std::string>>& highlight,
                                           const SearchOptions& options, bool ranked, const std::vector<PhraseCheck>& phrases,
                                           const std::vector<AmountRange>& amounts) {
  // Equal scores are ordered by the sort key (newest first, then by id), not
  // by Xapian's docid: docids depend on which shard holds a document, so this
  // keeps the order of a sharded database that of a single one. Unranked
  // matches all score alike: newest first either way.
  const MatchOrder order = !ranked                ? MatchOrder::kSortKey
                           : options.sort_by_date ? MatchOrder::kDateThenRelevance
                                                  : MatchOrder::kRelevance;
  Xapian::Enquire enquire(db);
  enquire.set_query(q);
  enquire.set_weighting_scheme(RankingWeight());
  SetOrder(enquire, order, lookups.sort_slot());
  SearchResponse resp;
  resp.xapian_query = q.get_description();
  if (!phrases.empty()) {
    // No positions in the index: the query matched every term of each
    // phrase; keep the candidates whose text has them in order.
    auto kept = PhraseMatches(enquire, phrases, analyzer(), &resp.total, &resp.total_exact);
    for (size_t i = options.offset; i < kept.size() && i - options.offset < options.limit; ++i) {
      resp.hits.push_back(HitFromDocument(StoredData(kept[i].first), kept[i].second, highlight, analyzer(), amounts));
    }
    for (const auto& f : options.facets) {
      Xapian::valueno slot = 0;
      size_t len = 0;
      FacetSlot(f, &slot, &len);
      std::unordered_map<std::string, uint64_t> counts;
      for (const auto& [doc, weight] : kept) CountFacetValue(doc.get_value(slot), 1, len, &counts);
      resp.facets[f] = SortedFacets(counts, options.facet_size);
    }
    return resp;
  }
  // Counted exactly up to kExactCountLimit matches, whatever the page (in
  // each shard when the shards match side by side).
  const auto first = static_cast<Xapian::doccount>(options.offset), max = static_cast<Xapian::doccount>(options.limit);
  if (ShardPool* shard_pool = ReadyPool()) {
    MergedMatches merged = ParallelMatches(*shard_pool, db, q, RankingWeight(), order, first, max, kExactCountLimit);
    resp.total = merged.counts.estimated;
    resp.total_exact = merged.counts.exact();
    for (const ShardMatch& m : merged.matches) {
      resp.hits.push_back(HitFromDocument(lookups.DocumentData(m.docid, m.sort_key), m.weight, highlight, analyzer(), amounts));
    }
  } else {
    Xapian::MSet mset = enquire.get_mset(first, max, kExactCountLimit);
    resp.total = mset.get_matches_estimated();
    resp.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
    // Each hit from its match's sort key (index/sort_key.h); a database
    // indexed before that pays a round trip per document over remote shards
    // (Xapian 1.4 fetches them one by one, MSet::fetch too).
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      resp.hits.push_back(HitFromDocument(lookups.DocumentData(it), it.get_weight(), highlight, analyzer(), amounts));
    }
  }
  if (!options.facets.empty()) CountFacets(db, ReadyPool(), q, options, &resp);
  return resp;
}

void Searcher::Impl::StartPool() {
  pool.reset();
  std::vector<std::string> paths;
  for (const Shard& shard : shards.spec().shards) {
    if (shard.remote()) return;  // remote shards match on their servers
    paths.push_back(shard.path);
  }
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  try {
    pool = ShardPool::Start(shards.parts(), paths, std::min(search_threads ? search_threads : cores, cores));
  } catch (const Xapian::Error&) {
    pool.reset();  // a copy that does not open: match in the calling thread
  }
}

Result<SearchResponse> Searcher::Impl::WithRetry(const std::function<Result<SearchResponse>()>& search) {
  // A shard server died, hung past the time-out, or closed an idle
  // connection: reconnect every shard; one that stays unreachable fails the
  // search (naming it) or, with partial results allowed, is left out. At most
  // kNetworkRetries times, so a search ends within a few time-outs.
  constexpr int kNetworkRetries = 2;
  int network_retries = 0;
  auto reconnect = [&](const Xapian::Error& e) -> Status {
    if (++network_retries > kNetworkRetries) return Status::IOError(path + ": search failed: " + e.get_description());
    Status s = shards.Reconnect();
    if (s.ok()) {
      db = shards.db();
      StartPool();
    }
    return s;
  };
  // Reopens after a commit overwrote what the search read; *changed: the
  // database has a new revision since it was last opened.
  auto reopen = [&](bool* changed) -> Status {
    try {
      *changed = db.reopen();
    } catch (const Xapian::NetworkError& e) {
      return reconnect(e);
    } catch (const Xapian::DatabaseModifiedError&) {
      *changed = true;  // another commit during the reopen: the next try reopens again
    } catch (const Xapian::DatabaseCorruptError&) {
      *changed = true;  // it read a block that commit reused: likewise
    } catch (const Xapian::Error& e) {
      return Status::IOError(path + ": " + e.get_description());
    }
    return Status::Ok();
  };
  // An error read from a database that has a new revision since is tried again.
  auto retry_if_changed = [&](const Xapian::Error& e, int attempt) -> Status {
    bool changed = false;
    if (Status s = reopen(&changed); !s.ok()) return s;
    if (!changed || attempt + 1 >= kChangedRetries) return Status::IOError(path + ": search failed: " + e.get_description());
    if (attempt > 0) PauseBeforeRetry(attempt);
    return Status::Ok();
  };
  for (int attempt = 0;; ++attempt) {
    bool changed = false;
    lookups.Clear();  // a new try reads the database afresh
    // Over remote shards each match carries its stored document (a fetch is a round trip).
    lookups.SetSortSlot(shards.hits_in_matches() && shards.any_remote() ? schema::kSlotHit : schema::kSlotSort);
    lookups.SetBatchLookups(shards.any_remote());  // each look-up a round trip: asked together where a step allows
    try {
      auto resp = search();
      if (resp.ok()) resp->missing_shards = shards.missing();
      return resp;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt + 1 >= kChangedRetries) {
        return Status::IOError(path + ": database keeps changing under the search; try again");
      }
      if (attempt > 0) PauseBeforeRetry(attempt);
      if (Status s = reopen(&changed); !s.ok()) return s;
    } catch (const Xapian::NetworkError& e) {
      if (Status s = reconnect(e); !s.ok()) return s;
    } catch (const Xapian::DatabaseError& e) {
      // A commit may reuse a block the search is reading before Xapian sees
      // the revision change ("EOF reading block …"): an error on a database
      // with a new revision since is tried again; on an unchanged one it is real.
      if (Status s = retry_if_changed(e, attempt); !s.ok()) return s;
    } catch (const Xapian::DocNotFoundError& e) {
      // The same race read through a reused block: a stored document of the
      // old revision "not found" (seen once in 1,516 searches during commits).
      if (Status s = retry_if_changed(e, attempt); !s.ok()) return s;
    } catch (const Xapian::Error& e) {
      return Status::IOError(path + ": search failed: " + e.get_description());
    }
  }
}

}  // namespace kosearch
