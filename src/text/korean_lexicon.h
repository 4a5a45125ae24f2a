// The Korean lexicon: the one place for the Korean word lists every stage
// needs — particles (조사) and copula endings, light-verb syllables (하다/되다),
// surnames, titles and counters. A stage that needs only part of a table
// reads the rows marked for it (a column of the table), never a copy.
//
// The NER model (extract/ner_model.cc) keeps a frozen copy of the particles,
// surnames and titles it was trained with; bench/ner_train/check_lexicon.py
// says how that copy differs from these tables. Internal header.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace kosearch::korean {

// Which stage reads a particle row (a bit set: a row may serve several).
enum ParticleUse : uint8_t {
  kCutForIndex = 1 << 0,      // text/analyzer: cut before bigrams ("옴니버스를" → 옴니버스)
  kAfterName = 1 << 1,        // extract/people: ends a name or title ("회장은")
  kOnLoanword = 1 << 2,       // text/loanword: stripped off a transliteration ("옴니버스를")
  kAfterAmount = 1 << 3,      // extract/amounts: may follow a unit in the same word ("5명이")
  kQuestionTopic = 1 << 4,    // answer/question: cut off a question's topic ("옴니버스에")
  kQuestionSpeaker = 1 << 5,  // answer/question: ends the speaker of a Korean question ("황은")
  kAfterQuestionPut = 1 << 6,  // extract/quote_headlines: after the noun of a question put ("질문에", "질문엔")
};

// After which syllables a particle is written: 은/을/이 after a final
// consonant, 는/를/가 after a vowel, 로 after a vowel or ㄹ.
enum class Attach : uint8_t { kAny, kAfterClosed, kAfterOpen, kAfterOpenOrRieul };

// Properties of a particle row.
enum ParticleTrait : uint8_t {
  kMarksSubject = 1 << 0,  // a subject or topic marker (은 는 이 가 께서 도): introduces a speaker
  kEndsWords = 1 << 1,     // also the last syllable of many words (인도, 로만, 허들, 와인)
  kMarksObject = 1 << 2,   // an object marker (을 를): the word after it is the verb taking it
  kMarksTopic = 1 << 3,    // the topic marker itself (은 는): whom the sentence is about
  // What a reply or reaction is to (에: "…"는 요청에 답했다, 지적에
  // 반박했다): quoted words filling the noun before it were put to the subject.
  kMarksRespondedTo = 1 << 4,
  // Joins the noun before it to the next one (와 과: "김하나와 박두리는"):
  // the next noun, with its subject marker, is no subject alone.
  kConjoins = 1 << 5,
};

struct Particle {
  std::u32string_view text;
  uint8_t uses;  // ParticleUse bits
  Attach attach;
  uint8_t traits;  // ParticleTrait bits
  bool UsedFor(ParticleUse use) const { return (uses & use) != 0; }
  bool Has(ParticleTrait trait) const { return (traits & trait) != 0; }
};

// Every particle row, longest first (so the first match is the longest).
std::span<const Particle> Particles();

// Whether a particle attaching as `attach` may follow the syllable `before`
// (은/이 after a final consonant, 는/가 after none). After anything but a
// Hangul syllable (GPU가, Zico는) the spelling does not tell, so any may.
bool AttachAllows(char32_t before, Attach attach);
// Whether `particle` may follow `stem` (AttachAllows with the particle's row;
// one with no row, or an empty stem, may): "관계자가" is a subject,
// "천안시티자이" no 이 after a vowel.
bool ParticleAgrees(std::u32string_view stem, std::u32string_view particle);

// The rows for one use, longest first.
const std::vector<const Particle*>& ParticlesFor(ParticleUse use);

// The longest particle for `use` that `word` ends with, leaving at least one
// code point before it (or none, when `allow_whole`); nullptr when none.
const Particle* ParticleEnding(std::u32string_view word, ParticleUse use, bool allow_whole = false);

// True when `word` is exactly a particle for `use`.
bool IsParticle(std::u32string_view word, ParticleUse use);

