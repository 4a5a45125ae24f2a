// Alternatives of plain query words (see query_expansion.h).
#include "search/query_expansion.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "kosearch/analyzer.h"
#include "text/loanword.h"
#include "search/query_planner.h"
#include "index/schema.h"
#include "search/best_documents.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// An alternative weighs at most this share of the word as typed: BM25 gives
// a term 0.3 to 1 times its best weight depending on its frequency in the
// article and the article's length, so an article with only another
// spelling stays below one with the word itself (tests/e2e_aliases.py).
constexpr double kAlternativeWeight = 0.3;
// Words of a query that are looked up; a longer query keeps the rest as typed.
constexpr size_t kMaxExpandedWords = 16;
// Alias spellings used per word (a group may list many).
constexpr size_t kMaxSpellings = 8;
// Words a multi-word alias may span ("Samsung Electronics", "Jensen Huang").
constexpr size_t kMaxSpan = 3;
// Spacing variants are tried in queries of at most this many plain words.
// A longer query (a question) makes each word's bigrams optional
// (query_planner.cc), so 젠슨황 there already matches 젠슨 황 by its bigram
// 젠슨, while its inflected words would bring many meaningless splits.
constexpr size_t kMaxSpacingWords = 3;
// Hangul words tried as two spaced words: from 3 syllables (a split of two
// would leave two single syllables) up to this many.
constexpr size_t kMaxSplitSyllables = 8;
// Articles whose Hangul words are the loanword candidates of an English
// word, and the matches kept per word (answer.cc keeps as many).
constexpr Xapian::doccount kScanArticles = 50;
constexpr size_t kMaxLoanwordMatches = 3;
// Alias keys of at least this many bytes are looked up by listing every
// alias term that starts with them (AliasSpellings).
constexpr size_t kMinListedKeyBytes = 3;

bool IsLatinWord(const std::string& s) {
  return s.size() >= 3 && std::all_of(s.begin(), s.end(), [](unsigned char c) { return IsAsciiAlpha(c); });
}

// Mined aliases (XL terms) are used for words not written in Hangul only:
// they come from "엔비디아(NVIDIA)", so an article with the Hangul word
// mostly has the other spelling beside it already, and the pairs mined for
// common Korean words are noisy (철학 → 西洋哲學, 누구 → NUGU).
bool UseMinedAliases(const std::string& word) {
  std::u32string cps = ToU32(word);
  return std::none_of(cps.begin(), cps.end(), IsHangulSyllable);
}

bool IsHangulOnly(const std::string& s) {
  std::u32string cps = ToU32(s);
  return !cps.empty() && std::all_of(cps.begin(), cps.end(), IsHangulSyllable);
}

// A spelling too short to stand for anything on its own: one Hangul
// syllable (황, the family name in 젠슨 황's group) or one letter.
bool TooShort(const std::string& spelling) { return CodePointCount(AliasTable::Key(spelling)) < 2; }

Xapian::Query AnyOf(const std::vector<Xapian::Query>& qs) {
  if (qs.empty()) return Xapian::Query();
  return qs.size() == 1 ? qs[0] : Xapian::Query(Xapian::Query::OP_OR, qs.begin(), qs.end());
}

class Expander {
 public:
  Expander(const std::vector<QueryWord>& words, const AliasTable& aliases, DatabaseLookups& db,
           const AnalyzerOptions& analyzer)
      : words_(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(std::min(words.size(), kMaxExpandedWords))),
        aliases_(aliases), db_(db), analyzer_(analyzer), positions_(db.db().has_positions()),
        spacing_(words.size() <= kMaxSpacingWords) {
    // A spelling that is the query's own word adds nothing.
    for (const QueryWord& w : words_) used_.insert(AllWordsQuery(w.text, positions_, analyzer_, nullptr).get_description());
  }

  WordAlternatives Run() {
    out_.per_word.resize(words_.size());
    // Each word's alternatives and their weight bound, then every weight at
    // once: the frequencies of the words that have alternatives are asked
    // of the archive together.
    std::vector<std::pair<Xapian::Query, double>> found(words_.size());
    std::vector<std::string> weighed_terms;
    for (size_t i = 0; i < words_.size(); ++i) {
      covered_ = {Terms(words_[i].text)};
      alternatives_bound_ = 0;
      std::vector<Xapian::Query> alts = AliasAlternatives(words_[i].text);
      if (alts.empty() && IsLatinWord(words_[i].text)) alts = LoanwordAlternatives(words_[i].text);
      if (spacing_) {
        for (auto& q : SplitAlternatives(words_[i].text)) alts.push_back(std::move(q));
      }
      found[i] = {AnyOf(alts), alternatives_bound_};
      if (alts.empty()) continue;
      for (const Token& t : Analyze(NormalizeText(words_[i].text), analyzer_)) weighed_terms.push_back(t.term);
    }
    db_.Prefetch(weighed_terms);
    for (size_t i = 0; i < words_.size(); ++i) {
      alternatives_bound_ = found[i].second;
      out_.per_word[i] = Weighted(words_[i].text, found[i].first);
    }
    for (size_t span = 2; span <= kMaxSpan; ++span) {
      for (size_t first = 0; first + span <= words_.size(); ++first) SpanAlternatives(first, span);
    }
    return std::move(out_);
  }

