// The words a speaker's noun phrase is read by (see speaker_words.h), and
// IsNonAgent (attribution.h): one table each.
#include "extract/speaker_words.h"

#include <cstdint>
#include <unordered_set>

#include "extract/attribution.h"
#include "extract/people.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {
using WordSet = std::unordered_set<std::u32string_view>;
}  // namespace

// Unnamed speakers: people known by what they are, not by name (kRole, read
// whole by IsRoleNoun), and the word endings that let a subject speak with
// no guess (kSpeaksByEnding, read by EndsInSpeakingNoun: "외교부 관계자",
// "국방부 대변인", "정부 당국", "조선중앙통신"), the press that puts
// questions (kPress, read by StartsWithPressNoun), the roles a longer word
// ending in them is too (kRoleByEnding, IsRoleNoun: "중학생", "구단 관계자")
// and a person's or a body's side (kSide, IsSideNoun: "김 후보 측"), one table.
enum SpeakerNounUse : uint8_t {
  kRole = 1 << 0,
  kSpeaksByEnding = 1 << 1,
  kPress = 1 << 2,
  kRoleByEnding = 1 << 3,
  kSide = 1 << 4,
};
struct SpeakerNoun {
  std::u32string_view text;
  uint8_t uses;
};
constexpr uint8_t kR = kRole, kE = kSpeaksByEnding, kP = kPress, kD = kRoleByEnding;
constexpr SpeakerNoun kSpeakerNouns[] = {
    {U"관계자", kR | kE | kD}, {U"당국자", kR | kE | kD}, {U"소식통", kR | kE | kD}, {U"측근", kR | kE}, {U"관리", kR | kE},
    {U"간부", kR | kE}, {U"임원", kR | kE}, {U"직원", kR | kE}, {U"연구진", kR | kE | kD}, {U"연구팀", kR | kE | kD},
    {U"전문가", kR | kE}, {U"주민", kR | kE}, {U"목격자", kR | kE}, {U"유족", kR | kE}, {U"유가족", kR | kE},
    {U"피해자", kR | kE}, {U"가족", kR | kE}, {U"시민", kR | kE}, {U"네티즌", kR | kE}, {U"누리꾼", kR | kE},
    {U"팬", kR | kD}, {U"측", kR | kE | kSide}, {U"학자", kR | kE}, {U"과학자", kR}, {U"관계당국", kR | kE}, {U"당국", kR | kE},
    {U"언론", kR | kE}, {U"외신", kR}, {U"매체", kR | kE}, {U"재판부", kR | kE},
    {U"참석자", kR}, {U"응답자", kR}, {U"상대방", kR}, {U"관계기관", kR | kE}, {U"실무자", kR}, {U"담당자", kR}, {U"책임자", kR},
    {U"지도부", kR}, {U"수뇌부", kR}, {U"부대장", kR}, {U"단체", kR | kE}, {U"의료진", kR}, {U"조사단", kR},
    {U"기획단", kR}, {U"사용자", kR}, {U"이용자", kR}, {U"주최측", kR}, {U"사측", kR | kE}, {U"노조", kR | kE},
    {U"유권자", kR}, {U"학생", kR | kD}, {U"교사", kR}, {U"학부모", kR | kE}, {U"선수단", kR}, {U"운영진", kR}, {U"제작진", kR}, {U"관중", kR},
    {U"승객", kR}, {U"목사", kR}, {U"여성", kR}, {U"남성", kR},
    // Kin ("벨가셈의 부친은"): who the person is to someone named, not a name.
    {U"부친", kR}, {U"모친", kR}, {U"아버지", kR}, {U"어머니", kR}, {U"부모", kR}, {U"아내", kR}, {U"남편", kR},
    {U"부인", kR}, {U"아들", kR}, {U"딸", kR}, {U"자녀", kR}, {U"동생", kR}, {U"누나", kR}, {U"언니", kR},
    {U"오빠", kR}, {U"할머니", kR}, {U"할아버지", kR}, {U"손자", kR}, {U"손녀", kR}, {U"조카", kR}, {U"삼촌", kR},
    {U"연인", kR}, {U"애인", kR}, {U"부부", kR}, {U"약혼자", kR}, {U"여자친구", kR}, {U"남자친구", kR}, {U"신랑", kR},
    {U"엄마", kR}, {U"아빠", kR},
    // Occupations and roles written bare ("에이전트는", "점성술가는"): what
    // someone does, never a name, so the speaker stays an unnamed role.
    {U"에이전트", kR}, {U"점성술가", kR}, {U"역술가", kR}, {U"주인", kR}, {U"집주인", kR}, {U"다이버", kR},
    {U"매니저", kR}, {U"멤버", kR}, {U"트레이너", kR},
    // A camp or faction ("개혁 진영은", "반대 세력은"): a group with no one
    // face, never a person's name, even where the tagger marks a given name
    // (진영) there.
    {U"진영", kR | kE}, {U"세력", kR | kE}, {U"계파", kR | kE},
    // Speak by their ending, though no unnamed role: officials and their
    // titles, bodies, what they issue, and people at large.
    {U"대변인", kE}, {U"위원", kE}, {U"검찰", kE}, {U"경찰", kE}, {U"보고서", kE}, {U"성명", kE},
    {U"외무부", kE}, {U"대사관", kE}, {U"영사관", kE}, {U"통신", kE}, {U"부처", kE}, {U"원수", kE}, {U"씨", kE},
    {U"여당", kE}, {U"야당", kE}, {U"사람", kE},
    // The press asking ("…냐"는 기자들 질문에): no one the article names.
    {U"기자", kP}, {U"취재진", kP},
};

