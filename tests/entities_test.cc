// Tests for FindEntities (src/extract/entities.h) with the shipped model
// schema/ner/model.bin, and for the model file format (ner_model.h).
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "extract/amounts.h"
#include "extract/entities.h"
#include "extract/ner_model.h"
#include "kosearch/schema_files.h"
#include "text/unicode_text.h"

namespace kosearch {
namespace {

using Span = std::tuple<std::string, std::string>;  // text, type

// The shipped model (schema/ner), created once.
const EntityModel* ShippedModel() {
  static const std::shared_ptr<const EntityModel> model = [] {
    auto dir = FindSchemaDir();
    REQUIRE_MESSAGE(dir.ok(), dir.status().ToString());
    auto created = EntityModel::Create(*dir);
    REQUIRE_MESSAGE(created.ok(), created.status().ToString());
    return std::move(created).value();
  }();
  return model.get();
}

std::vector<Entity> FindEntities(std::u32string_view text, size_t limit, const std::vector<Amount>& amounts) {
  return kosearch::FindEntities(text, limit, amounts, ShippedModel());
}

std::set<Span> Entities(const std::string& text) {
  std::u32string u = ToU32(text);
  std::set<Span> out;
  for (const Entity& e : FindEntities(u, u.size(), FindAmounts(u, u.size()))) {
    CHECK(e.text == ToUtf8(u.substr(e.start, e.end - e.start)));
    out.insert({e.text, e.type});
  }
  return out;
}

TEST_CASE("the NER model ships in the schema directory") {
  auto dir = FindSchemaDir();
  REQUIRE_MESSAGE(dir.ok(), dir.status().ToString());
  auto model = NerModel::Load(*dir + "/ner/model.bin");
  REQUIRE_MESSAGE(model.ok(), model.status().ToString());
  CHECK(model.value()->feature_count() > 1000);
}

TEST_CASE("KLUE-NER sentences: people, organizations, quantities") {
  // klue-ner-v1_dev_00002-wikitree
  CHECK(Entities("수학 A형의 1등급 커트라인은 평균 96점, 수학 B형은 99점이었다.") ==
        std::set<Span>{{"1등급", "QT"}, {"96점", "QT"}, {"99점", "QT"}});
  // A politician, his party and a government body.
  auto found = Entities("정세균 민주당 의원이 국정원 대선개입 의혹 사건과 관련해 민주당의 '초강경 투쟁'을 촉구하고 나섰습니다.");
  CHECK(found.count({"정세균", "PS"}));
  CHECK(found.count({"민주당", "OG"}));
  CHECK(found.count({"국정원", "OG"}));
  found = Entities("삼성서울병원에서는 이날 의료진도 1명 감염됐으나 감염 시점 등에 대해 역학조사가 진행 중이다.");
  CHECK(found.count({"삼성서울병원", "OG"}));
  CHECK(found.count({"1명", "QT"}));
  CHECK_FALSE(found.count({"이날", "QT"}));  // a date
}

TEST_CASE("the seed's business leaders") {
  auto found = Entities("이번 접견에는 이재용 삼성전자 회장, 최태원 SK그룹 회장, 정의선 현대자동차그룹 회장, 이해진 네이버 의장도 참석했다.");
  CHECK(found.count({"최태원", "PS"}));
  CHECK(found.count({"정의선", "PS"}));
  CHECK(found.count({"SK그룹", "OG"}));
  CHECK(found.count({"현대자동차그룹", "OG"}));
}

TEST_CASE("offsets, limit and odd input") {
  std::u32string text = ToU32("첫 줄입니다.\n정세균 민주당 의원이 말했다.");
  auto all = FindEntities(text, text.size(), {});
  bool person = false;
  for (const Entity& e : all) {
    CHECK(e.end <= text.size());
    if (e.type == "PS" && e.text == "정세균") {
      person = true;
      CHECK(e.start == 8);  // offsets are into the whole text, not the line
    }
  }
  CHECK(person);
  for (const Entity& e : FindEntities(text, 10, {})) CHECK(e.end <= 10);

  CHECK(FindEntities(U"", 0, {}).empty());
  std::u32string junk = ToU32("\xff\xfe\x01 ㅋㅋㅋ \t\t\n\n\n  ~~~ 1,2,3 ");
  junk += std::u32string(5000, U'가');
  CHECK_NOTHROW(FindEntities(junk, junk.size(), FindAmounts(junk, junk.size())));
  // Amounts whose offsets lie outside the text are ignored, not trusted.
  std::vector<Amount> bogus(1);
  bogus[0].start = 100;
  bogus[0].end = 200;
  CHECK_NOTHROW(FindEntities(text, text.size(), bogus));
}

// Tags with PS (B-PS 1, I-PS 2) over the given [start, end) spans, O elsewhere.
std::vector<int> PersonTags(size_t n, std::initializer_list<std::pair<size_t, size_t>> spans) {
  std::vector<int> tags(n, 0);
  for (auto [s, e] : spans)
    for (size_t k = s; k < e; ++k) tags[k] = k == s ? 1 : 2;
  return tags;
}

TEST_CASE("a Hanja gloss names what the word it glosses names") {
  // "시신(屍身)": the gloss of an untagged word is no name, whatever its
  // tags; "정주영(鄭周永)": the gloss of a tagged name keeps its span.
  std::u32string text = U"경찰은 시신(屍身)을 옮겼다고 정주영(鄭周永) 회장이 밝혔다";
  const size_t gloss = text.find(U"屍身"), name = text.find(U"정주영"), hanja = text.find(U"鄭周永");
  auto spans = NerEntitiesFromTags(text, text.size(), PersonTags(text.size(), {{gloss, gloss + 2}, {name, name + 3}, {hanja, hanja + 3}}));
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].text == "정주영");
  CHECK(spans[1].text == "鄭周永");
  // Spaces inside the glossed words are skipped: "신정 국가(神政國家)".
  std::u32string spaced = U"그는 신정 국가(神政國家)를 세웠다";
  const size_t s = spaced.find(U"神");
  CHECK(NerEntitiesFromTags(spaced, spaced.size(), PersonTags(spaced.size(), {{s, s + 4}})).empty());
  // Hanja not in parentheses after Hangul is no gloss: "白凡 金九" stays.
  std::u32string bare = U"白凡 金九 선생을 기렸다";
  CHECK(NerEntitiesFromTags(bare, bare.size(), PersonTags(bare.size(), {{0, 5}})).size() == 1);
}

