// The extent step alone (extract/speaker_extent), with no tagger span, so
// the exact speaker does not hang on the model: a verb in its modifying
// form after its object ("팀을 이끈") is no part of the name it modifies; a
// noun that only ends like an object ("가을", "마을") takes nothing off.
// And with a tagger span over the verb and the name: a verb after the word
// it governs (an object, a place, a quote) is cut off whoever spans it.
// Sentences made up in the shapes of news.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/people.h"
#include "extract/speaker_extent.h"
#include "extract/speaker_table.h"
#include "kosearch/extract.h"
#include "text/unicode_text.h"
#include "kosearch/aliases.h"
#include "whole_text_quotes.h"

namespace kosearch {
namespace {

// The speaker FitSpeakerExtent leaves of `speaker`, a person written in
// `text` before its quote, with no entity tagged.
// With `tagged`, the tagger spans `speaker` as one person where the text
// writes it.
std::u32string Fitted(const std::u32string& text, const std::u32string& speaker, bool tagged = false,
                      size_t quote_start = std::u32string::npos) {
  AliasTable no_aliases;
  AliasIndex aliases(no_aliases);
  PeopleFound people;
  std::vector<Entity> entities;
  size_t at = text.find(speaker);
  if (tagged) entities.push_back(Entity{at, at + speaker.size(), "PS", ToUtf8(speaker)});
  SpeakerTable table(text, people, entities, aliases, nullptr, WholeTextQuoteSpans(text));
  Resolution r;
  r.type = SpeakerKind::kPerson;
  r.speaker = speaker;
  FitSpeakerExtent(table, quote_start == std::u32string::npos ? text.find(U'“') : quote_start, &r);
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

TEST_CASE("a verb the tagger spans with the name is cut off it after the word the verb governs") {
  // After a place it came from, and after the quote it took.
  CHECK(Fitted(U"캐나다에서 온 제니퍼 씨는 “수업이 재미있다”고 말했다.", U"온 제니퍼", true) == U"제니퍼");
  std::u32string after_quote = U"“이미 영상으로 다 봤다”고 밝힌 코발추크 감독은 “곧 적응할 것”이라고 말했다.";
  CHECK(Fitted(after_quote, U"밝힌 코발추크", true, 0) == U"코발추크");
  // Not after a word the verb cannot govern: a name opening with such a
  // syllable stays whole.
  CHECK(Fitted(U"이날 브랜든 로저스는 “팀이 단단해졌다”고 말했다.", U"브랜든 로저스", true) == U"브랜든 로저스");
}

TEST_CASE("a section label in brackets opening a headline is no part of the name") {
  CHECK(Fitted(U"[인터뷰]박서진 “다음 앨범은 더 밝은 노래로 채우겠다”", U"[인터뷰]박서진") == U"박서진");
  // A label opened before the part taken still falls away.
  CHECK(Fitted(U"[개표 현장]한빛일보 “투표율이 높았다”", U"현장]한빛일보") == U"한빛일보");
  // A bracket inside the name opens no label: nothing before it falls away.
  CHECK(Fitted(U"데이비드 [D.] 코헨은 “협상은 끝나지 않았다”고 말했다.", U"데이비드 [D.] 코헨") == U"데이비드 [D.] 코헨");
}

TEST_CASE("a foreign given name after a place keeps its place in the name") {
  // "캐서린" ends like a verb's modifier (린) after "영화제에서", but three
  // syllables after a place or a source are a name, not a verb it governs.
  CHECK(Fitted(U"올해 영화제에서 캐서린 제타존스는 “무대가 그리웠다”고 말했다.", U"캐서린 제타존스", true) ==
        U"캐서린 제타존스");
  CHECK(Fitted(U"시상식에서 매릴린 코스터는 “상을 받아 기쁘다”고 말했다.", U"매릴린 코스터", true) ==
        U"매릴린 코스터");
}

}  // namespace
}  // namespace kosearch
