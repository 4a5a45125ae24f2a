// What the attribution steps make of the tagger's spans when the spans are
// given by hand, so the outcome does not hang on one model's exact spans
// (issue 13, the tests each retraining broke): a title the tagger takes into
// a person's span is no part of her name (the lexicon's tables say so), and
// a body the tagger's name list holds speaks through its side (측) whether
// or not the model marks it; a news outlet the alias file's media section
// holds is a body whatever the model marks. Sentences made up in the shapes of news.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/attribution.h"
#include "extract/ner_model.h"
#include "extract/people.h"
#include "extract/speaker_extent.h"
#include "extract/speaker_table.h"
#include "kosearch/aliases.h"
#include "whole_text_quotes.h"

namespace kosearch {
namespace {

TEST_CASE("a title the tagger spans with a person's name is no part of the name") {
  AliasTable no_aliases;
  AliasIndex aliases(no_aliases);
  PeopleFound people;
  std::u32string text = U"이 방송의 로버트 킴슨 기자는 “경기가 어렵다”고 말했다.";
  size_t at = text.find(U"로버트");
  SpeakerTable table(text, people, {Entity{at, at + 9, "PS", "로버트 킴슨 기자"}}, aliases, nullptr, WholeTextQuoteSpans(text));
  CHECK(table.TaggedPerson(at, at + 6));  // 로버트 킴슨
  CHECK_FALSE(table.TaggedPerson(at, at + 9));
  Resolution r;
  r.type = SpeakerKind::kPerson;
  r.speaker = U"킴슨";
  FitSpeakerExtent(table, text.find(U'“'), &r);
  CHECK(r.speaker == U"로버트 킴슨");
  // A surname alone before the title stays no tagged person.
  std::u32string surname = U"김 기자는 “경기가 어렵다”고 말했다.";
  SpeakerTable by_surname(surname, people, {Entity{0, 4, "PS", "김 기자"}}, aliases, nullptr, WholeTextQuoteSpans(surname));
  CHECK_FALSE(by_surname.TaggedPerson(0, 1));
}

TEST_CASE("a time word the tagger spans with a person's name is no part of the name") {
  AliasTable no_aliases;
  AliasIndex aliases(no_aliases);
  PeopleFound people;
  std::u32string text = U"지난밤 제니퍼 로스먼은 “금리를 더 올리지 않겠다”고 말했다.";
  SpeakerTable table(text, people, {Entity{0, 11, "PS", "지난밤 제니퍼 로스먼"}}, aliases, nullptr, WholeTextQuoteSpans(text));
  REQUIRE(table.TaggedPerson(0, 11));
  Resolution r;
  r.type = SpeakerKind::kPerson;
  r.speaker = U"지난밤 제니퍼 로스먼";
  FitSpeakerExtent(table, text.find(U'“'), &r);
  CHECK(r.speaker == U"제니퍼 로스먼");
  // A given name before the family name stays.
  Resolution given;
  given.type = SpeakerKind::kPerson;
  given.speaker = U"제니퍼 로스먼";
  FitSpeakerExtent(table, text.find(U'“'), &given);
  CHECK(given.speaker == U"제니퍼 로스먼");
}

TEST_CASE("a body the name list holds speaks through its side, however the tagger marks it") {
  AliasTable no_aliases;
  AliasIndex aliases(no_aliases);
  PeopleFound people;
  NerGazetteer names;
  names.Add(kNerOrganization, U"레온도");
  std::u32string text = U"특히 레온도 측이 “복제품이 늘었다”고 설명했다.";
  SpeakerCandidate c;
  c.phrase = U"레온도 측";
  c.phrase_start = text.find(U"레온도");
  c.as_written = c.phrase;
  SpeakerTable listed(text, people, {}, aliases, &names, WholeTextQuoteSpans(text));
  Quote q;
  AttributeQuote(c, listed, aliases, &q);
  CHECK(q.speaker == "레온도");
  CHECK(q.speaker_type == "organization");
  // Unlisted and untagged, the word may be a person's: her side, unnamed.
  SpeakerTable unlisted(text, people, {}, aliases, nullptr, WholeTextQuoteSpans(text));
  Quote side;
  AttributeQuote(c, unlisted, aliases, &side);
  CHECK(side.speaker.empty());
  CHECK(side.speaker_type == "role");
}

TEST_CASE("a news outlet the alias file holds speaks as a body though the tagger marks a person") {
  auto table = AliasTable::LoadFromSchema();
  REQUIRE(table.ok());
  AliasIndex aliases(*table.value());
  PeopleFound people;
  std::u32string text = U"디스패치는 8일 “두 사람이 교제 중”이라고 전했다.";
  SpeakerTable tagged(text, people, {Entity{0, 4, "PS", "디스패치"}}, aliases, nullptr, WholeTextQuoteSpans(text));
  SpeakerCandidate c;
  c.phrase = U"디스패치";
  c.as_written = c.phrase;
  Quote q;
  AttributeQuote(c, tagged, aliases, &q);
  CHECK(q.speaker == "디스패치");
  CHECK(q.speaker_type == "organization");
}

}  // namespace
}  // namespace kosearch
