// English institution names whose own word no table knows (src/answer/english_names.h),
// without a database: the word is read as the Hangul it spells in Revised
// Romanization, and "Korean" is also 대한 as Korean institution names begin.
// The names are made up or generic.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "answer/english_names.h"
#include "text/unicode_text.h"

namespace kosearch {
namespace {

std::vector<std::string> Compose(const std::string& english, const std::set<std::string>& known) {
  return ComposedKoreanNames(SplitSpaces(english), known, [](const std::string& w) { return std::vector<std::string>{w}; });
}

TEST_CASE("a company's own name read in Revised Romanization, its common word by the table or by sound") {
  const std::set<std::string> known = {"한일시멘트", "대한시멘트", "한일", "동양시멘트"};
  CHECK(Compose("Hanil Cement", known) == std::vector<std::string>{"한일시멘트"});
  CHECK(Compose("Dongyang Cement", known) == std::vector<std::string>{"동양시멘트"});
  // Two words no table knows and that spell no known name: nothing.
  CHECK(Compose("Qwrtz Cement", known).empty());
}

TEST_CASE("'Korean' opens an institution name as 대한 or 한국, whichever the index knows") {
  CHECK(Compose("Korean Olympic Committee", {"대한올림픽위원회"}) == std::vector<std::string>{"대한올림픽위원회"});
  CHECK(Compose("Korean Olympic Committee", {"한국올림픽위원회"}) == std::vector<std::string>{"한국올림픽위원회"});
  CHECK(Compose("Korean Olympic Committee", {"일본올림픽위원회"}).empty());
}

TEST_CASE("one test of a romanized Korean name: a surname, then a given name of short syllables") {
  CHECK(IsRomanizedKoreanName("Cho", "Maeng-hyo"));
  CHECK(IsRomanizedKoreanName("Lee", "Kun-hee"));
  CHECK_FALSE(IsRomanizedKoreanName("Seoul", "Maeng-hyo"));        // no surname the table knows
  CHECK_FALSE(IsRomanizedKoreanName("Kim", "Anti-corruption"));     // no given name's syllables
  CHECK_FALSE(IsRomanizedKoreanName("Kim", "Seoul"));               // no hyphenated given name
  // The readers of a question agree: the whole name, or its given name after the surname.
  const std::vector<std::string> words = {"professor", "Cho", "Maeng-hyo", "said"};
  CHECK(LooksRomanizedKorean(words, 1, 2));
  CHECK(LooksRomanizedKorean(words, 2, 1));
  CHECK_FALSE(LooksRomanizedKorean(words, 0, 2));
  CHECK(NamesRomanizedKoreanPerson(words, {false, false, false, false}));
  CHECK_FALSE(NamesRomanizedKoreanPerson(words, {false, true, false, false}));  // a possessor's
}

}  // namespace
}  // namespace kosearch
