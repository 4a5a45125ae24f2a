// Parser of the kosearch query language (see query_parser.h): query text →
// tokens → QueryPlan. Pure: it analyses words but reads no index.
#include "search/query_parser.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdlib>

#include "index/schema.h"
#include "kosearch/aliases.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

enum class Tok { kWord, kPhrase, kField, kLParen, kRParen, kAnd, kOr, kNot, kEnd };

struct QueryToken {
  Tok type = Tok::kEnd;
  std::string text;    // word, phrase body, or field value
  std::string field;   // for kField
  bool field_phrase = false;
  bool negated = false;  // a leading '-'
  size_t offset = 0;     // character offset in the query, for messages
  // A word, phrase or field: what the word limit and strictness count.
  bool IsTerm() const { return type == Tok::kWord || type == Tok::kPhrase || type == Tok::kField; }
};

// What one query may cost (README "Limits"): at most this many characters
// and words; parentheses nest at most this deep (the parser recurses once per level).
struct QueryLimits {
  size_t chars = 20000;
  size_t words = 1000;
  size_t depth = 100;
};
constexpr QueryLimits kLimits;

std::string TooLong(size_t n, const char* what, size_t limit) {
  return "query too long: " + std::to_string(n) + " " + what + " (limit " + std::to_string(limit) + ")";
}

// The limits hold for the query as it is searched, not only as typed: NFKC
// turns one character into up to 18 (U+FDFA, the squared words of U+3300…),
// and the analyzer splits a typed word at script changes into words that
// are each a clause (한漢한漢 is four). Counted as the parser splits: a
// word or text-field value counts its analyzed words, a phrase or filter
// one. Tokens are analysed only once the whole is known to be short enough.
Status CheckNormalizedSize(std::string_view query, const std::vector<QueryToken>& toks, const AnalyzerOptions& options) {
  const size_t chars = CodePointCount(NormalizeText(query));
  if (chars > kLimits.chars) return Status::InvalidArgument(TooLong(chars, "characters after Unicode normalisation", kLimits.chars));
  size_t words = 0;
  for (const QueryToken& t : toks) {
    const bool text_field = t.type == Tok::kField && !t.field_phrase && (t.field == "title" || t.field == "body" || t.field == "text");
    if (t.type == Tok::kWord || text_field) words += std::max<size_t>(AnalyzeWords(t.text, options).size(), 1);
    else words += t.type == Tok::kPhrase || t.type == Tok::kField;
  }
  if (words > kLimits.words) return Status::InvalidArgument(TooLong(words, "words after splitting scripts", kLimits.words));
  return Status::Ok();
}

