// Who-said-what questions in plain English or Korean, read by a small grammar
// (src/answer/question_grammar.h):
//   what-questions: a speaker, an optional topic, an optional event and
//     optional filters: "what did SK say about Omniverse", "How did X react to
//     Y", "What did X say after her re-election?", "According to the finance
//     minister, when will rates fall?", "what did Obama say in 2013",
//     "X는 Y에 대해 뭐라고 했나", "X는 후보직을 사퇴하면서 뭐라고 했나",
//     "2013년에 X는 Y를 두고 어떤 입장을 밝혔나", "X의 Y 관련 발언";
//   who-questions: "who said Y", "Who called the sanctions a declaration of war?",
//     "Y에 대해 말한 사람은", "북한을 '불량국가'라고 부른 사람은?", "누가 Y라고 했나";
//   quoted phrases ('…', "…") are searched in the quote text itself.
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
  bool asks_who = false;     // "who said …", "…라고 한 사람은?": the speaker is what is asked
  std::string described;     // who-questions: what the speaker asked for is ("chef", "캐나다 의원"); scored with the topic
  std::string event;         // when it was said, as asked ("after her re-election", "후보직을 사퇴하면서"); may be empty
  std::vector<std::string> phrases;  // quoted phrases, without their marks ("불량국가")
  std::vector<std::string> filters;  // query-language filters ("date:2013", "date:2020-03", "source:wikinews")
};

// Recognises a who-said-what question. Never fails; texts longer than 300
// characters are never questions.
Question ParseQuestion(std::string_view text);

// How a speaker nobody is quoted by was read through the index's quote keys
// (Understanding::read_through_quotes): not (kNone); by the keys its words
// make (kQuoteKeys: "푸른빛엔터측" → 푸른빛엔터, "Yoon In-dae" → 윤인대); or,
// for an English name, by its sound (kSound: "Lutz" → 러츠), taken only
// together with the question's topic: its quotes must say the topic.
enum class SpeakerReadBy { kNone, kQuoteKeys, kSound };

// What a question was understood as, with the spellings it was expanded to.
struct Understanding {
  std::string speaker;                          // as asked
  std::vector<std::string> speaker_expansions;  // "SK그룹", "최태원", …
  std::string topic;                            // as asked
  std::vector<std::string> topic_expansions;    // "옴니버스", "제재", …: of the topic and the event
  bool asks_who = false;                        // a who-question
  std::string described;                        // a who-question's speaker as described ("캐나다 의원")
  std::string event;                            // as asked
  std::vector<std::string> phrases;             // quoted phrases searched in the quote text
  std::vector<std::string> filters;             // "date:2013", "source:wikinews"
  // The speakers of the quotes answered, each "name (role, organization)",
  // and how the speaker asked was resolved ("person", "person (the title
  // confirms)", "title: the people quoted with it", "organization: its
  // quotes and its people", "compound title: its holders"); for a
  // who-question the speakers are its answer, and the resolution is empty.
  std::vector<std::string> speakers;
  std::string speaker_resolution;  // ResolutionText(): built from the fields below
  // How the speaker was reached, field by field:
  std::string resolved_by;          // the resolver's own words ("person", "title: its holders", …)
  std::string read_through_quotes;  // a speaker nobody is quoted by, read through the index's quote terms as this key
  SpeakerReadBy read_by = SpeakerReadBy::kNone;  // how that key was read (kNone when read_through_quotes is empty)
  bool unnamed_quotes = false;      // quotes without a named speaker, in articles that name the speaker
  bool fallback = false;            // …in articles naming any of their names: offered as maybe theirs, not theirs by name
  bool subject_through_quotes = false;  // a question the grammar did not read: its subject read through the quote terms
  // A query no reading took for a question, with a word of speech or a
  // quoted phrase: its other words searched over the quotes (answer/keywords_over_quotes.h).
  bool keywords_over_quotes = false;
  // speaker_resolution as the fields above say it.
  std::string ResolutionText() const;
  // "speaker: SK (SK그룹, 최태원) · topic: Omniverse (옴니버스) · 2 quotes",
  // with "event: …", "phrase: …", "filters: …" and "answered by: …" when there are.
  std::string Summary(size_t quote_count) const;
};

}  // namespace kosearch