TEST_CASE("model file: round trip and corruption") {
  // A model whose transitions force every character into one PS span.
  NerModelData data;
  data.transitions.assign((kNerTagCount + 1) * kNerTagCount, 0);
  const int b_ps = 1, i_ps = 2;
  data.transitions[kNerTagCount * kNerTagCount + b_ps] = 10;  // start → B-PS
  data.transitions[b_ps * kNerTagCount + i_ps] = 10;
  data.transitions[i_ps * kNerTagCount + i_ps] = 10;
  data.features.push_back({12345, {{static_cast<uint8_t>(b_ps), 0.5f}}});
  std::string path = (std::filesystem::temp_directory_path() / "kosearch_entities_test_model.bin").string();
  REQUIRE(SaveNerModel(path, data).ok());
  auto model = NerModel::Load(path);
  REQUIRE(model.ok());
  CHECK(model.value()->feature_count() == 1);
  std::u32string text = U"홍길동";
  auto tags = model.value()->Tag(text, {});
  CHECK(tags == std::vector<int>{b_ps, i_ps, i_ps});
  auto spans = NerEntitiesFromTags(text, text.size(), tags);
  REQUIRE(spans.size() == 1);
  CHECK(spans[0].text == "홍길동");
  CHECK(NerEntitiesFromTags(text, 2, tags).empty());  // crosses the limit

  {
    std::ofstream truncate(path, std::ios::binary | std::ios::trunc);
    truncate << "KSNER001\x0d";
  }
  auto bad = NerModel::Load(path);
  CHECK_FALSE(bad.ok());
  CHECK(bad.status().code() == Status::Code::kCorruption);
  std::remove(path.c_str());
  CHECK(NerModel::Load(path).status().code() == Status::Code::kNotFound);
}

}  // namespace
}  // namespace kosearch
