// English keyword questions (see question_grammar.h): a speaker phrase and a
// cue that asks for what was said, in the order people type them rather
// than a sentence:
//   SPEAKER NOUN-OF-SPEECH [PREP TOPIC]   "Zion.T confession on the show", "Kim Su-a quotes"
//   SPEAKER on|about|over TOPIC           "committee chair Choi on the site" (a name or a title ends it)
//   SPEAKER: QUESTION                     "Health ministry official: what penalties for …?"
// The speaker phrase is a few content words; whom they name is the speaker
// resolution's (a name is never widened to a title there).
#include <algorithm>
#include <cctype>
#include <utility>

#include "answer/question_grammar.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

using Words = std::vector<std::string>;

// Words of a speaker phrase looked at: more is a sentence, not a phrase.
constexpr size_t kLongestSpeaker = 6;

std::string Bare(std::string w) {
  while (!w.empty() && (w.back() == ',' || w.back() == ':' || w.back() == ';')) w.pop_back();
  return AsciiLower(w);
}

bool IsTitleWord(const std::string& word) {
  const std::string w = Bare(word);
  const auto titles = korean::EnglishTitleEndings();
  return std::any_of(titles.begin(), titles.end(), [&](const korean::EnglishTitleEnding& t) { return t.english == w || std::string(t.english) + "s" == w; });
}

// Joiners a speaker phrase may hold ("head of the foundation", "Kim of Sistar").
bool IsJoiner(const std::string& word) { return Bare(word) == "of" || Bare(word) == "the" || Bare(word) == "at"; }

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

// The topic: the words from `first`, a leading preposition and the
// question's own opening words ("what", "did") off.
std::string Topic(const Words& w, size_t first) {
  if (first < w.size() && IsEnglishTopicPreposition(Bare(w[first]))) ++first;
  while (first < w.size() && IsEnglishQuestionOpener(Bare(w[first]))) ++first;
  return JoinWords(w, first, w.size());
}

}  // namespace

bool ParseEnglishKeywordQuestion(const std::string& text, Question* q) {
  const Words w = SplitSpaces(text);
  if (w.size() < 2 || HasHangul(text)) return false;
  for (size_t c = 1; c < w.size() && c <= kLongestSpeaker; ++c) {
    const bool colon = w[c - 1].ends_with(":");
    const std::string b = Bare(w[c]);
    const bool noun = IsEnglishStatementNoun(w[c]);
    const bool prep = IsEnglishHeadlinePreposition(b);
    if (!colon && !noun && !prep) continue;
    if (!SpeakerPhrase(w, c)) return false;
    // "on" alone asks what a named or titled speaker said, never "sanctions on Iran".
    const std::string& last = w[c - 1];
    const bool names = std::isupper(static_cast<unsigned char>(last[0])) != 0 || IsTitleWord(last);
    if (prep && !noun && !colon && (!names || c < 2)) return false;
    Question parsed;
    parsed.speaker = Speaker(w, c);
    parsed.topic = Topic(w, colon ? c : c + 1);
    // "SPEAKER: QUESTION" and "SPEAKER on TOPIC" need a topic; a noun of speech asks enough.
    if (parsed.speaker.empty() || (!noun && parsed.topic.empty())) return false;
    q->speaker = std::move(parsed.speaker);
    q->topic = std::move(parsed.topic);
    return true;
  }
  return false;
}

}  // namespace kosearch
