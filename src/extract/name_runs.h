// Where a name inside a quote's subject phrase ends (attribution.cc's
// PhraseResolver::PersonInPhrase): a foreign name runs on over the words the
// tagger spans with it and a last plain transliterated word; a Korean name is
// one word. Internal header.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/subject_phrase.h"

namespace kosearch {

class SpeakerTable;

// A plain transliterated word that may end a foreign name: no title, role,
// body, place, modifier or word of grammar ("아마디", not "측", "씨", "대표").
bool ForeignNamePart(std::u32string_view w, const AliasIndex& aliases);

// A three-syllable word of a Korean name's shape the tagger marks as a
// person ("강금실", whose last syllable would otherwise read as a body's).
bool TaggedKoreanName(const PhraseWord& w, const SpeakerTable& table);

// The words [start, end) of the name that opens at words[i].
struct NameRun {
  size_t start = 0, end = 0;
};

// "프랑크 발터 슈타인마이어 독일 외무장관": the run of tagged words from
// words[i], and its last plain word after the tag's end ("카리 유사프
// 아마디"); a Korean name inside the run is the name alone ("민변 이종훈").
NameRun RunOfName(const std::vector<PhraseWord>& words, size_t i, const SpeakerTable& table, const AliasIndex& aliases);

}  // namespace kosearch
