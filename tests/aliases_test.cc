// AliasTable: the shipped schema/aliases.tsv, lookup keys, error messages
// naming path:line and merging (where the schema folder is found:
// schema_files_test.cc).
#include <doctest/doctest.h>

#include <string>

#include "kosearch/aliases.h"

namespace kosearch {
namespace {

std::shared_ptr<AliasTable> Shipped() {
  auto table = AliasTable::Load(std::string(KOSEARCH_TEST_CORPUS) + "/../schema/aliases.tsv");
  REQUIRE_MESSAGE(table.ok(), table.status().ToString());
  return table.value();
}

TEST_CASE("aliases: 삼성, Samsung and 삼성전자 are one organization") {
  auto table = Shipped();
  const AliasTable::Group* samsung = table->Find("삼성");
  REQUIRE(samsung != nullptr);
  CHECK(samsung->kind == AliasTable::Kind::kOrg);
  CHECK(samsung->canonical == "삼성");
  for (const char* spelling : {"Samsung", "삼성전자", "SAMSUNG", "samsung electronics", "Samsung Electronics"}) {
    CAPTURE(spelling);
    CHECK(table->Find(spelling) == samsung);
  }
  CHECK(table->Find("SK그룹") == table->Find("에스케이"));
  CHECK(table->Find("현대자동차그룹") == table->Find("Hyundai"));
  CHECK(table->Find("NVIDIA") == table->Find("엔비디아"));
  CHECK(table->Find("Naver") == table->Find("네이버"));
  CHECK(table->Find("삼성") != table->Find("SK"));
  CHECK(table->Find("없는회사") == nullptr);
}

TEST_CASE("aliases: people and glossary terms") {
  auto table = Shipped();
  const AliasTable::Group* huang = table->Find("Jensen Huang");
  REQUIRE(huang != nullptr);
  CHECK(huang->kind == AliasTable::Kind::kPerson);
  CHECK(huang->canonical == "젠슨 황");
  CHECK(table->Find("젠슨황") == huang);  // spaces are ignored
  CHECK(table->Find("Obama") == table->Find("버락 오바마"));
  CHECK(table->Find("옴니버스") == table->Find("Omniverse"));
  REQUIRE(table->Find("투자") != nullptr);
  CHECK(table->Find("투자")->canonical == "investment");
  size_t terms = 0;
  for (const auto& g : table->groups()) terms += g.kind == AliasTable::Kind::kTerm;
  CHECK(terms >= 40);
}

TEST_CASE("aliases: Key is NFKC, Latin lowercase, no spaces") {
  CHECK(AliasTable::Key("Samsung Electronics") == "samsungelectronics");
  CHECK(AliasTable::Key("ＳＫ 그룹") == "sk그룹");  // fullwidth Latin folds to ASCII
  CHECK(AliasTable::Key("엔비디아") == "엔비디아");
}

TEST_CASE("aliases: a malformed line is reported as path:line") {
  std::string path = std::string(KOSEARCH_TEST_DATA) + "/quotes_malformed_aliases.tsv";
  auto bad = AliasTable::Load(path);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().code() == Status::Code::kInvalidArgument);
  CHECK(bad.status().message().find(path + ":4") != std::string::npos);
  CHECK(bad.status().message().find("company") != std::string::npos);

  std::string kind_only = std::string(KOSEARCH_TEST_DATA) + "/quotes_kind_only_aliases.tsv";
  auto empty_group = AliasTable::Load(kind_only);
  REQUIRE_FALSE(empty_group.ok());
  CHECK(empty_group.status().message().find(kind_only + ":3") != std::string::npos);

  auto missing = AliasTable::Load("/nonexistent/aliases.tsv");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == Status::Code::kNotFound);
}

TEST_CASE("aliases: Add merges into the group that shares a spelling") {
  AliasTable table;
  table.Add(AliasTable::Kind::kOrg, {"엔비디아", "NVIDIA"});
  table.Add(AliasTable::Kind::kOrg, {"nvidia", "엔비디아코리아"});
  REQUIRE(table.groups().size() == 1);
  CHECK(table.Find("엔비디아코리아")->canonical == "엔비디아");
  CHECK(table.groups()[0].spellings.size() == 3);
  table.Add(AliasTable::Kind::kTerm, {"옴니버스"});
  CHECK(table.groups().size() == 2);
}

}  // namespace
}  // namespace kosearch
