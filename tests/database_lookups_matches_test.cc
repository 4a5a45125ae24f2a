// DatabaseLookups::Matches (src/search/database_lookups.h) answers as a match
// of the database would, also when it answers without one: a lone term by
// its frequency, a query needing a term known to be absent at once (over a
// remote shard each match is two round trips, so these are not run).
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>

#include "search/database_lookups.h"

namespace fs = std::filesystem;

namespace {

struct Shards {
  fs::path dir = fs::temp_directory_path() / ("kosearch-matches-" + std::to_string(getpid()));
  Xapian::Database db;

  Shards() {
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::vector<std::vector<std::string>> shard_docs[2] = {
        {{"바이", "이든", "Kquote", "XP바이든"}, {"대통", "통령", "Karticle"}},
        {{"골든", "든벨", "Kquote"}, {"바이", "Karticle", "XP바이든"}},
    };
    for (int s = 0; s < 2; ++s) {
      const std::string path = (dir / ("s" + std::to_string(s))).string();
      Xapian::WritableDatabase w(path, Xapian::DB_CREATE_OR_OPEN);
      for (const auto& terms : shard_docs[s]) {
        Xapian::Document d;
        for (const auto& t : terms) d.add_term(t);
        w.add_document(d);
      }
      w.close();
      db.add_database(Xapian::Database(path));
    }
  }
  ~Shards() { fs::remove_all(dir); }
};

// What a match of `q` says: some document matches it.
bool MatchedByEnquire(const Xapian::Database& db, const Xapian::Query& q) {
  Xapian::Enquire e(db);
  e.set_query(q);
  return e.get_mset(0, 1).size() > 0;
}

Xapian::Query And(const std::string& a, const std::string& b) {
  return Xapian::Query(Xapian::Query::OP_AND, Xapian::Query(a), Xapian::Query(b));
}

}  // namespace

TEST_CASE("DatabaseLookups::Matches: the same answer as a match, with the frequencies known or not") {
  Shards t;
  const std::vector<Xapian::Query> queries = {
      Xapian::Query("바이"),
      Xapian::Query("없는말"),
      And("바이", "이든"),
      And("이든", "든벨"),  // both exist, never together
      And("골든", "없는말"),
      Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, And("골든", "든벨"), 0.5),
      Xapian::Query(Xapian::Query::OP_OR, Xapian::Query("없는말"), Xapian::Query("통령")),
      Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query("Kquote"), Xapian::Query("XP바이든")),
      Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query("Karticle"), Xapian::Query("XP없는이")),
      Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query("없는말"), Xapian::Query("바이")),
  };
  size_t matched = 0;
  for (bool learn_first : {false, true}) {
    kosearch::DatabaseLookups lookups(t.db);
    // Frequencies known beforehand (absent terms too), as a question's earlier steps leave them.
    if (learn_first) lookups.Prefetch({"바이", "없는말", "XP없는이", "골든", "이든"});
    for (const auto& q : queries) {
      const bool expected = MatchedByEnquire(t.db, q);
      CAPTURE(q.get_description());
      CAPTURE(learn_first);
      CHECK(lookups.Matches(q) == expected);
      matched += expected;
    }
  }
  CHECK(matched == 2 * 5);  // both kinds of answer were checked, in both rounds
}

TEST_CASE("DatabaseLookups::Matches: a lone term's answer leaves its frequency known") {
  Shards t;
  kosearch::DatabaseLookups lookups(t.db);
  CHECK(lookups.Matches(Xapian::Query("바이")));
  CHECK_FALSE(lookups.Matches(Xapian::Query("없는말")));
  CHECK(lookups.TermFreq("바이") == 2);
  CHECK(lookups.TermFreq("없는말") == 0);
}
