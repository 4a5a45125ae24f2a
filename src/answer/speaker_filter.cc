// Speaker resolution that narrows (see speaker_filter.h).
#include "answer/speaker_filter.h"

#include <algorithm>

#include "extract/people.h"
#include "index/schema.h"
#include "search/query_expansion.h"
#include "text/loanword.h"
#include "text/romanized_surnames.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Quotes scanned to find who holds a title or speaks for an organization.
constexpr Xapian::doccount kScanQuotes = 2000;
// Speaker names scanned for a loanword match of an English name.
constexpr size_t kScanSpeakerTerms = 50000;

using Terms = std::vector<std::string>;

void AddUnique(std::vector<std::string>& v, const std::string& s) {
  if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

bool IsLatin(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return c < 0x80; });
}

// "Oxford's" → "Oxford", "홍콩의" → "홍콩", "Lee Sang-min," → "Lee Sang-min".
std::string CleanWord(std::string w) {
  while (!w.empty() && (w.back() == ',' || w.back() == ';')) w.pop_back();
  for (std::string_view s : {"'s", "’s", "'", "의"}) {
    if (w.size() > s.size() + 2 && w.compare(w.size() - s.size(), s.size(), s) == 0) return w.substr(0, w.size() - s.size());
  }
  return w;
}

