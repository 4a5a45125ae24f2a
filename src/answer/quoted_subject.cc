// Questions read through the index's quote terms (see quoted_subject.h).
#include "answer/quoted_subject.h"

#include <algorithm>

#include "answer/answer_steps.h"
#include "answer/korean_question_words.h"
#include "answer/question_grammar.h"
#include "answer/speaker_keys.h"
#include "extract/people.h"
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
// A keyword list with no noun of speech is a question from this many words.
constexpr size_t kMinListedWords = 3;
// An opening speaker may stand after one word of whose or what it is
// ("강남차병원 전지현 교수", "주민 피영남씨", "방송인 김제동 씨").
constexpr size_t kOpeningSkips = 1;

bool IsAskingWord(const std::string& word) {
  const auto stems = question_words::AskingStems();
  return std::any_of(stems.begin(), stems.end(), [&](std::string_view s) { return word.starts_with(s); });
}

// "네티즌들" → 네티즌: a group's plural is not in its key.
std::string WithoutPlural(std::string word) {
  const std::string_view plural = "들";
  if (word.ends_with(plural) && CodePointCount(word) > 2) word.erase(word.size() - plural.size());
  return word;
}

// The word without its subject particle ("강용석은" → 강용석), or empty when
// it has none (or an ending in 은/는 that is no particle: "에는", "하는").
std::string SubjectStem(const std::string& word) {
  if (question_words::EndsWithAny(word, question_words::NotSubjectEndings())) return {};
  return WithoutPlural(WithoutSpeakerParticle(word, true));
}

struct Run {
  size_t subject;  // the subject word's position
  size_t first;    // where the speaker phrase starts
  bool ends_at_subject;  // the key's words run up to the subject word
  SpeakerKeyCandidate candidate;
  bool bare = false;  // the subject word has no particle (a keyword question's)
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

// A noun a question asks for ("발언", "반응들", "한마디"), without its ending.
bool IsSpeechNoun(std::string word) {
  for (std::string_view p : question_words::StatementPluralEndings()) {
    if (word.ends_with(p) && CodePointCount(word) > CodePointCount(p)) {
      word.erase(word.size() - p.size());
      break;
    }
  }
  const auto nouns = question_words::StatementNouns();
  return std::find(nouns.begin(), nouns.end(), word) != nouns.end();
}

bool IsMarker(const std::string& word) {
  const auto markers = question_words::TopicMarkers();
  return std::find(markers.begin(), markers.end(), word) != markers.end();
}

// The position of the last noun of speech among `words` (the cue of a
// keyword question), or words.size() when none.
size_t SpeechCue(const std::vector<std::string>& words) {
  for (size_t i = words.size(); i-- > 0;) {
    if (IsSpeechNoun(words[i])) return i;
  }
  return words.size();
}

// A word written bare, with no particle or ending a speaker's word never
// has: a keyword question's speaker ("차이잉원 총통 컴퓨텍스 발언"); its
// plural 들 off ("네티즌들").
std::string BareStem(const std::string& word) {
  if (!HasHangul(word) || IsAskingWord(word) || IsSpeechNoun(word) || IsMarker(word)) return {};
  if (!WithoutSpeakerParticle(word, false).empty()) return {};
  for (std::string_view e : question_words::ClauseEndings()) {
    if (word.ends_with(e)) return {};
  }
  return WithoutPlural(word);
}

// Whether `word` ends in a subject particle that agrees with the syllable
// before it: 이/은 after a final consonant, 가/는 after none ("천안시티자이"
// is a name, "관계자가" a subject).
bool HasSubjectParticle(const std::string& word) {
  const std::string stem = WithoutSpeakerParticle(word, true);
  if (stem.empty()) return false;
  return korean::ParticleAgrees(ToU32(stem), ToU32(std::string_view(word).substr(stem.size())));
}

// Whether a word outside the quoted phrases has a subject particle.
bool HasSubjectOutside(const std::vector<std::string>& words, const std::vector<bool>& quoted) {
  for (size_t i = 0; i < words.size(); ++i) {
    if (!quoted[i] && HasSubjectParticle(words[i])) return true;
  }
  return false;
}

// Whether words[i] is a title after a Korean name (modifiers between:
// "김태오 전 고문"): a title beside a name is no one, never asked alone
// ("김태오 고문 발언" asks 김태오, not any 고문).
bool TitleAfterName(const std::vector<std::string>& words, size_t i) {
  if (KindOfSpeakerWord(words[i]) != SpeakerWord::kTitle) return false;
  size_t before = i;
  while (before-- > 0) {
    const std::u32string w = ToU32(words[before]);
    if (!IsModifier(w)) return LooksLikeKoreanName(w);
  }
  return false;
}

// Whether `word` is a verb in its adnominal form ("말한", "밝힌", "지적한"),
// the lexicon's verb endings (kVerbAdnominal): it makes the noun after it
// what the subject said or did ("김 교수가 말한 가능성").
bool IsVerbAdnominalWord(const std::string& word) {
  return HasHangul(word) && question_words::EndsWithAny(word, question_words::VerbAdnominalEndings());
}

// A noun-headed description ("김 교수가 말한 아노미 가능성", "대통령이 …
// 중요하다고 한 것"): with no question word, a subject and, after it, a verb
// in its adnominal form and a noun it describes, the last word. The verb is
// anyone's: the index decides whether the subject is someone quoted.
bool IsDescription(const std::vector<std::string>& words, const std::vector<bool>& quoted) {
  size_t subject = words.size();
  for (size_t i = 0; i < words.size() && i < kSubjectAmongFirst; ++i) {
    if (!quoted[i] && HasSubjectParticle(words[i])) { subject = i; break; }
  }
  if (subject + 2 >= words.size() || IsVerbAdnominalWord(words.back())) return false;
  for (size_t i = subject + 1; i + 1 < words.size(); ++i) {
    if (!quoted[i] && IsVerbAdnominalWord(words[i])) return true;
  }
  return false;
}

// Whether a list of words is a query in the query language ("오바마 AND
// 롬니", "오바마 -취임"): a search, never a question.
bool HasQueryOperators(const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(), [](const std::string& w) {
    return w == "AND" || w == "OR" || w == "NOT" || w.starts_with("-") || w.starts_with("+") || w.find('*') != std::string::npos;
  });
}

