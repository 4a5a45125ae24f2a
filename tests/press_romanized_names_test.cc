// Korean names in the press's romanizations (text/press_romanized_names.h,
// answer/romanized_names.h PressSpelledSpeakers): an English name read
// against Hangul names syllable by syllable, whole or not at all, and the
// name closest to the Revised Romanization chosen among the index's keys.
// The names are made up.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "answer/english_names.h"
#include "answer/romanized_names.h"
#include "text/press_romanized_names.h"

namespace kosearch {
namespace {

TEST_CASE("the press's spellings of a Korean name read its Hangul whole") {
  const std::vector<std::pair<std::string, std::string>> spelled = {
      {"Shin Ji-yai", "신지애"},   {"Han Chae-ah", "한채아"}, {"Lee Yi-kyung", "이이경"}, {"Seolhyun", "설현"},
      {"Suzy", "수지"},            {"Soyou", "소유"},         {"Park Mi-hee", "박미희"},  {"Ji-sung Park", "박지성"},
      {"Choi Min-jung", "최민정"}, {"Koo Bon-woo", "구본우"}, {"Kim Seong-ho", "김성호"}, {"Oh Dal-soo", "오달수"},
      {"Youn Yuh-mi", "윤여미"}};
  for (const auto& pair : spelled) {
    // Plain references: clang-14 cannot capture a structured binding in CAPTURE's lambda.
    const std::string& latin = pair.first;
    const std::string& hangul = pair.second;
    CAPTURE(latin);
    CHECK(PressSpellingCost(latin, hangul) >= 0);
  }
  // Revised Romanization throughout costs nothing; a press form costs.
  CHECK(PressSpellingCost("Kim Min-jeong", "김민정") == 0);
  CHECK(PressSpellingCost("Kim Min-jung", "김민정") > 0);
}

TEST_CASE("a name that spells only part of the Hangul, or other syllables, is not it") {
  CHECK(PressSpellingCost("Han Chae-ah", "허윤") < 0);
  CHECK(PressSpellingCost("Han Chae-ah", "한채") < 0);      // a syllable of the English left over
  CHECK(PressSpellingCost("Han Chae", "한채아") < 0);       // a syllable of the Hangul left over
  CHECK(PressSpellingCost("Koo Bon-joon", "김연준") < 0);
  CHECK(PressSpellingCost("Shin Ji-yai", "신재애") < 0);
  CHECK(PressSpellingCost("Seo-lhyun", "설현") < 0);        // a hyphen inside a syllable
  CHECK(PressSpellingCost("Hassan Rouhani", "이해신") < 0);
  CHECK(PressSpellingCost("Shin Ji-yai", "Shin") < 0);
}

TEST_CASE("among the index's keys, the names the press spelling reads whole, the closest to the romanization first") {
  const std::vector<std::string> speakers = {"허윤", "한채아", "한채", "신지애", "신재영", "설현", "슬레인", "김민정", "김민중"};
  CHECK(PressSpelledSpeakers("Han Chae-ah", speakers) == std::vector<std::string>{"XP한채아"});
  CHECK(PressSpelledSpeakers("Shin Ji-yai", speakers) == std::vector<std::string>{"XP신지애"});
  CHECK(PressSpelledSpeakers("Seolhyun", speakers) == std::vector<std::string>{"XP설현"});
  CHECK(PressSpelledSpeakers("Kim Min-jeong", speakers) == std::vector<std::string>{"XP김민정"});
  // "jung" is 중 in the Revised Romanization and 정 in the press: both, the romanization's first.
  CHECK(PressSpelledSpeakers("Kim Min-jung", speakers) == std::vector<std::string>{"XP김민중", "XP김민정"});
  CHECK(PressSpelledSpeakers("Koo Bon-joon", speakers).empty());
  CHECK(PressSpelledSpeakers("Hassan Rouhani", speakers).empty());
}

TEST_CASE("a surname the romanized table lacks counts when it spells a Korean surname") {
  CHECK(PressSpelledSurnames("Koo") == std::vector<std::string>{"구"});
  CHECK_FALSE(PressSpelledSurnames("Shim").empty());
  CHECK(PressSpelledSurnames("Hassan").empty());
  CHECK(IsRomanizedKoreanName("Koo", "Bon-joon"));
  CHECK(IsRomanizedKoreanName("Youn", "Yuh-mi"));
  CHECK_FALSE(IsRomanizedKoreanName("Hassan", "Rou-hani"));
}

}  // namespace
}  // namespace kosearch
