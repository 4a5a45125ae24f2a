// Phrase matching against the stored text, for databases indexed without
// term positions (IndexOptions::positions false). The query finds the
// documents that have every term of a phrase; a candidate is kept only when
// its text has them at consecutive positions, as OP_PHRASE over stored
// positions would decide. Internal header.
#pragma once

#include <string>
#include <vector>

#include "index/stored_document.h"

namespace kosearch {

struct PhraseCheck {
  enum class Field { kAny, kTitle, kBody };
  std::vector<std::string> terms;  // analyzer terms, no prefix, in order
  Field field = Field::kAny;       // title:"…" / body:"…" / "…"
};

// Whether `text` (NFKC, as indexed) has `terms` at consecutive positions.
bool TextHasPhrase(const std::string& text, const std::vector<std::string>& terms);

// Whether a stored document has every phrase of `checks`: an article in its
// title or body (as the check's field says), a quote in its text.
bool DocumentHasPhrases(const StoredDocument& doc, const std::vector<PhraseCheck>& checks);
// The same for a document's stored data (index/stored_document.h); false for
// data that does not decode.
bool DocumentHasPhrases(const std::string& data, const std::vector<PhraseCheck>& checks);

}  // namespace kosearch
