// Korean questions ending in a noun of speech (see korean_question_parts.h):
// "X의 Y 관련 발언", "X가 Y에 대해 한 말", "Y에 대한 X의 입장은", "X 측 입장은",
// "…다고 분석한 업계 관계자 말", "김 장관 금리 발언".
#include <algorithm>

#include "answer/korean_question_parts.h"
#include "answer/question_grammar.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch::korean_grammar {

namespace {

// Words that may stand between a noun of speech and its verb ("올린 짧은
// 글", "본 스타트업 생태계 여성 참여 전망"): the topic, once a speaker with
// its particle comes before the verb.
constexpr size_t kLongestNounModifier = 5;

// Words that may name a speaker standing bare before a noun of speech
// ("하지온 최고위원 발언", "청와대 측 입장은").
constexpr size_t kLongestSpeakerBeforeNoun = 3;

// `w` without a plural or object ending of a statement noun ("발언들은" → "발언").
std::string StatementStem(std::string w) {
  for (std::string_view p : words::StatementPluralEndings()) {
    if (EndsWith(w, p) && Syllables(w) > Syllables(p)) {
      w.erase(w.size() - p.size());
      break;
    }
  }
  return w;
}

// A verb's adnominal before a noun of speech: "한", "밝힌", one syllable
// ending in ㄴ ("본", "낸", "든": no noun of one syllable stands there);
// never a topic marker.
bool IsVerbBeforeNoun(const std::string& w) {
  if (IsTopicMarker(w)) return false;  // "…에 대한 재판부 판단": 대한 marks a topic
  // A quoting adnominal is one too ("…집에 갔다는 관계자 발언", "…했다는 말").
  return w == "한" || w == "했던" || IsVerbAdnominal(w) || (Syllables(w) == 1 && IsAdnominal(w)) ||
         (Syllables(w) >= 3 && (EndsWith(w, "다는") || EndsWith(w, "라는")));
}

// "…줄었다고 분석한 업계 관계자 말", "…해야 한다는 의원 발언": after a quoting
// ending and its verb (w[verb]), words naming a speaking subject right
// before the noun of speech (w[end]) are the speaker.
bool SpeakerAfterQuotingVerb(const Words& w, size_t verb, size_t end, Question* q) {
  const bool quoting_verb = verb < end && ((verb > 0 && EndsWithAny(w[verb - 1], words::QuotingEndings())) ||
                                           EndsWith(w[verb], "다는") || EndsWith(w[verb], "라는"));
  if (verb + 1 < end && quoting_verb && SpeaksAsSubject(w[end - 1])) {
    size_t start = end - 1;
    while (start > verb + 1 && end - start < kLongestSpeakerBeforeNoun && !EndsClause(w[start - 1])) --start;
    if (std::all_of(w.begin() + static_cast<std::ptrdiff_t>(start), w.begin() + static_cast<std::ptrdiff_t>(end),
                    [](const std::string& x) { return WithoutSubjectParticle(x, false).empty() || SpeaksAsSubject(x); })) {
      q->speaker = TitleApart(JoinWords(w, start, end));
      EventAndTopic(w, 0, verb, q);
      if (verb + 1 < start) EventAndTopic(w, verb + 1, start, q);
      return true;
    }
  }
  return false;
}

// "송승헌 발언", "Y에 대한 청와대 측 입장은", "김 장관 금리 발언": the
// speaker written bare before the noun of speech w[end] (StatementQuestion).
bool BareSpeakerBeforeNoun(const Words& w, size_t end, const std::string& last, Question* q) {
  // "송승헌 발언", "Y에 대한 청와대 측 입장은": a speaker written bare right
  // before a noun of speech, after the topic's last clause word. Only nouns
  // that ask what someone said ("반도체 투자 전망" stays a search).
  if (!IsOneOf(last, words::BareSpeakerNouns())) return false;
  size_t start = end;
  // A verb's adnominal ends the topic's clause too ("…집에 갔다는 관계자 발언").
  while (start > 0 && end - start < kLongestSpeakerBeforeNoun && !EndsClause(w[start - 1]) && !EndsWith(w[start - 1], "의") &&
         !IsVerbBeforeNoun(w[start - 1]) && !EndsWithAny(w[start - 1], words::NotSubjectEndings())) {
    --start;
  }
  if (start == end) return false;
  // The speaker's words carry no particle of their own ("반도체가 …" is no
  // speaker). Without a question's 은/는 on the noun ("재판부 판단은"), they
  // must look like a speaker: a title, an organization's, a government
  // body's or a who-question's head noun ("최고위원", "측", "정부"), or a
  // name of three syllables that starts with a surname ("송승헌 발언");
  // "화학 반응" is a search.
  for (size_t i = start; i < end; ++i) {
    if (!WithoutSubjectParticle(w[i], false).empty() && !NamesSpeaker(w[i])) return false;
  }
  std::u32string last_word = ToU32(w[end - 1]);
  if (last_word.size() == 4 && last_word.back() == U'씨') last_word.pop_back();  // "김정숙씨 발언"
  const bool looks_named = last_word.size() == 3 && korean::IsSurnameSyllable(last_word[0]) &&
                           std::all_of(last_word.begin(), last_word.end(), IsHangulSyllable);
  const bool asks = EndsWith(w.back(), "은") || EndsWith(w.back(), "는");
  size_t speaker_end = end;
  if (!asks && !NamesSpeaker(w[end - 1]) && !korean::IsGovernmentBody(last_word) && !looks_named) {
    // "김 장관 금리 발언": a name and its title, then the topic.
    speaker_end = start;
    for (size_t i = end - 1; i-- > start + 1;) {
      if (korean::IsTitleWord(ToU32(w[i]))) {
        speaker_end = i + 1;
        break;
      }
    }
    if (speaker_end == start) return false;
  }
  q->speaker = TitleApart(JoinWords(w, start, speaker_end));
  EventAndTopic(w, 0, start, q);
  if (speaker_end < end) EventAndTopic(w, speaker_end, end, q);
  return true;
}

}  // namespace

