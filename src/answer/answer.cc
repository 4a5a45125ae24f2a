// Answering who-said-what questions: the speaker becomes a filter on quote
// documents (people, organizations and roles, with every alias spelling), the
// topic a ranked text query expanded across languages (alias file, aliases
// mined from the archive, loanword matching against the candidate quotes).
#include <xapian.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "kosearch/analyzer.h"
#include "text/loanword.h"
#include "search/query_expansion.h"
#include "search/query_parser.h"
#include "index/schema.h"
#include "search/searcher_impl.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Quotes scanned to learn who speaks for an organization, and to collect
// Hangul words for loanword matching (bounds the cost of a question).
constexpr Xapian::doccount kScanQuotes = 2000;
// Loanword matches used per English topic word.
constexpr size_t kMaxLoanwordMatches = 3;
// Speaker name parts scanned for a loanword match of an English name.
constexpr size_t kScanSpeakerTerms = 50000;

void AddUnique(std::vector<std::string>& v, const std::string& s) {
  if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

bool IsLatin(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return c < 0x80; });
}

// English plural → singular candidates ("GPUs" → "GPU", "companies" → "company").
std::vector<std::string> Singulars(const std::string& w) {
  std::vector<std::string> out;
  if (!IsLatin(w) || w.size() < 3) return out;
  if (w.size() > 3 && w.compare(w.size() - 3, 3, "ies") == 0) out.push_back(w.substr(0, w.size() - 3) + "y");
  auto ends = [&](const char* suffix) { size_t n = strlen(suffix); return w.size() > n && w.compare(w.size() - n, n, suffix) == 0; };
  if ((w.back() == 's' || w.back() == 'S') && !ends("ss") && !ends("us") && !ends("is")) out.push_back(w.substr(0, w.size() - 1));
  return out;
}

}  // namespace

