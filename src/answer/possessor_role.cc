// A role of the person named before it (see possessor_role.h).
#include "answer/possessor_role.h"

#include <algorithm>
#include <cctype>

#include "answer/answer_steps.h"
#include "answer/english_names.h"
#include "index/schema.h"
#include "kosearch/aliases.h"
#include "text/english_news_terms.h"
#include "text/romanized_surnames.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

Xapian::Query AnyOf(const std::vector<std::string>& terms) {
  return terms.empty() ? Xapian::Query() : Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace

std::vector<std::string> WrittenKoreanNames(const std::vector<std::string>& person, ArchiveReader& archive) {
  std::vector<std::string> out;
  const size_t hyphen = person.size() == 2 ? person[1].find('-') : std::string::npos;
  if (hyphen == std::string::npos) return out;
  // The press writes ㄱ, ㄷ, ㅂ, ㅈ that open a syllable as k, t, p, ch
  // ("Ki-ryang" 기량) where the Revised Romanization has g, d, b, j.
  const auto spellings = [](std::string syllable) {
    std::vector<std::string> forms{syllable};
    static const std::pair<std::string_view, std::string_view> kVoiced[] = {{"ch", "j"}, {"k", "g"}, {"t", "d"}, {"p", "b"}};
    for (const auto& [press, revised] : kVoiced) {
      if (AsciiLower(syllable).rfind(press, 0) == 0) forms.push_back(std::string(revised) + syllable.substr(press.size()));
    }
    return forms;
  };
  std::vector<std::string> givens;
  for (const auto& first : spellings(person[1].substr(0, hyphen))) {
    for (const auto& second : spellings(person[1].substr(hyphen + 1))) givens.push_back(first + second);
  }
  for (const auto& surname : HangulSurnames(person[0])) {
    for (const auto& given : givens) {
      for (const auto& name : HangulOfRomanized(given, 2)) {
        const std::string full = surname + name;
        Xapian::Query q = archive.TextQuery(full, nullptr);
        if (!q.empty() && archive.AnyMatch(q)) AddUnique(out, full);
      }
    }
  }
  return out;
}

SpeakerFilter PossessorsRole(const std::vector<std::string>& person_terms, const std::vector<std::string>& written_names,
                             const std::vector<std::string>& role_words, ArchiveReader& archive) {
  if ((person_terms.empty() && written_names.empty()) || role_words.empty()) return {};
  std::vector<std::string> korean;
  for (const auto& w : role_words) {
    for (const auto& k : KoreanTermsOf(AsciiLower(w))) AddUnique(korean, k);
    for (const auto& s : Singulars(w)) {
      for (const auto& k : KoreanTermsOf(AsciiLower(s))) AddUnique(korean, k);
    }
  }
  std::vector<std::string> role_terms;
  for (const auto& k : korean) {
    const std::string key = AliasTable::Key(k);
    for (const char* prefix : {schema::kRole, schema::kOrg, schema::kSpeaker}) {
      if (archive.HasTerm(prefix + key)) AddUnique(role_terms, prefix + key);
    }
  }
  if (role_terms.empty()) return {};
  std::vector<Xapian::Query> naming;
  if (!person_terms.empty()) naming.push_back(AnyOf(person_terms));
  for (const auto& name : written_names) naming.push_back(archive.TextQuery(name, nullptr));
  const Xapian::Query articles(Xapian::Query::OP_FILTER, Xapian::Query(Xapian::Query::OP_OR, naming.begin(), naming.end()),
                               Xapian::Query(schema::Term(schema::kKind, schema::kKindArticle)));
  const std::vector<std::string> in_articles = ArticlesNaming(articles, archive);
  if (in_articles.empty()) return {};
  SpeakerFilter out;
  out.filter = Xapian::Query(Xapian::Query::OP_AND, AnyOf(role_terms), AnyOf(in_articles));
  if (!archive.AnyMatch(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(schema::Term(schema::kKind, schema::kKindQuote)), out.filter))) {
    return {};
  }
  out.named_in_articles = articles;
  for (const auto& t : person_terms) AddUnique(out.expansions, t.substr(2));
  for (const auto& n : written_names) AddUnique(out.expansions, n);
  for (const auto& t : role_terms) AddUnique(out.expansions, t.substr(2));
  out.names = out.expansions;
  out.kind = SpeakerKind::kTitleHolders;
  out.how = "role of the person named: its holders in the articles that name them";
  return out;
}

SpeakerFilter RoleOfPersonNamed(const std::vector<std::string>& words, const std::vector<bool>& owner, ArchiveReader& archive,
                                const std::function<std::vector<std::string>(const std::vector<std::string>&)>& person_terms,
                                const std::function<bool(const std::string&)>& is_organization) {
  std::vector<std::string> person, role;
  for (size_t i = 0; i < words.size(); ++i) (owner[i] ? person : role).push_back(words[i]);
  const auto lower = [](const std::string& w) { return IsLatin(w) && !std::isupper(static_cast<unsigned char>(w[0])); };
  if (person.size() < 2 || role.empty() || !std::all_of(role.begin(), role.end(), lower) ||
      !Capitalized(person, 0, person.size()) || is_organization(JoinRun(person, 0, person.size()))) {
    return {};
  }
  // A Korean name some text spells is that person, not also those whose name sounds alike.
  const std::vector<std::string> written = WrittenKoreanNames(person, archive);
  return PossessorsRole(written.empty() ? person_terms(person) : std::vector<std::string>{}, written, role, archive);
}

}  // namespace kosearch
