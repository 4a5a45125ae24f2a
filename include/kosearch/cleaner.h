// Cleaning: what of an article's body is text worth indexing.
//
// Removes boilerplate without losing article text:
// - the copyright footer (`<저작권자 © 연합뉴스, 무단 전재-재배포 금지>`,
//   `ⓒ '…' 아주경제. 무단전재·재배포 금지`, `Copyright © … All rights reserved`,
//   `◎공감언론 뉴시스 …`) and everything after it (teasers, links, bylines), but
//   only when no sentence of prose follows it: a notice inside the article is
//   removed as that one line, never with what follows it;
// - photo credits and bylines as single lines (`(서울시 제공)© News1`,
//   `ⓒ 연합뉴스`, `2016.11.3 mon@yna.co.kr`, `홍길동 기자`) and a credit at the
//   end of a caption line (`… © News1 김기남 기자`);
// - markdown image links and bare URLs.
// A sentence that talks about copyright (`포털이 기사를 무단 전재해 왔다`) is
// text. Cleaning never empties a body that has words: when every line looks
// like boilerplate, all of them are kept. The text is normalised to NFKC,
// lines trimmed, empty lines dropped.
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
  // What was removed, in visible (non-space) code points of the raw body:
  size_t footer_chars = 0;     // the footer and everything after it
  size_t line_chars = 0;       // credit and notice lines inside the article, trailing credits
  size_t link_chars = 0;       // image links and URLs
};

// Cleans `raw_body` (valid UTF-8). Never fails; `text` is empty only when
// `raw_body` has nothing but spaces, links and URLs.
CleanedBody CleanBody(std::string_view raw_body);

// A title from the first sentence of cleaned text, at most ~60 characters
// (cut at a word boundary, with "…").
std::string TitleFromText(std::string_view cleaned_text);

}  // namespace kosearch
