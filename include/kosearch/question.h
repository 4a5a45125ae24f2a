// Who-said-what questions in plain English or Korean:
//   "what did SK say about Omniverse", "what has X said on Y", "X's comments on Y",
//   "quotes from X about Y", "who said Y", "who talked about Y",
//   "X는 Y에 대해 뭐라고 했나", "X의 Y 관련 발언", "X가 Y에 대해 한 말",
//   "Y에 대해 말한 사람은", "Y 얘기를 한 사람은?".
// Anything else is an ordinary search. Searcher::Search recognises questions
// itself; ParseQuestion is exposed for programs that want the parse alone.
// Thread-safety: pure function.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kosearch {

struct Question {
  bool is_question = false;  // false: treat the text as an ordinary query
  std::string speaker;       // person, organization or role as asked ("SK", "the president"); empty for "who said …"
  std::string topic;         // as asked ("Omniverse"); may be empty ("what did X say")
};

// Recognises a who-said-what question. Never fails; texts longer than 300
// characters are never questions.
Question ParseQuestion(std::string_view text);

// What a question was understood as, with the spellings it was expanded to.
struct Understanding {
  std::string speaker;                          // as asked
  std::vector<std::string> speaker_expansions;  // "SK그룹", "최태원", …
  std::string topic;                            // as asked
  std::vector<std::string> topic_expansions;    // "옴니버스", …
  std::string Summary(size_t quote_count) const;  // "speaker: SK (SK그룹, 최태원) · topic: Omniverse (옴니버스) · 2 quotes"
};

}  // namespace kosearch