// The limits on the query as typed: words and nesting.
Status CheckTokens(const std::vector<QueryToken>& toks) {
  size_t words = 0, depth = 0;
  for (const auto& t : toks) {
    words += t.IsTerm();
    if (t.type == Tok::kLParen && ++depth > kLimits.depth) {
      return Status::InvalidArgument("parentheses nested more than " + std::to_string(kLimits.depth) + " deep at character " +
                                     std::to_string(t.offset + 1));
    }
    if (t.type == Tok::kRParen && depth > 0) --depth;
  }
  if (words > kLimits.words) return Status::InvalidArgument(TooLong(words, "words", kLimits.words));
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

// The position of the quote that closes the one at `open`; fails when there is none.
Result<size_t> ClosingQuote(const std::u32string& q, size_t open) {
  size_t close = open + 1;
  while (close < q.size() && !IsQuoteOpen(q[close])) ++close;
  if (close >= q.size()) return Status::InvalidArgument("unbalanced quote at character " + std::to_string(open + 1) + ": " + Excerpt(q, open));
  return close;
}

// A word that starts with letters and a colon (title:…) is a field; its
// value runs to the next space, or is a quoted phrase (title:"…").
// q[i, j) is the word; *j moves past a quoted value.
Status LexField(const std::u32string& q, size_t i, size_t colon, size_t* j, QueryToken* t) {
  t->type = Tok::kField;
  t->field = AsciiLower(ToUtf8(q.substr(i, colon)));
  if (i + colon + 1 == *j && *j < q.size() && IsQuoteOpen(q[*j])) {
    auto close = ClosingQuote(q, *j);
    if (!close.ok()) return close.status();
    t->text = ToUtf8(q.substr(*j + 1, *close - *j - 1));
    t->field_phrase = true;
    *j = *close + 1;
  } else {
    t->text = ToUtf8(q.substr(i + colon + 1, *j - i - colon - 1));
  }
  if (t->text.empty()) return Status::InvalidArgument("field \"" + t->field + ":\" has no value (at character " + std::to_string(i + 1) + ")");
  return Status::Ok();
}

Result<std::vector<QueryToken>> Lex(const std::u32string& q) {
  std::vector<QueryToken> out;
  size_t i = 0;
  while (i < q.size()) {
    if (IsSpace(q[i])) { ++i; continue; }
    QueryToken t;
    t.offset = i;
    if (q[i] == U'-' && i + 1 < q.size() && !IsSpace(q[i + 1])) { t.negated = true; ++i; }
    if (q[i] == U'(' || q[i] == U')') {
      t.type = q[i] == U'(' ? Tok::kLParen : Tok::kRParen;
      ++i;
      out.push_back(t);
      continue;
    }
    if (IsQuoteOpen(q[i])) {
      auto close = ClosingQuote(q, i);
      if (!close.ok()) return close.status();
      t.type = Tok::kPhrase;
      t.text = ToUtf8(q.substr(i + 1, *close - i - 1));
      i = *close + 1;
      out.push_back(t);
      continue;
    }
    size_t j = i;
    while (j < q.size() && !IsSpace(q[j]) && q[j] != U'(' && q[j] != U')' && !IsQuoteOpen(q[j])) ++j;
    const std::u32string word = q.substr(i, j - i);
    const size_t colon = word.find(U':');
    if (colon != std::u32string::npos && colon > 0 && std::all_of(word.begin(), word.begin() + colon, [](char32_t c) { return IsAsciiAlpha(c); })) {
      if (Status s = LexField(q, i, colon, &j, &t); !s.ok()) return s;
    } else {
      const std::string w = ToUtf8(word);
      if (!t.negated && (w == "AND" || w == "&&")) t.type = Tok::kAnd;
      else if (!t.negated && (w == "OR" || w == "||")) t.type = Tok::kOr;
      else if (!t.negated && w == "NOT") t.type = Tok::kNot;
      else { t.type = Tok::kWord; t.text = w; }
    }
    i = j;
    out.push_back(t);
  }
  QueryToken end;
  end.offset = q.size();
  out.push_back(end);
  return out;
}

}  // namespace

// How a word's bigrams are combined. A short query (a few words, typed by a
// person who means each word) needs every bigram of a word: "무단전재" must
// not match a text that only shares "전재". A long query (a question) keeps
// partial credit, since its words are inflected differently from the text.
// In both, the phrase of the bigrams is OR-ed in so whole-word matches rank
// higher. Measured in bench/retrieval_results.md.
constexpr size_t kStrictMaxWords = 3;

size_t StrictMaxWords() { return kStrictMaxWords; }

namespace {

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

// date:V → the range it means.
Result<DateRange> ParseDateRange(const std::string& v) {
  size_t dots = v.find("..");
  if (dots == std::string::npos) {
    if (!ValidDate(v)) return Status::InvalidArgument("date:" + v + " is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO");
    return DateRange{v, v + "-99", v.size() != 7};
  }
  std::string lo = v.substr(0, dots), hi = v.substr(dots + 2);
  if (lo.empty() && hi.empty()) return Status::InvalidArgument("date:.. needs at least one end");
  if ((!lo.empty() && !ValidDate(lo)) || (!hi.empty() && !ValidDate(hi))) {
    return Status::InvalidArgument("date:" + v + " has a malformed end; write YYYY, YYYY-MM or YYYY-MM-DD on each side of ..");
  }
  std::string hi_bound = hi.empty() ? "" : hi + (hi.size() < 10 ? "-99" : "");
  if (!lo.empty() && !hi.empty() && lo > hi_bound) return Status::InvalidArgument("date:" + v + " is inverted: " + lo + " is after " + hi);
  return DateRange{lo, hi_bound, false};
}

// amount:LOW..HIGH (either end may be left out, a unit on either side) → the range.
Result<AmountRange> ParseAmountRange(const std::string& v) {
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
  return AmountRange{lo_unit.empty() ? hi_unit : lo_unit, lo, hi};
}

// Lucene-style fuzzy search: "omni~", "omni~2" (but "3~4", a range, is text).
bool IsFuzzy(const std::string& word) {
  size_t tilde = word.rfind('~');
  if (tilde == std::string::npos || tilde == 0) return false;
  if (tilde + 1 == word.size()) return true;
  bool digits_after = std::all_of(word.begin() + tilde + 1, word.end(), [](unsigned char ch) { return IsAsciiDigit(ch); });
  return digits_after && !IsAsciiDigit(static_cast<unsigned char>(word[tilde - 1]));
}

bool HasNothing(const std::vector<PlanConjunction>& any) {
  return std::all_of(any.begin(), any.end(), [](const PlanConjunction& c) { return c.clauses.empty(); });
}

// Recursive descent over the tokens: OR of conjunctions of (NOT) clauses.
class Parser {
 public:
  Parser(std::vector<QueryToken> toks, const AnalyzerOptions& options) : toks_(std::move(toks)), options_(options) {}

