// Korean questions the grammar does not read as who-said-what, because their
// verb is none of saying ("X는 … 어떤 파장을 낳을 거라고 봤나?", "대상 받고
// 나서 X가 꺼낸 첫마디는?"), read through the index instead: the subject (a
// word in 은/는/이/가 among the first words) whose words, or a run of them,
// are a speaker or organization key some quote of the index has is the
// speaker; the other words are the topic. The keys are made as a speaker
// nobody is quoted by is read (speaker_keys.h): a name is never widened to a
// title, whose role term is asked only for a subject with no name word. No
// list of wordings decides who speaks: the index's own quote terms do.
// Keyword questions ("<speaker> <topic> 발언", "<topic> <group> 반응",
// "<speaker> '<phrase>'": a noun of speech or a quoted phrase, no question
// word, no subject) are read so too: their speaker, written bare, opens the
// question or stands right before its noun of speech. So are questions
// spoken with their particles dropped ("… 보고 네티즌들 뭐래?", "… 소식에
// 네티즌들 반응 어땠어?": a question word, no subject particle), whose bare
// speaker stands right before the noun of speech or the question word.
// Internal header.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "answer/speaker_keys.h"
#include "kosearch/question.h"

namespace kosearch {

// `text` read as a question about its subject, or nullopt: not Korean, not
// asked (no '?', no question word), or no key of a subject is quoted.
// `quoted` (the terms of each key: TermsOf) is asked once at most, and
// never for text that is no question.
std::optional<Question> ReadThroughQuotedSubject(std::string_view text, const QuotedTerms& quoted);

// AnswerThroughQuotedSubject (the question so read, answered) is declared in
// search/archive_reader.h, beside AnswerQuestion.

}  // namespace kosearch
