// Tests for the loanword matcher (src/text/loanword.h): pairs the product relies
// on, unrelated words that must stay apart, particle stripping and
// multi-word names.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "text/loanword.h"

namespace kosearch {
namespace {

bool Pairs(const char* english, const char* hangul) {
  return LoanwordSimilarity(english, hangul) >= kDefaultLoanwordSimilarity;
}

TEST_CASE("loanword keys agree for English and Korean spellings") {
  CHECK(LoanwordKey("Omniverse") == LoanwordKey("옴니버스"));
  CHECK(LoanwordKey("robotics") == LoanwordKey("로보틱스"));
  CHECK(LoanwordKey("startup") == LoanwordKey("스타트업"));  // final ㅂ is p, not ICU's b
  CHECK(LoanwordKey("platform") == LoanwordKey("플랫폼"));   // 플 drops its ㅡ, ㄹㄹ is one l
  CHECK(LoanwordKey("chat") == LoanwordKey("챗"));           // final ㅅ is t, not ICU's s
  CHECK(LoanwordKey("Lawrence Livermore") == LoanwordKey("로렌스 리버모어"));
  CHECK(LoanwordKey("Omniverse") != LoanwordKey("오바마"));
  CHECK(LoanwordKey("") == "");
  CHECK(LoanwordKey("2024, …") == "");
}

TEST_CASE("loanword pairs the product needs") {
  CHECK(Pairs("Omniverse", "옴니버스"));
  CHECK(Pairs("robotics", "로보틱스"));
  CHECK(Pairs("sovereign", "소버린"));
  CHECK(Pairs("NVIDIA", "엔비디아"));
  CHECK(Pairs("Jensen", "젠슨"));
  CHECK(Pairs("Hyundai", "현대"));
  CHECK(Pairs("Naver", "네이버"));
  CHECK(Pairs("Samsung", "삼성"));
  CHECK(Pairs("golden bell", "골든벨"));
  CHECK(Pairs("Lawrence Livermore", "로렌스 리버모어"));
  CHECK(Pairs("Livermore", "리버모아"));  // the corpus README's spelling
  CHECK(Pairs("Obama", "오바마"));
  CHECK(Pairs("digital", "디지털"));
  CHECK(Pairs("platform", "플랫폼"));
  CHECK(Pairs("startup", "스타트업"));
  CHECK(Pairs("computers", "컴퓨터"));   // plural dropped
  CHECK(Pairs("Russian", "러시아"));     // demonym to place
  CHECK(Pairs("Singapore", "싱가포르"));
  CHECK(Pairs("McCain", "매케인"));
}

TEST_CASE("loanword similarity keeps unrelated words apart") {
  CHECK_FALSE(Pairs("omniverse", "오바마"));
  CHECK_FALSE(Pairs("Omniverse", "옴니채널"));
  CHECK_FALSE(Pairs("president", "대통령"));  // a translation, not a transliteration
  CHECK_FALSE(Pairs("investment", "투자"));
  CHECK_FALSE(Pairs("Korea", "한국"));
  CHECK_FALSE(Pairs("NVIDIA", "엔씨소프트"));
  // robot is a different (shorter) word than robotics: below the default.
  CHECK(LoanwordSimilarity("robotics", "로봇") < kDefaultLoanwordSimilarity);
  CHECK(LoanwordSimilarity("robot", "로봇") == doctest::Approx(1.0));
  CHECK(LoanwordSimilarity("", "옴니버스") == 0.0);
  CHECK(LoanwordSimilarity("Omniverse", "") == 0.0);
}

TEST_CASE("loanword similarity is in [0, 1] and favours the right word") {
  double right = LoanwordSimilarity("Lawrence", "로렌스");
  double wrong = LoanwordSimilarity("Lawrence", "로버트");
  CHECK(right > wrong);
  CHECK(right <= 1.0);
  CHECK(wrong >= 0.0);
}

TEST_CASE("an f Korean writes with ㅎ and a name's silent opening h are heard as Korean spells them") {
  CHECK(Pairs("Fila", "휠라"));          // older and brand spellings: 휠라, 화이팅
  CHECK_FALSE(Pairs("honorary", "날이라"));  // a common word keeps its h
  CHECK(Pairs("Houllier", "울리에"));    // a French h is not heard
  // The spelling as written still pairs, and the readings widen nothing else.
  CHECK(Pairs("Fila", "필라"));
  CHECK(Pairs("Harris", "해리스"));
  CHECK_FALSE(Pairs("Fila", "하나"));
  CHECK_FALSE(Pairs("Hong", "오바마"));
}

TEST_CASE("particles are stripped from candidates") {
  std::vector<std::string> forms = ParticleStrippedForms("옴니버스를");
  REQUIRE(forms.size() >= 2);
  CHECK(forms[0] == "옴니버스를");
  CHECK(forms[1] == "옴니버스");
  // Two particles: plural then object marker.
  forms = ParticleStrippedForms("로봇들을");
  CHECK(std::find(forms.begin(), forms.end(), "로봇") != forms.end());
  // A strip never leaves an empty word.
  forms = ParticleStrippedForms("이");
  CHECK(forms == std::vector<std::string>{"이"});
  // 이 marks the subject only after a closed syllable, 가 after an open one:
  // 레이 (Ray) and 스파이 (spy) stay whole, 오바마가 loses its 가.
  CHECK(ParticleStrippedForms("레이") == std::vector<std::string>{"레이"});
  CHECK(ParticleStrippedForms("스파이") == std::vector<std::string>{"스파이"});
  CHECK(ParticleStrippedForms("클럽가") == std::vector<std::string>{"클럽가"});
  CHECK(ParticleStrippedForms("오바마가") == std::vector<std::string>{"오바마가", "오바마"});
}

TEST_CASE("MatchLoanword returns stripped forms, best first") {
  std::vector<std::string> words = {"SK는", "옴니버스라고", "부르는", "플랫폼을", "소개했다"};
  CHECK(MatchLoanword("Omniverse", words) == std::vector<std::string>{"옴니버스"});
  CHECK(MatchLoanword("platform", words) == std::vector<std::string>{"플랫폼"});
  CHECK(MatchLoanword("sovereign", words).empty());

  words = {"오바마가", "오바마의", "연설"};
  CHECK(MatchLoanword("Obama", words) == std::vector<std::string>{"오바마"});  // one entry per form

  // A particle the key cannot see is still taken off; a syllable that only
  // looks like one (the 어 of 리버모어) is not.
  CHECK(MatchLoanword("online", {"온라인으로"}) == std::vector<std::string>{"온라인"});
  CHECK(MatchLoanword("logo", {"로고의"}) == std::vector<std::string>{"로고"});
  CHECK(MatchLoanword("Livermore", {"리버모어가"}) == std::vector<std::string>{"리버모어"});

  // Both match; the exact spelling ranks first.
  words = {"옴니보어", "옴니버스는"};
  std::vector<std::string> got = MatchLoanword("Omniverse", words, 0.5);
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "옴니버스");
}

TEST_CASE("MatchLoanword joins words for multi-word names") {
  std::vector<std::string> words = {"미국", "로렌스", "리버모어", "국립연구소의"};
  std::vector<std::string> got = MatchLoanword("Lawrence Livermore", words);
  REQUIRE_FALSE(got.empty());
  CHECK(got[0] == "로렌스 리버모어");
  // One syllable alone never matches, but as part of the name it does.
  CHECK(MatchLoanword("Huang", {"황", "회장은"}).empty());
  got = MatchLoanword("Jensen Huang", {"젠슨", "황은"});
  REQUIRE_FALSE(got.empty());
  CHECK(got[0] == "젠슨 황");
}

TEST_CASE("MatchLoanword rejects short keys and native words") {
  // Two consonants need an exact key; one is never enough.
  CHECK(MatchLoanword("Ai", {"아이", "아이가"}).empty());
  CHECK(MatchLoanword("court", {"것"}).empty());          // one syllable
  CHECK(MatchLoanword("grown", {"그러나"}).empty());      // a native conjunction
  CHECK(MatchLoanword("Korea", {"거리에서"}).empty());
  // Even with no threshold, one-syllable candidates are never returned, nor
  // are they with a particle attached.
  CHECK(MatchLoanword("court", {"것", "법원"}, 0.0) == std::vector<std::string>{"법원"});
  CHECK(MatchLoanword("guilty", {"것에"}, 0.0).empty());
  // ... but 도 also ends words: 인도 is India, not 인 + 도.
  CHECK(MatchLoanword("India", {"인도"}) == std::vector<std::string>{"인도"});
}

TEST_CASE("a foreign name is read as its own language reads it: Th as t, a German final ch as 흐") {
  CHECK(Pairs("Thomas Bach", "토마스 바흐"));
  CHECK(Pairs("Thomas", "토마스"));
  // Only names: a lower-case word keeps its English reading, and other names stay apart.
  CHECK(LoanwordSimilarity("thomas", "토마스") < kDefaultLoanwordSimilarity);
  CHECK_FALSE(Pairs("Thomas Bach", "토머스 모어"));
  CHECK(MatchLoanword("Bach", {"바흐"}).empty());  // a key of one consonant pairs with too much: the whole name only
  CHECK(MatchLoanword("Thomas Bach", {"토마스바흐"}) == std::vector<std::string>{"토마스바흐"});
}

}  // namespace
}  // namespace kosearch
