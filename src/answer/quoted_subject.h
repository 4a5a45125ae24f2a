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
// speaker stands right before the noun of speech or the question word. So
// are lists of three keywords or more with no noun of speech ("<speaker>
// <topic> <topic>", the speaker opening the list or after one word of whose
// it is: "주민 <name>씨 인터뷰") and noun-headed descriptions ("<subject>가
// 말한 <noun>", "<subject>가 … 한 것"), whatever their verb: the index's
// keys decide whether the opening words or the subject are a speaker, and
// someone named must answer. Internal header.
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
// `by_key_alone`, when given, says whether the text was read by its
// subject's key alone, no word asking what was said: a list of keywords
// with no noun of speech ("<speaker> <topic> <topic>") or a noun-headed
// description ("<subject>가 말한 <noun>"); such a reading is answered only
// by someone named (AnswerThroughQuotedSubject).
std::optional<Question> ReadThroughQuotedSubject(std::string_view text, const QuotedTerms& quoted, bool* by_key_alone = nullptr);

// AnswerThroughQuotedSubject (the question so read, answered) is declared in
// search/archive_reader.h, beside AnswerQuestion.

}  // namespace kosearch