 private:
  // The query of `spelling` (all its words), noted as an alternative of
  // `from`; empty when it is already used or matches nothing.
  Xapian::Query Alternative(const std::string& from, const std::string& spelling, const char* why,
                            const std::string& shown = "") {
    std::vector<std::vector<std::string>> highlight;
    Xapian::Query q = AllWordsQuery(spelling, positions_, analyzer_, &highlight);
    // Nothing new, or no article has it: left out (keeps the query and --explain short).
    if (q.empty() || !used_.insert(q.get_description()).second) return Xapian::Query();
    // A spelling with every term of the word or of an alternative already in
    // (삼성전자 for 삼성, 후보자 for 후보) finds nothing more, it would only
    // count the same articles twice.
    std::set<std::string> terms = Terms(spelling);
    for (const auto& have : covered_) {
      if (std::includes(terms.begin(), terms.end(), have.begin(), have.end())) return Xapian::Query();
    }
    if (!db_.Matches(q)) return Xapian::Query();
    covered_.push_back(std::move(terms));
    alternatives_bound_ = std::max(alternatives_bound_, WeightBound(spelling));
    out_.notes.push_back(from + " → " + (shown.empty() ? spelling : shown) + " (" + why + ")");
    for (auto& h : highlight) {
      if (std::find(out_.highlight.begin(), out_.highlight.end(), h) == out_.highlight.end()) out_.highlight.push_back(std::move(h));
    }
    return q;
  }

  // The terms `text` is searched by (stem unigrams aside).
  std::set<std::string> Terms(const std::string& text) const {
    std::set<std::string> terms;
    for (const Token& t : Analyze(NormalizeText(text), analyzer_)) {
      if (!t.index_only) terms.insert(t.term);
    }
    return terms;
  }

  // How much `text` can weigh at most, roughly: for each of its words the
  // idf of its rarest term. From the document count and term frequencies
  // only, which are the same however the archive is split into shards (the
  // bounds Xapian keeps per shard are not), so scores stay equal.
  double WeightBound(const std::string& text) const {
    const double n = db_.db().get_doccount();
    std::map<uint32_t, double> word_idf;
    for (const Token& t : Analyze(NormalizeText(text), analyzer_)) {
      double tf = db_.TermFreq(t.term);
      double idf = tf > 0 ? std::log(1 + (n - tf + 0.5) / (tf + 0.5)) : 0;
      word_idf[t.word] = std::max(word_idf[t.word], idf);
    }
    double sum = 0;
    for (const auto& [word, idf] : word_idf) sum += idf;
    return sum;
  }

