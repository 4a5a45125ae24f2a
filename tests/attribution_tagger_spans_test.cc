// Attribution that holds up whatever spans the tagger marks (issues 13 and
// 15): a title or role noun marked as a person is none; a word marked as a
// body between a name and her title is her org; a name of a Korean shape the
// tagger leaves out still opens "name | body title"; a body marked over the
// first of plain words vouches for no person's name. The spans are given by
// hand, as a retrained model may mark them. Made-up sentences.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/people.h"
#include "extract/speaker_table.h"
#include "extract/speaker_words.h"
#include "extract/subject_phrase.h"
#include "kosearch/aliases.h"
#include "whole_text_quotes.h"

namespace kosearch {
namespace {

TEST_CASE("a title or role noun the tagger marks as a person names no one") {
  CHECK(NamesNoPerson(U"에이전트"));
  CHECK(NamesNoPerson(U"A에이전트"));  // a letter standing for someone unnamed
  CHECK(NamesNoPerson(U"B교수"));
  CHECK_FALSE(NamesNoPerson(U"김영호"));
  CHECK_FALSE(NamesNoPerson(U"A"));
  CHECK_FALSE(NamesNoPerson(U"김영호 감독"));  // a name with its title: trimmed elsewhere
}

TEST_CASE("a word the tagger marks as a body between a name and her title is her org") {
  AliasTable no_aliases;
  AliasIndex aliases(no_aliases);
  PeopleFound people;
  std::u32string text = U"이동건 한빛 대표는 \"공간을 만들고 싶었다\"고 말했다.";
  SpeakerTable tagged(text, people, {Entity{0, 3, "PS", "이동건"}, Entity{4, 6, "OG", "한빛"}}, aliases, nullptr, WholeTextQuoteSpans(text));
  Resolution r{SpeakerKind::kPerson, U"이동건", U"대표", U"", 0.9};
  AffiliationOutOfName(tagged, &r);
  CHECK(r.speaker == U"이동건");
  CHECK(r.org == U"한빛");
  // Untagged, the word is left to the phrase rules.
  SpeakerTable untagged(text, people, {Entity{0, 3, "PS", "이동건"}}, aliases, nullptr, WholeTextQuoteSpans(text));
  Resolution plain{SpeakerKind::kPerson, U"이동건", U"대표", U"", 0.9};
  AffiliationOutOfName(untagged, &plain);
  CHECK(plain.org.empty());
}

TEST_CASE("a Korean name the tagger leaves out still opens a name, a body and a title") {
  AliasTable no_aliases;
  AliasIndex aliases(no_aliases);
  PeopleFound people;
  std::u32string text = U"남궁성 한빛교 교정원장은 \"논의하겠다\"고 말했다.";
  SpeakerTable table(text, people, {}, aliases, nullptr, WholeTextQuoteSpans(text));
  CHECK(table.PersonBeforeAffiliation(U"한빛교", U"교정원장") == U"남궁성");
  // A word of no name's shape before it is no person.
  std::u32string other_text = U"서울시청 한빛교 교정원장은 \"논의하겠다\"고 말했다.";
  SpeakerTable other(other_text, people, {}, aliases, nullptr, WholeTextQuoteSpans(other_text));
  CHECK(other.PersonBeforeAffiliation(U"한빛교", U"교정원장").empty());
}

TEST_CASE("a body the tagger marks over the first of plain words vouches for no name") {
  AliasTable no_aliases;
  AliasIndex aliases(no_aliases);
  PeopleFound people;
  std::u32string text = U"한 코로니아 재봉공은 \"권리는 남의 것\"이라고 말했다.";
  std::vector<PhraseWord> words = SplitPhrase(U"코로니아 재봉공", 2);
  SpeakerTable body_first(text, people, {Entity{2, 6, "OG", "코로니아"}}, aliases, nullptr, WholeTextQuoteSpans(text));
  Resolution r{SpeakerKind::kPerson, U"x", U"", U"", 0.5};
  REQUIRE(PlainWordsSpeaker(words, body_first, aliases, true, &r));
  CHECK(r.type == SpeakerKind::kNone);
  // The tagger's body over both words, or a person among them, still vouches.
  SpeakerTable whole(text, people, {Entity{2, 10, "OG", "코로니아 재봉공"}}, aliases, nullptr, WholeTextQuoteSpans(text));
  REQUIRE(PlainWordsSpeaker(words, whole, aliases, true, &r));
  CHECK(r.type == SpeakerKind::kPerson);
  SpeakerTable person(text, people, {Entity{2, 6, "OG", "코로니아"}, Entity{7, 10, "PS", "재봉공"}}, aliases, nullptr, WholeTextQuoteSpans(text));
  REQUIRE(PlainWordsSpeaker(words, person, aliases, true, &r));
  CHECK(r.type == SpeakerKind::kPerson);
}

}  // namespace
}  // namespace kosearch
