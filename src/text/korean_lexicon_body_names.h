// The Korean lexicon's reading of a body's name by its parts: a word its
// table of institution words (korean_lexicon.h, EnglishNameParts) composes
// whole, modifiers and a head, is a body or one of its offices. Apart from
// korean_lexicon.h so that the few readers of it alone include it. Internal
// header.
#pragma once

#include <string_view>

namespace kosearch::korean {

// A word EnglishNameParts composes whole, as one or more modifiers (of two
// syllables or more: 정보, 교통, 국방, 보건 복지) and one head (국 부 청 처 과
// 실 위원회 …): 정보국, 교통국, 보건복지부, 기획처. A body or one of its
// offices, never a person's name, though it may end as a name does (정병국:
// 정병 is no modifier).
bool ComposesBodyName(std::u32string_view word);

}  // namespace kosearch::korean
