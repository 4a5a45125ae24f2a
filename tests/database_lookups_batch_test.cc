// DatabaseLookups asks many look-ups in one match where a step allows (over
// remote shards each match is two round trips, each listing or frequency one):
// a dry run notes what a step would ask and one match answers it all
// (src/search/database_lookups.h), MatchesEach asks independent checks
// together, Prefetch learns with the frequencies which terms quotes have, and
// what a dry run leaves pending rides along with the next such match.
// The answers must be those a match would give; that they come from the one
// match is seen by changing the database afterwards (a WritableDatabase's
// searches see its own changes at once): an answer asked later would change.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>

#include "search/database_lookups.h"

namespace fs = std::filesystem;

namespace {

struct Archive {
  fs::path dir = fs::temp_directory_path() / ("kosearch-batch-" + std::to_string(getpid()));
  Xapian::WritableDatabase db;

  Archive() {
    fs::remove_all(dir);
    db = Xapian::WritableDatabase(dir.string(), Xapian::DB_CREATE_OR_OPEN);
    // A quote of 바이든, an article about the president, a quote of 골든벨's
    // host with no speaker term, an article naming 바이든 with a mined alias pair.
    for (const std::vector<std::string>& terms : std::vector<std::vector<std::string>>{
             {"바이", "이든", "Kquote", "XP바이든"},
             {"대통", "통령", "Karticle"},
             {"골든", "든벨", "Kquote"},
             {"바이", "Karticle", "XP바이든", "XLbiden=조바이든"},
         }) {
      Add(terms);
    }
    db.commit();
  }
  ~Archive() { fs::remove_all(dir); }

  void Add(const std::vector<std::string>& terms) {
    Xapian::Document d;
    for (const auto& t : terms) d.add_term(t);
    db.add_document(d);
  }
};

bool MatchedByEnquire(const Xapian::Database& db, const Xapian::Query& q) {
  Xapian::Enquire e(db);
  e.set_query(q);
  return e.get_mset(0, 1).size() > 0;
}

Xapian::Query And(const std::string& a, const std::string& b) {
  return Xapian::Query(Xapian::Query::OP_AND, Xapian::Query(a), Xapian::Query(b));
}

Xapian::Query QuotesWith(const Xapian::Query& q) { return Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query("Kquote"), q); }

}  // namespace

TEST_CASE("DatabaseLookups dry run: the checks a step would make, answered by one match") {
  Archive t;
  kosearch::DatabaseLookups lookups(t.db);
  const std::vector<Xapian::Query> checks = {And("바이", "이든"), And("이든", "든벨"), And("골든", "든벨"),
                                             And("대통", "이든")};
  std::vector<bool> expected;
  for (const auto& q : checks) expected.push_back(MatchedByEnquire(t.db, q));
  CHECK(expected == std::vector<bool>{true, false, true, false});

  lookups.BeginDryRun();
  for (const auto& q : checks) CHECK(lookups.Matches(q));  // a dry run answers "matches", asking nothing
  CHECK(lookups.TermFreq("통령") == 1);
  CHECK_FALSE(lookups.ResolveDryRun());  // no prefix listed: nothing for a second dry run
  CHECK_FALSE(lookups.dry_run());
  CHECK(lookups.TermFreq("통령") == 1);  // the real frequency came with the match

  // Now both pairs occur together; the answers are still the match's.
  t.Add({"이든", "든벨", "대통", "Karticle"});
  REQUIRE(MatchedByEnquire(t.db, checks[1]));
  for (size_t i = 0; i < checks.size(); ++i) {
    CAPTURE(checks[i].get_description());
    CHECK(lookups.Matches(checks[i]) == expected[i]);
  }
  // What the dry run did not note is asked as before.
  CHECK(lookups.Matches(And("든벨", "대통")));
}

