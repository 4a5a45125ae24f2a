// A search's look-ups, each asked of the database once (see database_lookups.h).
#include "search/database_lookups.h"

#include <algorithm>

#include "index/sort_key.h"

namespace kosearch {

void DatabaseLookups::Clear() {
  exists_.clear();
  freq_.clear();
  listings_.clear();
  data_.clear();
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
  bool exists;
  if (const auto* listing = ListingCovering(term)) {
    exists = std::binary_search(listing->begin(), listing->end(), term);
  } else {
    exists = db_.term_exists(term);
  }
  return exists_.emplace(term, exists).first->second;
}

void DatabaseLookups::Prefetch(const std::vector<std::string>& terms) {
  std::vector<std::string> unknown;
  for (const std::string& t : terms) {
    if (!freq_.count(t) && !exists_.count(t) && !ListingCovering(t)) unknown.push_back(t);
  }
  if (unknown.size() < 2) return;  // one term: TermExists asks it as cheaply
  Matches(Xapian::Query(Xapian::Query::OP_OR, unknown.begin(), unknown.end()));
}

Xapian::doccount DatabaseLookups::TermFreq(const std::string& term) {
  auto it = freq_.find(term);
  if (it != freq_.end()) return it->second;
  auto known = exists_.find(term);
  Xapian::doccount n = known != exists_.end() && !known->second ? 0 : db_.get_termfreq(term);
  return freq_.emplace(term, n).first->second;
}

std::vector<std::string> DatabaseLookups::TermsWithPrefix(const std::string& prefix) {
  if (const auto* listing = ListingCovering(prefix)) {
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

bool DatabaseLookups::Matches(const Xapian::Query& query) {
  // A term alone: its frequency answers (one look-up instead of a match's two).
  if (query.get_type() == Xapian::Query::LEAF_TERM) return TermFreq(*query.get_terms_begin()) > 0;
  // A term every match needs is known to be in no document: nothing to ask.
  std::vector<std::string> required;
  RequiredTerms(query, &required);
  if (std::any_of(required.begin(), required.end(), [&](const std::string& t) { return KnownAbsent(t); })) return false;
  Xapian::Enquire e(db_);
  e.set_query(query);
  e.set_weighting_scheme(Xapian::BoolWeight());
  return Match(e, 0, 0, 1).get_matches_lower_bound() > 0;
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
