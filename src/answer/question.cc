// Recognising who-said-what questions (see include/kosearch/question.h):
// bounds and normalisation here, the grammar in question_grammar.h.
#include "kosearch/question.h"

#include "answer/question_grammar.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

std::string Trim(std::string s) {
  auto strip = [&](bool front) {
    while (!s.empty()) {
      bool any = false;
      for (std::string_view w : {" ", "\t", "\n", "?", "？", ".", "!"}) {
        if (front && s.compare(0, w.size(), w) == 0) { s.erase(0, w.size()); any = true; }
        if (!front && s.size() >= w.size() && s.compare(s.size() - w.size(), w.size(), w) == 0) { s.erase(s.size() - w.size()); any = true; }
      }
      if (!any) break;
    }
  };
  strip(true);
  strip(false);
  return s;
}

// "the ceasefire" → "ceasefire": an English article says nothing about a topic.
std::string CleanTopic(std::string s) {
  for (std::string_view article : {"the ", "The ", "a ", "an "}) {
    if (s.compare(0, article.size(), article) == 0) s.erase(0, article.size());
  }
  return Trim(s);
}

// Query syntax that a question never has.
bool HasQueryOperators(const std::string& s) {
  for (std::string_view op : {" AND ", " OR ", " NOT ", "*"}) {
    if (s.find(op) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

Question ParseQuestion(std::string_view text) {
  Question q;
  if (CodePointCount(text) > kLongestQuestionChars || !IsValidUtf8(text)) return q;
  std::string s = Trim(Nfkc(text));
  // NFKC may lengthen it up to 18 times: the bound holds after it too.
  if (CodePointCount(s) > kLongestQuestionChars || HasQueryOperators(s)) return q;
  QuestionText parts = TakeFiltersAndPhrases(s);
  const std::string rest = Trim(parts.rest);
  if (!ParseEnglishQuestion(rest, &q) && !ParseKoreanQuestion(rest, !parts.phrases.empty(), &q)) return Question{};
  q.topic = CleanTopic(q.topic);
  q.described = CleanTopic(q.described);
  q.event = Trim(q.event);
  q.phrases = std::move(parts.phrases);
  q.filters = std::move(parts.filters);
  q.is_question = true;
  return q;
}

std::string Understanding::ResolutionText() const {
  std::string out = resolved_by;
  if (!read_through_quotes.empty()) {
    out += read_by == SpeakerReadBy::kSound ? "; read by its sound, a quote on the topic the evidence, as "
                                            : "; read through the index's quote terms as ";
    out += read_through_quotes;
  }
  if (unnamed_quotes) out += "; quotes without a named speaker in articles that name them";
  if (fallback) out += " (fallback: their name is in these articles, not on these quotes)";
  if (subject_through_quotes) out += "; the subject read through the index's quote terms";
  if (keywords_over_quotes) out += std::string(out.empty() ? "" : "; ") + "read as keywords over quotes";
  return out;
}

std::string Understanding::Summary(size_t quote_count) const {
  auto part = [](const std::string& what, const std::string& as_asked, const std::vector<std::string>& expansions) {
    if (as_asked.empty()) return std::string();
    std::string out = what + ": " + as_asked;
    std::string list;
    for (const auto& e : expansions) {
      if (e == as_asked) continue;
      list += (list.empty() ? "" : ", ") + e;
    }
    if (!list.empty()) out += " (" + list + ")";
    return out + " · ";
  };
  auto list = [](const std::string& what, const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? what + ": " : ", ") + i;
    return out.empty() ? out : out + " · ";
  };
  const std::string keywords = keywords_over_quotes ? "keywords over quotes · " : "";
  std::string who = asks_who ? (described.empty() ? "who said it · " : "who said it (" + described + ") · ") : "";
  // The expansions cover the topic and the event: with no topic, the event shows them.
  const std::vector<std::string> event_expansions = topic.empty() ? topic_expansions : std::vector<std::string>{};
  return keywords + who + part("speaker", speaker, speaker_expansions) + part("topic", topic, topic_expansions) +
         part("event", event, event_expansions) + list("phrase", phrases) + list("filters", filters) +
         list("answered by", speakers) + std::to_string(quote_count) + (quote_count == 1 ? " quote" : " quotes");
}

}  // namespace kosearch
