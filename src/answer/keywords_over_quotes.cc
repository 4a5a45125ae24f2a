// Keywords over quotes (see keywords_over_quotes.h): a query no reading took
// for a question, with a word of speech, answered with the quotes its other
// words find.
#include "answer/keywords_over_quotes.h"

#include <algorithm>

#include "answer/answer_steps.h"
#include "answer/korean_question_words.h"
#include "answer/question_grammar.h"
#include "answer/speaker_filter.h"
#include "answer/speaker_keys.h"
#include "search/archive_reader.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Words of a speaker phrase tried ("경기도교육청 관계자", "Seoul Metro").
constexpr size_t kMaxSpeakerWords = 3;
// The articles the plain search ranks first whose quotes may answer (three
// gave as many right answers on the dev splits, and twice the wrong ones).
constexpr size_t kClosestArticlesAnswering = 1;
// The quotes (and closest articles) asked for before only those of the closest articles are kept.
constexpr size_t kWidePage = 100;

bool IsAskingWord(const std::string& word) {
  const auto stems = question_words::AskingStems();
  return std::any_of(stems.begin(), stems.end(), [&](std::string_view s) { return word.starts_with(s); });
}

bool IsTopicMarker(const std::string& word) {
  const auto markers = question_words::TopicMarkers();
  return std::find(markers.begin(), markers.end(), word) != markers.end();
}

// "Ministry's" → ministry: the lexicon keys English words in lower case.
std::string EnglishWord(std::string word) {
  for (std::string_view s : {"'s", "’s"}) {
    if (word.size() > s.size() && word.ends_with(s)) word.erase(word.size() - s.size());
  }
  return AsciiLower(word);
}

// Query syntax: a field ("speaker:…", "kind:quote") or an operator is a search, never a question.
bool HasQuerySyntax(const std::string& text, const std::vector<std::string>& words) {
  if (text.find(':') != std::string::npos) return true;
  return std::any_of(words.begin(), words.end(), [](const std::string& w) {
    return w == "AND" || w == "OR" || w == "NOT" || w.starts_with("-") || w.starts_with("+") || w.find('*') != std::string::npos;
  });
}

// "3월 말", "2024년 말 환율", "임기 말 지지율": 말 after a word of time is
// "the end of", not a word said (a plain query about a period stays a plain
// search). Asked of the query's words before a year became a date filter.
bool EndOfPeriod(const std::vector<std::string>& words, size_t i) {
  if (i == 0 || !words[i].starts_with("말")) return false;
  const std::string& before = words[i - 1];
  if (std::any_of(before.begin(), before.end(), [](unsigned char c) { return c >= '0' && c <= '9'; })) return true;
  for (std::string_view period : {"월", "년", "해", "달", "분기", "반기", "학기", "주", "연도", "임기", "시즌", "세기", "정권"}) {
    if (before.ends_with(period)) return true;
  }
  return false;
}

}  // namespace

bool IsKeywordSpeechWord(const std::string& word) {
  if (word.empty()) return false;
  if (IsLatin(word)) return korean::IsSpeechNoun(ToU32(EnglishWord(word)), korean::kAskedAsKeywords);
  if (korean::IsSpeechNoun(ToU32(word), korean::kAskedAsKeywords)) return true;
  // "반응들", "입장은", "발언을": the noun with its plural or particle.
  for (std::string_view ending : question_words::StatementPluralEndings()) {
    if (word.size() > ending.size() && word.ends_with(ending) &&
        korean::IsSpeechNoun(ToU32(std::string_view(word).substr(0, word.size() - ending.size())), korean::kAskedAsKeywords)) {
      return true;
    }
  }
  return false;
}

std::optional<Question> ReadAsKeywordsOverQuotes(std::string_view text) {
  if (CodePointCount(text) > kLongestQuestionChars || !IsValidUtf8(text)) return std::nullopt;
  const std::string s(Trim(Nfkc(text), {" ", "\t", "\r", "\n", "?", "？", ".", "!"}));
  const std::vector<std::string> as_typed = SplitSpaces(s);
  bool period_end = false;
  for (size_t i = 0; i < as_typed.size(); ++i) period_end = period_end || EndOfPeriod(as_typed, i);
  QuestionText parts = TakeFiltersAndPhrases(s);
  std::vector<std::string> words;
  std::vector<bool> quoted;
  const std::vector<std::string> split = SplitSpaces(parts.rest);
  for (size_t i = 0; i < split.size(); ++i) {
    std::string w = WithoutTrailingPunctuation(split[i]);
    if (w.empty()) continue;
    words.push_back(std::move(w));
    quoted.push_back(i < parts.quoted_words.size() && parts.quoted_words[i]);
  }
  if (words.empty() || HasQuerySyntax(s, words)) return std::nullopt;
  // An English sentence asked ("Which comedian said …", "Whose side said …?")
  // is the grammar's to read: one it could not is no keyword string.
  if (IsLatin(parts.rest) && (IsEnglishQuestionOpener(EnglishWord(words[0])) || Trim(text).ends_with("?"))) return std::nullopt;
  bool speech = false;
  std::vector<std::string> topic;
  for (size_t i = 0; i < words.size(); ++i) {
    if (!quoted[i] && IsKeywordSpeechWord(words[i]) && !(period_end && words[i].starts_with("말"))) {
      speech = true;
      continue;
    }
    if (!quoted[i] && (IsAskingWord(words[i]) || IsTopicMarker(words[i]))) continue;
    if (!quoted[i] && IsLatin(words[i]) && IsEnglishFunctionWord(EnglishWord(words[i]))) continue;  // "to the"
    topic.push_back(words[i]);
  }
  // A quoted phrase with other words and no word of speech ("탄소중립" 정책)
  // is a phrase search, the most common advanced search: it stays one.
  if (!speech) return std::nullopt;
  if (topic.empty() && parts.phrases.empty()) return std::nullopt;
  Question q;
  q.is_question = true;
  q.topic = JoinWords(topic, 0, topic.size());
  q.phrases = std::move(parts.phrases);
  q.filters = std::move(parts.filters);
  return q;
}

