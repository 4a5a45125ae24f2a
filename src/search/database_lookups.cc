// A search's look-ups, each asked of the database once (see database_lookups.h).
#include "search/database_lookups.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>

#include "index/sort_key.h"

namespace kosearch {

void DatabaseLookups::Clear() {
  exists_.clear();
  freq_.clear();
  listings_.clear();
  data_.clear();
  matches_.clear();
  within_.clear();
  memo_.clear();
  dry_run_ = false;
  dry_queries_.clear();
  dry_terms_.clear();
  dry_prefixes_.clear();
  pending_queries_.clear();
  pending_terms_.clear();
  pending_prefixes_.clear();
  prefixes_with_terms_.clear();
  looking_ahead_ = false;
}

namespace {

// Queries a dry run resolves in one match: the n-th weighs 2^n, exact in a double.
constexpr size_t kMaxDryQueries = 48;
// Matches read to learn which queries match: when fewer match, every
// matching document was read and a query none of them matches matches nothing.
constexpr Xapian::doccount kDryRunWindow = 1000;

}  // namespace

std::vector<std::optional<bool>> DatabaseLookups::MatchEach(const std::vector<Xapian::Query>& asked,
                                                             const std::vector<std::string>& asked_terms) {
  // What a dry run left to ask rides along, as many as fit: whether a
  // listing of each prefix would list anything (its first term), whether
  // each query matches, the frequencies of the terms.
  std::vector<Xapian::Query> queries = asked;
  std::vector<std::string> terms = asked_terms;
  std::vector<std::string> prefixes, descriptions;  // of the riders, after `asked` in `queries`
  auto has = [](const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); };
  for (const std::string& p : pending_prefixes_) {
    if (queries.size() == kMaxDryQueries) break;  // the rest asked one by one, as without a dry run
    if (ListingCovering(p) || prefixes_with_terms_.count(p) || has(prefixes, p)) continue;
    prefixes.push_back(p);
    queries.emplace_back(Xapian::Query::OP_WILDCARD, p, 1, Xapian::Query::WILDCARD_LIMIT_FIRST);
  }
  for (const Xapian::Query& q : pending_queries_) {
    if (queries.size() == kMaxDryQueries) break;
    std::string d = q.get_description();
    if (matches_.count(d) || has(descriptions, d)) continue;
    queries.push_back(q);
    descriptions.push_back(std::move(d));
  }
  for (const std::string& t : pending_terms_) {
    if (!freq_.count(t) && !exists_.count(t) && !ListingCovering(t) && !has(terms, t)) terms.push_back(t);
  }
  pending_queries_.clear();
  pending_terms_.clear();
  pending_prefixes_.clear();
  if (queries.empty()) {
    if (terms.size() >= 2) Prefetch(terms);  // one term: TermFreq asks it as cheaply
    return {};
  }
  // Each query's matches weigh 2^n (a fixed weight, filtered by the query);
  // the terms whose frequencies are wanted come along weighing nothing.
  std::vector<Xapian::Query> marked;
  for (size_t n = 0; n < queries.size(); ++n) {
    auto* weight = new Xapian::FixedWeightPostingSource(std::ldexp(1.0, static_cast<int>(n)));
    marked.emplace_back(Xapian::Query::OP_FILTER, Xapian::Query(weight->release()), queries[n]);
  }
  Xapian::Query query(Xapian::Query::OP_OR, marked.begin(), marked.end());
  if (!terms.empty()) {
    const Xapian::Query any_term(Xapian::Query::OP_OR, terms.begin(), terms.end());
    query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, any_term, 0.0));
  }
  Xapian::Enquire enquire(db_);
  enquire.set_query(query);
  Xapian::MSet mset = Match(enquire, 0, kDryRunWindow, kDryRunWindow);
  uint64_t seen = 0;
  for (auto it = mset.begin(); it != mset.end(); ++it) seen |= static_cast<uint64_t>(std::llround(it.get_weight()));
  // Fewer matches than read: every matching document was read.
  const bool all_read = mset.size() < kDryRunWindow;
  std::vector<std::optional<bool>> out;
  for (size_t n = 0; n < queries.size(); ++n) {
    const bool matched = (seen >> n) & 1;
    out.push_back(matched || all_read ? std::optional<bool>(matched) : std::nullopt);
  }
  for (size_t n = 0; n < prefixes.size(); ++n) {
    const std::optional<bool>& known = out[asked.size() + n];
    if (!known) continue;  // not known: listed as without a dry run
    if (*known) {
      prefixes_with_terms_.insert(prefixes[n]);
      found_prefix_terms_ = true;
    } else {
      listings_[prefixes[n]] = {};  // no term starts with it
    }
  }
  for (size_t n = 0; n < descriptions.size(); ++n) {
    const std::optional<bool>& known = out[asked.size() + prefixes.size() + n];
    if (known) matches_[descriptions[n]] = *known;
  }
  out.resize(asked.size());
  return out;
}

