// English which-questions whose verb is none of saying ("Which coach wants
// to rebuild the squad?", "Which mayor pushed back?"), see
// neutral_verb_question.h: asked of a quote archive, a which-question for a
// role is a who-said-what question, its verb only colouring it, when the
// role is one the index's quotes are given by. No list of verbs decides:
// the role the index knows does, found among the first words after
// "which" (the verb follows it).
#include <cctype>
#include <string>
#include <vector>

#include "answer/english_question_words.h"
#include "answer/neutral_verb_question.h"
#include "answer/question_grammar.h"
#include "answer/speaker_keys.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Words of the described role looked at ("which Korean car maker"): more is the verb's.
constexpr size_t kLongestDescribed = 3;

}  // namespace

std::optional<Question> ReadEnglishWhichWithAnyVerb(std::string_view text, const std::function<bool(const std::string&)>& is_role) {
  if (CodePointCount(text) > kLongestQuestionChars || !IsValidUtf8(text) || HasHangul(text)) return std::nullopt;
  std::vector<std::string> words = SplitSpaces(Trim(Nfkc(text)));
  if (words.size() < 3 || english_words::Lower(words[0]) != "which") return std::nullopt;
  // The role: the last of the first words after "which" that the index
  // gives quotes to; the verb and what it says follow it.
  size_t verb = 0;
  for (size_t i = 1; i + 1 < words.size() && i <= kLongestDescribed; ++i) {
    const std::string word = AsciiLower(WithoutTrailingPunctuation(words[i]));
    if (IsEnglishFunctionWord(word) || IsEnglishSpeechVerb(word)) break;
    if (is_role(word)) verb = i + 1;
  }
  if (verb == 0) return std::nullopt;
  // Read as the same question asked with the plain verb of saying before
  // its own verb ("which coach said wants to rebuild …"): the grammar's
  // who-question, its filters and phrases taken as any question's.
  words.insert(words.begin() + static_cast<std::ptrdiff_t>(verb), "said");
  Question q = ParseQuestion(JoinWords(words, 0, words.size()));
  if (!q.is_question || !q.asks_who || q.described.empty() || (q.topic.empty() && q.event.empty())) return std::nullopt;
  return q;
}

}  // namespace kosearch
