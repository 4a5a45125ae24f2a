// Roles in a question's speaker and the quotes given them (see role_words.h).
#include "answer/role_words.h"

#include <cctype>

#include "answer/answer_steps.h"
#include "extract/people.h"
#include "extract/speaker_words.h"
#include "index/schema.h"
#include "kosearch/aliases.h"
#include "text/english_news_terms.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

using Terms = std::vector<std::string>;

// Articles whose text has a speaker's unknown words, looked in for the unnamed holders of its title.
constexpr Xapian::doccount kNamingArticles = 50;

Xapian::Query AnyOf(const Terms& terms) {
  return terms.empty() ? Xapian::Query() : Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

// An English role word the alias file has no spelling of ("the doctor",
// "the nominee"): the Korean roles the news glossary writes for it that
// quotes are given by, or an unnamed speaker's role noun the quotes are
// keyed by as their speaker ("the court" → 재판부: a bench speaks as one,
// with no name and no role beside it). Lower case only: a capitalized word
// is a name ("Song", "Park"), never a role.
Terms GlossaryRoleTerms(const std::string& word, ArchiveReader& archive) {
  Terms out;
  if (word.empty() || !IsLatin(word) || std::isupper(static_cast<unsigned char>(word[0]))) return out;
  for (const auto& korean : KoreanTermsOf(word)) {
    const std::string key = AliasTable::Key(korean);
    if (CodePointCount(key) < 2) continue;
    // A role noun the text quotes as its speaker (the extractor keys 재판부 as
    // the body it is, speaker and organization alike).
    if (IsRoleNoun(ToU32(key)) && archive.HasTerm(schema::kSpeaker + key)) {
      AddUnique(out, schema::kSpeaker + key);
      continue;
    }
    if (!ExistingTerms(korean, schema::kOrg, archive).empty()) continue;
    if (const std::string role = ExistingRoleTerm(key, archive); !role.empty()) AddUnique(out, role);
  }
  return out;
}

}  // namespace

Terms ExistingTerms(const std::string& name, const char* prefix, ArchiveReader& archive) {
  Terms out;
  if (CodePointCount(AliasTable::Key(name)) < 2) return out;
  for (const auto& s : archive.Spellings(name)) {
    std::string t = std::string(prefix) + AliasTable::Key(s);
    if (CodePointCount(AliasTable::Key(s)) >= 2 && archive.HasTerm(t)) AddUnique(out, t);
  }
  return out;
}

Terms SpeakerNames(const std::string& speaker_term, ArchiveReader& archive) {
  Terms names = archive.Spellings(speaker_term.substr(std::string_view(schema::kSpeaker).size()));
  const Xapian::Query quotes(schema::Term(schema::kKind, schema::kKindQuote));
  for (const StoredDocument& quote : archive.BestDocumentPerSpeaker(Xapian::Query(Xapian::Query::OP_FILTER, quotes, Xapian::Query(speaker_term)), 2000)) {
    AddUnique(names, quote.speaker);
  }
  return names;
}

std::string ExistingRoleTerm(const std::string& key, ArchiveReader& archive) {
  for (const std::string& t : {schema::kRole + key, schema::kRole + key + "들"}) {
    if (archive.HasTerm(t)) return t;
  }
  return {};
}

Terms TitleTermsOf(const std::string& word, ArchiveReader& archive, Terms* from_glossary) {
  Terms out;
  const bool not_org = ExistingTerms(word, schema::kOrg, archive).empty();
  for (const auto& s : archive.Spellings(word)) {
    const std::string key = AliasTable::Key(s);
    if (IsLatin(s) || !IsTitle(ToU32(s))) {
      const std::string role = !IsLatin(s) && not_org && CodePointCount(key) >= 2 ? ExistingRoleTerm(key, archive) : std::string();
      if (!role.empty()) {
        AddUnique(out, role);
        continue;
      }
      if (!(IsLatin(s) && (AsciiLower(s) == "ceo" || AsciiLower(s) == "cfo"))) continue;
    }
    for (const char* prefix : {schema::kRole, schema::kSpeaker}) {
      if (archive.HasTerm(prefix + key)) AddUnique(out, prefix + key);
    }
  }
  if (out.empty()) {
    out = GlossaryRoleTerms(word, archive);
    for (const auto& t : out) AddUnique(*from_glossary, t);
  }
  return out;
}

SpeakerFilter UnnamedTitleHoldersWhere(const SpeakerFilter& none, const Terms& titles, ArchiveReader& archive) {
  if (none.named_in_articles.empty() || none.described_only || titles.empty()) return {};
  const Xapian::Query articles(Xapian::Query::OP_FILTER, Xapian::Query(schema::Term(schema::kKind, schema::kKindArticle)),
                               none.named_in_articles);
  Terms in_articles;
  for (const auto& article : archive.BestIds(articles, kNamingArticles)) AddUnique(in_articles, schema::Term(schema::kArticle, article.id));
  if (in_articles.empty()) return {};
  const Xapian::Query quotes(schema::Term(schema::kKind, schema::kKindQuote));
  Xapian::Query filter(Xapian::Query::OP_AND, AnyOf(titles), AnyOf(in_articles));
  // A holder named in the text is someone the words did not name: never their words.
  Terms named;
  for (const StoredDocument& quote : archive.BestDocumentPerSpeaker(Xapian::Query(Xapian::Query::OP_FILTER, quotes, filter), 2000)) {
    if (!quote.speaker.empty()) AddUnique(named, schema::kSpeaker + AliasTable::Key(quote.speaker));
  }
  if (!named.empty()) filter = Xapian::Query(Xapian::Query::OP_AND_NOT, filter, AnyOf(named));
  if (!archive.AnyMatch(Xapian::Query(Xapian::Query::OP_FILTER, quotes, filter))) return {};
  SpeakerFilter out;
  out.filter = filter;
  out.named_in_articles = none.named_in_articles;
  for (const auto& t : titles) AddUnique(out.expansions, t.substr(2));
  out.names = none.names;
  out.kind = SpeakerKind::kTitleHolders;
  out.how = "title: its unnamed holders in the articles that name the other words";
  out.title_holders = true;
  return out;
}

bool RelationAfterName(const std::vector<std::string>& words) {
  for (size_t i = 1; i < words.size(); ++i) {
    if (IsLatin(words[i]) || words[i] == "측") continue;
    const std::u32string w = ToU32(words[i]);
    if (IsRoleNoun(w) && !IsTitle(w)) return true;
  }
  return false;
}

bool DescribedBeforeRole(const std::vector<std::string>& words, const std::vector<bool>& is_title) {
  bool seen_title = false;
  for (size_t i = 0; i < words.size(); ++i) {
    if (is_title[i]) {
      seen_title = true;
      continue;
    }
    if (seen_title || !IsLatin(words[i]) || std::isupper(static_cast<unsigned char>(words[i][0]))) return false;
  }
  return seen_title;
}

}  // namespace kosearch
