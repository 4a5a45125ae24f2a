// The one rule of a name after a title (extract/subject_phrase.h's
// NameFollowsTitle), read by the subject finder's TitleBefore and by
// NameAfterTitle alike: a title (no role noun), then one or two plain
// words that may be a name's parts. Made-up names.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/subject_phrase.h"
#include "kosearch/aliases.h"

namespace kosearch {
namespace {

TEST_CASE("one or two plain words after a title are its holder's name") {
  AliasTable no_aliases;
  AliasIndex aliases(no_aliases);
  CHECK(NameFollowsTitle(U"사무총장", {U"칼레브", U"오코넬"}, aliases));
  CHECK(NameFollowsTitle(U"대변인", {U"칼레브"}, aliases));
  CHECK_FALSE(NameFollowsTitle(U"사무총장", {U"칼레브", U"오코넬", U"바흐"}, aliases));  // three words
  CHECK_FALSE(NameFollowsTitle(U"사무총장", {}, aliases));
  CHECK_FALSE(NameFollowsTitle(U"대변인", {U"서울"}, aliases));                      // a place
  CHECK_FALSE(NameFollowsTitle(U"관계자", {U"칼레브"}, aliases));                  // a role, no title
  CHECK_FALSE(NameFollowsTitle(U"사무총장", {U"김민수", U"오코넬"}, aliases));        // a Korean full name first
}

TEST_CASE("the phrase resolves to the same name whether one or two words follow the title") {
  AliasTable no_aliases;
  AliasIndex aliases(no_aliases);
  std::vector<PhraseWord> two = SplitPhrase(U"유엔 사무총장 칼레브 오코넬", 0);
  Resolution r2 = NameAfterTitle(two, aliases);
  CHECK(r2.type == SpeakerKind::kPerson);
  CHECK(r2.speaker == U"칼레브 오코넬");
  CHECK(r2.role == U"사무총장");
  CHECK(r2.org == U"유엔");
  Resolution r1 = NameAfterTitle(SplitPhrase(U"유엔 대변인 칼레브", 0), aliases);
  CHECK(r1.type == SpeakerKind::kPerson);
  CHECK(r1.speaker == U"칼레브");
  CHECK(r1.role == U"대변인");
  // After a Korean name and her title, one word is her post, no name.
  CHECK(NameAfterTitle(SplitPhrase(U"김민수 조정위원장 직무대리", 0), aliases).type == SpeakerKind::kNone);
}

}  // namespace
}  // namespace kosearch