struct Subjects {
  std::vector<Run> runs;
  std::vector<std::string> stems;  // each word as its speaker run reads it
};

// Every run of up to kMaxSpeakerWords words ending at a subject word, and
// its sub-runs; in a keyword question (`keywords`), at a bare word outside
// its quoted phrases (the words `quoted`) too.
Subjects SubjectRuns(const std::vector<std::string>& words, bool keywords, const std::vector<bool>& quoted) {
  Subjects out;
  out.stems.resize(words.size());
  const size_t among = std::min(words.size() - (words.size() > 1 ? 1 : 0), kSubjectAmongFirst);
  for (size_t i = 0; i < among; ++i) {
    out.stems[i] = SubjectStem(words[i]);
    bool bare = false;
    // A quoted phrase is what was said, never who said it ("\"미국 대통령\"" stays a phrase search).
    if (out.stems[i].empty() && keywords && !quoted[i]) {
      out.stems[i] = BareStem(words[i]);
      bare = true;
    }
    if (out.stems[i].empty()) continue;
    std::vector<std::string> phrase = words;
    phrase[i] = out.stems[i];
    const size_t before = out.runs.size();
    if (!bare) {
      AddSubjectRuns(phrase, i + 1 >= kMaxSpeakerWords ? i + 1 - kMaxSpeakerWords : 0, i, &out.runs);
    } else {
      // A keyword question's speaker opens it or is one word before its
      // noun of speech (BestRun): the runs from the start, and the word alone,
      // so that topic words before it ("결혼 소식에") are never part of its phrase.
      if (i < kMaxSpeakerWords) AddSubjectRuns(phrase, 0, i, &out.runs);
      if (i > 0 && !TitleAfterName(phrase, i)) AddSubjectRuns(phrase, i, i, &out.runs);
    }
    for (size_t r = before; r < out.runs.size(); ++r) out.runs[r].bare = bare;
  }
  return out;
}