  // `alternative` scaled so it never outweighs the word(s) `original`: at
  // most kAlternativeWeight of it, less when the alternatives are rarer.
  Xapian::Query Weighted(const std::string& original, const Xapian::Query& alternative) {
    if (alternative.empty()) return alternative;
    double scale = kAlternativeWeight;
    double bound = WeightBound(original);
    if (bound > 0 && alternatives_bound_ > bound) scale *= bound / alternatives_bound_;
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, alternative, scale);
  }

  // The alias spellings of `text` (or of it without its particles:
  // 엔비디아의 → 엔비디아) that some article has.
  std::vector<Xapian::Query> AliasAlternatives(const std::string& text) {
    std::vector<Xapian::Query> alts;
    for (const std::string& form : ParticleStrippedForms(text)) {
      if (TooShort(form)) break;
      std::vector<std::string> spellings = AliasSpellings(form, aliases_, db_, UseMinedAliases(form));
      if (spellings.size() < 2) continue;
      AddSpellings(text, form, spellings, &alts);
      break;  // the longest form with an alias group wins
    }
    return alts;
  }

  // The alias spellings (after the first, `name` itself) as alternatives of `from`.
  void AddSpellings(const std::string& from, const std::string& name, const std::vector<std::string>& spellings,
                    std::vector<Xapian::Query>* alts) {
    size_t used = 0;
    for (size_t k = 1; k < spellings.size() && used < kMaxSpellings; ++k) {
      // A spelling that differs in case only adds nothing; one that differs
      // in spacing (젠슨 황 for 젠슨황) does.
      bool same_words = AliasTable::Key(spellings[k]) == AliasTable::Key(name) &&
                        SplitSpaces(spellings[k]).size() == SplitSpaces(name).size();
      if (TooShort(spellings[k]) || same_words) continue;
      std::vector<std::string> forms{spellings[k]};
      // A Korean name of two words is also written as one (젠슨 황, 젠슨황).
      std::vector<std::string> parts = SplitSpaces(spellings[k]);
      if (parts.size() == 2 && IsHangulOnly(parts[0]) && IsHangulOnly(parts[1])) forms.push_back(parts[0] + parts[1]);
      for (const std::string& form : forms) {
        Xapian::Query q = Alternative(from, form, "alias");
        if (q.empty()) continue;
        alts->push_back(std::move(q));
        ++used;
      }
    }
  }

  // Transliterations of an English word among the Hangul words of the
  // articles that best match the query as typed (answer.cc does the same
  // with the quotes of the speaker asked about).
  std::vector<Xapian::Query> LoanwordAlternatives(const std::string& word) {
    if (!vocabulary_loaded_) LoadVocabulary();
    std::vector<Xapian::Query> alts;
    std::vector<std::string> matches = MatchLoanword(word, vocabulary_list_);
    if (matches.size() > kMaxLoanwordMatches) matches.resize(kMaxLoanwordMatches);
    for (const std::string& match : matches) {
      // Searched as the text has it (옴니버스를): the analyzer then cuts its
      // particles exactly as it did when indexing.
      auto it = vocabulary_.lower_bound(match);
      std::string as_written = it != vocabulary_.end() && it->compare(0, match.size(), match) == 0 ? *it : match;
      Xapian::Query q = Alternative(word, as_written, "loanword", match);
      if (!q.empty()) alts.push_back(std::move(q));
    }
    return alts;
  }

  void LoadVocabulary() {
    vocabulary_loaded_ = true;
    std::vector<Xapian::Query> typed;
    for (const QueryWord& w : words_) typed.push_back(w.query);
    Xapian::Query articles(schema::Term(schema::kKind, schema::kKindArticle));
    vocabulary_ = HangulWordsOfBest(db_, Xapian::Query(Xapian::Query::OP_FILTER, AnyOf(typed), articles), kScanArticles);
    vocabulary_list_.assign(vocabulary_.begin(), vocabulary_.end());
  }

  // A Hangul word no article has as written, as two spaced words
  // (젠슨황 → 젠슨 황), at each split whose two parts some article has together.
  std::vector<Xapian::Query> SplitAlternatives(const std::string& text) {
    std::vector<Xapian::Query> alts;
    // Only a word typed in Hangul (zzzz없는말zzzz is no misspaced 없는 말).
    if (std::any_of(text.begin(), text.end(), [](unsigned char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); })) return alts;
    const std::string normalized = NormalizeText(text);
    std::vector<Token> tokens = Analyze(normalized, analyzer_);
    for (size_t first = 0; first < tokens.size();) {
      size_t last = first;
      std::vector<std::string> bigrams;
      for (; last < tokens.size() && tokens[last].word == tokens[first].word; ++last) {
        if (!tokens[last].index_only) bigrams.push_back(tokens[last].term);
      }
      size_t start = tokens[first].start, end = tokens[last - 1].end;
      first = last;
      std::u32string stem = ToU32(normalized.substr(start, end - start));
      if (stem.size() < 3 || stem.size() > kMaxSplitSyllables || bigrams.size() + 1 != stem.size() ||
          !std::all_of(stem.begin(), stem.end(), IsHangulSyllable)) {
        continue;
      }
      if (db_.Matches(Xapian::Query(Xapian::Query::OP_AND, bigrams.begin(), bigrams.end()))) continue;
      // Not before a last syllable that is a particle (밝혀졌는 → 밝혀졌 는).
      const size_t splits = ParticleStrippedForms(ToUtf8(stem)).size() > 1 ? stem.size() - 1 : stem.size();
      for (size_t k = 1; k < splits; ++k) {
        std::string spaced = ToUtf8(stem.substr(0, k)) + " " + ToUtf8(stem.substr(k));
        Xapian::Query q = Alternative(text, spaced, "spacing");
        if (!q.empty()) alts.push_back(std::move(q));
      }
    }
    return alts;
  }

  // Words first..first+span-1 taken together: their alias spellings ("Jensen
  // Huang" → 젠슨 황) and, for two Hangul words, the two written as one
  // (젠슨 황 → 젠슨황).
  void SpanAlternatives(size_t first, size_t span) {
    std::string joined = words_[first].text, unspaced = words_[first].text;
    bool hangul = IsHangulOnly(words_[first].text);
    for (size_t k = first + 1; k < first + span; ++k) {
      if (!words_[k].follows_previous) return;
      joined += " " + words_[k].text;
      unspaced += words_[k].text;
      hangul = hangul && IsHangulOnly(words_[k].text);
    }
    std::vector<Xapian::Query> alts;
    covered_ = {Terms(joined)};
    alternatives_bound_ = 0;
    AddSpellings(joined, joined, AliasSpellings(joined, aliases_, db_, UseMinedAliases(joined)), &alts);
    if (spacing_ && hangul && span == 2) {
      Xapian::Query q = Alternative(joined, unspaced, "spacing");
      if (!q.empty()) alts.push_back(std::move(q));
    }
    Xapian::Query q = Weighted(joined, AnyOf(alts));
    if (!q.empty()) out_.spanning.push_back(std::move(q));
  }

  std::vector<QueryWord> words_;
  const AliasTable& aliases_;
  DatabaseLookups& db_;
  const AnalyzerOptions& analyzer_;
  bool positions_;
  bool spacing_;  // try spacing variants (a short query)
  WordAlternatives out_;
  std::set<std::string> used_;  // descriptions of the queries already in
  std::vector<std::set<std::string>> covered_;
  double alternatives_bound_ = 0;  // WeightBound of the strongest alternative of the word(s) being expanded  // terms of the word(s) being expanded and of their alternatives
  bool vocabulary_loaded_ = false;
  std::set<std::string> vocabulary_;
  std::vector<std::string> vocabulary_list_;
};

}  // namespace

