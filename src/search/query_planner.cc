// The query planner (see query_planner.h): QueryPlan → Xapian::Query.
#include "search/query_planner.h"

#include <algorithm>
#include <cstring>
#include <optional>

#include "index/schema.h"

namespace kosearch {

namespace {

// What expanding one query into index terms may cost: amount: ranges expand
// to at most `amount_terms` amount terms over the whole query; a prefix
// search (SK*) to at most `wildcard_terms` terms, the most frequent, of which
// the first `wildcard_highlights` (in term order) are highlighted.
struct ExpansionLimits {
  size_t amount_terms = 50000;
  Xapian::termcount wildcard_terms = 1000;
  size_t wildcard_highlights = 50;
};
constexpr ExpansionLimits kExpansion;

// `word` with its terms under `prefix` (a field's, or "" for the text).
PlanWord Prefixed(PlanWord word, const std::string& prefix) {
  for (auto& t : word.terms) t = prefix + t;
  if (!word.stem_unigram.empty()) word.stem_unigram = prefix + word.stem_unigram;
  return word;
}

// Terms at consecutive positions; without positions in the index, every term
// (the searcher then checks the order in the stored text: PhraseCheck).
Xapian::Query Phrase(const std::vector<std::string>& terms, bool positions) {
  if (terms.size() == 1) return Xapian::Query(terms[0]);
  if (!positions) return Xapian::Query(Xapian::Query::OP_AND, terms.begin(), terms.end());
  return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), static_cast<Xapian::termcount>(terms.size()));
}

// Whole-word matches rank higher: the phrase of the bigrams is OR-ed in,
// or without positions all of them AND-ed (a text that has every bigram of
// the word almost always has the word; KorQuAD MRR@10 0.9599 vs 0.9602 with
// the phrase, 0.9527 with no bonus at all; in a strict query it doubles
// the word's weight against one-term words, which measured better too).
// `word`'s terms carry their prefix.
Xapian::Query WordQuery(const PlanWord& word, bool strict, bool positions) {
  const auto& terms = word.terms;
  Xapian::Query q;
  if (terms.size() == 1) {
    q = Xapian::Query(terms[0]);
  } else {
    Xapian::Query bigrams(strict ? Xapian::Query::OP_AND : Xapian::Query::OP_OR, terms.begin(), terms.end());
    // A word of n bigrams would otherwise weigh n times a two-syllable word.
    double scale = 1.0 / static_cast<double>(terms.size());
    if (strict && !positions) {
      scale *= 2;  // the AND OR-ed with itself: the same scores, one pass over the postings
    } else {
      bigrams = Xapian::Query(Xapian::Query::OP_OR, bigrams, Phrase(terms, positions));
    }
    q = Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, bigrams, scale);
  }
  if (!word.stem_unigram.empty()) q = Xapian::Query(Xapian::Query::OP_OR, q, Xapian::Query(word.stem_unigram));
  return q;
}

// The words of `text` OR-ed (or, with `all`, AND-ed and each strict).
Xapian::Query WordsQuery(std::string_view text, const std::string& prefix, bool positions, bool all,
                         const AnalyzerOptions& analyzer, std::vector<std::vector<std::string>>* highlight) {
  std::vector<Xapian::Query> parts;
  auto words = AnalyzeWords(text, analyzer);
  for (const auto& plain : words) {
    const PlanWord w = Prefixed(plain, prefix);
    if (highlight) {
      highlight->push_back(w.terms);
      if (!w.stem_unigram.empty()) highlight->push_back({w.stem_unigram});
    }
    parts.push_back(WordQuery(w, all || words.size() <= StrictMaxWords(), positions));
  }
  if (parts.empty()) return Xapian::Query();
  return parts.size() == 1 ? parts[0] : Xapian::Query(all ? Xapian::Query::OP_AND : Xapian::Query::OP_OR, parts.begin(), parts.end());
}

Xapian::Query DateQuery(const DateRange& d) {
  if (d.whole_term) return Xapian::Query(schema::Term(d.low.size() == 4 ? schema::kYear : schema::kDate, d.low));
  if (d.low.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kSlotDate, d.high);
  if (d.high.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kSlotDate, d.low);
  return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotDate, d.low, d.high);
}

// A term sequence is highlighted once (snippets cost sequences × text).
void AddUnique(std::vector<std::string> seq, std::vector<std::vector<std::string>>* out) {
  if (std::find(out->begin(), out->end(), seq) == out->end()) out->push_back(std::move(seq));
}

