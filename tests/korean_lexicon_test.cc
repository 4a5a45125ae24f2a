// The Korean lexicon (src/text/korean_lexicon): one table each for
// particles, light verbs, surnames, titles and counters, on real words.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "extract/people.h"
#include "text/korean_lexicon.h"
#include "text/korean_lexicon_body_names.h"
#include "text/unicode_text.h"

namespace korean = kosearch::korean;

namespace {
// The particle `word` ends with for `use`, as UTF-8; "" when none.
std::string Ending(std::u32string_view word, korean::ParticleUse use, bool allow_whole = false) {
  const korean::Particle* p = korean::ParticleEnding(word, use, allow_whole);
  return p ? kosearch::ToUtf8(p->text) : "";
}
}  // namespace

TEST_CASE("a particle is cut from a word, the longest one first") {
  CHECK(Ending(U"옴니버스를", korean::kCutForIndex) == "를");
  CHECK(Ending(U"서울에서는", korean::kCutForIndex) == "에서는");  // not 는
  CHECK(Ending(U"국회로부터", korean::kOnLoanword) == "로부터");
  CHECK(Ending(U"반도체", korean::kCutForIndex) == "");
  // A word that is only a particle keeps it unless asked to take it whole.
  CHECK(Ending(U"를", korean::kCutForIndex) == "");
  CHECK(Ending(U"를", korean::kAfterName, /*allow_whole=*/true) == "를");
}

TEST_CASE("each stage reads its own rows of the one particle table") {
  // 로부터 is taken off loanwords only; 이었다 is cut for the index only.
  CHECK(korean::IsParticle(U"로부터", korean::kOnLoanword));
  CHECK_FALSE(korean::IsParticle(U"로부터", korean::kCutForIndex));
  CHECK(korean::IsParticle(U"이었다", korean::kCutForIndex));
  CHECK_FALSE(korean::IsParticle(U"이었다", korean::kAfterName));
  // 께서 marks the subject (a speaker may follow), 을 the object.
  const korean::Particle* subject = korean::ParticleEnding(U"대통령께서", korean::kAfterName);
  REQUIRE(subject != nullptr);
  CHECK(subject->Has(korean::kMarksSubject));
  const korean::Particle* object = korean::ParticleEnding(U"대통령을", korean::kAfterName);
  REQUIRE(object != nullptr);
  CHECK_FALSE(object->Has(korean::kMarksSubject));
}

TEST_CASE("the particle table is longest first, without repeats, every row used") {
  auto rows = korean::Particles();
  REQUIRE(rows.size() > 50);
  std::set<std::u32string_view> seen;
  for (size_t i = 0; i < rows.size(); ++i) {
    CHECK(seen.insert(rows[i].text).second);
    CHECK(rows[i].uses != 0);
    if (i > 0) CHECK(rows[i].text.size() <= rows[i - 1].text.size());
  }
  const auto& for_index = korean::ParticlesFor(korean::kCutForIndex);
  REQUIRE(!for_index.empty());
  for (const korean::Particle* p : for_index) CHECK(p->UsedFor(korean::kCutForIndex));
}

TEST_CASE("a surname and a title: 이재용 회장은, 남궁민수 교수, 외교통상부장관") {
  using kosearch::StripParticle;
  bool subject = false;
  // "회장은": the title 회장 and the topic marker 은.
  CHECK(StripParticle(U"회장은", &subject) == 2);
  CHECK(subject);
  CHECK(korean::IsTitleWord(U"회장"));
  CHECK(korean::IsSurnameSyllable(U"이재용"[0]));
  CHECK(kosearch::LooksLikeKoreanName(U"이재용"));
  // A two-syllable surname splits off two syllables.
  CHECK(korean::IsDoubleSurname(U"남궁"));
  CHECK(kosearch::SurnameOf(U"남궁민수") == U"남궁");
  CHECK(kosearch::SurnameOf(U"이재용") == U"이");
  CHECK_FALSE(korean::IsSurnameSyllable(U'의'));
  // Compound titles end in a title that combines; 연구원 does not (한국개발연구원 is an institute).
  CHECK(kosearch::IsTitle(U"외교통상부장관"));
  CHECK(korean::IsCompoundTitleEnd(U"장관"));
  CHECK(korean::IsTitleWord(U"연구원"));
  CHECK_FALSE(korean::IsCompoundTitleEnd(U"연구원"));
  CHECK_FALSE(kosearch::IsTitle(U"한국개발연구원"));
  CHECK(kosearch::IsTitle(U"CEO"));
}

