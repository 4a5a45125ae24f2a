// Answering who-said-what questions (AnswerQuestion, archive_reader.h): the
// steps of answer_steps.h in order. The speaker narrows to a filter on quote
// documents (speaker_filter.h), the question's filters (years, sources)
// filter too; the topic, the event and quoted phrases are scored, not
// required, over the quote text and over its article (the best articles lend
// their quotes a share of their score), so a quote about its topic only
// through its article still ranks. Quotes of one article stay together;
// beside them, the articles a plain query of the same words finds, ranked as
// it ranks them (all a question of fact read as a question still gets).
// A who-question's role word confirms (its holders' quotes weigh more among
// those that say the topic); a Korean title beside words nobody is keyed by
// is answered by its holders who say the topic in articles naming the words.
#include <cctype>
#include <cstring>
#include <map>

#include "answer/answer_steps.h"
#include "answer/cached_archive.h"
#include "answer/mentioned_speaker.h"
#include "answer/named_in_sentence.h"
#include "answer/question_grammar.h"
#include "answer/role_words.h"
#include "answer/sounded_speaker.h"
#include "answer/speaker_filter.h"
#include "answer/speaker_keys.h"
#include "answer/spoken_for.h"
#include "index/schema.h"
#include "text/english_news_terms.h"
#include "text/unicode_text.h"

