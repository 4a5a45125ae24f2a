// Speaker resolution that narrows (see speaker_filter.h).
#include "answer/speaker_filter.h"

#include "answer/answer_steps.h"

#include <algorithm>
#include <cctype>

#include "extract/people.h"
#include "index/schema.h"
#include "text/loanword.h"
#include "text/romanized_surnames.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Quotes scanned to find who holds a title or speaks for an organization.
constexpr Xapian::doccount kScanQuotes = 2000;
// How alike a romanized given name and a Hangul one must sound (LoanwordSimilarity).
constexpr double kMinGivenNameSimilarity = 0.6;
// Articles naming a speaker searched for quotes without a speaker.
constexpr Xapian::doccount kNamingArticles = 50;
// Speaker names scanned for a loanword match of an English name.
constexpr size_t kScanSpeakerTerms = 50000;

using Terms = std::vector<std::string>;

// "Oxford's" → "Oxford", "홍콩의" → "홍콩", "Lee Sang-min," → "Lee Sang-min".
std::string CleanWord(std::string w) {
  while (!w.empty() && (w.back() == ',' || w.back() == ';')) w.pop_back();
  for (std::string_view s : {"'s", "’s", "'", "의"}) {
    if (w.size() > s.size() + 2 && w.compare(w.size() - s.size(), s.size(), s) == 0) return w.substr(0, w.size() - s.size());
  }
  return w;
}

Xapian::Query Quotes() { return Xapian::Query(schema::Term(schema::kKind, schema::kKindQuote)); }

