// The NER tagger's feature template families, for the trainer's template
// ablations (bench/ner_train --drop, --family-stats) and their tests only:
// the library tags with every family (ExtractNerFeatures in ner_model.h), so
// a model trained without one is scored, never shipped. Internal header.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/ner_model.h"

namespace kosearch {

// Template families of ExtractNerFeatures, named for the trainer's --drop.
inline constexpr const char* kNerFamilies[] = {
    "uni", "bi", "tri", "quad", "class", "spacing", "wordpos", "prefix", "rest", "whole", "suffix",
    "next", "prev", "stem", "stemedge", "particle", "restkind", "learned", "surname", "amount", "gazetteer",
};
inline constexpr int kNerFamilyCount = sizeof kNerFamilies / sizeof kNerFamilies[0];

// ExtractNerFeatures but the keys of the families whose bit (1 << index in
// kNerFamilies) is set in `dropped` (every position keeps its bias).
void ExtractNerFeaturesWithout(std::u32string_view text, const std::vector<Amount>& amounts,
                               const NerGazetteer* gazetteer, NerFeatures* out, uint32_t dropped);

}  // namespace kosearch
