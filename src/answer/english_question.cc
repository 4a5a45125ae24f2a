// English question grammar (see question_grammar.h):
//   WH AUX SPEAKER VERB [PREP] REST          what did X say about Y, how did X react to Y
//   WHO VERB REST                            who called Y a Z, who warned that …
//   according to SPEAKER, CLAUSE             according to the minister, when will rates fall
//   CLAUSE, WH-QUESTION                      when it awarded the prize, what did X say
//   SPEAKER's NOUN PREP REST, NOUN from SPEAKER [PREP REST]
//   keyword shapes ("X on Y", "X comments"): english_keyword_question.cc
// Its word tables: english_question_words.cc.
// REST is split into a topic and an event (after, when, during …).
#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <set>

#include "answer/english_question_words.h"
#include "answer/question_grammar.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

using english_words::Auxiliaries;
using english_words::CleanSpeaker;
using english_words::ClauseModals;
using english_words::EndsWith;
using english_words::EventWords;
using english_words::Has;
using english_words::IsAspectWord;
using english_words::Lower;
using english_words::QuestionWords;
using english_words::SpeechVerbs;
using english_words::SplitRest;
using english_words::StatementNouns;
using english_words::TopicPrepositions;
using Words = std::vector<std::string>;

// A speech verb in the present's third person: "says", "expects", "criticizes".
bool IsSpeechVerbS(const std::string& word) {
  const std::string w = Lower(word);
  if (w.size() > 3 && EndsWith(w, "s") && SpeechVerbs().count(w.substr(0, w.size() - 1))) return true;
  return w.size() > 4 && EndsWith(w, "es") && SpeechVerbs().count(w.substr(0, w.size() - 2));
}

// A speech verb in -ing ("saying", "arguing"). Also a noun or adjective
// ("ruling", "warning"): only where a verb must stand ("are … saying",
// "keep saying").
bool IsSpeechGerund(const std::string& word) {
  const std::string w = Lower(word);
  if (w.size() >= 6 && EndsWith(w, "ing")) {
    const std::string stem = w.substr(0, w.size() - 3);
    return SpeechVerbs().count(stem) || SpeechVerbs().count(stem + "e");
  }
  return false;
}

// "What message did X post", "what advice did X give": the noun after the
// question word is what was said, no topic. "What fuel-economy target did X
// announce": up to three such words; those that are no noun of speech are
// what it is about (`asked_topic`). Takes them out of `w`; false when none.
bool TakeAskedWords(Words* w, std::string* asked_topic) {
  constexpr size_t kLongestAskedNoun = 3;
  if (Lower((*w)[0]) != "what" || Has(Auxiliaries(), (*w)[1])) return false;
  size_t aux = 1;
  while (aux < w->size() && aux <= kLongestAskedNoun && std::islower(static_cast<unsigned char>((*w)[aux][0])) && !Has(Auxiliaries(), (*w)[aux])) ++aux;
  if (aux == 1 || aux + 2 >= w->size() || !Has(Auxiliaries(), (*w)[aux])) return false;
  for (size_t i = 1; i < aux; ++i) {
    if (!Has(StatementNouns(), (*w)[i])) *asked_topic += (asked_topic->empty() ? "" : " ") + (*w)[i];
  }
  w->erase(w->begin() + 1, w->begin() + static_cast<std::ptrdiff_t>(aux));
  return true;
}

// The speech verb of WH AUX SPEAKER VERB: the first written in lower case
// ("What did the Washington Post report": Post is part of the name), else
// the first; w.size() when none. A verb in -ing only after a form of "be" or
// "keep" ("what are residents saying", "what does X keep saying": "the
// ruling party" has none); after "be", a bare speech word is a noun ("what
// was X's view"): the verb is in -ing or -ed there.
size_t SpeechVerbIndex(const Words& w) {
  const bool progressive = Has({"is", "are", "was", "were"}, w[1]);
  const auto is_verb = [&](size_t i) {
    // "the state news agency", "North Korea's state media", "its report": a
    // speech word after a determiner or a possessor is a noun, of the speaker
    // or the thing said, never the verb.
    const bool determiner = std::islower(static_cast<unsigned char>(w[i - 1][0])) && Has({"the", "a", "an", "its", "their"}, w[i - 1]);
    if (determiner || EndsWith(w[i - 1], "'s") || EndsWith(w[i - 1], "’s")) return false;
    if (progressive) return IsSpeechGerund(w[i]) || (Has(SpeechVerbs(), w[i]) && EndsWith(Lower(w[i]), "ed"));
    return Has(SpeechVerbs(), w[i]) || (IsAspectWord(w[i - 1]) && IsSpeechGerund(w[i]));
  };
  for (size_t i = 3; i < w.size(); ++i) {
    if (is_verb(i) && !std::isupper(static_cast<unsigned char>(w[i][0]))) return i;
  }
  for (size_t i = 3; i < w.size(); ++i) {
    if (is_verb(i)) return i;
  }
  return w.size();
}

