// Questions read through the index's quote terms (see quoted_subject.h).
#include "answer/quoted_subject.h"

#include <algorithm>

#include "answer/answer_steps.h"
#include "answer/korean_question_words.h"
#include "answer/question_grammar.h"
#include "answer/speaker_keys.h"
#include "kosearch/aliases.h"
#include "search/archive_reader.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

constexpr size_t kMaxQuestionChars = 300;
// The subject opens a Korean question: among its first words only (a word in
// 은/는/이/가 later is a clause's: "…라고 본 이유가 뭔가").
constexpr size_t kSubjectAmongFirst = 5;
// A speaker phrase: the subject word and up to two words before it ("윤증현 전 장관은").
constexpr size_t kMaxSpeakerWords = 3;

bool IsAskingWord(const std::string& word) {
  const auto stems = question_words::AskingStems();
  return std::any_of(stems.begin(), stems.end(), [&](std::string_view s) { return word.starts_with(s); });
}

// The word without its subject particle ("강용석은" → 강용석), or empty when
// it has none (or an ending in 은/는 that is no particle: "에는", "하는").
std::string SubjectStem(const std::string& word) {
  for (std::string_view e : question_words::NotSubjectEndings()) {
    if (word.ends_with(e)) return {};
  }
  return WithoutSpeakerParticle(word, true);
}

struct Run {
  size_t subject;  // the subject word's position
  size_t first;    // where the speaker phrase starts
  bool ends_at_subject;  // the key's words run up to the subject word
  SpeakerKeyCandidate candidate;
};

// The runs of words[first, last) of the phrase words[from, subject] (the
// subject word as its stem): a name's runs looked up as a person's or a
// body's, never widened to a title alone; a phrase with no name word's as
// a role too ("감독은").
void AddSubjectRuns(const std::vector<std::string>& words, size_t from, size_t subject, std::vector<Run>* runs) {
  std::vector<SpeakerWord> kinds;
  for (size_t i = from; i <= subject; ++i) kinds.push_back(KindOfSpeakerWord(words[i]));
  const auto is_name = [](SpeakerWord k) { return k == SpeakerWord::kName; };
  const bool named = std::any_of(kinds.begin(), kinds.end(), is_name);
  for (size_t first = from; first <= subject; ++first) {
    for (size_t last = first + 1; last <= subject + 1; ++last) {
      const auto run_begin = kinds.begin() + static_cast<std::ptrdiff_t>(first - from);
      const auto run_end = kinds.begin() + static_cast<std::ptrdiff_t>(last - from);
      if (named && std::none_of(run_begin, run_end, is_name)) continue;  // a title beside a name is no one
      SpeakerKeyCandidate c;
      c.text = JoinWords(words, first, last);
      c.key = AliasTable::Key(c.text);
      if (CodePointCount(c.key) < kMinKeyChars || IsAskingWord(c.key)) continue;
      c.whole = !named;
      c.person_only = std::any_of(run_end, kinds.end(), [](SpeakerWord k) { return k == SpeakerWord::kTitle; });
      runs->push_back({subject, first, last == subject + 1, std::move(c)});
    }
  }
}

}  // namespace

std::optional<Question> ReadThroughQuotedSubject(std::string_view text, const QuotedTerms& quoted) {
  if (CodePointCount(text) > kMaxQuestionChars || !IsValidUtf8(text)) return std::nullopt;
  const std::string s(Trim(Nfkc(text)));
  QuestionText parts = TakeFiltersAndPhrases(s);
  std::vector<std::string> words = SplitSpaces(parts.rest);
  for (auto& w : words) w = WithoutTrailingPunctuation(std::move(w));
  words.erase(std::remove(words.begin(), words.end(), std::string()), words.end());
  const bool asks = s.ends_with("?") || std::any_of(words.begin(), words.end(), IsAskingWord);
  if (!asks || words.size() < 2 || !HasHangul(parts.rest)) return std::nullopt;
  // Every run of up to kMaxSpeakerWords words ending at a subject word, and its sub-runs.
  std::vector<Run> runs;
  std::vector<std::string> stems(words.size());
  for (size_t i = 0; i < std::min(words.size() - 1, kSubjectAmongFirst); ++i) {
    stems[i] = SubjectStem(words[i]);
    if (stems[i].empty()) continue;
    std::vector<std::string> phrase = words;
    phrase[i] = stems[i];
    AddSubjectRuns(phrase, i + 1 >= kMaxSpeakerWords ? i + 1 - kMaxSpeakerWords : 0, i, &runs);
  }
  if (runs.empty()) return std::nullopt;
  std::vector<std::string> keys;
  std::vector<std::vector<std::string>> asked;
  for (const Run& r : runs) {
    if (std::find(keys.begin(), keys.end(), r.candidate.key) != keys.end()) continue;
    keys.push_back(r.candidate.key);
    asked.push_back(TermsOf(r.candidate));
  }
  const std::vector<bool> held = quoted(asked);
  const auto is_held = [&](const std::string& key) {
    const size_t k = static_cast<size_t>(std::find(keys.begin(), keys.end(), key) - keys.begin());
    return k < held.size() && held[k];
  };
  // The first subject some quote is keyed by; its longest key the most
  // specific. A key before the subject word ("윤증현" of "윤증현 전 장관은")
  // only when the subject word is a title or a key too: never "중국" of
  // "중국 두 브랜드가".
  const auto subject_holds = [&](size_t i) {
    return KindOfSpeakerWord(stems[i]) == SpeakerWord::kTitle || is_held(AliasTable::Key(stems[i]));
  };
  const Run* best = nullptr;
  for (const Run& r : runs) {
    if (!is_held(r.candidate.key) || (!r.ends_at_subject && !subject_holds(r.subject))) continue;
    if (best != nullptr && (r.subject > best->subject || CodePointCount(r.candidate.key) <= CodePointCount(best->candidate.key))) continue;
    best = &r;
  }
  if (best == nullptr) return std::nullopt;
  Question q;
  q.is_question = true;
  words[best->subject] = stems[best->subject];
  q.speaker = JoinWords(words, best->first, best->subject + 1);
  // The topic: the other words, without the question words and the closing verb.
  std::vector<std::string> topic;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if ((i < best->first || i > best->subject) && !IsAskingWord(words[i])) topic.push_back(words[i]);
  }
  q.topic = JoinWords(topic, 0, topic.size());
  q.phrases = std::move(parts.phrases);
  q.filters = std::move(parts.filters);
  return q;
}

Result<SearchResponse> AnswerThroughQuotedSubject(std::string_view text, const SearchOptions& options, ArchiveReader& archive) {
  const std::optional<Question> question = ReadThroughQuotedSubject(text, QuotedTermsOf(archive));
  if (!question) return SearchResponse{};
  auto answer = AnswerQuestion(text, *question, options, archive);
  if (!answer.ok()) return answer;
  if (answer->hits.empty()) return SearchResponse{};
  answer->understood.subject_through_quotes = true;
  answer->understood.speaker_resolution = answer->understood.ResolutionText();
  return answer;
}

}  // namespace kosearch
