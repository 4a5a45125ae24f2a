// Loanword matching between English and Korean: pairs an English word or
// name with its Hangul transliteration (Omniverse ↔ 옴니버스, Lawrence
// Livermore ↔ 로렌스 리버모어) when neither alias source knows the pair.
// Both spellings are reduced to a loose phonetic key over one small
// alphabet; the keys are compared with a weighted edit distance.
// Measured on the Korean-English news pairs in bench/loanword_results.md.
//
// Thread-safety: all functions are safe to call from several threads. The
// first Hangul input builds a syllable table with ICU's Hangul-Latin
// transliterator (about 30 ms, once per process); after that a call costs a
// few microseconds per candidate word. Internal header.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kosearch {

// Threshold for callers that have no better value. On held-out news pairs,
// 58 of 60 hand-checked pairs it let through were the same word, it paired
// 72% of the capitalised words that had a transliteration in the Korean
// sentence, and an unrelated sentence gave a pair for 0.4-0.5% of English
// words (bench/loanword_results.md).
inline constexpr double kDefaultLoanwordSimilarity = 0.85;

// The phonetic key of `word`. Latin letters are read as English spelling
// (ph→p, soft c/g, silent final e, r after a vowel dropped, ...); Hangul is
// romanised syllable by syllable with ICU and the epenthetic vowels of
// Korean loanword spelling (스 → s, 트 → t, 플 → pl) are dropped. Both end in
// the same alphabet: vowel runs become 'a', v→b, f→p, r→l, z→j, c/q/g→k,
// th→s, "ng" and n before k → 'N', doubled letters collapse. Digits,
// punctuation and other scripts are ignored; a word with neither Latin nor
// Hangul letters (or Hangul when ICU's transliterator is unavailable) gives
// "". Several words (spaces between) give one key, as Korean often writes
// a two-word English name as one word (golden bell ↔ 골든벨).
std::string LoanwordKey(std::string_view word);

// How likely `hangul` is a transliteration of `english`, in [0, 1]: 0.85 ×
// (1 − weighted edit distance of the keys / weighted length of the longer)
// + 0.15 when the first consonants agree. Vowel and l insertions cost half,
// as do close consonants (b/p, d/t, s/j/ch, n/ng); edits count double for an
// English key of two consonants, which leaves no room for error. English
// plurals and demonyms are also tried as the noun Korean would write
// (computers ↔ 컴퓨터, Russian ↔ 러시아, Iraqi ↔ 이라크). Returns 0 when
// either key is empty. `hangul` is compared as given: no particle stripping,
// no syllable minimum (Huang ↔ 황 scores 1).
double LoanwordSimilarity(std::string_view english, std::string_view hangul);

// The Hangul candidates that transliterate `english`, best first, each with
// a similarity >= min_similarity. A candidate may carry trailing particles
// (옴니버스를, 로보틱스라고, 로봇들을): up to two are stripped and the form
// that scores best is returned, so the result is 옴니버스, not 옴니버스를.
// When `english` has several words, runs of that many consecutive
// candidates are also tried, joined by a space (Lawrence Livermore ↔
// 로렌스 리버모어, Jensen Huang ↔ 젠슨 황). Each returned form appears once.
// Never returned, as they pair with too many words by chance: forms of one
// syllable, alone or with a particle (황, 것에), and frequent native words
// (그러나, 거리); nothing is returned for an English key with fewer than two
// consonants (Ai, Asia).
std::vector<std::string> MatchLoanword(std::string_view english, const std::vector<std::string>& hangul_words,
                                       double min_similarity = kDefaultLoanwordSimilarity);

// Whether `hangul` has the vowel Korean adds to an English consonant (ㅡ in
// a syllable with no final or a final ㄴ or ㄹ (골든), after any initial but ㅇ: 스타일,
// 스플리터, 태블릿): the shape of a borrowed word, which Sino-Korean words
// and most native ones lack (아군, 개표). A lower-case English word paired
// by sound with a word without it is mostly chance (again ↔ 아군).
bool HasEpentheticVowel(std::string_view hangul);

// `word` and its forms without up to two trailing Korean particles from a
// fixed list (은 는 이 가 을 를 에 의 와 과 도 로 으로 에서 라고 이라고 처럼
// 까지 부터 들 만 ...) or the suffixes 인 주 교, longest first, starting with
// `word` itself. A particle is only taken off where Korean would put it (이
// and 을 after a final consonant, 가 and 를 after a vowel: 레이 stays whole)
// and only when something is left. Exposed for the tests.
std::vector<std::string> ParticleStrippedForms(std::string_view word);

}  // namespace kosearch