TEST_CASE("light verbs and counters") {
  // 발표했다 = 발표 + 했다; 하나 starts with 하 but is a native word (the analyzer only cuts from the third syllable).
  CHECK(korean::IsLightVerbSyllable(U"발표했다"[2]));
  CHECK(korean::IsLightVerbSyllable(U'된'));
  CHECK_FALSE(korean::IsLightVerbSyllable(U'표'));
  auto counters = korean::Counters();
  REQUIRE(counters.size() > 20);
  auto find = [&](std::u32string_view word) -> const korean::Counter* {
    for (const korean::Counter& c : counters) {
      if (c.text == word) return &c;
    }
    return nullptr;
  };
  REQUIRE(find(U"사람") != nullptr);
  CHECK(std::string(find(U"사람")->unit) == "명");  // "세 사람" counts people as 명
  CHECK(find(U"사람")->after_native_numeral);
  REQUIRE(find(U"필지") != nullptr);
  CHECK_FALSE(find(U"필지")->after_native_numeral);  // "3필지", never "세 필지"
  CHECK(find(U"개월") == nullptr);  // a duration, not a count
}

TEST_CASE("a company's legal-form mark is found at either end of its name") {
  CHECK(korean::CompanyMarkAt(U"㈜한빛소프트", false) == 1);
  CHECK(korean::CompanyMarkAt(U"(주)한빛소프트", false) == 3);
  CHECK(korean::CompanyMarkAt(U"한빛소프트(주)", true) == 3);
  CHECK(korean::CompanyMarkAt(U"㈔푸른숲", false) == 1);
  CHECK(korean::CompanyMarkAt(U"한빛소프트", false) == 0);
  CHECK(korean::CompanyMarkAt(U"한빛소프트", true) == 0);
  CHECK(korean::CompanyMarkAt(U"㈜한빛소프트", true) == 0);  // the end holds none
}

TEST_CASE("a modifying form ends a word that modifies the noun after it, not a foreign given name") {
  CHECK(korean::EndsInModifyingForm(U"남편인"));
  CHECK(korean::EndsInModifyingForm(U"참석한"));
  CHECK(korean::EndsInModifyingForm(U"잡지의"));
  CHECK_FALSE(korean::EndsInModifyingForm(U"세르게"));
  CHECK_FALSE(korean::EndsInModifyingForm(U"애너린"));
  CHECK_FALSE(korean::EndsInModifyingForm(U"인"));  // one syllable: a surname or a word of its own
}

TEST_CASE("one table of modifier endings answers each reader by its own flag") {
  // 된 ends both a clause no given name ends in and a modifying form.
  CHECK(korean::EndsLikeModifier(U"달성된"));
  CHECK(korean::EndsInModifyingForm(U"달성된"));
  // 할 ends no given name, yet modifies no noun as the stricter form reads it.
  CHECK(korean::EndsLikeModifier(U"출마할"));
  CHECK_FALSE(korean::EndsInModifyingForm(U"출마할"));
  // 인 and 한 end given names as often as modifiers (수인, 동한).
  CHECK_FALSE(korean::EndsLikeModifier(U"수인"));
  CHECK(korean::EndsInModifierSyllable(U"수인", korean::kModifiesNoun));
  // A clause going on (며, 고) or an object's particle: no speaker's name.
  CHECK(korean::EndsInModifierSyllable(U"밝히며", korean::kClauseGoesOn));
  CHECK(korean::EndsInModifierSyllable(U"계획을", korean::kClauseGoesOn));
  CHECK_FALSE(korean::EndsInModifierSyllable(U"계획을", korean::kModifiesNoun));
  CHECK_FALSE(korean::EndsInModifierSyllable(U"박서준", korean::kClauseGoesOn));
  CHECK_FALSE(korean::EndsInModifierSyllable(U"", korean::kClauseGoesOn));
}