void DatabaseLookups::BeginDryRun() {
  CancelDryRun();
  dry_run_ = true;
}

void DatabaseLookups::KeepDryRunPending() {
  dry_run_ = false;
  pending_queries_.insert(pending_queries_.end(), dry_queries_.begin(), dry_queries_.end());
  pending_terms_.insert(pending_terms_.end(), dry_terms_.begin(), dry_terms_.end());
  pending_prefixes_.insert(pending_prefixes_.end(), dry_prefixes_.begin(), dry_prefixes_.end());
  dry_queries_.clear();
  dry_terms_.clear();
  dry_prefixes_.clear();
}

bool DatabaseLookups::ResolveDryRun() {
  KeepDryRunPending();
  found_prefix_terms_ = false;
  MatchEach({}, {});
  return found_prefix_terms_;
}

const std::set<std::string>& DatabaseLookups::Memo(const std::string& key,
                                                   const std::function<std::set<std::string>()>& compute) {
  auto it = memo_.find(key);
  if (it != memo_.end()) return it->second;
  return memo_.emplace(key, compute()).first->second;
}

const std::vector<std::string>* DatabaseLookups::ListingCovering(const std::string& term) const {
  for (size_t len = term.size() + 1; len-- > 0;) {
    auto it = listings_.find(term.substr(0, len));
    if (it != listings_.end()) return &it->second;
  }
  return nullptr;
}

bool DatabaseLookups::TermExists(const std::string& term) {
  if (auto f = freq_.find(term); f != freq_.end()) return f->second > 0;
  auto it = exists_.find(term);
  if (it != exists_.end()) return it->second;
  if (dry_run_ && !ListingCovering(term)) {
    dry_terms_.push_back(term);
    return true;
  }
  bool exists;
  if (const auto* listing = ListingCovering(term)) {
    exists = std::binary_search(listing->begin(), listing->end(), term);
  } else {
    exists = db_.term_exists(term);
  }
  return exists_.emplace(term, exists).first->second;
}

void DatabaseLookups::Prefetch(const std::vector<std::string>& terms, const Xapian::Query& within) {
  std::vector<std::string> unknown;
  for (const std::string& t : terms) {
    if (!freq_.count(t) && !exists_.count(t) && !ListingCovering(t)) unknown.push_back(t);
  }
  if (batch_lookups_ && !dry_run_ && !within.empty()) {
    // Which terms some document of `within` has, in the same match (as many
    // as fit; the frequencies of all come with it).
    std::map<std::string, bool>& known = within_[within.get_description()];
    std::vector<std::string> asked;
    std::vector<Xapian::Query> queries;
    for (const std::string& t : terms) {
      if (known.count(t) || std::find(asked.begin(), asked.end(), t) != asked.end()) continue;
      if (asked.size() == kMaxDryQueries) break;
      asked.push_back(t);
      queries.emplace_back(Xapian::Query::OP_FILTER, within, Xapian::Query(t));
    }
    if (!queries.empty()) {
      const std::vector<std::optional<bool>> matched = MatchEach(queries, unknown);
      for (size_t n = 0; n < asked.size(); ++n) {
        if (matched[n]) known[asked[n]] = *matched[n];
      }
      return;
    }
  }
  if (dry_run_) {
    dry_terms_.insert(dry_terms_.end(), unknown.begin(), unknown.end());
    return;
  }
  if (unknown.size() < 2) return;  // one term: TermExists asks it as cheaply
  Matches(Xapian::Query(Xapian::Query::OP_OR, unknown.begin(), unknown.end()));
}