  Result<std::vector<PlanConjunction>> Parse() {
    auto any = ParseOr();
    if (!any.ok()) return any;
    if (Peek().type == Tok::kRParen) return Status::InvalidArgument("unbalanced parenthesis: \")\" at character " + std::to_string(Peek().offset + 1) + " has no \"(\"");
    if (Peek().type != Tok::kEnd) return Status::InvalidArgument("unexpected text at character " + std::to_string(Peek().offset + 1));
    return any;
  }

 private:
  const QueryToken& Peek() const { return toks_[pos_]; }
  const QueryToken& Next() { return toks_[pos_++]; }

  Result<std::vector<PlanConjunction>> ParseOr() {
    std::vector<PlanConjunction> any;
    while (true) {
      auto conjunction = ParseAnd();
      if (!conjunction.ok()) return conjunction.status();
      any.push_back(std::move(*conjunction));
      if (Peek().type != Tok::kOr) return any;
      Next();
    }
  }

  Result<PlanConjunction> ParseAnd() {
    PlanConjunction out;
    std::vector<PlanClause>& clauses = out.clauses;
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
      bool empty = false;
      auto c = ParseUnary(&empty);
      if (!c.ok()) return c.status();
      c->negated = c->minus != negate;
      c->required = c->required || next_required;
      next_required = false;
      if (!empty) clauses.push_back(std::move(*c));
    }
    if (next_required) return Status::InvalidArgument("\"AND\" at the end of the query has nothing on its right");
    return out;
  }

  // One clause; *empty when it has nothing to search for (punctuation only).
  Result<PlanClause> ParseUnary(bool* empty) {
    const QueryToken t = Next();
    PlanClause c;
    c.minus = t.negated;
    c.text = t.text;
    switch (t.type) {
      case Tok::kLParen: {
        auto inner = ParseOr();
        if (!inner.ok()) return inner.status();
        if (Peek().type != Tok::kRParen) return Status::InvalidArgument("unbalanced parenthesis: \"(\" at character " + std::to_string(t.offset + 1) + " is never closed");
        Next();
        c.kind = PlanClause::Kind::kGroup;
        c.group = std::move(*inner);
        *empty = HasNothing(c.group);
        return c;
      }
      case Tok::kWord: return TextClause(std::move(c), false, empty);
      case Tok::kPhrase: return TextClause(std::move(c), true, empty);
      case Tok::kField: return FieldClause(t, std::move(c), empty);
      case Tok::kNot: return Status::InvalidArgument("\"NOT NOT\" at character " + std::to_string(t.offset + 1));
      default: return Status::InvalidArgument("operator at character " + std::to_string(t.offset + 1) + " has nothing to apply to");
    }
  }

  // c.text in c.field: words, a phrase or a prefix.
  Result<PlanClause> TextClause(PlanClause c, bool phrase, bool* empty) {
    const std::string& text = c.text;
    if (!phrase && IsFuzzy(text)) {
      return Status::InvalidArgument("fuzzy search is not supported: \"" + text + "\"; remove the ~ (or quote the word)");
    }
    if (!phrase && text.find('*') != std::string::npos) return PrefixClause(std::move(c));
    c.words = AnalyzeWords(text, options_);
    *empty = c.words.empty();
    if (phrase) c.kind = PlanClause::Kind::kPhrase;
    return c;
  }