bool IsRoleNoun(std::u32string_view w) {
  static const WordSet kRoles = [] {
    WordSet roles;
    for (const SpeakerNoun& noun : kSpeakerNouns) {
      if (noun.uses & kRole) roles.insert(noun.text);
    }
    return roles;
  }();
  std::u32string_view singular = w.size() > 2 && w.back() == U'들' ? w.substr(0, w.size() - 1) : w;
  // A company's agency or producer ("소속사는"): its people speaking.
  if (kRoles.count(singular) || korean::IsAffiliationNoun(singular, korean::kSpeaksAsRole)) return true;
  for (const SpeakerNoun& noun : kSpeakerNouns) {
    if ((noun.uses & kRoleByEnding) && singular.ends_with(noun.text)) return true;  // 중학생, 여학생
  }
  return false;
}

bool IsTitleOrRole(std::u32string_view w) { return IsTitle(w) || IsRoleNoun(w); }

bool NamesNoPerson(std::u32string_view span) {
  if (span.find(U' ') != std::u32string_view::npos) return false;
  size_t label = 0;  // "A에이전트", "B교수": a letter standing for someone unnamed
  while (label < span.size() && IsAsciiAlnum(span[label])) ++label;
  std::u32string_view rest = span.substr(label);
  return rest.size() >= 2 && AllHangulSyllables(rest) && IsTitleOrRole(rest);
}

bool IsSideNoun(std::u32string_view w) {
  for (const SpeakerNoun& noun : kSpeakerNouns) {
    if ((noun.uses & kSide) && w == noun.text) return true;
  }
  return false;
}

size_t GluedSideLength(std::u32string_view name) {
  for (const SpeakerNoun& noun : kSpeakerNouns) {
    size_t n = noun.text.size();
    if ((noun.uses & kSide) && name.size() > n + 1 && name.ends_with(noun.text) && !IsSpaceInLine(name[name.size() - n - 1])) {
      return n;
    }
  }
  return 0;
}

bool StartsWithPressNoun(std::u32string_view rest) {
  for (const SpeakerNoun& noun : kSpeakerNouns) {
    if ((noun.uses & kPress) && rest.starts_with(noun.text)) return true;
  }
  return false;
}

bool EndsInSpeakingNoun(std::u32string_view w) {
  for (const SpeakerNoun& noun : kSpeakerNouns) {
    if ((noun.uses & kSpeaksByEnding) && w.ends_with(noun.text)) return true;
  }
  return false;
}