// "What does Hong Jun-hwa want to turn his company into", "Why did Lee
// Min-ho leave the show", "What instruction did coach Kim give the
// players": a name (capitalized words, after up to two lower-case words of
// role: "coach", "the manager") and any verb after it; the verb and what
// follows are the topic (what was asked for, "instruction", was said: the
// verb says nothing more then).
bool NameAndAnyVerb(const Words& w, bool asked_noun, Question* q) {
  constexpr size_t kLongestRoleBeforeName = 2;
  size_t name_first = 2;
  while (name_first < w.size() && name_first - 2 < kLongestRoleBeforeName && std::islower(static_cast<unsigned char>(w[name_first][0])) &&
         !IsEnglishFunctionWord(w[name_first])) {
    ++name_first;
  }
  if (name_first < w.size() && Lower(w[name_first]) == "the" && name_first == 2) ++name_first;
  if (name_first >= w.size() || !std::isupper(static_cast<unsigned char>(w[name_first][0]))) name_first = 2;
  size_t name_end = name_first;
  while (name_end < w.size() && std::isupper(static_cast<unsigned char>(w[name_end][0]))) ++name_end;
  // A possessive name ("What was Jun Byung-hun's view") is the statement question's.
  const bool possessive = name_end > name_first && (EndsWith(w[name_end - 1], "'s") || EndsWith(w[name_end - 1], "’s"));
  const bool long_enough = !possessive && (name_end >= 4 || (asked_noun && name_end > name_first));
  if (!long_enough || name_end + 1 >= w.size() || !std::islower(static_cast<unsigned char>(w[name_end][0])) || Has(Auxiliaries(), w[name_end])) return false;
  q->speaker = CleanSpeaker(JoinWords(w, 2, name_end));
  SplitRest(w, asked_noun ? name_end + 1 : name_end, q);
  return !q->speaker.empty() && (asked_noun || !q->topic.empty());
}

// Where the topic starts after verb `v`: after whom one told or asked
// ("tell Jiji Press about the explosions", "ask reporters about Y": the
// addressee of up to four words before "about" is no topic).
size_t AfterAddressee(const Words& w, size_t v) {
  constexpr size_t kLongestAddressee = 4;
  if (!Has({"tell", "told", "ask", "asked", "inform", "informed", "brief", "briefed", "assure", "assured"}, w[v])) return v + 1;
  for (size_t p = v + 2; p < w.size() && p <= v + 1 + kLongestAddressee; ++p) {
    if (Has({"about", "regarding", "concerning"}, w[p])) return p;
  }
  return v + 1;
}

// WH AUX SPEAKER VERB REST once the asked words are out.
bool WhAuxQuestion(const Words& w, const std::string& wh, bool asked_noun, Question* q) {
  if (w.size() < 4 || !Has(Auxiliaries(), w[1])) return false;
  const size_t v = SpeechVerbIndex(w);
  // "How did the candidate hit back when a rival raised the pledge": an
  // event word before the speech verb ends the question's own clause there;
  // its verb (any verb, with its particle) stands right before the event,
  // and a speech word after it, verb or noun ("the pledge"), is the event's.
  size_t said = v;
  for (size_t i = 3; said == w.size() && i < w.size(); ++i) {
    if (Has(SpeechVerbs(), w[i])) said = i;
  }
  for (size_t e = 4; said < w.size() && e < said; ++e) {
    if (!Has(EventWords(), w[e])) continue;
    size_t verb = e - 1;
    if (verb > 3 && Has({"back", "up", "out", "off", "down", "in"}, w[verb])) --verb;
    if (!std::islower(static_cast<unsigned char>(w[verb][0]))) break;
    q->speaker = CleanSpeaker(JoinWords(w, 2, verb));
    SplitRest(w, e, q);
    return !q->speaker.empty();
  }
  if (v < w.size()) {
    // "what did X have to say", "what has X got to say": the verb is "say".
    size_t speaker_end = v;
    if (speaker_end >= 4 && Lower(w[speaker_end - 1]) == "to" && (Lower(w[speaker_end - 2]) == "have" || Lower(w[speaker_end - 2]) == "got")) speaker_end -= 2;
    q->speaker = CleanSpeaker(JoinWords(w, 2, speaker_end));
    SplitRest(w, AfterAddressee(w, v), q);
    return !q->speaker.empty();
  }
  return wh != "where" && wh != "when" && NameAndAnyVerb(w, asked_noun, q);
}