// One clause of a conjunction, built: its query and how it combines.
struct BuiltClause {
  Xapian::Query query;
  bool filter = false;
  bool negated = false;
  bool required = false;
  bool plain_word = false;  // expanded with other spellings (query_expansion.h)
  std::string text;
  std::optional<PhraseCheck> phrase;  // a phrase to check in the text (index without positions)
};

class Planner {
 public:
  Planner(const QueryPlan& plan, const AliasTable& aliases, const IndexReader& index, PlannedQuery* out)
      : plan_(plan), aliases_(aliases), index_(index), out_(out), positions_(index.HasPositions()) {}

  Result<Xapian::Query> Run() {
    auto q = Or(plan_.any, 0);
    // Phrases checked in the text must hold for every match: only those
    // AND-ed at the top level qualify (in an OR, a match may lack them).
    if (q.ok() && plan_.any.size() == 1) out_->phrases = std::move(top_level_phrases_);
    return q;
  }

 private:
  Result<Xapian::Query> Or(const std::vector<PlanConjunction>& any, int depth) {
    Xapian::Query q;
    for (const PlanConjunction& conjunction : any) {
      auto right = And(conjunction, depth);
      if (!right.ok()) return right;
      q = q.empty() ? *right : right->empty() ? q : Xapian::Query(Xapian::Query::OP_OR, q, *right);
    }
    return q;
  }

  Result<Xapian::Query> And(const PlanConjunction& conjunction, int depth) {
    std::vector<BuiltClause> clauses;
    for (const PlanClause& clause : conjunction.clauses) {
      BuiltClause c;
      c.negated = clause.negated;
      c.required = clause.required;
      c.filter = clause.Filter();
      c.plain_word = clause.PlainWord();
      c.text = clause.text;
      if (Status s = Build(clause, depth, &c); !s.ok()) return s;
      clauses.push_back(std::move(c));
    }
    if (depth == 0) CollectRequiredPhrases(clauses);
    AddAlternatives(clauses);
    return Combine(clauses);
  }

  // A phrase is required when marked so (AND) or when it is the only
  // scored clause.
  void CollectRequiredPhrases(const std::vector<BuiltClause>& clauses) {
    size_t scored = 0;
    for (const BuiltClause& c : clauses) scored += !c.negated && !c.filter;
    for (const BuiltClause& c : clauses) {
      if (c.phrase && !c.negated && !c.filter && (c.required || scored == 1)) top_level_phrases_.push_back(*c.phrase);
    }
  }

  // The other spellings of the plain words (query_expansion.h), each OR-ed
  // into its word's clause, those of adjacent words as clauses of their own.
  void AddAlternatives(std::vector<BuiltClause>& clauses) {
    std::vector<QueryWord> words;
    std::vector<size_t> at;
    for (size_t i = 0; i < clauses.size(); ++i) {
      const BuiltClause& c = clauses[i];
      if (!c.plain_word || c.negated) continue;
      bool follows = !at.empty() && at.back() + 1 == i && !c.required && !clauses[i - 1].required;
      words.push_back({c.text, c.query, follows});
      at.push_back(i);
    }
    if (words.empty()) return;
    WordAlternatives alternatives = index_.Alternatives(words, aliases_);
    for (size_t k = 0; k < alternatives.per_word.size(); ++k) {
      Xapian::Query& q = clauses[at[k]].query;
      if (!alternatives.per_word[k].empty()) q = Xapian::Query(Xapian::Query::OP_OR, q, alternatives.per_word[k]);
    }
    for (const Xapian::Query& q : alternatives.spanning) {
      BuiltClause c;
      c.query = q;
      clauses.push_back(c);
    }
    for (auto& note : alternatives.notes) out_->alternatives.push_back(std::move(note));
    for (auto& h : alternatives.highlight) AddUnique(std::move(h), &out_->highlight);
  }

