// The last check on a resolved speaker (issue 13): a wrong name is worse than
// none, so a speaker the text's own evidence does not carry is dropped. Two
// tests, read from the tagger's spans, the people table, the alias file and
// the lexicon's tables, never from one phrase's shape:
//  - the quote's subject phrase names someone else: the person the
//    resolution chose is nowhere in the phrase nor written right before it,
//    and a word of the phrase stands in a name's place (the tagger's person,
//    a Korean name's shape, the word opening a titled phrase): "이동휘
//    선생의 생애를 연구한 정환 서해대 교수는" resolved to 이동휘;
//  - the speaker is a word nothing vouches for as a name or a body (no
//    tagger span over it anywhere in the article, no person of the table, no
//    alias, no place, title or body head of the lexicon) that reads as no
//    name: a common word of the lexicon, a plural ("MC들"), a word with
//    marks no name is written with ("abcd****", "[속보]외교부").
// A third check reads the subject's grammar: the last of people joined by
// 와/과 ("김하나와 박두리는") is one of a group, not the one speaker.
// Internal header.
#pragma once

#include "extract/attribution.h"
#include "extract/subject_phrase.h"

namespace kosearch {

// True when the quote's subject phrase (`candidate`, read in the quote's
// own sentence) holds, in a name's place, a word that is no part of the
// person `r` names: the resolution went to someone else.
bool PhraseNamesSomeoneElse(const Resolution& r, const SpeakerCandidate& candidate, const SpeakerTable& table,
                            const AliasIndex& aliases);

// True when `r`'s speaker (a person or a body) has no evidence of being a
// name in the article and its last word reads as a common word.
bool SpeakerIsCommonWord(const Resolution& r, const SpeakerTable& table, const AliasIndex& aliases);

// True when the quote's subject is the last of people joined by a
// conjunctive particle (the lexicon's kConjoins: 와, 과): "김하나와 박두리는
// "…"" is said by both, and a group of named people has no single speaker.
// The word right before the subject phrase must end in that particle after
// a person: the tagger's, the table's, a Korean name's shape or a title.
bool SubjectIsCoordination(const Resolution& r, const SpeakerCandidate& candidate, const SpeakerTable& table);

// Any of the three above: the speaker `r` resolved from `candidate` is dropped.
bool SpeakerContradicted(const Resolution& r, const SpeakerCandidate& candidate, const SpeakerTable& table,
                         const AliasIndex& aliases);

}  // namespace kosearch
