// Speaker attribution for the speech quotes quote_marks.cc finds (see
// quotes.h): each sentence's subject is found by quote_subjects (a word
// ending in 은/는/이/가/께서/도), a headline's by the noun phrase before its
// quote; a quote with neither continues the last speaker. This file walks
// the quotes in order and carries the last speaker on.
#include "extract/quotes.h"

#include <algorithm>
#include <utility>

#include "extract/attribution.h"
#include "extract/people.h"
#include "extract/quote_marks.h"
#include "extract/quote_subjects.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

SpeakerCandidate Candidate(const Speaker& s, SpeakerCandidate::Via via) {
  SpeakerCandidate c;
  if (!s.found) return c;
  c.person = s.person;
  c.phrase = s.person >= 0 ? std::u32string() : s.phrase;
  c.phrase_start = s.start;
  c.as_written = s.as_written;
  c.fuzzy = s.fuzzy;
  c.via = via;
  c.opening_topic = s.opening_topic;
  return c;
}

// The start of the last sentence with words before the one at `current`
// (a line break after a full stop leaves an empty "sentence" between).
size_t PreviousSentence(std::u32string_view text, const std::vector<size_t>& starts,
                        std::vector<size_t>::const_iterator current) {
  while (current != starts.begin()) {
    auto previous = current - 1;
    std::u32string_view sentence = text.substr(*previous, *current - *previous);
    if (std::any_of(sentence.begin(), sentence.end(), [](char32_t c) { return c != U'\n' && !IsSpaceInLine(c); })) {
      return *previous;
    }
    current = previous;
  }
  return 0;
}

// True when the subject phrase `s` (no person of the people finder) names a
// person or an unnamed one of a body ("제이크 설리번 백악관 국가안보보좌관",
// "○○ 의원실 관계자"), not the body itself.
bool NamesSomeone(const Speaker& s, const SpeakerTable& speakers, const AliasIndex& aliases) {
  Quote trial;
  AttributeQuote(Candidate(s, SpeakerCandidate::Via::kNamed), speakers, aliases, &trial);
  return trial.speaker_type == "person" || trial.speaker_type == "role";
}

// The speaker of a quote whose sentence names none (`speaker` not found) or
// names her by a pronoun (그는), tried in this order:
//  1. the topic of the sentence right before, when it comes after the last
//     quote (`조 교수는 … 믿는다.` then a quote of its own): a person the
//     people finder knows; a body when this sentence goes on with it
//     (`continues`: "국방부는 … 설명했다. 이어 "…"") and the body opens the
//     sentence before; for a pronoun, a phrase that names someone the people
//     finder did not resolve (the pronoun's antecedent);
//  2. the last speaker;
//  3. before any quote, and not for a pronoun: the person the sentence two
//     back (from `before_previous`) is about, when neither the sentence
//     before nor this one names anyone else;
//  4. for a pronoun still unresolved: the topic of a recent sentence, else
//     the person mentioned last before it.
Speaker FillIn(std::u32string_view text, const SubjectFinder& subjects, const Speaker& speaker, const Speaker& last,
               size_t last_end, size_t previous_sentence, size_t s0, size_t open, bool continues,
               const SpeakerTable& speakers, const AliasIndex& aliases, size_t before_previous) {
  Speaker resolved;
  size_t from = std::max(last_end, previous_sentence);
  Speaker between = subjects.Before(from, s0, /*topic_only=*/true);
  // Only a person: "삼성은 … 남겼다고 하였다." is often the topic of
  // reported words whose speaker the sentence leaves out; a body too when
  // the sentence says it goes on ("국방부는 … 설명했다. 이어 "…"") and the
  // body opens the sentence before (not "…때문이고, 미국은 …").
  bool body_goes_on = continues && between.found && between.start >= from &&
                      std::all_of(text.begin() + from, text.begin() + between.start,
                                  [](char32_t c) { return c == U'\n' || IsSpaceInLine(c); });
  // 그는 stands for the one the sentence before is about, named there by a
  // phrase the people finder did not resolve, rather than an earlier speaker.
  bool antecedent = speaker.pronoun && between.found && between.person < 0 && !between.pronoun && !between.guessed &&
                    NamesSomeone(between, speakers, aliases);
  if (between.found && !between.pronoun && !between.guessed && (between.person >= 0 || body_goes_on || antecedent)) {
    resolved = between;
  } else if (last.found) {
    resolved = last;
  } else if (Speaker older = subjects.Before(std::max(last_end, before_previous), from,
                                             /*topic_only=*/before_previous > 0);  // the lede's subject may take 이/가
             !speaker.pronoun && from > before_previous && older.found && older.person >= 0 && !older.pronoun &&
             !older.guessed && !subjects.OtherActorIn(from, open, older.person)) {
    // No one spoke yet and neither the sentence before nor this one names
    // anyone else: the person the sentence before it is about goes on
    // ("비버는 … 취소되었다. … 말했다. … "…"고 언급하였다").
    resolved = older;
  } else if (speaker.pronoun) {
    resolved = subjects.Before(s0 > 600 ? s0 - 600 : 0, s0, /*topic_only=*/true);
    // Only someone named before the pronoun: "그는 우리베 대통령과의 회견에서
    // "…"" does not speak of 우리베.
    if (!resolved.found || resolved.pronoun) resolved = subjects.LastMentionBefore(std::min(open, speaker.start));
  }
  resolved.as_written = speaker.as_written;
  resolved.fuzzy = false;
  return resolved;
}