// True when `word` ends in an object marker (kMarksObject: 을, 를), leaving at
// least one code point before it (or none, when `allow_whole`).
bool EndsInObjectParticle(std::u32string_view word, bool allow_whole = false);

// True when the last code point of `word` is a one-syllable topic marker
// (kMarksTopic: 은, 는): the word is the sentence's topic (or a verb form
// ending so; the caller has stripped or checked the stem).
bool EndsInTopicParticle(std::u32string_view word);

// The last syllable of a verb's or adjective's stem, before the ending a
// subject finder reads as a verb form, not a name's particle; one table,
// which reader takes a row.
enum StemEndUse : uint8_t {
  kStemBeforeNeun = 1 << 0,  // …는 is a verb's modifier ("하는", "되는", "있는", "보는")
  kStemBeforeEun = 1 << 1,   // …은 is an adjective's or verb's ("받은", "많은", "않은")
  // No transliterated name ends so: a noun's suffix (…성, …화, …력, …률).
  kNounSuffixNoName = 1 << 2,
};
bool IsStemEnd(char32_t syllable, StemEndUse use);

// A syllable of 하다/되다 (하 한 할 … 했, 되 된 … 됐): a Sino-Korean noun
// followed by one is a light-verb form ("발표했다", "구성되어").
bool IsLightVerbSyllable(char32_t c);

// A syllable only a verb's inflection has, never a name's or a noun's: the
// past tense (했 됐 았 었), 겠, and the verbs of being and not (있 없 않). A
// word with one is a clause ("말했던", "없는"), not a name.
bool HasInflectionSyllable(std::u32string_view word);
// Its past-tense and 겠 syllables alone (했 됐 았 었 겠).
bool HasPastTenseSyllable(std::u32string_view word);
// Final syllables of a word that modifies or goes on to what follows it,
// one table; which readers take a row (a bit set: a row may serve several).
enum ModifierEndUse : uint8_t {
  // A verb's modifier no Korean given name ends in (달성된, 했던, 할, 될,
  // 이끌어온; not 진, 인, 린, 한, which end 해진, 수인, 서린, 동한 as often
  // as 가진, 달린, 석권한): EndsLikeModifier.
  kNoGivenNameEnds = 1 << 0,
  // The copula's or a verb's modifying ending (인 한 된 던 는 은) or the
  // genitive 의: EndsInModifyingForm.
  kModifiesNoun = 1 << 1,
  // A clause's ending that goes on past the word (는 은 며 고 다 서 면) or an
  // object's or place's particle (을 를 에): extract/quote_headlines, a
  // headline's words before a quote that are no speaker's name.
  kClauseGoesOn = 1 << 2,
  // A verb's modifier whatever its stem (된, 던: "발표된", "열렸던"):
  // ModifiesNounAsVerb.
  kAlwaysVerbModifier = 1 << 3,
  // A verb's modifier after a syllable of tense or being (는, 은: "있는",
  // "않은", "했던" is 던's): ModifiesNounAsVerb.
  kVerbModifierAfterInflection = 1 << 4,
  // A verb's adnominal ending that no noun of a question's clause ends in
  // (한 된 던 은 른 린 힌 낸 쓴 준 긴; not 인 or 의: "일본", "의원"):
  // answer/korean_question's IsVerbAdnominal.
  kVerbAdnominal = 1 << 5,
  // A verb's modifier that governs the word before it: an object ("김치를
  // 맛본", "팀을 이끈", "상을 받은"), a place or a source ("서울에서 온"), or
  // a reported clause ("…”고 밝힌"): extract/speaker_extent's
  // VerbAfterArgument (korean::MarksVerbArgument reads the word before), so
  // a noun that only ends like an object ("가을", "마을") before a name is no
  // verb's argument.
  kTakesObject = 1 << 6,
};
// True when the last code point of `word` is a row of the table for `use`.
bool EndsInModifierSyllable(std::u32string_view word, ModifierEndUse use);
// The table's syllables for `use`, in table order (for readers that match
// their own way, as the question side does in UTF-8).
std::u32string ModifierSyllables(ModifierEndUse use);
// The last syllable of a verb's modifier that no Korean given name ends in
// (kNoGivenNameEnds): a word ending so is a clause.
bool EndsLikeModifier(std::u32string_view word);
// A word of two syllables or more, all syllables, ending in a form that
// modifies the noun after it (kModifiesNoun: "감독인", "방문한", "협회의").
// Stricter than a verb ending in general: 게 and 린 end foreign given names
// ("세르게", "애너린").
bool EndsInModifyingForm(std::u32string_view word);