namespace {

// The longest run of the topic's words (up to kMaxSpeakerWords, never all
// of them; the earliest of a length first) the speaker resolution resolves
// to someone quoted: a person, people, an organization or a title's holders
// ("방송인 김제동 씨 …" 김제동 씨, "… 논란 학부모들" 학부모들). The question
// with that run as its speaker and the other words as its topic, or nullopt.
std::optional<Question> WithResolvedSpeaker(const Question& question, ArchiveReader& archive) {
  const std::vector<std::string> words = SplitSpaces(question.topic);
  for (size_t len = std::min(kMaxSpeakerWords, words.size() > 0 ? words.size() - 1 : 0); len > 0; --len) {
    for (size_t first = 0; first + len <= words.size(); ++first) {
      const std::string run = JoinWords(words, first, first + len);
      const SpeakerFilter speaker = NarrowSpeaker(run, archive);
      if (speaker.unknown || speaker.filter.empty() || speaker.kind == SpeakerKind::kNone) continue;
      Question narrowed = question;
      narrowed.speaker = run;
      std::vector<std::string> rest(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(first));
      rest.insert(rest.end(), words.begin() + static_cast<std::ptrdiff_t>(first + len), words.end());
      narrowed.topic = JoinWords(rest, 0, rest.size());
      return narrowed;
    }
  }
  return std::nullopt;
}

// [offset, offset + limit) of `hits`.
void Page(std::vector<Hit>* hits, size_t offset, size_t limit) {
  hits->erase(hits->begin(), hits->begin() + static_cast<std::ptrdiff_t>(std::min(offset, hits->size())));
  if (hits->size() > limit) hits->resize(limit);
}

// Only the quotes of the article the plain search of the same words ranks
// first answer (`answer` was asked for a wide page, its closest articles
// from the start): keywords say what the query is about, not who is
// meant, and a quote the words find in an article the search ranks low is
// someone else's on another matter. Unpaged: which reading answers is
// decided on all its quotes, then the page is cut once.
void KeepQuotesOfClosestArticles(SearchResponse* answer) {
  std::vector<std::string> closest;
  for (const Hit& h : answer->closest) {
    if (closest.size() == kClosestArticlesAnswering) break;
    if (std::find(closest.begin(), closest.end(), h.article_id) == closest.end()) closest.push_back(h.article_id);
  }
  std::erase_if(answer->hits, [&](const Hit& h) {
    return std::find(closest.begin(), closest.end(), h.article_id) == closest.end();
  });
  answer->total = answer->hits.size();
  answer->total_exact = true;
}

}  // namespace

Result<SearchResponse> AnswerAsKeywordsOverQuotes(std::string_view text, const SearchOptions& options, ArchiveReader& archive) {
  const std::optional<Question> question = ReadAsKeywordsOverQuotes(text);
  if (!question) return SearchResponse{};
  SearchOptions wide = options;
  wide.offset = 0;
  wide.limit = std::max(kWidePage, options.offset + options.limit);
  Result<SearchResponse> answer = SearchResponse{};
  if (const std::optional<Question> narrowed = WithResolvedSpeaker(*question, archive)) {
    answer = AnswerQuestion(text, *narrowed, wide, archive);
    if (!answer.ok()) return answer;
    KeepQuotesOfClosestArticles(&*answer);
  }
  if (answer->hits.empty()) {
    answer = AnswerQuestion(text, *question, wide, archive);
    if (!answer.ok()) return answer;
    KeepQuotesOfClosestArticles(&*answer);
  }
  if (answer->hits.empty()) return SearchResponse{};  // no quote of the closest articles says its words: the plain search
  Page(&answer->hits, options.offset, options.limit);
  Page(&answer->closest, options.offset, options.limit);
  answer->understood.keywords_over_quotes = true;
  answer->understood.speaker_resolution = answer->understood.ResolutionText();
  answer->understood.speakers = SpeakersAnswered(answer->hits);
  return answer;
}

}  // namespace kosearch
