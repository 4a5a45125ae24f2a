// Speakers given by role or organization, and who-questions, without a
// database: the compound titles a question's title words find
// (src/answer/compound_roles.h: 환경부 장관 → 환경부장관, "Seoul's head of
// urban transportation" → 도시교통본부장, never every holder of a bare
// title), English institution names that leave out "National", and the
// who-question forms of the grammar (src/answer/question_grammar.h).
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <utility>
#include <string>
#include <vector>

#include "answer/compound_roles.h"
#include "answer/english_names.h"
#include "kosearch/question.h"
#include "text/unicode_text.h"

namespace kosearch {
namespace {

// Spellings from a small alias table ("Korea" → 대한민국, 한국).
SpellingsOf Table(std::map<std::string, std::vector<std::string>> table) {
  return [table](const std::string& w) {
    std::vector<std::string> out{w};
    if (auto it = table.find(w); it != table.end()) out.insert(out.end(), it->second.begin(), it->second.end());
    return out;
  };
}

CompoundRoleAsked Read(const std::vector<std::string>& words, const std::vector<bool>& is_title, const std::vector<bool>& owner,
                       const SpellingsOf& spellings = Table({})) {
  return ReadCompoundRole(words, is_title, owner, spellings);
}

TEST_CASE("a Korean title written apart from its ministry finds the compound title, never another ministry's") {
  const CompoundRoleAsked asked = Read({"환경부", "장관"}, {false, true}, {false, false});
  REQUIRE(asked.endings == std::vector<std::string>{"장관"});
  CHECK(asked.org_words == std::vector<std::string>{"환경부"});
  CHECK(CompoundRoleFit("환경부장관", asked) >= kFitByWordsAlone);
  CHECK(CompoundRoleFit("국방부장관", asked) == 0);
  CHECK(CompoundRoleFit("대변인", asked) == -1);
  const CompoundRoleChoice choice = BestCompoundRoles({"국방부장관", "환경부장관", "대변인", "장관"}, asked);
  CHECK(choice.fitted == std::vector<std::string>{"환경부장관"});
  CHECK(choice.ending == std::vector<std::string>{"국방부장관", "환경부장관", "장관"});
}

TEST_CASE("English: the title word's Korean ending, the describing words put into Korean, whose it is apart") {
  // "Seoul's head of urban transportation" (possessive and "of" cut by the resolver).
  const CompoundRoleAsked asked =
      Read({"Seoul", "head", "urban", "transportation"}, {false, false, false, false}, {true, false, false, false},
           Table({{"Seoul", {"서울"}}}));
  CHECK(asked.endings == std::vector<std::string>{"장"});
  CHECK(asked.owners == std::vector<std::string>{"서울"});
  REQUIRE(asked.parts.size() == 2);
  CHECK_FALSE(asked.names_someone);
  const CompoundRoleChoice choice = BestCompoundRoles({"도시교통본부장", "교통과장", "시장", "사장"}, asked);
  CHECK(choice.fitted == std::vector<std::string>{"도시교통본부장"});
  CHECK(choice.fit == 2 * kFitByWordsAlone);

  // "Korea's environment minister": 환경 in 환경부장관; Korea is whose.
  const CompoundRoleAsked minister = Read({"Korea", "environment", "minister"}, {false, false, true}, {true, false, false},
                                          Table({{"Korea", {"대한민국", "한국"}}, {"minister", {"장관"}}}));
  CHECK(CompoundRoleFit("환경부장관", minister) >= kFitByWordsAlone);
  CHECK(CompoundRoleFit("외교부장관", minister) == 0);
}

TEST_CASE("a one-syllable part counts only right before the title, and alone it is a weak sign") {
  // "division chief": 과 + 장.
  const CompoundRoleAsked asked = Read({"division", "chief"}, {false, false}, {false, false});
  CHECK(CompoundRoleFit("보행자전거과장", asked) == 1);
  CHECK(CompoundRoleFit("과학기술원장", asked) == 0);  // 과 not right before 장
  CHECK(BestCompoundRoles({"보행자전거과장"}, asked).fit < kFitByWordsAlone);
}

TEST_CASE("a capitalized word no table knows may be a name: the phrase is no compound title to widen") {
  const CompoundRoleAsked asked =
      Read({"Seoul", "National", "University", "professor", "Cho", "Maeng-hyo"}, {false, false, false, true, false, false},
           std::vector<bool>(6, false), Table({{"Seoul", {"서울"}}, {"professor", {"교수"}}}));
  CHECK(asked.names_someone);
  // Lower-case describing words are no name.
  CHECK_FALSE(Read({"research", "team"}, {false, true}, {false, false}).names_someone);
}

TEST_CASE("a role ends with a title: 환경부장관 and 수석대변인 hold theirs, 대변인실 does not") {
  CHECK(RoleEndsWithTitle("환경부장관", {"XR장관"}));
  CHECK(RoleEndsWithTitle("수석 대변인", {"XR대변인"}));
  CHECK_FALSE(RoleEndsWithTitle("대변인실", {"XR대변인"}));
}

TEST_CASE("an English institution name may leave out 'National': Seoul National University is 서울대") {
  const SpellingsOf spellings = Table({{"Seoul", {"서울"}}});
  const std::set<std::string> known = {"서울대", "서울시", "국립중앙박물관"};
  CHECK(ComposedKoreanNames(SplitSpaces("Seoul National University"), known, spellings) == std::vector<std::string>{"서울대"});
  // Only a word the table says names leave out: "Central" must be there (중앙).
  CHECK(ComposedKoreanNames(SplitSpaces("Seoul Central University"), known, spellings).empty());
}

TEST_CASE("an English institution name: whose country by its adjective, a mall or a club by its head word") {
  const std::set<std::string> known = {"영국국방부", "국방부", "롯데월드몰", "롯데월드", "한화구단"};
  CHECK(ComposedKoreanNames(SplitSpaces("British defence ministry"), known, Table({})) == std::vector<std::string>{"영국국방부"});
  CHECK(ComposedKoreanNames(SplitSpaces("Lotte World Mall"), known, Table({{"Lotte", {"롯데"}}})) == std::vector<std::string>{"롯데월드몰"});
  CHECK(ComposedKoreanNames(SplitSpaces("Hanwha club"), known, Table({{"Hanwha", {"한화"}}})) == std::vector<std::string>{"한화구단"});
}

TEST_CASE("who-questions: quoted as saying, it that said, whose words, and a bare Korean head noun") {
  const std::vector<std::pair<std::string, std::string>> asked = {
      {"Who is quoted as saying the economy will recover?", "economy will recover"},
      {"Who was it that said the strike was illegal?", "strike was illegal"},
      {"Whose words were 'will kill you'?", "will kill you"},
      {"파업이 불법이라고 밝힌 단체?", "파업이 불법"},
      {"북한을 불량국가라고 말한 사람", "북한을 불량국가"},
  };
  for (const auto& pair : asked) {
    const std::string& text = pair.first;  // a plain reference: clang cannot capture a structured binding
    const std::string& topic = pair.second;
    CAPTURE(text);
    const Question q = ParseQuestion(text);
    REQUIRE(q.is_question);
    CHECK(q.asks_who);
    CHECK(q.speaker.empty());
    CHECK(q.topic == topic);
  }
  CHECK(ParseQuestion("Whose words were 'will kill you'?").phrases == std::vector<std::string>{"will kill you"});
  // Still questions of fact, not of speech.
  CHECK_FALSE(ParseQuestion("who is the president of France").is_question);
  CHECK_FALSE(ParseQuestion("홍수를 피한 사람").is_question);
  CHECK_FALSE(ParseQuestion("Whose car was stolen").is_question);
}

}  // namespace
}  // namespace kosearch
