// Answering who-said-what questions: the speaker becomes a filter on quote
// documents (speaker_filter.h: it narrows, never widens), the filters of the
// question (years, sources) filter too, and the topic, the event and quoted
// phrases are scored, not required: over the quote text (expanded across
// languages: alias file, mined aliases, loanword matching against the
// candidate quotes) and over the quote's article (title and body), so a
// quote about its topic only through its article still ranks. Quotes of one
// article stay together.
#include <xapian.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "answer/question_grammar.h"
#include "answer/speaker_filter.h"
#include "kosearch/analyzer.h"
#include "text/loanword.h"
#include "search/query_expansion.h"
#include "search/query_planner.h"
#include "index/schema.h"
#include "search/searcher_impl.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Quotes scanned to collect Hangul words for loanword matching (bounds the
// cost of a question).
constexpr Xapian::doccount kScanQuotes = 2000;
// Articles whose quotes share the article's score, and the share: a quote
// about its topic only through its article still ranks, below one that says it.
constexpr Xapian::doccount kBoostedArticles = 20;
constexpr double kArticleShare = 0.5;
// A quoted phrase: the weight of its words together.
constexpr double kPhraseWeight = 2.0;
// Loanword matches used per English topic word.
constexpr size_t kMaxLoanwordMatches = 3;

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


// The words of the topic, event and phrases, English function words left out.
std::string ScoredWords(const Question& question) {
  std::string text = question.topic + " " + question.event;
  for (const auto& p : question.phrases) text += " " + p;
  std::string out;
  for (const auto& w : SplitSpaces(text)) {
    std::string word = w;
    while (!word.empty() && std::strchr(",.;:?!'\"", word.back())) word.pop_back();
    for (std::string_view s : {"'s", "’s"}) {
      if (word.size() > s.size() && word.compare(word.size() - s.size(), s.size(), s) == 0) word.erase(word.size() - s.size());
    }
    if (!word.empty() && !IsEnglishFunctionWord(word)) out += (out.empty() ? "" : " ") + word;
  }
  return out;
}

// The question's filters ("date:2013", "source:x") as one query; empty when none.
Result<Xapian::Query> FilterQuery(const Question& question, const AliasTable& aliases, const Xapian::Database& db) {
  std::vector<Xapian::Query> parts;
  for (const auto& f : question.filters) {
    auto plan = ParseQuery(f);
    if (!plan.ok()) return plan.status();
    auto planned = PlanQuery(*plan, aliases, XapianIndexReader(db));
    if (!planned.ok()) return planned.status();
    parts.push_back(planned->query);
  }
  if (parts.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

// The best articles for `topic` (within `filter`), each as a query that
// gives its quotes a fixed share of the article's score.
Xapian::Query ArticleBoost(const Xapian::Database& db, const Xapian::Query& topic, const Xapian::Query& filter) {
  Xapian::Query articles(schema::Term(schema::kKind, schema::kKindArticle));
  if (!filter.empty()) articles = Xapian::Query(Xapian::Query::OP_AND, articles, filter);
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, topic, articles));
  enquire.set_sort_by_relevance_then_value(schema::kSlotSort, true);
  Xapian::MSet m = enquire.get_mset(0, kBoostedArticles);
  m.fetch(m.begin(), m.end());
  std::vector<Xapian::Query> boosts;
  for (auto it = m.begin(); it != m.end(); ++it) {
    nlohmann::json data = nlohmann::json::parse(it.get_document().get_data(), nullptr, false);
    if (!data.is_object()) continue;
    auto* source = new Xapian::FixedWeightPostingSource(it.get_weight() * kArticleShare);
    boosts.emplace_back(Xapian::Query::OP_FILTER, Xapian::Query(source->release()),
                        Xapian::Query(schema::Term(schema::kArticle, data.value("id", ""))));
  }
  return boosts.empty() ? Xapian::Query() : Xapian::Query(Xapian::Query::OP_OR, boosts.begin(), boosts.end());
}

// Quotes of one article together, the article with the best quote first
// (stable: keeps the rank inside an article).
void KeepArticlesTogether(std::vector<Hit>* hits) {
  std::map<std::string, size_t> first_seen;
  for (size_t i = 0; i < hits->size(); ++i) first_seen.emplace((*hits)[i].article_id, i);
  std::stable_sort(hits->begin(), hits->end(), [&](const Hit& a, const Hit& b) {
    return first_seen[a.article_id] < first_seen[b.article_id];
  });
}

// "최태원 (SK그룹 회장)" for each speaker of `hits`, once.
std::vector<std::string> SpeakersAnswered(const std::vector<Hit>& hits) {
  std::vector<std::string> out;
  for (const Hit& h : hits) {
    std::string who = h.speaker.empty() ? "(speaker not named in the text)" : h.speaker;
    std::string role = h.org + (h.org.empty() || h.role.empty() ? "" : " ") + h.role;
    if (!role.empty()) who += " (" + role + ")";
    AddUnique(out, who);
  }
  return out;
}

}  // namespace

Xapian::Query Searcher::Impl::TopicQuery(const std::string& topic, const Xapian::Query& candidates, Understanding* understood,
                                         std::vector<std::vector<std::string>>* highlight) {
  Understanding& u = *understood;
  Question question;
  question.topic = topic;
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
      Xapian::Query q = TextQuery(as_written == search_forms.end() ? f : as_written->second, "", db.has_positions(), highlight);
      if (!q.empty()) parts.push_back(q);
    }
    if (!parts.empty()) topic_query = Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
  }

  return topic_query;
}

