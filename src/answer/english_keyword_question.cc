// English keyword questions (see question_grammar.h): a speaker phrase and a
// cue that asks for what was said, in the order people type them rather
// than a sentence. The speaker phrase runs from the first word to the cue,
// which is
//   a noun of speech         "Zion.T confession on the show", "Kim Su-a quotes"
//   a headline's verb        "Shin Ji-yai comments", "Kim Yuna speaks on retirement"
//   on|about|over            "committee chair Choi on the site" (a name or a title ends it)
//   a colon after it         "Health ministry official: what penalties for …?"
// The speaker phrase is content words, with joiners between them ("head of
// the foundation", "Kim of Sistar"), of at most kLongestSpeaker words. A
// phrase of capitalized words (a lower-case word of role only before a
// capitalized one: "ORG researcher NAME on TOPIC") is a headline's speaker
// and its cue may be a headline's verb; any other phrase needs a noun of
// speech, a colon, or a name or title before "on". Whom the phrase names
// is the speaker resolution's (a name is never widened to a title there).
// Both shapes end alike: the speaker cleaned (CleanSpeaker), the words after
// the cue split into topic and event (SplitRest). The headline's speaker
// end and the cued one are still found by two scans (HeadlineSpeakerEnd,
// CuedShape's loop).
#include <algorithm>
#include <cctype>
#include <utility>

#include "answer/english_question_words.h"
#include "answer/question_grammar.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

using english_words::CleanSpeaker;
using english_words::Has;
using english_words::SplitRest;
using Words = std::vector<std::string>;

// Words of a speaker phrase looked at: more is a sentence, not a phrase.
constexpr size_t kLongestSpeaker = 8;

std::string Bare(std::string w) {
  while (!w.empty() && (w.back() == ',' || w.back() == ':' || w.back() == ';')) w.pop_back();
  return AsciiLower(w);
}

bool Capital(const std::string& word) { return std::isupper(static_cast<unsigned char>(word[0])) != 0; }

bool IsTitleWord(const std::string& word) {
  const std::string w = Bare(word);
  const auto titles = korean::EnglishTitleEndings();
  return std::any_of(titles.begin(), titles.end(), [&](const korean::EnglishTitleEnding& t) { return t.english == w || std::string(t.english) + "s" == w; });
}

bool IsJoiner(const std::string& word) { return Has(english_words::SpeakerJoiners(), Bare(word)); }

bool IsHeadlineVerb(const std::string& word) { return Has(english_words::HeadlineVerbs(), word); }

// Where a headline's speaker phrase ends: capitalized words, joiners after
// the first, a lower-case word of role before a capitalized one. 0 when it
// is no such phrase (fewer than two words, or not ending in a capital).
size_t HeadlineSpeakerEnd(const Words& w) {
  size_t end = 0;
  while (end < w.size() && end < kLongestSpeaker &&
         (Capital(w[end]) || (end > 0 && IsJoiner(w[end])) ||
          (end > 0 && end + 1 < w.size() && Capital(w[end + 1]) && !IsEnglishFunctionWord(w[end]) && !IsHeadlineVerb(w[end])))) {
    ++end;
  }
  return end >= 2 && Capital(w[end - 1]) ? end : 0;
}

// A headline: "NAME on TOPIC", "NAME comments on TOPIC", "NAME comments".
// May write `q` and still fail: the caller reads it into a Question of its own.
bool HeadlineShape(const Words& w, Question* q) {
  const size_t end = HeadlineSpeakerEnd(w);
  if (end == 0) return false;
  size_t prep = end;
  if (prep < w.size() && IsHeadlineVerb(w[prep])) {
    ++prep;
    // "Shin Ji-yai comments": the verb ends the headline, no topic.
    if (prep == w.size()) {
      q->speaker = CleanSpeaker(JoinWords(w, 0, end));
      return !q->speaker.empty();
    }
  }
  if (prep + 1 >= w.size() || !IsEnglishHeadlinePreposition(w[prep])) return false;
  q->speaker = CleanSpeaker(JoinWords(w, 0, end));
  SplitRest(w, prep + 1, q);
  return !q->speaker.empty() && !q->topic.empty();
}

