// The words a speaker's noun phrase is read by (see speaker_words.h), and
// IsNonAgent (attribution.h): one table each.
#include "extract/speaker_words.h"

#include <unordered_set>

#include "extract/attribution.h"
#include "extract/people.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {
using WordSet = std::unordered_set<std::u32string_view>;
}  // namespace

// Unnamed speakers: people known by what they are, not by name.
bool IsRoleNoun(std::u32string_view w) {
  static const WordSet kRoles = {
      U"관계자", U"당국자", U"소식통", U"측근", U"관리", U"간부", U"임원", U"직원", U"연구진", U"연구팀", U"전문가",
      U"주민", U"목격자", U"유족", U"유가족", U"피해자", U"가족", U"시민", U"네티즌", U"누리꾼", U"팬", U"측",
      U"학자", U"과학자", U"관계당국", U"당국", U"언론", U"외신", U"매체", U"재판부", U"제작사", U"소속사",
      U"참석자", U"응답자", U"관계기관", U"실무자", U"담당자", U"책임자", U"지도부", U"수뇌부", U"부대장", U"단체",
      U"의료진", U"조사단", U"기획단", U"사용자", U"이용자", U"주최측", U"사측", U"노조", U"유권자", U"학생",
      U"교사", U"선수단", U"운영진", U"제작진", U"관중", U"승객", U"목사", U"여성", U"남성",
      // Kin ("벨가셈의 부친은"): who the person is to someone named, not a name.
      U"부친", U"모친", U"아버지", U"어머니", U"부모", U"아내", U"남편", U"부인", U"아들", U"딸", U"자녀",
      U"동생", U"누나", U"언니", U"오빠", U"할머니", U"할아버지", U"손자", U"손녀", U"조카", U"삼촌", U"연인", U"애인",
      U"약혼자", U"여자친구", U"남자친구", U"신랑", U"엄마", U"아빠",
      // Occupations and roles written bare ("에이전트는", "점성술가는"): what
      // someone does, never a name, so the speaker stays an unnamed role.
      U"에이전트", U"점성술가", U"역술가", U"주인", U"집주인", U"다이버", U"매니저"};
  std::u32string_view singular = w.size() > 2 && w.back() == U'들' ? w.substr(0, w.size() - 1) : w;
  if (kRoles.count(singular)) return true;
  return singular.ends_with(U"관계자") || singular.ends_with(U"당국자") || singular.ends_with(U"소식통") ||
         singular.ends_with(U"팬") || singular.ends_with(U"연구진") || singular.ends_with(U"연구팀") ||
         singular.ends_with(U"학생");  // 중학생, 여학생, 대학생
}

// What cannot speak: documents, results, crowds with no face, colours, and
// words that are verb forms ("아니냐") rather than nouns.
bool IsNonAgent(std::u32string_view w) {
  static const WordSet kThings = {
      U"사람", U"사람들", U"보고서", U"성명", U"성명서", U"문건", U"문서", U"법률", U"법", U"결과", U"자료", U"논문",
      U"조사", U"통계", U"설문", U"발표문", U"공문", U"편지", U"서한", U"글", U"게시물", U"게시글", U"댓글", U"광고",
      U"현수막", U"팻말", U"문구", U"도면", U"리뷰", U"기사", U"책", U"영상", U"노래", U"가사", U"제목", U"이름",
      U"발표", U"보도", U"소식", U"말", U"주장", U"대부분", U"일부", U"다수", U"소수", U"빨강", U"파랑", U"노랑", U"초록", U"검정", U"하양", U"보라", U"주황", U"분홍", U"누군가", U"모두", U"다들",
      // Abstract nouns that open "X는 …는 것이다" (the problem, the point), never a speaker.
      U"문제", U"핵심", U"관건", U"요지", U"이유", U"결론", U"취지", U"요점"};
  // A noun of speech ("관측도", "반응은") is what was said, not who said it.
  if (kThings.count(w) || korean::StartsWithSpeechNoun(w)) return true;
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