// True when the sentence at `s0` opens with an adverb that goes on with the
// last sentence's subject ("이어 "…"고 덧붙였다", "또 "…"").
bool OpensWithContinuation(std::u32string_view text, size_t s0, size_t open) {
  while (s0 < open && (text[s0] == U'\n' || IsSpaceInLine(text[s0]))) ++s0;
  size_t end = s0;
  while (end < open && IsHangulSyllable(text[end])) ++end;
  return end < open && (text[end] == U' ' || text[end] == U',') && korean::IsContinuationAdverb(text.substr(s0, end - s0));
}

// "…"라고 말했다고 보도했다: the words are reported by the sentence's topic.
bool ReportedAfter(std::u32string_view tail) {
  for (std::u32string_view verb : korean::ReportingVerbs()) {
    size_t at = tail.find(verb);
    if (at != std::u32string_view::npos && at > 0 && (tail[at - 1] == U'다' || tail[at - 1] == U'라')) {
      // Only when the quote's own speech verb comes first ("말했다고 보도했다").
      return tail.substr(0, at).find(U"했") != std::u32string_view::npos ||
             tail.substr(0, at).find(U"밝혔") != std::u32string_view::npos;
    }
  }
  return false;
}

// `"…"라고`, `"…"고 덧붙였다`, `"…"라며`: a quotative ending glued to the
// closing mark, the sign of words someone said (not "…"라는 문구).
bool QuotativeGlued(std::u32string_view text, size_t close, size_t limit) {
  std::u32string_view after = text.substr(close + 1, std::min<size_t>(6, limit - close - 1));
  if (after.starts_with(U"고") && (after.size() == 1 || !IsHangulSyllable(after[1]))) return true;
  return std::any_of(korean::QuotativeEndings().begin(), korean::QuotativeEndings().end(),
                     [&](const korean::QuotativeEnding& e) { return !e.needs_saying_verb && after.starts_with(e.text); });
}

// No subject before the quote: the one right after it (`"…"라고 김 장관은
// 말했다`), else the word the sentence opens with, when a quotative ending
// follows the quote.
Speaker SubjectAfter(const SubjectFinder& subjects, std::u32string_view text, const QuotePair& first,
                     const QuotePair& last, size_t s0, size_t s1, size_t limit) {
  Speaker s = subjects.After(last.close + 1, s1);
  if (!s.found && QuotativeGlued(text, first.close, limit)) s = subjects.OpeningTopic(s0, first.open);
  return s;
}