// Surnames: one syllable (김, 이, 박, …) or two (황보, 남궁, …).
bool IsSurnameSyllable(char32_t c);
bool IsDoubleSurname(std::u32string_view s);
// A surname written alone that also reads as a determiner before a title:
// 한 ("a certain": "한 의원은"), 이 ("this": "이 원장은"), 전 ("former": "전
// 장관은"), 모 ("a certain": "모 대표는"); kNoDeterminer for every other word.
enum class SurnameDeterminer { kNoDeterminer, kCertain, kThis, kFormer };
SurnameDeterminer SurnameDeterminerReading(std::u32string_view word);
// A determiner pointing at a noun the text names elsewhere or not at all
// (그, 이, 저, 해당, 모, 각: "그 재단은", "해당 법원은"), not an adverb ("또", "곧").
bool IsDeterminer(std::u32string_view word);
// The mark of someone late written before the name (故, 고, 고인: "故 김하나
// 1주기"): the person is mourned, never the one speaking.
bool IsDeceasedMark(std::u32string_view word);
// A title the last syllable of which names a body's head, held by one
// person at a time (이사장, 단장, 원장: -장), so a surname before it is no
// "a certain" one.
bool EndsLikeOneHolderTitle(std::u32string_view title);

// A noun naming what a person is by its last syllable (대학생, 회사원,
// 노동자, 직장인, 변호사, 작가, 주부, 농민, 관광객, 건물주, 운전수): it
// stands before a Korean name, never as a part of one.
bool EndsLikePersonNoun(std::u32string_view word);

// A noun naming an official by its last syllable (검시관, 외교관, 경찰관,
// 조사관): a post after a foreign name, never the name's last part.
bool EndsLikeOfficial(std::u32string_view word);

// Organizations (기관): the head nouns an organization's name ends with
// (로이터 통신, 위키미디어 재단, 방송통신위원회, 오픈소스 공동체). True for the
// head itself, whole; a caller decides whether a compound ending in one is a
// name ("노동신문") and whether the bare head names anything.
bool IsOrganizationHead(std::u32string_view word);
// A name written with such a head at its end (한빛마트, 원불교): a body, even
// where the tagger marks a person over it.
bool EndsInOrganizationHead(std::u32string_view word);
// A noun saying whose body the name after it is (가수 한별의 소속사 푸른빛
// 엔터테인먼트, ○○그룹 계열사 △△): the words after it name an organization,
// the words before it its owner; never a part of the name (kNamesBody).
// Some speak, written bare, as the body's unnamed people ("소속사는": the
// agency speaking; kSpeaksAsRole, read by extract's IsRoleNoun).
enum AffiliationUse : uint8_t { kNamesBody = 1 << 0, kSpeaksAsRole = 1 << 1 };
bool IsAffiliationNoun(std::u32string_view word, AffiliationUse use = kNamesBody);
// The marks news writes around a company's or association's name for its
// legal form (㈜, (주), ㈔, (사)): never a part of the name the body speaks by.
// The mark at the start or end of `name` (its length), 0 when none.
size_t CompanyMarkAt(std::u32string_view name, bool at_end);
// A government body that needs its country before it (정부, 외교부, 외무성,
// 대사관, 경찰): a body alone, never a person's name.
bool IsGovernmentBody(std::u32string_view word);
// Hanja that headlines write for a body (與 野 北 美 中 日 …, 靑 for 청와대,
// 檢 for 검찰) or for a president or party leader by surname (朴 文 安).
bool IsHanjaBodyAbbreviation(char32_t c);
// Of those, the countries (北 美 中 日 韓 英 佛 獨 露): where a body is from.
bool IsHanjaCountry(char32_t c);
bool IsHanjaLeaderSurname(char32_t c);

