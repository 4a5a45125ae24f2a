// The query language in two halves: the parser alone (query text → plan, no
// index at all), and the planner (plan → Xapian query) against a fake index
// that holds only the terms a test gives it.
#include <doctest/doctest.h>
#include <xapian.h>

#include <set>
#include <string>
#include <vector>

#include "index/schema.h"
#include "kosearch/aliases.h"
#include "search/index_reader.h"
#include "search/query_parser.h"
#include "search/query_planner.h"

using kosearch::PlanClause;
using kosearch::QueryPlan;
using kosearch::TextField;
using Kind = kosearch::PlanClause::Kind;
using Terms = std::vector<std::string>;

namespace {

QueryPlan Plan(const std::string& query) {
  auto plan = kosearch::ParseQuery(query, kosearch::AnalyzerOptions{});
  REQUIRE_MESSAGE(plan.ok(), plan.status().message());
  return *plan;
}

// The clauses of a query without OR.
std::vector<PlanClause> Clauses(const std::string& query) {
  QueryPlan plan = Plan(query);
  REQUIRE(plan.any.size() == 1);
  return plan.any[0].clauses;
}

std::string ParseError(const std::string& query) {
  auto plan = kosearch::ParseQuery(query, kosearch::AnalyzerOptions{});
  REQUIRE(!plan.ok());
  CHECK(plan.status().code() == kosearch::Status::Code::kInvalidArgument);
  return plan.status().message();
}

// The terms of every word of a clause, in order.
Terms AllTerms(const PlanClause& c) {
  Terms out;
  for (const auto& w : c.words) out.insert(out.end(), w.terms.begin(), w.terms.end());
  return out;
}

// An index that is a set of terms, with or without positions; it records the
// words the planner asks alternatives for, and answers with `alternative`
// for a word equal to `alternative_of`.
class FakeIndex : public kosearch::IndexReader {
 public:
  bool positions = false;
  std::set<std::string> terms;
  std::string alternative_of;
  Xapian::Query alternative;
  mutable std::vector<std::vector<kosearch::QueryWord>> asked;

  bool HasPositions() const override { return positions; }
  void VisitTerms(const std::string& prefix, const std::function<bool(const std::string&)>& visit) const override {
    for (auto it = terms.lower_bound(prefix); it != terms.end() && it->compare(0, prefix.size(), prefix) == 0; ++it) {
      if (!visit(*it)) return;
    }
  }
  kosearch::WordAlternatives Alternatives(const std::vector<kosearch::QueryWord>& words, const kosearch::AliasTable&) const override {
    asked.push_back(words);
    kosearch::WordAlternatives out;
    for (const auto& w : words) {
      out.per_word.push_back(w.text == alternative_of ? alternative : Xapian::Query());
      if (w.text == alternative_of) out.notes.push_back(w.text + " → alternative");
    }
    return out;
  }
};

kosearch::PlannedQuery Planned(const std::string& query, const FakeIndex& index) {
  kosearch::AliasTable aliases;
  auto planned = kosearch::PlanQuery(Plan(query), aliases, index);
  REQUIRE_MESSAGE(planned.ok(), planned.status().message());
  return *planned;
}

// The terms a query mentions (Xapian's own list: sorted, each once).
std::set<std::string> QueryTerms(const Xapian::Query& q) { return {q.get_terms_begin(), q.get_terms_end()}; }

std::string AmountTerm(const std::string& unit, double value) {
  return std::string(kosearch::schema::kAmount) + unit + ":" + Xapian::sortable_serialise(value);
}

}  // namespace

TEST_CASE("parser: plain words are analysed into bigrams, particles cut, no index needed") {
  auto c = Clauses("오바마 대통령은 취임했다");
  REQUIRE(c.size() == 3);
  CHECK(c[0].kind == Kind::kWords);
  CHECK(c[0].text == "오바마");
  CHECK(AllTerms(c[0]) == Terms{"오바", "바마"});
  CHECK(AllTerms(c[1]) == Terms{"대통", "통령"});  // 은 is a particle
  CHECK(AllTerms(c[2]) == Terms{"취임"});          // 했다: the light verb is cut
  for (const auto& clause : c) {
    CHECK(clause.PlainWord());
    CHECK(!clause.negated);
    CHECK(!clause.required);
  }
  // Mixed scripts split into words of their own: SK그룹 → sk, 그룹.
  c = Clauses("SK그룹 GPU");
  REQUIRE(c.size() == 2);
  REQUIRE(c[0].words.size() == 2);
  CHECK(c[0].words[0].terms == Terms{"sk"});
  CHECK(c[0].words[1].terms == Terms{"그룹"});
  CHECK(AllTerms(c[1]) == Terms{"gpu"});
}