// A new subject between two quotes of the sentence, also across a quoted
// question or term that is not speech ("B는 "…"는 요청에 "…""); a headline's
// next statement has its own name (`갑 "…" 을 "…"`).
Speaker SpeakerBetween(const SubjectFinder& subjects, std::pair<size_t, size_t> headline, const QuotePair& previous,
                       const QuotePair& current) {
  if (headline.second > 0) return subjects.At(headline.first, headline.second);
  return subjects.Before(previous.close + 1, current.open);
}

// A headline's name with no particle to show it (`김민수 '…'`): a person
// the article mentions there, or one the tagger marks in its last word.
bool NamesPerson(const SubjectFinder& subjects, const SpeakerTable& speakers, std::u32string_view text, size_t start,
                 size_t end) {
  if (subjects.At(start, end).person >= 0) return true;
  size_t last = end;
  while (last > start && !IsSpaceInLine(text[last - 1])) --last;
  return speakers.TaggedPerson(last, end);
}

// `오하람 "…"`: a headline's phrase ending in a word of a Korean name's
// shape that the tagger did not mark (a headline gives it no context).
bool HeadlineKoreanName(std::u32string_view text, size_t start, size_t end) {
  size_t last = end;
  while (last > start && !IsSpaceInLine(text[last - 1])) --last;
  return LooksLikeKoreanName(text.substr(last, end - last));
}

// `한도윤 예보위장 "…"`, `민주 "…"`: a headline's statement after one or
// two plain nouns (no particle, no ending, no genitive 의 of a work's
// author, no symbol, no thing as its head) that no table or tagger knows:
// a stage name, a party's short name, a title glued to its body. The
// headline shape says the noun phrase speaks; what it is, the resolver
// decides. Only for a pair nothing else made speech, and a claim of three
// words or a sentence: two nouns in quotes (`영화 "바람의 노래"`) are a title.
bool PlainNounPhrase(std::u32string_view text, const QuotePair& pair, size_t start, size_t end) {
  std::u32string_view inside = QuotedWords(text, pair);
  if (std::count(inside.begin(), inside.end(), U' ') < 2 && !LooksLikeSentence(inside)) return false;
  std::u32string_view phrase = text.substr(start, end - start);
  if (std::count(phrase.begin(), phrase.end(), U' ') > 1) return false;
  while (!phrase.empty()) {
    size_t space = phrase.find(U' ');
    std::u32string_view w = phrase.substr(0, space);
    bool subject;
    if (w.size() < 2 || !AllHangulSyllables(w) || StripParticle(w, &subject) != w.size() || HasGrammaticalEnding(w) ||
        w.back() == U'의') {
      return false;
    }
    // (`관련기사 "…"`: a compound's head that cannot speak quotes a headline)
    if (space == std::u32string_view::npos && (IsNonAgent(w) || (w.size() > 2 && IsNonAgent(w.substr(w.size() - 2))))) {
      return false;
    }
    phrase.remove_prefix(space == std::u32string_view::npos ? phrase.size() : space + 1);
  }
  return end > start;
}

// `…출연, 양세형 "…"`, `…꿈꾸는 우승우 대표 "…"`: the plain word right
// before a statement with no verb (and before a title after it) is a
// person the article's table or tagger knows: the one who says it. Not a
// word with a particle (`김우빈에 "…"`: the one spoken to).
bool PersonRightBefore(std::u32string_view text, const SubjectFinder& subjects, const SpeakerTable& speakers,
                       const QuotePair& pair, size_t* start, size_t* end) {
  auto word_before = [&](size_t at, size_t* a) {
    while (at > 0 && IsSpaceInLine(text[at - 1])) --at;
    *a = at;
    while (*a > 0 && IsHangulSyllable(text[*a - 1])) --*a;
    return at;
  };
  size_t a, b = word_before(pair.open, &a);
  std::u32string_view w = text.substr(a, b - a);
  bool subject;
  if (w.size() < 2 || StripParticle(w, &subject) != w.size()) return false;
  size_t name_end = b;
  if (korean::IsTitleWord(w)) {
    size_t title_start = a;
    name_end = word_before(title_start, &a);
    if (name_end != title_start - 1 || a + 2 > name_end) return false;
  }
  if (!NamesPerson(subjects, speakers, text, a, name_end)) return false;
  *start = a, *end = b;
  return true;
}