Result<SearchResponse> Searcher::Impl::Answer(const Question& question, const SearchOptions& options) {
  SearchResponse resp;
  resp.is_question = true;
  Understanding& u = resp.understood;
  u.speaker = question.speaker;
  u.topic = question.topic;
  const Xapian::Query quotes(schema::Term(schema::kKind, schema::kKindQuote));

  // Speaker: every term of every spelling that the index has, as person, organization or role.
  Xapian::Query speaker_filter;
  std::vector<std::string> speaker_names;  // for the "closest articles" text query
  if (!question.speaker.empty()) {
    std::vector<std::string> terms;
    auto add_speaker = [&](const std::string& name) {
      for (const auto& s : AliasSpellings(name, *aliases, db)) {
        AddUnique(speaker_names, s);
        if (s != question.speaker) AddUnique(u.speaker_expansions, s);
        for (const char* prefix : {schema::kSpeaker, schema::kOrg, schema::kRole}) {
          std::string t = std::string(prefix) + AliasTable::Key(s);
          if (db.term_exists(t)) AddUnique(terms, t);
        }
      }
    };
    add_speaker(question.speaker);
    // "최태원 회장", "SK 최태원": when the whole is unknown, each word counts.
    if (terms.empty()) {
      for (const auto& w : SplitSpaces(question.speaker)) add_speaker(w);
    }
    // An English name no alias knows ("Ahmadinejad"): match it against the
    // speakers' names (and their parts) as transliterations.
    if (terms.empty() && IsLatin(question.speaker)) {
      std::vector<std::string> names;
      const std::string prefix = schema::kSpeaker;
      for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix) && names.size() < kScanSpeakerTerms; ++it) {
        std::string name = (*it).substr(prefix.size());
        if (!IsLatin(name)) names.push_back(std::move(name));
      }
      std::vector<std::string> candidates{question.speaker};
      for (const auto& w : SplitSpaces(question.speaker)) AddUnique(candidates, w);
      for (const auto& c : candidates) {
        for (const auto& match : MatchLoanword(c, names)) {
          AddUnique(u.speaker_expansions, match);
          AddUnique(speaker_names, match);
          AddUnique(terms, prefix + AliasTable::Key(match));
        }
      }
    }
    speaker_filter = terms.empty() ? Xapian::Query::MatchNothing : Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
    // An organization or a role speaks through people: add their other quotes.
    Xapian::Enquire who(db);
    who.set_query(Xapian::Query(Xapian::Query::OP_FILTER, quotes, speaker_filter));
    // Equal scores by the sort key, not by docid, so a sharded database finds
    // the same people in the same order.
    who.set_sort_by_relevance_then_value(schema::kSlotSort, true);
    Xapian::MSet m = who.get_mset(0, kScanQuotes);
    m.fetch(m.begin(), m.end());  // remote shards: every document in one round trip
    std::vector<std::string> people;
    for (auto it = m.begin(); it != m.end(); ++it) AddUnique(people, it.get_document().get_value(schema::kSlotSpeaker));
    for (const auto& p : people) {
      AddUnique(u.speaker_expansions, p);
      AddUnique(speaker_names, p);
      terms.push_back(std::string(schema::kSpeaker) + AliasTable::Key(p));
    }
    if (!terms.empty()) speaker_filter = Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  }
  // A speaker the index does not know has no quotes (Query::MatchNothing is
  // an empty query, so this must not fall through to "all quotes").
  const bool unknown_speaker = !question.speaker.empty() && speaker_filter.empty();
  Xapian::Query candidates = question.speaker.empty() ? quotes
                             : unknown_speaker        ? Xapian::Query::MatchNothing
                                                      : Xapian::Query(Xapian::Query::OP_FILTER, quotes, speaker_filter);

  // Topic: the words as asked, their alias spellings, singulars, loanword matches.
  std::vector<std::vector<std::string>> highlight;
  Xapian::Query topic_query;
  if (!question.topic.empty()) {
    std::vector<std::string> forms{question.topic};
    for (const auto& s : AliasSpellings(question.topic, *aliases, db)) AddUnique(forms, s);
    for (const auto& s : Singulars(question.topic)) {
      for (const auto& sp : AliasSpellings(s, *aliases, db)) AddUnique(forms, sp);
    }
    // Multi-word topics: each word's aliases too ("Korea investment").
    std::vector<std::string> words = SplitSpaces(question.topic);
    if (words.size() > 1 && forms.size() == 1) {
      for (const auto& w : words) {
        for (const auto& s : AliasSpellings(w, *aliases, db)) AddUnique(forms, s);
      }
    }
    // Latin words no alias knows: match them against the Hangul words of the candidate quotes.
    std::map<std::string, std::string> search_forms;  // loanword match → the word as written
    bool has_hangul_form = std::any_of(forms.begin(), forms.end(), [](const std::string& f) { return !IsLatin(f); });
    if (!has_hangul_form) {
      std::set<std::string> hangul_words;
      Xapian::Enquire scan(db);
      scan.set_query(candidates);
      scan.set_sort_by_relevance_then_value(schema::kSlotSort, true);
      Xapian::MSet m = scan.get_mset(0, kScanQuotes);
      m.fetch(m.begin(), m.end());
      for (auto it = m.begin(); it != m.end(); ++it) {
        nlohmann::json data = nlohmann::json::parse(it.get_document().get_data(), nullptr, false);
        if (data.is_object()) CollectHangulWords(data.value("text", ""), &hangul_words);
      }
      std::vector<std::string> vocabulary(hangul_words.begin(), hangul_words.end());
      for (const auto& w : words.empty() ? std::vector<std::string>{question.topic} : words) {
        std::vector<std::string> matches = MatchLoanword(w, vocabulary);
        // The best few only: a short or common word ("about") can pair with
        // thousands of words, and each becomes a query term.
        if (matches.size() > kMaxLoanwordMatches) matches.resize(kMaxLoanwordMatches);
        for (const auto& match : matches) {
          AddUnique(forms, match);
          // Search with the word as the text has it ("만델라라는"): the analyzer
          // cuts its particles exactly as it did when indexing.
          auto it = hangul_words.lower_bound(match);
          if (it != hangul_words.end() && it->compare(0, match.size(), match) == 0) search_forms[match] = *it;
        }
      }
    }
    std::vector<Xapian::Query> parts;
    for (const auto& f : forms) {
      if (f != question.topic) AddUnique(u.topic_expansions, f);
      auto as_written = search_forms.find(f);
      Xapian::Query q = TextQuery(as_written == search_forms.end() ? f : as_written->second, "", db.has_positions(), analyzer(), &highlight);
      if (!q.empty()) parts.push_back(q);
    }
    if (!parts.empty()) topic_query = Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
  }

  Xapian::Query final_query = topic_query.empty() ? candidates : Xapian::Query(Xapian::Query::OP_FILTER, topic_query, candidates);
  auto run = Run(final_query, highlight, options, !topic_query.empty());
  if (!run.ok()) return run.status();
  resp.total = run->total;
  resp.total_exact = run->total_exact;
  resp.hits = std::move(run->hits);
  resp.facets = std::move(run->facets);
  resp.xapian_query = run->xapian_query;

  // Group by speaker, the group with the best quote first (stable: keeps rank inside a group).
  std::map<std::string, size_t> first_seen;
  for (size_t i = 0; i < resp.hits.size(); ++i) first_seen.emplace(resp.hits[i].speaker, i);
  std::stable_sort(resp.hits.begin(), resp.hits.end(),
                   [&](const Hit& a, const Hit& b) { return first_seen[a.speaker] < first_seen[b.speaker]; });

  // Nothing quoted: offer articles that name both the speaker and the topic.
  if (resp.hits.empty() && !topic_query.empty()) {
    std::vector<Xapian::Query> names;
    for (const auto& n : speaker_names) {
      Xapian::Query q = TextQuery(n, "", db.has_positions(), analyzer(), nullptr);
      if (!q.empty()) names.push_back(q);
    }
    Xapian::Query articles(schema::Term(schema::kKind, schema::kKindArticle));
    Xapian::Query q = topic_query;
    if (!names.empty()) q = Xapian::Query(Xapian::Query::OP_AND, q, Xapian::Query(Xapian::Query::OP_OR, names.begin(), names.end()));
    SearchOptions closest_options;
    closest_options.limit = std::min<size_t>(options.limit, 5);
    auto closest = Run(Xapian::Query(Xapian::Query::OP_FILTER, q, articles), highlight, closest_options, true);
    if (closest.ok()) resp.closest = std::move(closest->hits);
  }
  return resp;
}

}  // namespace kosearch
