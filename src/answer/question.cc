// Recognising who-said-what questions (see include/kosearch/question.h).
// Patterns are tried in order on the question without its final punctuation;
// the speaker and topic are then trimmed of articles and particles.
#include "kosearch/question.h"

#include <algorithm>
#include <regex>

#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

constexpr size_t kMaxQuestionChars = 300;

struct Pattern {
  std::regex re;
  int speaker;  // capture group, 0 = none
  int topic;    // capture group, 0 = none
};

// "(?:은|는|…)": the particles that end the speaker of a Korean question.
std::string SpeakerParticles() {
  std::string alternatives;
  for (const korean::Particle* p : korean::ParticlesFor(korean::kQuestionSpeaker)) {
    alternatives += (alternatives.empty() ? "" : "|") + ToUtf8(p->text);
  }
  return "(?:" + alternatives + ")";
}

const std::vector<Pattern>& Patterns() {
  static const std::vector<Pattern> patterns = [] {
    auto icase = std::regex::ECMAScript | std::regex::icase;
    const std::string verbs = "(?:say|said|think|thought|tell|told|talk|talked|speak|spoke|comment|commented)";
    const std::string about = "(?:about|on|regarding|of|concerning)";
    const std::string nouns = "(?:comments?|remarks?|quotes?|statements?|words?|views?|opinions?)";
    const std::string ko_about = "(?:에\\s*대해(?:서)?|에\\s*대하여|에\\s*대한|에\\s*관해(?:서)?|에\\s*관하여|에\\s*관한|관련해(?:서)?|관련)";
    const std::string ko_said = "(?:했|말했|언급했|밝혔|얘기했|이야기했|말하|언급하|얘기하|이야기하|평가했|발언했)";
    // Careful: in these UTF-8 patterns "?" after a Hangul syllable would make
  // only its last byte optional; optional syllables are written (?:서)?.
  const std::string ko_subj = SpeakerParticles();
    std::vector<Pattern> p;
    // English.
    p.push_back({std::regex("^what (?:did|does|do|has|have|had|would) (.+?) " + verbs + " " + about + " (.+)$", icase), 1, 2});
    p.push_back({std::regex("^what (?:did|does|has|have) (.+?) (?:say|said)$", icase), 1, 0});
    p.push_back({std::regex("^what (.+?) (?:said|says|thinks) " + about + " (.+)$", icase), 1, 2});
    p.push_back({std::regex("^how did (.+?) (?:describe|see|view|comment on) (.+)$", icase), 1, 2});
    p.push_back({std::regex("^(.+?)(?:'s|’s|') " + nouns + " " + about + " (.+)$", icase), 1, 2});
    p.push_back({std::regex("^" + nouns + " (?:from|by) (.+?) " + about + " (.+)$", icase), 1, 2});
    p.push_back({std::regex("^" + nouns + " (?:from|by) (.+)$", icase), 1, 0});
    p.push_back({std::regex("^who (?:said|says|talked about|talks about|spoke about|spoke of|mentioned|commented on|discussed|was talking about|said anything about|said something about) (.+)$", icase), 0, 1});
    // Korean.
    p.push_back({std::regex("^(.+?)" + ko_subj + "\\s+(.+?)\\s*" + ko_about + "\\s*(?:뭐라고|무엇이라고|뭐라|무슨\\s*말(?:을)?|어떤\\s*말(?:을)?|어떻게)\\s*" + ko_said + ".*$"), 1, 2});
    p.push_back({std::regex("^(.+?)" + ko_subj + "\\s+(.+?)\\s*" + ko_about + "\\s*(?:한|했던)\\s*(?:말|발언|얘기|이야기).*$"), 1, 2});
    p.push_back({std::regex("^(.+?)의\\s+(.+?)\\s*(?:관련\\s*|에\\s*대한\\s*|에\\s*관한\\s*)?(?:발언|언급|코멘트|입장)(?:들)?(?:은|는|을)?.*$"), 1, 2});
    p.push_back({std::regex("^(?:누가\\s*)(.+?)\\s*" + ko_about + "?\\s*(?:말했|얘기했|이야기했|언급했|발언했).*$"), 0, 1});
    p.push_back({std::regex("^(.+?)\\s*" + ko_about + "\\s*(?:말한|얘기한|이야기한|언급한|발언한|말을\\s*한)\\s*(?:사람|이|인물).*$"), 0, 1});
    p.push_back({std::regex("^(.+?)\\s*(?:얘기|이야기|말|언급|발언)(?:를|을)?\\s*(?:한|했던)\\s*(?:사람|이|인물).*$"), 0, 1});
    p.push_back({std::regex("^(.+?)" + ko_subj + "\\s+뭐라고\\s*" + ko_said + ".*$"), 1, 0});
    return p;
  }();
  return patterns;
}