  static Xapian::Query Combine(const std::vector<BuiltClause>& clauses) {
    std::vector<Xapian::Query> optional, required, filters, negative;
    for (const BuiltClause& c : clauses) {
      if (c.negated) negative.push_back(c.query);
      else if (c.filter) filters.push_back(c.query);
      else if (c.required) required.push_back(c.query);
      else optional.push_back(c.query);
    }
    Xapian::Query q;
    Xapian::Query opt = optional.empty() ? Xapian::Query() : Xapian::Query(Xapian::Query::OP_OR, optional.begin(), optional.end());
    if (!required.empty()) {
      q = Xapian::Query(Xapian::Query::OP_AND, required.begin(), required.end());
      if (!opt.empty()) q = Xapian::Query(Xapian::Query::OP_AND_MAYBE, q, opt);
    } else {
      q = opt;
    }
    if (!filters.empty()) {
      Xapian::Query f(Xapian::Query::OP_AND, filters.begin(), filters.end());
      q = q.empty() ? Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, f, 0.0) : Xapian::Query(Xapian::Query::OP_FILTER, q, f);
    }
    if (!negative.empty()) {
      // Not Xapian::Query::MatchAll: a static whose references threads would count at once (Xapian's docs).
      if (q.empty()) q = Xapian::Query(std::string());
      q = Xapian::Query(Xapian::Query::OP_AND_NOT, q, Xapian::Query(Xapian::Query::OP_OR, negative.begin(), negative.end()));
    }
    return q;
  }

  // Sets c->query (and what it adds to the output) for `clause`.
  Status Build(const PlanClause& clause, int depth, BuiltClause* c) {
    using Kind = PlanClause::Kind;
    switch (clause.kind) {
      case Kind::kGroup: {
        auto inner = Or(clause.group, depth + 1);
        if (!inner.ok()) return inner.status();
        c->query = *inner;
        return Status::Ok();
      }
      case Kind::kWords: c->query = WordsClause(clause); return Status::Ok();
      case Kind::kPhrase: PhraseClause(clause, c); return Status::Ok();
      case Kind::kPrefix: c->query = PrefixClause(clause); return Status::Ok();
      default: return FilterClause(clause, c);
    }
  }

  static std::string TermPrefix(const PlanClause& clause) { return clause.field == TextField::kTitle ? schema::kTitle : ""; }

  Xapian::Query WordsClause(const PlanClause& clause) {
    out_->has_text = true;
    std::vector<Xapian::Query> parts;
    for (const PlanWord& w : clause.words) {
      if (!clause.minus) {
        AddUnique(w.terms, &out_->highlight);
        if (!w.stem_unigram.empty()) AddUnique({w.stem_unigram}, &out_->highlight);
      }
      parts.push_back(WordQuery(Prefixed(w, TermPrefix(clause)), plan_.strict, positions_));
    }
    return parts.size() == 1 ? parts[0] : Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
  }

  void PhraseClause(const PlanClause& clause, BuiltClause* c) {
    out_->has_text = true;
    std::vector<std::string> all;
    for (const PlanWord& w : clause.words) all.insert(all.end(), w.terms.begin(), w.terms.end());
    if (!clause.minus) AddUnique(all, &out_->highlight);
    c->query = Phrase(Prefixed({all, ""}, TermPrefix(clause)).terms, positions_);
    if (!positions_ && all.size() > 1) {
      c->phrase = PhraseCheck{all, clause.field == TextField::kTitle  ? PhraseCheck::Field::kTitle
                                   : clause.field == TextField::kBody ? PhraseCheck::Field::kBody
                                                                      : PhraseCheck::Field::kAny};
    }
  }

  // Every term that starts with the word's one term (Xapian's OP_WILDCARD).
  Xapian::Query PrefixClause(const PlanClause& clause) {
    const std::string term = TermPrefix(clause) + clause.words[0].terms[0];
    out_->has_text = true;
    if (!clause.minus) {
      size_t n = 0;
      index_.VisitTerms(term, [&](const std::string& t) {
        AddUnique({t.substr(TermPrefix(clause).size())}, &out_->highlight);
        return ++n < kExpansion.wildcard_highlights;
      });
    }
    return Xapian::Query(Xapian::Query::OP_WILDCARD, term, kExpansion.wildcard_terms, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  }

  Status FilterClause(const PlanClause& clause, BuiltClause* c) {
    using Kind = PlanClause::Kind;
    const std::string& v = clause.text;
    switch (clause.kind) {
      case Kind::kSource: c->query = SourceFilter(v); break;
      case Kind::kSpeaker:
      case Kind::kPerson:
        out_->mentions_quote_field = clause.kind == Kind::kSpeaker;
        // A labelled value of the speaker facet ("청와대 (organization)",
        // "기상청 관계자 (role)") selects exactly the quotes counted under it.
        if (clause.kind == Kind::kSpeaker && (v.ends_with(" (organization)") || v.ends_with(" (role)"))) {
          c->query = Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotSpeaker, v, v);
        } else {
          c->query = AliasFilter(schema::kSpeaker, v, aliases_);
        }
        break;
      case Kind::kOrg: c->query = AliasFilter(schema::kOrg, v, aliases_); break;
      case Kind::kKind:
        out_->mentions_kind = true;
        c->query = Xapian::Query(schema::Term(schema::kKind, v));
        break;
      case Kind::kId:
        // An article id, or a quote's ("<article id>#q<n>"): kept under separate prefixes.
        c->query = Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(schema::Term(schema::kId, v)),
                                 Xapian::Query(schema::Term(schema::kQuoteId, v)));
        break;
      case Kind::kDate: c->query = DateQuery(clause.date); break;
      case Kind::kAmount: {
        out_->mentions_amount = true;
        auto q = AmountQuery(v, clause.amount);
        if (!q.ok()) return q.status();
        c->query = *q;
        if (!clause.minus) out_->amounts.push_back(clause.amount);
        break;
      }
      default: break;  // text clauses: Build
    }
    return Status::Ok();
  }

  // source:V matches the source whose key is V's, and every source that has
  // all of V's words among its own (source:wikinews, source:wikinews.org →
  // ko.wikinews.org). The sources are the index's XS terms, so databases
  // written before this need no re-indexing.
  Xapian::Query SourceFilter(const std::string& key) {
    std::vector<std::string> terms{schema::Term(schema::kSource, key)};
    const std::vector<std::string> wanted = SourceWords(key);
    const std::string prefix = schema::kSource;
    index_.VisitTerms(prefix, [&](const std::string& term) {
      const std::string source = term.substr(prefix.size());
      if (source == key) return true;
      std::vector<std::string> have = SourceWords(source);
      if (!wanted.empty() && std::all_of(wanted.begin(), wanted.end(), [&](const std::string& w) {
            return std::find(have.begin(), have.end(), w) != have.end();
          })) {
        terms.push_back(term);
      }
      return true;
    });
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  }

  // amount:V → OR of the amount terms in `range` (their values are in the term).
  Result<Xapian::Query> AmountQuery(const std::string& v, const AmountRange& range) {
    const std::string prefix = std::string(schema::kAmount) + range.unit + (range.unit.empty() ? "" : ":");
    std::vector<Xapian::Query> terms;
    bool too_many = false;
    index_.VisitTerms(prefix, [&](const std::string& term) {
      size_t colon = term.find(':', std::strlen(schema::kAmount));
      if (colon == std::string::npos) return true;
      double value = Xapian::sortable_unserialise(term.substr(colon + 1));
      if (value < range.low || value > range.high) return true;
      too_many = ++amount_terms_ > kExpansion.amount_terms;
      if (!too_many) terms.emplace_back(term);
      return !too_many;
    });
    if (too_many) {
      return Status::InvalidArgument("amount:" + v + ": the query's amount ranges match over " + std::to_string(kExpansion.amount_terms) +
                                     " amounts; narrow them or give a unit");
    }
    // No amount in range: a term no document has. (Not MatchNothing, which is
    // the empty query, read as "nothing to search for".)
    if (terms.empty()) return Xapian::Query(std::string(schema::kAmount));
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  }

  const QueryPlan& plan_;
  const AliasTable& aliases_;
  const IndexReader& index_;
  PlannedQuery* out_;
  bool positions_;  // the index has term positions (else phrases are checked in the text)
  std::vector<PhraseCheck> top_level_phrases_;
  size_t amount_terms_ = 0;
};

}  // namespace