  // "SK*", "title:omni*": every term that starts with the word's one Latin or
  // number term. Hangul words are indexed as overlapping bigrams, which
  // already match inside longer words, so a Hangul prefix is refused rather
  // than given a meaning it cannot keep.
  Result<PlanClause> PrefixClause(PlanClause c) {
    const std::string& text = c.text;
    const std::string stem = text.substr(0, text.size() - 1);
    if (text.back() != '*' || stem.find('*') != std::string::npos || stem.empty()) {
      return Status::InvalidArgument("\"" + text + "\": * is only allowed at the end of a word (prefix search, e.g. SK*)");
    }
    const std::u32string cps = ToU32(NormalizeText(stem));
    if (std::any_of(cps.begin(), cps.end(), [](char32_t ch) { return IsHangulSyllable(ch) || IsHan(ch) || (ch >= 0x1100 && ch <= 0x11FF) || (ch >= 0x3130 && ch <= 0x318F); })) {
      return Status::InvalidArgument("prefix search works on Latin words and numbers only: \"" + text +
                                     "\" (a Hangul word already matches inside longer words: search " + stem + ")");
    }
    c.words = AnalyzeWords(stem, options_);
    if (c.words.size() != 1 || c.words[0].terms.size() != 1) {
      return Status::InvalidArgument("prefix search takes one word: \"" + text + "\"");
    }
    c.kind = PlanClause::Kind::kPrefix;
    return c;
  }

  Result<PlanClause> FieldClause(const QueryToken& t, PlanClause c, bool* empty) {
    using Kind = PlanClause::Kind;
    const std::string& f = t.field;
    if (f == "title" || f == "body" || f == "text") {
      c.field = f == "title" ? TextField::kTitle : TextField::kBody;
      return TextClause(std::move(c), t.field_phrase, empty);
    }
    if (f == "source") {
      c.kind = Kind::kSource;
      c.text = AliasTable::Key(t.text);
    } else if (f == "speaker" || f == "person" || f == "org") {
      c.kind = f == "speaker" ? Kind::kSpeaker : f == "person" ? Kind::kPerson : Kind::kOrg;
    } else if (f == "kind") {
      if (t.text != schema::kKindArticle && t.text != schema::kKindQuote) {
        return Status::InvalidArgument("kind:" + t.text + " is not a kind; use kind:article or kind:quote");
      }
      c.kind = Kind::kKind;
    } else if (f == "id") {
      c.kind = Kind::kId;
    } else if (f == "date") {
      auto range = ParseDateRange(t.text);
      if (!range.ok()) return range.status();
      c.kind = Kind::kDate;
      c.date = std::move(*range);
    } else if (f == "amount") {
      auto range = ParseAmountRange(t.text);
      if (!range.ok()) return range.status();
      c.kind = Kind::kAmount;
      c.amount = std::move(*range);
    } else {
      return Status::InvalidArgument("unknown field \"" + f + ":\" (known: title, body, source, speaker, person, org, kind, id, date, amount)");
    }
    return c;
  }

  std::vector<QueryToken> toks_;
  size_t pos_ = 0;
  const AnalyzerOptions& options_;
};

}  // namespace

std::vector<PlanWord> AnalyzeWords(std::string_view text, const AnalyzerOptions& options) {
  std::vector<PlanWord> words;
  uint32_t last_word = UINT32_MAX;
  for (const Token& t : Analyze(NormalizeText(text), options)) {
    if (t.word != last_word) { words.emplace_back(); last_word = t.word; }
    if (t.index_only) words.back().stem_unigram = t.term;
    else words.back().terms.push_back(t.term);
  }
  return words;
}

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

Result<QueryPlan> ParseQuery(std::string_view query, const AnalyzerOptions& options) {
  size_t bad = 0;
  if (!IsValidUtf8(query, &bad)) return Status::InvalidArgument("query is not valid UTF-8 (byte " + std::to_string(bad) + ")");
  const std::u32string q = ToU32(query);
  if (q.size() > kLimits.chars) return Status::InvalidArgument(TooLong(q.size(), "characters", kLimits.chars));
  auto toks = Lex(q);
  if (!toks.ok()) return toks.status();
  if (Status s = CheckTokens(*toks); !s.ok()) return s;
  if (Status s = CheckNormalizedSize(query, *toks, options); !s.ok()) return s;
  QueryPlan plan;
  plan.strict = static_cast<size_t>(std::count_if(toks->begin(), toks->end(), [](const QueryToken& t) { return t.IsTerm(); })) <= StrictMaxWords();
  auto any = Parser(std::move(*toks), options).Parse();
  if (!any.ok()) return any.status();
  if (HasNothing(*any)) return Status::InvalidArgument("nothing to search for in \"" + Excerpt(q, 0, 60) + "\"");
  plan.any = std::move(*any);
  return plan;
}

}  // namespace kosearch