// A title word (회장, 대통령, 교수, 대변인, CEO, 씨) as written, whole.
bool IsTitleWord(std::u32string_view word);
// A title that also ends a compound title (외교통상부장관 ends in 장관);
// false for the ones that would swallow other words (연구원 in
// 한국개발연구원, 의사, 씨).
bool IsCompoundTitleEnd(std::u32string_view tail);
// English title words and the Korean endings that close a compound title
// with them ("minister" → 장관 in 환경부장관, "chief" and "head" → 장 in
// 보행자전거과장 and 도시교통본부장): how a question's English title is found
// inside the one word Korean news writes a title with what it is of. An
// English word may have several rows. UTF-8.
struct EnglishTitleEnding {
  std::string_view english;  // lower case
  std::string_view korean;
};
std::span<const EnglishTitleEnding> EnglishTitleEndings();

// Quoting (인용): the words written right after a closing quote mark that
// make the quoted words someone's speech. Each test takes the text right
// after the mark (spaces skipped) and looks at its start.

// Quotative endings ("…"라고, 이라며, 면서, 다고): the quote is speech unless a
// naming verb follows. `needs_saying_verb` rows ("…"라 했다) count only
// before a verb of saying.
struct QuotativeEnding {
  std::u32string_view text;
  bool needs_saying_verb;
};
std::span<const QuotativeEnding> QuotativeEndings();

// A verb that names or labels rather than says ("…"라고 불리는, 적힌, 명시되어):
// the quote is a name or a written text.
bool StartsWithNamingVerb(std::u32string_view rest);

// A verb of saying (말했다, 밝혔다, 전했다, 발표했다, 했다): "…"라 했다, and a
// quote followed by the verb with its 고 dropped ("…" 발표했다).
bool StartsWithSayingVerb(std::u32string_view rest);

// Nouns of speech (말, 발언, 입장, 성명, 논평), one table; which stages read
// a row (a bit set: a row may serve several). Rows in Latin letters are the
// English words of speech (verbs too: "said", "react"), read only as kAskedAsKeywords.
enum SpeechNounUse : uint16_t {
  kAfterQuote = 1 << 0,            // extract/quotes: "…"라는 말을 했다 (StartsWithSpeechNoun)
  kAfterQuotedSentence = 1 << 1,   // the same, only after quoted words shaped as a sentence
  kIssuedStatement = 1 << 2,       // extract/body_subjects: "X 명의의 성명은" speaks for X
  kIssuedThrough = 1 << 3,         // extract/body_subjects: "X 명의의 담화를 통해" (a kI row is read here too)
  kAskedStatement = 1 << 4,        // answer/: what a question asks for ("X의 Y 발언", "X가 한 말")
  kAskedBeforeBare = 1 << 5,       // answer/: one a speaker stands before without 의 ("송승헌 발언")
  kPutAsQuestion = 1 << 6,         // extract/quote_headlines: "…냐"는 질문에 (a question put to the subject)
  // extract/quote_utterance: words put to the subject ("…해 달라"는 요구를
  // 거부했다, "…"는 요청에), someone else's unless a verb of saying follows
  // the noun ("…"는 요구를 했다).
  kPutToSubject = 1 << 7,
  // answer/keywords_over_quotes: a word that makes a query no reading took
  // for a question ask about what was said ("<기관> 관계자 <주제> 입장",
  // "<Org> reaction to the investigation"): its other words are searched
  // over the quotes.
  kAskedAsKeywords = 1 << 8,
};
struct SpeechNoun {
  std::u32string_view text;
  uint16_t uses;  // SpeechNounUse bits
  bool UsedFor(SpeechNounUse use) const { return (uses & use) != 0; }
};
std::span<const SpeechNoun> SpeechNouns();
// True when `word` is, whole, a noun of speech for `use`.
bool IsSpeechNoun(std::u32string_view word, SpeechNounUse use);

