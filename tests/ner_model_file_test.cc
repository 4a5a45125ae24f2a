// Tests for the NER model file (src/extract/ner_model_file.cc,
// ner_table_file.cc): the current KSNER003 file is the tagger's table,
// checked before it is used (a truncated, damaged or other-version file is
// refused, saying which); the older KSNER001 format is read with the same
// tags and rewritten as SaveNerModel writes; and a gazetteer's name is
// marked whole even when other names start the same way.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract/ner_model.h"
#include "text/unicode_text.h"

namespace kosearch {
namespace {

std::string TempPath(const char* name) { return (std::filesystem::temp_directory_path() / name).string(); }

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void WriteAll(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// A model over the bias feature (the first key of every position) whose
// weights favour B-PS then I-PS: all of a text is one person.
NerModelData PersonModel() {
  NerModelData data;
  data.transitions.assign((kNerTagCount + 1) * kNerTagCount, 0);
  data.transitions[1 * kNerTagCount + 2] = 4;  // B-PS → I-PS
  data.transitions[2 * kNerTagCount + 2] = 4;  // I-PS → I-PS
  NerFeatures feats;
  ExtractNerFeatures(U"가", {}, nullptr, &feats);
  REQUIRE(!feats.keys.empty());
  data.features.push_back({feats.keys[0], {{1, 2.0f}, {2, 1.0f}, {0, -0.5f}}});
  data.features.push_back({0x1234567890abcdefULL, {{5, 3.0f}}});
  return data;
}

// The same model in the KSNER001 layout, weights quantised as SaveNerModel does.
std::string OldFormat(const NerModelData& data) {
  float max_abs = 3.0f, scale = max_abs / 32767.0f;
  std::string out("KSNER001", 8);
  auto put = [&](const void* p, size_t n) { out.append(static_cast<const char*>(p), n); };
  uint32_t tags = kNerTagCount, count = static_cast<uint32_t>(data.features.size());
  put(&tags, 4);
  put(data.transitions.data(), data.transitions.size() * sizeof(float));
  put(&scale, 4);
  put(&count, 4);
  for (const auto& [key, weights] : data.features) {
    put(&key, 8);
    uint8_t n = static_cast<uint8_t>(weights.size());
    put(&n, 1);
    for (const auto& [tag, w] : weights) {
      int16_t q = static_cast<int16_t>(std::lround(w / scale));
      put(&tag, 1);
      put(&q, 2);
    }
  }
  return out;
}

TEST_CASE("a KSNER001 model is read with the weights the current format keeps") {
  const NerModelData data = PersonModel();
  const std::string current = TempPath("kosearch_ner_current.bin"), old = TempPath("kosearch_ner_old.bin");
  REQUIRE(SaveNerModel(current, data).ok());
  WriteAll(old, OldFormat(data));
  auto a = NerModel::Load(current);
  auto b = NerModel::Load(old);
  REQUIRE_MESSAGE(a.ok(), a.status().ToString());
  REQUIRE_MESSAGE(b.ok(), b.status().ToString());
  CHECK(a.value()->feature_count() == 2);
  CHECK(b.value()->feature_count() == 2);
  const std::u32string text = U"홍길동 씨";
  const std::vector<int> tags = a.value()->Tag(text, {});
  CHECK(tags == std::vector<int>{1, 2, 2, 2, 2});
  CHECK(b.value()->Tag(text, {}) == tags);
  // Rewritten from the old file, the bytes are those SaveNerModel wrote.
  const std::string rewritten = TempPath("kosearch_ner_rewritten.bin");
  REQUIRE(b.value()->Save(rewritten).ok());
  CHECK(ReadAll(rewritten) == ReadAll(current));
  for (const std::string& p : {current, old, rewritten}) std::remove(p.c_str());
}

// Loads `bytes` written to `path`: the refusal's message, "" when loaded.
std::string Refusal(const std::string& path, const std::string& bytes) {
  WriteAll(path, bytes);
  auto m = NerModel::Load(path);
  if (m.ok()) return "";
  CHECK(m.status().code() == Status::Code::kCorruption);
  return m.status().message();
}

bool Says(const std::string& message, const char* what) { return message.find(what) != std::string::npos; }

TEST_CASE("a model file is its tagger's table: saved as KSNER003, loaded as it is") {
  const std::string path = TempPath("kosearch_ner_table.bin");
  REQUIRE(SaveNerModel(path, PersonModel()).ok());
  const std::string bytes = ReadAll(path);
  CHECK(bytes.substr(0, 8) == "KSNER003");
  // Two features: one bucket of four entries (64 bytes), on the page
  // after the header, transitions, weight units and overflow bits.
  CHECK(bytes.size() == 4096 + 64);
  auto m = NerModel::Load(path);
  REQUIRE_MESSAGE(m.ok(), m.status().ToString());
  CHECK(m.value()->feature_count() == 2);
  CHECK(m.value()->byte_size() == bytes.size());
  CHECK(m.value()->Tag(U"홍길동", {}) == std::vector<int>{1, 2, 2});
  // Saved again, the same bytes.
  const std::string again = TempPath("kosearch_ner_table_again.bin");
  REQUIRE(m.value()->Save(again).ok());
  CHECK(ReadAll(again) == bytes);
  for (const std::string& p : {path, again}) std::remove(p.c_str());
}

TEST_CASE("a damaged, truncated or other-version model file is refused with a message saying so") {
  const std::string path = TempPath("kosearch_ner_damaged.bin");
  REQUIRE(SaveNerModel(path, PersonModel()).ok());
  const std::string good = ReadAll(path);
  REQUIRE(Refusal(path, good).empty());
  CHECK(Says(Refusal(path, good.substr(0, good.size() - 1)), "truncated"));
  CHECK(Says(Refusal(path, good.substr(0, 40)), "truncated"));
  CHECK(Says(Refusal(path, good + "x"), "trailing bytes"));
  CHECK(Says(Refusal(path, ""), "not a kosearch NER model"));
  CHECK(Says(Refusal(path, "<html>" + good), "not a kosearch NER model"));
  std::string other_version = good;
  other_version[7] = '9';
  const std::string message = Refusal(path, other_version);
  CHECK(Says(message, "KSNER009"));
  CHECK(Says(message, "not one this build reads"));
  // Every bucket marked overflowed: a probe for an unknown key would
  // never end. The bits start at byte 2048; the model has one bucket.
  std::string endless = good;
  endless[2048] = '\x01';
  CHECK(Says(Refusal(path, endless), "every bucket marked overflowed"));
  std::string bad_count = good;
  const uint64_t buckets = uint64_t{1} << 40;
  std::memcpy(&bad_count[16], &buckets, sizeof buckets);
  CHECK(Says(Refusal(path, bad_count), "bad bucket count"));
  std::string bad_unit = good;
  const float nan = std::nanf("");
  std::memcpy(&bad_unit[1024 + 4 * 7], &nan, sizeof nan);
  CHECK(Says(Refusal(path, bad_unit), "bad weight unit"));
  std::remove(path.c_str());
}

TEST_CASE("SaveNerModel refuses a feature given twice") {
  NerModelData data = PersonModel();
  data.features.push_back(data.features[0]);
  CHECK(SaveNerModel(TempPath("kosearch_ner_twice.bin"), data).code() == Status::Code::kInvalidArgument);
}

TEST_CASE("the gazetteer marks the longest name, whichever names share its start") {
  NerGazetteer g;
  g.Add(1, U"삼성");
  g.Add(1, U"삼성전자");
  g.Add(0, U"삼성전자서비스노조위원장");  // a longer name than any text here
  CHECK(g.size() == 3);
  std::vector<uint8_t> marks;
  g.Mark(U"(삼성전자) 삼성물산 삼성", &marks);
  // OG is type 1: (1 + 1) << 2 | 1 first, 2 inside, 3 last.
  const std::vector<uint8_t> want = {0, 9, 10, 10, 11, 0, 0, 9, 11, 0, 0, 0, 9, 11};
  CHECK(marks == want);
  g.Add(0, U"삼성");  // a name given again takes its new type
  CHECK(g.size() == 3);
  g.Mark(U"삼성", &marks);
  CHECK(marks == std::vector<uint8_t>{5, 7});
}

}  // namespace
}  // namespace kosearch
