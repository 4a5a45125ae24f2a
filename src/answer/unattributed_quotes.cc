// A speaker nobody is quoted by, and the quotes the extractor left without a
// speaker in the articles that name them (see speaker_filter.h).
#include "answer/speaker_filter.h"

#include "index/schema.h"

namespace kosearch {

namespace {

// Articles naming a speaker searched for quotes without a speaker.
constexpr Xapian::doccount kNamingArticles = 50;

}  // namespace

SpeakerFilter NotQuotedByName(const std::vector<std::string>& words, const std::vector<std::string>& rest,
                              ArchiveReader& archive) {
  SpeakerFilter none;
  none.unknown = true;
  none.names = words;
  std::vector<Xapian::Query> all;
  for (const auto& w : rest) {
    Xapian::Query q = archive.TextQuery(w, nullptr);
    if (!q.empty()) all.push_back(q);
  }
  if (!all.empty()) none.named_in_articles = Xapian::Query(Xapian::Query::OP_AND, all.begin(), all.end());
  none.how = "not quoted by name";
  return none;
}

Xapian::Query UnattributedQuotesOf(const SpeakerFilter& speaker, const Xapian::Query& filters, ArchiveReader& archive) {
  if (speaker.named_in_articles.empty()) return Xapian::Query::MatchNothing;
  Xapian::Query articles(Xapian::Query::OP_FILTER, Xapian::Query(schema::Term(schema::kKind, schema::kKindArticle)),
                         speaker.named_in_articles);
  if (!filters.empty()) articles = Xapian::Query(Xapian::Query::OP_FILTER, articles, filters);
  std::vector<std::string> ids;
  for (const auto& article : archive.BestIds(articles, kNamingArticles)) ids.push_back(schema::Term(schema::kArticle, article.id));
  if (ids.empty()) return Xapian::Query::MatchNothing;
  // A quote with a speaker has the speaker slot set; these have none.
  Xapian::Query attributed(Xapian::Query::OP_VALUE_GE, schema::kSlotSpeaker, std::string(1, '\0'));
  Xapian::Query quotes(Xapian::Query::OP_FILTER, Xapian::Query(schema::Term(schema::kKind, schema::kKindQuote)),
                       Xapian::Query(Xapian::Query::OP_OR, ids.begin(), ids.end()));
  return Xapian::Query(Xapian::Query::OP_AND_NOT, quotes, attributed);
}

}  // namespace kosearch
