// The pieces of the Korean question grammar shared by its files:
// korean_question.cc (what- and who-questions, the entry point) and
// korean_statement_question.cc (questions ending in a noun of speech: "X의 Y
// 발언", "X가 Y에 대해 한 말"). Internal header.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "answer/korean_question_words.h"
#include "kosearch/question.h"

namespace kosearch::korean_grammar {

using Words = std::vector<std::string>;
namespace words = question_words;
using words::EndsWithAny;
using words::StartsWithAny;

bool EndsWith(std::string_view s, std::string_view suffix);
bool StartsWith(std::string_view s, std::string_view prefix);
bool IsOneOf(std::string_view s, words::Table table);
size_t Syllables(std::string_view word);
// Topic markers (대해, 관련, 두고), dropped from a topic.
bool IsTopicMarker(const std::string& w);
// A word ending a clause of circumstance: the event ("…하면서", "뒤", "…에서").
bool EndsEvent(const std::string& w);
// A word no speaker's name phrase has: a clause ending, a particle, a topic marker.
bool EndsClause(const std::string& w);
// `w` without a subject (or, with `topic_only`, a topic) particle; "" when it has none.
std::string WithoutSubjectParticle(const std::string& w, bool topic_only);
// Words [first, last) as a topic, markers dropped.
std::string TopicText(const Words& w, size_t first, size_t last);
// Words [first, last) split into event and topic, added to `q`.
void EventAndTopic(const Words& w, size_t first, size_t last, Question* q);
// A word ending in an adnominal -ㄴ/-던, and one that is a verb's by its ending.
bool IsAdnominal(const std::string& w);
bool IsVerbAdnominal(const std::string& w);
// A word for who speaks (a title, an organization's or a who-question's head
// noun), or also a speaking subject the extractor reads (관계자, 대변인).
bool NamesSpeaker(const std::string& last);
bool SpeaksAsSubject(const std::string& w);
// Where the speaker phrase ending at word s starts.
size_t SpeakerStart(const Words& w, size_t s);
// "공희정씨" → "공희정 씨".
std::string TitleApart(std::string speaker);

// korean_statement_question.cc: "X의 Y 관련 발언", "X가 Y에 대해 한 말",
// "Y에 대한 X의 입장은", "X 측 입장은", "…다고 분석한 업계 관계자 말".
bool StatementQuestion(const Words& given, bool speech_known, Question* q);

}  // namespace kosearch::korean_grammar
