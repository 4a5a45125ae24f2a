// Parser of the kosearch query language (see query_parser.h).
#include "search/query_parser.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <optional>

#include "extract/amounts.h"
#include "kosearch/analyzer.h"
#include "search/query_expansion.h"
#include "index/schema.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

enum class Tok { kWord, kPhrase, kField, kLParen, kRParen, kAnd, kOr, kNot, kEnd };

struct Token {
  Tok type = Tok::kEnd;
  std::string text;    // word, phrase body, or field value
  std::string field;   // for kField
  bool field_phrase = false;
  bool negated = false;  // a leading '-'
  size_t offset = 0;     // character offset in the query, for messages
};

// Bounds on what one query may cost (README "Limits"): a query is at most
// kMaxQueryChars characters and kMaxQueryWords words, parentheses nest at
// most kMaxDepth deep (the parser recurses once per level).
constexpr size_t kMaxQueryChars = 20000;
constexpr size_t kMaxQueryWords = 1000;
constexpr size_t kMaxDepth = 100;
// amount: ranges expand to the amount terms in the index; at most this many
// over the whole query.
constexpr size_t kMaxAmountTerms = 50000;
// A prefix search (SK*) expands to at most this many terms, the most frequent;
// the first kMaxWildcardHighlights of them (in term order) are highlighted.
constexpr Xapian::termcount kMaxWildcardTerms = 1000;
constexpr size_t kMaxWildcardHighlights = 50;

// The limits hold for the query as it is searched, not only as typed: NFKC
// turns one character into up to 18 (U+FDFA, the squared words of U+3300…),
// and the analyzer splits a typed word at script changes into words that
// are each a clause (한漢한漢 is four). Counted as the parser splits: a
// word or text-field value counts its analyzed words, a phrase or filter
// one. Tokens are analysed only once the whole is known to be short enough.
Status CheckNormalizedSize(std::string_view query, const std::vector<Token>& toks) {
  const size_t chars = CodePointCount(NormalizeText(query));
  if (chars > kMaxQueryChars) {
    return Status::InvalidArgument("query too long: " + std::to_string(chars) + " characters after Unicode normalisation (limit " +
                                   std::to_string(kMaxQueryChars) + ")");
  }
  auto analyzed_words = [](const std::string& text) {
    size_t n = 0;
    uint32_t last_word = UINT32_MAX;
    for (const kosearch::Token& t : Analyze(NormalizeText(text))) {
      n += t.word != last_word;
      last_word = t.word;
    }
    return std::max<size_t>(n, 1);
  };
  size_t words = 0;
  for (const Token& t : toks) {
    const bool text_field = t.type == Tok::kField && !t.field_phrase && (t.field == "title" || t.field == "body" || t.field == "text");
    if (t.type == Tok::kWord || text_field) words += analyzed_words(t.text);
    else words += t.type == Tok::kPhrase || t.type == Tok::kField;
  }
  if (words > kMaxQueryWords) {
    return Status::InvalidArgument("query too long: " + std::to_string(words) + " words after splitting scripts (limit " +
                                   std::to_string(kMaxQueryWords) + ")");
  }
  return Status::Ok();
}

bool IsQuoteOpen(char32_t c) { return c == U'"' || c == U'“' || c == U'”' || c == U'„'; }
// Control characters (newlines, tabs, escapes) separate words like spaces.
bool IsSpace(char32_t c) { return c == U' ' || c < 0x20 || c == 0x7f || c == 0x3000; }

// Up to `n` characters of the query from `at`, for a one-line message.
std::string Excerpt(const std::u32string& q, size_t at, size_t n = 20) {
  std::u32string part = q.substr(at, n);
  for (char32_t& c : part) if (c < 0x20 || c == 0x7f) c = U' ';
  return ToUtf8(part) + (q.size() > at + n ? "…" : "");
}

