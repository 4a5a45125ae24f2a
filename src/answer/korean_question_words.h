// The words the Korean question grammar (korean_question.cc) is read by, one
// table per kind, in korean_question_words.cc: the grammar holds no word
// list of its own. Grammatical knowledge shared with other stages
// (particles, titles, surnames) stays in text/korean_lexicon. Internal header.
#pragma once

#include <span>
#include <string_view>

namespace kosearch::question_words {

using Table = std::span<const std::string_view>;

// Whether `s` starts (ends) with one of the table's words.
bool StartsWithAny(std::string_view s, Table prefixes);
bool EndsWithAny(std::string_view s, Table suffixes);

Table WhatWords();             // 뭐라고, 어떻게, 왜: the question word of a what-question
Table TopicMarkers();          // 대해, 관련, 두고: dropped from a topic
Table EventWords();            // 뒤, 후, 때, 당시: a word that ends an event clause
Table EventEndings();          // -면서, -하자, -에서: an ending that ends one
Table VerbGoEndings();         // 듣고, 앞두고: -고 after a verb stem (nouns end in 고 too)
Table ClauseEndings();         // 을, 에서, -한: a word no speaker's name phrase has
Table HonorificSubjectParticles();  // 께서는, 께서
Table NotSubjectEndings();     // 에는, 하는: endings in 은/는 that are no subject particle
Table TopicWordParticles();    // 에, 을, 와: the particle before a topic marker
Table QuotingEndings();        // -라고, -다며: a quoting ending speaks of speech
Table SayingStems();           // 말한, 밝, 주장, 입장: verbs and nouns of saying
Table ReportingStems();       // 분석, 풀이, 썼: verbs news quotes by, speech only after a question word
Table RequestWords();         // 찾아줘, 알려줘: a request closing a question
Table PastMarkers();           // 했, 었: a verb in the past
Table TalkObjects();           // 얘기를, 발언을: the noun of speech before a who-question's verb
Table WhoQuotingEndings();     // -라고, -고, -며: cut from a who-question's topic
Table VerbAdnominalEndings();  // 한, 은, 던: a verb's adnominal ending, no noun's ("일본", "의원")
Table WhoHeadNouns();          // 사람, 곳, 언론사: a who-question's head noun written bare ("…라고 말한 사람?")
Table StatementNouns();        // 발언, 입장: "X의 Y 발언", "X가 Y에 대해 한 말" (the lexicon's nouns of speech)
Table StatementPluralEndings();  // 들은, 을: cut from a statement noun
Table ContentNouns();          // 내용, 요지: "X 발언 내용", "X가 밝힌 내용": what was said, by any noun before it
Table BareSpeakerNouns();      // 발언, 입장, 판단: a statement noun a speaker may stand before without 의 ("송승헌 발언")
Table AccordingToWords();      // 따르면: "X에 따르면 …", the speaker before it
Table ObjectParticles();       // 을, 를: a word in -은/-는 after an object is a verb's adnominal
Table AskingStems();           // 누구, 무엇, 어떤: a word opening so asks something (quoted_subject.cc)
Table WhoStems();              // 누구, 누가: asking for a person (the subject beside it is described, not speaking)
Table PlainSayingQuestion();   // 뭐라고 했나: the plain verb of saying a question is read with (neutral_verb_question.cc)

}  // namespace kosearch::question_words
