// Tests for the NER tagger's word classes (src/extract/ner_clusters.h): the
// part of a word looked up, the table file, and the class features the
// tagger computes with a table and without one.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract/amounts.h"
#include "extract/ner_clusters.h"
#include "extract/ner_model.h"
#include "text/hanja_readings.h"
#include "text/unicode_text.h"

namespace kosearch {
namespace {

std::string Core(const std::string& word) {
  const std::u32string text = ToU32(word);
  const auto [start, end] = NerClusterCore(text, 0, text.size());
  return ToUtf8(text.substr(start, end - start));
}

std::string WriteTable(const char* name, const std::string& contents) {
  const std::string path = (std::filesystem::temp_directory_path() / name).string();
  std::ofstream(path) << contents;
  return path;
}

NerFeatures Features(const std::string& sentence, const NerGazetteer* gazetteer) {
  const std::u32string text = ToU32(sentence);
  NerFeatures f;
  ExtractNerFeatures(text, FindAmounts(text, text.size()), gazetteer, &f);
  return f;
}

}  // namespace

TEST_CASE("the looked-up part of a word drops punctuation and the particle") {
  CHECK(Core("민주당은") == "민주당");
  CHECK(Core("'삼성전자는,") == "삼성전자");
  CHECK(Core("(오바마)") == "오바마");
  CHECK(Core("대통령이") == "대통령");
  CHECK(Core("말했다.") == "말했다");
  CHECK(Core("“…”") == "");
}

TEST_CASE("word class table: look-ups and malformed lines") {
  const std::string path = WriteTable("kosearch_clusters_test.tsv",
                                      "# comment\n오바마\t7\t2\n민주당\t9\t3\n대통령\t4\t1\n");
  auto table = NerWordClusters::Load(path);
  REQUIRE_MESSAGE(table.ok(), table.status().ToString());
  CHECK((*table)->size() == 3);
  const std::u32string text = ToU32("'오바마는 미국 대통령이다");
  NerWordClusters::Classes obama = (*table)->Of(text, 0, 5);
  CHECK(obama.fine == 7);
  CHECK(obama.coarse == 2);
  CHECK(obama.core_start == 1);
  CHECK(obama.core_end == 4);
  CHECK((*table)->Of(text, 6, 8).fine == 0);  // 미국: not in the table
  std::remove(path.c_str());

  const std::string bad = WriteTable("kosearch_clusters_bad.tsv", "오바마\t7\t2\n민주당\t9\n");
  auto broken = NerWordClusters::Load(bad);
  REQUIRE_FALSE(broken.ok());
  CHECK(broken.status().ToString().find("kosearch_clusters_bad.tsv:2") != std::string::npos);
  std::remove(bad.c_str());
  CHECK(NerWordClusters::Load("/nonexistent/clusters.tsv").status().code() == Status::Code::kNotFound);
}

TEST_CASE("class features: only with a table, and the same for words of one class") {
  const std::string path = WriteTable("kosearch_clusters_feat.tsv", "오바마\t7\t2\n부시\t7\t2\n민주당\t9\t3\n");
  auto table = NerWordClusters::Load(path);
  std::remove(path.c_str());
  REQUIRE(table.ok());
  NerGazetteer plain;
  NerGazetteer with_classes;
  with_classes.set_clusters(std::shared_ptr<const NerWordClusters>(std::move(table).value()));

  const NerFeatures a = Features("오바마 대통령은 말했다", &plain);
  const NerFeatures b = Features("오바마 대통령은 말했다", &with_classes);
  REQUIRE(a.offsets.size() == b.offsets.size());
  // Positions gain class features and keep all the others.
  CHECK(b.keys.size() > a.keys.size());
  std::vector<uint64_t> first_a(a.keys.begin(), a.keys.begin() + a.offsets[1]);
  std::vector<uint64_t> first_b(b.keys.begin(), b.keys.begin() + b.offsets[1]);
  std::sort(first_a.begin(), first_a.end());
  std::sort(first_b.begin(), first_b.end());
  CHECK(first_b.size() > first_a.size());
  CHECK(std::includes(first_b.begin(), first_b.end(), first_a.begin(), first_a.end()));

  // 오바마 and 부시 share class 7: the first character of each gets the same
  // class key; 민주당's differs.
  auto keys_at = [&](const std::string& s, size_t i) {
    NerFeatures f = Features(s, &with_classes);
    NerFeatures g = Features(s, &plain);
    std::vector<uint64_t> extra(f.keys.begin() + f.offsets[i], f.keys.begin() + f.offsets[i + 1]);
    std::vector<uint64_t> base(g.keys.begin() + g.offsets[i], g.keys.begin() + g.offsets[i + 1]);
    std::vector<uint64_t> only;
    std::sort(extra.begin(), extra.end());
    std::sort(base.begin(), base.end());
    std::set_difference(extra.begin(), extra.end(), base.begin(), base.end(), std::back_inserter(only));
    return only;
  };
  const std::vector<uint64_t> obama = keys_at("오바마는 말했다", 0);
  const std::vector<uint64_t> bush = keys_at("부시는 말했다", 0);
  const std::vector<uint64_t> party = keys_at("민주당은 말했다", 0);
  REQUIRE(obama.size() >= 2);
  CHECK(obama == bush);
  CHECK(obama != party);
}

TEST_CASE("Hanja readings: inside a word and at its start") {
  CHECK(HanjaReading(U'日') == U'일');
  CHECK(HanjaReading(U'帝') == U'제');
  CHECK(HanjaReading(U'李') == U'리');
  CHECK(HanjaReadingAtWordStart(U'李') == U'이');  // 두음법칙
  CHECK(HanjaReadingAtWordStart(U'女') == U'여');
  CHECK(HanjaReadingAtWordStart(U'樂') == U'낙');
  CHECK(HanjaReadingAtWordStart(U'文') == U'문');
  CHECK(HanjaReading(U'가') == 0);
  CHECK(HanjaReading(U'A') == 0);
}

TEST_CASE("word class table: a Hanja word is looked up by its reading") {
  const std::string path = WriteTable("kosearch_clusters_hanja.tsv", "일제\t12\t4\n이승만\t7\t2\n");
  auto table = NerWordClusters::Load(path);
  std::remove(path.c_str());
  REQUIRE(table.ok());
  const std::u32string text = ToU32("日帝의 잔재를 李承晩 정부가");
  NerWordClusters::Classes japan = (*table)->Of(text, 0, 3);
  CHECK(japan.fine == 12);
  CHECK(japan.core_end == 2);  // 의 is the particle
  CHECK((*table)->Of(text, 8, 11).fine == 7);  // 李承晩: 이승만, the initial sound rule on 李
}

TEST_CASE("class features: a word missing from the table gives none") {
  const std::string path = WriteTable("kosearch_clusters_unknown.tsv", "오바마\t7\t2\n말했다\t5\t1\n");
  auto table = NerWordClusters::Load(path);
  std::remove(path.c_str());
  REQUIRE(table.ok());
  NerGazetteer plain;
  NerGazetteer with_classes;
  with_classes.set_clusters(std::shared_ptr<const NerWordClusters>(std::move(table).value()));
  // 떡집은: not in the table, between two words that are: its positions keep
  // exactly the features they have without a table.
  const std::string sentence = "오바마 떡집은 말했다";
  const NerFeatures a = Features(sentence, &plain);
  const NerFeatures b = Features(sentence, &with_classes);
  REQUIRE(a.offsets.size() == b.offsets.size());
  for (size_t i = 4; i < 7; ++i) {
    CAPTURE(i);
    CHECK(b.offsets[i + 1] - b.offsets[i] == a.offsets[i + 1] - a.offsets[i]);
  }
  // 오바마's last character still sees nothing of the unknown word after it,
  // but gains its own class features.
  CHECK(b.offsets[3] - b.offsets[2] == a.offsets[3] - a.offsets[2] + 2);
}

}  // namespace kosearch