// The speaker run: the first subject some quote is keyed by, its longest
// key the most specific. A key before the subject word ("윤증현" of "윤증현
// 전 장관은") only when the subject word is a title or a key too: never
// "중국" of "중국 두 브랜드가". Bare runs only when no subject is keyed:
// one that ends right before the noun of speech `cue` ("… 누리꾼 반응"),
// else (`opening_too`: a keyword question's, not a spoken one's) one that
// opens the question ("홍준표 발언"); with no bare word between them and
// the cue but words of topic.
const Run* BestRun(const Subjects& subjects, size_t cue, bool opening_too, const QuotedTerms& quoted) {
  std::vector<std::string> keys;
  std::vector<std::vector<std::string>> asked;
  for (const Run& r : subjects.runs) {
    if (std::find(keys.begin(), keys.end(), r.candidate.key) != keys.end()) continue;
    keys.push_back(r.candidate.key);
    asked.push_back(TermsOf(r.candidate));
    // A group's role term keeps the plural its quotes' text wrote
    // ("네티즌들", ExistingRoleTerm): held either way.
    if (r.candidate.whole && !r.candidate.person_only) asked.back().push_back(schema::kRole + r.candidate.key + "들");
  }
  const std::vector<bool> held = quoted(asked);
  const auto is_held = [&](const std::string& key) {
    const size_t k = static_cast<size_t>(std::find(keys.begin(), keys.end(), key) - keys.begin());
    return k < held.size() && held[k];
  };
  const auto subject_holds = [&](size_t i) {
    return KindOfSpeakerWord(subjects.stems[i]) == SpeakerWord::kTitle || is_held(AliasTable::Key(subjects.stems[i]));
  };
  const auto better = [&](const Run& r, const Run* best) {
    return best == nullptr || (r.subject <= best->subject && CodePointCount(r.candidate.key) > CodePointCount(best->candidate.key));
  };
  const Run* best = nullptr;
  for (const Run& r : subjects.runs) {
    if (r.bare || !is_held(r.candidate.key) || (!r.ends_at_subject && !subject_holds(r.subject))) continue;
    if (better(r, best)) best = &r;
  }
  if (best != nullptr) return best;
  // A bare key may stand before a title ("차이잉원 총통"): the title stays the speaker's.
  const auto longer = [&](const Run& r, const Run* best) {
    if (best == nullptr) return true;
    const size_t a = CodePointCount(r.candidate.key), b = CodePointCount(best->candidate.key);
    return a > b || (a == b && r.subject > best->subject);
  };
  for (const bool before_cue : {true, false}) {
    if (!before_cue && !opening_too) break;
    for (const Run& r : subjects.runs) {
      if (!r.bare || !is_held(r.candidate.key)) continue;
      if (!r.ends_at_subject && KindOfSpeakerWord(subjects.stems[r.subject]) != SpeakerWord::kTitle) continue;
      // Past the opening word, only a run with a name ("미국 대통령 선거" asks no president).
      if (before_cue ? r.subject + 1 != cue : r.first > 0 && (r.first > kOpeningSkips || r.candidate.whole)) continue;
      if (longer(r, best)) best = &r;
    }
    if (best != nullptr) return best;
  }
  return nullptr;
}

}  // namespace