// A noun of speech as a whole word, a particle or nothing after it (말을,
// 입장, 발언, 소감을, 반응만, 해명문을; not 글로벌): "…"라는 말을 했다, "…"는
// 소감을 남겼다, "…" 등의 반응을 보였다, and a headline's "고백 "…"".
// With `after_sentence` (the quoted words are a sentence), also the nouns
// that may name a term otherwise: "…알아?"라는 질문을, "…했다"는 표현을.
bool StartsWithSpeechNoun(std::u32string_view rest, bool after_sentence = false);

// A noun of no speech as a whole word: what was thought, found or supposed
// (생각에서, 마음으로, 결과가: R5) or a title or a name (제목의, 이름으로:
// R2). Quoted words before one are no one's speech.
bool StartsWithNotSpeechNoun(std::u32string_view rest);
// True when `word` is, whole, such a noun: a thing that never speaks.
bool IsNotSpeechNoun(std::u32string_view word);

// A verb whose object is someone else's words, given to the subject, heard
// or turned down ("…"는 질문을 받았다, 말을 들었다, 요구를 거부했다, 주장을
// 일축했다): the quoted words before its noun are not the subject's.
bool StartsWithVerbOfOthersWords(std::u32string_view rest);

// The endings that make quoted words modify the noun after them ("…"라는
// 말, "…"는 질문에, "…"이란 평가), each with the space after it;
// `contracted`: 란 and 이란, the short forms of 라는 and 이라는.
struct AdnominalQuoting {
  std::u32string_view text;
  bool contracted;
};
std::span<const AdnominalQuoting> AdnominalQuotingEndings();

// The endings that make quoted words describe their speaker, in the past
// (`"…"던 김 대표는`, `"…"라던 그`: 라고 하던 contracted), each with the space
// after it: the noun phrase after one said the words.
std::span<const std::u32string_view> RetrospectiveQuotingEndings();

// A verb of reporting after a quote's own speech verb ("…"라고 말했다고
// 보도했다): the words are someone else's, reported by the sentence's topic.
std::span<const std::u32string_view> ReportingVerbs();

// Words that close an embedded clause about something ("미국이 … 한 데
// 대해", "관련해", "두고"): a subject before one is not the sentence's speaker.
bool ClosesAboutClause(std::u32string_view word);

// A verb in the form that makes its clause modify the noun after it, so a
// subject before it belongs to that embedded clause ("공연이 준비가 부족하다는
// 물음에", "측이 … 공개하기로 한 방침을"): a reported clause's 다는/라는/냐는/
// 자는, a verb of being or a past tense in 는/은/던 ("있는", "않은",
// "했던"), 던/된 ("열렸던", "발표된"), or a lone 한/된 after a verb's
// 기로/도록 ("하기로 한"). `previous` is the word before `word`.
bool ModifiesNounAsVerb(std::u32string_view previous, std::u32string_view word);

// Verb endings a clause's reader matches at a word's end, one table; which
// reader takes a row (a bit set).
enum ClauseEndingUse : uint8_t {
  kReportedAdnominal = 1 << 0,  // a reported clause modifying a noun (…다는, …라는, …냐는, …자는)
  kPurposeEnding = 1 << 1,      // a verb's 기로/도록, after which a lone 한/된 is a verb ("하기로 한")
  kLoneVerbAfterPurpose = 1 << 2,  // that lone 한 or 된
  kReportedClause = 1 << 3,     // a reported clause that goes on (…다고, …라고): extract/quote_subject_clauses
  // A quoted sentence's ending that marks someone talking: polite (…요, …니다),
  // a question (…냐, …까), a plea or an order (…달라, …하라), a will (…겠다,
  // …싶다): extract/quote_utterance
  kUtteranceEnding = 1 << 4,
};
// True when `word` ends in a row for `use`; `longer`: with at least one
// code point before it.
bool EndsInClauseEnding(std::u32string_view word, ClauseEndingUse use, bool longer = true);
// True when `word` is a row for `use` itself.
bool IsClauseEnding(std::u32string_view word, ClauseEndingUse use);
// A quoted sentence's last word ending as talk does (kUtteranceEnding: …요,
// 합니다, …달라, …겠다), and no noun that only ends so ("필요", "중요",
// "인가" a permit): extract/quote_utterance.
bool EndsLikeTalk(std::u32string_view word);
// True when the last word of `text` is such a noun ("…대책 마련 필요"): the
// quoted words are a noun phrase, whatever syllable ends them.
bool EndsInNounLikeTalk(std::u32string_view text);

