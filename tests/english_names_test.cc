// English institution names put into Korean word by word
// (src/answer/english_names.h), and the speaker resolution that uses them
// and English role phrases, without a database.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "answer/english_names.h"
#include "answer/speaker_filter.h"
#include "index/schema.h"
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

class Archive : public ArchiveReader {
 public:
  std::map<std::string, std::vector<std::string>> spellings;
  std::set<std::string> terms;
  std::vector<StoredDocument> quotes;
  Result<SearchResponse> Hits(const Xapian::Query&, const Highlights&, const SearchOptions&, bool) override { return SearchResponse{}; }
  std::vector<StoredDocument> BestDocuments(const Xapian::Query&, size_t) override { return quotes; }
  std::set<std::string> LoanwordVocabulary(const Xapian::Query&, size_t) override { return {}; }
  bool HasTerm(const std::string& term) override { return terms.count(term) > 0; }
  void VisitTerms(const std::string& prefix, const std::function<bool(std::string_view)>& visit) override {
    for (const auto& t : terms) {
      if (t.compare(0, prefix.size(), prefix) == 0 && !visit(std::string_view(t).substr(prefix.size()))) return;
    }
  }
  std::vector<std::string> Spellings(const std::string& name) override {
    std::vector<std::string> out{name};
    for (const auto& s : spellings[name]) out.push_back(s);
    return out;
  }
  Xapian::Query TextQuery(const std::string& text, Highlights*) override { return Xapian::Query(text); }
};

StoredDocument Quote(const std::string& speaker, const std::string& role) {
  StoredDocument q;
  q.kind = schema::kKindQuote;
  q.speaker = speaker;
  q.role = role;
  return q;
}

TEST_CASE("the Defense Ministry is the quotes of 국방부, not of a name that sounds like Defense") {
  Archive archive;
  archive.terms = {"XO국방부", "XP국방부", "XP디펜스"};
  archive.quotes = {Quote("국방부", "")};
  SpeakerFilter f = NarrowSpeaker("Defense Ministry", archive);
  CHECK_FALSE(f.unknown);
  CHECK(std::find(f.expansions.begin(), f.expansions.end(), "국방부") != f.expansions.end());
  CHECK(std::find(f.expansions.begin(), f.expansions.end(), "디펜스") == f.expansions.end());
}

TEST_CASE("a role in several English words, with words that only describe: the quotes given that role") {
  Archive archive;
  archive.spellings["research team"] = {"연구진", "연구팀"};
  archive.terms = {"XR연구진", "XR연구팀"};
  SpeakerFilter f = NarrowSpeaker("international research team", archive);
  REQUIRE_FALSE(f.unknown);
  CHECK(f.filter.get_description().find("XR연구진") != std::string::npos);
}

TEST_CASE("an aide to someone is the aide, never the one named after 'to'") {
  Archive archive;
  archive.spellings["aide"] = {"측근"};
  archive.spellings["Hosni Mubarak"] = {"호스니 무바라크"};
  archive.terms = {"XR측근", "XP호스니무바라크"};
  archive.quotes = {Quote("", "측근")};
  SpeakerFilter f = NarrowSpeaker("aide to Hosni Mubarak", archive);
  REQUIRE_FALSE(f.unknown);
  // Required: the role; never Mubarak's own quotes as a person.
  CHECK(f.filter.get_description().find("XR측근") != std::string::npos);
  CHECK(f.how.find("person") == std::string::npos);
}

TEST_CASE("a title beside a name nobody is quoted by stays unknown, never every holder of the title") {
  Archive archive;
  archive.spellings["chief"] = {};
  archive.spellings["minister"] = {"장관"};
  archive.terms = {"XR장관", "XP김관진"};
  archive.quotes = {Quote("김관진", "장관")};
  SpeakerFilter f = NarrowSpeaker("Minister Almazbek Avtov", archive);
  CHECK(f.unknown);
}

}  // namespace
}  // namespace kosearch
