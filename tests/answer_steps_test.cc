// The steps of answering a question (src/answer/answer_steps.h), each alone,
// over a fake archive: the speaker's spellings and the people who speak for
// an organization, an unknown speaker, the topic's forms (aliases, English
// singulars, loanword matches searched as the text writes them), grouping.
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "answer/answer_steps.h"
#include "index/schema.h"

namespace kosearch {
namespace {

// An archive of a few terms, alias groups, quotes and Hangul words; it
// records what it was asked.
class FakeArchive : public ArchiveReader {
 public:
  std::map<std::string, std::vector<std::string>> spellings;  // name → its other spellings
  std::set<std::string> terms;
  std::vector<StoredDocument> quotes;  // every BestDocuments answer
  std::set<std::string> vocabulary;    // every LoanwordVocabulary answer
  std::vector<std::string> text_queries;
  std::vector<std::string> hits_queries;

  Result<SearchResponse> Hits(const Xapian::Query& query, const Highlights&, const SearchOptions&, bool) override {
    hits_queries.push_back(query.get_description());
    return SearchResponse{};
  }
  std::vector<StoredDocument> BestDocuments(const Xapian::Query&, size_t) override { return quotes; }
  std::set<std::string> LoanwordVocabulary(const Xapian::Query&, size_t) override { return vocabulary; }
  bool HasTerm(const std::string& term) override { return terms.count(term) > 0; }
  void VisitTerms(const std::string& prefix, const std::function<bool(std::string_view)>& visit) override {
    for (const auto& t : terms) {
      if (t.compare(0, prefix.size(), prefix) == 0 && !visit(std::string_view(t).substr(prefix.size()))) return;
    }
  }
  std::vector<std::string> Spellings(const std::string& name) override {
    std::vector<std::string> out{name};
    for (const auto& s : spellings[name]) out.push_back(s);
    return out;
  }
  Xapian::Query TextQuery(const std::string& text, Highlights* highlight) override {
    text_queries.push_back(text);
    if (highlight) highlight->push_back({text});
    return Xapian::Query(text);
  }
};

StoredDocument QuoteBy(const std::string& speaker) {
  StoredDocument q;
  q.kind = schema::kKindQuote;
  q.speaker = speaker;
  return q;
}

TEST_CASE("a topic: its spellings and its singulars' spellings") {
  FakeArchive archive;
  archive.spellings["GPU"] = {"그래픽처리장치"};
  TopicQuery t = BuildTopicQuery("GPUs", Xapian::Query("Kquote"), archive);
  CHECK(t.expansions == std::vector<std::string>{"GPU", "그래픽처리장치"});
  CHECK(archive.text_queries == std::vector<std::string>{"GPUs", "GPU", "그래픽처리장치"});
  CHECK(t.highlight.size() == 3);
  CHECK_FALSE(t.query.empty());
  CHECK(Singulars("companies") == std::vector<std::string>{"company", "companie"});
  CHECK(Singulars("business").empty());
  CHECK(Singulars("옴니버스").empty());
}

TEST_CASE("an English topic no alias knows: its transliteration, searched as the text writes it") {
  FakeArchive archive;
  archive.vocabulary = {"옴니버스를", "디지털", "공장을"};
  TopicQuery t = BuildTopicQuery("Omniverse", Xapian::Query("Kquote"), archive);
  CHECK(t.expansions == std::vector<std::string>{"옴니버스"});
  CHECK(archive.text_queries == std::vector<std::string>{"Omniverse", "옴니버스를"});
}

TEST_CASE("hits grouped by speaker, the best group first, rank kept inside a group") {
  std::vector<Hit> hits(5);
  const char* speakers[] = {"최태원", "젠슨 황", "최태원", "유영상", "젠슨 황"};
  for (size_t i = 0; i < hits.size(); ++i) {
    hits[i].speaker = speakers[i];
    hits[i].id = std::to_string(i);
  }
  GroupBySpeaker(&hits);
  std::vector<std::string> ids;
  for (const Hit& h : hits) ids.push_back(h.id);
  CHECK(ids == std::vector<std::string>{"0", "2", "1", "4", "3"});
}

TEST_CASE("no quote: the closest articles name the speaker and match the topic") {
  FakeArchive archive;
  TopicQuery topic;
  topic.query = Xapian::Query("옴니");
  ClosestArticles(topic, {"최태원", "SK"}, 5, archive);
  REQUIRE(archive.hits_queries.size() == 1);
  const std::string& q = archive.hits_queries[0];
  for (const char* part : {"옴니", "최태원", "SK", "Karticle"}) CHECK(q.find(part) != std::string::npos);
}

}  // namespace
}  // namespace kosearch
