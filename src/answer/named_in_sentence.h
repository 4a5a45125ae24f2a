// The last fallback of an English question whose named speaker no step
// answered (answer.cc): the quotes whose own sentence names the speaker,
// where the extractor credited the quote to nobody or to a title alone
// (`감독은`, `대법원장은`: no name). The name is read in the sentence
// itself, never in the index's speaker keys: a foreign name by its sound
// ("Ken Loach" ↔ 켄 로치, the loanword matcher), a romanized Korean one by
// its romanization ("Oh Seung-eun" ↔ 오승은). Offered as a fallback (the
// name is by the quote, not on it). A quote credited to a person is taken
// only when the credit itself is the name asked, read the same way (신와르
// for "Yahya Sinwar", a key the speaker's resolution did not reach):
// anyone else's name is someone else's words. Only the quotes of the
// articles the topic finds best are read. Internal header.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "answer/answer_steps.h"
#include "kosearch/search.h"
#include "search/archive_reader.h"

namespace kosearch {

// The capitalized name words that say who an English speaker phrase is:
// the last run of capitalized words after any possessor ("Girl's Day's
// Hyeri" → Hyeri; "Conrad Hilton's lawyers" → none: the lawyers are
// someone else) and before "of" ("Soyou of Sistar" → Soyou), the titles
// opening it left out ("Prime Minister Kim Hwang-sik"). Empty when a word of
// the run is no name (an acronym, a word the glossary translates: "UK
// Supreme Court" is a body) or for a phrase of titles only.
std::vector<std::string> SpeakerNameWords(const std::string& speaker);

// How a quote's credited person is the one asked: not at all, by the whole
// name, or by a foreign family name alone (anyone of that family: a fallback).
enum class CreditMatch { kNone, kWholeName, kFamilyName };

// Whether a quote's credited person `credit` is the one `name_words` spell:
// a credit of two words or more only by the whole name (윌 스미스 is not
// "John Smith"), one word by the whole name or by a foreign family name
// alone (as Korean news writes it after the first mention: kFamilyName).
CreditMatch CreditNamesSpeaker(const std::vector<std::string>& name_words, const std::string& credit);

// Whether `sentence` (Korean text) names the person `name_words` spell as
// the one speaking the `quote` it holds: outside the quote's own words, as
// a subject (a subject or topic particle after the name: 리드는, 오승은은) or
// right before a title (리드 감독); never as an object, a possessor or
// whom the words are about (리드의, 리드에 대해). When the quote is
// credited to a title alone, `title` is it and the name must be written
// right before it. A romanized Korean name is read by its romanization, any
// other by a run of as many words it sounds like (the whole name, at the
// loanword matcher's default similarity).
bool SentenceNamesSpeaker(const std::vector<std::string>& name_words, const std::string& sentence,
                          const std::string& quote = {}, const std::string& title = {});

// The sentence of `text` (an article's body) that holds `quote`: from the
// end of the sentence before it to the end of the sentence it closes.
// Empty when the quote is not found in the text.
std::string SentenceAround(const std::string& text, const std::string& quote);

// When `resp` found nothing (total 0, not a page past the end) and the English `asked` speaker has name words:
// among the quotes of the articles the topic (`scored`, under `filters`)
// finds best, those credited to the name (CreditNamesSpeaker) and those
// credited to nobody or to a title alone whose own sentence names the
// speaker (marked then as a fallback of unnamed quotes); a credit matched on
// the family name alone is marked a fallback too. May throw
// Xapian::Error.
Status TryNamedInSentence(const std::string& asked, const Xapian::Query& filters, const Xapian::Query& scored,
                          const TopicQuery& topic, const SearchOptions& options, ArchiveReader& archive,
                          SearchResponse* resp);

}  // namespace kosearch
