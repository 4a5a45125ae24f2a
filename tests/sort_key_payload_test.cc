// The stored document travels with the match (src/index/sort_key.h): in
// schema version 4 it follows the sort key in schema::kSlotHit, so a match
// sorted on that slot carries its hit (no document fetched: a round trip
// each over remote shards). Sorting on kSlotHit orders exactly as kSlotSort
// does, whatever the payload; a database of version 3 (the stored document
// in the document data) answers exactly the same.
#include <doctest/doctest.h>
#include <unistd.h>
#include <xapian.h>

#include <filesystem>

#include "index/schema.h"
#include "index/sort_key.h"
#include "index/stored_document.h"
#include "kosearch/format.h"
#include "kosearch/index.h"
#include "kosearch/search.h"
#include "search/best_documents.h"
#include "search/database_lookups.h"

namespace fs = std::filesystem;

TEST_CASE("sort key: id and payload read back; the payload never changes the order") {
  const std::string quote = kosearch::SortKey("2024-03-05", "삼성-1", 7, "{\"text\":\"반도체 수출이 늘었다\"}");
  CHECK(kosearch::IdOfSortKey(quote) == "삼성-1#q0007");
  CHECK(kosearch::PayloadOfSortKey(quote) == "{\"text\":\"반도체 수출이 늘었다\"}");
  const std::string bare = kosearch::SortKey("2024-03", "삼성-1");
  CHECK(bare.substr(0, 10) == "2024-03-00");
  CHECK(kosearch::IdOfSortKey(bare) == "삼성-1");
  CHECK(kosearch::PayloadOfSortKey(bare).empty());
  CHECK(quote.compare(0, quote.size() - kosearch::PayloadOfSortKey(quote).size(), kosearch::SortKey("2024-03-05", "삼성-1", 7)) == 0);
  // A date (what an order by date compares) is no sort key: no id, no payload.
  CHECK(kosearch::IdOfSortKey("2024-03-05").empty());
  CHECK(kosearch::PayloadOfSortKey("2024-03-05").empty());
  CHECK(kosearch::StoredDataOfHitKey("2024-03-05").empty());
  // The hit key: the sort key, then the stored document, compressed.
  const std::string data = "{\"kind\":\"quote\",\"text\":\"반도체 수출이 늘었다, 반도체 수출이 늘었다\"}";
  const std::string hit = kosearch::HitKey("2024-03-05", "삼성-1", 7, data);
  CHECK(hit.compare(0, hit.size() - kosearch::PayloadOfSortKey(hit).size(), kosearch::SortKey("2024-03-05", "삼성-1", 7)) == 0);
  CHECK(kosearch::StoredDataOfHitKey(hit) == data);
  CHECK(kosearch::StoredDataOfHitKey(hit.substr(0, hit.size() - 3)).empty());  // cut short: nothing, never garbage
  // Descending: newest first, then "a" before "ab" before "b", whatever the payloads.
  const std::string a = kosearch::SortKey("2024-03-05", "a", -1, "zzzz");
  const std::string ab = kosearch::SortKey("2024-03-05", "ab", -1, "");
  const std::string b = kosearch::SortKey("2024-03-05", "b", -1, "\xff\xff");
  const std::string older = kosearch::SortKey("2024-03-04", "a", -1, "\xff");
  CHECK(a > ab);
  CHECK(ab > b);
  CHECK(b > older);
  CHECK(kosearch::SortKey("2024-03-05", "a", -1, "") > kosearch::SortKey("2024-03-05", "ab", -1, "\xff\xff\xff"));
}

namespace {

// The seed articles indexed twice: as this build writes them, and rewritten
// as schema version 3 wrote them (stored document in the data, no kSlotHit).
struct SeedDatabases {
  fs::path dir = fs::temp_directory_path() / ("kosearch-sortkey-" + std::to_string(::getpid()));
  std::string current = (dir / "current").string(), version3 = (dir / "version3").string();

  SeedDatabases() {
    fs::remove_all(dir);
    for (const std::string& path : {current, version3}) {
      auto w = kosearch::IndexWriter::Open(path);
      REQUIRE(w.ok());
      auto s = kosearch::IndexInputs(**w, {std::string(KOSEARCH_TEST_CORPUS) + "/seed"}, [](const std::string&) {}, nullptr);
      REQUIRE(s.ok());
      REQUIRE(s->added > 0);
    }
    Xapian::WritableDatabase w(version3);
    int documents = 0;
    for (auto it = w.postlist_begin(""); it != w.postlist_end(""); ++it, ++documents) {
      Xapian::Document doc = w.get_document(*it);
      const std::string hit = doc.get_value(kosearch::schema::kSlotHit);
      CHECK(doc.get_data().empty());  // version 4: the stored document is in the slot only
      const std::string data = kosearch::StoredDataOfHitKey(hit);
      REQUIRE(kosearch::DecodeStoredDocument(data).ok());
      CHECK(data == kosearch::StoredData(doc));
      CHECK(hit.compare(0, hit.size() - kosearch::PayloadOfSortKey(hit).size(), doc.get_value(kosearch::schema::kSlotSort)) == 0);
      doc.set_data(data);
      doc.remove_value(kosearch::schema::kSlotHit);
      w.replace_document(*it, doc);
    }
    REQUIRE(documents > 1);
    w.set_metadata(kosearch::schema::kVersionKey, "3");
    w.set_metadata(kosearch::schema::kOpeningKey, "");  // version 3 databases have none
    w.commit();
  }
  ~SeedDatabases() { fs::remove_all(dir); }
};

std::string Answer(const std::string& db, const std::string& query) {
  auto searcher = kosearch::Searcher::Open(db);
  REQUIRE(searcher.ok());
  auto r = (*searcher)->Search(query, kosearch::SearchOptions{});
  REQUIRE_MESSAGE(r.ok(), r.status().message());
  return kosearch::ResponseToJson(*r);
}

}  // namespace

TEST_CASE("stored document in the match: a version 3 database answers the same; kSlotHit orders as kSlotSort") {
  SeedDatabases dbs;
  for (const std::string query : {"옴니버스", "엔비디아 GPU", "what did SK say about Omniverse",
                                  "SK는 옴니버스에 대해 뭐라고 했나", "kind:quote 옴니버스", "\"옴니버스 툴\""}) {
    CAPTURE(query);
    const std::string current = Answer(dbs.current, query);
    CHECK(current.find("\"id\"") != std::string::npos);  // something was found
    CHECK(Answer(dbs.version3, query) == current);
  }
  Xapian::Database db(dbs.current);
  kosearch::DatabaseLookups by_sort(db), by_hit(db);
  by_hit.SetSortSlot(kosearch::schema::kSlotHit);
  const Xapian::Query quotes(kosearch::schema::Term(kosearch::schema::kKind, kosearch::schema::kKindQuote));
  const auto ids = kosearch::BestIds(by_sort, quotes, 100);
  REQUIRE(ids.size() > 1);
  CHECK(kosearch::BestIds(by_hit, quotes, 100) == ids);
  // The documents read from the matches are those fetched, in the same order.
  const auto carried = kosearch::BestDocuments(by_hit, quotes, 100), fetched = kosearch::BestDocuments(by_sort, quotes, 100);
  REQUIRE(carried.size() == ids.size());
  REQUIRE(fetched.size() == ids.size());
  for (size_t i = 0; i < ids.size(); ++i) {
    CHECK(carried[i].id == fetched[i].id);
    CHECK(carried[i].text == fetched[i].text);
    CHECK(kosearch::EncodeStoredDocument(carried[i]) == kosearch::EncodeStoredDocument(fetched[i]));
  }
}