TEST_CASE("parser: the analyzer options are the caller's") {
  kosearch::AnalyzerOptions keep;
  keep.strip_particles = false;
  auto plan = kosearch::ParseQuery("대통령은", keep);
  REQUIRE(plan.ok());
  REQUIRE(plan->any.size() == 1);
  REQUIRE(plan->any[0].clauses.size() == 1);
  CHECK(AllTerms(plan->any[0].clauses[0]) == Terms{"대통", "통령", "령은"});
}

TEST_CASE("parser: a short query is strict, a question is not") {
  CHECK(Plan("젠슨 황 엔비디아").strict);
  CHECK(!Plan("엔비디아 최고경영자는 서울에서 무엇을 논의했나").strict);
}

TEST_CASE("parser: phrases and text fields") {
  auto c = Clauses("\"옴니버스 툴\" title:오바마 body:\"미국 대통령\" text:선거");
  REQUIRE(c.size() == 4);
  CHECK(c[0].kind == Kind::kPhrase);
  CHECK(c[0].field == TextField::kAny);
  CHECK(AllTerms(c[0]) == Terms{"옴니", "니버", "버스", "툴"});
  CHECK(c[1].kind == Kind::kWords);
  CHECK(c[1].field == TextField::kTitle);
  CHECK(!c[1].PlainWord());  // a field's value is taken as typed
  CHECK(c[2].kind == Kind::kPhrase);
  CHECK(c[2].field == TextField::kBody);
  CHECK(AllTerms(c[2]) == Terms{"미국", "대통", "통령"});
  CHECK(c[3].field == TextField::kBody);  // text: is body:
  // Curly quotes open and close phrases too.
  c = Clauses("“옴니버스 툴”");
  REQUIRE(c.size() == 1);
  CHECK(c[0].kind == Kind::kPhrase);
}

TEST_CASE("parser: filters keep their values") {
  auto c = Clauses("source:아주경제 speaker:최태원 person:오바마 org:Samsung kind:quote id:000_b7eb001f9d02ddd5");
  REQUIRE(c.size() == 6);
  CHECK(c[0].kind == Kind::kSource);
  CHECK(c[0].text == kosearch::AliasTable::Key("아주경제"));
  CHECK(c[1].kind == Kind::kSpeaker);
  CHECK(c[1].text == "최태원");
  CHECK(c[2].kind == Kind::kPerson);
  CHECK(c[3].kind == Kind::kOrg);
  CHECK(c[3].text == "Samsung");
  CHECK(c[4].kind == Kind::kKind);
  CHECK(c[5].kind == Kind::kId);
  CHECK(c[5].text == "000_b7eb001f9d02ddd5");
  for (const auto& clause : c) CHECK(clause.Filter());
}

TEST_CASE("parser: date ranges") {
  auto c = Clauses("date:2009 date:2009-01 date:2009-01-20 date:2009-01-01..2009-12-31 date:2020.. date:..2010-06");
  REQUIRE(c.size() == 6);
  CHECK(c[0].kind == Kind::kDate);
  CHECK(c[0].date.whole_term);
  CHECK(c[0].date.low == "2009");
  CHECK(!c[1].date.whole_term);  // a month is a range of days
  CHECK(c[1].date.low == "2009-01");
  CHECK(c[1].date.high == "2009-01-99");
  CHECK(c[2].date.whole_term);
  CHECK(c[2].date.low == "2009-01-20");
  CHECK(c[3].date.low == "2009-01-01");
  CHECK(c[3].date.high == "2009-12-31");
  CHECK(c[4].date.low == "2020");
  CHECK(c[4].date.high.empty());
  CHECK(c[5].date.low.empty());
  CHECK(c[5].date.high == "2010-06-99");
}

