// The word tables of the Korean question grammar (see korean_question_words.h).
#include "answer/korean_question_words.h"

#include <algorithm>
#include <string>
#include <vector>

#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch::question_words {

namespace {

constexpr std::string_view kWhatWords[] = {"뭐라고", "뭐라", "무엇이라고", "무어라고", "뭘", "무엇을",
                                           "어떻게", "왜",   "어떤",       "무슨",     "어떠한",
                                           "얼마나", "누구의",
                                           // when and where something will be done, as the speaker put it ("언제 내겠다고 했나")
                                           "언제", "어디서", "어디에", "어디로",
                                           // to whom, how far ("누구에게 고마움을 전했나", "어느 정도라고 설명했나"); "무엇으로
                                           //봤나" is no speech of itself (neutral_verb_question.cc reads it)
                                           "누구에게", "누구한테", "어느"};
constexpr std::string_view kTopicMarkers[] = {"대해", "대해서", "대해선", "대한", "대하여", "관해",   "관해서", "관한", "관하여",
                                              "관련", "관련해", "관련해서", "관련한", "관련된", "두고", "놓고", "두고서"};
constexpr std::string_view kEventWords[] = {"뒤", "후", "때", "당시", "직후", "이후", "도중", "중에", "무렵", "직전", "앞서"};
constexpr std::string_view kEventEndings[] = {"면서", "며", "하자", "되자", "지자", "오자", "이자", "르자", "고서",
                                              "자리에서", "에서", "때에", "당시에", "뒤에", "후에", "때는", "맞아",
                                              "일자", "나자"};
constexpr std::string_view kVerbGoEndings[] = {"하고", "되고", "듣고", "받고", "있고", "없고", "두고", "놓고", "내고",
                                               "나고", "치고", "보고", "주고", "마치고", "밝히고", "열고", "갖고", "맞고"};
constexpr std::string_view kClauseEndings[] = {"에", "에서", "에게", "을", "를", "로", "으로", "한", "된", "던",
                                               "는데", "까지", "부터", "과", "와", "하고", "둔"};
constexpr std::string_view kHonorificSubjectParticles[] = {"께서는", "께선", "께서"};
constexpr std::string_view kNotSubjectEndings[] = {"에는", "에서는", "때는", "로는", "와는", "과는", "에게는",
                                                   "한테는", "까지는", "부터는", "하는", "되는", "있는", "없는",
                                                   // a quoting adnominal ("컴백한다는 소식에")
                                                   "한다는", "된다는", "했다는", "겠다는", "었다는", "았다는", "였다는",
                                                   "있다는", "없다는", "이라는"};
constexpr std::string_view kTopicWordParticles[] = {"에", "을", "를", "와", "과", "에게", "으로", "로"};
constexpr std::string_view kQuotingEndings[] = {"라고", "다고", "냐고", "자고", "라며", "다며"};
constexpr std::string_view kSayingStems[] = {
    "말한", "말했", "말하", "말씀", "밝",   "주장", "부른", "부르", "불렀", "경고", "비판", "강조", "언급", "지적", "발언",
    "답",   "대답", "설명", "전한", "전했", "전하", "촉구", "호소", "비난", "반박", "요구", "약속", "선언", "예측", "전망",
    "평가", "제안", "고백", "토로", "부인", "발표", "표현", "묘사", "칭",   "얘기", "이야기", "반응", "입장", "의견", "견해",
    "코멘트", "연설", "논평", "해명", "사과", "당부", "지시", "질문", "물었", "묻", "되물", "빗대", "빗댄", "주문", "반발", "보도", "내세",
    // likening, hoping, putting forward, naming, welcoming, a posted text
    "비유", "바랐", "바란", "내놨", "내놓", "꼽", "환영", "글을",
    // a statement to the police or a court
    "진술"};
constexpr std::string_view kReportingStems[] = {"분석", "풀이", "진단", "해석", "예상", "내다", "회고", "회상", "털어",
                                               "덧붙", "시인", "인정", "썼", "쓴", "적었", "적은", "올렸", "올린", "게시",
                                               "판결", "판단", "선고",
                                               // reckoned, defined ("어떻게 추정했나", "무엇이라고 규정했나")
                                               "추정", "규정"};
constexpr std::string_view kRequestWords[] = {"찾아줘", "찾아", "찾아봐", "찾아주세요", "알려줘", "알려", "알려주세요",
                                              "보여줘", "보여", "보여주세요", "검색해줘", "좀"};
constexpr std::string_view kPastMarkers[] = {"했", "였", "었", "았", "랬"};
constexpr std::string_view kTalkObjects[] = {"얘기를", "이야기를", "말을", "발언을", "언급을", "얘기", "이야기", "말"};
constexpr std::string_view kWhoQuotingEndings[] = {"이라고", "라고", "다고", "냐고", "자고", "이라며", "라며", "고", "며"};
constexpr std::string_view kWhoHeadNouns[] = {"사람", "사람들", "곳", "인물", "이", "쪽", "측", "단체", "기관", "언론",
                                            "언론사", "매체", "방송사", "정당", "회사", "나라", "국가", "선수", "정치인",
                                            "구단", "팀", "멤버", "가수", "배우"};
constexpr std::string_view kContentNouns[] = {"내용", "요지", "전문", "취지"};
constexpr std::string_view kAccordingToWords[] = {"따르면", "따르자면", "의하면"};
constexpr std::string_view kObjectParticles[] = {"을", "를"};
constexpr std::string_view kAskingStems[] = {"누구", "누가", "무엇", "뭐", "뭔", "뭘", "무슨", "어떤", "어떻", "어땠", "어떨",
                                            "어느", "왜", "언제", "어디", "얼마", "몇"};
constexpr std::string_view kWhoStems[] = {"누구", "누가"};
constexpr std::string_view kPlainSayingQuestion[] = {"뭐라고", "했나"};
constexpr std::string_view kStatementPluralEndings[] = {"들은", "들을", "은", "는", "을", "를", "들"};

// The lexicon's nouns of speech marked for `use`, in UTF-8, built once.
struct SpeechNounWords {
  explicit SpeechNounWords(korean::SpeechNounUse use) {
    for (const korean::SpeechNoun& noun : korean::SpeechNouns()) {
      if (noun.UsedFor(use)) owned.push_back(ToUtf8(noun.text));
    }
    views.assign(owned.begin(), owned.end());
  }
  std::vector<std::string> owned;
  std::vector<std::string_view> views;
};

}  // namespace

