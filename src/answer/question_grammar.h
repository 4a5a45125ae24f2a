// The grammar of who-said-what questions (see include/kosearch/question.h),
// in small units that need no database:
//   question_filters.cc  quoted phrases and filters taken out of the text
//                        (query-language fields, years, months, date ranges);
//   english_question.cc  English what-, how-, why- and who-questions;
//   english_keyword_question.cc  English keyword questions ("X comments on Y",
//                        "X on Y", "X quotes", "X: what …?");
//   english_question_words.cc  the English readers' word tables;
//   korean_question.cc   Korean questions (뭐라고 했나, 어떻게 평가했나,
//                        …라고 한 사람은 누구인가, 누가 … 했나).
// The parsers read words, not fixed sentences: a question is a speaker
// phrase, a speech verb, and what is left (topic and event), found by the
// function words of each language. Internal header.
#pragma once

#include <string>
#include <vector>

#include "kosearch/question.h"

namespace kosearch {

// Texts longer than this (in code points) are never questions (ParseQuestion and the other readings).
inline constexpr size_t kLongestQuestionChars = 300;

// A question with its quoted phrases and filters taken out.
struct QuestionText {
  std::string rest;                  // the words left, phrases kept without their marks
  std::vector<std::string> phrases;  // '불량국가', "will kill you", without marks
  std::vector<std::string> filters;  // "date:2013", "date:2020-03", "date:2018-05-01..2018-05-31", "source:x"
  // For each word of `rest` (split at spaces): whether it holds a quoted
  // phrase's text ("홍준표 '홍준표 책임론' 발언": the second and third words).
  std::vector<bool> quoted_words;
};

// Takes out quoted phrases, query-language filters (field:value) and dates
// ("in March 2020", "in 2013", "2012년 9월에", "(2018-05-01~2018-05-31)").
QuestionText TakeFiltersAndPhrases(const std::string& text);

// Parse `text` (NFKC, trimmed, without filters) as an English or Korean
// question; on success fill speaker, topic, event, asks_who of `q` and
// return true. Never fail otherwise: false means "not this language's
// question".
bool ParseEnglishQuestion(const std::string& text, Question* q);
// Keyword-style English questions: a speaker phrase and a cue asking what it
// said, in any of the usual orders ("X quotes", "X comments on Y", "X on Y",
// "X: what …?"): english_keyword_question.cc.
bool ParseEnglishKeywordQuestion(const std::string& text, Question* q);
// The same shapes read from words split at spaces (the grammar tries them
// after its sentence shapes, and on the clause after a leading one).
bool ReadEnglishKeywordShapes(const std::vector<std::string>& words, Question* q);
// A Korean question must speak of speech (a quoting ending, a verb or noun
// of saying: "…라고 말한 사람은", "어떻게 평가했나") unless `speech_known`
// (it quoted a phrase), so that plain questions of fact ("홍수를 피한
// 사람은 누구인가") stay plain searches.
bool ParseKoreanQuestion(const std::string& text, bool speech_known, Question* q);

// English words that say nothing about a topic (the, of, his, would, …):
// left out of the words a topic is searched by.
bool IsEnglishFunctionWord(const std::string& word);
// "on", "about", "over": what makes "SPEAKER on TOPIC" a question.
bool IsEnglishHeadlinePreposition(const std::string& word);
// A preposition between a verb or noun of speech and its topic ("about", "regarding", "to").
bool IsEnglishTopicPreposition(const std::string& word);
// A question word or an auxiliary that opens a question's clause ("what", "why", "did").
bool IsEnglishQuestionOpener(const std::string& word);

// English verbs of saying ("said", "warned") and nouns of what was said
// ("comments", "quotes"): english_question.cc's tables.
bool IsEnglishSpeechVerb(const std::string& word);
bool IsEnglishStatementNoun(const std::string& word);

// Shared by the parsers: `words` [first, last) joined by spaces.
std::string JoinWords(const std::vector<std::string>& words, size_t first, size_t last);

}  // namespace kosearch
