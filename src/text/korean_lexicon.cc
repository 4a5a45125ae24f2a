// The Korean lexicon's tables (see korean_lexicon.h). Each list is written
// once; the columns say which stage reads a row.
#include "text/korean_lexicon.h"

#include <algorithm>
#include <array>
#include <bit>
#include <initializer_list>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "text/unicode_text.h"
#include "text/word_ending_index.h"

namespace kosearch::korean {

namespace {

constexpr Attach kAny = Attach::kAny;

// Particles and copula endings, longest first. Columns: the stages that cut
// the particle (ParticleUse), what it is written after (for the loanword
// stage, which keeps 레이 and 스파이 whole), and its traits.
constexpr Particle kParticles[] = {
    {U"이었는가", kCutForIndex, kAny, 0},
    {U"에서부터", kCutForIndex, kAny, 0},
    {U"으로부터", kCutForIndex | kOnLoanword, Attach::kAfterClosed, 0},
    {U"이라고는", kCutForIndex, kAny, 0},
    {U"이었다", kCutForIndex, kAny, 0},
    {U"였는가", kCutForIndex, kAny, 0},
    {U"에서는", kCutForIndex | kAfterName | kOnLoanword, kAny, 0},
    {U"에서도", kCutForIndex | kAfterName, kAny, 0},
    {U"에게서", kCutForIndex, kAny, 0},
    {U"으로서", kCutForIndex | kOnLoanword, Attach::kAfterClosed, 0},
    {U"으로써", kCutForIndex, kAny, 0},
    {U"으로는", kCutForIndex | kAfterName | kOnLoanword, Attach::kAfterClosed, 0},
    {U"으로도", kCutForIndex | kAfterName, kAny, 0},
    {U"이라고", kCutForIndex | kOnLoanword, Attach::kAfterClosed, 0},
    {U"이라며", kCutForIndex, kAny, 0},
    {U"이라는", kCutForIndex, kAny, 0},
    {U"이라면", kCutForIndex, kAny, 0},
    {U"까지는", kCutForIndex, kAny, 0},
    {U"부터는", kCutForIndex, kAny, 0},
    {U"입니다", kCutForIndex, kAny, 0},
    {U"이었던", kCutForIndex, kAny, 0},
    {U"께서는", kAfterName | kQuestionSpeaker, kAny, kMarksSubject},
    {U"에게는", kAfterName, kAny, 0},
    {U"에게도", kAfterName, kAny, 0},
    {U"에서의", kAfterName | kOnLoanword, kAny, 0},
    {U"로부터", kOnLoanword, Attach::kAfterOpenOrRieul, 0},
    {U"인가", kCutForIndex, kAny, 0},
    {U"이다", kCutForIndex | kOnLoanword, Attach::kAfterClosed, 0},
    {U"였다", kCutForIndex, kAny, 0},
    {U"였던", kCutForIndex, kAny, 0},
    {U"인지", kCutForIndex, kAny, 0},
    {U"에서", kCutForIndex | kAfterName | kOnLoanword | kAfterAmount | kQuestionTopic, kAny, 0},
    {U"에게", kCutForIndex | kAfterName | kOnLoanword, kAny, 0},
    {U"께서", kCutForIndex | kAfterName | kOnLoanword | kQuestionSpeaker, kAny, kMarksSubject},
    {U"으로", kCutForIndex | kAfterName | kOnLoanword | kAfterAmount, Attach::kAfterClosed, 0},
    {U"라고", kCutForIndex | kOnLoanword, Attach::kAfterOpen, 0},
    {U"라며", kCutForIndex, kAny, 0},
    {U"라는", kCutForIndex, kAny, 0},
    {U"까지", kCutForIndex | kAfterName | kOnLoanword | kAfterAmount, kAny, 0},
    {U"부터", kCutForIndex | kAfterName | kOnLoanword | kAfterAmount, kAny, 0},
    {U"마저", kCutForIndex, kAny, 0},
    {U"조차", kCutForIndex, kAny, 0},
    {U"처럼", kCutForIndex | kAfterName | kOnLoanword | kAfterAmount, kAny, 0},
    {U"보다", kCutForIndex | kOnLoanword | kAfterAmount, kAny, 0},
    {U"에는", kCutForIndex | kAfterName | kOnLoanword, kAny, 0},
    {U"에도", kCutForIndex | kAfterName | kOnLoanword, kAny, 0},
    {U"와는", kCutForIndex | kAfterName, kAny, 0},
    {U"과는", kCutForIndex | kAfterName, kAny, 0},
    {U"이나", kCutForIndex | kAfterName | kOnLoanword, Attach::kAfterClosed, 0},
    {U"이며", kCutForIndex, kAny, 0},
    {U"한테", kCutForIndex | kAfterName | kAfterAmount, kAny, 0},
    {U"만큼", kCutForIndex, kAny, 0},
    {U"로서", kCutForIndex | kOnLoanword, Attach::kAfterOpenOrRieul, 0},
    {U"로써", kCutForIndex, kAny, 0},
    {U"로는", kCutForIndex | kAfterName | kOnLoanword, Attach::kAfterOpenOrRieul, 0},
    {U"로도", kCutForIndex, kAny, 0},
    {U"와의", kAfterName | kOnLoanword, Attach::kAfterOpen, 0},
    {U"과의", kAfterName | kOnLoanword, Attach::kAfterClosed, 0},
    {U"이자", kAfterName, kAny, 0},
    {U"이란", kOnLoanword, Attach::kAfterClosed, 0},
    {U"마다", kAfterAmount, kAny, 0},
    {U"밖에", kAfterAmount, kAny, 0},
    {U"지만", kAfterAmount, kAny, 0},
    {U"은", kCutForIndex | kAfterName | kOnLoanword | kAfterAmount | kQuestionTopic | kQuestionSpeaker, Attach::kAfterClosed, kMarksSubject | kMarksTopic},
    {U"는", kCutForIndex | kAfterName | kOnLoanword | kAfterAmount | kQuestionTopic | kQuestionSpeaker, Attach::kAfterOpen, kMarksSubject | kMarksTopic},
    {U"이", kCutForIndex | kAfterName | kOnLoanword | kAfterAmount | kQuestionTopic | kQuestionSpeaker, Attach::kAfterClosed, kMarksSubject},
    {U"가", kCutForIndex | kAfterName | kOnLoanword | kAfterAmount | kQuestionTopic | kQuestionSpeaker, Attach::kAfterOpen, kMarksSubject},
    {U"을", kCutForIndex | kAfterName | kOnLoanword | kAfterAmount | kQuestionTopic, Attach::kAfterClosed, kMarksObject},
    {U"를", kCutForIndex | kAfterName | kOnLoanword | kAfterAmount | kQuestionTopic, Attach::kAfterOpen, kMarksObject},
    {U"에", kCutForIndex | kAfterName | kOnLoanword | kAfterAmount | kQuestionTopic | kAfterQuestionPut, kAny, kMarksRespondedTo},
    {U"엔", kAfterQuestionPut, kAny, kMarksRespondedTo},  // 에는 contracted: `…냐’는 질문엔`
    {U"의", kCutForIndex | kAfterName | kOnLoanword | kAfterAmount | kQuestionTopic, kAny, 0},
    {U"와", kCutForIndex | kAfterName | kOnLoanword | kAfterAmount, Attach::kAfterOpen, kConjoins},
    {U"과", kCutForIndex | kAfterName | kOnLoanword | kAfterAmount, Attach::kAfterClosed, kConjoins},
    {U"도", kCutForIndex | kAfterName | kOnLoanword | kAfterAmount, kAny, kMarksSubject | kEndsWords},
    {U"로", kCutForIndex | kAfterName | kOnLoanword | kAfterAmount, Attach::kAfterOpenOrRieul, kEndsWords},
    {U"만", kCutForIndex | kAfterName | kOnLoanword | kAfterAmount, kAny, kEndsWords},
    {U"인", kAfterName | kOnLoanword | kAfterAmount, kAny, kEndsWords},
    {U"께", kAfterName | kAfterAmount, kAny, 0},
    {U"들", kOnLoanword | kAfterAmount, kAny, kEndsWords},
    {U"나", kAfterAmount, kAny, 0},
    {U"며", kAfterAmount, kAny, 0},
    {U"였", kAfterAmount, kAny, 0},
    {U"라", kAfterAmount, kAny, 0},
    {U"뿐", kAfterAmount, kAny, 0},
    {U"요", kAfterAmount, kAny, 0},
    {U"면", kAfterAmount, kAny, 0},
    {U"란", kAfterAmount, kAny, 0},
    {U"랑", kAfterAmount, kAny, 0},
    {U"다", kAfterAmount, kAny, 0},
};

// 하다 and 되다 in the forms that follow a noun inside one word.
constexpr std::u32string_view kLightVerbSyllables = U"하한할함합해했되된될됨됩돼됐";

constexpr std::u32string_view kSurnames =
    U"김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염"
    U"여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부태";
constexpr std::u32string_view kDoubleSurnames[] = {U"황보", U"남궁", U"제갈", U"선우", U"독고", U"사공", U"서문", U"동방"};

// Titles; `combines` when a word ending in it is a title too (외교통상부장관).
struct Title {
  std::u32string_view text;
  bool combines;
};
constexpr Title kTitles[] = {
    {U"대통령", true}, {U"부통령", true}, {U"총리", true}, {U"수상", true}, {U"장관", true}, {U"차관", true}, {U"차관보", true},
    {U"대변인", true}, {U"회장", true}, {U"부회장", true}, {U"사장", true}, {U"부사장", true}, {U"대표", true}, {U"대표이사", true},
    {U"의장", true}, {U"부의장", true}, {U"위원장", true}, {U"부위원장", true}, {U"위원", true}, {U"의원", true}, {U"교수", true},
    {U"감독", true}, {U"코치", true}, {U"선수", true}, {U"국왕", true}, {U"여왕", true}, {U"왕세자", true}, {U"총장", true},
    {U"실장", true}, {U"원장", true}, {U"청장", true}, {U"시장", true}, {U"부시장", true}, {U"도지사", true}, {U"지사", true},
    {U"군수", true}, {U"구청장", true}, {U"대사", true}, {U"영사", true}, {U"총영사", true}, {U"본부장", true}, {U"단장", true},
    {U"국장", true}, {U"부장", true}, {U"과장", true}, {U"팀장", true}, {U"소장", true}, {U"관장", true}, {U"처장", true},
    {U"차장", true}, {U"이사", true}, {U"이사장", true}, {U"상무", true}, {U"전무", true}, {U"주임", true}, {U"대령", true},
    {U"중령", true}, {U"소령", true}, {U"장군", true}, {U"사령관", true}, {U"주석", true}, {U"총통", true}, {U"후보", true},
    {U"후보자", true}, {U"당선인", true}, {U"당선자", true}, {U"검사", true}, {U"검사장", true}, {U"판사", true}, {U"재판장", true},
    {U"대법원장", true}, {U"변호사", true}, {U"박사", true}, {U"기자", true}, {U"특파원", true}, {U"앵커", true}, {U"교육감", true},
    {U"서기장", true}, {U"총재", true}, {U"부총재", true}, {U"최고경영자", true}, {U"최고운영책임자", true}, {U"최고재무책임자", true},
    {U"최고기술책임자", true}, {U"창업자", true}, {U"창업주", true}, {U"설립자", true}, {U"목사", true}, {U"신부", true}, {U"추기경", true},
    {U"교황", true}, {U"주교", true}, {U"대주교", true}, {U"작가", true}, {U"화백", true}, {U"배우", true}, {U"가수", true}, {U"시인", true},
    {U"특사", true}, {U"총독", true}, {U"연구원", false}, {U"심판", false},
    // A researcher's rank before 연구원 makes a title, never an institute's name.
    {U"선임연구원", false}, {U"책임연구원", false}, {U"수석연구원", false}, {U"주임연구원", false}, {U"전임연구원", false},
    {U"연구위원", true}, {U"애널리스트", true}, {U"이코노미스트", true},
    {U"조정관", true}, {U"감독관", true}, {U"대표팀", true}, {U"원내대표", true}, {U"최고위원", true}, {U"비서관", true}, {U"수석", false},
    {U"행정관", true}, {U"사무관", true}, {U"서장", true}, {U"의사", false}, {U"간호사", true}, {U"사무총장", true}, {U"고문", false},
    {U"회원", false}, {U"대원", false}, {U"씨", false}, {U"CEO", true}, {U"CFO", true}, {U"CTO", true}, {U"COO", true},
    {U"CIO", true}, {U"CSO", true}, {U"CMO", true}, {U"CPO", true}, {U"PD", true}, {U"MC", false}, {U"DJ", false}, {U"스님", false},
};

constexpr Counter kCounters[] = {
    {U"명", "명", true}, {U"사람", "명", true}, {U"대", "대", true}, {U"개", "개", true}, {U"개국", "개국", false},
    {U"개사", "개사", false}, {U"개소", "개소", false}, {U"개교", "개교", false}, {U"개비", "개비", false}, {U"개팀", "개팀", false},
    {U"장", "장", true}, {U"건", "건", true}, {U"표", "표", false}, {U"척", "척", true}, {U"곳", "곳", true},
    {U"가구", "가구", false}, {U"채", "채", true}, {U"마리", "마리", true}, {U"권", "권", true}, {U"편", "편", true},
    {U"회", "회", false}, {U"차례", "차례", true}, {U"석", "석", false}, {U"주", "주", false}, {U"배", "배", true},
    {U"점", "점", false}, {U"가지", "가지", true}, {U"번", "번", true}, {U"세", "세", false}, {U"살", "살", true},
    {U"층", "층", false}, {U"쌍", "쌍", true}, {U"벌", "벌", true}, {U"켤레", "켤레", true}, {U"그루", "그루", true},
    {U"송이", "송이", true}, {U"잔", "잔", true}, {U"병", "병", true}, {U"부", "부", false}, {U"세대", "세대", false},
    {U"곡", "곡", false}, {U"골", "골", true}, {U"승", "승", false}, {U"패", "패", false}, {U"안타", "안타", false},
    {U"경기", "경기", false}, {U"홈런", "홈런", false}, {U"타점", "타점", false}, {U"득점", "득점", false}, {U"인", "인", false},
    {U"인분", "인분", false}, {U"인승", "인승", false}, {U"종", "종", false}, {U"발", "발", false}, {U"량", "량", false},
    {U"팀", "팀", false}, {U"필지", "필지", false}, {U"단체", "단체", false}, {U"개체", "개체", false},
};

constexpr bool LongestFirst(std::span<const Particle> rows) {
  for (size_t i = 1; i < rows.size(); ++i) {
    if (rows[i].text.size() > rows[i - 1].text.size()) return false;
  }
  return true;
}
static_assert(LongestFirst(kParticles), "kParticles must be sorted longest first");

}  // namespace

std::span<const Particle> Particles() { return kParticles; }

bool AttachAllows(char32_t before, Attach attach) {
  const int final = FinalConsonantIndex(before);
  if (final < 0) return true;
  switch (attach) {
    case Attach::kAny: return true;
    case Attach::kAfterClosed: return final != kNoFinal;
    case Attach::kAfterOpen: return final == kNoFinal;
    case Attach::kAfterOpenOrRieul: return final == kNoFinal || final == kFinalRieul;
  }
  return false;
}

bool ParticleAgrees(std::u32string_view stem, std::u32string_view particle) {
  if (stem.empty()) return true;
  const auto row = std::find_if(std::begin(kParticles), std::end(kParticles), [&](const Particle& p) { return p.text == particle; });
  return row == std::end(kParticles) || AttachAllows(stem.back(), row->attach);
}

const std::vector<const Particle*>& ParticlesFor(ParticleUse use) {
  // One list per use bit, built once (thread-safe static initialisation).
  static const auto kByUse = [] {
    std::array<std::vector<const Particle*>, 8> by_use;
    for (const Particle& p : kParticles) {
      for (size_t bit = 0; bit < by_use.size(); ++bit) {
        if (p.uses & (1u << bit)) by_use[bit].push_back(&p);
      }
    }
    return by_use;
  }();
  return kByUse[static_cast<size_t>(std::countr_zero(static_cast<unsigned>(use)))];
}

namespace {
// ParticlesFor(use) by each particle's last syllable, longest first as there:
// a word is compared only with the few particles ending as it does (this runs
// for every word indexed).
const std::vector<const Particle*>& ParticlesEndingWith(ParticleUse use, char32_t last) {
  using ByLast = std::unordered_map<char32_t, std::vector<const Particle*>>;
  static const auto kByUse = [] {
    std::array<ByLast, 8> by_use;
    for (size_t bit = 0; bit < by_use.size(); ++bit) {
      for (const Particle* p : ParticlesFor(static_cast<ParticleUse>(1u << bit))) by_use[bit][p->text.back()].push_back(p);
    }
    return by_use;
  }();
  static const std::vector<const Particle*> kNone;
  const ByLast& by_last = kByUse[static_cast<size_t>(std::countr_zero(static_cast<unsigned>(use)))];
  auto it = by_last.find(last);
  return it == by_last.end() ? kNone : it->second;
}
}  // namespace

const Particle* ParticleEnding(std::u32string_view word, ParticleUse use, bool allow_whole) {
  if (word.empty()) return nullptr;
  for (const Particle* p : ParticlesEndingWith(use, word.back())) {
    if ((word.size() > p->text.size() || (allow_whole && word.size() == p->text.size())) && word.ends_with(p->text)) {
      return p;
    }
  }
  return nullptr;
}

bool IsParticle(std::u32string_view word, ParticleUse use) {
  const auto& rows = ParticlesFor(use);
  return std::any_of(rows.begin(), rows.end(), [&](const Particle* p) { return p->text == word; });
}

bool EndsInTopicParticle(std::u32string_view word) {
  if (word.empty()) return false;
  return std::any_of(std::begin(kParticles), std::end(kParticles), [&](const Particle& p) {
    return p.Has(kMarksTopic) && p.text.size() == 1 && p.text[0] == word.back();
  });
}

bool EndsInObjectParticle(std::u32string_view word, bool allow_whole) {
  static const std::vector<const Particle*> rows = [] {
    std::vector<const Particle*> object;
    for (const Particle& p : kParticles) {
      if (p.Has(kMarksObject)) object.push_back(&p);
    }
    return object;
  }();
  return std::any_of(rows.begin(), rows.end(), [&](const Particle* p) {
    return (word.size() > p->text.size() || (allow_whole && word.size() == p->text.size())) && word.ends_with(p->text);
  });
}

bool IsLightVerbSyllable(char32_t c) { return kLightVerbSyllables.find(c) != std::u32string_view::npos; }

// The past-tense and 겠 syllables first: HasPastTenseSyllable reads those.
constexpr std::u32string_view kInflectionSyllables = U"했됐았었겠있없않";
constexpr size_t kPastTenseSyllables = 5;

bool HasInflectionSyllable(std::u32string_view word) {
  return word.find_first_of(kInflectionSyllables) != std::u32string_view::npos;
}

bool HasPastTenseSyllable(std::u32string_view word) {
  return word.find_first_of(kInflectionSyllables.substr(0, kPastTenseSyllables)) != std::u32string_view::npos;
}

// The final syllables of words that modify or go on (korean_lexicon.h):
// one row per syllable with the union of its uses.
struct ModifierEnd {
  char32_t syllable;
  uint8_t uses;  // ModifierEndUse bits
};
constexpr ModifierEnd kModifierEnds[] = {
    {U'된', kNoGivenNameEnds | kModifiesNoun | kAlwaysVerbModifier | kVerbAdnominal},
    {U'던', kNoGivenNameEnds | kModifiesNoun | kAlwaysVerbModifier | kVerbAdnominal | kTakesObject},
    {U'될', kNoGivenNameEnds},
    {U'할', kNoGivenNameEnds | kTakesObject},
    {U'운', kNoGivenNameEnds | kTakesObject},
    {U'온', kNoGivenNameEnds | kTakesObject},
    {U'인', kModifiesNoun},
    {U'한', kModifiesNoun | kVerbAdnominal | kTakesObject},
    {U'의', kModifiesNoun},
    {U'는', kModifiesNoun | kClauseGoesOn | kVerbModifierAfterInflection | kTakesObject},
    {U'은', kModifiesNoun | kClauseGoesOn | kVerbModifierAfterInflection | kVerbAdnominal | kTakesObject},
    {U'며', kClauseGoesOn},
    {U'고', kClauseGoesOn},                    {U'다', kClauseGoesOn},
    {U'서', kClauseGoesOn},                    {U'면', kClauseGoesOn},
    {U'을', kClauseGoesOn},                    {U'를', kClauseGoesOn},
    {U'에', kClauseGoesOn},
    // A verb's adnominal in ㄴ ("고른", "달린", "밝힌", "낸", "쓴", "준", "긴").
    {U'른', kVerbAdnominal | kTakesObject},    {U'린', kVerbAdnominal | kTakesObject},
    {U'힌', kVerbAdnominal | kTakesObject},    {U'낸', kVerbAdnominal | kTakesObject},
    {U'쓴', kVerbAdnominal | kTakesObject},    {U'준', kVerbAdnominal | kTakesObject},
    {U'긴', kVerbAdnominal | kTakesObject},
    // A verb's adnominal in ㄴ that also ends nouns ("일본", "지난"): only
    // after an object ("맛본", "이끈", "만든").
    {U'본', kTakesObject},                     {U'끈', kTakesObject},
    {U'든', kTakesObject},
};

bool EndsInModifierSyllable(std::u32string_view word, ModifierEndUse use) {
  if (word.empty()) return false;
  return std::any_of(std::begin(kModifierEnds), std::end(kModifierEnds),
                     [&](const ModifierEnd& row) { return row.syllable == word.back() && (row.uses & use) != 0; });
}

std::u32string ModifierSyllables(ModifierEndUse use) {
  std::u32string syllables;
  for (const ModifierEnd& row : kModifierEnds) {
    if ((row.uses & use) != 0) syllables.push_back(row.syllable);
  }
  return syllables;
}

bool EndsLikeModifier(std::u32string_view word) { return EndsInModifierSyllable(word, kNoGivenNameEnds); }

bool EndsInModifyingForm(std::u32string_view word) {
  return word.size() >= 2 && AllHangulSyllables(word) && EndsInModifierSyllable(word, kModifiesNoun);
}

size_t CompanyMarkAt(std::u32string_view name, bool at_end) {
  static constexpr std::u32string_view kMarks[] = {U"㈜", U"㈔", U"(주)", U"(사)", U"(유)", U"(재)", U"㈐", U"(株)"};
  for (std::u32string_view mark : kMarks) {
    if (at_end ? name.ends_with(mark) : name.starts_with(mark)) return mark.size();
  }
  return 0;
}

bool IsSurnameSyllable(char32_t c) { return kSurnames.find(c) != std::u32string_view::npos; }

bool EndsLikePersonNoun(std::u32string_view word) {
  static constexpr std::u32string_view kPersonNounEnds = U"생원자인사가부민객주수";
  return !word.empty() && kPersonNounEnds.find(word.back()) != std::u32string_view::npos;
}

bool EndsLikeOfficial(std::u32string_view word) { return word.size() >= 2 && word.back() == U'관'; }

namespace {
WordEndingIndex<bool> MakeSet(std::initializer_list<std::u32string_view> words) {
  WordEndingIndex<bool> set;
  for (std::u32string_view w : words) set.Put(w, true);
  return set;
}
}  // namespace

bool IsOrganizationHead(std::u32string_view word) {
  static const WordEndingIndex<bool> kHeads = MakeSet({
      U"그룹", U"전자", U"자동차", U"은행", U"공사", U"재단", U"협회", U"위원회", U"대학교", U"대학", U"연구소",
      U"연구원", U"공단", U"조합", U"노조", U"방송", U"신문", U"일보", U"통신", U"법원", U"정부", U"의회",
      U"회의소", U"연합회", U"연맹", U"협의회", U"본부", U"사령부", U"증권", U"생명", U"보험", U"건설", U"중공업",
      U"제약", U"항공", U"해운", U"물산", U"텔레콤", U"금융", U"홀딩스", U"센터", U"병원", U"진흥원", U"정보원",
      U"개발원", U"감사원", U"자치구", U"경찰서", U"검찰청", U"뉴스", U"공동체", U"통신사", U"교황청", U"연합", U"구단",
      U"마트", U"교"});
  return kHeads.Contains(word);
}

bool EndsInOrganizationHead(std::u32string_view word) {
  for (size_t len = 1; len < word.size() && len <= 3; ++len) {
    // Two syllables at least before a one-syllable head (불교 is no name of one).
    if (word.size() - len >= (len == 1 ? 2u : 1u) && IsOrganizationHead(word.substr(word.size() - len))) return true;
  }
  return false;
}

// Affiliation nouns (korean_lexicon.h), each with its uses.
struct AffiliationNoun {
  std::u32string_view text;
  uint8_t uses;  // AffiliationUse bits
};
constexpr AffiliationNoun kAffiliationNouns[] = {
    {U"소속사", kNamesBody | kSpeaksAsRole}, {U"기획사", kNamesBody}, {U"계열사", kNamesBody},
    {U"자회사", kNamesBody},                 {U"모회사", kNamesBody}, {U"제작사", kNamesBody | kSpeaksAsRole},
    {U"배급사", kNamesBody},                 {U"운영사", kNamesBody},
};

bool IsAffiliationNoun(std::u32string_view word, AffiliationUse use) {
  return std::any_of(std::begin(kAffiliationNouns), std::end(kAffiliationNouns),
                     [&](const AffiliationNoun& noun) { return noun.text == word && (noun.uses & use) != 0; });
}

// The countries come first: IsHanjaCountry reads that part of the row.
constexpr std::u32string_view kHanjaBodies = U"北美中日韓英佛獨露與野靑檢軍警市道區";
constexpr size_t kHanjaCountries = 9;

bool IsHanjaBodyAbbreviation(char32_t c) { return kHanjaBodies.find(c) != std::u32string_view::npos; }

bool IsHanjaCountry(char32_t c) { return kHanjaBodies.substr(0, kHanjaCountries).find(c) != std::u32string_view::npos; }

bool IsHanjaLeaderSurname(char32_t c) { return std::u32string_view(U"朴文尹盧李安").find(c) != std::u32string_view::npos; }

bool IsGovernmentBody(std::u32string_view word) {
  static const WordEndingIndex<bool> kBodies = MakeSet({
      U"정부", U"당국", U"외무부", U"외교부", U"국방부", U"국무부", U"내무부", U"법무부", U"경찰", U"검찰",
      U"의회", U"군", U"대사관", U"영사관", U"총리실", U"대통령실", U"외무성", U"국방성", U"국무성"});
  return kBodies.Contains(word);
}

bool IsDoubleSurname(std::u32string_view s) {
  return std::find(std::begin(kDoubleSurnames), std::end(kDoubleSurnames), s) != std::end(kDoubleSurnames);
}

SurnameDeterminer SurnameDeterminerReading(std::u32string_view word) {
  static constexpr std::pair<std::u32string_view, SurnameDeterminer> kReadings[] = {
      {U"한", SurnameDeterminer::kCertain}, {U"모", SurnameDeterminer::kCertain},
      {U"이", SurnameDeterminer::kThis},    {U"전", SurnameDeterminer::kFormer}};
  for (const auto& [surname, reading] : kReadings) {
    if (word == surname) return reading;
  }
  return SurnameDeterminer::kNoDeterminer;
}

bool IsDeterminer(std::u32string_view word) {
  static constexpr std::u32string_view kDeterminers[] = {U"그", U"이", U"저", U"해당", U"모", U"각"};
  return std::find(std::begin(kDeterminers), std::end(kDeterminers), word) != std::end(kDeterminers);
}

bool IsDeceasedMark(std::u32string_view word) {
  static constexpr std::u32string_view kDeceasedMarks[] = {U"故", U"고", U"고인"};
  return std::find(std::begin(kDeceasedMarks), std::end(kDeceasedMarks), word) != std::end(kDeceasedMarks);
}

bool EndsLikeOneHolderTitle(std::u32string_view title) {
  static constexpr std::u32string_view kOneHolderEnds = U"장";
  return title.size() >= 2 && kOneHolderEnds.find(title.back()) != std::u32string_view::npos;
}

namespace {
// Titles are looked up several times per word (IsTitle tries every tail of
// a word as a compound's end): hashed once, most words turned away by their
// last character.
const WordEndingIndex<bool>& TitleIndex() {
  static const WordEndingIndex<bool> index = [] {
    WordEndingIndex<bool> m;
    for (const Title& t : kTitles) m.Put(t.text, t.combines);
    return m;
  }();
  return index;
}
}  // namespace

bool IsTitleWord(std::u32string_view word) { return TitleIndex().Contains(word); }

bool IsCompoundTitleEnd(std::u32string_view tail) {
  const bool* combines = TitleIndex().Find(tail);
  return combines && *combines;
}

std::span<const Counter> Counters() { return kCounters; }

}  // namespace kosearch::korean