WordAlternatives ExpandWords(const std::vector<QueryWord>& words, const AliasTable& aliases, DatabaseLookups& db,
                             const AnalyzerOptions& analyzer) {
  // Over remote shards each spelling's check is a round trip pair of its
  // own, asked one after another: a dry run first notes them all, one match
  // answers them, and the expansion then runs on those answers
  // (DatabaseLookups::BeginDryRun; the same alternatives either way).
  // Planned ahead (Searcher's LookAhead): a dry run only, its look-ups left
  // pending for the next match that asks several things at once.
  if (db.looking_ahead() && !db.dry_run()) {
    db.BeginDryRun();
    try {
      WordAlternatives noted = Expander(words, aliases, db, analyzer).Run();
      db.KeepDryRunPending();
      return noted;  // thrown away: the answers were not the database's
    } catch (...) {
      db.CancelDryRun();
      throw;
    }
  }
  // A second dry run when the first learnt that some alias listing has
  // terms: it lists them, and asks what their spellings lead to.
  constexpr int kDryRuns = 2;
  for (int run = 0; run < kDryRuns && db.batch_lookups() && !db.dry_run(); ++run) {
    db.BeginDryRun();
    try {
      Expander(words, aliases, db, analyzer).Run();
    } catch (...) {
      db.CancelDryRun();
      throw;
    }
    if (!db.ResolveDryRun()) break;
  }
  return Expander(words, aliases, db, analyzer).Run();
}

std::vector<std::string> AliasSpellings(const std::string& name, const AliasTable& aliases, DatabaseLookups& db,
                                        bool mined) {
  std::vector<std::string> out{name};
  auto add = [&](const std::string& s) {
    if (!s.empty() && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  };
  if (const AliasTable::Group* g = aliases.Find(name)) {
    for (const auto& s : g->spellings) add(s);
  }
  if (!mined) return out;
  // Listed without the "=" when the key is long enough to list few terms:
  // the listing then also answers the spans that start with this word
  // ("Jensen" lists XLjensenhuang= too). A name of several words is listed
  // by its first word's key when that is long enough: the one listing
  // (a round trip to a remote shard) then answers the first word too, which
  // a speaker's resolution asks next (이재명 대통령, then 이재명).
  const std::string key = AliasTable::Key(name);
  const std::string prefix = std::string(schema::kAlias) + key + "=";
  const std::vector<std::string> words = SplitSpaces(name);
  const std::string first = words.size() > 1 ? AliasTable::Key(words[0]) : key;
  const std::string listed_key = first.size() >= kMinListedKeyBytes && key.compare(0, first.size(), first) == 0 ? first : key;
  const std::string listed = key.size() >= kMinListedKeyBytes ? std::string(schema::kAlias) + listed_key : prefix;
  for (const std::string& term : db.TermsWithPrefix(listed)) {
    if (term.compare(0, prefix.size(), prefix) == 0) add(term.substr(prefix.size()));
  }
  return out;
}

void CollectHangulWords(std::string_view text, std::set<std::string>* out) {
  std::u32string word;
  for (char32_t c : ToU32(text) + U" ") {
    if (IsHangulSyllable(c)) { word.push_back(c); continue; }
    if (word.size() >= 2) out->insert(ToUtf8(word));
    word.clear();
  }
}

}  // namespace kosearch
