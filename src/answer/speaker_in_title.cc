// Quotes of the articles whose title names the speaker (answer.cc): an
// article is about whom its headline names, so among quotes the topic ranks
// alike (none saying it, or no topic asked) those come first.
#include <algorithm>

#include "answer/answer_steps.h"
#include "answer/speaker_filter.h"
#include "index/schema.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Names looked up in titles: the first of a resolution's Hangul names and
// spellings (a title's holders may be many people).
constexpr size_t kTitleNames = 8;
// Articles whose quotes are preferred.
constexpr Xapian::doccount kTitledArticles = 20;

bool HasHangul(const std::string& s) {
  const std::u32string u = ToU32(s);
  return std::any_of(u.begin(), u.end(), [](char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; });
}

}  // namespace

Xapian::Query QuotesOfTitlesNaming(const std::string& asked, const SpeakerFilter& speaker, const Xapian::Query& filters,
                                   ArchiveReader& archive) {
  if (speaker.filter.empty() || speaker.unknown) return Xapian::Query();
  std::vector<Xapian::Query> titles;
  // The names asked without their titles (김민수 의원 → 김민수): a resolution keys them with it.
  std::vector<std::string> names = SpeakerNamesAsked(asked, archive);
  for (const auto& e : speaker.expansions) AddUnique(names, e);
  for (const auto& name : names) {
    if (titles.size() >= kTitleNames) break;
    if (!HasHangul(name) || name.find('"') != std::string::npos) continue;
    auto q = archive.FilterQuery("title:\"" + name + "\"");
    if (q.ok() && !q->empty()) titles.push_back(*q);
  }
  if (titles.empty()) return Xapian::Query();
  Xapian::Query articles(Xapian::Query::OP_FILTER, Xapian::Query(Xapian::Query::OP_OR, titles.begin(), titles.end()),
                         Xapian::Query(schema::Term(schema::kKind, schema::kKindArticle)));
  if (!filters.empty()) articles = Xapian::Query(Xapian::Query::OP_FILTER, articles, filters);
  std::vector<std::string> ids;
  for (const auto& article : archive.BestIds(articles, kTitledArticles)) ids.push_back(schema::Term(schema::kArticle, article.id));
  if (ids.empty()) return Xapian::Query();
  auto* source = new Xapian::FixedWeightPostingSource(kTitleNamesSpeakerWeight);
  return Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(source->release()),
                       Xapian::Query(Xapian::Query::OP_OR, ids.begin(), ids.end()));
}

}  // namespace kosearch