TEST_CASE("parser: amount ranges, read as Korean news writes amounts") {
  auto c = Clauses("amount:10억달러.. amount:..5만장 amount:1조2천억원..2조원");
  REQUIRE(c.size() == 3);
  CHECK(c[0].kind == Kind::kAmount);
  CHECK(c[0].text == "10억달러..");
  CHECK(c[0].amount.unit == "USD");
  CHECK(c[0].amount.low == doctest::Approx(1e9));
  CHECK(c[0].amount.high > 1e300);  // open
  CHECK(c[1].amount.unit == "장");
  CHECK(c[1].amount.high == doctest::Approx(5e4));
  CHECK(c[1].amount.low < -1e300);
  CHECK(c[2].amount.unit == "KRW");
  CHECK(c[2].amount.low == doctest::Approx(1.2e12));
  CHECK(c[2].amount.high == doctest::Approx(2e12));
}

TEST_CASE("parser: negation, AND, OR and parentheses") {
  auto c = Clauses("오바마 -취임 NOT 선거");
  REQUIRE(c.size() == 3);
  CHECK(!c[0].negated);
  CHECK(c[1].negated);
  CHECK(c[1].minus);
  CHECK(!c[1].PlainWord());
  CHECK(c[2].negated);
  CHECK(!c[2].minus);

  c = Clauses("오바마 AND 롬니 대선");
  REQUIRE(c.size() == 3);
  CHECK(c[0].required);
  CHECK(c[1].required);
  CHECK(!c[2].required);

  QueryPlan plan = Plan("오바마 OR 바이든 취임");
  REQUIRE(plan.any.size() == 2);
  CHECK(plan.any[0].clauses.size() == 1);
  CHECK(plan.any[1].clauses.size() == 2);

  c = Clauses("(오바마 OR (미국 AND 대통령)) -선거");
  REQUIRE(c.size() == 2);
  CHECK(c[0].kind == Kind::kGroup);
  REQUIRE(c[0].group.size() == 2);
  REQUIRE(c[0].group[1].clauses.size() == 1);
  const PlanClause& inner = c[0].group[1].clauses[0];
  CHECK(inner.kind == Kind::kGroup);
  REQUIRE(inner.group.size() == 1);
  CHECK(inner.group[0].clauses.size() == 2);
  CHECK(inner.group[0].clauses[0].required);
  CHECK(c[1].negated);
}

TEST_CASE("parser: prefixes and what has nothing to search for") {
  auto c = Clauses("nvid* title:sams* 200*");
  REQUIRE(c.size() == 3);
  CHECK(c[0].kind == Kind::kPrefix);
  CHECK(AllTerms(c[0]) == Terms{"nvid"});
  CHECK(c[1].field == TextField::kTitle);
  CHECK(AllTerms(c[1]) == Terms{"sams"});
  CHECK(AllTerms(c[2]) == Terms{"200"});
  // A word of punctuation only is left out; the rest stays.
  c = Clauses("… 오바마 ( ,,, )");
  REQUIRE(c.size() == 1);
  CHECK(c[0].text == "오바마");
}

TEST_CASE("parser: malformed queries are named in one line") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"\"옴니버스 툴", "unbalanced quote at character 1: \"옴니버스 툴"},
      {"(오바마 취임", "unbalanced parenthesis: \"(\" at character 1 is never closed"},
      {"오바마)", "unbalanced parenthesis: \")\" at character 4 has no \"(\""},
      {"AND 오바마", "\"AND\" at character 1 has nothing on its left"},
      {"오바마 AND", "\"AND\" at the end of the query has nothing on its right"},
      {"NOT NOT 오바마", "\"NOT NOT\" at character 5"},
      {"Writer:홍길동", "unknown field \"writer:\" (known: title, body, source, speaker, person, org, kind, id, date, amount)"},
      {"title:", "field \"title:\" has no value (at character 1)"},
      {"kind:기사", "kind:기사 is not a kind; use kind:article or kind:quote"},
      {"date:2009-13", "date:2009-13 is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO"},
      {"date:2010..2009", "date:2010..2009 is inverted: 2010 is after 2009"},
      {"amount:20억..10억", "amount:20억..10억 is inverted: the low end is above the high end"},
      {"amount:10억달러..5만장", "amount:10억달러..5만장 mixes units USD and 장"},
      {"amount:많이", "amount:많이: \"많이\" is not an amount"},
      {"옴니*", "prefix search works on Latin words and numbers only: \"옴니*\" (a Hangul word already matches inside longer words: search 옴니)"},
      {"om*ni", "\"om*ni\": * is only allowed at the end of a word (prefix search, e.g. SK*)"},
      {"omni~", "fuzzy search is not supported: \"omni~\"; remove the ~ (or quote the word)"},
      {",,, …", "nothing to search for in \",,, …\""},
      {"오바마 \xff", "query is not valid UTF-8 (byte 10)"},
  };
  for (const auto& [query, message] : cases) CHECK(ParseError(query) == message);
  // Only Latin letters make a field name: 기자:홍길동 is text.
  CHECK(Clauses("기자:홍길동")[0].kind == Kind::kWords);
}