Table WhatWords() { return kWhatWords; }
Table TopicMarkers() { return kTopicMarkers; }
Table EventWords() { return kEventWords; }
Table EventEndings() { return kEventEndings; }
Table VerbGoEndings() { return kVerbGoEndings; }
Table ClauseEndings() { return kClauseEndings; }
Table HonorificSubjectParticles() { return kHonorificSubjectParticles; }
Table NotSubjectEndings() { return kNotSubjectEndings; }
Table TopicWordParticles() { return kTopicWordParticles; }
Table QuotingEndings() { return kQuotingEndings; }
Table SayingStems() { return kSayingStems; }
Table ReportingStems() { return kReportingStems; }
Table RequestWords() { return kRequestWords; }
Table PastMarkers() { return kPastMarkers; }
Table TalkObjects() { return kTalkObjects; }
Table WhoQuotingEndings() { return kWhoQuotingEndings; }
Table VerbAdnominalEndings() {  // the lexicon's table (kVerbAdnominal), in UTF-8
  static const std::vector<std::string> owned = [] {
    std::vector<std::string> syllables;
    for (char32_t c : korean::ModifierSyllables(korean::kVerbAdnominal)) syllables.push_back(ToUtf8({&c, 1}));
    return syllables;
  }();
  static const std::vector<std::string_view> views(owned.begin(), owned.end());
  return views;
}
Table WhoHeadNouns() { return kWhoHeadNouns; }
Table StatementNouns() {
  static const SpeechNounWords words(korean::kAskedStatement);
  return words.views;
}
Table StatementPluralEndings() { return kStatementPluralEndings; }
Table ContentNouns() { return kContentNouns; }
Table BareSpeakerNouns() {
  static const SpeechNounWords words(korean::kAskedBeforeBare);
  return words.views;
}
Table AccordingToWords() { return kAccordingToWords; }
bool StartsWithAny(std::string_view s, Table prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(), [&](std::string_view x) { return s.starts_with(x); });
}
bool EndsWithAny(std::string_view s, Table suffixes) {
  return std::any_of(suffixes.begin(), suffixes.end(), [&](std::string_view x) { return s.ends_with(x); });
}

Table ObjectParticles() { return kObjectParticles; }
Table AskingStems() { return kAskingStems; }
Table WhoStems() { return kWhoStems; }
Table PlainSayingQuestion() { return kPlainSayingQuestion; }

}  // namespace kosearch::question_words
