// The words a speaker's noun phrase is read by (extract/speaker_words.h):
// a title or a role is never a word of a name, and the lexicon's nouns of no
// speech (a finding, a title, a name) are never a speaker.
#include <doctest/doctest.h>

#include "extract/attribution.h"
#include "extract/speaker_words.h"

namespace kosearch {
namespace {

TEST_CASE("a title or a role is what a person is, never a word of her name") {
  CHECK(IsTitleOrRole(U"기자"));
  CHECK(IsTitleOrRole(U"장관"));
  CHECK(IsTitleOrRole(U"관계자"));
  CHECK(IsTitleOrRole(U"유족들"));
  CHECK_FALSE(IsTitleOrRole(U"하워드"));
  CHECK_FALSE(IsTitleOrRole(U"서울"));
}

TEST_CASE("a finding, a title or a name never speaks: the lexicon's nouns of no speech") {
  CHECK(IsNonAgent(U"결과"));
  CHECK(IsNonAgent(U"제목"));
  CHECK(IsNonAgent(U"이름"));
  CHECK(IsNonAgent(U"음모론"));
  CHECK(IsNonAgent(U"보고서"));
  CHECK_FALSE(IsNonAgent(U"구테흐스"));
}

}  // namespace
}  // namespace kosearch
