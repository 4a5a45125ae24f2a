// A speaker nobody is quoted by, and the quotes the extractor left without a
// speaker in the articles that name them (see speaker_filter.h).
#include "answer/speaker_filter.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "answer/answer_steps.h"
#include "answer/english_names.h"
#include "index/schema.h"
#include "kosearch/aliases.h"
#include "text/english_news_terms.h"
#include "text/loanword.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Articles naming a speaker searched for its quotes (ArticlesNaming), and
// read for the words that sound like a name (NamedBySound).
constexpr Xapian::doccount kNamingArticles = 50;

// An English speaker no quote is credited to ("the court", "the US State
// Department"): the Korean words news writes for its words (the glossary,
// titles included: 법원, 국무부) and its acronyms as written, any of them;
// the articles that have most of them are where its unnamed quotes are.
// A capitalized word is a name: with one no Hangul spelling is known of
// ("professor Qwerty Asdfgh"), the speaker is nowhere to be found, never the
// title's other holders. Empty then, and when no word has a Korean form.
Xapian::Query EnglishSpeakerInText(const std::vector<std::string>& words, ArchiveReader& archive,
                                   std::vector<std::string>* korean) {
  std::string phrase;
  for (const auto& w : words) {
    const bool name = w[0] >= 'A' && w[0] <= 'Z';
    if (name && !IsAcronym(w) && KoreanTermsOf(w).empty()) return Xapian::Query();
    phrase += (phrase.empty() ? "" : " ") + w;
  }
  std::vector<Xapian::Query> any;
  for (const auto& term : KoreanNewsTerms(phrase)) {
    Xapian::Query q = archive.TextQuery(term, nullptr);
    if (q.empty()) continue;
    any.push_back(q);
    AddUnique(*korean, term);
  }
  for (const auto& w : words) {
    Xapian::Query q = IsAcronym(w) ? archive.TextQuery(w, nullptr) : Xapian::Query();
    if (!q.empty()) any.push_back(q);
  }
  return any.empty() ? Xapian::Query() : Xapian::Query(Xapian::Query::OP_OR, any.begin(), any.end());
}

// The capitalized words of an English speaker with no Korean form
// ("Adriano", "Gerard Houllier"), the last of them: a family name is how
// Korean text names the person again. Empty when there are none.
std::string UnknownName(const std::vector<std::string>& words) {
  std::string last;
  for (const auto& w : words) {
    // A hyphenated word is a Korean given name or a compound of bodies ("Hyundai-Kia"), not a foreign name.
    const bool plain = std::all_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    if (w[0] >= 'A' && w[0] <= 'Z' && plain && !IsAcronym(w) && KoreanTermsOf(w).empty()) last = w;
  }
  return last;
}

// The articles whose text has the Hangul word that sounds most like `name`
// among the words of the articles that say `topic`; empty when none does.
// A name of fewer consonants ("Houllier": h, l) sounds like too many words.
Xapian::Query NamedBySound(const std::string& name, const Xapian::Query& topic, ArchiveReader& archive) {
  if (topic.empty() || TooFewConsonantsForSound(name)) return Xapian::Query();
  Xapian::Query articles(Xapian::Query::OP_FILTER, topic, Xapian::Query(schema::Term(schema::kKind, schema::kKindArticle)));
  const std::set<std::string> vocabulary = archive.LoanwordVocabulary(articles, kNamingArticles);
  const std::vector<std::string> matches = MatchLoanword(name, std::vector<std::string>(vocabulary.begin(), vocabulary.end()));
  if (matches.empty()) return Xapian::Query();
  // A speaker or organization the index knows by that word is quoted by name
  // elsewhere: its articles' unnamed quotes are someone else's.
  const std::string key = AliasTable::Key(matches.front());
  if (archive.HasTerm(schema::kSpeaker + key) || archive.HasTerm(schema::kOrg + key)) return Xapian::Query();
  return archive.TextQuery(matches.front(), nullptr);
}

}  // namespace

std::vector<std::string> ArticlesNaming(const Xapian::Query& articles, ArchiveReader& archive) {
  std::vector<std::string> ids;
  for (const auto& article : archive.BestIds(articles, kNamingArticles)) AddUnique(ids, schema::Term(schema::kArticle, article.id));
  return ids;
}

SpeakerFilter NotQuotedByName(const std::vector<std::string>& words, const std::vector<std::string>& rest,
                              ArchiveReader& archive) {
  SpeakerFilter none;
  none.unknown = true;
  none.names = words;
  none.how = "not quoted by name";
  if (!words.empty() && std::all_of(words.begin(), words.end(), [](const std::string& w) { return IsLatin(w); })) {
    none.named_in_articles = EnglishSpeakerInText(words, archive, &none.expansions);
    none.described_only = true;
    if (none.named_in_articles.empty()) none.sounded_name = UnknownName(words);
    return none;
  }
  std::vector<Xapian::Query> all;
  for (const auto& w : rest) {
    Xapian::Query q = archive.TextQuery(w, nullptr);
    if (!q.empty()) all.push_back(q);
  }
  if (!all.empty()) none.named_in_articles = Xapian::Query(Xapian::Query::OP_AND, all.begin(), all.end());
  return none;
}

Xapian::Query UnattributedQuotesOf(const SpeakerFilter& speaker, const Xapian::Query& filters, const Xapian::Query& topic,
                                   ArchiveReader& archive) {
  Xapian::Query named = speaker.named_in_articles;
  if (named.empty() && !speaker.sounded_name.empty()) named = NamedBySound(speaker.sounded_name, topic, archive);
  if (named.empty()) return Xapian::Query::MatchNothing;
  Xapian::Query articles(Xapian::Query::OP_FILTER, Xapian::Query(schema::Term(schema::kKind, schema::kKindArticle)), named);
  if (!filters.empty()) articles = Xapian::Query(Xapian::Query::OP_FILTER, articles, filters);
  // The articles that name the speaker and say most of the topic.
  if (!topic.empty()) articles = Xapian::Query(Xapian::Query::OP_AND_MAYBE, articles, topic);
  const std::vector<std::string> ids = ArticlesNaming(articles, archive);
  if (ids.empty()) return Xapian::Query::MatchNothing;
  // A quote with a speaker has the speaker slot set; these have none.
  Xapian::Query attributed(Xapian::Query::OP_VALUE_GE, schema::kSlotSpeaker, std::string(1, '\0'));
  Xapian::Query quotes(Xapian::Query::OP_FILTER, Xapian::Query(schema::Term(schema::kKind, schema::kKindQuote)),
                       Xapian::Query(Xapian::Query::OP_OR, ids.begin(), ids.end()));
  return Xapian::Query(Xapian::Query::OP_AND_NOT, quotes, attributed);
}

}  // namespace kosearch
