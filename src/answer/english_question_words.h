// The English readers' shared words and pieces (english_question.cc's
// grammar and english_keyword_question.cc's keyword shapes): the tables of
// verbs and nouns of speech, auxiliaries, prepositions and event words, and
// the two pieces every English shape ends with (a speaker phrase cleaned, the
// words after a cue split into topic and event). Internal header.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "kosearch/question.h"

namespace kosearch::english_words {

const std::set<std::string>& SpeechVerbs();
const std::set<std::string>& Auxiliaries();
// Words that begin the event of a question ("after her re-election").
const std::set<std::string>& EventWords();
// Prepositions between a verb and its topic ("say about", "react to").
const std::set<std::string>& TopicPrepositions();
// "on", "about", "over": what makes "SPEAKER on TOPIC" a headline's question.
const std::set<std::string>& HeadlinePrepositions();
// Words that open a question's own clause ("when will rates fall", "what fines …").
const std::set<std::string>& QuestionWords();
// Nouns of what was said ("comments", "reaction", "plan").
const std::set<std::string>& StatementNouns();
// Verbs of speech as a headline writes them after its speaker ("X comments
// on Y", "X speaks about Y"): present tense, a noun's form too.
const std::set<std::string>& HeadlineVerbs();
// Words a speaker phrase may hold between its words ("head of the
// foundation", "Kim of Sistar", "researcher at KAIST").
const std::set<std::string>& SpeakerJoiners();
// Modals that open a clause asked about besides the Auxiliaries ("should
// rates fall", "can the deal survive").
const std::set<std::string>& ClauseModals();

bool EndsWith(const std::string& s, std::string_view suffix);
// Lower case, a trailing comma or semicolon off.
std::string Lower(const std::string& w);
bool Has(const std::set<std::string>& set, const std::string& word);
// Words between a speaker and the verb that belong to neither ("keeps", "first").
bool IsAspectWord(const std::string& word);
// "the UN chief" → "UN chief"; "Iran initially" → "Iran".
std::string CleanSpeaker(std::string s);
// Topic and event of `q` from the words of `w` from `first`.
void SplitRest(const std::vector<std::string>& w, size_t first, Question* q);

}  // namespace kosearch::english_words