// A quote whose speaker is its own, not the sentence's: the name in the
// genitive after it (`"…"는 정씨의 주장`), or nobody the sentence names for
// a question put to the subject (`"…느냐"는 질문에`), or speech the sentence
// leaves unattributed (several voices in a row, a headline's statement).
bool OwnsSpeaker(const QuotePair& p) { return p.genitive_speaker || p.asked || p.unattributed; }

// Headline statements (`폴 피어스 "…"`) and quotes cited in parentheses
// (`"…" (이장희, 2009)`): speech when the phrase naming the source can speak
// (a name, a body, a city's district, a Hanja abbreviation: 與, 朴대통령).
// A single-quoted statement or a quote opening its headline (`"…" 김민수
// 의원 반박`) only when a person names it; a sentence whose 는-clause names
// its speaker in the genitive (`"…"는 김 감독의 지시`) when that name can
// speak. Sets each pair's speaker span.
void MarkHeadlines(std::u32string_view text, size_t limit, const SubjectFinder& subjects, const SpeakerTable& speakers,
                   std::vector<QuotePair>& pairs, std::vector<std::pair<size_t, size_t>>* headline) {
  HeadlineNames names{[&](size_t a, size_t b) { return NamesPerson(subjects, speakers, text, a, b); },
                      [&](size_t a, size_t b) { return speakers.TaggedOrganization(a, b); },
                      [&](size_t a, size_t b) { return speakers.TaggedPerson(a, b); }};
  for (size_t k = 0; k < pairs.size(); ++k) {
    size_t a, b;
    bool cited = IsCitedInParentheses(text, limit, pairs[k], &a, &b) ||
                 ((!pairs[k].speech || pairs[k].verbless) && IsHeadlineQuote(text, limit, pairs[k], &a, &b));
    if (cited && subjects.CouldSpeak(a, b)) {
      pairs[k].speech = true, (*headline)[k] = {a, b};
    } else if (size_t p; cited && IsHeadlineDistrict(text, a, b, &p)) {
      pairs[k].speech = true, (*headline)[k] = {p, b};
    } else if (size_t h0, h1; cited && HeadlineHanjaSpeaker(text, a, b, &h0, &h1)) {
      pairs[k].speech = true, (*headline)[k] = {h0, h1};
    } else if (cited && HeadlineKoreanName(text, a, b)) {
      pairs[k].speech = true, (*headline)[k] = {a, b};
    } else if (cited && !pairs[k].speech && PlainNounPhrase(text, pairs[k], a, b)) {
      pairs[k].speech = pairs[k].verbless = true, (*headline)[k] = {a, b};
    }
    bool person_only = IsSingleQuotedHeadline(text, pairs[k], &a, &b) ||
                       (!pairs[k].speech && IsQuoteBeforeHeadlineSpeaker(text, limit, pairs[k], &a, &b));
    if (person_only && NamesPerson(subjects, speakers, text, a, b)) {
      pairs[k].speech = pairs[k].verbless = true, (*headline)[k] = {a, b};
    }
    // `"…하라"는 김진수 감독의 지시`: the words are the one named after them.
    a = pairs[k].genitive_start, b = pairs[k].genitive_end;
    bool genitive = !pairs[k].speech && pairs[k].genitive_speaker &&
                    (subjects.CouldSpeak(a, b) || NamesPerson(subjects, speakers, text, a, b));
    pairs[k].genitive_speaker = genitive;
    if (genitive) pairs[k].speech = pairs[k].verbless = true, (*headline)[k] = {a, b};
    // `왕밍 중국 외교부 대변인 "…"`, `김하나 이혼 고백 "…"`: the name opening a headline of nouns
    // (the name alone when the phrase with its titles reads as a body's role).
    size_t name_end;
    auto [h0, h1] = (*headline)[k];
    bool opening = (!pairs[k].speech || pairs[k].verbless) && !pairs[k].genitive_speaker &&
                   HeadlineOpeningSpeaker(text, limit, pairs[k], names, &a, &b, &name_end);
    if (opening && (h1 == 0 || h0 > a || (h0 == a && subjects.At(h0, h1).person < 0 && NamesPerson(subjects, speakers, text, a, b)))) {
      if (subjects.At(a, b).person < 0 && subjects.At(a, name_end).person >= 0) b = name_end;
      pairs[k].speech = pairs[k].verbless = true, (*headline)[k] = {a, b};
    }
    // A headline's statement that no word right before it gives a speaker:
    // the name its line stands on, or no one when two people stand side by side.
    bool statement = pairs[k].speech ? pairs[k].verbless && (*headline)[k].second == 0 && !OwnsSpeaker(pairs[k])
                                     : LineEndingStatement(text, limit, pairs[k]);
    if (bool several = false; statement && HeadlineTopicSpeaker(text, pairs[k], names, &a, &b, &several)) {
      pairs[k].speech = pairs[k].verbless = true, (*headline)[k] = {a, b};
    } else if (statement && several) {
      pairs[k].speech = pairs[k].verbless = pairs[k].unattributed = true;
    }
    // A headline's statement ending its line that nothing above claimed: speech, its speaker untold.
    if (!pairs[k].speech && LineEndingStatement(text, limit, pairs[k])) {
      pairs[k].speech = pairs[k].verbless = pairs[k].unattributed = true;
    }
    // One glued to its lead: speech with no verb, its speaker a person right before it.
    if (!pairs[k].speech && PlainStatementInHeadline(text, limit, pairs[k])) pairs[k].speech = pairs[k].verbless = true;
    if (pairs[k].verbless && (*headline)[k].second == 0 && !pairs[k].asked && !pairs[k].unattributed &&
        PersonRightBefore(text, subjects, speakers, pairs[k], &a, &b)) {
      (*headline)[k] = {a, b};
    }
  }
}

