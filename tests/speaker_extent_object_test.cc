// The extent step alone (extract/speaker_extent), with no tagger span, so
// the exact speaker does not hang on the model: a verb in its modifying
// form after its object ("팀을 이끈") is no part of the name it modifies; a
// noun that only ends like an object ("가을", "마을") takes nothing off.
// Sentences made up in the shapes of news.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/people.h"
#include "extract/speaker_extent.h"
#include "extract/speaker_table.h"
#include "kosearch/aliases.h"

namespace kosearch {
namespace {

// The speaker FitSpeakerExtent leaves of `speaker`, a person written in
// `text` before its quote, with no entity tagged.
std::u32string Fitted(const std::u32string& text, const std::u32string& speaker) {
  AliasTable no_aliases;
  AliasIndex aliases(no_aliases);
  PeopleFound people;
  SpeakerTable table(text, people, {}, aliases);
  Resolution r;
  r.type = SpeakerKind::kPerson;
  r.speaker = speaker;
  FitSpeakerExtent(table, text.find(U'“'), &r);
  return r.speaker;
}

TEST_CASE("a verb after its object is cut off the name it modifies") {
  CHECK(Fitted(U"유럽 원정에서 팀을 이끈 로버트 킴은 “선수들이 잘 버텼다”고 말했다.", U"이끈 로버트 킴") ==
        U"로버트 킴");
  CHECK(Fitted(U"현지 음식을 맛본 마르셀 뒤퐁은 “기대보다 훨씬 맵다”고 말했다.", U"맛본 마르셀 뒤퐁") ==
        U"마르셀 뒤퐁");
}

TEST_CASE("a noun that only ends like an object takes no word off the name after it") {
  CHECK(Fitted(U"올 가을 제임스 본드는 “새 임무가 기다린다”고 말했다.", U"제임스 본드") == U"제임스 본드");
  CHECK(Fitted(U"그 마을 로버트 킴은 “다리가 끊겼다”고 말했다.", U"로버트 킴") == U"로버트 킴");
}

}  // namespace
}  // namespace kosearch