TEST_CASE("parser: limits on what one query may cost") {
  std::string words;
  for (int i = 0; i < 1001; ++i) words += "대통령 ";
  CHECK(ParseError(words) == "query too long: 1001 words (limit 1000)");
  // One typed word that the analyzer splits at each script change.
  std::string mixed;
  for (int i = 0; i < 501; ++i) mixed += "한漢";
  CHECK(ParseError(mixed) == "query too long: 1002 words after splitting scripts (limit 1000)");
  CHECK(ParseError(std::string(101, '(') + "오바마") == "parentheses nested more than 100 deep at character 101");
  CHECK(ParseError(std::string(20001, 'a')) == "query too long: 20001 characters (limit 20000)");
}

TEST_CASE("planner: amount ranges expand to the amount terms the index has") {
  FakeIndex index;
  for (double v : {5e8, 1e9, 3e9, 2e10}) index.terms.insert(AmountTerm("USD", v));
  index.terms.insert(AmountTerm("KRW", 3e9));
  auto q = Planned("amount:10억달러..100억달러", index);
  CHECK(QueryTerms(q.query) == std::set<std::string>{AmountTerm("USD", 1e9), AmountTerm("USD", 3e9)});
  CHECK(q.mentions_amount);
  REQUIRE(q.amounts.size() == 1);
  CHECK(q.amounts[0].unit == "USD");
  // No unit: every unit's amounts in range.
  q = Planned("amount:20억..50억", index);
  CHECK(QueryTerms(q.query) == std::set<std::string>{AmountTerm("KRW", 3e9), AmountTerm("USD", 3e9)});
  // Nothing in range: a term no document has, not an empty query.
  q = Planned("amount:1조달러..", index);
  CHECK(QueryTerms(q.query) == std::set<std::string>{kosearch::schema::kAmount});
  // A negated range excludes; it is not an amount to mark in snippets.
  q = Planned("반도체 -amount:10억달러..", index);
  CHECK(q.amounts.empty());
  CHECK(q.query.get_description().find("AND_NOT") != std::string::npos);
}

TEST_CASE("planner: too many amounts in range is the user's error") {
  FakeIndex index;
  for (int i = 0; i < 50001; ++i) index.terms.insert(AmountTerm("KRW", 1e6 + i));
  kosearch::AliasTable aliases;
  auto planned = kosearch::PlanQuery(Plan("amount:1백만원.."), aliases, index);
  REQUIRE(!planned.ok());
  CHECK(planned.status().code() == kosearch::Status::Code::kInvalidArgument);
  CHECK(planned.status().message() == "amount:1백만원..: the query's amount ranges match over 50000 amounts; narrow them or give a unit");
}

TEST_CASE("planner: phrases on positions, or checked in the text without them") {
  FakeIndex with;
  with.positions = true;
  auto q = Planned("\"옴니버스 툴\"", with);
  CHECK(q.query.get_description().find("PHRASE 4") != std::string::npos);
  CHECK(q.phrases.empty());
  CHECK(q.has_text);
  REQUIRE(q.highlight.size() == 1);
  CHECK(q.highlight[0] == Terms{"옴니", "니버", "버스", "툴"});

  FakeIndex without;
  q = Planned("\"옴니버스 툴\"", without);
  CHECK(q.query.get_description().find("PHRASE") == std::string::npos);
  CHECK(QueryTerms(q.query) == std::set<std::string>{"니버", "버스", "옴니", "툴"});
  REQUIRE(q.phrases.size() == 1);
  CHECK(q.phrases[0].terms == Terms{"옴니", "니버", "버스", "툴"});
  CHECK(q.phrases[0].field == kosearch::PhraseCheck::Field::kAny);
  // A title phrase is checked in the title, under the title's prefix.
  q = Planned("title:\"미국 대통령\"", without);
  REQUIRE(q.phrases.size() == 1);
  CHECK(q.phrases[0].field == kosearch::PhraseCheck::Field::kTitle);
  CHECK(QueryTerms(q.query) == std::set<std::string>{"S대통", "S미국", "S통령"});
  // A phrase beside other words must hold only when AND-ed; in an OR, never.
  CHECK(Planned("\"옴니버스 툴\" 엔비디아", without).phrases.empty());
  CHECK(Planned("\"옴니버스 툴\" AND 엔비디아", without).phrases.size() == 1);
  CHECK(Planned("\"옴니버스 툴\" OR 엔비디아", without).phrases.empty());
  CHECK(Planned("\"옴니버스 툴\" source:아주경제", without).phrases.size() == 1);
}

