// The extent of a resolved speaker (issue 13): the span the text writes
// before the quote that the article's table of who is who, the alias file or
// the entity tagger supports as ONE entity. Words outside it are no part of
// the speaker: a clause or a time word before a name ("감독인 로하스", "지난달
// 그로스만"), a company mark ("㈜한빛"), a headline's Hanja country ("美국무부"),
// a body's side ("한빛측"); and a name the text writes longer than the part
// taken ("자비어 | 사라스") runs on over the words the tagger spans with it. A
// speaker written only after the quote is narrowed at its first mention
// there. Internal header.
#pragma once

#include <cstddef>

#include "extract/speaker_table.h"
#include "extract/subject_phrase.h"

namespace kosearch {

// True when the word at `word_start` is a verb's modifier governing the word
// before it ("김치를 맛본", "서울에서 온", "…”고 밝힌"): a clause, never a
// part of the name after it, whatever the tagger spans. After a place or a
// source only a short word is read so ("영화제에서 캐서린" is a name).
bool VerbAfterArgument(std::u32string_view text, size_t word_start);

// Narrows or widens r->speaker (a person or an organization) to the one
// entity the text supports, looking at its last mention before
// `quote_start`; with none there, its first mention after the quote is
// narrowed, never widened ("…”고 밝힌 라파엘로니 감독은"). Leaves r alone where
// the text or the table does not tell.
void FitSpeakerExtent(const SpeakerTable& table, size_t quote_start, Resolution* r);

}  // namespace kosearch
