// Direct quotes ("…", “…”) and their speakers, as Korean news writes them:
// a name and title before the quote (`이재용 회장은 "…"이라며 "…"고 말했다`),
// after it (`"…"라고 김 장관은 말했다`), a surname + title back-reference
// (`이 회장`), a pronoun (`그는`), or nothing at all in a follow-on sentence
// (`그러면서 "…"`), which continues the last speaker. Internal header.
#pragma once

#include <string_view>
#include <vector>

#include "extract/people.h"
#include "extract/quote_marks.h"
#include "extract/speaker_table.h"
#include "kosearch/extract.h"

namespace kosearch {

// Finds the speech quotes in text[0, limit) and attributes them. `words` and
// `people` come from SplitWords() and FindPeople() over the same text,
// `speakers` is the article's table of who is who built from them.
// Quoted names and titles not followed by a speech ending (라고, 며, 고
// 말했다, …) are not speech; single-quoted words are speech only as a
// sentence with a quotative ending (see quote_marks.h). Linear time.
// `pairs` are FindQuotePairs(text, limit) (quote_marks.h), found once per
// article by the caller, which also gives the speaker table their spans.
std::vector<Quote> FindQuotes(std::u32string_view text, size_t limit, const std::vector<Word>& words,
                              const PeopleFound& people, const AliasIndex& aliases, const SpeakerTable& speakers,
                              std::vector<QuotePair> pairs);

}  // namespace kosearch
