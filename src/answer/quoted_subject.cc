// Questions read through the index's quote terms (see quoted_subject.h).
#include "answer/quoted_subject.h"

#include <algorithm>

#include "answer/answer_steps.h"
#include "answer/korean_question_words.h"
#include "answer/question_grammar.h"
#include "answer/speaker_keys.h"
#include "index/schema.h"
#include "kosearch/aliases.h"
#include "search/archive_reader.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

constexpr size_t kMaxQuestionChars = 300;
// The subject opens a Korean question: among its first words only (a word in
// 은/는/이/가 later is a clause's: "…라고 본 이유가 뭔가").
constexpr size_t kSubjectAmongFirst = 5;
// A speaker phrase: the subject word and up to two words before it ("윤증현 전 장관은").
constexpr size_t kMaxSpeakerWords = 3;
// A key of one syllable ("이", "문") is too many people's.
constexpr size_t kMinKeyChars = 2;

bool StartsWith(const std::string& s, std::string_view p) { return s.compare(0, p.size(), p) == 0; }
bool EndsWith(const std::string& s, std::string_view p) {
  return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}
bool HasHangul(const std::string& s) {
  const std::u32string u = ToU32(s);
  return std::any_of(u.begin(), u.end(), [](char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; });
}
bool IsAskingWord(const std::string& word) {
  const auto stems = question_words::AskingStems();
  return std::any_of(stems.begin(), stems.end(), [&](std::string_view s) { return StartsWith(word, s); });
}

// The word without its subject particle ("강용석은" → 강용석), or empty when
// it has none (or an ending in 은/는 that is no particle: "에는", "하는").
std::string SubjectStem(const std::string& word) {
  for (std::string_view e : question_words::NotSubjectEndings()) {
    if (EndsWith(word, e)) return {};
  }
  const std::u32string u = ToU32(word);
  const korean::Particle* p = korean::ParticleEnding(u, korean::kQuestionSpeaker);
  if (p == nullptr || !p->Has(korean::kMarksSubject)) return {};
  return ToUtf8(std::u32string_view(u).substr(0, u.size() - p->text.size()));
}

struct Run {
  size_t subject;  // the subject word's position
  size_t first;    // where the speaker phrase starts
  bool ends_at_subject;  // the key's words run up to the subject word
  std::string key;
};

std::string JoinedKey(std::vector<std::string> words, size_t first, size_t last, size_t subject, const std::string& stem) {
  words[subject] = stem;
  return AliasTable::Key(JoinWords(words, first, last));
}

}  // namespace

std::optional<Question> ReadThroughQuotedSubject(std::string_view text, const QuotedKeys& quoted) {
  if (CodePointCount(text) > kMaxQuestionChars || !IsValidUtf8(text)) return std::nullopt;
  const std::string s(Trim(Nfkc(text)));
  QuestionText parts = TakeFiltersAndPhrases(s);
  std::vector<std::string> words = SplitSpaces(parts.rest);
  for (auto& w : words) {
    while (!w.empty() && (w.back() == '?' || w.back() == '.' || w.back() == ',' || w.back() == '!')) w.pop_back();
  }
  words.erase(std::remove(words.begin(), words.end(), std::string()), words.end());
  const bool asks = EndsWith(s, "?") || std::any_of(words.begin(), words.end(), IsAskingWord);
  if (!asks || words.size() < 2 || !HasHangul(parts.rest)) return std::nullopt;
  // Every run of up to kMaxSpeakerWords words ending at a subject word, and its sub-runs.
  std::vector<Run> runs;
  std::vector<std::string> stems(words.size());
  for (size_t i = 0; i < std::min(words.size() - 1, kSubjectAmongFirst); ++i) {
    stems[i] = SubjectStem(words[i]);
    if (stems[i].empty()) continue;
    const size_t from = i + 1 >= kMaxSpeakerWords ? i + 1 - kMaxSpeakerWords : 0;
    for (size_t first = from; first <= i; ++first) {
      for (size_t last = first + 1; last <= i + 1; ++last) {
        std::string key = JoinedKey(words, first, last, i, stems[i]);
        if (CodePointCount(key) >= kMinKeyChars && !IsAskingWord(key)) runs.push_back({i, first, last == i + 1, std::move(key)});
      }
    }
  }
  if (runs.empty()) return std::nullopt;
  std::vector<std::string> keys;
  for (const Run& r : runs) AddUnique(keys, r.key);
  const std::vector<bool> held = quoted(keys);
  const auto is_held = [&](const std::string& key) {
    const size_t k = static_cast<size_t>(std::find(keys.begin(), keys.end(), key) - keys.begin());
    return k < held.size() && held[k];
  };
  // The first subject some quote is keyed by; its longest key the most
  // specific. A key before the subject word ("윤증현" of "윤증현 전 장관은")
  // only when the subject word is a key too (a title quotes are given):
  // never "중국" of "중국 두 브랜드가".
  const Run* best = nullptr;
  for (const Run& r : runs) {
    if (!is_held(r.key) || (!r.ends_at_subject && !is_held(AliasTable::Key(stems[r.subject])))) continue;
    if (best != nullptr && (r.subject > best->subject || CodePointCount(r.key) <= CodePointCount(best->key))) continue;
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
  const auto quoted = [terms_quoted = QuotedTermsOf(archive)](const std::vector<std::string>& keys) {
    std::vector<std::vector<std::string>> asked;
    for (const auto& k : keys) asked.push_back({schema::kSpeaker + k, schema::kRole + k, schema::kOrg + k});
    return terms_quoted(asked);
  };
  const std::optional<Question> question = ReadThroughQuotedSubject(text, quoted);
  if (!question) return SearchResponse{};
  auto answer = AnswerQuestion(text, *question, options, archive);
  if (!answer.ok()) return answer;
  if (answer->hits.empty()) return SearchResponse{};
  answer->understood.speaker_resolution += "; the subject read through the index's quote terms";
  return answer;
}

}  // namespace kosearch
