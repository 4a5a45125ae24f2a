// Questions whose verb is none of saying (see neutral_verb_question.h).
#include "answer/neutral_verb_question.h"

#include <algorithm>
#include <string>
#include <vector>

#include "answer/korean_question_words.h"
#include "answer/question_grammar.h"
#include "answer/speaker_filter.h"
#include "answer/speaker_keys.h"
#include "search/archive_reader.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

using question_words::StartsWithAny;

// Whether `word` ends in a subject particle ("교수는", "외신들이"), not in an
// ending in 은/는 that is none ("에서는", "하는").
bool IsSubjectWord(const std::string& word) {
  if (question_words::EndsWithAny(word, question_words::NotSubjectEndings())) return false;
  return !WithoutSpeakerParticle(word, true).empty();
}

}  // namespace

std::optional<Question> ReadWithPlainSayingVerb(std::string_view text) {
  if (CodePointCount(text) > kLongestQuestionChars || !IsValidUtf8(text) || !HasHangul(text)) return std::nullopt;
  std::vector<std::string> words = SplitSpaces(Nfkc(text));
  for (auto& w : words) w = WithoutTrailingPunctuation(std::move(w));
  words.erase(std::remove(words.begin(), words.end(), std::string()), words.end());
  // The question word: the first word that asks; a subject must stand somewhere before it.
  const auto asking = std::find_if(words.begin(), words.end(), [](const std::string& w) { return StartsWithAny(w, question_words::AskingStems()); });
  if (asking == words.end()) return std::nullopt;
  const size_t ask = static_cast<size_t>(asking - words.begin());
  // "… 위원장은 누구?": who is asked for, not what they said (the grammar's
  // who-questions); "누구로 추정했나", "누구에게 … 전했나" ask what was said.
  const bool last = ask + 1 == words.size();
  if (last && StartsWithAny(words[ask], question_words::WhoStems())) return std::nullopt;
  // "X가 예상한 가격은 얼마?", "X의 반응은 어땠어?": the subject right before a
  // closing question word is what was said, not who said it; bare, it is topic.
  if (last && ask > 0 && IsSubjectWord(words[ask - 1])) words[ask - 1] = WithoutSpeakerParticle(words[ask - 1], true);
  if (std::none_of(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(ask), IsSubjectWord)) return std::nullopt;
  // The question word and the closing verb after it out (the verb only
  // colours the question; in its inflected form it is no word a quote
  // says); the other words stay, the topic.
  std::vector<std::string> kept;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i == ask || (i + 1 == words.size() && i > ask)) continue;
    kept.push_back(words[i]);
  }
  for (std::string_view w : question_words::PlainSayingQuestion()) kept.emplace_back(w);
  Question q = ParseQuestion(JoinWords(kept, 0, kept.size()));
  // Words of topic or event left besides the speaker: "삼성전자는 언제
  // 설립됐나" asks only by its verb, of a fact, and stays a search.
  if (!q.is_question || q.asks_who || q.speaker.empty() || (q.topic.empty() && q.event.empty() && q.phrases.empty())) return std::nullopt;
  return q;
}

Result<SearchResponse> AnswerWithPlainSayingVerb(std::string_view text, const SearchOptions& options, ArchiveReader& archive) {
  const std::optional<Question> question = ReadWithPlainSayingVerb(text);
  if (!question) return SearchResponse{};
  // Someone the index has quotes by, or no question to this archive.
  const SpeakerFilter speaker = NarrowSpeaker(question->speaker, archive);
  if (speaker.unknown || speaker.filter.empty()) return SearchResponse{};
  auto answer = AnswerQuestion(text, *question, options, archive);
  if (answer.ok() && answer->hits.empty()) return SearchResponse{};  // no quote answers: the plain search
  return answer;
}

}  // namespace kosearch
