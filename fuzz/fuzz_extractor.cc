// Fuzzes field extraction: Extractor::Extract (quotes, speakers, people,
// organizations, amounts, entities) on valid UTF-8 as the indexer passes it,
// FindAmounts and ParseAmount on any code points, and the --extract JSON line.
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "extract/amounts.h"
#include "fuzz_check.h"
#include "kosearch/extract.h"
#include "text/unicode_text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::unique_ptr<kosearch::Extractor> created = [] {
    auto made = kosearch::Extractor::Create();
    FUZZ_CHECK(made.ok());
    return std::move(made).value();
  }();
  const kosearch::Extractor& extractor = *created;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::u32string cps = kosearch::ToU32(input);

  for (const kosearch::Amount& a : kosearch::FindAmounts(cps, cps.size())) {
    FUZZ_CHECK(a.start < a.end && a.end <= cps.size());
    FUZZ_CHECK(kosearch::IsValidUtf8(a.text));
  }
  double value = 0;
  std::string unit;
  (void)kosearch::ParseAmount(cps.substr(0, 64), &value, &unit);

  if (!kosearch::IsValidUtf8(input)) return 0;
  const size_t length = cps.size();
  kosearch::Extraction x = extractor.Extract(input);
  for (const kosearch::Quote& q : x.quotes) {
    FUZZ_CHECK(q.start <= q.end && q.end <= length);
    FUZZ_CHECK(kosearch::IsValidUtf8(q.text) && kosearch::IsValidUtf8(q.speaker));
  }
  for (const kosearch::Person& p : x.people) FUZZ_CHECK(p.start <= p.end && p.end <= length);
  for (const kosearch::Organization& o : x.orgs) FUZZ_CHECK(o.start <= o.end && o.end <= length);
  for (const kosearch::Amount& a : x.amounts) FUZZ_CHECK(a.start < a.end && a.end <= length);
  for (const kosearch::Entity& e : x.entities) FUZZ_CHECK(e.start < e.end && e.end <= length);
  std::string line = kosearch::ExtractionToJsonLine("fuzz", x);
  FUZZ_CHECK(!nlohmann::json::parse(line, nullptr, false).is_discarded());
  (void)extractor.Extract(input, length / 2);  // with a boilerplate cut
  return 0;
}