Result<std::vector<Token>> Lex(const std::u32string& q) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < q.size()) {
    if (IsSpace(q[i])) { ++i; continue; }
    Token t;
    t.offset = i;
    if (q[i] == U'-' && i + 1 < q.size() && !IsSpace(q[i + 1])) { t.negated = true; ++i; }
    if (q[i] == U'(') { t.type = Tok::kLParen; ++i; out.push_back(t); continue; }
    if (q[i] == U')') { t.type = Tok::kRParen; ++i; out.push_back(t); continue; }
    if (IsQuoteOpen(q[i])) {
      size_t close = i + 1;
      while (close < q.size() && !IsQuoteOpen(q[close])) ++close;
      if (close >= q.size()) return Status::InvalidArgument("unbalanced quote at character " + std::to_string(i + 1) + ": " + Excerpt(q, i));
      t.type = Tok::kPhrase;
      t.text = ToUtf8(q.substr(i + 1, close - i - 1));
      i = close + 1;
      out.push_back(t);
      continue;
    }
    size_t j = i;
    while (j < q.size() && !IsSpace(q[j]) && q[j] != U'(' && q[j] != U')' && !IsQuoteOpen(q[j])) ++j;
    std::u32string word = q.substr(i, j - i);
    size_t colon = word.find(U':');
    bool field_like = colon != std::u32string::npos && colon > 0 &&
                      std::all_of(word.begin(), word.begin() + colon, [](char32_t c) { return IsAsciiAlpha(c); });
    if (field_like) {
      t.type = Tok::kField;
      std::string name = ToUtf8(word.substr(0, colon));
      std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
      t.field = name;
      if (colon + 1 == word.size() && j < q.size() && IsQuoteOpen(q[j])) {
        size_t close = j + 1;
        while (close < q.size() && !IsQuoteOpen(q[close])) ++close;
        if (close >= q.size()) return Status::InvalidArgument("unbalanced quote at character " + std::to_string(j + 1) + ": " + Excerpt(q, j));
        t.text = ToUtf8(q.substr(j + 1, close - j - 1));
        t.field_phrase = true;
        j = close + 1;
      } else {
        t.text = ToUtf8(word.substr(colon + 1));
      }
      if (t.text.empty()) return Status::InvalidArgument("field \"" + name + ":\" has no value (at character " + std::to_string(i + 1) + ")");
    } else {
      std::string w = ToUtf8(word);
      if (!t.negated && (w == "AND" || w == "&&")) t.type = Tok::kAnd;
      else if (!t.negated && (w == "OR" || w == "||")) t.type = Tok::kOr;
      else if (!t.negated && w == "NOT") t.type = Tok::kNot;
      else { t.type = Tok::kWord; t.text = w; }
    }
    i = j;
    out.push_back(t);
  }
  Token end;
  end.type = Tok::kEnd;
  end.offset = q.size();
  out.push_back(end);
  return out;
}

// How a word's bigrams are combined. A short query (a few words, typed by a
// person who means each word) needs every bigram of a word: "무단전재" must
// not match a text that only shares "전재". A long query (a question) keeps
// partial credit, since its words are inflected differently from the text.
// In both, the phrase of the bigrams is OR-ed in so whole-word matches rank
// higher. Measured in bench/retrieval_results.md.
constexpr size_t kStrictMaxWords = 3;

// The terms of one word of a query: its bigrams (or term), and the unigram
// of a one-syllable stem ("배" of "배를"), which the index has separately.
struct WordTerms {
  std::vector<std::string> terms;
  std::string stem_unigram;
};