// WH AUX SPEAKER VERB REST: "what did X say about Y", "how did X react to Y".
bool WhQuestion(const Words& given, Question* q) {
  const std::string wh = Lower(given[0]);
  if (wh != "what" && wh != "how" && wh != "why" && wh != "when" && wh != "where") return false;
  Words w = given;
  std::string asked_topic;
  const bool asked_noun = TakeAskedWords(&w, &asked_topic);
  if (!WhAuxQuestion(w, wh, asked_noun, q)) return false;
  // The asked words go before the topic found after the verb.
  if (!asked_topic.empty()) q->topic = q->topic.empty() ? asked_topic : asked_topic + " " + q->topic;
  return true;
}

// "what was X's reaction to Y", "X's comments on Y", "what was X's election
// slogan", "comments from X about Y".
bool StatementQuestion(const Words& w, Question* q) {
  size_t first = 0;
  if (w.size() > 2 && Lower(w[0]) == "what" && (Lower(w[1]) == "was" || Lower(w[1]) == "were" || Lower(w[1]) == "are" || Lower(w[1]) == "is")) first = 2;
  for (size_t i = first; i < w.size(); ++i) {
    if (!Has(StatementNouns(), w[i])) continue;
    if (i > first) {  // SPEAKER's [WORDS] NOUN [PREP REST]: the words between are topic
      for (size_t o = i; o-- > first;) {
        for (std::string_view s : {"'s", "’s", "'"}) {
          const std::string& owner = w[o];
          if (owner.size() <= s.size() || owner.compare(owner.size() - s.size(), s.size(), s) != 0) continue;
          Words name(w.begin() + static_cast<std::ptrdiff_t>(first), w.begin() + static_cast<std::ptrdiff_t>(o) + 1);
          name.back().erase(name.back().size() - s.size());
          q->speaker = CleanSpeaker(JoinWords(name, 0, name.size()));
          SplitRest(w, i + 1, q);
          if (o + 1 < i) {
            const std::string between = JoinWords(w, o + 1, i);
            q->topic = q->topic.empty() ? between : between + " " + q->topic;
          }
          return !q->speaker.empty();
        }
      }
      return false;
    }
    if (i + 1 < w.size() && (Lower(w[i + 1]) == "from" || Lower(w[i + 1]) == "by")) {
      size_t end = i + 2;
      while (end < w.size() && !Has(TopicPrepositions(), w[end]) && !Has(EventWords(), w[end])) ++end;
      q->speaker = CleanSpeaker(JoinWords(w, i + 2, end));
      SplitRest(w, end, q);
      return !q->speaker.empty();
    }
    return false;
  }
  return false;
}

