// Answering who-said-what questions (AnswerQuestion, archive_reader.h): the
// steps of answer_steps.h in order. The speaker becomes a filter on quote
// documents, the topic a ranked text query; the quotes found are grouped by
// speaker; with none, the closest articles are offered.
#include <map>

#include "answer/answer_steps.h"
#include "index/schema.h"

namespace kosearch {

void GroupBySpeaker(std::vector<Hit>* hits) {
  // Stable: keeps the rank inside a group.
  std::map<std::string, size_t> first_seen;
  for (size_t i = 0; i < hits->size(); ++i) first_seen.emplace((*hits)[i].speaker, i);
  std::stable_sort(hits->begin(), hits->end(),
                   [&](const Hit& a, const Hit& b) { return first_seen[a.speaker] < first_seen[b.speaker]; });
}

std::vector<Hit> ClosestArticles(const TopicQuery& topic, const std::vector<std::string>& speaker_names, size_t limit,
                                 ArchiveReader& archive) {
  std::vector<Xapian::Query> names;
  for (const auto& n : speaker_names) {
    Xapian::Query q = archive.TextQuery(n, nullptr);
    if (!q.empty()) names.push_back(q);
  }
  Xapian::Query q = topic.query;
  if (!names.empty()) q = Xapian::Query(Xapian::Query::OP_AND, q, Xapian::Query(Xapian::Query::OP_OR, names.begin(), names.end()));
  const Xapian::Query articles(schema::Term(schema::kKind, schema::kKindArticle));
  SearchOptions options;
  options.limit = limit;
  auto closest = archive.Hits(Xapian::Query(Xapian::Query::OP_FILTER, q, articles), topic.highlight, options, true);
  return closest.ok() ? std::move(closest->hits) : std::vector<Hit>{};
}

Result<SearchResponse> AnswerQuestion(const Question& question, const SearchOptions& options, ArchiveReader& archive) {
  const ResolvedSpeaker speaker = ResolveSpeaker(question.speaker, archive);
  const Xapian::Query candidates = CandidateQuotes(question.speaker, speaker);
  TopicQuery topic = BuildTopicQuery(question.topic, candidates, archive);

  const bool has_topic = !topic.query.empty();
  auto run = archive.Hits(has_topic ? Xapian::Query(Xapian::Query::OP_FILTER, topic.query, candidates) : candidates,
                          topic.highlight, options, has_topic);
  if (!run.ok()) return run.status();
  SearchResponse resp = std::move(run).value();
  resp.is_question = true;
  resp.understood = {question.speaker, speaker.expansions, question.topic, std::move(topic.expansions)};
  GroupBySpeaker(&resp.hits);
  // Nothing quoted: offer articles that name both the speaker and the topic.
  if (resp.hits.empty() && has_topic) resp.closest = ClosestArticles(topic, speaker.names, std::min<size_t>(options.limit, 5), archive);
  return resp;
}

}  // namespace kosearch
