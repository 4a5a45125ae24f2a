// Romanized Korean in English questions (text/romanized_surnames.h): a given
// name's key shared by the press's spellings and the Revised Romanization of
// its Hangul, a sound-alike's syllables compared one by one, and the Hangul
// words a romanized word spells.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "text/romanized_surnames.h"

namespace kosearch {
namespace {

bool Has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

TEST_CASE("a romanized given name and its Hangul share a key, whichever spelling the press uses") {
  const std::vector<std::pair<std::string, std::string>> same = {
      {"Maeng-hyo", "맹효"}, {"Seok-youl", "석열"}, {"Suk-yeol", "석열"}, {"Dae-young", "대영"},
      {"Kun-hee", "건희"},   {"Geun-hye", "근혜"},  {"Jong-hoon", "종훈"}, {"Seok-ki", "석기"}};
  for (const auto& pair : same) {
    // Plain references: clang-14 cannot capture a structured binding in CAPTURE's lambda.
    const std::string& latin = pair.first;
    const std::string& hangul = pair.second;
    CAPTURE(latin);
    CHECK(RomanizedNameKey(latin) == RomanizedNameKey(hangul));
    CHECK_FALSE(RomanizedNameKey(latin).empty());
  }
  CHECK(RomanizedNameKey("Maeng-hyo") != RomanizedNameKey("명효"));
  CHECK(RomanizedNameKey("Hwang-sik") != RomanizedNameKey("경식"));
  CHECK(RomanizedNameKey("…").empty());
}

TEST_CASE("a sound-alike given name written syllable by syllable: each syllable opens as the Hangul one") {
  // The press's spellings whose keys differ from the Hangul's: still the name.
  CHECK(GivenNameSyllablesAgree("Woo-taek", "우택"));
  CHECK(GivenNameSyllablesAgree("Ki-kweon", "기권"));
  CHECK(GivenNameSyllablesAgree("Ok-vin", "옥빈"));
  CHECK(GivenNameSyllablesAgree("Jie-won", "지원"));
  CHECK(GivenNameSyllablesAgree("Hyun Joong", "현중"));
  // Another person's name that merely sounds near.
  CHECK_FALSE(GivenNameSyllablesAgree("Hyun-joong", "희중"));
  CHECK_FALSE(GivenNameSyllablesAgree("Poong-ki", "병하"));
  CHECK_FALSE(GivenNameSyllablesAgree("Seung-hwan", "세균"));
  CHECK_FALSE(GivenNameSyllablesAgree("Sung-min", "승만"));
  CHECK_FALSE(GivenNameSyllablesAgree("Hyun-joong", "현"));  // not as many syllables
  // Written as one word: nothing to compare syllable by syllable.
  CHECK(GivenNameSyllablesAgree("Hyunjoong", "희중"));
}

TEST_CASE("a word in Revised Romanization spells Hangul syllable by syllable; other words spell none") {
  CHECK(Has(HangulOfRomanized("Itaewon"), "이태원"));
  CHECK(Has(HangulOfRomanized("Pangyo"), "판교"));
  CHECK(Has(HangulOfRomanized("Seongju"), "성주"));
  CHECK(Has(HangulOfRomanized("Gyeonggi"), "경기"));
  for (const char* word : {"Halloween", "Minsk", "Sungdong's", ""}) {
    CAPTURE(word);
    CHECK(HangulOfRomanized(word).empty());
  }
  CHECK(HangulOfRomanized("Itaewon", 2).empty());  // three syllables at least
  CHECK(HangulOfRomanized("Pangyo", 4, 1).size() == 1);
}

TEST_CASE("a given name written with eo where Hangul has ㅡ still agrees syllable by syllable") {
  CHECK(GivenNameSyllablesAgree("Seong-min", "승민"));  // Yoo Seong-min is 유승민
  CHECK(GivenNameSyllablesAgree("Seung-min", "승민"));
  CHECK(GivenNameSyllablesAgree("Seong-min", "성민"));
  CHECK_FALSE(GivenNameSyllablesAgree("Seong-min", "상민"));
  CHECK_FALSE(GivenNameSyllablesAgree("Geun-hye", "건희"));
}

}  // namespace
}  // namespace kosearch