// A word ending in a particle of the one spoken to or of an object (에게,
// 에게는, 한테, 께, 을, 를): "안산 선수에게는 "…"" names who is addressed, not
// who speaks.
bool MarksAddresseeOrObject(std::u32string_view word);
// A word a verb governs, so that a verb's modifier right after it is that
// verb ("김치를 맛본", "서울에서 온", "…”고 밝힌"): an object or addressee
// (MarksAddresseeOrObject), a place or source (에서, 로부터), or a reported
// clause (…다고, …라고, a quote closed before 고).
bool MarksVerbArgument(std::u32string_view word);
// A word ending in a particle of a place or a source (에서, 에서부터, 로부터).
bool MarksPlaceOrSource(std::u32string_view word);

// An adverb that may stand between a speaker and her quote ("개리 역시
// 소진에게 "…"", "그는 또다시 "…""): 역시, 또한, 다시, 직접.
bool IsAdverbBeforeQuote(std::u32string_view word);

// A sentence adverb that goes on with the last sentence's subject ("국방부는
// … 설명했다. 이어 "…"고 덧붙였다"): 이어, 또, 또한, 그러면서, 아울러.
bool IsContinuationAdverb(std::u32string_view word);

// Counters (명, 개, 장, …): the word after a number that says what was
// counted, with the unit it is recorded as (사람 counts 명).
struct Counter {
  std::u32string_view text;
  const char* unit;  // UTF-8
  bool after_native_numeral;  // also after a native numeral ("두 명", "한 번")
};
std::span<const Counter> Counters();

// English words of institution names and their Korean counterparts, as a
// Korean name composes them word by word in the same order ("Defense
// Ministry" → 국방 + 부 = 국방부, "Busan City" → 부산 + 시, "Seoul
// Administrative Court" → 서울 + 행정 + 법원): the heads (ministry 부,
// committee 위원회, court 법원) and the modifiers government and public
// bodies are named by. An English word may have several rows; an empty
// Korean part is a word Korean names may leave out ("Seoul National
// University" 서울대). UTF-8.
struct EnglishNamePart {
  std::string_view english;  // lower case; may be two words ("general affairs")
  std::string_view korean;
};
std::span<const EnglishNamePart> EnglishNameParts();

// English news words and the Korean words news writes for them ("sanction"
// → 제재, "talks" → 회담|협상, "declaration of war" → 선전포고): topics,
// events and actions of general news. `english` is a dictionary form in
// lower case, or a phrase; `korean` one or more words separated by '|',
// the most usual first. An English key has one row. UTF-8. Looked up
// through text/english_news_terms.h (which lemmatises a question's words).
struct EnglishNewsTerm {
  std::string_view english;
  std::string_view korean;
};
std::span<const EnglishNewsTerm> EnglishNewsTerms();

// The Revised Romanization of a Hangul syllable's parts, as English news
// writes Korean given names ("맹효" → maeng + hyo): the 19 initial
// consonants, 21 vowels and 28 finals (the first empty) in Unicode order.
// `usual_finals`: the final each romanized final sound is written with
// (ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅇ), to read a romanization back.
struct HangulRomanization {
  std::span<const std::string_view> initials, vowels, finals;
  std::span<const unsigned char> usual_finals;
};
HangulRomanization RevisedRomanization();

// The spellings English-language news gives each part of a Hangul syllable
// in a person's name besides (and including) the Revised Romanization:
// McCune-Reischauer-ish and the common press forms ("Choi", "Ji-yai" 지애,
// "Chae-ah" 채아, "Yi-kyung" 이경, "Seong"/"Sung" 성, "Suzy" 수지), each part's
// spellings separated by '|', RR first; in the order of RevisedRomanization
// (19 initials, 21 vowels, 28 finals). Lower case.
struct PressRomanization {
  std::span<const std::string_view> initials, vowels, finals;
};
PressRomanization PressNameRomanization();

}  // namespace kosearch::korean