Xapian::Query AnyTerm(const Terms& terms) {
  return terms.empty() ? Xapian::Query() : Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

class Resolver {
 public:
  explicit Resolver(ArchiveReader& archive) : archive_(archive) {}

  SpeakerFilter Resolve(const std::string& speaker) {
    std::vector<std::string> words;
    std::vector<bool> owner;  // a word of a possessor ("Bareun Party's", "홍콩의")
    for (const auto& w : SplitSpaces(speaker)) {
      std::string bare = w;
      while (!bare.empty() && (bare.back() == ',' || bare.back() == ';')) bare.pop_back();
      std::string c = CleanWord(bare);
      if (c.empty() || AsciiLower(c) == "of" || AsciiLower(c) == "and") continue;
      words.push_back(c);
      owner.push_back(false);
      if (c.size() == bare.size()) continue;
      // "Korea's environment minister": the speaker is the minister; Korea and
      // the capitalized words before it are whose (an organization, never the person).
      for (size_t k = words.size(); k-- > 0;) {
        if (k + 1 < words.size() && !(IsLatin(words[k]) && std::isupper(static_cast<unsigned char>(words[k][0])))) break;
        owner[k] = true;
      }
    }
    // An organization the index knows ("Samsung", "외교부") speaks itself and
    // through the people quoted for it, even when it is a speaker too.
    if (!Existing(speaker, schema::kOrg).empty() && TitleTerms(speaker).empty()) {
      if (SpeakerFilter org = Organization(words, {}); !org.filter.empty()) return org;
    }
    // The speaker exactly as indexed ("농협 관계자", "젠슨 황", "국방부"), unless
    // it is a title alone ("대통령" also names the quotes the text gives no name for).
    if (Terms whole = Existing(speaker, schema::kSpeaker); !whole.empty() && TitleTerms(speaker).empty()) return Done(whole, "person");
    Terms titles;
    std::vector<std::string> rest, people;  // people: rest without the possessors
    for (size_t i = 0; i < words.size(); ++i) {
      Terms t = TitleTerms(words[i]);
      if (t.empty()) rest.push_back(words[i]);
      if (t.empty() && !owner[i]) people.push_back(words[i]);
      for (auto& x : t) AddUnique(titles, x);
    }
    if (!rest.empty()) {
      if (Terms person = PersonTerms(people); !person.empty()) return Done(person, titles.empty() ? "person" : "person (the title confirms)");
      if (SpeakerFilter org = Organization(rest, titles); !org.filter.empty()) return org;
      if (Terms holders = SurnameHolders(rest, titles); !holders.empty()) return Done(holders, "person (surname and title)");
    }
    if (!titles.empty() && rest.empty()) return Holders(titles);
    // Nobody by that name: the articles whose text names them (all its words).
    SpeakerFilter none;
    none.unknown = true;
    none.names = words;
    std::string name;
    for (const auto& w : rest) name += (name.empty() ? "" : " ") + w;
    std::vector<Xapian::Query> all;
    for (const auto& w : rest) {
      Xapian::Query q = archive_.TextQuery(w, nullptr);
      if (!q.empty()) all.push_back(q);
    }
    if (!all.empty()) none.named_in_articles = Xapian::Query(Xapian::Query::OP_AND, all.begin(), all.end());
    none.how = "not quoted by name";
    return none;
  }

 private:
  // The filter of `terms`: those some quote has; the others only name the
  // speaker in articles (the extractor found no quote of theirs).
  SpeakerFilter Done(const Terms& terms, const std::string& how) {
    SpeakerFilter out;
    out.named_in_articles = AnyTerm(terms);
    Terms quoted;
    for (const auto& t : terms) {
      if (t.compare(0, 2, schema::kRole) == 0 || Matches(Xapian::Query(Xapian::Query::OP_FILTER, Quotes(), Xapian::Query(t)))) quoted.push_back(t);
    }
    out.filter = AnyTerm(quoted);
    out.unknown = quoted.empty();
    out.how = quoted.empty() ? how + ", not quoted by name" : how;
    for (const auto& t : terms) {
      const std::string name = t.substr(2);  // XP, XO, XR
      AddUnique(out.expansions, name);
      AddUnique(out.names, name);
    }
    return out;
  }

  // Terms under `prefix` of the spellings of `name` that the index has.
  Terms Existing(const std::string& name, const char* prefix) {
    Terms out;
    if (CodePointCount(AliasTable::Key(name)) < 2) return out;  // 황, S: too short to name anyone
    for (const auto& s : archive_.Spellings(name)) {
      std::string t = std::string(prefix) + AliasTable::Key(s);
      if (CodePointCount(AliasTable::Key(s)) >= 2 && archive_.HasTerm(t)) AddUnique(out, t);
    }
    return out;
  }

  // XR (and XP, for speakers named by their role only) terms of a title
  // word: a Korean title (대변인, 외무장관) or a word whose glossary group
  // holds one (president → 대통령).
  Terms TitleTerms(const std::string& word) {
    Terms out;
    for (const auto& s : archive_.Spellings(word)) {
      if (IsLatin(s) || !IsTitle(ToU32(s))) {
        if (!(IsLatin(s) && (AsciiLower(s) == "ceo" || AsciiLower(s) == "cfo"))) continue;
      }
      for (const char* prefix : {schema::kRole, schema::kSpeaker}) {
        std::string t = prefix + AliasTable::Key(s);
        if (archive_.HasTerm(t)) AddUnique(out, t);
      }
    }
    return out;
  }

  // People named by runs of `words`, longest first ("안토니우 구테흐스",
  // "Moon Jae-in"); English names no alias knows by the loanword matcher.
  Terms PersonTerms(const std::vector<std::string>& words) {
    // The longest run that names someone: by a spelling the index or the
    // alias file knows, or as English writes a Korean name ("Seoul National
    // University professor Cho Maeng-hyo" is 조맹효, not a speaker spelled
    // "University"); only then foreign names by their sound.
    for (size_t len = words.size(); len >= 1; --len) {
      Terms found;
      for (size_t first = 0; first + len <= words.size(); ++first) {
        std::string run = JoinRun(words, first, len);
        if (IsOrganization(run)) continue;
        for (auto& t : Existing(run, schema::kSpeaker)) AddUnique(found, t);
        // A romanized Korean name has two words at least.
        if (len >= 2 && IsLatin(run) && Capitalized(words, first, len)) {
          for (auto& t : RomanizedKoreanName(run)) AddUnique(found, t);
        }
      }
      if (!found.empty()) return found;
    }
    // A foreign name may have one word ("Zelensky").
    for (size_t len = words.size(); len >= 1; --len) {
      Terms found;
      for (size_t first = 0; first + len <= words.size(); ++first) {
        std::string run = JoinRun(words, first, len);
        if (IsOrganization(run) || !IsLatin(run) || !Capitalized(words, first, len)) continue;
        for (auto& t : Transliterated(run)) AddUnique(found, t);
      }
      if (!found.empty()) return found;
    }
    return {};
  }

  static std::string JoinRun(const std::vector<std::string>& words, size_t first, size_t len) {
    std::string run;
    for (size_t k = first; k < first + len; ++k) run += (run.empty() ? "" : " ") + words[k];
    return run;
  }

  // Every word of the run starts with a capital letter (a name, not "professor Cho").
  static bool Capitalized(const std::vector<std::string>& words, size_t first, size_t len) {
    for (size_t k = first; k < first + len; ++k) {
      if (!std::isupper(static_cast<unsigned char>(words[k][0]))) return false;
    }
    return true;
  }

  bool IsOrganization(const std::string& name) {
    return !Existing(name, schema::kOrg).empty() && Existing(name, schema::kSpeaker).empty();
  }

  // (public for RomanizedKoreanNames)
 public:
  // A Korean name as English news writes it ("Kim Hwang-sik", "Lee
  // Yong-gu"): the speakers with that surname whose given name sounds alike.
  Terms RomanizedKoreanName(const std::string& english) {
    std::vector<std::string> parts = SplitSpaces(english);
    std::vector<std::string> surnames = HangulSurnames(parts[0]);
    if (surnames.empty() || parts.size() > 3) return {};
    std::string given;
    for (size_t k = 1; k < parts.size(); ++k) given += parts[k];
    given.erase(std::remove(given.begin(), given.end(), '-'), given.end());
    LoadSpeakers();
    Terms out;
    double best = kMinGivenNameSimilarity;
    for (const std::string& name : speakers_) {
      for (const std::string& surname : surnames) {
        const size_t syllables = CodePointCount(name);
        if (name.compare(0, surname.size(), surname) != 0 || syllables < 2 || syllables > 4) continue;
        // "김위원장" (a surname and a title) names a speaker, but has no given name.
        const std::string hangul_given = name.substr(surname.size());
        if (IsTitle(ToU32(hangul_given))) continue;
        double score = LoanwordSimilarity(given, hangul_given);
        if (score > best + 1e-9) { out.clear(); best = score; }
        if (score >= best - 1e-9) AddUnique(out, schema::kSpeaker + AliasTable::Key(name));
      }
    }
    return out;
  }

 private:
  void LoadSpeakers() {
    if (speakers_loaded_) return;
    speakers_loaded_ = true;
    archive_.VisitTerms(schema::kSpeaker, [&](std::string_view name) {
      if (!IsLatin(std::string(name))) speakers_.emplace_back(name);
      return speakers_.size() < kScanSpeakerTerms;
    });
  }

  // Speakers whose Hangul name transliterates `english` ("Guterres" → 안토니우 구테흐스).
  Terms Transliterated(const std::string& english) {
    LoadSpeakers();
    Terms out;
    std::string joined = english;
    joined.erase(std::remove(joined.begin(), joined.end(), '-'), joined.end());
    for (const auto& match : MatchLoanword(joined, speakers_)) AddUnique(out, schema::kSpeaker + AliasTable::Key(match));
    return out;
  }

  // An organization, with a role at it when titles were given ("경찰 관계자",
  // "UN chief"): its quotes, or those of the people quoted for it.
  SpeakerFilter Organization(const std::vector<std::string>& words, const Terms& titles) {
    Terms orgs;
    std::string name;
    for (size_t len = words.size(); len >= 1 && orgs.empty(); --len) {
      for (size_t first = 0; first + len <= words.size(); ++first) {
        std::string run = JoinRun(words, first, len);
        for (const char* prefix : {schema::kOrg, schema::kSpeaker}) {
          for (auto& t : Existing(run, prefix)) { AddUnique(orgs, t); name = run; }
        }
      }
    }
    if (orgs.empty()) return {};
    Xapian::Query org = AnyTerm(orgs);
    if (!titles.empty()) {
      Xapian::Query with_role(Xapian::Query::OP_AND, org, AnyTerm(titles));
      if (Matches(with_role)) {
        SpeakerFilter out = Done(orgs, "organization, with the title");
        out.filter = Xapian::Query(Xapian::Query::OP_AND, out.filter, AnyTerm(titles));
        return out;
      }
      // "Korea's environment minister": never all of Korea's people.
      return {};
    }
    // An organization speaks through people: their other quotes too.
    Terms terms = orgs;
    std::vector<std::string> people;
    for (const auto& [person, role] : SpeakersOf(org)) {
      if (CodePointCount(AliasTable::Key(person)) < 2) continue;
      AddUnique(terms, schema::kSpeaker + AliasTable::Key(person));
      AddUnique(people, person);
    }
    SpeakerFilter out = Done(terms, "organization: its quotes and its people");
    out.expansions.clear();  // the organization's spellings (XO and XP alike), then its people
    for (const auto& t : orgs) AddUnique(out.expansions, t.substr(2));
    for (const auto& p : people) AddUnique(out.expansions, p);
    return out;
  }

  // A title alone ("대통령은", "the president"): the people quoted with it, all their quotes.
  SpeakerFilter Holders(const Terms& titles) {
    Terms terms = titles;
    std::vector<std::string> people;
    for (const auto& [person, role] : SpeakersOf(AnyTerm(titles))) {
      if (!HoldsTitle(role, titles) || CodePointCount(AliasTable::Key(person)) < 2) continue;
      AddUnique(terms, schema::kSpeaker + AliasTable::Key(person));
      AddUnique(people, person);
    }
    SpeakerFilter out = Done(terms, "title: the people quoted with it");
    out.expansions = people;
    return out;
  }

  // "President Lee", "윤 대통령": holders of the title whose name starts with the surname.
  Terms SurnameHolders(const std::vector<std::string>& words, const Terms& titles) {
    if (titles.empty() || words.size() != 1) return {};
    std::vector<std::string> surnames = HangulSurnames(words[0]);
    if (surnames.empty() && CodePointCount(words[0]) == 1) surnames.push_back(words[0]);
    // The most recent holder: "President Lee" is one person, never all the Lees who were presidents.
    for (const auto& [speaker, role] : SpeakersOf(AnyTerm(titles))) {
      if (!HoldsTitle(role, titles)) continue;
      for (const auto& s : surnames) {
        if (speaker.compare(0, s.size(), s) == 0 && CodePointCount(speaker) > 1) return {schema::kSpeaker + AliasTable::Key(speaker)};
      }
    }
    return {};
  }

  // Whether `role` (as extracted: "대통령", "대통령 후보") ends with one of the title terms.
  static bool HoldsTitle(const std::string& role, const Terms& titles) {
    const std::string key = AliasTable::Key(role);
    for (const auto& t : titles) {
      const std::string title = t.substr(2);
      if (key.size() >= title.size() && key.compare(key.size() - title.size(), title.size(), title) == 0) return true;
    }
    return false;
  }

  // The speakers (display form) and their roles of the quotes matching `filter`, newest first.
  std::vector<std::pair<std::string, std::string>> SpeakersOf(const Xapian::Query& filter) {
    std::vector<std::pair<std::string, std::string>> people;
    for (const StoredDocument& quote : archive_.BestDocuments(Xapian::Query(Xapian::Query::OP_FILTER, Quotes(), filter), kScanQuotes)) {
      std::pair<std::string, std::string> who{quote.speaker, quote.role};
      if (std::find(people.begin(), people.end(), who) == people.end()) people.push_back(who);
    }
    return people;
  }

  bool Matches(const Xapian::Query& q) { return !archive_.BestDocuments(q, 1).empty(); }

  ArchiveReader& archive_;
  bool speakers_loaded_ = false;
  std::vector<std::string> speakers_;
};

}  // namespace

