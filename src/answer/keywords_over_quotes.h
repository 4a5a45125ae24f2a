// Queries no reading took for a who-said-what question (the grammar,
// ParseQuestion; the readings through the index, quoted_subject.h and
// neutral_verb_question.h) that still ask about what was said: a word of
// speech or reaction (the lexicon's kAskedAsKeywords rows: 발언, 입장,
// 반응, "reaction", "said", …).
// Headline-like noun phrases ("<기관> 관계자 <주제> 입장", "<주제> 논란
// 학부모들 반응") and keyword strings ("<Org> reaction to the
// investigation") are read so, whatever their shape: no list of wordings,
// only the one table. The words other than the speech words are searched
// over the quotes as a question's topic is (the quote's text, speaker, role,
// organization, sentence and its article's title); a run of words the
// speaker resolution knows narrows to that speaker only where it resolves;
// only the quotes of the article the plain search ranks first answer. A
// query with no speech word (a quoted phrase beside other words included)
// is never read so: its plain search is untouched. Internal header.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kosearch/question.h"

namespace kosearch {

// `text` read as keywords over quotes: a question with no speaker, its
// topic the words other than the speech words, its quoted phrases and
// filters; nullopt when it has no speech word (말 after a word of time is
// none), holds query syntax (fields, operators) or no word is left.
std::optional<Question> ReadAsKeywordsOverQuotes(std::string_view text);

// Whether `word` (as written, its particle or plural on) is a word of
// speech or reaction of the lexicon's kAskedAsKeywords rows, Korean or English.
bool IsKeywordSpeechWord(const std::string& word);

// AnswerAsKeywordsOverQuotes (the query so read, answered) is declared in
// search/archive_reader.h, beside AnswerQuestion.

}  // namespace kosearch