// What the resolver cannot know of a headline's speaker: `野 "…"` is the
// party, not a person the tagger saw in the Hanja, and `文 "…"` a leader,
// not a body. (A city's district, `서울 중구`, the resolver reads whole.)
void FixHeadlineSpeaker(Quote* q) {
  if (std::string_view type = HanjaSpeakerType(ToU32(q->speaker)); type == "organization") {
    q->speaker_type = type, q->org = q->speaker, q->role.clear();
  } else if (type == "person" && q->speaker_type != type) {
    q->speaker_type = type, q->org.clear();
  }
}

Quote QuoteOf(std::u32string_view text, const QuotePair& p) {
  Quote q;
  q.start = p.open + 1;
  q.end = p.close;
  q.text = ToUtf8(text.substr(q.start, q.end - q.start));
  return q;
}

}  // namespace

std::vector<Quote> FindQuotes(std::u32string_view text, size_t limit, const std::vector<Word>& words,
                              const PeopleFound& people, const AliasIndex& aliases, const SpeakerTable& speakers,
                              std::vector<QuotePair> pairs) {
  limit = std::min(limit, text.size());
  SubjectFinder subjects(text, words, people, aliases, speakers, pairs);
  std::vector<std::pair<size_t, size_t>> headline(pairs.size());
  MarkHeadlines(text, limit, subjects, speakers, pairs, &headline);
  std::vector<size_t> starts = SentenceStarts(text, limit, pairs);
  std::vector<Quote> quotes;
  Speaker last;  // the last resolved speaker, for follow-on sentences
  size_t last_end = 0;  // just after the last quote
  size_t k = 0;
  while (k < pairs.size()) {
    if (!pairs[k].speech) { ++k; continue; }
    // The speech quotes of this sentence: [k, e).
    auto sentence = std::upper_bound(starts.begin(), starts.end(), pairs[k].open);
    size_t s0 = *(sentence - 1), s1 = sentence == starts.end() ? limit : *sentence;
    size_t e = k + 1;
    while (e < pairs.size() && pairs[e].open < s1) ++e;
    size_t last_speech = k;
    for (size_t j = k; j < e; ++j) if (pairs[j].speech) last_speech = j;
    size_t previous_speech = k;  // the quote before j that is speech

    Speaker speaker = headline[k].second > 0 && !OwnsSpeaker(pairs[k]) ? subjects.At(headline[k].first, headline[k].second)
                                                                       : subjects.Before(s0, pairs[k].open);
    // "○○통신은 △△△ 관계자를 인용, "…"": the one cited speaks, the subject reports.
    Speaker reporter;
    if (size_t a, b; FindCitedSource(text, words, s0, pairs[k].open, &a, &b)) {
      reporter = speaker;
      speaker = subjects.At(a, b);
    } else if (ReportedAfter(text.substr(pairs[last_speech].close, s1 - pairs[last_speech].close))) {
      reporter = subjects.Before(s0, pairs[k].open, /*topic_only=*/true);  // "AP는 △△△가 "…"라고 말했다고 보도했다"
      if (reporter.as_written == speaker.as_written) reporter = Speaker{};
    }
    // (a quote that owns its speaker does not stop the next ones finding theirs after them)
    if (!speaker.found && (!pairs[k].verbless || OwnsSpeaker(pairs[k]))) {
      // `"…"이라고 밝힌 레이번은 "…"고 말했다`: who said the first quote may
      // stand between it and the next.
      if (last_speech > k) speaker = subjects.After(pairs[k].close + 1, pairs[k + 1].open, /*said_who_only=*/true);
      if (!speaker.found) speaker = SubjectAfter(subjects, text, pairs[k], pairs[last_speech], s0, s1, limit);
    }
    for (size_t j = k; j < e; ++j) {
      if (!pairs[j].speech) continue;
      bool own_speaker = OwnsSpeaker(pairs[j]);
      if (j > k && !own_speaker) {
        Speaker between = SpeakerBetween(subjects, headline[j], pairs[previous_speech], pairs[j]);
        if (between.found) speaker = between;
      }
      previous_speech = j;
      Speaker resolved = speaker;
      SpeakerCandidate::Via via = SpeakerCandidate::Via::kNamed;
      if (own_speaker) {
        resolved = pairs[j].asked || pairs[j].unattributed ? Speaker{} : subjects.At(headline[j].first, headline[j].second);
      } else if ((!resolved.found && !pairs[j].verbless) || resolved.pronoun) {
        via = resolved.pronoun ? SpeakerCandidate::Via::kPronoun : SpeakerCandidate::Via::kCarried;
        size_t previous_sentence = PreviousSentence(text, starts, sentence - 1);
        size_t before_previous =
            PreviousSentence(text, starts, std::lower_bound(starts.begin(), starts.end(), previous_sentence));
        resolved = FillIn(text, subjects, speaker, last, last_end, previous_sentence, s0, pairs[j].open,
                          OpensWithContinuation(text, s0, pairs[j].open), speakers, aliases, before_previous);
      }
      Quote q = QuoteOf(text, pairs[j]);
      SpeakerCandidate candidate = Candidate(resolved, via);
      candidate.competing = via == SpeakerCandidate::Via::kCarried &&
                            subjects.OtherActorIn(s0, pairs[j].open, resolved.person);
      AttributeQuote(candidate, speakers, aliases, &q);
      FixHeadlineSpeaker(&q);
      if (reporter.found) {
        Quote by;
        AttributeQuote(Candidate(reporter, SpeakerCandidate::Via::kNamed), speakers, aliases, &by);
        q.reported_by = by.speaker.empty() ? by.org : by.speaker;
      }
      quotes.push_back(std::move(q));
      if (resolved.found && !own_speaker) last = resolved;
      last_end = pairs[j].close + 1;
    }
    k = e;
  }
  return quotes;
}

}  // namespace kosearch