// WHO VERB REST: "who said Y", "who called Y a Z", "which official warned …",
// "who is saying Y". The words describing a which-question's speaker
// ("which chef") are kept apart (`described`) and scored with the topic, as
// in Korean ("…라고 말한 셰프는").
bool WhoQuestion(const Words& w, Question* q) {
  size_t verb = 1;
  const std::string first = Lower(w[0]);
  std::string described;
  if (first == "which" || (first == "what" && !Has(Auxiliaries(), w[1]))) {
    // "which official", "which news outlet": up to three words before the verb.
    verb = 2;
    const auto is_verb = [&](size_t i) { return Has(SpeechVerbs(), w[i]) || IsSpeechVerbS(w[i]); };
    while (verb < w.size() && verb < 5 && !is_verb(verb)) ++verb;
    if (verb >= w.size() || !is_verb(verb)) return false;
    described = JoinWords(w, 1, verb);
  } else if (first == "whose" && w.size() > 3 && Has(StatementNouns(), w[1])) {
    // "whose words were 'will kill you'": the rest is what was said.
    verb = 2;
  } else if (first != "who" && first != "who's" && first != "whom") {
    return false;
  }
  if (verb >= w.size()) return false;
  const std::string v = Lower(w[verb]);
  const auto next_is = [&](size_t k, std::initializer_list<const char*> words) {
    return verb + k < w.size() && std::any_of(words.begin(), words.end(), [&](const char* x) { return Lower(w[verb + k]) == x; });
  };
  if ((v == "is" || v == "was") && (next_is(1, {"quoted"}) || (verb + 1 < w.size() && IsSpeechGerund(w[verb + 1])))) {
    ++verb;  // "who is quoted as saying …", "who is saying …"
  } else if ((v == "is" || v == "was") && next_is(1, {"it"}) && next_is(2, {"that", "who"}) && verb + 3 < w.size()) {
    verb += 3;  // "who was it that said …"
  } else if (first == "whose") {
    if (v == "was" || v == "were" || v == "is" || v == "are") ++verb;
    q->asks_who = true;
    SplitRest(w, verb, q);
    return !q->topic.empty();
  } else if (v == "is" || v == "are" || v == "were" || v == "will" || v == "can" || v == "should") {
    return false;  // "who is the president": not about what was said
  } else if (v == "was" || v == "has" || v == "had" || v == "did") {
    if (verb + 1 >= w.size()) return false;
    ++verb;
  }
  size_t rest = verb + (Has(SpeechVerbs(), w[verb]) || IsSpeechVerbS(w[verb]) || IsSpeechGerund(w[verb]) ? 1 : 0);
  if (rest < w.size() && (Lower(w[rest]) == "as" || Lower(w[rest]) == "that")) ++rest;
  if (rest < w.size() && Lower(w[rest]) == "saying") ++rest;
  q->asks_who = true;
  SplitRest(w, rest, q);
  q->described = described;
  return !q->topic.empty() || !q->event.empty();
}

// "According to SPEAKER, CLAUSE" or "CLAUSE, according to SPEAKER".
bool AccordingTo(const Words& w, Question* q) {
  for (size_t i = 0; i + 2 < w.size(); ++i) {
    if (Lower(w[i]) != "according" || Lower(w[i + 1]) != "to") continue;
    size_t end = i + 2;
    while (end < w.size() && w[end].back() != ',') ++end;
    end = std::min(end + 1, w.size());
    q->speaker = CleanSpeaker(JoinWords(w, i + 2, end));
    Words rest(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(i));
    rest.insert(rest.end(), w.begin() + static_cast<std::ptrdiff_t>(end), w.end());
    // "According to the Daily Star, what did X say to Y": the source reports
    // a question with a speaker and a verb of speech of its own; that
    // speaker is asked about ("what kind of connection did X form" is the
    // source's claim: the source stays the speaker).
    const bool speaks = std::any_of(rest.begin(), rest.end(), [](const std::string& x) { return Has(SpeechVerbs(), x); });
    if (Question inner; i == 0 && speaks && WhQuestion(rest, &inner) && !inner.speaker.empty()) {
      *q = inner;
      return true;
    }
    // The clause asked about, without its question words ("when will rates fall").
    size_t first = 0;
    while (first < rest.size() && (Has(QuestionWords(), rest[first]) ||
                                   Has(Auxiliaries(), rest[first]) || Has(ClauseModals(), rest[first]))) {
      ++first;
    }
    SplitRest(rest, first, q);
    return !q->speaker.empty() && !q->topic.empty();
  }
  return false;
}

bool ParseWords(const Words& w, Question* q) {
  if (w.size() < 2) return false;
  return WhQuestion(w, q) || WhoQuestion(w, q) || StatementQuestion(w, q) || ReadEnglishKeywordShapes(w, q);
}

}  // namespace

bool ParseEnglishQuestion(const std::string& text, Question* q) {
  Words w = SplitSpaces(text);
  if (w.size() < 2) return false;
  if (AccordingTo(w, q)) return true;
  if (ParseWords(w, q)) return true;
  // "When it awarded the prize, what did X say about Y": a leading clause is the event.
  for (size_t i = 1; i + 2 < w.size(); ++i) {
    if (w[i - 1].back() != ',') continue;
    Question inner;
    if (!ParseWords(Words(w.begin() + static_cast<std::ptrdiff_t>(i), w.end()), &inner)) continue;
    std::string lead = JoinWords(w, 0, i);
    lead.pop_back();
    inner.event = inner.event.empty() ? lead : lead + " " + inner.event;
    *q = inner;
    return true;
  }
  *q = Question{};
  return false;
}

}  // namespace kosearch
