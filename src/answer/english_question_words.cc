// The English readers' shared words and pieces (see english_question_words.h)
// and the word predicates question_grammar.h declares.
#include "answer/english_question_words.h"

#include <cctype>

#include "answer/question_grammar.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace english_words {

using Words = std::vector<std::string>;

const std::set<std::string>& SpeechVerbs() {
  static const std::set<std::string> verbs = {
      "say", "said", "says", "tell", "told", "post", "posted", "report", "reported", "write", "wrote", "written",
      "conclude", "concluded", "rule", "ruled", "ask", "asked", "reply", "replied", "think", "thought", "claim",
      "claimed", "warn", "warned", "announce", "announced", "state", "stated", "explain", "explained", "add", "added",
      "answer", "answered", "respond", "responded", "suggest", "suggested", "demand", "demanded", "propose",
      "proposed", "describe", "described", "characterize", "characterise", "characterized", "call", "called", "see",
      "view", "react", "reacted", "comment", "commented", "mean", "meant", "predict", "predicted", "argue", "argued",
      "urge", "urged", "promise", "promised", "insist", "insisted", "admit", "admitted", "deny", "denied",
      "criticize", "criticise", "criticized", "praise", "praised", "blame", "blamed", "tweet", "tweeted", "reveal",
      "revealed", "note", "noted", "stress", "stressed", "emphasize", "emphasized", "hope", "hoped", "expect",
      "expected", "feel", "felt", "share", "shared", "confirm", "confirmed", "pledge", "pledged", "vow", "vowed",
      "advise", "advised", "recommend", "recommended", "declare", "declared", "acknowledge", "acknowledged",
      "express", "expressed", "assess", "assessed", "evaluate", "evaluated", "justify", "justified", "defend",
      "defended", "believe", "believed", "hail", "hailed", "apologize", "apologise", "apologized", "request",
      "requested", "talk", "talked", "speak", "spoke", "spoken", "mention", "mentioned", "discuss", "discussed",
      "accuse", "accused", "condemn", "condemned", "welcome", "welcomed", "dismiss", "dismissed", "reject",
      "rejected", "complain", "complained", "remark", "remarked", "recall", "recalled", "caution", "cautioned",
      "assure", "assured", "inform", "informed", "brief", "briefed", "label", "labeled", "labelled", "dub", "dubbed",
      "compare", "compared", "liken", "likened", "criticised", "emphasised", "characterised", "apologised", "explain",
      "publish", "published", "find", "found", "decide", "decided", "order", "ordered", "counter", "countered",
      "quote", "quoted", "text", "texted", "joke", "joked", "tease", "teased", "boast", "boasted", "confess",
      "confessed", "mock", "mocked", "slam", "slammed", "blast", "blasted", "assert", "asserted", "reiterate",
      "reiterated", "clarify", "clarified", "lament", "lamented", "recount", "recounted", "reassure", "reassured",
      "plead", "pleaded", "vent", "vented", "question", "questioned", "threaten", "threatened", "forecast",
      "forecasted", "estimate", "estimated", "project", "projected", "assert", "asserts", "claims", "warns"};
  return verbs;
}

const std::set<std::string>& Auxiliaries() {
  static const std::set<std::string> aux = {"did", "does", "do", "has", "have", "had", "would", "will", "could", "was", "is",
                                            "are", "were"};
  return aux;
}

// Words that begin the event of a question ("after her re-election").
const std::set<std::string>& EventWords() {
  static const std::set<std::string> words = {"after", "before", "when", "while", "during", "following", "amid",
                                             "upon", "once", "since", "ahead"};
  return words;
}

// Prepositions between a verb and its topic ("say about", "react to").
const std::set<std::string>& TopicPrepositions() {
  static const std::set<std::string> words = {"about", "on", "regarding", "concerning", "over", "of", "to", "at", "with", "for", "in"};
  return words;
}

// Prepositions that make "SPEAKER on TOPIC" a headline's question (never
// "of", "at": they join a speaker's words, "Kim of Sistar").
const std::set<std::string>& HeadlinePrepositions() {
  static const std::set<std::string> words = {"on", "about", "over"};
  return words;
}

// Words that open a question's own clause ("when will rates fall", "what fines …").
const std::set<std::string>& QuestionWords() {
  static const std::set<std::string> words = {"what", "when", "why", "how", "where", "who", "which"};
  return words;
}

const std::set<std::string>& StatementNouns() {
  static const std::set<std::string> words = {"comment", "comments", "remark", "remarks", "quote", "quotes",
                                             "statement", "statements", "words", "view", "views", "opinion",
                                             "opinions", "reaction", "response", "position", "stance",
                                             // what one orders, aims at, threatens or promises
                                             "instruction", "instructions", "slogan", "goal", "goals", "threat",
                                             "threats", "message", "advice", "warning", "warnings", "promise",
                                             "plan", "plans", "claim", "claims", "criticism", "explanation",
                                             "assessment", "verdict", "thoughts", "prediction", "demand",
                                             "demands", "appeal", "pledge", "answer", "reply",
                                             // what one confided or gave an interview on
                                             "confession", "interview"};
  return words;
}

