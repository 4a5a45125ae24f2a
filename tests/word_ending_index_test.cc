// WordEndingIndex (src/text/word_ending_index.h): the title, organization
// head and government body tables that the people and organization finders
// ask about nearly every word; words ending as no entry does are turned away
// by their last character, and every answer is the hash table's.
#include <doctest/doctest.h>

#include "extract/people.h"
#include "text/korean_lexicon.h"
#include "text/word_ending_index.h"

namespace korean = kosearch::korean;
using kosearch::WordEndingIndex;

TEST_CASE("a word ending as no entry does is turned away before the table") {
  WordEndingIndex<bool> titles;
  titles.Put(U"장관", true);
  titles.Put(U"연구원", false);
  titles.Put(U"CEO", true);
  // "외교부 장관은 발표했다": only words ending in 관, 원 or O can be titles.
  CHECK_FALSE(titles.MayHold(U"발표했다"));
  CHECK_FALSE(titles.MayHold(U"장관은"));
  CHECK(titles.MayHold(U"차관"));  // ends in 관: goes on to the table
  CHECK(titles.MayHold(U"한국개발연구원"));
  CHECK(titles.MayHold(U"CEO"));
  CHECK(titles.MayHold(U""));                  // no last character: the table answers
  CHECK(titles.MayHold(U"\U00020000"));       // beyond the filter's characters: the table answers
  CHECK(titles.Find(U"장관") != nullptr);
  CHECK(*titles.Find(U"장관"));
  CHECK_FALSE(*titles.Find(U"연구원"));
  CHECK(titles.Find(U"차관") == nullptr);       // passes the filter, not an entry
  CHECK(titles.Find(U"장관은") == nullptr);
  CHECK(titles.Contains(U"CEO"));
  CHECK_FALSE(titles.Contains(U"CE"));
}

TEST_CASE("titles, heads and bodies answer as before through the filter") {
  CHECK(korean::IsTitleWord(U"대통령"));
  CHECK(korean::IsTitleWord(U"씨"));
  CHECK(korean::IsTitleWord(U"CEO"));
  CHECK_FALSE(korean::IsTitleWord(U"대통령은"));
  CHECK(korean::IsCompoundTitleEnd(U"장관"));
  CHECK_FALSE(korean::IsCompoundTitleEnd(U"연구원"));  // 한국개발연구원 is no title
  CHECK_FALSE(korean::IsCompoundTitleEnd(U"연구소"));
  CHECK(kosearch::IsTitle(U"외교통상부장관"));
  CHECK_FALSE(kosearch::IsTitle(U"외교통상부는"));
  CHECK(korean::IsOrganizationHead(U"위원회"));
  CHECK(korean::IsOrganizationHead(U"텔레콤"));
  CHECK_FALSE(korean::IsOrganizationHead(U"위원회는"));
  CHECK(korean::IsGovernmentBody(U"외교부"));
  CHECK(korean::IsGovernmentBody(U"군"));
  CHECK_FALSE(korean::IsGovernmentBody(U"국군"));
}
