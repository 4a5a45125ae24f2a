// A side or someone of a person's asked by the person's name ("김주나 측",
// "장동건 소속사"), when no quote is keyed by that name: the person speaks
// through whoever the articles naming them quote for them (a side or
// relation role, 측 or 관계자, or a body quoted nowhere else, the agency);
// never a quote left without a speaker there, nor the police's, another
// person's or a body's quoted in other articles too. Driven by the index's own
// data: the articles whose text names the person, and the speakers of
// their quotes. Internal header.
#pragma once

#include <string>
#include <vector>

#include "answer/speaker_filter.h"
#include "search/archive_reader.h"

namespace kosearch {

// The name words of a Korean speaker phrase that ends in a side or relation
// word (측, 소속사, 관계자: KindOfSpeakerWord), when every word before it
// names someone (NamesSomeone: no title, "문 대표 측" is the 대표's
// people, read elsewhere) and is written as a Korean person's name is
// (the extractor's LooksLikeKoreanName, extract/people.h: a surname and
// three syllables in all); empty otherwise. No database.
std::vector<std::string> NameBeforeSideWord(const std::string& speaker);

// `unknown` (no quote by `speaker`) read as the side of the person named
// (NameBeforeSideWord): the quotes of the articles whose text has the name
// whose speaker is a side or relation role or a body quoted in those
// articles only, as title holders (the answer must say
// the topic: an article naming someone quotes others too). `unknown`
// itself when the phrase is no such side, the question has no topic
// (`has_topic`: nothing tells those quotes apart then) or no such quote
// exists. May throw Xapian::Error.
SpeakerFilter SpokenForWhereNamed(const std::string& speaker, bool has_topic, const SpeakerFilter& unknown, ArchiveReader& archive);

}  // namespace kosearch