TEST_CASE("a verb whose clause modifies the noun after it, read from the one table of modifier endings") {
  // 된, 던 whatever the stem; 는, 은 only after a syllable of tense or being.
  CHECK(korean::ModifiesNounAsVerb(U"", U"발표된"));
  CHECK(korean::ModifiesNounAsVerb(U"", U"열렸던"));
  CHECK(korean::ModifiesNounAsVerb(U"", U"있는"));
  CHECK(korean::ModifiesNounAsVerb(U"", U"않은"));
  CHECK(korean::ModifiesNounAsVerb(U"", U"있다는"));
  CHECK(korean::ModifiesNounAsVerb(U"밝히기로", U"한"));
  CHECK_FALSE(korean::ModifiesNounAsVerb(U"", U"대변인은"));  // a topic, no verb
  CHECK_FALSE(korean::ModifiesNounAsVerb(U"", U"이동하는"));  // no syllable of tense or being
  CHECK_FALSE(korean::ModifiesNounAsVerb(U"이번", U"한"));
  CHECK(korean::ModifiesNounAsVerb(U"", U"없는"));
  CHECK_FALSE(korean::ModifiesNounAsVerb(U"", U"한"));      // "한 관계자": one official
  CHECK_FALSE(korean::ModifiesNounAsVerb(U"", U"협회의"));  // a genitive
}

TEST_CASE("each reader's modifier syllables are rows of the one table, in table order") {
  // The question side reads kVerbAdnominal (answer/korean_question_words).
  CHECK(kosearch::ToUtf8(korean::ModifierSyllables(korean::kVerbAdnominal)) == "된던한은른린힌낸쓴준긴");
  CHECK(kosearch::ToUtf8(korean::ModifierSyllables(korean::kAlwaysVerbModifier)) == "된던");
  CHECK(kosearch::ToUtf8(korean::ModifierSyllables(korean::kVerbModifierAfterInflection)) == "는은");
}

TEST_CASE("an object marker is a row of the one particle table") {
  CHECK(korean::EndsInObjectParticle(U"김치를"));
  CHECK(korean::EndsInObjectParticle(U"결정을"));
  CHECK_FALSE(korean::EndsInObjectParticle(U"를"));  // the particle alone
  CHECK(korean::EndsInObjectParticle(U"를", /*allow_whole=*/true));
  CHECK_FALSE(korean::EndsInObjectParticle(U"대변인은"));
  // The addressee and the object: 에게 and 을 alike are no speaker.
  CHECK(korean::MarksAddresseeOrObject(U"선수에게는"));
  CHECK(korean::MarksAddresseeOrObject(U"일병을"));
  CHECK_FALSE(korean::MarksAddresseeOrObject(U"을"));
}

TEST_CASE("a syllable's final consonant, for particles and endings that agree with it") {
  using kosearch::FinalConsonantIndex;
  CHECK(FinalConsonantIndex(U'하') == kosearch::kNoFinal);
  CHECK(FinalConsonantIndex(U'한') == kosearch::kFinalNieun);
  CHECK(FinalConsonantIndex(U'할') == kosearch::kFinalRieul);
  CHECK(FinalConsonantIndex(U'합') == kosearch::kFinalBieup);
  CHECK(FinalConsonantIndex(U'했') == kosearch::kFinalSsangSiot);
  CHECK(FinalConsonantIndex(U'a') == -1);
  CHECK(kosearch::EndsInRieul(U'들'));
  CHECK_FALSE(kosearch::EndsInRieul(U'만'));
  CHECK_FALSE(kosearch::EndsInRieul(U'l'));
  CHECK(kosearch::EndsInNieun(U'한'));
  CHECK_FALSE(kosearch::EndsInNieun(U'할'));
}

TEST_CASE("talk's endings: polite 니다 only after a ㅂ, and no noun that only ends like talk") {
  CHECK(korean::EndsLikeTalk(U"다하겠습니다"));
  CHECK(korean::EndsLikeTalk(U"있습니까"));
  CHECK_FALSE(korean::EndsLikeTalk(U"아니다"));
  CHECK(korean::EndsLikeTalk(U"필요해요"));
  CHECK_FALSE(korean::EndsLikeTalk(U"필요"));
  CHECK_FALSE(korean::EndsLikeTalk(U"불필요"));
  CHECK_FALSE(korean::EndsLikeTalk(U"중요"));
  CHECK_FALSE(korean::EndsLikeTalk(U"인가"));
  CHECK(korean::EndsLikeTalk(U"사실인가"));
  // A row needing a final consonant before it is never a whole word.
  CHECK_FALSE(korean::IsClauseEnding(U"니다", korean::kUtteranceEnding));
}

