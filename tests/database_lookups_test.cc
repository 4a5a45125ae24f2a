// DatabaseLookups (src/search/database_lookups.h): a search's look-ups are
// asked once and answered as the database would answer them, over a
// database of two shards (as remote shards combine): term frequencies noted
// from a match equal the database's own, a listing of a short prefix
// answers a longer one exactly, a listing cut short is never reused.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>

#include "search/database_lookups.h"

namespace fs = std::filesystem;

namespace {

struct TwoShards {
  fs::path dir = fs::temp_directory_path() / ("kosearch-lookups-" + std::to_string(getpid()));
  Xapian::Database db;

  TwoShards() {
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::vector<std::vector<std::string>> shard_docs[2] = {
        {{"삼성", "반도체", "XL삼성=samsung", "XL삼성전자=samsungelectronics"}, {"반도체", "수출"}},
        {{"삼성", "공장", "XL삼성=三星"}, {"엔비디아", "XL엔비디아=nvidia"}, {"반도체"}},
    };
    for (int s = 0; s < 2; ++s) {
      const std::string path = (dir / ("s" + std::to_string(s))).string();
      Xapian::WritableDatabase w(path, Xapian::DB_CREATE_OR_OPEN);
      int n = 0;
      for (const auto& terms : shard_docs[s]) {
        Xapian::Document d;
        for (const auto& t : terms) d.add_term(t);
        d.set_data("shard " + std::to_string(s) + " doc " + std::to_string(n++));
        w.add_document(d);
      }
      w.close();
      db.add_database(Xapian::Database(path));
    }
  }
  ~TwoShards() { fs::remove_all(dir); }
};

std::vector<std::string> Listed(const Xapian::Database& db, const std::string& prefix) {
  std::vector<std::string> out;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) out.push_back(*it);
  return out;
}

}  // namespace

TEST_CASE("DatabaseLookups: frequencies noted from a match are the database's, over shards") {
  TwoShards t;
  kosearch::DatabaseLookups lookups(t.db);
  REQUIRE(t.db.get_termfreq("반도체") == 3);
  CHECK(lookups.Matches(Xapian::Query(Xapian::Query::OP_OR, Xapian::Query("반도체"), Xapian::Query("없는말"))));
  CHECK_FALSE(lookups.Matches(Xapian::Query("없는말")));
  for (const std::string term : {"반도체", "없는말", "삼성", "엔비디아", "공장"}) {
    CHECK(lookups.TermFreq(term) == t.db.get_termfreq(term));
    CHECK(lookups.TermExists(term) == t.db.term_exists(term));
  }
  kosearch::DatabaseLookups prefetched(t.db);
  prefetched.Prefetch({"삼성", "수출", "없는말", "공장"});
  for (const std::string term : {"삼성", "수출", "없는말", "공장"}) {
    CHECK(prefetched.TermExists(term) == t.db.term_exists(term));
    CHECK(prefetched.TermFreq(term) == t.db.get_termfreq(term));
  }
}

TEST_CASE("DatabaseLookups: a short prefix's listing answers longer prefixes and term checks exactly") {
  TwoShards t;
  kosearch::DatabaseLookups lookups(t.db);
  REQUIRE(Listed(t.db, "XL삼성").size() == 3);
  CHECK(lookups.TermsWithPrefix("XL삼성") == Listed(t.db, "XL삼성"));
  CHECK(lookups.TermsWithPrefix("XL삼성=") == Listed(t.db, "XL삼성="));
  CHECK(lookups.TermsWithPrefix("XL삼성전자=") == Listed(t.db, "XL삼성전자="));
  CHECK(lookups.TermsWithPrefix("XL삼성없음").empty());
  CHECK(lookups.TermExists("XL삼성=samsung"));
  CHECK_FALSE(lookups.TermExists("XL삼성=삼성"));
  // Another prefix is listed from the database, not from the cached one.
  CHECK(lookups.TermsWithPrefix("XL엔비디아=") == std::vector<std::string>{"XL엔비디아=nvidia"});
}

TEST_CASE("DatabaseLookups: a visit cut short is not kept as a listing; a whole one is") {
  TwoShards t;
  kosearch::DatabaseLookups lookups(t.db);
  std::vector<std::string> seen;
  lookups.VisitTerms("XL", [&](std::string_view rest) {
    seen.emplace_back(rest);
    return seen.size() < 2;
  });
  CHECK(seen.size() == 2);
  CHECK(lookups.TermsWithPrefix("XL") == Listed(t.db, "XL"));
  std::vector<std::string> all;
  lookups.VisitTerms("XL삼성=", [&](std::string_view rest) {
    all.emplace_back(rest);
    return true;
  });
  CHECK(all == std::vector<std::string>{"samsung", "三星"});
}

TEST_CASE("DatabaseLookups: a document's data is read once and the same each time; Clear forgets") {
  TwoShards t;
  kosearch::DatabaseLookups lookups(t.db);
  Xapian::Enquire e(t.db);
  e.set_query(Xapian::Query("반도체"));
  Xapian::MSet m = lookups.Match(e, 0, 10);
  REQUIRE(m.size() == 3);
  std::vector<std::string> first, again;
  for (auto it = m.begin(); it != m.end(); ++it) first.push_back(lookups.DocumentData(it));
  for (auto it = m.begin(); it != m.end(); ++it) {
    again.push_back(lookups.DocumentData(it));
    CHECK(lookups.DocumentData(it) == it.get_document().get_data());
  }
  CHECK(first == again);
  CHECK(lookups.TermFreq("반도체") == 3);
  lookups.Clear();
  CHECK(lookups.TermFreq("반도체") == 3);
}