Xapian::Query AliasFilter(const char* prefix, std::string_view value, const AliasTable& aliases) {
  std::vector<std::string> terms{std::string(prefix) + AliasTable::Key(value)};
  if (const AliasTable::Group* g = aliases.Find(value)) {
    for (const auto& s : g->spellings) terms.push_back(std::string(prefix) + AliasTable::Key(s));
  }
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

Xapian::Query TextQuery(std::string_view text, const std::string& prefix, bool positions,
                        const AnalyzerOptions& analyzer, std::vector<std::vector<std::string>>* highlight) {
  return WordsQuery(text, prefix, positions, false, analyzer, highlight);
}

Xapian::Query AllWordsQuery(std::string_view text, bool positions, const AnalyzerOptions& analyzer,
                            std::vector<std::vector<std::string>>* highlight) {
  return WordsQuery(text, "", positions, true, analyzer, highlight);
}

Result<PlannedQuery> PlanQuery(const QueryPlan& plan, const AliasTable& aliases, const IndexReader& index) {
  PlannedQuery out;
  try {
    auto q = Planner(plan, aliases, index, &out).Run();
    if (!q.ok()) return q.status();
    out.query = *q;
  } catch (const Xapian::DatabaseError&) {
    // The searcher reopens the database and retries (alternatives read the
    // index): DatabaseModifiedError, and "EOF reading block" when a commit
    // reuses a block the planner was reading (the searcher tells it from real
    // damage by whether the database has a new revision).
    throw;
  } catch (const Xapian::NetworkError&) {
    throw;  // the searcher reconnects the shards and retries
  } catch (const Xapian::Error& e) {
    return Status::Internal("query: " + e.get_description());
  }
  return out;
}

}  // namespace kosearch
