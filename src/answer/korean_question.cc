// Korean question grammar (see question_grammar.h). Korean puts the verb
// last, so a question is read from its end:
//   what-questions  … SPEAKER-은/는/이/가 … (뭐라고|어떻게|왜|어떤 N을|무슨 N을) VERB
//                   X의 Y (관련) 발언, X가 Y에 대해 한 말
//   who-questions   … V-ㄴ (사람|곳|건|…)은 (누구|어디)…?   누가 … VERB
// Before the speaker and between it and the question word are the event
// (a clause ending in -면서, -자, -고, 뒤, 후, 때, 당시, …에서) and the topic
// (its markers 에 대해, 을 두고, 관련 are dropped). A headline's comma may
// close the subject ("X 의원, … 한 말"), and a question word may close a
// noun of speech ("X가 한 말은 무엇인가요").
#include <algorithm>
#include <optional>
#include <string_view>

#include "answer/korean_question_parts.h"
#include "answer/korean_question_words.h"
#include "answer/question_grammar.h"
#include "extract/speaker_words.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace korean_grammar {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
bool StartsWith(std::string_view s, std::string_view prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

bool IsOneOf(std::string_view s, words::Table table) { return std::find(table.begin(), table.end(), s) != table.end(); }

// The final consonant of the last syllable (FinalConsonantIndex), -1 when it is no Hangul syllable.
int FinalConsonant(std::string_view word) {
  const std::u32string cps = ToU32(word);
  return cps.empty() ? -1 : FinalConsonantIndex(cps.back());
}

size_t Syllables(std::string_view word) { return ToU32(word).size(); }

// Question words of a what-question ("뭐라고 했나", "어떻게 평가했나").
bool IsWhatWord(const std::string& w) {
  if (IsOneOf(w, words::WhatWords())) return true;
  return StartsWith(w, "뭐라") || StartsWith(w, "뭐래") || StartsWith(w, "무엇이라");
}

// Topic markers, dropped from the topic ("보령호 수질 문제를 두고").
bool IsTopicMarker(const std::string& w) { return IsOneOf(w, words::TopicMarkers()); }

// Words that end a clause of circumstance: the event ("후보직을 사퇴하면서",
// "소식을 듣고", "별세 후", "지진 때", "기자회견에서").
bool EndsEvent(const std::string& w) {
  if (IsOneOf(w, words::EventWords())) return true;
  if (IsTopicMarker(w)) return false;
  // -고 after a verb stem ("소식을 듣고", "상륙을 앞두고"); nouns end in 고 too (사고, 광고).
  return EndsWithAny(w, words::EventEndings()) || (Syllables(w) >= 2 && EndsWithAny(w, words::VerbGoEndings()));
}

// A word that cannot be part of a speaker's name phrase: a clause ending,
// an object or adverbial particle, an adnominal verb ("주도한").
bool EndsClause(const std::string& w) {
  return EndsEvent(w) || EndsWithAny(w, words::ClauseEndings()) || IsTopicMarker(w);
}

// `w` without a subject or topic particle, or "" when it has none.
std::string WithoutSubjectParticle(const std::string& w, bool topic_only) {
  for (std::string_view p : words::HonorificSubjectParticles()) {
    if (EndsWith(w, p) && w.size() > p.size()) return w.substr(0, w.size() - p.size());
  }
  // 은/이 follow a final consonant, 는/가 a vowel (대통령은, 정부는).
  auto strip = [&](std::string_view p) -> std::string {
    if (!EndsWith(w, p) || Syllables(w) < 2) return "";
    std::string stem = w.substr(0, w.size() - p.size());
    return korean::ParticleAgrees(ToU32(stem), ToU32(p)) ? stem : "";
  };
  if (EndsWithAny(w, words::NotSubjectEndings())) return "";
  if (w == "건" || w == "것은") return "";
  std::string s = strip("은");
  if (s.empty()) s = strip("는");
  if (s.empty() && !topic_only) s = strip("이");
  if (s.empty() && !topic_only) s = strip("가");
  return s;
}

// A topic word without the particle its marker governs ("문제를" before 두고, "승리에" before 대해).
std::string TopicWord(const std::string& w) {
  for (std::string_view p : words::TopicWordParticles()) {
    if (EndsWith(w, p) && Syllables(w) > Syllables(p) + 1) return w.substr(0, w.size() - p.size());
  }
  return w;
}

// Words [first, last) as a topic: markers dropped, the word before a marker without its particle.
std::string TopicText(const Words& w, size_t first, size_t last) {
  Words out;
  for (size_t i = first; i < last; ++i) {
    if (IsTopicMarker(w[i])) continue;
    out.push_back(i + 1 < last && IsTopicMarker(w[i + 1]) ? TopicWord(w[i]) : w[i]);
  }
  return JoinWords(out, 0, out.size());
}

// Splits words [first, last) into event (up to the last word ending one) and topic.
void EventAndTopic(const Words& w, size_t first, size_t last, Question* q) {
  size_t event_end = first;
  for (size_t i = first; i < last; ++i) {
    if (EndsEvent(w[i])) event_end = i + 1;
  }
  std::string event = JoinWords(w, first, event_end);
  if (!event.empty()) q->event = q->event.empty() ? event : q->event + " " + event;
  std::string topic = TopicText(w, event_end, last);
  if (!topic.empty()) q->topic = q->topic.empty() ? topic : q->topic + " " + topic;
}

// A word ending in an adnominal -ㄴ/-던 ("말한", "부른", "밝힌", "했던").
bool IsAdnominal(const std::string& w) { return FinalConsonant(w) == kFinalNieun || EndsWith(w, "던"); }

// A noun of speech, whole, with its particle or none ("농담을", "발언에서"): the lexicon's table.
bool IsSpeechNounWord(const std::string& w) { return korean::StartsWithSpeechNoun(ToU32(w)); }

// Whether words speak of speech, so that a question is about what someone
// said and not a plain question of fact ("홍수를 피한 사람은 누구인가" is
// not; "…라고 말한 사람은", "어떻게 평가했나", "입장은" are): a quoting
// ending, a verb of saying, or a noun of speech.
bool SpeaksOfSpeech(const Words& words) {
  for (const std::string& w : words) {
    if (w.find('"') != std::string::npos || w.find('\'') != std::string::npos || w.find("“") != std::string::npos ||
        w.find("‘") != std::string::npos) {
      return true;
    }
    if (EndsWithAny(w, question_words::QuotingEndings()) || StartsWithAny(w, question_words::SayingStems())) return true;
    if (IsSpeechNounWord(w)) return true;
  }
  return false;
}

// A verb in the past tense ("했나", "밝혔어", "말했습니까").
bool InPast(const std::string& verb) {
  const words::Table markers = words::PastMarkers();
  if (std::any_of(markers.begin(), markers.end(), [&](std::string_view m) { return verb.find(m) != std::string::npos; })) return true;
  // The past ending -ㅆ in any syllable ("썼나", "봤어", "냈나").
  constexpr char32_t kFinalSsangSios = 20;
  for (char32_t c : ToU32(verb)) {
    if (IsHangulSyllable(c) && (c - 0xAC00) % 28 == kFinalSsangSios) return true;
  }
  return false;
}

// The topic of a who-question: the words before its verb, the last without
// its quoting ending ("…라고", "…다고", "…며") or its noun of speech
// ("골든벨 얘기를 한 사람은").
std::string WhoTopic(Words words) {
  if (words.size() > 1 && IsOneOf(words.back(), question_words::TalkObjects())) words.pop_back();
  if (!words.empty()) {
    std::string& last = words.back();
    for (std::string_view e : question_words::WhoQuotingEndings()) {
      if (EndsWith(last, e)) { last.erase(last.size() - e.size()); break; }
    }
    if (last.empty()) words.pop_back();
  }
  return TopicText(words, 0, words.size());
}

// A verb's adnominal form ("말한", "않은", "했던", "부른"), told from a
// noun ending in ㄴ ("일본", "의원") by its ending.
bool IsVerbAdnominal(const std::string& w) { return IsAdnominal(w) && EndsWithAny(w, words::VerbAdnominalEndings()); }

// A head of several words ends in a word for who speaks: a title (의원,
// 감독), an organization's head noun (신문, 통신) or a who-question's head
// noun; "배역의 이름은", "구조의 규모는" ask for a fact.
bool NamesSpeaker(const std::string& last) {
  std::string bare = WithoutSubjectParticle(last, true);
  if (bare.empty()) bare = WithoutSubjectParticle(last, false);  // "…한 출판사 대표가 누구죠"
  if (bare.empty()) bare = last;
  const std::u32string u = ToU32(bare);
  return korean::IsTitleWord(u) || korean::IsOrganizationHead(u) || IsOneOf(bare, words::WhoHeadNouns());
}

// NamesSpeaker, or a word the extractor reads as a speaking subject: an
// unnamed role ("관계자"), an official, people at large ("시민").
bool SpeaksAsSubject(const std::string& w) { return NamesSpeaker(w) || EndsInSpeakingNoun(ToU32(w)); }

// "말은", "발언들은", "글귀": a noun of what was said (never a who-noun), particles off.
bool IsStatementNoun(std::string word) {
  for (std::string_view p : words::StatementPluralEndings()) {
    if (EndsWith(word, p) && Syllables(word) > Syllables(p)) {
      word.erase(word.size() - p.size());
      break;
    }
  }
  return IsOneOf(word, words::StatementNouns()) && !IsOneOf(word, words::WhoHeadNouns());
}

// After a verb of saying (`verb`, or a quoting ending or a noun of speech
// right before it: "…막겠다고 선언한", "농담을 던진"), words closing the
// question in 은/는 describe whoever said it ("해커 집단은", "축구 스타는"),
// unless they are a thing's ("배역의 이름은": a word in 의, a noun that
// never speaks).
bool DescribesSpeaker(const Words& w, size_t verb) {
  const std::string& last = w.back();
  if (!EndsWith(last, "은") && !EndsWith(last, "는")) return false;
  for (size_t i = verb + 1; i < w.size(); ++i) {
    if (EndsWith(w[i], "의") || EndsClause(w[i])) return false;
  }
  const std::string bare = WithoutSubjectParticle(last, true);
  if (bare.empty() || korean::IsNotSpeechNoun(ToU32(bare))) return false;
  return SpeaksOfSpeech(Words(w.begin() + static_cast<std::ptrdiff_t>(verb > 0 ? verb - 1 : verb), w.begin() + static_cast<std::ptrdiff_t>(verb) + 1));
}

// Where the head of a who-question starts: the word after its adnominal
// verb, one word ("말한 사람은") or a description of the speaker of up to
// three ("…라고 말한 캐나다 의원은", "…요구한 외국 신문은"); 0 when `w` ends
// in none.
size_t HeadStart(const Words& w) {
  constexpr size_t kLongestHead = 3;
  if (w.size() < 2) return 0;
  const bool names_speaker = NamesSpeaker(w.back());
  for (size_t j = w.size() - 1; j-- > 0 && w.size() - 1 - j <= kLongestHead;) {
    // A word in ㄴ after an object is a verb ("농담을 던진").
    if (IsVerbAdnominal(w[j]) || (IsAdnominal(w[j]) && j > 0 && EndsWithAny(w[j - 1], words::ObjectParticles()))) {
      if (j + 2 == w.size() || names_speaker || DescribesSpeaker(w, j)) return j + 1;
      break;
    }
    // A head naming who speaks may hold a noun in 과/와 ("소아청소년과 교수가"): the verb is further left.
    if (EndsClause(w[j]) && !names_speaker) break;
  }
  return IsAdnominal(w[w.size() - 2]) ? w.size() - 1 : 0;
}

// The head's words as a description of the speaker ("캐나다 의원"), or ""
// for a bare head noun ("사람은", "곳은", "건").
std::string Description(const Words& w, size_t first) {
  if (first + 1 == w.size() && (IsOneOf(w.back(), words::WhoHeadNouns()) || w.back() == "건")) return "";
  Words head(w.begin() + static_cast<std::ptrdiff_t>(first), w.end());
  std::string bare = WithoutSubjectParticle(head.back(), true);
  if (bare.empty()) bare = WithoutSubjectParticle(head.back(), false);  // "…한 교수가 누구예요"
  if (!bare.empty()) head.back() = bare;
  if (head.size() == 1 && IsOneOf(head.back(), words::WhoHeadNouns())) return "";
  return JoinWords(head, 0, head.size());
}

// "…라고 한 사람은 누구인가", "…고 신고한 건 누구야", "…라고 부른 사람은?",
// "…라고 말한 사람?", "…라고 말한 캐나다 의원은?", "누가 … 했나". A head
// that describes the speaker ("캐나다 의원") is kept apart (`described`) and
// scored with the topic: the quote's sentence names its speaker so.
bool WhoQuestion(const Words& words, bool speech_known, Question* q) {
  Words w = words;
  // "X가 … 사과하며 한 말은", "X가 남긴 글귀는": the head is what was said,
  // not who said it; the statement question reads it, speaker and all.
  if (IsStatementNoun(w.back()) && std::find(w.begin(), w.end(), "누가") == w.end()) return false;
  // The head ends the question with a particle ("사람은"), is a who-noun
  // ("사람"), or names who speaks without either ("…라고 밝힌 리버풀 감독").
  const bool head_last = w.size() >= 3 &&
                         (EndsWith(w.back(), "은") || EndsWith(w.back(), "는") || w.back() == "건" ||
                          IsOneOf(w.back(), words::WhoHeadNouns()) || NamesSpeaker(w.back())) &&
                         HeadStart(w) > 0;
  if (!w.empty() && (StartsWith(w.back(), "누구") || StartsWith(w.back(), "어디") || StartsWith(w.back(), "누군"))) {
    w.pop_back();
  } else if (!head_last && std::find(w.begin(), w.end(), "누가") != w.end()) {
    w.erase(std::find(w.begin(), w.end(), "누가"));
    if (!speech_known && !SpeaksOfSpeech(Words(w.end() - std::min<size_t>(w.size(), 3), w.end()))) return false;
    if (w.size() >= 2) w.pop_back();  // the verb
    q->asks_who = true;
    q->topic = WhoTopic(w);
    return !q->topic.empty();
  } else if (!head_last) {
    return false;
  }
  // HEAD (사람은, 곳은, 건, 캐나다 의원은) after an adnominal verb.
  if (w.size() < 2) return false;
  std::string described;
  if (const size_t head = HeadStart(w); head > 0) {
    described = Description(w, head);
    w.resize(head);  // up to the verb
  } else if (!IsAdnominal(w.back())) {
    return false;  // else "…라고 말한 누구": no head noun
  }
  // Speech is spoken of in the verb and the two words before it, or anywhere
  // by a noun of speech ("의회 발언에서 … 규정한 위원장은").
  const bool speech = speech_known || SpeaksOfSpeech(Words(w.end() - std::min<size_t>(w.size(), 3), w.end())) ||
                      SpeaksOfSpeech(Words(words.end() - std::min<size_t>(words.size(), 5), words.end())) ||
                      std::any_of(words.begin(), words.end(), IsSpeechNounWord);
  w.pop_back();
  q->asks_who = true;
  q->topic = WhoTopic(w);
  q->described = described;
  return !q->topic.empty() && speech;
}

// The speaker phrase ending at word s, extended left over name-like words.
size_t SpeakerStart(const Words& w, size_t s) {
  size_t start = s;
  // A word in -는 before the speaker is a verb's adnominal ("물러나는 원내대표"): a name phrase has none.
  while (start > 0 && s - start < 4 && !EndsClause(w[start - 1]) && !EndsWith(w[start - 1], "는")) --start;
  // A short adnominal verb ends the clause before the name ("챔피언에 오른
  // 김효선이", "해외진출을 맡은 에이전트는", "영상 올린 20대가"); a name is
  // seldom two syllables.
  for (size_t j = s; j-- > start;) {
    if (Syllables(w[j]) <= 2 && IsVerbAdnominal(w[j])) return j + 1;
  }
  return start;
}

// "공희정씨" → "공희정 씨": the honorific written onto a name is a title
// apart, as the resolver reads titles ("김민수 씨").
std::string TitleApart(std::string speaker) {
  const std::string_view ssi = "씨";
  const size_t last_word = speaker.rfind(' ') == std::string::npos ? 0 : speaker.rfind(' ') + 1;
  if (!EndsWith(speaker, ssi) || Syllables(std::string_view(speaker).substr(last_word)) < 3) return speaker;
  // Built anew, not by insert(): gcc 12 warns (-Wrestrict) falsely on an insert into itself.
  return speaker.substr(0, speaker.size() - ssi.size()) + " " + std::string(ssi);
}

// SPEAKER … WHAT-WORD VERB.
bool WhatQuestion(const Words& w, bool speech_known, Question* q) {
  size_t k = w.size();
  for (size_t i = 0; i < w.size(); ++i) {
    if (IsWhatWord(w[i])) k = i;
  }
  if (k == w.size() || k == 0 || k + 4 < w.size()) return false;
  // Four words after the question word only around a quoting ending ("어떻게 바꿀 거라고 했나").
  if (k + 4 == w.size() && !SpeaksOfSpeech(Words(w.end() - 2, w.end()))) return false;
  // "뭐라고 했나" asks what was said; "어떻게 …", "왜 …" only with a verb or noun of speech.
  // "무엇이라고 하는가" (what is it called) is a question of fact: the verb
  // after "뭐라고" must be in the past ("했나") or one of saying.
  // "뭐래" (뭐라고 해) holds its verb.
  const bool asks_words = ((StartsWith(w[k], "뭐라") || StartsWith(w[k], "무엇이라") || StartsWith(w[k], "무어라")) &&
                           k + 1 < w.size() && (InPast(w[k + 1]) || SpeaksOfSpeech(Words{w[k + 1]}))) ||
                          (StartsWith(w[k], "뭐래") && k + 1 == w.size());
  const Words after(w.begin() + static_cast<std::ptrdiff_t>(k) + 1, w.end());
  // After a question word, verbs news quotes by ("어떻게 분석했나", "뭐라고 썼나") speak of speech too.
  const bool reports = std::any_of(after.begin(), after.end(), [](const std::string& x) { return StartsWithAny(x, words::ReportingStems()); });
  if (!asks_words && !speech_known && !reports && !SpeaksOfSpeech(after)) return false;
  // The speaker: the first word with a topic particle (은/는), unless it
  // follows an object or a -고 clause: then it is a verb's adnominal
  // ("프레타를 떠나는 이유", "일을 마치고 돌아가는 위원장은"); a marker's
  // -서는 ("대해서는") is none either.
  size_t s = k;
  for (size_t i = 0; i < k && s == k; ++i) {
    const std::string stem = WithoutSubjectParticle(w[i], true);
    const bool after_verb_object = i > 0 && (EndsWithAny(w[i - 1], words::ObjectParticles()) ||
                                             (EndsWith(w[i - 1], "고") && !IsTopicMarker(w[i - 1])));
    if (!stem.empty() && !IsTopicMarker(stem) && !EndsWith(stem, "서") && !after_verb_object) s = i;
  }
  for (size_t i = 0; i < k && s == k; ++i) {
    if (!WithoutSubjectParticle(w[i], false).empty()) s = i;
  }
  // "손호준 뭐라고 했어": a speaker of a word or two right before the question word, without a particle.
  constexpr size_t kLongestBareSpeaker = 2;
  if (s == k && asks_words && k <= kLongestBareSpeaker &&
      std::none_of(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(k), EndsClause)) {
    q->speaker = JoinWords(w, 0, k);
    return true;
  }
  if (s == k) return false;
  size_t start = SpeakerStart(w, s);
  Words speaker(w.begin() + static_cast<std::ptrdiff_t>(start), w.begin() + static_cast<std::ptrdiff_t>(s));
  speaker.push_back(WithoutSubjectParticle(w[s], false));
  q->speaker = TitleApart(JoinWords(speaker, 0, speaker.size()));
  EventAndTopic(w, 0, start, q);  // before the speaker: "이란이 반발하자", "교통사고 대책에 대해"
  EventAndTopic(w, s + 1, k, q);
  // "누구의 허가가 필요하다고 했나": what it asks about follows the question word.
  if (w[k] == "누구의" && k + 2 < w.size()) q->topic += (q->topic.empty() ? "" : " ") + WhoTopic(Words(w.begin() + static_cast<std::ptrdiff_t>(k) + 1, w.end() - 1));
  return true;
}

// "X에 따르면 CLAUSE": the speaker before 따르면, the clause its topic.
bool AccordingTo(const Words& w, bool /*speech_known*/, Question* q) {
  for (size_t i = 1; i + 1 < w.size(); ++i) {
    if (!IsOneOf(w[i], words::AccordingToWords()) || !EndsWith(w[i - 1], "에") || Syllables(w[i - 1]) < 2) continue;
    const size_t start = SpeakerStart(w, i - 1);
    Words name(w.begin() + static_cast<std::ptrdiff_t>(start), w.begin() + static_cast<std::ptrdiff_t>(i) - 1);
    name.push_back(w[i - 1].substr(0, w[i - 1].size() - std::string_view("에").size()));
    q->speaker = TitleApart(JoinWords(name, 0, name.size()));
    Words rest(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(start));
    rest.insert(rest.end(), w.begin() + static_cast<std::ptrdiff_t>(i) + 1, w.end());
    // The clause's question word and what it asks ("…은", "무엇인가") say nothing of the topic.
    while (!rest.empty() && (IsWhatWord(rest.back()) || StartsWith(rest.back(), "무엇") || StartsWith(rest.back(), "뭐"))) rest.pop_back();
    EventAndTopic(rest, 0, rest.size(), q);
    return !q->topic.empty() || !q->event.empty();
  }
  return false;
}

// "신임 감독 X, Y 관련해서 뭐라고 했나", "X 의원, … 한 말": a name phrase
// of a few words closed by a comma at the start is the subject, as a
// headline writes it; `w` with the subject particle it leaves out, or
// nothing when the words before the comma are no bare name phrase.
std::optional<Words> WithCommaSubject(const Words& w, size_t comma) {
  constexpr size_t kLongestCommaSubject = 4;
  if (comma >= kLongestCommaSubject || comma + 2 > w.size()) return std::nullopt;
  for (size_t i = 0; i <= comma; ++i) {
    if (EndsClause(w[i]) || !WithoutSubjectParticle(w[i], false).empty() || EndsWith(w[i], "의") || IsWhatWord(w[i])) {
      return std::nullopt;
    }
  }
  if (Syllables(w[comma]) < 2 || !HasHangul(w[comma])) return std::nullopt;  // "1, 2심": a list
  Words out = w;
  out[comma] += FinalConsonant(out[comma]) > 0 ? "은" : "는";
  return out;
}

// "X가 한 말은 무엇인가요", "X가 밝힌 이유는 뭔가요": a question word
// closing a noun of speech in 은/는/이/가 asks for what was said; the noun
// alone, or nothing when the words end otherwise.
std::optional<Words> WithoutClosingWhat(const Words& w) {
  if (w.size() < 3) return std::nullopt;
  const std::string& last = w.back();
  if (!StartsWith(last, "무엇") && !StartsWith(last, "뭐") && !StartsWith(last, "뭔")) return std::nullopt;
  Words out(w.begin(), w.end() - 1);
  std::string noun = WithoutSubjectParticle(out.back(), false);
  if (noun.empty() || !IsOneOf(noun, words::StatementNouns())) return std::nullopt;
  out.back() = noun;
  return out;
}

bool ParseWords(const Words& w, bool speech_known, Question* q) {
  for (auto parse : {AccordingTo, WhoQuestion, WhatQuestion, StatementQuestion}) {
    Question parsed;
    if (parse(w, speech_known, &parsed)) {
      *q = parsed;
      return true;
    }
  }
  return false;
}

}  // namespace korean_grammar

