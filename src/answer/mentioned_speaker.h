// A speaker asked by role or organization only ("the foreign ministry",
// "연구팀은", "경찰 관계자는", "a Chinese entertainment outlet"), read
// against each quote's own mention of its speaker: the words the article
// wrote for them (speaker_as_written), their role, organization and key.
// The resolved filter reads the asked words as index keys, and misses the
// quotes whose speaker the extractor keyed otherwise (`진행자 최군` keyed by
// 최군, `연예매체` a speaker no English word resolves to); this step looks
// among the quotes that say the topic for those whose mention names the
// asked role or organization, those naming most of its words first. Used
// only when the resolved speaker's answer says nothing of the topic, and
// never for a speaker asked by name. Internal header.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "answer/answer_steps.h"
#include "index/stored_document.h"
#include "search/archive_reader.h"

namespace kosearch {

// A word of a speaker asked by role or organization, as a mention may
// name it: a Hangul word as asked; an English word's Korean news terms, its
// Hangul spellings and the Korean titles it stands for, and those of the
// two words it stands in ("Seoul Auction" → 서울옥션). Forms of one
// syllable are left out (팀, 측 are in too many mentions to tell anything).
// A word with no form counts only when it is capitalized and no
// possessor's ("Chelsea" of "Chelsea manager": a mention must name it, and
// none can); the others ("the", "senior", "Tiger Woods'") describe.
// A capitalized word (`sounded`: "Bloomberg", a name no table knows; not
// a company's kind, "Company") is also named by a mention that spells it by
// its sound, whole (SpelledBySound).
struct AskedWord {
  std::vector<std::string> forms;
  bool counts = false;
  std::string sounded;
};

// Whether a run of Hangul syllables in `mention` spells the English `word`
// by its sound, the whole word at the loanword matcher's default
// similarity ("Bloomberg" 블룸버그, "Company" 컴퍼니 in 더블유엠컴퍼니; never
// "Xinhua" by 신화 alone, nor a word of under two consonants).
bool SpelledBySound(const std::string& mention, const std::string& word);
std::vector<AskedWord> MentionFormsAsked(const std::string& asked, ArchiveReader& archive);

// A quote's own mention of its speaker: the words the article wrote for
// them, their role, organization and key, in one text.
std::string MentionOf(const std::string& as_written, const std::string& role, const std::string& org,
                      const std::string& speaker);

// How many counting words the mention names (a form of the word inside it).
size_t MentionedWords(const std::string& mention, const std::vector<AskedWord>& asked);

// Whether the mention answers the words asked: it names the last counting
// word (the head: "outlet" of "Chinese entertainment outlet", 관계자 of
// "경찰 관계자"), and, when two or more words count, two of them.
bool MentionAnswers(const std::string& mention, const std::vector<AskedWord>& asked);

// The quote documents among the best kMentionPool of `on_topic` (quote
// documents that say the topic, in themselves or their article, under the
// question's filters) whose mention answers the words asked, as a filter of
// their id terms, those naming most words first in `order` (ids) and how
// many words the first names in `most_named`; an empty query when none.
// May throw Xapian::Error.
inline constexpr size_t kMentionPool = 200;
Xapian::Query QuotesMentioning(const std::vector<AskedWord>& asked, const Xapian::Query& on_topic, ArchiveReader& archive,
                               std::vector<std::string>* order, size_t* most_named);

struct SpeakerFilter;

// answer.cc's step: when `speaker` (as resolved from `asked`) is no one
// asked by name and `resp`'s best hit says nothing of the topic (`scored`,
// under `filters`), the quotes QuotesMentioning finds replace its hits,
// unless the hit's mention names more of the words asked.
Status AnswerByMention(const std::string& asked, const SpeakerFilter& speaker, const Xapian::Query& filters,
                       const Xapian::Query& scored, const TopicQuery& topic, const SearchOptions& options,
                       ArchiveReader& archive, SearchResponse* resp);

}  // namespace kosearch
