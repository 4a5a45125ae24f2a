// The steps of answering a who-said-what question, each a unit of its own
// (answer.cc runs them in order): the speaker becomes a filter on quote
// documents, the topic a ranked text query; the quotes found are grouped by
// speaker; beside them, the articles a plain query of the same words finds. Each
// reads the archive through an ArchiveReader only. Internal header.
#pragma once

#include <xapian.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "kosearch/search.h"
#include "search/archive_reader.h"

namespace kosearch {

struct SpeakerFilter;

// A step's own search answers the question: its hits, their count and its
// query replace the response's (the step amends the understanding itself).
inline void TakeHits(SearchResponse* resp, SearchResponse&& found) {
  resp->total = found.total;
  resp->total_exact = found.total_exact;
  resp->hits = std::move(found.hits);
  resp->xapian_query = std::move(found.xapian_query);
}

// Appends `s` to `v` unless it is empty or there already.
inline void AddUnique(std::vector<std::string>& v, const std::string& s) {
  if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

// Whether `s` is all ASCII (an English name or word).
inline bool IsLatin(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return c < 0x80; });
}

// What a topic is searched by.
struct TopicQuery {
  Xapian::Query query;           // empty for no topic (or no terms)
  Highlights highlight;          // term sequences for the snippets
  std::vector<std::string> expansions;  // forms other than the topic as asked (Understanding)
};

// topic_query.cc. The topic's forms: as asked, its alias spellings, those of
// its English singulars, of each of its words (when the whole has none), for
// a topic with no Hangul form its loanword matches among the Hangul words of
// the best `candidates`, and `news_terms` (the Korean news words of the
// question's English words, KoreanNewsTerms); OR-ed, each a text query.
TopicQuery BuildTopicQuery(const std::string& topic, const Xapian::Query& candidates, ArchiveReader& archive,
                           const std::vector<std::string>& news_terms = {});

// topic_query.cc. The Hangul words the archive has that the capitalized
// English words of `text` spell in Revised Romanization, for words no alias
// or glossary knows ("the Itaewon crush" → 이태원, "Pangyo" → 판교): Korean
// places and bodies as English news writes them. May throw Xapian::Error.
std::vector<std::string> RomanizedKoreanWords(const std::string& text, ArchiveReader& archive);

// English plural → singular candidates ("GPUs" → "GPU", "companies" → "company").
std::vector<std::string> Singulars(const std::string& word);

// phrase_said.cc. The quotes that say most of a Korean quoted `phrase`
// (two words in three, in the quote's own text), as a filter; an empty
// Query when nothing is required (an English phrase, which Korean quotes say
// only in translation, or a phrase with no terms). May throw Xapian::Error.
Xapian::Query PhraseSaidInQuote(const std::string& phrase, ArchiveReader& archive);

// unattributed_quotes.cc. The article terms (schema::kArticle) of the best
// 50 documents of `articles` (a query of article documents: those naming a
// speaker, ranked by the rest of the query), where a speaker's side, role
// or unattributed quotes are looked for: more is a topic's whole archive.
// Empty when none matches. May throw Xapian::Error.
std::vector<std::string> ArticlesNaming(const Xapian::Query& articles, ArchiveReader& archive);

// named_nearby.cc. What a word of a speaker phrase is, when no name: a title
// (회장, 교수; "Prime Minister"'s words are capitalized, a name's
// neighbours), which a person holds; 측, the side of the body or person
// before it, who speaks for them (the extractor keys "X 측" by X:
// subject_phrase.cc); or someone of the name's (관계자, 측근, 유족, 소속사;
// "agent", "lawyers" in English, a word in lower case after the name), who
// is someone else. The lexicon's tables decide.
enum class SpeakerWord { kName, kTitle, kSide, kRelation };
SpeakerWord KindOfSpeakerWord(const std::string& word);

// named_nearby.cc. Whether a Korean word of a speaker names someone: Hangul,
// two syllables or more, a name by KindOfSpeakerWord, and neither an
// official's nor a government body's word (those are anyone's).
bool NamesSomeone(const std::string& word);

// named_nearby.cc. The words of a speaker as asked that name someone: a
// Korean speaker's Hangul words other than titles and sides (필립스 부사장 →
// 필립스, 한별 측 → 한별), an English speaker's Korean names as English
// news writes them, among the people the index knows ("Kim Jong-kook" → 김종국).
std::vector<std::string> SpeakerNamesAsked(const std::string& asked, ArchiveReader& archive);
// named_nearby.cc. The Korean part of SpeakerNamesAsked, with no look-up.
std::vector<std::string> KoreanNamesAsked(const std::string& asked);

// named_nearby.cc. A speaker nobody is quoted by (`speaker.unknown`): the
// same, looking in the articles that name any of SpeakerNamesAsked (not all
// of the words asked), for the quotes left without a speaker there. Its
// named_in_articles is empty when there is no such name or the speaker is
// quoted by name.
SpeakerFilter NamedAnywhere(const std::string& asked, const SpeakerFilter& speaker, ArchiveReader& archive);

// speaker_in_title.cc. The names of a speaker to look for in titles: the
// Korean names asked (KoreanNamesAsked) and the Hangul names the speaker was
// resolved to; none for a speaker nobody is quoted by.
std::vector<std::string> NamesForTitles(const std::string& asked, const SpeakerFilter& speaker);

// How many hits a tie is broken among: a quote the topic ranks alike with
// those shown can come up to them from within the same block of this many.
inline constexpr size_t kTiePool = 20;

// speaker_in_title.cc. Among hits of equal score (`hits` best first, from
// the first), those whose title has one of `names` first, within each block
// of kTiePool hits only; the order otherwise kept. The blocks never depend
// on the page asked for, so pages never repeat or skip a hit.
void TitledFirstAmongTies(std::vector<Hit>* hits, const std::vector<std::string>& names);

// speaker_in_title.cc. When there are `names` to break ties by: the options
// asking for the hits from the first through the end of the block the page
// of `options` ends in (TitledPage's input); `options` otherwise.
SearchOptions TiePoolOptions(const SearchOptions& options, const std::vector<std::string>& names);

// speaker_in_title.cc. `hits` (as TiePoolOptions(options, names) asked)
// with ties broken by `names`, cut to the page `options` asks for.
void TitledPage(std::vector<Hit>* hits, const std::vector<std::string>& names, const SearchOptions& options);

// name_prefetch.cc. The person, organization and role terms of every run of
// `words` (and of `speaker`, as asked) and of their spellings, asked of the
// archive at once: resolving a speaker asks about most of them, one at a
// time.
void PrefetchNameTerms(const std::string& speaker, const std::vector<std::string>& words, ArchiveReader& archive);

// Hits grouped by speaker, the group with the best hit first; the order
// inside a group is kept.
void GroupBySpeaker(std::vector<Hit>* hits);

// answer.cc. "최태원 (SK그룹 회장)" for each speaker of `hits`, once, in
// order ("(speaker not named in the text)" for a quote with none).
std::vector<std::string> SpeakersAnswered(const std::vector<Hit>& hits);

}  // namespace kosearch
