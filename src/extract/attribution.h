// Resolving the speaker found for a quote to who it is (issue 13): a person of
// the article's SpeakerTable (full name, no title), an organization speaking
// as a body ("외교부는"), an unnamed role with its organization ("기상청
// 관계자"), or nobody (a thing that cannot speak: "보고서", "사람들", a colour).
// quote_subjects.cc finds the subject of a quote's sentence; this file says who the
// subject is and fills the Quote's speaker fields. Internal header.
#pragma once

#include <string>
#include <string_view>

#include "extract/people.h"
#include "extract/speaker_table.h"
#include "kosearch/extract.h"

namespace kosearch {

// What the quote finder saw: a mention the people finder resolved (`person`),
// or a subject noun phrase as written (`phrase`, at `phrase_start`).
struct SpeakerCandidate {
  enum class Via {
    kNamed,    // the subject of the quote's own sentence
    kPronoun,  // 그는, 그녀는: the last speaker
    kCarried,  // no subject: the last speaker continues
  };
  long person = -1;
  std::u32string phrase;
  size_t phrase_start = 0;
  std::u32string as_written;  // the mention in the quote's sentence
  bool fuzzy = false;         // person found by edit distance ("이해은" for 이해진)
  Via via = Via::kNamed;
  // For a carried speaker: the quote's sentence names another person or
  // body before the quote, who may be the one speaking.
  bool competing = false;
  // The word the sentence opens with, right before the quote (OpeningTopic):
  // a name however short or plain.
  bool opening_topic = false;
};

// A carried speaker whose quote's sentence names a competitor is left out
// when its confidence falls below this: a wrong name is worse than none.
inline constexpr double kLeastConfidence = 0.5;

// Fills q->speaker, role, org, speaker_type, confidence, resolved_fuzzily and
// speaker_as_written from `candidate` (see Quote in extract.h). A candidate
// with neither a person nor a phrase leaves the quote without a speaker.
void AttributeQuote(const SpeakerCandidate& candidate, const SpeakerTable& table, const AliasIndex& aliases, Quote* q);

// True for a subject that cannot speak ("보고서", "사람들", "빨간색"): a quote
// it introduces has no speaker (and does not continue the last one).
bool IsNonAgent(std::u32string_view word);

// Reported speech: "피라트 통신은 쿠르드노동자당 관계자를 인용, "…"" or "○○는
// △△△의 말을 인용해 "…"" (or 말을 빌려). When the words [from, to) before a
// quote hold "X를/X의 말을 인용" or "X의 말을 빌려", returns the offsets of X's noun phrase in *start, *end
// (the reporter is the sentence's subject). False when there is no 인용.
bool FindCitedSource(std::u32string_view text, const std::vector<Word>& words, size_t from, size_t to, size_t* start,
                     size_t* end);

// A statement issued in someone's name: "참여연대 명의의 성명은 "…"", "대표
// 명의로 낸 성명에서 "…"". When word i is 성명/성명서 as a subject or with
// 에서, or 성명/논평/담화 as the object of 통해 ("외교부 명의의 논평을 통해
// "…"": the statement is the means, its issuer speaks), and one of the three
// words before it is 명의, returns the offsets of the issuer's noun phrase
// (up to three plain words before 명의, none before `floor`) in *start, *end.
// False otherwise (a statement with no 명의 is not the one speaking).
bool FindStatementIssuer(std::u32string_view text, const std::vector<Word>& words, const std::vector<bool>& quoted,
                         size_t i, size_t floor, size_t* start, size_t* end);

// "환경부에서는 "…"": word i is an organization marked by 에서는 and the
// next word opens a quote, so the body speaks though no subject particle says so.
bool BodyBeforeQuote(std::u32string_view text, const std::vector<Word>& words, const std::vector<bool>& quoted, size_t i,
                     const AliasIndex& aliases);

}  // namespace kosearch