// Whether words [0, end) read as a speaker phrase: content words (or
// joiners between them), none a question word or a verb of speech.
bool SpeakerPhrase(const Words& w, size_t end) {
  if (end == 0 || end > kLongestSpeaker || IsJoiner(w[0]) || IsJoiner(w[end - 1])) return false;
  for (size_t i = 0; i < end; ++i) {
    if (IsJoiner(w[i])) continue;
    if (IsEnglishFunctionWord(Bare(w[i])) || IsEnglishSpeechVerb(w[i]) || IsEnglishStatementNoun(w[i])) return false;
  }
  return true;
}

std::string Speaker(const Words& w, size_t end) {
  Words s(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(end));
  std::string last = s.back().substr(0, s.back().find_last_not_of(",:;") + 1);
  // "organizers' spokesperson", "Kim's": a possessive's mark off.
  size_t keep = last.size();
  if (last.size() > 2 && last.ends_with("'s")) keep -= 2;
  else if (last.size() > 2 && last.ends_with("s'")) keep -= 1;
  s.back() = last.substr(0, keep);
  return JoinWords(s, 0, s.size());
}

// Where the topic starts: from `first`, a leading preposition and the
// question's own opening words ("what", "did") off.
size_t TopicStart(const Words& w, size_t first) {
  if (first < w.size() && IsEnglishTopicPreposition(Bare(w[first]))) ++first;
  while (first < w.size() && IsEnglishQuestionOpener(Bare(w[first]))) ++first;
  return first;
}

// A cued phrase: "X quotes", "X statement about Y", "X on Y", "X: what …?".
bool CuedShape(const Words& w, Question* q) {
  if (std::any_of(w.begin(), w.end(), [](const std::string& x) { return HasHangul(x); })) return false;
  for (size_t c = 1; c < w.size() && c <= kLongestSpeaker; ++c) {
    const bool colon = w[c - 1].ends_with(":");
    const std::string b = Bare(w[c]);
    const bool noun = IsEnglishStatementNoun(w[c]);
    const bool prep = IsEnglishHeadlinePreposition(b);
    if (!colon && !noun && !prep) continue;
    if (!SpeakerPhrase(w, c)) return false;
    // "on" alone asks what a named or titled speaker said, never "sanctions on Iran".
    const std::string& last = w[c - 1];
    if (prep && !noun && !colon && (!(Capital(last) || IsTitleWord(last)) || c < 2)) return false;
    Question parsed;
    parsed.speaker = CleanSpeaker(Speaker(w, c));
    // The topic as HeadlineShape's: an event word splits off the event ("on X after Y").
    SplitRest(w, TopicStart(w, colon ? c : c + 1), &parsed);
    // "SPEAKER: QUESTION" and "SPEAKER on TOPIC" need a topic; a noun of speech asks enough.
    if (parsed.speaker.empty() || (!noun && parsed.topic.empty())) return false;
    *q = std::move(parsed);
    return true;
  }
  return false;
}

}  // namespace

bool ReadEnglishKeywordShapes(const std::vector<std::string>& words, Question* q) {
  if (words.size() < 2) return false;
  // Each shape is read into a Question of its own: one that fails half way leaves `q` as it was.
  Question parsed;
  if (!HeadlineShape(words, &parsed)) {
    parsed = Question{};
    if (!CuedShape(words, &parsed)) return false;
  }
  *q = std::move(parsed);
  return true;
}

bool ParseEnglishKeywordQuestion(const std::string& text, Question* q) {
  return !HasHangul(text) && ReadEnglishKeywordShapes(SplitSpaces(text), q);
}

}  // namespace kosearch