Xapian::Query UnattributedQuotesOf(const SpeakerFilter& speaker, const Xapian::Query& filters, ArchiveReader& archive) {
  if (speaker.named_in_articles.empty()) return Xapian::Query::MatchNothing;
  Xapian::Query articles(Xapian::Query::OP_FILTER, Xapian::Query(schema::Term(schema::kKind, schema::kKindArticle)),
                         speaker.named_in_articles);
  if (!filters.empty()) articles = Xapian::Query(Xapian::Query::OP_FILTER, articles, filters);
  Terms ids;
  for (const StoredDocument& article : archive.BestDocuments(articles, kNamingArticles)) {
    ids.push_back(schema::Term(schema::kArticle, article.id));
  }
  if (ids.empty()) return Xapian::Query::MatchNothing;
  // A quote with a speaker has the speaker slot set; these have none.
  Xapian::Query attributed(Xapian::Query::OP_VALUE_GE, schema::kSlotSpeaker, std::string(1, '\0'));
  return Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query(Xapian::Query::OP_FILTER, Quotes(), AnyTerm(ids)), attributed);
}

std::vector<std::string> RomanizedKoreanNames(const std::string& text, ArchiveReader& archive) {
  std::vector<std::string> words;
  for (const auto& w : SplitSpaces(text)) words.push_back(CleanWord(w));
  Resolver resolver(archive);
  std::vector<std::string> out;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    // "Lee Kun-hee", "Kim Hwang-sik": a surname, then a hyphenated given name.
    if (HangulSurnames(words[i]).empty() || words[i + 1].find('-') == std::string::npos) continue;
    if (!std::isupper(static_cast<unsigned char>(words[i][0])) || !std::isupper(static_cast<unsigned char>(words[i + 1][0]))) continue;
    for (const auto& t : resolver.RomanizedKoreanName(words[i] + " " + words[i + 1])) AddUnique(out, t.substr(2));
  }
  return out;
}

SpeakerFilter NarrowSpeaker(const std::string& speaker, ArchiveReader& archive) {
  if (speaker.empty()) return {};
  return Resolver(archive).Resolve(speaker);
}

}  // namespace kosearch