Xapian::doccount DatabaseLookups::TermFreq(const std::string& term) {
  auto it = freq_.find(term);
  if (it != freq_.end()) return it->second;
  auto known = exists_.find(term);
  if (dry_run_ && !(known != exists_.end() && !known->second)) {
    dry_terms_.push_back(term);
    return 1;
  }
  Xapian::doccount n = known != exists_.end() && !known->second ? 0 : db_.get_termfreq(term);
  return freq_.emplace(term, n).first->second;
}

std::vector<std::string> DatabaseLookups::TermsWithPrefix(const std::string& prefix) {
  const auto* covering = ListingCovering(prefix);
  if (dry_run_ && !covering && !prefixes_with_terms_.count(prefix)) {
    dry_prefixes_.push_back(prefix);
    return {};
  }
  if (const auto* listing = covering) {
    std::vector<std::string> out;
    for (auto it = std::lower_bound(listing->begin(), listing->end(), prefix);
         it != listing->end() && it->compare(0, prefix.size(), prefix) == 0; ++it) {
      out.push_back(*it);
    }
    return out;
  }
  std::vector<std::string> terms;
  for (auto it = db_.allterms_begin(prefix); it != db_.allterms_end(prefix); ++it) terms.push_back(*it);
  listings_[prefix] = terms;
  return terms;
}

void DatabaseLookups::VisitTerms(const std::string& prefix, const std::function<bool(std::string_view)>& visit) {
  if (ListingCovering(prefix)) {
    for (const std::string& term : TermsWithPrefix(prefix)) {
      if (!visit(std::string_view(term).substr(prefix.size()))) return;
    }
    return;
  }
  // Kept only when visited to the end (a listing cut short answers nothing).
  std::vector<std::string> terms;
  for (auto it = db_.allterms_begin(prefix); it != db_.allterms_end(prefix); ++it) {
    terms.push_back(*it);
    if (!visit(std::string_view(terms.back()).substr(prefix.size()))) return;
  }
  listings_[prefix] = std::move(terms);
}

void DatabaseLookups::NoteFrequencies(const Xapian::Query& query, const Xapian::MSet& mset) {
  for (auto t = query.get_unique_terms_begin(); t != query.get_unique_terms_end(); ++t) {
    if (!freq_.count(*t)) freq_[*t] = mset.get_termfreq(*t);
  }
}

Xapian::MSet DatabaseLookups::Match(Xapian::Enquire& enquire, Xapian::doccount first, Xapian::doccount max,
                                    Xapian::doccount check) {
  Xapian::MSet mset = enquire.get_mset(first, max, check);
  NoteFrequencies(enquire.get_query(), mset);
  return mset;
}

namespace {

// Adds to `out` the terms every match of `q` has (those of its required
// parts: AND, phrase, the filtered side of a filter); none for an OR.
void RequiredTerms(const Xapian::Query& q, std::vector<std::string>* out) {
  switch (q.get_type()) {
    case Xapian::Query::LEAF_TERM:
      out->push_back(*q.get_terms_begin());
      return;
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_PHRASE:
    case Xapian::Query::OP_NEAR:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_SCALE_WEIGHT:
      for (size_t i = 0; i < q.get_num_subqueries(); ++i) RequiredTerms(q.get_subquery(i), out);
      return;
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_AND_NOT:
      RequiredTerms(q.get_subquery(0), out);
      return;
    default:
      return;
  }
}

}  // namespace