std::optional<Question> ReadThroughQuotedSubject(std::string_view text, const QuotedTerms& quoted, bool* by_key_alone) {
  if (by_key_alone != nullptr) *by_key_alone = false;
  if (CodePointCount(text) > kMaxQuestionChars || !IsValidUtf8(text)) return std::nullopt;
  const std::string s(Trim(Nfkc(text)));
  QuestionText parts = TakeFiltersAndPhrases(s);
  std::vector<std::string> words;
  std::vector<bool> quoted_words;  // whether each word holds a quoted phrase's text
  const std::vector<std::string> split = SplitSpaces(parts.rest);
  for (size_t i = 0; i < split.size(); ++i) {
    std::string w = WithoutTrailingPunctuation(split[i]);
    if (w.empty()) continue;
    words.push_back(std::move(w));
    quoted_words.push_back(parts.quoted_words[i]);
  }
  // A keyword question ("<speaker> <topic> 발언", "<speaker> '<phrase>'")
  // asks by its noun of speech or its quoted phrase, not by a question word.
  const size_t cue = SpeechCue(words);
  const bool asked = s.ends_with("?") || std::any_of(words.begin(), words.end(), IsAskingWord);
  // Words only, with no question word and no subject: a sentence's
  // ("…라고 반박한 러시아 부총리는?", "일부 직원들이 … 말한 사례") is the grammar's.
  const bool no_subject = !HasSubjectOutside(words, quoted_words);
  // A question spoken with its particles dropped ("… 보고 네티즌들 뭐래?",
  // "… 소식에 네티즌들 반응 어땠어?"): its speaker, written bare, stands
  // right before its noun of speech or, with none, its question word.
  const bool spoken = asked && no_subject;
  // A list of keywords with no noun of speech ("<speaker> <topic> <topic>"):
  // its opening words are its speaker when the index holds them as a quote
  // key, whatever its other words are; two words are a plain query's.
  const bool listed = !asked && no_subject && cue == words.size() && parts.phrases.empty() && words.size() >= kMinListedWords &&
                      !HasQueryOperators(words);
  const bool keywords = (spoken || (!asked && (cue < words.size() || !parts.phrases.empty() || listed))) && no_subject;
  const bool described = !asked && !no_subject && IsDescription(words, quoted_words);
  const bool asks = asked || keywords || described;
  if (!asks || words.size() < (parts.phrases.empty() ? 2 : 1) || !HasHangul(parts.rest)) return std::nullopt;
  Subjects subjects = SubjectRuns(words, keywords, quoted_words);
  if (subjects.runs.empty()) return std::nullopt;
  const size_t asking = static_cast<size_t>(std::find_if(words.begin(), words.end(), IsAskingWord) - words.begin());
  // A listed speaker opens the list: never its last word (no cue stands after it).
  const size_t before = listed ? words.size() + 1 : spoken && cue == words.size() ? asking : cue;
  const Run* best = BestRun(subjects, before, !spoken, quoted);
  if (best == nullptr) return std::nullopt;
  if (by_key_alone != nullptr) *by_key_alone = listed || described;
  Question q;
  q.is_question = true;
  words[best->subject] = subjects.stems[best->subject];
  q.speaker = JoinWords(words, best->first, best->subject + 1);
  // The topic: the other words, without the question words, the nouns of
  // speech and topic markers, and the closing verb of a question.
  // A description's last word is the noun described, its verbs only colour it.
  const size_t closing = best->bare || described || words.size() < 2 ? words.size() : words.size() - 1;
  std::vector<std::string> topic;
  for (size_t i = 0; i < closing; ++i) {
    if (i >= best->first && i <= best->subject) continue;
    if (IsAskingWord(words[i]) || IsSpeechNoun(words[i]) || IsMarker(words[i])) continue;
    if (described && i > best->subject && IsVerbAdnominalWord(words[i])) continue;
    topic.push_back(words[i]);
  }
  q.topic = JoinWords(topic, 0, topic.size());
  q.phrases = std::move(parts.phrases);
  q.filters = std::move(parts.filters);
  return q;
}

Result<SearchResponse> AnswerThroughQuotedSubject(std::string_view text, const SearchOptions& options, ArchiveReader& archive) {
  bool by_key_alone = false;
  const std::optional<Question> question = ReadThroughQuotedSubject(text, QuotedTermsOf(archive), &by_key_alone);
  if (!question) return SearchResponse{};
  auto answer = AnswerQuestion(text, *question, options, archive);
  if (!answer.ok()) return answer;
  if (answer->hits.empty()) return SearchResponse{};
  // Read by its key alone (no word asked what was said), a text is a
  // question only when someone named answers it: the quotes nobody is
  // named on of a country or body ("한국 경제 성장률 전망") answer no one.
  const auto named = [](const Hit& h) { return h.kind == "quote" && !h.speaker.empty(); };
  if (by_key_alone && std::none_of(answer->hits.begin(), answer->hits.end(), named)) return SearchResponse{};
  answer->understood.subject_through_quotes = true;
  answer->understood.speaker_resolution = answer->understood.ResolutionText();
  return answer;
}

}  // namespace kosearch
