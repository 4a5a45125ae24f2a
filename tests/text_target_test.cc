// Quote documents keep their text under their own prefix (schema::kQuoteText):
// a plain search plans articles' terms only, speaker: quotes' terms only,
// kind: and amount: both (search/query_planner.h, TextTargetOf).
#include <doctest/doctest.h>
#include <xapian.h>

#include <set>
#include <string>

#include "index/schema.h"
#include "search/query_planner.h"

namespace kosearch {
namespace {

// An index with no terms and no positions, and no other spellings.
class EmptyIndex : public IndexReader {
 public:
  bool HasPositions() const override { return false; }
  void VisitTerms(const std::string&, const std::function<bool(const std::string&)>&) const override {}
  WordAlternatives Alternatives(const std::vector<QueryWord>& words, const AliasTable&) const override {
    WordAlternatives out;
    out.per_word.resize(words.size());
    return out;
  }
};

// The text terms (no filter terms) the planned query of `query` looks up.
std::set<std::string> TextTerms(const std::string& query) {
  auto plan = ParseQuery(query, AnalyzerOptions{});
  REQUIRE(plan.ok());
  AliasTable aliases;
  auto planned = PlanQuery(*plan, aliases, EmptyIndex(), TextTargetOf(*plan));
  REQUIRE(planned.ok());
  std::set<std::string> out;
  for (auto it = planned->query.get_terms_begin(); it != planned->query.get_terms_end(); ++it) {
    const std::string t = *it;
    if (t.find("대통") != std::string::npos || t.find("통령") != std::string::npos) out.insert(t);
  }
  return out;
}

TEST_CASE("text_target: articles' terms for a plain search, quotes' for speaker:, both for kind: and amount:") {
  const std::string xt = schema::kQuoteText;
  CHECK(TextTargetOf(*ParseQuery("대통령", {})) == TextTarget::kArticles);
  CHECK(TextTerms("대통령") == std::set<std::string>{"대통", "통령"});
  CHECK(TextTerms("\"미국 대통령\"") == std::set<std::string>{"대통", "통령"});
  CHECK(TextTerms("speaker:오바마 대통령") == std::set<std::string>{xt + "대통", xt + "통령"});
  CHECK(TextTerms("(speaker:오바마 OR speaker:바이든) 대통령") == std::set<std::string>{xt + "대통", xt + "통령"});
  const std::set<std::string> both{"대통", "통령", xt + "대통", xt + "통령"};
  CHECK(TextTerms("kind:quote 대통령") == both);
  CHECK(TextTerms("대통령 amount:1억달러..") == both);
  // title: is an article field whatever the target.
  CHECK(TextTerms("speaker:오바마 title:대통령") == std::set<std::string>{"S대통", "S통령"});
}

}  // namespace
}  // namespace kosearch
