// Cleaning: what of an article's body is text worth indexing.
//
// Removes boilerplate: the copyright footer (`©… 무단전재·재배포 금지`) and
// everything after it (teasers of unrelated articles), markdown image links,
// bare URLs; normalises to NFKC; trims lines and drops empty ones.
// Thread-safety: stateless, safe to call concurrently.
#pragma once

#include <string>
#include <string_view>

namespace kosearch {

struct CleanedBody {
  std::string text;            // NFKC, boilerplate removed, one paragraph per line
  size_t boilerplate_from = 0; // code-point offset into the raw body where the
                               // footer starts (the raw length when none)
  std::string footer_source;   // publisher named in the footer ("아주경제"), or empty
};

// Cleans `raw_body` (valid UTF-8). Never fails.
CleanedBody CleanBody(std::string_view raw_body);

// A title from the first sentence of cleaned text, at most ~60 characters
// (cut at a word boundary, with "…").
std::string TitleFromText(std::string_view cleaned_text);

}  // namespace kosearch