Result<SearchResponse> Searcher::Impl::Answer(const Question& question, const SearchOptions& options) {
  SearchResponse resp;
  resp.is_question = true;
  Understanding& u = resp.understood;
  u.speaker = question.speaker;
  u.topic = question.topic;
  u.event = question.event;
  u.phrases = question.phrases;
  u.filters = question.filters;
  const Xapian::Query quotes(schema::Term(schema::kKind, schema::kKindQuote));

  SpeakerFilter speaker = ResolveSpeaker(question.speaker, *aliases, db);
  u.speaker_expansions = speaker.expansions;
  u.asks_who = question.asks_who;
  u.speaker_resolution = speaker.how;
  auto filters = FilterQuery(question, *aliases, db);
  if (!filters.ok()) return filters.status();
  Xapian::Query candidates = quotes;
  if (!speaker.filter.empty()) candidates = Xapian::Query(Xapian::Query::OP_FILTER, candidates, speaker.filter);
  if (!filters->empty()) candidates = Xapian::Query(Xapian::Query::OP_FILTER, candidates, *filters);
  // A speaker the index does not know has no quotes (Query::MatchNothing is
  // an empty query, so this must not fall through to "all quotes").
  if (speaker.unknown) candidates = Xapian::Query::MatchNothing;

  std::vector<std::vector<std::string>> highlight;
  std::string words = ScoredWords(question);
  for (const auto& name : RomanizedKoreanNames(question.topic + " " + question.event, *aliases, db)) words += " " + name;
  Xapian::Query scored = TopicQuery(words, candidates, &u, &highlight);
  for (const auto& phrase : question.phrases) {  // a quoted phrase: its words together weigh more
    Xapian::Query all = AllWordsQuery(phrase, db.has_positions(), nullptr);
    if (!all.empty() && !scored.empty()) scored = Xapian::Query(Xapian::Query::OP_OR, scored, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, all, kPhraseWeight));
  }
  if (!scored.empty() && !speaker.unknown) {
    Xapian::Query boost = ArticleBoost(db, scored, *filters);
    if (!boost.empty()) scored = Xapian::Query(Xapian::Query::OP_OR, scored, boost);
  }
  // The speaker is the filter; with one, the topic only ranks. Without one
  // (who-questions) a quote must match the topic, in itself or its article.
  Xapian::Query final_query = scored.empty()              ? candidates
                              : question.speaker.empty()  ? Xapian::Query(Xapian::Query::OP_FILTER, scored, candidates)
                                                          : Xapian::Query(Xapian::Query::OP_AND_MAYBE, candidates, scored);
  auto run = Run(final_query, highlight, options, !scored.empty());
  if (!run.ok()) return run.status();
  resp.total = run->total;
  resp.total_exact = run->total_exact;
  resp.hits = std::move(run->hits);
  resp.facets = std::move(run->facets);
  resp.xapian_query = run->xapian_query;
  // The speaker has no quote of their own (here): the quotes the extractor
  // left without a speaker in the articles that name them, said so.
  if (resp.hits.empty() && !question.speaker.empty()) {
    Xapian::Query unattributed = UnattributedQuotesOf(speaker, *filters, db);
    if (!unattributed.empty()) {
      Xapian::Query q = scored.empty() ? unattributed : Xapian::Query(Xapian::Query::OP_AND_MAYBE, unattributed, scored);
      auto again = Run(q, highlight, options, !scored.empty());
      if (!again.ok()) return again.status();
      if (!again->hits.empty()) {
        resp.total = again->total;
        resp.total_exact = again->total_exact;
        resp.hits = std::move(again->hits);
        resp.xapian_query = again->xapian_query;
        u.speaker_resolution += "; quotes without a named speaker in articles that name them";
      }
    }
  }
  KeepArticlesTogether(&resp.hits);
  if (!question.speaker.empty()) u.speakers = SpeakersAnswered(resp.hits);
  if (resp.hits.empty()) resp.closest = ClosestArticles(scored, speaker.names, highlight, options);
  return resp;
}

// Nothing quoted: the articles that best name the speaker and the topic.
std::vector<Hit> Searcher::Impl::ClosestArticles(const Xapian::Query& topic, const std::vector<std::string>& speaker_names,
                                                 const std::vector<std::vector<std::string>>& highlight, const SearchOptions& options) {
  std::vector<Xapian::Query> names;
  for (const auto& n : speaker_names) {
    Xapian::Query q = TextQuery(n, "", db.has_positions(), nullptr);
    if (!q.empty()) names.push_back(q);
  }
  if (topic.empty() && names.empty()) return {};
  Xapian::Query q = topic;
  if (!names.empty()) {
    Xapian::Query who(Xapian::Query::OP_OR, names.begin(), names.end());
    q = q.empty() ? who : Xapian::Query(Xapian::Query::OP_AND_MAYBE, who, q);
  }
  SearchOptions closest_options;
  closest_options.limit = std::min<size_t>(options.limit, 5);
  auto closest = Run(Xapian::Query(Xapian::Query::OP_FILTER, q, Xapian::Query(schema::Term(schema::kKind, schema::kKindArticle))),
                     highlight, closest_options, true);
  return closest.ok() ? std::move(closest->hits) : std::vector<Hit>{};
}

}  // namespace kosearch
