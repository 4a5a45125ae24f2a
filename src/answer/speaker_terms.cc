// The speaker of a question → the terms of the quotes it may have said
// (see ResolveSpeaker in answer_steps.h): people, organizations and roles,
// with every alias spelling.
#include "answer/answer_steps.h"
#include "index/schema.h"
#include "kosearch/aliases.h"
#include "text/loanword.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Quotes scanned to learn who speaks for an organization or a role (bounds
// the cost of a question).
constexpr size_t kScanQuotes = 2000;
// Speaker name parts scanned for a loanword match of an English name.
constexpr size_t kScanSpeakerTerms = 50000;

// Adds the spellings of `name` and the terms of those the archive has as a
// person, an organization or a role.
void AddSpellings(const std::string& name, const std::string& asked, ArchiveReader& archive, ResolvedSpeaker* out) {
  for (const auto& s : archive.Spellings(name)) {
    AddUnique(out->names, s);
    if (s != asked) AddUnique(out->expansions, s);
    for (const char* prefix : {schema::kSpeaker, schema::kOrg, schema::kRole}) {
      std::string t = std::string(prefix) + AliasTable::Key(s);
      if (archive.HasTerm(t)) AddUnique(out->terms, t);
    }
  }
}

// An English name no alias knows ("Ahmadinejad"): the speakers whose names
// (or their parts) it transliterates.
void AddTransliterations(const std::string& speaker, ArchiveReader& archive, ResolvedSpeaker* out) {
  std::vector<std::string> names;
  archive.VisitTerms(schema::kSpeaker, [&](std::string_view name) {
    if (!IsLatin(std::string(name))) names.emplace_back(name);
    return names.size() < kScanSpeakerTerms;
  });
  std::vector<std::string> candidates{speaker};
  for (const auto& w : SplitSpaces(speaker)) AddUnique(candidates, w);
  for (const auto& c : candidates) {
    for (const auto& match : MatchLoanword(c, names)) {
      AddUnique(out->expansions, match);
      AddUnique(out->names, match);
      AddUnique(out->terms, std::string(schema::kSpeaker) + AliasTable::Key(match));
    }
  }
}

Xapian::Query AnyTerm(const std::vector<std::string>& terms) {
  return terms.empty() ? Xapian::Query::MatchNothing : Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

const Xapian::Query& AllQuotes() {
  static const Xapian::Query quotes(schema::Term(schema::kKind, schema::kKindQuote));
  return quotes;
}

// An organization or a role speaks through people: adds the people quoted
// under the terms found, so their other quotes count too.
void AddPeopleSpeakingFor(ArchiveReader& archive, ResolvedSpeaker* out) {
  std::vector<std::string> people;
  for (const StoredDocument& quote : archive.BestDocuments(
           Xapian::Query(Xapian::Query::OP_FILTER, AllQuotes(), AnyTerm(out->terms)), kScanQuotes)) {
    AddUnique(people, quote.speaker);
  }
  for (const auto& p : people) {
    AddUnique(out->expansions, p);
    AddUnique(out->names, p);
    out->terms.push_back(std::string(schema::kSpeaker) + AliasTable::Key(p));
  }
}

}  // namespace

ResolvedSpeaker ResolveSpeaker(const std::string& speaker, ArchiveReader& archive) {
  ResolvedSpeaker out;
  if (speaker.empty()) return out;
  AddSpellings(speaker, speaker, archive, &out);
  // "최태원 회장", "SK 최태원": when the whole is unknown, each word counts.
  if (out.terms.empty()) {
    for (const auto& w : SplitSpaces(speaker)) AddSpellings(w, speaker, archive, &out);
  }
  if (out.terms.empty() && IsLatin(speaker)) AddTransliterations(speaker, archive, &out);
  if (!out.terms.empty()) AddPeopleSpeakingFor(archive, &out);
  return out;
}

Xapian::Query CandidateQuotes(const std::string& speaker, const ResolvedSpeaker& resolved) {
  if (speaker.empty()) return AllQuotes();
  // A speaker the archive does not know has no quotes (MatchNothing is an
  // empty query: it must not fall through to "all quotes").
  if (resolved.terms.empty()) return Xapian::Query::MatchNothing;
  return Xapian::Query(Xapian::Query::OP_FILTER, AllQuotes(), AnyTerm(resolved.terms));
}

}  // namespace kosearch
