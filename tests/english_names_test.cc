// English institution names put into Korean word by word
// (src/answer/english_names.h), without a database; the speaker resolution
// that uses them is in answer_steps_test.cc.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "answer/english_names.h"
#include "answer/role_words.h"
#include "text/unicode_text.h"

namespace kosearch {
namespace {

std::vector<std::string> Compose(const std::string& english, const std::set<std::string>& known) {
  std::map<std::string, std::vector<std::string>> aliases = {{"Busan", {"부산"}}, {"Seoul", {"서울"}}, {"Korea", {"한국", "대한민국"}}};
  return ComposedKoreanNames(SplitSpaces(english), known, [&](const std::string& w) {
    std::vector<std::string> out{w};
    for (const auto& s : aliases[w]) out.push_back(s);
    return out;
  });
}

TEST_CASE("an English institution name composes the Korean name word by word, in the same order") {
  const std::set<std::string> known = {"국방부", "외무부", "국무부", "부산시", "서울행정법원", "노벨위원회",
                                       "러시아외무부", "바른정당", "수사본부", "부산광역시"};
  CHECK(Compose("Defense Ministry", known) == std::vector<std::string>{"국방부"});
  CHECK(Compose("Busan City", known) == std::vector<std::string>{"부산시"});
  CHECK(Compose("Seoul Administrative Court", known) == std::vector<std::string>{"서울행정법원"});
  CHECK(Compose("investigation headquarters", known) == std::vector<std::string>{"수사본부"});
  // A name no table knows by its sound, beside a word the table knows.
  CHECK(Compose("Nobel Committee", known) == std::vector<std::string>{"노벨위원회"});
  CHECK(Compose("Bareun Party", known) == std::vector<std::string>{"바른정당"});
  // A nationality adjective is its country ("Russian" → Russia → 러시아, by sound here).
  CHECK(Compose("Russian Foreign Ministry", known) == std::vector<std::string>{"러시아외무부"});
}

TEST_CASE("a composed name must be a whole known name, with a part some table knows") {
  const std::set<std::string> known = {"국방부", "노벨위원회", "폭스"};
  CHECK(Compose("Defense", known).empty());                 // one word: the alias file's business
  CHECK(Compose("Defense Ministry Office", known).empty());  // 국방부 + 청/실/처 is not 국방부
  CHECK(Compose("Nobel Prize", known).empty());              // 노벨 + ? : no whole name
  CHECK(Compose("Fox News", std::set<std::string>{"폭스"}).empty());
  CHECK(Compose("국방 Ministry", known).empty());            // not English
}

TEST_CASE("a foreign name matched by sound fits the whole name, or its family name alone") {
  const std::vector<std::string> name = {"Elena", "Torres"};
  CHECK(SoundMatchFits(name, 0, 2, "엘레나토레스"));
  CHECK(SoundMatchFits(name, 0, 2, "토레스"));
  // The given name alone, or a name that sounds like neither word, is someone else.
  CHECK_FALSE(SoundMatchFits(name, 0, 2, "엘레나"));
  CHECK_FALSE(SoundMatchFits(name, 0, 2, "이교수이규태"));
  // East Asian names are written family name first; later parts loosely ("Halla" 한라).
  CHECK(SoundMatchFits({"Hiroshi", "Tanaka"}, 0, 2, "다나카히로시"));
  CHECK(SoundMatchFits({"Suwon", "Halla"}, 0, 2, "수원한라"));
  // One word before another name word is a given name.
  CHECK(IsGivenNameBefore(name, 0));
  CHECK_FALSE(IsGivenNameBefore(name, 1));
  CHECK_FALSE(IsGivenNameBefore({"Elena", "said"}, 0));
}

TEST_CASE("a speaker matched by the given name alone is that person only when a stored name has the rest") {
  const std::vector<std::string> name = {"Elena", "Torres"};
  CHECK(RestOfNameAmong(name, 0, {"엘레나", "엘레나 토레스"}));
  CHECK(RestOfNameAmong(name, 0, {"엘레나", "Elena Torres"}));
  // Someone else with that given name, or a place that sounds like it.
  CHECK_FALSE(RestOfNameAmong(name, 0, {"엘레나", "엘레나 피어슨"}));
  CHECK_FALSE(RestOfNameAmong(name, 0, {"엘레나"}));
  CHECK_FALSE(RestOfNameAmong(name, 0, {}));
  // The words after the name are no part of it.
  CHECK_FALSE(RestOfNameAmong({"Elena", "said", "Torres"}, 0, {"엘레나 토레스"}));
  // Known by the given name only: nothing says it is someone else.
  CHECK(GivenNameFits(name, 0, "엘레나", {"엘레나"}));
  CHECK_FALSE(GivenNameFits(name, 0, "엘레나", {"엘레나", "엘레나 피어슨"}));
}

TEST_CASE("an organization English names is found by its sound among the index's organizations") {
  const std::vector<std::string> orgs = {"리버풀", "불스", "시카고컵스", "국방부"};
  CHECK(OrganizationsBySound({"Liverpool"}, orgs) == std::vector<std::string>{"리버풀"});
  CHECK(OrganizationsBySound({"Chicago", "Bulls"}, orgs) == std::vector<std::string>{"불스"});
  CHECK(OrganizationsBySound({"Arsenal"}, orgs).empty());
  CHECK(OrganizationsBySound({"liverpool"}, orgs).empty());  // not a name
}

TEST_CASE("a company English names by its acronym and its kind is that acronym") {
  CHECK(CompanyAcronym({"SM", "Entertainment"}) == "SM");
  CHECK(CompanyAcronym({"CJ", "Group"}) == "CJ");
  CHECK(CompanyAcronym({"KT", "Corp."}) == "KT");
  CHECK(CompanyAcronym({"Seoul", "Entertainment"}).empty());  // not an acronym
  CHECK(CompanyAcronym({"SM", "official"}).empty());          // not a kind of company
  CHECK(CompanyAcronym({"SM"}).empty());
}

TEST_CASE("lower-case words before a role only describe its holder; words after it say whose it is") {
  // "a local resident", "an anonymous attendee": the role's holders.
  CHECK(DescribedBeforeRole({"local", "resident"}, {false, true}));
  CHECK(DescribedBeforeRole({"anonymous", "attendee"}, {false, true}));
  // "the leader of the group", "Fila official", a role alone: not so.
  CHECK_FALSE(DescribedBeforeRole({"leader", "of", "the", "group"}, {true, false, false, false}));
  CHECK_FALSE(DescribedBeforeRole({"Fila", "official"}, {false, true}));
  CHECK_FALSE(DescribedBeforeRole({"local", "people"}, {false, false}));
}

TEST_CASE("a body's name composes through the news glossary's words too, and stays itself after Korea") {
  const std::set<std::string> known = {"납세자연맹", "국방부"};
  CHECK(Compose("Taxpayers Association", known) == std::vector<std::string>{"납세자연맹"});
  CHECK(Compose("Taxpayers Ministry", known).empty());
  // Korean text leaves its own country out of a body's name; another country's is someone else's.
  CHECK_FALSE(IsPartOfLongerName("Taxpayers Association", {"Korea Taxpayers Association"}));
  CHECK(IsPartOfLongerName("Foreign Ministry", {"US Foreign Ministry"}));
}

TEST_CASE("a company's name words are read by their sound even where a table translates them") {
  const std::set<std::string> known = {"스탠다드차타드은행", "송학식품", "라이브네이션코리아", "국방부"};
  // Standard, Chartered: English words, written by sound in the bank's name; Bank: the table's 은행.
  CHECK(Compose("Standard Chartered Bank", known) == std::vector<std::string>{"스탠다드차타드은행"});
  // A romanized Korean name, then the kind of company in the plural (Foods → food → 식품).
  CHECK(Compose("Songhak Foods", known) == std::vector<std::string>{"송학식품"});
  // Still a whole name with a part some table knows.
  CHECK(Compose("Standard Chartered", known).empty());
  CHECK(Compose("Standard Bank", known).empty());
}

}  // namespace
}  // namespace kosearch