TEST_CASE("DatabaseLookups dry run: a prefix no term starts with is known empty without listing it") {
  Archive t;
  kosearch::DatabaseLookups lookups(t.db);
  lookups.BeginDryRun();
  CHECK(lookups.TermsWithPrefix("XLwhat").empty());
  CHECK(lookups.TermsWithPrefix("XLbiden").empty());  // not known yet: none in a dry run
  CHECK(lookups.ResolveDryRun());                     // XLbiden has terms: a second dry run would list it
  t.Add({"XLwhatsapp=왓츠앱", "Karticle"});
  CHECK(lookups.TermsWithPrefix("XLwhat").empty());          // the match said none (not listed again)
  CHECK(lookups.TermsWithPrefix("XLwhatsapp=").empty());     // a longer prefix too
  CHECK(lookups.TermsWithPrefix("XLbiden") == std::vector<std::string>{"XLbiden=조바이든"});  // listed
  lookups.Clear();
  CHECK(lookups.TermsWithPrefix("XLwhat") == std::vector<std::string>{"XLwhatsapp=왓츠앱"});
}

TEST_CASE("DatabaseLookups::MatchesEach: the same answers as a match of each, batched or not") {
  Archive t;
  const std::vector<Xapian::Query> checks = {QuotesWith(Xapian::Query("XP바이든")), QuotesWith(And("골든", "바이")),
                                             Xapian::Query(), QuotesWith(Xapian::Query("든벨")), And("Karticle", "없는말")};
  for (bool batch : {false, true}) {
    kosearch::DatabaseLookups lookups(t.db);
    lookups.SetBatchLookups(batch);
    CAPTURE(batch);
    CHECK(lookups.MatchesEach(checks) == std::vector<bool>{true, false, false, true, false});
  }
}

TEST_CASE("DatabaseLookups::Prefetch within quotes: which terms quotes have, with the frequencies") {
  Archive t;
  kosearch::DatabaseLookups lookups(t.db);
  lookups.SetBatchLookups(true);
  lookups.Prefetch({"XP바이든", "XP골든벨", "통령"}, Xapian::Query("Kquote"));
  CHECK(lookups.TermFreq("XP바이든") == 2);  // a quote and an article
  CHECK(lookups.TermFreq("통령") == 1);
  // From now on a quote has 골든벨 and 통령 too: the answers are the prefetch's.
  t.Add({"Kquote", "XP골든벨", "통령"});
  const Xapian::Query either(Xapian::Query::OP_OR, Xapian::Query("XP골든벨"), Xapian::Query("XP바이든"));
  CHECK(lookups.Matches(QuotesWith(either)));
  CHECK_FALSE(lookups.Matches(QuotesWith(Xapian::Query("XP골든벨"))));
  CHECK_FALSE(lookups.Matches(QuotesWith(Xapian::Query("통령"))));
  // A term the prefetch did not ask about: asked.
  CHECK(lookups.Matches(QuotesWith(Xapian::Query("골든"))));
  // Without batch lookups (a local database) Prefetch learns frequencies only.
  kosearch::DatabaseLookups local(t.db);
  local.Prefetch({"XP골든벨", "통령"}, Xapian::Query("Kquote"));
  CHECK(local.Matches(QuotesWith(Xapian::Query("XP골든벨"))));
}

TEST_CASE("DatabaseLookups: what a dry run leaves pending is asked with the next match of several") {
  Archive t;
  kosearch::DatabaseLookups lookups(t.db);
  lookups.SetBatchLookups(true);
  // A step planned ahead (a question's closest articles): noted, not asked.
  lookups.BeginDryRun();
  CHECK(lookups.Matches(And("이든", "든벨")));
  CHECK(lookups.TermsWithPrefix("XLwhat").empty());
  CHECK(lookups.TermFreq("대통") == 1);
  lookups.KeepDryRunPending();
  CHECK_FALSE(lookups.dry_run());
  // The question's first look-ups ask it along.
  lookups.Prefetch({"XP바이든"}, Xapian::Query("Kquote"));
  t.Add({"이든", "든벨", "대통", "XLwhatsapp=왓츠앱", "Karticle"});
  CHECK_FALSE(lookups.Matches(And("이든", "든벨")));       // the pending check's answer
  CHECK(lookups.TermsWithPrefix("XLwhat").empty());        // the pending prefix's
  CHECK(lookups.TermFreq("대통") == 1);                    // the pending frequency's
  lookups.Clear();
  CHECK(lookups.Matches(And("이든", "든벨")));
}