using namespace korean_grammar;

bool ParseKoreanQuestion(const std::string& text, bool speech_known, Question* q) {
  Words w;
  size_t comma = std::string::npos;  // the first word a comma closes
  for (std::string word : SplitSpaces(text)) {
    if (comma == std::string::npos && !word.empty() && word.back() == ',') comma = w.size();
    while (!word.empty() && (word.back() == '?' || word.back() == '.' || word.back() == '!' || word.back() == ',')) word.pop_back();
    if (EndsWith(word, "？")) word.erase(word.size() - std::string_view("？").size());
    if (!word.empty()) w.push_back(word);
  }
  // "X가 한 말 찾아줘": a request after the question asks nothing more.
  while (w.size() > 2 && IsOneOf(w.back(), words::RequestWords())) w.pop_back();
  if (w.size() < 2) return false;
  if (comma != std::string::npos && comma < w.size()) {
    const std::optional<Words> subject_marked = WithCommaSubject(w, comma);
    Question parsed;
    if (subject_marked && ParseWords(*subject_marked, speech_known, &parsed) && !parsed.speaker.empty()) {
      *q = parsed;
      return true;
    }
  }
  if (ParseWords(w, speech_known, q)) return true;
  const std::optional<Words> noun_asked = WithoutClosingWhat(w);
  return noun_asked && StatementQuestion(*noun_asked, speech_known, q);
}

}  // namespace kosearch