Xapian::Query AnyTerm(const Terms& terms) {
  return terms.empty() ? Xapian::Query() : Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

class Resolver {
 public:
  Resolver(const AliasTable& aliases, const Xapian::Database& db) : aliases_(aliases), db_(db) {}

  SpeakerFilter Resolve(const std::string& speaker) {
    std::vector<std::string> words;
    for (const auto& w : SplitSpaces(speaker)) {
      if (std::string c = CleanWord(w); !c.empty() && AsciiLower(c) != "of" && AsciiLower(c) != "and") words.push_back(c);
    }
    // The speaker exactly as indexed ("농협 관계자", "젠슨 황", "국방부").
    if (Terms whole = Existing(speaker, schema::kSpeaker); !whole.empty()) return Done(whole, "person");
    Terms titles, names_at;
    std::vector<std::string> rest;
    for (const auto& w : words) {
      Terms t = TitleTerms(w);
      if (t.empty()) rest.push_back(w);
      for (auto& x : t) AddUnique(titles, x);
    }
    if (!rest.empty()) {
      if (Terms person = PersonTerms(rest); !person.empty()) return Done(person, titles.empty() ? "person" : "person (the title confirms)");
      if (SpeakerFilter org = Organization(rest, titles); !org.filter.empty()) return org;
      if (Terms holders = SurnameHolders(rest, titles); !holders.empty()) return Done(holders, "person (surname and title)");
    }
    if (!titles.empty() && rest.empty()) return Done(titles, "title: the people quoted with it");
    SpeakerFilter none;
    none.unknown = true;
    none.names = words;
    return none;
  }

 private:
  SpeakerFilter Done(const Terms& terms, const std::string& how) {
    SpeakerFilter out;
    out.filter = AnyTerm(terms);
    out.how = how;
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
    for (const auto& s : AliasSpellings(name, aliases_, db_)) {
      std::string t = std::string(prefix) + AliasTable::Key(s);
      if (CodePointCount(AliasTable::Key(s)) >= 2 && db_.term_exists(t)) AddUnique(out, t);
    }
    return out;
  }

  // XR (and XP, for speakers named by their role only) terms of a title
  // word: a Korean title (대변인, 외무장관) or a word whose glossary group
  // holds one (president → 대통령).
  Terms TitleTerms(const std::string& word) {
    Terms out;
    for (const auto& s : AliasSpellings(word, aliases_, db_, false)) {
      if (IsLatin(s) || !IsTitle(ToU32(s))) {
        if (!(IsLatin(s) && (AsciiLower(s) == "ceo" || AsciiLower(s) == "cfo"))) continue;
      }
      for (const char* prefix : {schema::kRole, schema::kSpeaker}) {
        std::string t = prefix + AliasTable::Key(s);
        if (db_.term_exists(t)) AddUnique(out, t);
      }
    }
    return out;
  }

  // People named by runs of `words`, longest first ("안토니우 구테흐스",
  // "Moon Jae-in"); English names no alias knows by the loanword matcher.
  Terms PersonTerms(const std::vector<std::string>& words) {
    for (size_t len = words.size(); len >= 1; --len) {
      Terms found;
      for (size_t first = 0; first + len <= words.size(); ++first) {
        std::string run;
        for (size_t k = first; k < first + len; ++k) run += (run.empty() ? "" : " ") + words[k];
        if (IsOrganization(run)) continue;
        for (auto& t : Existing(run, schema::kSpeaker)) AddUnique(found, t);
        if (found.empty() && IsLatin(run) && len >= 2) {
          for (auto& t : Transliterated(run)) AddUnique(found, t);
        }
      }
      if (!found.empty()) return found;
    }
    return {};
  }

  bool IsOrganization(const std::string& name) {
    const AliasTable::Group* g = aliases_.Find(name);
    if (g) return g->kind == AliasTable::Kind::kOrg;
    return !Existing(name, schema::kOrg).empty() && Existing(name, schema::kSpeaker).empty();
  }

  // Speakers whose Hangul name transliterates `english` ("Guterres" → 안토니우 구테흐스).
  Terms Transliterated(const std::string& english) {
    if (!speakers_loaded_) {
      speakers_loaded_ = true;
      const std::string prefix = schema::kSpeaker;
      for (auto it = db_.allterms_begin(prefix); it != db_.allterms_end(prefix) && speakers_.size() < kScanSpeakerTerms; ++it) {
        std::string name = (*it).substr(prefix.size());
        if (!IsLatin(name)) speakers_.push_back(std::move(name));
      }
    }
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
        std::string run;
        for (size_t k = first; k < first + len; ++k) run += (run.empty() ? "" : " ") + words[k];
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
        out.filter = with_role;
        return out;
      }
    }
    return Done(orgs, "organization: its quotes");
  }

  // "President Lee", "윤 대통령": holders of the title whose name starts with the surname.
  Terms SurnameHolders(const std::vector<std::string>& words, const Terms& titles) {
    if (titles.empty() || words.size() != 1) return {};
    std::vector<std::string> surnames = HangulSurnames(words[0]);
    if (surnames.empty() && CodePointCount(words[0]) == 1) surnames.push_back(words[0]);
    Terms out;
    for (const std::string& speaker : SpeakersOf(AnyTerm(titles))) {
      for (const auto& s : surnames) {
        if (speaker.compare(0, s.size(), s) == 0 && CodePointCount(speaker) > 1) AddUnique(out, schema::kSpeaker + AliasTable::Key(speaker));
      }
    }
    return out;
  }

  // The speakers (display form) of the quotes matching `filter`.
  std::vector<std::string> SpeakersOf(const Xapian::Query& filter) {
    Xapian::Enquire who(db_);
    who.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(schema::Term(schema::kKind, schema::kKindQuote)), filter));
    who.set_sort_by_relevance_then_value(schema::kSlotSort, true);
    Xapian::MSet m = who.get_mset(0, kScanQuotes);
    m.fetch(m.begin(), m.end());  // remote shards: every document in one round trip
    std::vector<std::string> people;
    for (auto it = m.begin(); it != m.end(); ++it) AddUnique(people, it.get_document().get_value(schema::kSlotSpeaker));
    return people;
  }

  bool Matches(const Xapian::Query& q) {
    Xapian::Enquire e(db_);
    e.set_query(q);
    e.set_weighting_scheme(Xapian::BoolWeight());
    return e.get_mset(0, 1).size() > 0;
  }

  const AliasTable& aliases_;
  const Xapian::Database& db_;
  bool speakers_loaded_ = false;
  std::vector<std::string> speakers_;
};

}  // namespace

SpeakerFilter ResolveSpeaker(const std::string& speaker, const AliasTable& aliases, const Xapian::Database& db) {
  if (speaker.empty()) return {};
  return Resolver(aliases, db).Resolve(speaker);
}

}  // namespace kosearch