TEST_CASE("the words of others: nouns put to the subject, verbs that take them, the particle of a reply") {
  CHECK(korean::IsSpeechNoun(U"요구", korean::kPutToSubject));
  CHECK(korean::IsSpeechNoun(U"요청", korean::kPutToSubject));
  CHECK_FALSE(korean::IsSpeechNoun(U"요청", korean::kAfterQuote));  // a new row only for its reader
  CHECK_FALSE(korean::IsSpeechNoun(U"발언", korean::kPutToSubject));
  CHECK(korean::StartsWithVerbOfOthersWords(U"받았다"));
  CHECK(korean::StartsWithVerbOfOthersWords(U"거부했다"));
  CHECK_FALSE(korean::StartsWithVerbOfOthersWords(U"했다"));
  const korean::Particle* p = korean::ParticleEnding(U"요청에", korean::kCutForIndex);
  REQUIRE(p != nullptr);
  CHECK(p->Has(korean::kMarksRespondedTo));
  p = korean::ParticleEnding(U"요청을", korean::kCutForIndex);
  REQUIRE(p != nullptr);
  CHECK_FALSE(p->Has(korean::kMarksRespondedTo));
}

TEST_CASE("nouns of no speech: a thought, a finding, a title or a name") {
  CHECK(korean::StartsWithNotSpeechNoun(U"생각에서"));
  CHECK(korean::StartsWithNotSpeechNoun(U"제목의 대자보"));
  CHECK_FALSE(korean::StartsWithNotSpeechNoun(U"이름표"));
  CHECK(korean::IsNotSpeechNoun(U"결과"));
  CHECK(korean::IsNotSpeechNoun(U"이름"));
  CHECK_FALSE(korean::IsNotSpeechNoun(U"결과를"));
}

TEST_CASE("surnames that read as determiners before a title, and titles of one holder") {
  using korean::SurnameDeterminer;
  CHECK(korean::SurnameDeterminerReading(U"한") == SurnameDeterminer::kCertain);
  CHECK(korean::SurnameDeterminerReading(U"이") == SurnameDeterminer::kThis);
  CHECK(korean::SurnameDeterminerReading(U"전") == SurnameDeterminer::kFormer);
  CHECK(korean::SurnameDeterminerReading(U"김") == SurnameDeterminer::kNoDeterminer);
  CHECK(korean::EndsLikeOneHolderTitle(U"이사장"));
  CHECK(korean::EndsLikeOneHolderTitle(U"단장"));
  CHECK_FALSE(korean::EndsLikeOneHolderTitle(U"장"));
  CHECK_FALSE(korean::EndsLikeOneHolderTitle(U"의원"));
}

TEST_CASE("the table of institution words composes an office from its modifiers and head, never a name") {
  // One modifier and a head, or several modifiers and a head.
  CHECK(korean::ComposesBodyName(U"정보국"));
  CHECK(korean::ComposesBodyName(U"교통국"));
  CHECK(korean::ComposesBodyName(U"교통과"));
  CHECK(korean::ComposesBodyName(U"보건복지부"));
  CHECK(korean::ComposesBodyName(U"질병관리청"));
  // Names that end like an office: the syllables before are no modifier.
  CHECK_FALSE(korean::ComposesBodyName(U"정병국"));
  CHECK_FALSE(korean::ComposesBodyName(U"김용국"));
  CHECK_FALSE(korean::ComposesBodyName(U"강금실"));
  // A head alone, or after a one-syllable modifier (외부 is "outside", 대사 an envoy).
  CHECK_FALSE(korean::ComposesBodyName(U"국"));
  CHECK_FALSE(korean::ComposesBodyName(U"외부"));
  CHECK_FALSE(korean::ComposesBodyName(U"대사관계"));
}
