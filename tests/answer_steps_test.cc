// The steps of answering a question (src/answer/answer_steps.h), each alone,
// over a fake archive: the speaker's spellings and the people who speak for
// an organization, an unknown speaker, the topic's forms (aliases, English
// singulars, loanword matches searched as the text writes them), grouping,
// and the articles a question offers (those of a plain query of its words).
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "answer/answer_steps.h"
#include "answer/speaker_filter.h"
#include "index/schema.h"
#include "text/loanword.h"

namespace kosearch {
namespace {

// An archive of a few terms, alias groups, quotes and Hangul words; it
// records what it was asked.
class FakeArchive : public ArchiveReader {
 public:
  std::map<std::string, std::vector<std::string>> spellings;  // name → its other spellings
  std::set<std::string> terms;
  std::vector<StoredDocument> quotes;  // every BestDocuments answer
  std::set<std::string> vocabulary;    // every LoanwordVocabulary answer
  std::vector<std::string> text_queries;
  std::vector<std::string> hits_queries;

  Result<SearchResponse> Hits(const Xapian::Query& query, const Highlights&, const SearchOptions&, bool) override {
    hits_queries.push_back(query.get_description());
    return SearchResponse{};
  }
  std::vector<StoredDocument> BestDocuments(const Xapian::Query&, size_t) override { return quotes; }
  std::set<std::string> LoanwordVocabulary(const Xapian::Query&, size_t) override { return vocabulary; }
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
  std::vector<Hit> plain_hits;  // every PlainSearch answer
  std::vector<std::string> plain_queries;
  std::vector<size_t> plain_limits;
  Result<SearchResponse> PlainSearch(std::string_view text, const SearchOptions& options) override {
    plain_queries.emplace_back(text);
    plain_limits.push_back(options.limit);
    CHECK(options.facets.empty());
    SearchResponse r;
    r.hits = plain_hits;
    return r;
  }
  Xapian::Query TextQuery(const std::string& text, Highlights* highlight) override {
    text_queries.push_back(text);
    if (highlight) highlight->push_back({text});
    return Xapian::Query(text);
  }
};

StoredDocument QuoteBy(const std::string& speaker) {
  StoredDocument q;
  q.kind = schema::kKindQuote;
  q.speaker = speaker;
  return q;
}

TEST_CASE("a possessor is whose the speaker is, never the speaker: Korea's environment minister is not Korea") {
  FakeArchive archive;
  archive.spellings["Korea"] = {"대한민국"};
  archive.spellings["minister"] = {"장관"};
  archive.terms = {"XP대한민국", "XO대한민국", "XR장관"};
  SpeakerFilter f = NarrowSpeaker("Korea's environment minister", archive);
  // No quote of Korea's with that title: nobody, rather than everyone of Korea's.
  CHECK(f.unknown);
  CHECK(std::find(f.expansions.begin(), f.expansions.end(), "대한민국") == f.expansions.end());
  SpeakerFilter plain = NarrowSpeaker("Korea", archive);
  CHECK_FALSE(plain.expansions.empty());
}

TEST_CASE("a Korean name as English writes it: a surname and a title is no given name") {
  FakeArchive archive;
  archive.terms = {"XP김위원장", "XP김황식", "XP박황식"};
  archive.quotes = {QuoteBy("김황식")};
  SpeakerFilter f = NarrowSpeaker("Prime Minister Kim Hwang-sik", archive);
  CHECK_FALSE(f.unknown);
  CHECK(f.expansions == std::vector<std::string>{"김황식"});
}

StoredDocument QuoteWithRole(const std::string& speaker, const std::string& role) {
  StoredDocument q = QuoteBy(speaker);
  q.role = role;
  return q;
}

TEST_CASE("the Defense Ministry is the quotes of 국방부, not of a name that sounds like Defense") {
  FakeArchive archive;
  archive.terms = {"XO국방부", "XP국방부", "XP디펜스"};
  archive.quotes = {QuoteWithRole("국방부", "")};
  SpeakerFilter f = NarrowSpeaker("Defense Ministry", archive);
  CHECK_FALSE(f.unknown);
  CHECK(std::find(f.expansions.begin(), f.expansions.end(), "국방부") != f.expansions.end());
  CHECK(std::find(f.expansions.begin(), f.expansions.end(), "디펜스") == f.expansions.end());
}

TEST_CASE("a role in several English words, with words that only describe: the quotes given that role") {
  FakeArchive archive;
  archive.spellings["research team"] = {"연구진", "연구팀"};
  archive.terms = {"XR연구진", "XR연구팀"};
  SpeakerFilter f = NarrowSpeaker("international research team", archive);
  REQUIRE_FALSE(f.unknown);
  CHECK(f.filter.get_description().find("XR연구진") != std::string::npos);
}

TEST_CASE("an aide to someone is the aide, never the one named after 'to'") {
  FakeArchive archive;
  archive.spellings["aide"] = {"측근"};
  archive.spellings["Hosni Mubarak"] = {"호스니 무바라크"};
  archive.terms = {"XR측근", "XP호스니무바라크"};
  archive.quotes = {QuoteWithRole("", "측근")};
  SpeakerFilter f = NarrowSpeaker("aide to Hosni Mubarak", archive);
  REQUIRE_FALSE(f.unknown);
  // Required: the role; never Mubarak's own quotes as a person.
  CHECK(f.filter.get_description().find("XR측근") != std::string::npos);
  CHECK(f.how.find("person") == std::string::npos);
}

TEST_CASE("a title beside a name nobody is quoted by stays unknown, never every holder of the title") {
  FakeArchive archive;
  archive.spellings["chief"] = {};
  archive.spellings["minister"] = {"장관"};
  archive.terms = {"XR장관", "XP김관진"};
  archive.quotes = {QuoteWithRole("김관진", "장관")};
  SpeakerFilter f = NarrowSpeaker("Minister Almazbek Avtov", archive);
  CHECK(f.unknown);
}

TEST_CASE("an organization's research team the index quotes by role only: the quotes given that role; a name beside a title stays unknown") {
  FakeArchive archive;
  archive.terms = {"XR연구팀", "XO로체스터대", "XR장관"};
  // No article names the organization: no one, never every research team.
  CHECK(NarrowSpeaker("로체스터대 연구팀", archive).unknown);
  // 아브또브 may be a person's name: never every minister instead.
  CHECK(NarrowSpeaker("아브또브 장관", archive).unknown);
  // The team's quote (the fake answers every look-up with it).
  archive.quotes = {QuoteWithRole("", "연구팀")};
  SpeakerFilter team = NarrowSpeaker("로체스터대 연구팀", archive);
  REQUIRE_FALSE(team.unknown);
  CHECK(team.filter.get_description().find("XR연구팀") != std::string::npos);
}

TEST_CASE("a title for an organization: its holders there, never every holder; one the index lacks only on the topic") {
  FakeArchive archive;
  archive.spellings["spokesperson"] = {"대변인"};
  archive.spellings["Samsung"] = {"삼성전자"};
  archive.terms = {"XR대변인", "XO삼성전자"};
  // Samsung is known, no spokesperson of its is quoted (no article answers): no one.
  SpeakerFilter known = NarrowSpeaker("spokesperson for Samsung", archive);
  CHECK(known.unknown);
  CHECK(known.title_at == TitleAtOrganizationOutcome::kNoneThere);
  CHECK_FALSE(known.only_on_topic());
  // An organization the index has no key for: the holders quoted for no organization, on the topic only.
  archive.quotes = {QuoteWithRole("김가람", "대변인")};
  SpeakerFilter lacking = NarrowSpeaker("spokesperson for Hanbitco", archive);
  CHECK(lacking.title_at == TitleAtOrganizationOutcome::kUnknownOrganization);
  CHECK(lacking.only_on_topic());
  // The title alone: its holders, with no such condition.
  CHECK(NarrowSpeaker("spokesperson", archive).title_at == TitleAtOrganizationOutcome::kNotAsked);
}

TEST_CASE("a topic: its spellings and its singulars' spellings") {
  FakeArchive archive;
  archive.spellings["GPU"] = {"그래픽처리장치"};
  TopicQuery t = BuildTopicQuery("GPUs", Xapian::Query("Kquote"), archive);
  CHECK(t.expansions == std::vector<std::string>{"GPU", "그래픽처리장치"});
  CHECK(archive.text_queries == std::vector<std::string>{"GPUs", "GPU", "그래픽처리장치"});
  CHECK(t.highlight.size() == 3);
  CHECK_FALSE(t.query.empty());
  CHECK(Singulars("companies") == std::vector<std::string>{"company", "companie"});
  CHECK(Singulars("business").empty());
  CHECK(Singulars("옴니버스").empty());
}

TEST_CASE("an English topic no alias knows: its transliteration, searched as the text writes it") {
  FakeArchive archive;
  archive.vocabulary = {"옴니버스를", "디지털", "공장을"};
  TopicQuery t = BuildTopicQuery("Omniverse", Xapian::Query("Kquote"), archive);
  CHECK(t.expansions == std::vector<std::string>{"옴니버스"});
  CHECK(archive.text_queries == std::vector<std::string>{"Omniverse", "옴니버스를"});
}

TEST_CASE("a topic of several words: each word's forms count once, as their best; the words add up") {
  FakeArchive archive;
  archive.spellings["economy"] = {"경제", "경기"};
  archive.spellings["growth"] = {"성장"};
  TopicQuery t = BuildTopicQuery("economy growth", Xapian::Query("Kquote"), archive);
  CHECK(t.expansions == std::vector<std::string>{"economy", "growth", "경제", "경기", "성장"});
  const std::string described = t.query.get_description();
  // 경제 and 경기 (both economy) are one word: a quote saying both scores as for
  // the better one, below a quote that also says 성장 (growth).
  CHECK(described.find("(economy MAX 경제 MAX 경기)") != std::string::npos);
  CHECK(described.find("(growth MAX 성장)") != std::string::npos);
  CHECK(described.find(" OR ") != std::string::npos);
}

TEST_CASE("a Korean topic: one group a word, the words OR-ed") {
  FakeArchive archive;
  TopicQuery t = BuildTopicQuery("반도체 투자", Xapian::Query("Kquote"), archive);
  CHECK(t.expansions == std::vector<std::string>{"반도체", "투자"});
  CHECK(archive.text_queries == std::vector<std::string>{"반도체", "투자"});
  CHECK(t.query.get_description() == "Query((반도체 OR 투자))");
}

TEST_CASE("a lower-case English word: its sound pairs only with a word of a borrowed shape, never a Korean word by chance") {
  FakeArchive archive;
  archive.vocabulary = {"아군을", "스타일을", "개표가"};
  TopicQuery t = BuildTopicQuery("again style", Xapian::Query("Kquote"), archive);
  CHECK(t.expansions == std::vector<std::string>{"again", "style", "스타일"});
  CHECK(HasEpentheticVowel("스플리터"));
  CHECK(HasEpentheticVowel("태블릿"));
  CHECK_FALSE(HasEpentheticVowel("아군"));
  CHECK_FALSE(HasEpentheticVowel("개표"));
  CHECK_FALSE(HasEpentheticVowel("으로"));
  // A capitalized word is a name: its pair needs no such shape (Biden 바이든).
  archive.vocabulary = {"바이든은"};
  CHECK(BuildTopicQuery("Biden", Xapian::Query("Kquote"), archive).expansions == std::vector<std::string>{"바이든"});
}

TEST_CASE("hits grouped by speaker, the best group first, rank kept inside a group") {
  std::vector<Hit> hits(5);
  const char* speakers[] = {"최태원", "젠슨 황", "최태원", "유영상", "젠슨 황"};
  for (size_t i = 0; i < hits.size(); ++i) {
    hits[i].speaker = speakers[i];
    hits[i].id = std::to_string(i);
  }
  GroupBySpeaker(&hits);
  std::vector<std::string> ids;
  for (const Hit& h : hits) ids.push_back(h.id);
  CHECK(ids == std::vector<std::string>{"0", "2", "1", "4", "3"});
}

TEST_CASE("no quote: the closest articles are what the question's words find as a plain query, in its order") {
  FakeArchive archive;
  for (const char* id : {"art-2", "art-7", "art-1"}) {
    Hit h;
    h.kind = schema::kKindArticle;
    h.id = id;
    archive.plain_hits.push_back(h);
  }
  const std::string text = "최태원 회장은 옴니버스에 대해 뭐라고 했나";
  Question question = ParseQuestion(text);
  REQUIRE(question.is_question);
  SearchOptions options;
  options.limit = 7;
  options.facets = {"speaker"};
  auto answer = AnswerQuestion(text, question, options, archive);
  REQUIRE(answer.ok());
  CHECK(answer->hits.empty());
  REQUIRE(archive.plain_queries.size() == 1);
  CHECK(archive.plain_queries[0] == text);
  CHECK(archive.plain_limits[0] == 7);
  std::vector<std::string> ids;
  for (const Hit& h : answer->closest) ids.push_back(h.id);
  CHECK(ids == std::vector<std::string>{"art-2", "art-7", "art-1"});
}

TEST_CASE("an English speaker no quote is credited to: the articles its words name in Korean; a name with no Hangul spelling: none") {
  FakeArchive archive;
  SpeakerFilter court = NarrowSpeaker("the court", archive);
  CHECK(court.unknown);
  CHECK(court.described_only);
  REQUIRE_FALSE(court.named_in_articles.empty());
  CHECK(court.named_in_articles.get_description().find("법원") != std::string::npos);
  CHECK(std::find(court.expansions.begin(), court.expansions.end(), "법원") != court.expansions.end());
  // A name no Hangul spelling is known of: never the title's other holders, nor articles of its other words.
  for (const char* nobody : {"Nobody Qwertyson", "professor Qwerty Asdfgh"}) {
    CAPTURE(nobody);
    SpeakerFilter f = NarrowSpeaker(nobody, archive);
    CHECK(f.unknown);
    CHECK(f.named_in_articles.empty());
  }
  // A Korean speaker nobody is quoted by: articles with all of its words, as before.
  SpeakerFilter korean = NarrowSpeaker("홍길동", archive);
  CHECK_FALSE(korean.described_only);
}

TEST_CASE("capitalized English words no alias or glossary knows: the Hangul they spell in Revised Romanization, when the archive has it") {
  FakeArchive archive;
  CHECK(RomanizedKoreanWords("after the Itaewon crush", archive).empty());  // an empty archive has none of them
  archive.quotes = {QuoteBy("홍길동")};  // now every text query matches
  std::vector<std::string> found = RomanizedKoreanWords("after the Itaewon crush near Pangyo station", archive);
  CHECK(std::find(found.begin(), found.end(), "이태원") != found.end());
  CHECK(std::find(found.begin(), found.end(), "판교") != found.end());
  // No romanization ("Halloween"), a glossary word ("Police"), a lower-case or short word: none.
  CHECK(RomanizedKoreanWords("Halloween Police itaewon Sao", archive).empty());
  // A word the alias file spells is left to its spellings.
  archive.spellings["Seoul"] = {"서울"};
  CHECK(RomanizedKoreanWords("Seoul", archive).empty());
}

TEST_CASE("a foreign name no speaker or alias has: the articles saying the topic whose text has a word of its sound") {
  FakeArchive archive;
  archive.vocabulary = {"아드리아누도", "월드컵", "승리를", "자랑스럽다"};
  SpeakerFilter adriano = NarrowSpeaker("Adriano", archive);
  CHECK(adriano.unknown);
  CHECK(adriano.named_in_articles.empty());
  CHECK(adriano.sounded_name == "Adriano");
  archive.text_queries.clear();
  UnattributedQuotesOf(adriano, Xapian::Query(), Xapian::Query("MVP"), archive);
  CHECK(std::find(archive.text_queries.begin(), archive.text_queries.end(), "아드리아누") != archive.text_queries.end());
  // No topic to find the articles by, or the word is someone quoted by name: no articles.
  archive.text_queries.clear();
  UnattributedQuotesOf(adriano, Xapian::Query(), Xapian::Query(), archive);
  archive.terms.insert(std::string(schema::kSpeaker) + "아드리아누");
  UnattributedQuotesOf(adriano, Xapian::Query(), Xapian::Query("MVP"), archive);
  CHECK(archive.text_queries.empty());
  // A name of two consonants sounds like too much; a hyphenated word is no foreign name.
  archive.vocabulary = {"할라", "현대기아차"};
  CHECK(NarrowSpeaker("Hala", archive).sounded_name.empty() == false);
  UnattributedQuotesOf(NarrowSpeaker("Hala", archive), Xapian::Query(), Xapian::Query("MVP"), archive);
  CHECK(archive.text_queries.empty());
  CHECK(NarrowSpeaker("Hyundai-Kia", archive).sounded_name.empty());
}

TEST_CASE("the names of a speaker as asked: titles and sides dropped; an English name only as the index knows it") {
  FakeArchive archive;
  // 유족 is someone of the name's (a role noun), never a name: one predicate with the speaker keys' (KindOfSpeakerWord).
  CHECK(SpeakerNamesAsked("한빛병원 강서진 유족 측", archive) == std::vector<std::string>{"한빛병원", "강서진"});
  CHECK(KindOfSpeakerWord("유족") == SpeakerWord::kRelation);
  CHECK(KindOfSpeakerWord("의원") == SpeakerWord::kTitle);
  CHECK(KindOfSpeakerWord("강서진") == SpeakerWord::kName);
  CHECK(SpeakerNamesAsked("김민수 의원", archive) == std::vector<std::string>{"김민수"});
  CHECK(SpeakerNamesAsked("대변인", archive).empty());
  CHECK(SpeakerNamesAsked("Nobody Qwertyson", archive).empty());
}

TEST_CASE("a speaker nobody is quoted by: the articles naming any of their names; one quoted by name: none") {
  FakeArchive archive;
  SpeakerFilter unknown = NarrowSpeaker("한빛병원 강서진 유족 측", archive);
  REQUIRE(unknown.unknown);
  SpeakerFilter anywhere = NamedAnywhere("한빛병원 강서진 유족 측", unknown, archive);
  REQUIRE_FALSE(anywhere.named_in_articles.empty());
  const std::string any = anywhere.named_in_articles.get_description();
  CHECK(any.find("OR") != std::string::npos);
  CHECK(any.find("AND") == std::string::npos);
  for (const char* name : {"한빛병원", "강서진"}) CHECK(any.find(name) != std::string::npos);
  CHECK(any.find("유족") == std::string::npos);  // every article mentioning the bereaved is nobody's
  CHECK(anywhere.described_only);  // only quotes that say the topic themselves
  // Quoted by name: the speaker's own quotes answer, never this fallback.
  SpeakerFilter known = unknown;
  known.unknown = false;
  CHECK(NamedAnywhere("한빛병원 강서진 유족 측", known, archive).named_in_articles.empty());
  // Nothing that names anyone: no articles.
  CHECK(NamedAnywhere("대변인 측", unknown, archive).named_in_articles.empty());
}

TEST_CASE("among hits of equal score, those whose title names the speaker first; a better score stays first") {
  auto hit = [](const std::string& id, double score, const std::string& title) {
    Hit h;
    h.id = id;
    h.score = score;
    h.title = title;
    return h;
  };
  std::vector<Hit> hits{hit("a", 9.0, "국회 예산안 심사"), hit("b", 2.0, "국회 본회의"), hit("c", 2.0, "시청 앞 집회"),
                        hit("d", 2.0, "김민수 의원, 지역구 방문"), hit("e", 2.0, "김민수 의원 인터뷰")};
  TitledFirstAmongTies(&hits, {"김민수"});
  std::vector<std::string> order;
  for (const auto& h : hits) order.push_back(h.id);
  CHECK(order == std::vector<std::string>{"a", "d", "e", "b", "c"});
  // No names: as ranked.
  TitledFirstAmongTies(&hits, {});
  CHECK(hits[1].id == "d");
  // A title resolved to a speaker's names; none for a speaker nobody is quoted by.
  SpeakerFilter person;
  person.filter = Xapian::Query("XP김민수의원");
  person.expansions = {"김민수의원", "kimminsu"};
  // "김민수의원" (the key of "김민수 의원") is never in a headline, which writes the words apart.
  CHECK(NamesForTitles("김민수 의원", person) == std::vector<std::string>{"김민수"});
  person.expansions = {"김민수의원", "민수김"};
  CHECK(NamesForTitles("김민수 의원", person) == std::vector<std::string>{"김민수", "민수김"});
  person.unknown = true;
  CHECK(NamesForTitles("김민수 의원", person).empty());
}

TEST_CASE("titled hits first among ties: pages 1 and 2 never repeat or skip a hit") {
  // 30 quotes of one score, the titled ones (every third) spread over both pages' ranks.
  std::vector<Hit> ranked;
  for (int i = 0; i < 30; ++i) {
    Hit h;
    h.id = "q" + std::to_string(i);
    h.score = 1.0;
    h.title = i % 3 == 0 ? "김민수 의원 인터뷰" : "국회 본회의";
    ranked.push_back(h);
  }
  const std::vector<std::string> names{"김민수"};
  auto page = [&](size_t offset, size_t limit) {
    SearchOptions options;
    options.offset = offset;
    options.limit = limit;
    const SearchOptions asked = TiePoolOptions(options, names);
    CHECK(asked.offset == 0);
    std::vector<Hit> hits(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(std::min(asked.limit, ranked.size())));
    TitledPage(&hits, names, options);
    return hits;
  };
  for (size_t limit : {size_t{3}, size_t{10}, size_t{15}}) {
    std::vector<std::string> seen;
    for (size_t offset = 0; offset < 30; offset += limit) {
      for (const auto& h : page(offset, limit)) seen.push_back(h.id);
    }
    REQUIRE(seen.size() == 30);
    CHECK(std::set<std::string>(seen.begin(), seen.end()).size() == 30);  // each hit on exactly one page
    CHECK(seen[0] == "q0");
    CHECK(seen[1] == "q3");  // titled first within the first block
  }
  // No names: the page as ranked.
  SearchOptions second;
  second.offset = 10;
  second.limit = 10;
  CHECK(TiePoolOptions(second, {}).offset == 10);
}

}  // namespace
}  // namespace kosearch