// "says" and "comment" are SpeechVerbs too; the rest are a headline's own forms.
const std::set<std::string>& HeadlineVerbs() {
  static const std::set<std::string> words = {"comments", "comment", "says", "speaks", "talks", "reflects", "remarks", "weighs"};
  return words;
}

const std::set<std::string>& SpeakerJoiners() {
  static const std::set<std::string> words = {"of", "the", "at"};
  return words;
}

// Auxiliaries() holds "would", "is", "are" already.
const std::set<std::string>& ClauseModals() {
  static const std::set<std::string> words = {"should", "can"};
  return words;
}

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string Lower(const std::string& w) {
  std::string s = AsciiLower(w);
  while (!s.empty() && (s.back() == ',' || s.back() == ';')) s.pop_back();
  return s;
}

bool Has(const std::set<std::string>& set, const std::string& word) { return set.count(Lower(word)) > 0; }

// Words between a speaker and the verb that belong to neither: "X keeps
// saying", "X first said", "X repeatedly warned".
bool IsAspectWord(const std::string& word) {
  return Has({"keep", "keeps", "kept", "continue", "continues", "continued", "first", "later", "again", "also",
              "then", "still", "ever", "once", "recently", "actually", "reportedly", "publicly", "repeatedly",
              "initially", "originally", "finally", "just"},
             word);
}

// "the UN chief" → "UN chief"; "Iran initially" → "Iran" (an adverb before the verb).
std::string CleanSpeaker(std::string s) {
  while (!s.empty() && (s.back() == ',' || s.back() == ' ')) s.pop_back();
  // "Bin Sun-ok, head of the city's union": the words after a comma describe
  // the name before it.
  if (const size_t comma = s.find(", "); comma != std::string::npos && comma > 0) s.erase(comma);
  // "An Hee-jung": a capitalised An or A may be a name; "The" is not.
  for (std::string_view article : {"the ", "The ", "a ", "an "}) {
    if (s.compare(0, article.size(), article) == 0) s.erase(0, article.size());
  }
  Words w = SplitSpaces(s);
  while (w.size() > 1 && ((w.back().size() > 4 && EndsWith(w.back(), "ly") && std::islower(static_cast<unsigned char>(w.back()[0]))) ||
                          IsAspectWord(w.back()))) {
    w.pop_back();
  }
  return JoinWords(w, 0, w.size());
}

// Topic and event from the words after the verb: a preposition right after
// the verb is dropped; the event runs from an event word to the end.
void SplitRest(const Words& w, size_t first, Question* q) {
  if (first < w.size() && Has(TopicPrepositions(), w[first])) ++first;
  size_t event = w.size();
  for (size_t i = first; i < w.size(); ++i) {
    if (Has(EventWords(), w[i]) && i + 1 < w.size()) { event = i; break; }
  }
  q->topic = JoinWords(w, first, event);
  q->event = JoinWords(w, event, w.size());
  for (std::string* s : {&q->topic, &q->event}) {
    while (!s->empty() && (s->back() == ',' || s->back() == ' ')) s->pop_back();
  }
}

}  // namespace english_words

namespace ew = english_words;

bool IsEnglishSpeechVerb(const std::string& word) { return ew::Has(ew::SpeechVerbs(), word); }
bool IsEnglishStatementNoun(const std::string& word) { return ew::Has(ew::StatementNouns(), word); }

bool IsEnglishHeadlinePreposition(const std::string& word) { return ew::Has(ew::HeadlinePrepositions(), word); }
bool IsEnglishTopicPreposition(const std::string& word) { return ew::Has(ew::TopicPrepositions(), word); }
bool IsEnglishQuestionOpener(const std::string& word) { return ew::Has(ew::QuestionWords(), word) || ew::Has(ew::Auxiliaries(), word); }

bool IsEnglishFunctionWord(const std::string& word) {
  static const std::set<std::string> kWords = {
      "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "about", "by", "from", "as", "into", "over",
      "his", "her", "its", "their", "our", "your", "my", "it", "he", "she", "they", "we", "you", "i", "him", "them",
      "us", "me", "was", "were", "is", "are", "be", "been", "being", "that", "this", "these", "those", "and", "or",
      "but", "what", "when", "how", "why", "who", "whom", "which", "where", "would", "could", "should", "will", "can",
      "may", "might", "must", "had", "has", "have", "did", "do", "does", "whether", "there", "then", "than", "so",
      "such", "very", "also", "not", "no", "if", "after", "before", "during", "while", "up", "out", "just", "own",
      "each", "any", "all", "some", "said", "say", "says", "told", "tell", "called", "call"};
  return kWords.count(AsciiLower(word)) > 0;
}

}  // namespace kosearch
