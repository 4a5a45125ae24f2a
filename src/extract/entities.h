// Named-entity spans (PS person, OG organization, QT quantity) for the
// `entities` field of the extraction, scored against KLUE-NER. Internal header.
#pragma once

#include <string_view>
#include <vector>

#include "kosearch/extract.h"

namespace kosearch {

// Finds PS/OG/QT spans in text[0, limit). Offsets are code points into `text`.
// `amounts` are the amounts already found (QT spans build on them).
std::vector<Entity> FindEntities(std::u32string_view text, size_t limit, const std::vector<Amount>& amounts);

}  // namespace kosearch
