// Korean questions the grammar does not read as who-said-what, because their
// verb is none of saying ("X는 … 어떤 파장을 낳을 거라고 봤나?", "대상 받고
// 나서 X가 꺼낸 첫마디는?"), read through the index instead: the subject (a
// word in 은/는/이/가 among the first words) whose words, or a run of them,
// are a speaker, role or organization key some quote of the index has is the
// speaker; the other words are the topic. No list of wordings decides who
// speaks: the index's own quote terms do. Internal header.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kosearch/question.h"

namespace kosearch {

// For each key (AliasTable::Key form), whether some quote of the index has it
// as its speaker's, role's or organization's term: all asked at once.
using QuotedKeys = std::function<std::vector<bool>(const std::vector<std::string>& keys)>;

// `text` read as a question about its subject, or nullopt: not Korean, not
// asked (no '?', no question word), or no key of a subject is quoted.
// `quoted` is asked once at most, and never for text that is no question.
std::optional<Question> ReadThroughQuotedSubject(std::string_view text, const QuotedKeys& quoted);

// AnswerThroughQuotedSubject (the question so read, answered) is declared in
// search/archive_reader.h, beside AnswerQuestion.

}  // namespace kosearch