std::vector<WordTerms> SplitWords(std::string_view text, const std::string& prefix, const AnalyzerOptions& analyzer) {
  std::vector<WordTerms> words;
  uint32_t last_word = UINT32_MAX;
  for (const kosearch::Token& t : Analyze(NormalizeText(text), analyzer)) {
    if (t.word != last_word) { words.emplace_back(); last_word = t.word; }
    if (t.index_only) words.back().stem_unigram = prefix + t.term;
    else words.back().terms.push_back(prefix + t.term);
  }
  return words;
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
Xapian::Query WordQuery(const WordTerms& word, bool strict, bool positions) {
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

// Validates a date bound: YYYY, YYYY-MM or YYYY-MM-DD.
bool ValidDate(const std::string& d) {
  auto digits = [&](size_t from, size_t n) {
    for (size_t k = from; k < from + n; ++k) if (k >= d.size() || !IsAsciiDigit(static_cast<unsigned char>(d[k]))) return false;
    return true;
  };
  auto in = [&](size_t from, int lo, int hi) { int v = (d[from] - '0') * 10 + (d[from + 1] - '0'); return v >= lo && v <= hi; };
  if (d.size() == 4) return digits(0, 4);
  if (d.size() == 7) return digits(0, 4) && d[4] == '-' && digits(5, 2) && in(5, 1, 12);
  if (d.size() == 10) {
    return digits(0, 4) && d[4] == '-' && digits(5, 2) && d[7] == '-' && digits(8, 2) && in(5, 1, 12) && in(8, 1, 31);
  }
  return false;
}

class Parser {
 public:
  Parser(std::vector<Token> toks, const AliasTable& aliases, const Xapian::Database& db, const AnalyzerOptions& analyzer,
         ParsedQuery* out)
      : toks_(std::move(toks)), aliases_(aliases), db_(db), analyzer_(analyzer), out_(out), positions_(db.has_positions()) {
    size_t words = 0;
    for (const Token& t : toks_) words += t.type == Tok::kWord || t.type == Tok::kPhrase || t.type == Tok::kField;
    strict_ = words <= kStrictMaxWords;
  }

  Result<Xapian::Query> Parse() {
    auto q = ParseOr();
    if (!q.ok()) return q;
    if (Peek().type == Tok::kRParen) return Status::InvalidArgument("unbalanced parenthesis: \")\" at character " + std::to_string(Peek().offset + 1) + " has no \"(\"");
    if (Peek().type != Tok::kEnd) return Status::InvalidArgument("unexpected text at character " + std::to_string(Peek().offset + 1));
    // Phrases checked in the text must hold for every match: only those
    // AND-ed at the top level qualify (in an OR, a match may lack them).
    if (!top_level_or_) out_->phrases = std::move(top_level_phrases_);
    return q;
  }

 private:
  // A clause: its query, and whether it scores or only filters.
  struct Clause {
    Xapian::Query query;
    bool filter = false;
    bool negated = false;
    bool required = false;
    bool empty = false;  // e.g. a word of punctuation only
    std::string word;    // a plain word as typed (no field, not negated): has alternatives
    std::optional<PhraseCheck> phrase;  // a phrase to check in the text (index without positions)
  };

  const Token& Peek() const { return toks_[pos_]; }
  const Token& Next() { return toks_[pos_++]; }

  Result<Xapian::Query> ParseOr() {
    auto left = ParseAnd();
    if (!left.ok()) return left;
    Xapian::Query q = *left;
    while (Peek().type == Tok::kOr) {
      if (depth_ == 0) top_level_or_ = true;
      Next();
      auto right = ParseAnd();
      if (!right.ok()) return right;
      q = q.empty() ? *right : right->empty() ? q : Xapian::Query(Xapian::Query::OP_OR, q, *right);
    }
    return q;
  }

  Result<Xapian::Query> ParseAnd() {
    std::vector<Clause> clauses;
    bool next_required = false;
    while (true) {
      Tok t = Peek().type;
      if (t == Tok::kEnd || t == Tok::kRParen || t == Tok::kOr) break;
      if (t == Tok::kAnd) {
        Next();
        if (clauses.empty()) return Status::InvalidArgument("\"AND\" at character " + std::to_string(toks_[pos_ - 1].offset + 1) + " has nothing on its left");
        clauses.back().required = true;
        next_required = true;
        continue;
      }
      bool negate = false;
      if (t == Tok::kNot) { Next(); negate = true; }
      auto c = ParseUnary();
      if (!c.ok()) return c.status();
      c->negated = c->negated != negate;
      c->required = c->required || next_required;
      next_required = false;
      if (!c->empty) clauses.push_back(*c);
    }
    if (next_required) return Status::InvalidArgument("\"AND\" at the end of the query has nothing on its right");
    if (depth_ == 0) CollectRequiredPhrases(clauses);
    AddAlternatives(clauses);
    return Combine(clauses);
  }

  // A phrase is required when marked so (AND) or when it is the only
  // scored clause.
  void CollectRequiredPhrases(const std::vector<Clause>& clauses) {
    size_t scored = 0;
    for (const Clause& c : clauses) scored += !c.negated && !c.filter;
    for (const Clause& c : clauses) {
      if (c.phrase && !c.negated && !c.filter && (c.required || scored == 1)) top_level_phrases_.push_back(*c.phrase);
    }
  }

  // The other spellings of the plain words (query_expansion.h), each OR-ed
  // into its word's clause, those of adjacent words as clauses of their own.
  void AddAlternatives(std::vector<Clause>& clauses) {
    std::vector<QueryWord> words;
    std::vector<size_t> at;
    for (size_t i = 0; i < clauses.size(); ++i) {
      const Clause& c = clauses[i];
      if (c.word.empty() || c.negated) continue;
      bool follows = !at.empty() && at.back() + 1 == i && !c.required && !clauses[i - 1].required;
      words.push_back({c.word, c.query, follows});
      at.push_back(i);
    }
    if (words.empty()) return;
    WordAlternatives alternatives = ExpandWords(words, aliases_, db_, analyzer_);
    for (size_t k = 0; k < alternatives.per_word.size(); ++k) {
      Xapian::Query& q = clauses[at[k]].query;
      if (!alternatives.per_word[k].empty()) q = Xapian::Query(Xapian::Query::OP_OR, q, alternatives.per_word[k]);
    }
    for (const Xapian::Query& q : alternatives.spanning) {
      Clause c;
      c.query = q;
      clauses.push_back(c);
    }
    for (auto& note : alternatives.notes) out_->alternatives.push_back(std::move(note));
    for (auto& h : alternatives.highlight) AddUnique(std::move(h), &out_->highlight);
  }

  static Xapian::Query Combine(const std::vector<Clause>& clauses) {
    std::vector<Xapian::Query> optional, required, filters, negative;
    for (const Clause& c : clauses) {
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
      if (q.empty()) q = Xapian::Query::MatchAll;
      q = Xapian::Query(Xapian::Query::OP_AND_NOT, q, Xapian::Query(Xapian::Query::OP_OR, negative.begin(), negative.end()));
    }
    return q;
  }

  Result<Clause> ParseUnary() {
    const Token t = Next();
    Clause c;
    c.negated = t.negated;
    switch (t.type) {
      case Tok::kLParen: {
        ++depth_;
        auto inner = ParseOr();
        --depth_;
        if (!inner.ok()) return inner.status();
        if (Peek().type != Tok::kRParen) return Status::InvalidArgument("unbalanced parenthesis: \"(\" at character " + std::to_string(t.offset + 1) + " is never closed");
        Next();
        c.query = *inner;
        c.empty = inner->empty();
        return c;
      }
      case Tok::kWord:
        if (!t.negated) c.word = t.text;
        return TextClause(t.text, "", false, c);
      case Tok::kPhrase: return TextClause(t.text, "", true, c);
      case Tok::kField: return FieldClause(t, c);
      case Tok::kNot: return Status::InvalidArgument("\"NOT NOT\" at character " + std::to_string(t.offset + 1));
      default: return Status::InvalidArgument("operator at character " + std::to_string(t.offset + 1) + " has nothing to apply to");
    }
  }

  Result<Clause> TextClause(const std::string& text, const std::string& prefix, bool phrase, Clause c,
                            bool body_only = false) {
    if (!phrase && IsFuzzy(text)) {
      return Status::InvalidArgument("fuzzy search is not supported: \"" + text + "\"; remove the ~ (or quote the word)");
    }
    if (!phrase && text.find('*') != std::string::npos) return PrefixClause(text, prefix, c);
    auto words = SplitWords(text, prefix, analyzer_);
    if (words.empty()) { c.empty = true; return c; }
    out_->has_text = true;
    if (phrase) {
      std::vector<std::string> all;
      for (auto& w : words) all.insert(all.end(), w.terms.begin(), w.terms.end());
      if (!c.negated) AddUnique(StripPrefix(all, prefix), &out_->highlight);
      c.query = Phrase(all, positions_);
      if (!positions_ && all.size() > 1) {
        c.phrase = PhraseCheck{StripPrefix(all, prefix), prefix == schema::kTitle ? PhraseCheck::Field::kTitle
                                                          : body_only ? PhraseCheck::Field::kBody
                                                                      : PhraseCheck::Field::kAny};
      }
      return c;
    }
    std::vector<Xapian::Query> parts;
    for (auto& w : words) {
      if (!c.negated) AddHighlight(w, prefix, &out_->highlight);
      parts.push_back(WordQuery(w, strict_, positions_));
    }
    c.query = parts.size() == 1 ? parts[0] : Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
    return c;
  }

  // Lucene-style fuzzy search: "omni~", "omni~2" (but "3~4", a range, is text).
  static bool IsFuzzy(const std::string& word) {
    size_t tilde = word.rfind('~');
    if (tilde == std::string::npos || tilde == 0) return false;
    if (tilde + 1 == word.size()) return true;
    bool digits_after = std::all_of(word.begin() + tilde + 1, word.end(), [](unsigned char ch) { return IsAsciiDigit(ch); });
    return digits_after && !IsAsciiDigit(static_cast<unsigned char>(word[tilde - 1]));
  }

  // "SK*", "title:omni*": every term that starts with the word's one Latin or
  // number term (Xapian's OP_WILDCARD). Hangul words are indexed as
  // overlapping bigrams, which already match inside longer words, so a
  // Hangul prefix is refused rather than given a meaning it cannot keep.
  Result<Clause> PrefixClause(const std::string& text, const std::string& prefix, Clause c) {
    const std::string stem = text.substr(0, text.size() - 1);
    if (text.back() != '*' || stem.find('*') != std::string::npos || stem.empty()) {
      return Status::InvalidArgument("\"" + text + "\": * is only allowed at the end of a word (prefix search, e.g. SK*)");
    }
    const std::u32string cps = ToU32(NormalizeText(stem));
    if (std::any_of(cps.begin(), cps.end(), [](char32_t ch) { return IsHangulSyllable(ch) || IsHan(ch) || (ch >= 0x1100 && ch <= 0x11FF) || (ch >= 0x3130 && ch <= 0x318F); })) {
      return Status::InvalidArgument("prefix search works on Latin words and numbers only: \"" + text +
                                     "\" (a Hangul word already matches inside longer words: search " + stem + ")");
    }
    auto words = SplitWords(stem, prefix, analyzer_);
    if (words.size() != 1 || words[0].terms.size() != 1) {
      return Status::InvalidArgument("prefix search takes one word: \"" + text + "\"");
    }
    const std::string& term = words[0].terms[0];
    out_->has_text = true;
    if (!c.negated) {
      size_t n = 0;
      for (auto it = db_.allterms_begin(term); it != db_.allterms_end(term) && n < kMaxWildcardHighlights; ++it, ++n) {
        AddUnique({(*it).substr(prefix.size())}, &out_->highlight);
      }
    }
    c.query = Xapian::Query(Xapian::Query::OP_WILDCARD, term, kMaxWildcardTerms, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
    return c;
  }

  static void AddHighlight(const WordTerms& w, const std::string& prefix, std::vector<std::vector<std::string>>* out) {
    AddUnique(StripPrefix(w.terms, prefix), out);
    if (!w.stem_unigram.empty()) AddUnique({w.stem_unigram.substr(prefix.size())}, out);
  }

  // A word repeated in the query is highlighted once (snippets cost sequences × text).
  static void AddUnique(std::vector<std::string> seq, std::vector<std::vector<std::string>>* out) {
    if (std::find(out->begin(), out->end(), seq) == out->end()) out->push_back(std::move(seq));
  }

  static std::vector<std::string> StripPrefix(std::vector<std::string> terms, const std::string& prefix) {
    for (auto& s : terms) s = s.substr(prefix.size());
    return terms;
  }

  Result<Clause> FieldClause(const Token& t, Clause c) {
    const std::string& f = t.field;
    if (f == "title") return TextClause(t.text, schema::kTitle, t.field_phrase, c);
    if (f == "body" || f == "text") return TextClause(t.text, "", t.field_phrase, c, true);
    c.filter = true;
    if (f == "source") {
      c.query = SourceFilter(t.text);
    } else if (f == "speaker" || f == "person") {
      out_->mentions_quote_field = f == "speaker";
      c.query = AliasFilter(schema::kSpeaker, t.text, aliases_);
    } else if (f == "org") {
      c.query = AliasFilter(schema::kOrg, t.text, aliases_);
    } else if (f == "kind") {
      if (t.text != schema::kKindArticle && t.text != schema::kKindQuote) {
        return Status::InvalidArgument("kind:" + t.text + " is not a kind; use kind:article or kind:quote");
      }
      out_->mentions_kind = true;
      c.query = Xapian::Query(schema::Term(schema::kKind, t.text));
    } else if (f == "id") {
      // An article id, or a quote's ("<article id>#q<n>"): kept under separate prefixes.
      c.query = Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(schema::Term(schema::kId, t.text)),
                              Xapian::Query(schema::Term(schema::kQuoteId, t.text)));
    } else if (f == "date") {
      auto q = DateQuery(t.text);
      if (!q.ok()) return q.status();
      c.query = *q;
    } else if (f == "amount") {
      out_->mentions_amount = true;
      AmountRange range;
      auto q = AmountQuery(t.text, &range);
      if (!q.ok()) return q.status();
      c.query = *q;
      if (!c.negated) out_->amounts.push_back(std::move(range));
    } else {
      return Status::InvalidArgument("unknown field \"" + f + ":\" (known: title, body, source, speaker, person, org, kind, id, date, amount)");
    }
    return c;
  }

  // source:V matches the source whose key is V's, and every source that has
  // all of V's words among its own (source:wikinews, source:wikinews.org →
  // ko.wikinews.org). The sources are the index's XS terms, so databases
  // written before this need no re-indexing.
  Xapian::Query SourceFilter(const std::string& value) {
    const std::string key = AliasTable::Key(value);
    std::vector<std::string> terms{schema::Term(schema::kSource, key)};
    const std::vector<std::string> wanted = SourceWords(key);
    const std::string prefix = schema::kSource;
    for (auto it = db_.allterms_begin(prefix); it != db_.allterms_end(prefix); ++it) {
      const std::string source = (*it).substr(prefix.size());
      if (source == key) continue;
      std::vector<std::string> have = SourceWords(source);
      if (!wanted.empty() && std::all_of(wanted.begin(), wanted.end(), [&](const std::string& w) {
            return std::find(have.begin(), have.end(), w) != have.end();
          })) {
        terms.push_back(*it);
      }
    }
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  }

  static Result<Xapian::Query> DateQuery(const std::string& v) {
    size_t dots = v.find("..");
    if (dots == std::string::npos) {
      if (!ValidDate(v)) return Status::InvalidArgument("date:" + v + " is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO");
      if (v.size() == 4) return Xapian::Query(schema::Term(schema::kYear, v));
      if (v.size() == 10) return Xapian::Query(schema::Term(schema::kDate, v));
      return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotDate, v, v + "-99");
    }
    std::string lo = v.substr(0, dots), hi = v.substr(dots + 2);
    if (lo.empty() && hi.empty()) return Status::InvalidArgument("date:.. needs at least one end");
    if ((!lo.empty() && !ValidDate(lo)) || (!hi.empty() && !ValidDate(hi))) {
      return Status::InvalidArgument("date:" + v + " has a malformed end; write YYYY, YYYY-MM or YYYY-MM-DD on each side of ..");
    }
    std::string hi_bound = hi.empty() ? "" : hi + (hi.size() < 10 ? "-99" : "");
    if (!lo.empty() && !hi.empty() && lo > hi_bound) return Status::InvalidArgument("date:" + v + " is inverted: " + lo + " is after " + hi);
    if (lo.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kSlotDate, hi_bound);
    if (hi.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kSlotDate, lo);
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotDate, lo, hi_bound);
  }

  // amount:LOW..HIGH → OR of the amount terms in range (their values are in
  // the term); *range receives the unit and the bounds.
  Result<Xapian::Query> AmountQuery(const std::string& v, AmountRange* range) {
    size_t dots = v.find("..");
    std::string lo_s = dots == std::string::npos ? v : v.substr(0, dots);
    std::string hi_s = dots == std::string::npos ? v : v.substr(dots + 2);
    double lo = -1e308, hi = 1e308;
    std::string lo_unit, hi_unit;
    if (!lo_s.empty() && !ParseAmount(ToU32(NormalizeText(lo_s)), &lo, &lo_unit)) return Status::InvalidArgument("amount:" + v + ": \"" + lo_s + "\" is not an amount");
    if (!hi_s.empty() && !ParseAmount(ToU32(NormalizeText(hi_s)), &hi, &hi_unit)) return Status::InvalidArgument("amount:" + v + ": \"" + hi_s + "\" is not an amount");
    if (lo_s.empty() && hi_s.empty()) return Status::InvalidArgument("amount:.. needs at least one end");
    if (!lo_unit.empty() && !hi_unit.empty() && lo_unit != hi_unit) return Status::InvalidArgument("amount:" + v + " mixes units " + lo_unit + " and " + hi_unit);
    if (lo > hi) return Status::InvalidArgument("amount:" + v + " is inverted: the low end is above the high end");
    std::string unit = lo_unit.empty() ? hi_unit : lo_unit;
    *range = {unit, lo, hi};
    std::string prefix = std::string(schema::kAmount) + unit + (unit.empty() ? "" : ":");
    std::vector<Xapian::Query> terms;
    for (auto it = db_.allterms_begin(prefix); it != db_.allterms_end(prefix); ++it) {
      const std::string term = *it;
      size_t colon = term.find(':', std::strlen(schema::kAmount));
      if (colon == std::string::npos) continue;
      double value = Xapian::sortable_unserialise(term.substr(colon + 1));
      if (value < lo || value > hi) continue;
      if (++amount_terms_ > kMaxAmountTerms) {
        return Status::InvalidArgument("amount:" + v + ": the query's amount ranges match over " + std::to_string(kMaxAmountTerms) +
                                       " amounts; narrow them or give a unit");
      }
      terms.emplace_back(term);
    }
    // No amount in range: a term no document has. (Not MatchNothing, which is
    // the empty query, read as "nothing to search for".)
    if (terms.empty()) return Xapian::Query(std::string(schema::kAmount));
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  }

  std::vector<Token> toks_;
  size_t pos_ = 0;
  const AliasTable& aliases_;
  const Xapian::Database& db_;
  const AnalyzerOptions& analyzer_;
  ParsedQuery* out_;
  bool positions_;  // the index has term positions (else phrases are checked in the text)
  bool strict_ = true;
  int depth_ = 0;   // parentheses around the clause being parsed
  bool top_level_or_ = false;
  std::vector<PhraseCheck> top_level_phrases_;
  size_t amount_terms_ = 0;
};

}  // namespace

