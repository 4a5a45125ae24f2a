// What a single line of a news body is, for the cleaner (src/text/cleaner.cc):
// a copyright footer, a photo credit or byline, prose, or something else
// (a headline, a caption, a list item). Only the shapes are decided here; which
// lines the cleaner drops depends on where they stand (see cleaner.cc).
// Internal header. Thread-safety: stateless.
#pragma once

#include <string_view>

namespace kosearch::clean {

enum class LineKind {
  kEmpty,   // nothing but spaces
  kFooter,  // a rights notice: "<저작권자 © 연합뉴스, 무단 전재-재배포 금지>",
            // "ⓒ '…' 아주경제. 무단전재·재배포 금지", "Copyright © … All rights reserved"
  kCredit,  // a short photo credit or byline: "(서울시 제공)© News1", "ⓒ 연합뉴스",
            // "2016.11.3 mon@yna.co.kr", "홍길동 기자", "(끝)"
  kProse,   // a sentence of text: Hangul words and a full stop (or ? !)
  kOther,   // anything else: headlines, captions, teasers, list items
};

// The kind of `line` (valid UTF-8, no newline).
LineKind ClassifyLine(std::string_view line);

// The byte length of `line` without a trailing credit such as "© News1" or
// "ⓒ 연합뉴스 김기남 기자" (a copyright mark near the end of a longer line,
// followed by a few words and no sentence). `line.size()` when there is none.
size_t LengthWithoutTrailingCredit(std::string_view line);

}  // namespace kosearch::clean