TEST_CASE("planner: a word's bigrams, all of them in a short query") {
  FakeIndex without;
  // Strict and no positions: the bigrams AND-ed, scaled by 2/n.
  auto q = Planned("옴니버스", without);
  CHECK(q.query.get_description() == "Query(0.66666666666666662966 * (옴니 AND 니버 AND 버스))");
  FakeIndex with;
  with.positions = true;
  q = Planned("옴니버스", with);
  CHECK(q.query.get_description().find("(옴니 AND 니버 AND 버스) OR (옴니 PHRASE 3 니버 PHRASE 3 버스)") != std::string::npos);
  // A long query: any bigram gives partial credit.
  q = Planned("엔비디아 최고경영자는 서울에서 무엇을 논의했나", without);
  CHECK(q.query.get_description().find("(엔비 OR 비디 OR 디아)") != std::string::npos);
}

TEST_CASE("planner: sources and prefixes expand to the terms present") {
  FakeIndex index;
  const std::string xs = kosearch::schema::kSource;
  index.terms = {xs + "ko.wikinews.org", xs + "en.wikinews.org", xs + "아주경제", "nvidia", "nvidia의", "nvme", "samsung"};
  auto q = Planned("source:wikinews.org", index);
  CHECK(QueryTerms(q.query) == std::set<std::string>{xs + "en.wikinews.org", xs + "ko.wikinews.org", xs + "wikinews.org"});
  CHECK(!q.has_text);

  q = Planned("nvid*", index);
  CHECK(q.query.get_description().find("WILDCARD") != std::string::npos);
  CHECK(q.highlight == std::vector<Terms>{{"nvidia"}, {"nvidia의"}});
  // Highlights are bounded; the query is Xapian's wildcard whatever the count.
  for (int i = 0; i < 80; ++i) index.terms.insert("nvx" + std::to_string(100 + i));
  CHECK(Planned("nv*", index).highlight.size() == 50);
  CHECK(Planned("-nv* 삼성", index).highlight == std::vector<Terms>{{"삼성"}});
}

TEST_CASE("planner: filters, kinds and what the searcher is told") {
  FakeIndex index;
  auto q = Planned("speaker:최태원 반도체", index);
  CHECK(q.mentions_quote_field);
  CHECK(q.query.get_description().find("FILTER") != std::string::npos);
  q = Planned("kind:quote 반도체", index);
  CHECK(q.mentions_kind);
  CHECK(!q.mentions_quote_field);
  // Filters only: every match of the filter, unranked.
  q = Planned("org:삼성", index);
  CHECK(!q.has_text);
  CHECK(q.query.get_description().find("0 * ") != std::string::npos);
  q = Planned("date:2009 오바마", index);
  CHECK(QueryTerms(q.query).count("Y2009") == 1);
}

TEST_CASE("planner: only plain words are expanded, and the alternatives are OR-ed in") {
  FakeIndex index;
  index.alternative_of = "삼성";
  index.alternative = Xapian::Query("samsung");
  auto q = Planned("삼성 반도체 -공장 title:평택 \"메모리 출하\"", index);
  REQUIRE(index.asked.size() == 1);
  REQUIRE(index.asked[0].size() == 2);
  CHECK(index.asked[0][0].text == "삼성");
  CHECK(!index.asked[0][0].follows_previous);
  CHECK(index.asked[0][1].text == "반도체");
  CHECK(index.asked[0][1].follows_previous);
  CHECK(QueryTerms(q.query).count("samsung") == 1);
  CHECK(q.alternatives == std::vector<std::string>{"삼성 → alternative"});
  // Words joined by AND do not follow each other as a spacing variant would.
  index.asked.clear();
  Planned("젠슨 AND 황", index);
  REQUIRE(index.asked.size() == 1);
  REQUIRE(index.asked[0].size() == 2);
  CHECK(!index.asked[0][1].follows_previous);
}
