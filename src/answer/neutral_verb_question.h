// Korean what-questions whose verb is none of saying ("X는 Y의 원동력을
// 무엇으로 봤나", "X는 어떤 메시지를 보냈나", "X가 예상한 Y 가격은 얼마?").
// In a question put to a quote archive, its question word and its subject
// make it a who-said-what question; its verb only colours it. Such a
// question is read as the same question asked with the plain verb of saying
// (its question word and closing verb out, its other words the topic: the
// grammar of question_grammar.h reads it then), and answered only when the
// subject it names is someone the index has quotes by, so that a question of
// fact ("서울 인구는 얼마인가") stays a plain search. No list of verbs
// decides: the index's own speakers do. Internal header.
#pragma once

#include <optional>
#include <string_view>

#include "kosearch/question.h"

namespace kosearch {

// `text` read with the plain verb of saying, or nullopt: not Korean, no
// question word, no subject (a word with a subject particle before the
// question word), a who-question ("… 위원장은 누구?": the subject is the
// one asked for), or the grammar finds no speaker in it. Needs no database.
std::optional<Question> ReadWithPlainSayingVerb(std::string_view text);

// AnswerWithPlainSayingVerb (the question so read, answered when its speaker
// resolves in the index) is declared in search/archive_reader.h.

}  // namespace kosearch
