// The keys of one body by the way Korean news shortens names
// (src/answer/organization_family.h), English institution names with words
// left out or the kind put first (english_names.h), on a fake key set; and
// end to end: an English ministry name answered by the quotes filed under
// the short form, never a body it only sounds like.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "answer/english_names.h"
#include "answer/organization_family.h"
#include "kosearch/search.h"
#include "made_up_archive.h"
#include "text/unicode_text.h"

using kosearch::CountryPrefixVariants;
using kosearch::FamilyOf;
using kosearch::IsShortFormOf;

namespace {

const std::set<std::string> kKeys = {"보건복지부", "복지부", "기획재정부", "기재부", "해양수산부", "해수부", "공정거래위원회", "공정위",
                                     "미국국무부", "미국무부", "중국외교부", "외교부", "한국해양대학교", "한양대학교", "대학교",
                                     "해군잠수함사령부", "서울예대", "서울대", "미국"};

std::vector<std::string> Composed(const std::string& english, bool gap) {
  std::map<std::string, std::vector<std::string>> aliases = {{"US", {"미국"}}, {"Chinese", {"중국"}}};
  return kosearch::ComposedKoreanNames(kosearch::SplitSpaces(english), kKeys, [&](const std::string& w) {
    std::vector<std::string> out{w};
    for (const auto& s : aliases[w]) out.push_back(s);
    return out;
  }, gap);
}

}  // namespace

TEST_CASE("a body's short forms are read from the keys: first syllables of its words, its kind kept") {
  CHECK(IsShortFormOf("복지부", "보건복지부", false));
  CHECK(IsShortFormOf("기재부", "기획재정부", false));
  CHECK(IsShortFormOf("해수부", "해양수산부", false));
  CHECK(IsShortFormOf("공정위", "공정거래위원회", false));
  CHECK(IsShortFormOf("미국무부", "미국국무부", true));
  // A syllable inside a word is no short form's (한국|해양|대학교 is not 한양대학교; 해군|잠수|함사|령부 not 해수부).
  CHECK_FALSE(IsShortFormOf("한양대학교", "한국해양대학교", false));
  CHECK_FALSE(IsShortFormOf("해수부", "해군잠수함사령부", false));
  CHECK_FALSE(IsShortFormOf("서울대", "서울예대", false));
  // A kind alone, or a body without the country it belongs to, is another body.
  CHECK_FALSE(IsShortFormOf("대학교", "한국해양대학교", false));
  CHECK_FALSE(IsShortFormOf("외교부", "중국외교부", true));
  const auto family = FamilyOf("보건복지부", false, kKeys);
  CHECK(family == std::vector<std::string>{"보건복지부", "복지부"});
  // A short form two bodies share is neither's.
  CHECK(FamilyOf("대한축구협회", false, {"대한축구협회", "축구협회", "루마니아축구협회"}) == std::vector<std::string>{"대한축구협회"});
}

TEST_CASE("a country before a Korean body, in full or by its first syllable, is the same body") {
  CHECK(CountryPrefixVariants({"미", "국무부"}, {"미국국무부", "외교부"}) == std::vector<std::string>{"미국국무부"});
  CHECK(CountryPrefixVariants({"미국", "국무부"}, {"미국무부"}) == std::vector<std::string>{"미국무부"});
  // Two bodies the syllable could open: none of them.
  CHECK(CountryPrefixVariants({"중", "정부"}, {"중국정부", "중앙정부"}).empty());
  CHECK(CountryPrefixVariants({"국무부"}, {"미국무부"}).empty());
}

TEST_CASE("an English ministry name with words left out before its kind, or its kind first") {
  // "Health Ministry" is no name composed in full ("Health" sounds too little like 해수 for 해수부: a word
  // the table translates is read by its sound only when close); with the welfare part left out it is 보건복지부 alone.
  CHECK(Composed("Health Ministry", false).empty());
  CHECK(Composed("Health Ministry", true) == std::vector<std::string>{"보건복지부"});
  CHECK(Composed("Strategy Finance Ministry", false) == std::vector<std::string>{"기획재정부"});
  CHECK(Composed("Fair Trade Commission", false) == std::vector<std::string>{"공정거래위원회"});
  // A country the keys hold, by its first syllable before the body (미 국무부).
  CHECK(Composed("US State Department", false) == std::vector<std::string>{"미국국무부", "미국무부"});
  // Only a country of two syllables goes by its first: 대정부 is no "Korean government" (대한민국).
  const std::set<std::string> governments = {"대한민국", "대정부", "한국정부", "미국", "미정부"};
  const auto spell = [](const std::string& w) {
    return w == "Korean" ? std::vector<std::string>{"대한민국", "한국"} : w == "US" ? std::vector<std::string>{"미국"} : std::vector<std::string>{w};
  };
  CHECK(kosearch::ComposedKoreanNames({"Korean", "government"}, governments, spell) == std::vector<std::string>{"한국정부"});
  CHECK(kosearch::ComposedKoreanNames({"US", "government"}, governments, spell) == std::vector<std::string>{"미정부"});
}

namespace {

// Made-up articles: the welfare ministry quoted under its short name, and a
// fisheries ministry official whose body's short name sounds like "Health".
constexpr const char* kArticles[] = {
    R"({"id": "fam-1", "source": "test", "date": "2024-06-02", "title": "어린이집 지침", "body": "보건복지부는 어린이집 급식 지침을 새로 냈다. 복지부 관계자는 \"지침을 어긴 어린이집에는 보조금을 줄인다\"라고 말했다."})",
    R"({"id": "fam-2", "source": "test", "date": "2024-06-03", "title": "양식장 점검", "body": "해수부 관계자는 \"여름철 양식장 수온을 매일 점검하겠다\"라고 말했다."})",
};

struct MadeUpDb : kosearch::MadeUpArchive {
  MadeUpDb() : MadeUpArchive("kosearch-organization-family", kArticles) {}
};

}  // namespace

TEST_CASE("a Health ministry official is the welfare ministry's, under its short name, never the fisheries ministry's") {
  MadeUpDb db;
  auto searcher = kosearch::Searcher::Open(db.path.string());
  REQUIRE(searcher.ok());
  auto r = (*searcher)->Search("What did a Health ministry official say about daycare centers?");
  REQUIRE(r.ok());
  const auto quote = std::find_if(r->hits.begin(), r->hits.end(), [](const kosearch::Hit& h) { return h.kind == "quote"; });
  REQUIRE(quote != r->hits.end());
  CHECK(quote->text.find("보조금을 줄인다") != std::string::npos);
  CHECK(std::none_of(r->hits.begin(), r->hits.end(), [](const kosearch::Hit& h) { return h.text.find("양식장") != std::string::npos; }));
}