std::vector<std::string> SourceWords(std::string_view key) {
  std::vector<std::string> words;
  std::string word;
  bool word_is_hangul = false;
  for (char32_t ch : ToU32(key)) {
    const bool hangul = IsHangulSyllable(ch);
    if (!u_isalnum(static_cast<UChar32>(ch)) || (!word.empty() && hangul != word_is_hangul)) {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
      if (!u_isalnum(static_cast<UChar32>(ch))) continue;
    }
    word_is_hangul = hangul;
    AppendUtf8(word, ch);
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

Xapian::Query AliasFilter(const char* prefix, std::string_view value, const AliasTable& aliases) {
  std::vector<std::string> terms{std::string(prefix) + AliasTable::Key(value)};
  if (const AliasTable::Group* g = aliases.Find(value)) {
    for (const auto& s : g->spellings) terms.push_back(std::string(prefix) + AliasTable::Key(s));
  }
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

namespace {

// The words of `text` OR-ed (or, with `all`, AND-ed and each strict).
Xapian::Query WordsQuery(std::string_view text, const std::string& prefix, bool positions, const AnalyzerOptions& analyzer,
                         bool all, std::vector<std::vector<std::string>>* highlight) {
  std::vector<Xapian::Query> parts;
  auto words = SplitWords(text, prefix, analyzer);
  for (auto& w : words) {
    if (highlight) {
      highlight->push_back(w.terms);
      if (!w.stem_unigram.empty()) highlight->push_back({w.stem_unigram});
    }
    parts.push_back(WordQuery(w, all || words.size() <= kStrictMaxWords, positions));
  }
  if (parts.empty()) return Xapian::Query();
  return parts.size() == 1 ? parts[0] : Xapian::Query(all ? Xapian::Query::OP_AND : Xapian::Query::OP_OR, parts.begin(), parts.end());
}

}  // namespace

Xapian::Query TextQuery(std::string_view text, const std::string& prefix, bool positions, const AnalyzerOptions& analyzer,
                        std::vector<std::vector<std::string>>* highlight) {
  return WordsQuery(text, prefix, positions, analyzer, false, highlight);
}

Xapian::Query AllWordsQuery(std::string_view text, bool positions, const AnalyzerOptions& analyzer,
                            std::vector<std::vector<std::string>>* highlight) {
  return WordsQuery(text, "", positions, analyzer, true, highlight);
}

Result<ParsedQuery> ParseQuery(std::string_view query, const AliasTable& aliases, const Xapian::Database& db,
                               const AnalyzerOptions& analyzer) {
  size_t bad = 0;
  if (!IsValidUtf8(query, &bad)) return Status::InvalidArgument("query is not valid UTF-8 (byte " + std::to_string(bad) + ")");
  std::u32string q = ToU32(query);
  if (q.size() > kMaxQueryChars) {
    return Status::InvalidArgument("query too long: " + std::to_string(q.size()) + " characters (limit " + std::to_string(kMaxQueryChars) + ")");
  }
  auto toks = Lex(q);
  if (!toks.ok()) return toks.status();
  ParsedQuery out;
  try {
    size_t words = 0, depth = 0;
    for (const auto& t : *toks) {
      words += t.type == Tok::kWord || t.type == Tok::kPhrase || t.type == Tok::kField;
      if (t.type == Tok::kLParen && ++depth > kMaxDepth) {
        return Status::InvalidArgument("parentheses nested more than " + std::to_string(kMaxDepth) + " deep at character " + std::to_string(t.offset + 1));
      }
      if (t.type == Tok::kRParen && depth > 0) --depth;
    }
    if (words > kMaxQueryWords) {
      return Status::InvalidArgument("query too long: " + std::to_string(words) + " words (limit " + std::to_string(kMaxQueryWords) + ")");
    }
    if (Status s = CheckNormalizedSize(query, *toks); !s.ok()) return s;
    Parser parser(std::move(*toks), aliases, db, analyzer, &out);
    auto parsed = parser.Parse();
    if (!parsed.ok()) return parsed.status();
    if (parsed->empty()) return Status::InvalidArgument("nothing to search for in \"" + Excerpt(q, 0, 60) + "\"");
    out.query = *parsed;
  } catch (const Xapian::DatabaseModifiedError&) {
    throw;  // the searcher reopens the database and retries (alternatives read the index)
  } catch (const Xapian::NetworkError&) {
    throw;  // the searcher reconnects the shards and retries
  } catch (const Xapian::Error& e) {
    return Status::Internal("query: " + e.get_description());
  }
  return out;
}

}  // namespace kosearch