namespace kosearch {

void GroupBySpeaker(std::vector<Hit>* hits) {
  // Stable: keeps the rank inside a group.
  std::map<std::string, size_t> first_seen;
  for (size_t i = 0; i < hits->size(); ++i) first_seen.emplace((*hits)[i].speaker, i);
  std::stable_sort(hits->begin(), hits->end(),
                   [&](const Hit& a, const Hit& b) { return first_seen[a.speaker] < first_seen[b.speaker]; });
}

namespace {

// Articles whose quotes share the article's score, and the share: a quote
// about its topic only through its article still ranks, below one that says it.
constexpr size_t kBoostedArticles = 20;
constexpr double kArticleShare = 0.5;
// An organization's quotes without a speaker: the share of their score.
constexpr double kUnnamedShare = 0.5;
// Articles naming the words beside a title, whose quotes its holders' may be.
constexpr Xapian::doccount kNamingArticles = 50;
// A quoted phrase: the weight of its words together.
constexpr double kPhraseWeight = 2.0;
// A who-question's role word ("which coach", "…라고 말한 교수는") held by
// the quote's speaker: a fixed share added to the quote's own score.
constexpr double kRoleConfirmWeight = 10.0;

// Built for each question, never shared: Xapian counts a query's references
// without atomics, so a static query that the server's threads copy at the
// same moment loses counts, is freed while still in use, and the server
// crashes (tests/concurrent_questions_test.cc).
Xapian::Query QuoteDocuments() { return Xapian::Query(schema::Term(schema::kKind, schema::kKindQuote)); }

// The topic, event and phrases of a question, as asked.
std::string AskedText(const Question& question) {
  std::string text = question.topic + " " + question.described + " " + question.event;
  for (const auto& p : question.phrases) text += " " + p;
  return text;
}

// The words of the topic, event and phrases, English function words left out.
std::string ScoredWords(const Question& question) {
  std::string out;
  for (std::string word : SplitSpaces(AskedText(question))) {
    while (!word.empty() && std::strchr(",.;:?!'\"", word.back())) word.pop_back();
    for (std::string_view s : {"'s", "’s"}) {
      if (word.size() > s.size() && word.compare(word.size() - s.size(), s.size(), s) == 0) word.erase(word.size() - s.size());
    }
    if (!word.empty() && !IsEnglishFunctionWord(word)) out += (out.empty() ? "" : " ") + word;
  }
  return out;
}

// The question's filters ("date:2013", "source:x") as one query; empty when none.
Result<Xapian::Query> FiltersOf(const Question& question, ArchiveReader& archive) {
  std::vector<Xapian::Query> parts;
  for (const auto& f : question.filters) {
    auto q = archive.FilterQuery(f);
    if (!q.ok()) return q.status();
    parts.push_back(*q);
  }
  if (parts.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

// A quoted phrase's words together weigh more.
Xapian::Query WithPhrases(Xapian::Query scored, const Question& question, ArchiveReader& archive) {
  for (const auto& phrase : question.phrases) {
    std::vector<Xapian::Query> words;
    for (const auto& w : SplitSpaces(phrase)) {
      Xapian::Query q = archive.TextQuery(w, nullptr);
      if (!q.empty()) words.push_back(q);
    }
    if (words.empty() || scored.empty()) continue;
    Xapian::Query all(Xapian::Query::OP_AND, words.begin(), words.end());
    scored = Xapian::Query(Xapian::Query::OP_OR, scored, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, all, kPhraseWeight));
  }
  return scored;
}

// The best articles for `topic` (within `filter`), each as a query that
// gives its quotes a fixed share of the article's score.
Xapian::Query ArticleBoost(const Xapian::Query& topic, const Xapian::Query& filter, ArchiveReader& archive) {
  Xapian::Query articles(schema::Term(schema::kKind, schema::kKindArticle));
  if (!filter.empty()) articles = Xapian::Query(Xapian::Query::OP_AND, articles, filter);
  std::vector<Xapian::Query> boosts;
  for (const auto& article : archive.BestIds(Xapian::Query(Xapian::Query::OP_FILTER, topic, articles), kBoostedArticles)) {
    auto* source = new Xapian::FixedWeightPostingSource(article.score * kArticleShare);
    boosts.emplace_back(Xapian::Query::OP_FILTER, Xapian::Query(source->release()),
                        Xapian::Query(schema::Term(schema::kArticle, article.id)));
  }
  return boosts.empty() ? Xapian::Query() : Xapian::Query(Xapian::Query::OP_OR, boosts.begin(), boosts.end());
}

// A who-question that describes its speaker ("which coach said …",
// "…를 강조한 교수는"): the quotes whose speaker holds that role, as a
// fixed weight. It only confirms: added to quotes that match the topic,
// never a quote on its own (the quote's words decide who said it).
Xapian::Query RoleConfirmation(const Question& question, ArchiveReader& archive) {
  if (!question.asks_who || question.described.empty()) return Xapian::Query();
  std::vector<std::string> terms, from_glossary;
  for (std::string word : SplitSpaces(question.described)) {
    for (std::string_view s : {"'s", "’s"}) {
      if (word.size() > s.size() && word.compare(word.size() - s.size(), s.size(), s) == 0) word.erase(word.size() - s.size());
    }
    for (const auto& t : TitleTermsOf(word, archive, &from_glossary)) {
      if (t.compare(0, std::strlen(schema::kRole), schema::kRole) == 0) AddUnique(terms, t);
    }
  }
  if (terms.empty()) return Xapian::Query();
  auto* source = new Xapian::FixedWeightPostingSource(kRoleConfirmWeight);
  return Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(source->release()),
                       Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
}

// `quotes` in the articles whose text has all of `words` (the best of them).
Xapian::Query InArticlesNaming(const Xapian::Query& quotes, const std::vector<std::string>& words, ArchiveReader& archive) {
  std::vector<Xapian::Query> all;
  for (const auto& w : words) {
    Xapian::Query q = archive.TextQuery(w, nullptr);
    if (q.empty()) return Xapian::Query::MatchNothing;
    all.push_back(q);
  }
  if (all.empty()) return Xapian::Query::MatchNothing;
  Xapian::Query articles(Xapian::Query::OP_FILTER, Xapian::Query(schema::Term(schema::kKind, schema::kKindArticle)),
                         Xapian::Query(Xapian::Query::OP_AND, all.begin(), all.end()));
  std::vector<std::string> ids;
  for (const auto& article : archive.BestIds(articles, kNamingArticles)) ids.push_back(schema::Term(schema::kArticle, article.id));
  if (ids.empty()) return Xapian::Query::MatchNothing;
  return Xapian::Query(Xapian::Query::OP_FILTER, quotes, Xapian::Query(Xapian::Query::OP_OR, ids.begin(), ids.end()));
}

// Quotes of one article together, the article with the best quote first
// (stable: keeps the rank inside an article).
void KeepArticlesTogether(std::vector<Hit>* hits) {
  std::map<std::string, size_t> first_seen;
  for (size_t i = 0; i < hits->size(); ++i) first_seen.emplace((*hits)[i].article_id, i);
  std::stable_sort(hits->begin(), hits->end(),
                   [&](const Hit& a, const Hit& b) { return first_seen[a.article_id] < first_seen[b.article_id]; });
}

}  // namespace

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

namespace {

// An organization speaks in the quotes the extractor left without a speaker
// in the articles that name it too (a ministry's statement, a party's
// comment): those about the topic (in themselves or through their article),
// at a share of their score, below its own. None for a person or a title:
// never someone else's words for a person's.
Xapian::Query UnnamedQuotesOfOrganization(const SpeakerFilter& speaker, const Xapian::Query& filters, const TopicQuery& topic,
                                          const Xapian::Query& scored, ArchiveReader& archive) {
  if (scored.empty() || speaker.kind != SpeakerKind::kOrganization) return Xapian::Query();
  Xapian::Query unnamed = UnattributedQuotesOf(speaker, filters, topic.query, archive);
  if (unnamed.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(Xapian::Query::OP_FILTER, scored, unnamed), kUnnamedShare);
}

// The speaker has no quote of their own: the quotes the extractor left
// without a speaker in the articles that name them (never another's words).
Status TryUnattributed(const SpeakerFilter& speaker, const Xapian::Query& filters, const Xapian::Query& scored,
                       const TopicQuery& topic, const SearchOptions& options, ArchiveReader& archive, SearchResponse* resp) {
  if (speaker.described_only && scored.empty()) return Status::Ok();
  Xapian::Query unattributed = UnattributedQuotesOf(speaker, filters, topic.query, archive);
  if (unattributed.empty()) return Status::Ok();
  // A quote about the topic only through its article ranks by its article too.
  Xapian::Query ranked = scored;
  if (!scored.empty()) {
    Xapian::Query naming = filters.empty() ? speaker.named_in_articles
                                           : Xapian::Query(Xapian::Query::OP_AND, speaker.named_in_articles, filters);
    Xapian::Query boost = ArticleBoost(scored, naming, archive);
    if (!boost.empty()) ranked = Xapian::Query(Xapian::Query::OP_OR, scored, boost);
  }
  // Unnamed quotes are the speaker's only when they, or their article, say
  // the topic. Found only through the Korean words of an English description
  // ("the court" → the articles saying 법원), only when they say it
  // themselves: the rest are anyone's words there (a slogan outside the court).
  Xapian::Query q = ranked.empty() ? unattributed : Xapian::Query(Xapian::Query::OP_AND, unattributed, ranked);
  if (speaker.described_only && !topic.query.empty()) q = Xapian::Query(Xapian::Query::OP_FILTER, q, topic.query);
  auto again = archive.Hits(q, topic.highlight, options, !scored.empty());
  if (!again.ok()) return again.status();
  if (again->hits.empty()) return Status::Ok();
  TakeHits(resp, std::move(again).value());
  resp->understood.unnamed_quotes = true;
  resp->understood.speaker_resolution = resp->understood.ResolutionText();
  return Status::Ok();
}

// Still nothing, for a topic: the unnamed quotes about it in the articles
// naming any of the speaker's names (NamedAnywhere), said to be a fallback.
Status TryNamedAnywhere(const Question& question, const SpeakerFilter& speaker, const Xapian::Query& filters,
                        const Xapian::Query& scored, const TopicQuery& topic, const SearchOptions& options,
                        ArchiveReader& archive, SearchResponse* resp) {
  if (!resp->hits.empty() || scored.empty()) return Status::Ok();
  const SpeakerFilter nearby = NamedAnywhere(question.speaker, speaker, archive);
  if (nearby.named_in_articles.empty()) return Status::Ok();
  if (Status s = TryUnattributed(nearby, filters, scored, topic, options, archive, resp); !s.ok()) return s;
  if (!resp->hits.empty()) {
    resp->understood.fallback = true;
    resp->understood.speaker_resolution = resp->understood.ResolutionText();
  }
  return Status::Ok();
}

// A speaker asked whose quotes found nothing: the unnamed quotes where they
// are named, then where any of their names is.
Status TryFallbacks(const Question& question, const SpeakerFilter& speaker, const Xapian::Query& filters,
                    const Xapian::Query& scored, const TopicQuery& topic, const SearchOptions& options,
                    ArchiveReader& archive, SearchResponse* resp) {
  if (!resp->hits.empty() || question.speaker.empty()) return Status::Ok();
  if (Status s = TryUnattributed(speaker, filters, scored, topic, options, archive, resp); !s.ok()) return s;
  return TryNamedAnywhere(question, speaker, filters, scored, topic, options, archive, resp);
}

// The articles the question's words find as a plain query, exactly as that
// query ranks them: a question answered with no quote, or with quotes of
// someone else's reading of it, still offers what a search would. None when
// the query language rejects the text (it was read as a question).
std::vector<Hit> ClosestArticles(std::string_view text, const SearchOptions& options, ArchiveReader& archive) {
  SearchOptions plain = options;
  plain.facets.clear();
  auto found = archive.PlainSearch(text, plain);
  return found.ok() ? std::move(found->hits) : std::vector<Hit>{};
}

// "Seo Ji-seok and Park Jung-chul": two people, each resolved as a person
// (never an organization's name with "and" in it: "Anti-Corruption and
// Civil Rights Commission"); their quotes together. Empty otherwise.
SpeakerFilter TwoPeople(const std::string& speaker, ArchiveReader& archive) {
  const size_t and_at = speaker.find(" and ");
  if (and_at == std::string::npos || speaker.find(" and ", and_at + 1) != std::string::npos) return {};
  const std::string first = speaker.substr(0, and_at), second = speaker.substr(and_at + 5);
  if (SplitSpaces(first).size() < 2 || SplitSpaces(second).size() < 2 || !IsLatin(speaker) ||
      !std::isupper(static_cast<unsigned char>(second[0]))) {
    return {};
  }
  SpeakerFilter a = NarrowSpeaker(first, archive);
  SpeakerFilter b = NarrowSpeaker(second, archive);
  if (a.filter.empty() || b.filter.empty() || a.kind != SpeakerKind::kPerson || b.kind != SpeakerKind::kPerson) return {};
  SpeakerFilter both = a;
  both.filter = Xapian::Query(Xapian::Query::OP_OR, a.filter, b.filter);
  both.named_in_articles = Xapian::Query(Xapian::Query::OP_OR, a.named_in_articles, b.named_in_articles);
  for (const auto& e : b.expansions) AddUnique(both.expansions, e);
  for (const auto& n : b.names) AddUnique(both.names, n);
  both.kind = SpeakerKind::kPeople;
  both.how = "people: each by name";
  return both;
}

// The speaker asked, as a filter: two people named together, or one; one
// no quote is by read again through the index's quote terms (speaker_keys.h).
SpeakerFilter SpeakersAsked(const Question& question, ArchiveReader& archive) {
  const std::string& speaker = question.speaker;
  if (SpeakerFilter both = TwoPeople(speaker, archive); !both.filter.empty()) return both;
  // Still no one: a side asked by a name no quote is keyed by ("김주나 측"), the quotes of its articles.
  const bool has_topic = !question.topic.empty() || !question.event.empty() || !question.phrases.empty();
  return SpokenForWhereNamed(speaker, has_topic, ThroughQuotedKeys(speaker, NarrowSpeaker(speaker, archive), archive), archive);
}

// The quotes a question may be answered by: the speaker's (none for a
// speaker no quote is by), under the question's filters.
Xapian::Query CandidatesOf(const SpeakerFilter& speaker, const Xapian::Query& filters) {
  // Query::MatchNothing is an empty query: it must not fall through to "all quotes".
  if (speaker.unknown) return Xapian::Query::MatchNothing;
  Xapian::Query candidates = QuoteDocuments();
  if (!speaker.filter.empty()) candidates = Xapian::Query(Xapian::Query::OP_FILTER, candidates, speaker.filter);
  if (!filters.empty()) candidates = Xapian::Query(Xapian::Query::OP_FILTER, candidates, filters);
  return candidates;
}

// The question's topic (its words, the Korean names and words it writes
// the English way), and the query it is scored by (with its quoted phrases).
struct ScoredTopic {
  TopicQuery topic;
  Xapian::Query scored;
};
ScoredTopic TopicOf(const Question& question, const Xapian::Query& candidates, ArchiveReader& archive) {
  std::string words = ScoredWords(question);
  for (const auto& name : RomanizedKoreanNames(question.topic + " " + question.event, archive)) words += " " + name;
  for (const auto& word : RomanizedKoreanWords(question.topic + " " + question.event, archive)) words += " " + word;
  ScoredTopic out{BuildTopicQuery(words, candidates, archive, KoreanNewsTerms(AskedText(question))), Xapian::Query()};
  out.scored = WithPhrases(out.topic.query, question, archive);
  return out;
}

// An English speaker no quote is by, read by its sound (sounded_speaker.h):
// the evidence, a quote of the one key it sounds like that says the topic
// as the question scores it, under the question's filters.
SpeakerFilter SoundedIfUnknown(const Question& question, const SpeakerFilter& speaker, const Xapian::Query& scored,
                               const Xapian::Query& filters, ArchiveReader& archive) {
  if (!speaker.unknown || !IsLatin(question.speaker) || scored.empty()) return speaker;
  const Xapian::Query evidence = filters.empty() ? scored : Xapian::Query(Xapian::Query::OP_FILTER, scored, filters);
  return ThroughSoundedKeys(question.speaker, speaker, evidence, archive);
}

}  // namespace

namespace {

// `beside_title`: a who-question read from a speaker no quote is given by
// (RoleHoldersAsked): only the quotes whose speaker holds its title, in the
// articles whose text has these words beside it.
Result<SearchResponse> AnswerOnce(std::string_view text, const Question& question, const SearchOptions& options,
                                  ArchiveReader& source, const std::vector<std::string>* beside_title = nullptr) {
  const bool role_required = beside_title != nullptr;
  CachedArchive archive(source);  // the lookups a question repeats, asked once
  archive.LookAhead(text);        // the closest articles' look-ups, asked along with the question's first
  SpeakerFilter speaker = SpeakersAsked(question, archive);
  auto filters = FiltersOf(question, archive);
  if (!filters.ok()) return filters.status();
  Xapian::Query candidates = CandidatesOf(speaker, *filters);
  // An English speaker no quote is by may be read by its sound: its topic's
  // forms are looked for among all the quotes the question's filters allow.
  const bool may_sound = speaker.unknown && IsLatin(question.speaker);
  ScoredTopic asked = TopicOf(question, may_sound ? CandidatesOf(SpeakerFilter{}, *filters) : candidates, archive);
  TopicQuery& topic = asked.topic;
  Xapian::Query& scored = asked.scored;
  speaker = SoundedIfUnknown(question, speaker, scored, *filters, archive);
  // Read by its sound: only the quotes that say the topic are the speaker's.
  const bool sounded = speaker.read_by == SpeakerReadBy::kSound;
  if (sounded) candidates = CandidatesOf(speaker, *filters);
  // Still no one: the fallbacks' topic as for any speaker no quote is by
  // (forms found among all quotes are other people's words' sounds there).
  if (may_sound && !sounded) asked = TopicOf(question, candidates, archive);
  if (!scored.empty() && !speaker.unknown) {
    Xapian::Query boost = ArticleBoost(scored, *filters, archive);
    if (!boost.empty()) scored = Xapian::Query(Xapian::Query::OP_OR, scored, boost);
  }
  // The speaker is the filter; with one, the topic only ranks. Without one
  // (who-questions) a quote must match the topic, in itself or its article;
  // so must a title's holders' (anyone quoted as 관계자 or 'the director'):
  // a holder who does not speak of the topic is someone else.
  const bool topic_required = question.speaker.empty() || (speaker.title_holders && !IsLatin(question.speaker)) || sounded || speaker.only_on_topic();
  Xapian::Query final_query = scored.empty()   ? (speaker.only_on_topic() ? Xapian::Query::MatchNothing : candidates)
                              : topic_required ? Xapian::Query(Xapian::Query::OP_FILTER, scored, candidates)
                                               : Xapian::Query(Xapian::Query::OP_AND_MAYBE, candidates, scored);
  if (Xapian::Query role = RoleConfirmation(question, archive); !role.empty() && question.speaker.empty() && !scored.empty()) {
    final_query = Xapian::Query(role_required ? Xapian::Query::OP_AND : Xapian::Query::OP_AND_MAYBE, final_query, role);
  } else if (role_required) {
    final_query = Xapian::Query::MatchNothing;
  }
  if (role_required && !final_query.empty()) final_query = InArticlesNaming(final_query, *beside_title, archive);
  // A who-question's quoted phrase: only a quote that says it answers.
  for (const auto& phrase : question.asks_who ? question.phrases : std::vector<std::string>{}) {
    if (Xapian::Query said = PhraseSaidInQuote(phrase, archive); !said.empty() && !final_query.empty()) {
      final_query = Xapian::Query(Xapian::Query::OP_FILTER, final_query, Xapian::Query(Xapian::Query::OP_AND, QuoteDocuments(), said));
    }
  }
  if (role_required && final_query.empty()) return SearchResponse{};  // no holder says it: no more look-ups
  if (Xapian::Query unnamed = UnnamedQuotesOfOrganization(speaker, *filters, topic, scored, archive); !unnamed.empty()) {
    final_query = Xapian::Query(Xapian::Query::OP_OR, final_query, unnamed);
  }
  // Among quotes the topic ranks alike, those of articles about the speaker first.
  const std::vector<std::string> titled = NamesForTitles(question.speaker, speaker);
  auto run = archive.Hits(final_query, topic.highlight, TiePoolOptions(options, titled), !scored.empty());
  if (!run.ok()) return run.status();
  SearchResponse resp = std::move(run).value();
  TitledPage(&resp.hits, titled, options);
  resp.is_question = true;
  Understanding& u = resp.understood;
  u.speaker = question.speaker;
  u.speaker_expansions = speaker.expansions;
  u.topic = question.topic;
  u.topic_expansions = std::move(topic.expansions);
  u.asks_who = question.asks_who;
  u.described = question.described;
  u.event = question.event;
  u.phrases = question.phrases;
  u.filters = question.filters;
  u.resolved_by = speaker.how;
  u.read_through_quotes = speaker.read_as;
  u.read_by = speaker.read_by;
  u.speaker_resolution = u.ResolutionText();
  if (Status s = TryFallbacks(question, speaker, *filters, scored, topic, options, archive, &resp); !s.ok()) return s;
  if (Status s = role_required ? Status::Ok() : AnswerByMention(question.speaker, speaker, *filters, scored, topic, options, archive, &resp); !s.ok()) return s;
  // Still nothing for an English name: the quotes credited to no name whose own sentence names them.
  if (Status s = role_required ? Status::Ok() : TryNamedInSentence(question.speaker, *filters, scored, topic, options, archive, &resp); !s.ok()) return s;
  KeepArticlesTogether(&resp.hits);
  u.speakers = SpeakersAnswered(resp.hits);  // a who-question's answer too: who said it
  if (!role_required) resp.closest = ClosestArticles(text, options, archive);  // else the first reading's
  return resp;
}

// A year the question says in words ("2015년 해외 진출", "in 2013"), not
// as a filter ("date:2015"): a quote with no date (a sentence on its own)
// or another date may still be the answer. With no quote in that year, the
// year is scored as a word instead.
Question WithYearsAsWords(std::string_view text, const Question& question) {
  Question relaxed = question;
  relaxed.filters.clear();
  for (const auto& f : question.filters) {
    const bool said_in_words = f.rfind("date:", 0) == 0 && text.find(f) == std::string_view::npos;
    if (!said_in_words) {
      relaxed.filters.push_back(f);
      continue;
    }
    const std::string year = f.substr(std::string_view("date:").size(), 4);
    relaxed.topic += (relaxed.topic.empty() ? "" : " ") + year;
  }
  return relaxed;
}

// "성심당 이사가 … 에 대해 한 말은": a Korean speaker of a title beside
// words no quote's speaker is keyed by (a company the extractor did not
// tag): read as a who-question describing its speaker so, where only the
// quotes that say the topic (in themselves or their article) and whose
// speaker holds the title answer. None without a topic: a title alone is
// never enough to name whose words they are.
Result<SearchResponse> RoleHoldersAsked(std::string_view text, const Question& question, const SearchOptions& options,
                                        ArchiveReader& source) {
  if (question.asks_who || question.speaker.empty() || IsLatin(question.speaker) ||
      SplitSpaces(question.speaker).size() < 2 || (question.topic.empty() && question.phrases.empty())) {
    return SearchResponse{};
  }
  Question who = question;
  who.asks_who = true;
  who.described = question.speaker;
  who.speaker.clear();
  std::vector<std::string> beside = SplitSpaces(question.speaker);
  beside.pop_back();  // the title: "성심당 이사" → 성심당
  auto answer = AnswerOnce(text, who, options, source, &beside);
  if (answer.ok() && !answer->hits.empty()) {
    answer->understood.speaker = question.speaker;
    answer->understood.asks_who = false;
    answer->understood.described.clear();
    Understanding& u = answer->understood;
    u.resolved_by = "title: its holders whose quotes say the topic";
    u.read_through_quotes.clear();
    u.read_by = SpeakerReadBy::kNone;
    u.unnamed_quotes = u.fallback = false;
    u.speaker_resolution = u.ResolutionText();
  }
  return answer;
}

}  // namespace

Result<SearchResponse> AnswerQuestion(std::string_view text, const Question& question, const SearchOptions& options,
                                      ArchiveReader& source) {
  auto answer = AnswerOnce(text, question, options, source);
  if (!answer.ok() || !answer->hits.empty()) return answer;
  if (auto holders = RoleHoldersAsked(text, question, options, source); holders.ok() && !holders->hits.empty()) {
    holders->closest = std::move(answer->closest);
    return holders;
  }
  const Question relaxed = WithYearsAsWords(text, question);
  if (relaxed.filters.size() == question.filters.size()) return answer;
  auto again = AnswerOnce(text, relaxed, options, source);
  if (!again.ok() || again->hits.empty()) return answer;
  return again;
}

}  // namespace kosearch