// "X의 Y 관련 발언", "X가 Y에 대해 한 말", "Y에 대한 X의 입장은", "X 측 입장은".
bool StatementQuestion(const Words& given, bool /*speech_known*/, Question* q) {
  Words w = given;
  // "X 발언 내용", "X가 올린 글 내용": a noun of content after a noun of speech says nothing more.
  if (w.size() >= 3 && IsOneOf(StatementStem(w.back()), words::ContentNouns()) && IsOneOf(StatementStem(w[w.size() - 2]), words::StatementNouns())) w.pop_back();
  if (w.size() < 2) return false;
  const std::string last = StatementStem(w.back());
  if (!IsOneOf(last, words::StatementNouns())) return false;
  size_t end = w.size() - 1;
  // X가 Y에 대해 한 말, X가 … 강조한 말, X가 한 조언: a verb's adnominal before
  // the noun of speech; an event before the speaker stays apart from it
  // ("간담회에서 X가 … 한 말"). Words may describe the noun between them
  // ("올린 짧은 글", "했던 과거 발언"), and the verb may be in the present
  // ("돌아오는 소감", "기각하면서 든 이유") once a speaker comes before it.
  size_t verb = end;
  for (size_t j = end; j-- > 1 && end - j <= kLongestNounModifier + 1;) {
    // A title ending in ㄴ ("의원 발언") is no verb.
    if ((IsVerbBeforeNoun(w[j]) || (j + 1 == end && (IsAdnominal(w[j]) || EndsWith(w[j], "는")))) && !NamesSpeaker(w[j])) {
      verb = j;
      break;
    }
  }
  if (SpeakerAfterQuotingVerb(w, verb, end, q)) return true;
  if (verb < end) {
    // The speaker is the subject after the last clause of circumstance
    // ("도박 의혹이 불거진 뒤 김인 사장이 … 밝힌 내용", "논란이 일자 X가
    // 내놓은 해명"), a -는 after an object or an adverb's particle being a
    // verb's adnominal ("라이터로 태우는 영상"); any subject when none follows.
    // A place in -에서 is where the speaker spoke, most often after the
    // subject ("X가 간담회에서 … 한 말"): it ends no clause before it.
    size_t after_event = 0;
    for (size_t i = 0; i < verb; ++i) {
      if (EndsEvent(w[i]) && !EndsWith(w[i], "에서")) after_event = i + 1;
    }
    auto subject_at = [&](size_t i) {
      const std::string stem = WithoutSubjectParticle(w[i], false);
      if (Syllables(stem) < 2) return false;  // "젊은", "같은": an adjective's adnominal
      return !(i > 0 && EndsWith(w[i], "는") && EndsWithAny(w[i - 1], words::TopicWordParticles()));
    };
    size_t first = verb;
    for (size_t i = after_event; i < verb && first == verb; ++i) {
      if (subject_at(i)) first = i;
    }
    for (size_t i = 0; i < verb && first == verb; ++i) {
      if (!WithoutSubjectParticle(w[i], false).empty()) first = i;
    }
    for (size_t i = first; i < verb; ++i) {
      std::string speaker = WithoutSubjectParticle(w[i], false);
      if (speaker.empty()) continue;
      const size_t start = SpeakerStart(w, i);
      Words name(w.begin() + static_cast<std::ptrdiff_t>(start), w.begin() + static_cast<std::ptrdiff_t>(i));
      name.push_back(speaker);
      q->speaker = TitleApart(JoinWords(name, 0, name.size()));
      EventAndTopic(w, 0, start, q);
      EventAndTopic(w, i + 1, verb, q);
      if (verb + 1 < end) EventAndTopic(w, verb + 1, end, q);  // the noun's description: "과거"
      return true;
    }
  }
  // X의 …: the last word in 의 before the noun names the speaker, wherever it
  // stands ("Y에 대한 X의 입장은", "경기를 해설한 연구소 부소장의 평가는").
  for (size_t i = end; i-- > 0;) {
    if (!EndsWith(w[i], "의") || Syllables(w[i]) < 2 || w[i] == "누구의") continue;
    const size_t start = SpeakerStart(w, i);
    Words name(w.begin() + static_cast<std::ptrdiff_t>(start), w.begin() + static_cast<std::ptrdiff_t>(i));
    name.push_back(w[i].substr(0, w[i].size() - std::string_view("의").size()));
    q->speaker = TitleApart(JoinWords(name, 0, name.size()));
    EventAndTopic(w, 0, start, q);
    if (i + 1 < end) q->topic += (q->topic.empty() ? "" : " ") + TopicText(w, i + 1, end);
    return true;
  }
  return BareSpeakerBeforeNoun(w, end, last, q);
}

}  // namespace kosearch::korean_grammar
