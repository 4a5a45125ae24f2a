// Fuzzes text analysis: NormalizeText, Analyze, CleanBody and TitleFromText.
// On valid UTF-8 every term, offset and title must be well-formed; other
// bytes must only not crash (the indexer and the query parser reject them).
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "kosearch/analyzer.h"
#include "kosearch/cleaner.h"
#include "text/unicode_text.h"

namespace {

void CheckTokens(std::string_view text, const std::vector<kosearch::Token>& tokens, bool valid_terms = true) {
  uint32_t last_position = 0;
  for (const kosearch::Token& t : tokens) {
    FUZZ_CHECK(!t.term.empty());
    if (valid_terms) FUZZ_CHECK(kosearch::IsValidUtf8(t.term));
    FUZZ_CHECK(t.start < t.end && t.end <= text.size());
    FUZZ_CHECK(t.position >= last_position);
    last_position = t.position;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string normalized = kosearch::NormalizeText(input);
  if (!kosearch::IsValidUtf8(input)) {
    // The indexer and the query parser reject invalid UTF-8 first; here it
    // must only not crash. (Analyze keeps invalid bytes inside a Hangul
    // bigram's byte range, so terms are checked on valid text only.)
    CheckTokens(normalized, kosearch::Analyze(normalized), /*valid_terms=*/false);
    CheckTokens(input, kosearch::Analyze(input), /*valid_terms=*/false);
    return 0;
  }
  FUZZ_CHECK(kosearch::IsValidUtf8(normalized));
  CheckTokens(normalized, kosearch::Analyze(normalized));
  kosearch::CleanedBody cleaned = kosearch::CleanBody(input);
  FUZZ_CHECK(kosearch::IsValidUtf8(cleaned.text));
  FUZZ_CHECK(cleaned.boilerplate_from <= kosearch::CodePointCount(input));
  CheckTokens(cleaned.text, kosearch::Analyze(cleaned.text));
  FUZZ_CHECK(kosearch::IsValidUtf8(kosearch::TitleFromText(cleaned.text)));
  return 0;
}