// What cannot speak: documents, results, crowds with no face, colours, and
// words that are verb forms ("아니냐") rather than nouns.
bool IsNonAgent(std::u32string_view w) {
  static const WordSet kThings = {
      U"사람", U"사람들", U"보고서", U"성명", U"성명서", U"문건", U"문서", U"법률", U"법", U"자료", U"논문",
      U"조사", U"통계", U"설문", U"발표문", U"공문", U"편지", U"서한", U"글", U"게시물", U"게시글", U"댓글", U"광고",
      U"현수막", U"팻말", U"문구", U"도면", U"리뷰", U"기사", U"책", U"영상", U"노래", U"가사",
      U"발표", U"보도", U"소식", U"말", U"주장", U"대부분", U"일부", U"다수", U"소수", U"빨강", U"파랑", U"노랑", U"초록", U"검정", U"하양", U"보라", U"주황", U"분홍", U"누군가", U"모두", U"다들",
      // Abstract nouns that open "X는 …는 것이다" (the problem, the point), never a speaker.
      U"문제", U"핵심", U"관건", U"요지", U"이유", U"결론", U"취지", U"요점"};
  // A noun of speech ("관측도", "반응은") is what was said, not who said it;
  // a thought, a finding, a title or a name (the lexicon's nouns of no
  // speech: 결과, 제목, 이름) is no one.
  if (kThings.count(w) || korean::StartsWithSpeechNoun(w) || korean::IsNotSpeechNoun(w)) return true;
  if (w.size() >= 2 && w.back() == U'색') return true;  // 빨간색, 흰색
  // "아니냐", "했는지": a verb form the subject finder took for a noun.
  return w.size() >= 2 && (w.back() == U'냐' || w.ends_with(U"는지") || w.ends_with(U"을까") || w.ends_with(U"는데"));
}

// Qualifiers before a role or organization that belong to neither.
bool IsQualifier(std::u32string_view w) {
  static const WordSet kQualifiers = {U"관련", U"고위", U"다른", U"한", U"해당", U"익명의", U"복수의", U"현지",
                                      U"일부", U"또", U"당시", U"같은", U"여러", U"각", U"모", U"이들", U"대부분",
                                      U"전", U"현", U"前", U"現", U"신임", U"초대", U"차기", U"명예"};
  return kQualifiers.count(w) || IsCommonWord(w);
}

// Countries and places, which stand before titles ("미국 대통령") as names do.
bool IsPlace(std::u32string_view w) {
  static const WordSet kPlaces = {U"일본", U"북한", U"남한", U"러시아", U"프랑스", U"독일", U"인도", U"이란", U"이라크",
                                  U"대만", U"호주", U"캐나다", U"유럽", U"서울", U"부산", U"이스라엘", U"이집트",
                                  U"브라질", U"멕시코", U"스페인", U"이탈리아", U"베트남", U"필리핀", U"현지", U"국내",
                                  U"해외", U"세계", U"각국", U"양국", U"유엔", U"시리아", U"터키", U"튀르키예",
                                  // Cities news names before an office ("이스탄불 주지사", "뉴욕 시장").
                                  U"베이징", U"상하이", U"도쿄", U"오사카", U"뉴욕", U"워싱턴", U"런던", U"파리",
                                  U"베를린", U"모스크바", U"마드리드", U"이스탄불", U"앙카라", U"테헤란", U"바그다드",
                                  U"카이로", U"예루살렘", U"홍콩", U"싱가포르", U"방콕", U"하노이", U"마닐라",
                                  U"자카르타", U"뉴델리", U"시드니", U"토론토", U"브뤼셀", U"제네바", U"키이우",
                                  U"평양", U"인천", U"대구", U"대전", U"울산", U"제주", U"광주"};
  return kPlaces.count(w) || (w.size() >= 2 && w.back() == U'국') || w.ends_with(U"스탄");
}

bool IsDistrictAfterPlace(std::u32string_view place, std::u32string_view w) {
  // A city, not a country ("한국 여자농구"), then a word in 구.
  if (!IsPlace(place) || place.ends_with(U"국") || place.ends_with(U"스탄") || !AllHangulSyllables(w) || w.size() < 2 ||
      w.size() > 4 || w.back() != U'구') {
    return false;
  }
  // Two syllables: only the districts named by direction (서구, 중구); a
  // "부산 친구" is a friend. Longer: a named district (수성구, 해운대구), no
  // tool, friend or ball game (도구, 기구, 친구, 농구). No county (군: also an
  // army, 정부군).
  if (w.size() == 2) return std::u32string_view(U"동서남북중").find(w[0]) != std::u32string_view::npos;
  for (std::u32string_view not_district : {U"친구", U"도구", U"기구", U"농구", U"축구", U"배구", U"야구"}) {
    if (w.ends_with(not_district)) return false;
  }
  return !IsCommonWord(w) && !HasGrammaticalEnding(w);
}

}  // namespace kosearch