// Spaces, quotation marks and final punctuation around a question or a part of it.
std::string TrimQuestion(std::string_view s) {
  return std::string(Trim(s, {" ", "\t", "\n", "\"", "'", "“", "”", "‘", "’", "?", "？", ".", "!"}));
}

// "the president" → "president"; "SK는" (left over) → "SK".
std::string CleanSpeaker(std::string s) {
  s = TrimQuestion(s);
  for (std::string_view article : {"the ", "The ", "a ", "an "}) {
    if (s.compare(0, article.size(), article) == 0) s.erase(0, article.size());
  }
  return s;
}

// "옴니버스에" → "옴니버스"; "골든벨 얘기" handled by the pattern; "GPUs" kept (the answerer tries singulars).
std::string CleanTopic(std::string s) {
  s = TrimQuestion(s);
  for (std::string_view article : {"the ", "The ", "a ", "an "}) {
    if (s.compare(0, article.size(), article) == 0) s.erase(0, article.size());
  }
  if (CodePointCount(s) > 2) {
    std::u32string topic = ToU32(s);
    if (const korean::Particle* p = korean::ParticleEnding(topic, korean::kQuestionTopic)) {
      s = ToUtf8(std::u32string_view(topic).substr(0, topic.size() - p->text.size()));
    }
  }
  return TrimQuestion(s);
}

// Whether `s` has a word every question pattern needs. Compiling the
// patterns costs a cold kosearch-query process about as much as its search,
// so ordinary queries are turned away before that. Keep in step with
// Patterns(): each pattern needs one of these.
bool MayBeQuestion(const std::string& s) {
  const std::string lower = AsciiLower(s);
  for (std::string_view cue : {"what", "how did", "who", "comment", "remark", "quote", "statement", "word", "view",
                               "opinion", "뭐라", "무엇이라", "무슨", "어떤", "어떻게", "발언", "언급", "코멘트",
                               "입장", "말", "얘기", "이야기"}) {
    if (lower.find(cue) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

Question ParseQuestion(std::string_view text) {
  Question q;
  if (CodePointCount(text) > kMaxQuestionChars || !IsValidUtf8(text)) return q;
  std::string s = TrimQuestion(Nfkc(text));
  // NFKC may lengthen it up to 18 times: the bound holds after it too.
  if (CodePointCount(s) > kMaxQuestionChars) return q;
  // Questions have no query syntax: a field or an operator means a query.
  if (s.find(':') != std::string::npos || s.find(" AND ") != std::string::npos || !MayBeQuestion(s)) return q;
  std::smatch m;
  for (const Pattern& p : Patterns()) {
    if (!std::regex_match(s, m, p.re)) continue;
    q.speaker = p.speaker ? CleanSpeaker(m[p.speaker].str()) : "";
    q.topic = p.topic ? CleanTopic(m[p.topic].str()) : "";
    if ((p.speaker && q.speaker.empty()) || (p.topic && q.topic.empty())) continue;
    q.is_question = true;
    return q;
  }
  return q;
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
  return part("speaker", speaker, speaker_expansions) + part("topic", topic, topic_expansions) +
         std::to_string(quote_count) + (quote_count == 1 ? " quote" : " quotes");
}

}  // namespace kosearch
