// A person's side read from the articles that name the person (see spoken_for.h).
#include "answer/spoken_for.h"

#include <algorithm>

#include "answer/answer_steps.h"
#include "extract/people.h"
#include "index/schema.h"
#include "kosearch/aliases.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Quotes read to find which of them a named person said.
constexpr size_t kScanQuotes = 2000;

// The speakers of the quotes in the articles `there` who may speak for the
// person named `name` there, as queries: a side or relation role of theirs
// or of no one's (측, 소속사, 관계자 of "가수 한별나"; "경찰 관계자" is the
// police's), or an organization quoted nowhere else (the agency; police or
// prosecutors are quoted by name in other articles too, the test
// unattributed_quotes.cc applies). A named person there is someone else,
// never the side asked.
std::vector<Xapian::Query> SideSpeakersThere(const Xapian::Query& there, const std::vector<std::string>& name, ArchiveReader& archive) {
  const Xapian::Query quotes(schema::Term(schema::kKind, schema::kKindQuote));
  const auto theirs = [&](const std::string& org) {
    return org.empty() || std::any_of(name.begin(), name.end(), [&](const std::string& w) { return org.find(w) != std::string::npos; });
  };
  std::vector<Xapian::Query> sides;
  for (const StoredDocument& quote : archive.BestDocumentPerSpeaker(Xapian::Query(Xapian::Query::OP_FILTER, quotes, there), kScanQuotes)) {
    if (quote.speaker_type == "role" && !quote.role.empty() && theirs(quote.org)) {
      const SpeakerWord last = KindOfSpeakerWord(SplitSpaces(quote.role).back());
      if (last != SpeakerWord::kSide && last != SpeakerWord::kRelation) continue;
      Xapian::Query role(schema::kRole + AliasTable::Key(quote.role));
      if (!quote.org.empty()) role = Xapian::Query(Xapian::Query::OP_AND, role, Xapian::Query(schema::kOrg + AliasTable::Key(quote.org)));
      sides.push_back(role);
    } else if (quote.speaker_type == "organization" && !quote.speaker.empty()) {
      const Xapian::Query term(schema::kSpeaker + AliasTable::Key(quote.speaker));
      const Xapian::Query elsewhere(Xapian::Query::OP_AND_NOT, term, there);
      if (!archive.AnyMatch(Xapian::Query(Xapian::Query::OP_FILTER, quotes, elsewhere))) sides.push_back(term);
    }
  }
  return sides;
}

}  // namespace

std::vector<std::string> NameBeforeSideWord(const std::string& speaker) {
  const std::vector<std::string> words = SplitSpaces(speaker);
  if (words.size() < 2 || IsLatin(speaker)) return {};
  const SpeakerWord last = KindOfSpeakerWord(words.back());
  if (last != SpeakerWord::kSide && last != SpeakerWord::kRelation) return {};
  // "진보라·김명훈 측": the side of both.
  std::vector<std::string> name;
  for (auto w = words.begin(); w + 1 != words.end(); ++w) {
    for (std::string_view part : SplitOn(*w, "·")) name.emplace_back(part);
  }
  // A word of the question read as a name by mistake ("맡은 에이전트": a
  // verb's form) names no one, yet many articles have it: the extractor's
  // rule of a Korean name's shape (a surname, three syllables) decides.
  const auto korean_name = [](const std::string& w) { return NamesSomeone(w) && LooksLikeKoreanName(ToU32(w)); };
  if (!std::all_of(name.begin(), name.end(), korean_name)) return {};
  return name;
}

SpeakerFilter SpokenForWhereNamed(const std::string& speaker, bool has_topic, const SpeakerFilter& unknown, ArchiveReader& archive) {
  if (!unknown.unknown || !has_topic) return unknown;
  const std::vector<std::string> name = NameBeforeSideWord(speaker);
  if (name.empty()) return unknown;
  std::vector<Xapian::Query> all;
  for (const auto& w : name) {
    Xapian::Query q = archive.TextQuery(w, nullptr);
    if (q.empty()) return unknown;
    all.push_back(q);
  }
  const Xapian::Query naming(Xapian::Query::OP_AND, all.begin(), all.end());
  const Xapian::Query articles(Xapian::Query::OP_FILTER, Xapian::Query(schema::Term(schema::kKind, schema::kKindArticle)), naming);
  const std::vector<std::string> in_articles = ArticlesNaming(articles, archive);
  if (in_articles.empty()) return unknown;
  const Xapian::Query quotes(schema::Term(schema::kKind, schema::kKindQuote));
  const Xapian::Query there(Xapian::Query::OP_OR, in_articles.begin(), in_articles.end());
  const std::vector<Xapian::Query> sides = SideSpeakersThere(there, name, archive);
  if (sides.empty()) return unknown;
  // A quote with a speaker has the speaker slot set (unattributed_quotes.cc):
  // a quote left without one is presented as unattributed, never as the side's.
  const Xapian::Query attributed(Xapian::Query::OP_VALUE_GE, schema::kSlotSpeaker, std::string(1, '\0'));
  const Xapian::Query filter(Xapian::Query::OP_FILTER, Xapian::Query(Xapian::Query::OP_AND, there, Xapian::Query(Xapian::Query::OP_OR, sides.begin(), sides.end())), attributed);
  if (!archive.AnyMatch(Xapian::Query(Xapian::Query::OP_FILTER, quotes, filter))) return unknown;
  SpeakerFilter out;
  out.filter = filter;
  out.named_in_articles = naming;
  out.names = name;
  out.expansions = name;
  out.kind = SpeakerKind::kTitleHolders;
  out.title_holders = true;  // a Korean title's holders: only those who say the topic answer
  out.how = "side: the quotes of a side, relation or the person's own body in the articles that name them";
  return out;
}

}  // namespace kosearch