bool DatabaseLookups::KnownAbsent(const std::string& term) const {
  if (auto f = freq_.find(term); f != freq_.end()) return f->second == 0;
  if (auto e = exists_.find(term); e != exists_.end()) return !e->second;
  const auto* listing = ListingCovering(term);
  return listing && !std::binary_search(listing->begin(), listing->end(), term);
}

std::optional<bool> DatabaseLookups::KnownWithin(const Xapian::Query& query) const {
  // FILTER(within, term or OR of terms): some document of `within` has one of the terms.
  if (within_.empty() || query.get_type() != Xapian::Query::OP_FILTER || query.get_num_subqueries() != 2) return std::nullopt;
  auto it = within_.find(query.get_subquery(0).get_description());
  if (it == within_.end()) return std::nullopt;
  const Xapian::Query any = query.get_subquery(1);
  std::vector<Xapian::Query> leaves;
  if (any.get_type() == Xapian::Query::LEAF_TERM) {
    leaves.push_back(any);
  } else if (any.get_type() == Xapian::Query::OP_OR) {
    for (size_t i = 0; i < any.get_num_subqueries(); ++i) leaves.push_back(any.get_subquery(i));
  } else {
    return std::nullopt;
  }
  bool all_known = true;
  for (const Xapian::Query& leaf : leaves) {
    if (leaf.get_type() != Xapian::Query::LEAF_TERM) return std::nullopt;
    auto t = it->second.find(*leaf.get_terms_begin());
    if (t == it->second.end()) {
      all_known = false;
    } else if (t->second) {
      return true;
    }
  }
  return all_known ? std::optional<bool>(false) : std::nullopt;
}

bool DatabaseLookups::Matches(const Xapian::Query& query) {
  // A term alone: its frequency answers (one look-up instead of a match's two).
  if (query.get_type() == Xapian::Query::LEAF_TERM) return TermFreq(*query.get_terms_begin()) > 0;
  // A term every match needs is known to be in no document: nothing to ask.
  std::vector<std::string> required;
  RequiredTerms(query, &required);
  if (std::any_of(required.begin(), required.end(), [&](const std::string& t) { return KnownAbsent(t); })) return false;
  std::string description = query.get_description();
  if (auto it = matches_.find(description); it != matches_.end()) return it->second;
  if (std::optional<bool> known = KnownWithin(query)) return *known;
  if (dry_run_) {
    dry_queries_.push_back(query);
    return true;
  }
  Xapian::Enquire e(db_);
  e.set_query(query);
  e.set_weighting_scheme(Xapian::BoolWeight());
  const bool matches = Match(e, 0, 0, 1).get_matches_lower_bound() > 0;
  matches_.emplace(std::move(description), matches);
  return matches;
}

std::vector<bool> DatabaseLookups::MatchesEach(const std::vector<Xapian::Query>& queries) {
  if (batch_lookups_ && !dry_run_ && queries.size() > 1) {
    BeginDryRun();
    for (const Xapian::Query& q : queries) {
      if (!q.empty()) Matches(q);
    }
    ResolveDryRun();
  }
  std::vector<bool> out;
  for (const Xapian::Query& q : queries) out.push_back(!q.empty() && Matches(q));
  return out;
}

std::string DatabaseLookups::DocumentData(const Xapian::MSetIterator& match) {
  return DocumentData(*match, match.get_sort_key(), [&] { return StoredData(match.get_document()); });
}

std::string DatabaseLookups::DocumentData(Xapian::docid docid, std::string_view sort_key) {
  return DocumentData(docid, sort_key, [&] { return StoredData(db_.get_document(docid)); });
}

std::string DatabaseLookups::DocumentData(Xapian::docid docid, std::string_view sort_key,
                                          const std::function<std::string()>& fetch) {
  auto it = data_.find(docid);
  if (it != data_.end()) return it->second;
  // The data the match carries in its sort key (sorted on schema::kSlotHit), else fetched.
  std::string data = StoredDataOfHitKey(sort_key);
  return data_.emplace(docid, data.empty() ? fetch() : std::move(data)).first->second;
}

}  // namespace kosearch
