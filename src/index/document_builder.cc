// Building the article and quote documents (see document_builder.h and
// schema/README.md for what each term and slot means).
#include "index/document_builder.h"

#include <set>
#include <unordered_map>

#include "read/article_fields.h"
#include "kosearch/analyzer.h"
#include "extract/people.h"
#include "index/schema.h"
#include "index/sort_key.h"
#include "index/stored_document.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Title terms are worth more than body terms (4× measured best, 3–10 alike).
constexpr Xapian::termcount kTitleWdf = 4;
// Gap between title and body positions, so no phrase spans the two.
constexpr Xapian::termpos kFieldGap = 100;

// Every spelling of the group `name` belongs to (or just `name`), as keys.
std::set<std::string> SpellingKeys(const AliasTable& aliases, const std::string& name) {
  std::set<std::string> keys;
  if (name.empty()) return keys;
  keys.insert(AliasTable::Key(name));
  if (const AliasTable::Group* g = aliases.Find(name)) {
    for (const auto& s : g->spellings) keys.insert(AliasTable::Key(s));
  }
  return keys;
}

std::string CanonicalName(const AliasTable& aliases, const std::string& name) {
  const AliasTable::Group* g = aliases.Find(name);
  return g ? g->canonical : name;
}

void AddCommonTerms(Xapian::Document& doc, const Article& a, const std::string& source) {
  if (!source.empty()) {
    doc.add_boolean_term(schema::Term(schema::kSource, AliasTable::Key(source)));
    doc.add_value(schema::kSlotSource, source);
  }
  // a.date is "", "YYYY", "YYYY-MM" or "YYYY-MM-DD" (IndexWriter::Add normalises it).
  if (a.date.size() >= 4) {
    if (a.date.size() == 10) doc.add_boolean_term(schema::Term(schema::kDate, a.date));
    doc.add_boolean_term(schema::Term(schema::kYear, a.date.substr(0, 4)));
    doc.add_value(schema::kSlotDate, a.date);
  }
}

// The sort key of `a` (its quote `quote`, or the article for -1), and the
// same key followed by the stored document `data`, which is kept there only
// (the document data stays empty): a match sorted on kSlotHit carries it.
void AddSortKeys(Xapian::Document& doc, const Article& a, int quote, const std::string& data) {
  doc.add_value(schema::kSlotSort, SortKey(a.date, a.id, quote));
  doc.add_value(schema::kSlotHit, HitKey(a.date, a.id, quote, data));
}

void AddAmountTerm(Xapian::Document& doc, const Amount& amount) {
  doc.add_boolean_term(std::string(schema::kAmount) + amount.unit + ":" + Xapian::sortable_serialise(amount.value));
}

// "최고경영자(CEO)" → {"최고경영자(CEO)", "최고경영자", "CEO"}; "SK그룹 회장" → {…, "SK그룹", "회장"}.
std::vector<std::string> RolePieces(const std::string& role) {
  std::vector<std::string> pieces;
  if (role.empty()) return pieces;
  pieces.push_back(role);
  std::string cur;
  for (char c : role + " ") {
    if (c == '(' || c == ')' || c == ' ' || c == ',') {
      if (!cur.empty() && cur != role) pieces.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  return pieces;
}

// "마흐무드 아마디네자드" → its two parts; a one-word name has none.
std::vector<std::string> NameParts(const std::string& name) {
  std::vector<std::string> parts = SplitSpaces(name);
  if (parts.size() < 2) parts.clear();
  return parts;
}

// "이재용 회장", "이 회장", "황 CEO": a person's name or surname with each
// piece of her title, as `speaker:"…"` keys them (spaces removed).
// `canonical` is her alias-file name (the written one when the file has none):
// its surname is the right one ("오바마" of 버락 오바마, not the 오 of "오바마").
std::set<std::string> TitledNameKeys(const Quote& q, const std::string& canonical) {
  std::set<std::string> keys;
  if (q.speaker_type != "person") return keys;
  std::string surname = ToUtf8(SurnameOf(ToU32(canonical)));
  for (const auto& piece : RolePieces(q.role)) {
    for (const auto& name : {q.speaker, canonical}) keys.insert(AliasTable::Key(name + piece));
    if (!surname.empty()) keys.insert(AliasTable::Key(surname + piece));
  }
  return keys;
}

// The speaker facet's value: a person's name (its alias-file canonical form),
// an organization or an unnamed role labelled as such, nothing for a quote
// without a speaker.
std::string SpeakerFacetValue(const AliasTable& aliases, const Quote& q) {
  if (q.speaker_type == "person") return CanonicalName(aliases, q.speaker);
  if (q.speaker_type == "organization") return CanonicalName(aliases, q.speaker) + " (organization)";
  if (q.speaker_type == "role" && !q.role.empty()) return (q.org.empty() ? "" : q.org + " ") + q.role + " (role)";
  return {};
}

std::string Joined(const std::set<std::string>& items) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out.push_back('\n');
    out += s;
  }
  return out;
}

}  // namespace

namespace {

// How often a term occurs in one text, and its last position there.
struct TermCount {
  Xapian::termcount count = 0;
  uint32_t last_position = 0;
};

// Adds `tokens` under `prefix` (see IndexText). Without positions each
// distinct term is added once with its summed wdf (the same document: a
// Xapian document is a map of terms, whose lookups were 7% of the write path;
// the gain measured was within the noise, bench/archive_results.md).
Xapian::termpos AddTokens(Xapian::Document& doc, const std::vector<Token>& tokens, const std::string& prefix,
                          Xapian::termpos first_position, const TermOptions& terms, Xapian::termcount wdf_inc) {
  Xapian::termpos next = first_position;
  std::string term = prefix;
  auto fits = [&](std::string_view text) {
    term.resize(prefix.size());
    term += text;
    return schema::TermFits(term);  // else Xapian would refuse it (and drop the batch)
  };
  if (terms.positions) {
    for (const Token& t : tokens) {
      if (!fits(t.term)) continue;
      Xapian::termpos pos = first_position + t.position;
      doc.add_posting(term, pos, wdf_inc);
      next = std::max(next, pos + 1);
    }
    return next;
  }
  std::unordered_map<std::string_view, TermCount> counts(tokens.size());
  for (const Token& t : tokens) {
    TermCount& c = counts[t.term];
    ++c.count;
    c.last_position = std::max(c.last_position, t.position);
  }
  for (const auto& [text, c] : counts) {
    if (!fits(text)) continue;
    doc.add_term(term, wdf_inc * c.count);
    next = std::max(next, first_position + c.last_position + 1);
  }
  return next;
}

}  // namespace

Xapian::termpos IndexText(Xapian::Document& doc, const std::string& text, const std::string& prefix,
                          Xapian::termpos first_position, const TermOptions& terms, Xapian::termcount wdf_inc) {
  return AddTokens(doc, Analyze(text, terms.analyzer), prefix, first_position, terms, wdf_inc);
}

namespace {

// The article document's terms and values from its extraction: organizations,
// people, amounts and mined alias pairs.
void AddExtractedFields(Xapian::Document& doc, const Extraction& fields, const AliasTable& aliases) {
  std::set<std::string> org_names, people_names;
  for (const Organization& o : fields.orgs) {
    org_names.insert(o.canonical.empty() ? o.name : o.canonical);
    for (const auto& k : SpellingKeys(aliases, o.name)) doc.add_boolean_term(schema::Term(schema::kOrg, k));
    for (const auto& s : o.aliases) doc.add_boolean_term(schema::Term(schema::kOrg, AliasTable::Key(s)));
  }
  for (const Person& p : fields.people) {
    people_names.insert(p.name);
    for (const auto& k : SpellingKeys(aliases, p.name)) doc.add_boolean_term(schema::Term(schema::kSpeaker, k));
  }
  for (const Amount& m : fields.amounts) AddAmountTerm(doc, m);
  for (const MinedAlias& m : fields.mined_aliases) {
    std::string a_key = AliasTable::Key(m.name), b_key = AliasTable::Key(m.alias);
    if (a_key.empty() || b_key.empty()) continue;
    // Looked up by prefix (answer.cc), so never hashed: a pair too long is left out.
    std::string a_to_b = std::string(schema::kAlias) + a_key + "=" + NormalizeText(m.alias);
    std::string b_to_a = std::string(schema::kAlias) + b_key + "=" + NormalizeText(m.name);
    if (!schema::TermFits(a_to_b) || !schema::TermFits(b_to_a)) continue;
    doc.add_boolean_term(a_to_b);
    doc.add_boolean_term(b_to_a);
  }
  doc.add_value(schema::kSlotOrgs, Joined(org_names));
  doc.add_value(schema::kSlotPeople, Joined(people_names));
}

// The document of quote `n` of the article `a` (stored with the article's
// `title` and `source` as indexed).
Xapian::Document QuoteDocument(const Article& a, size_t n, const std::string& title, const std::string& source,
                               const Extraction& fields, const AliasTable& aliases, const TermOptions& terms) {
  const Quote& q = fields.quotes[n];
  Xapian::Document qd;
  std::string text = NormalizeText(q.text);
  IndexText(qd, text, "", 1, terms);
  qd.add_boolean_term(schema::QuoteIdTerm(a.id, n));
  qd.add_boolean_term(schema::Term(schema::kKind, schema::kKindQuote));
  qd.add_boolean_term(schema::Term(schema::kArticle, a.id));
  AddCommonTerms(qd, a, source);
  for (const auto& k : SpellingKeys(aliases, q.speaker)) qd.add_boolean_term(schema::Term(schema::kSpeaker, k));
  // The speaker is the name as the article writes it ("오바마"); her alias-file
  // name ("버락 오바마") keys the quote as well, so any spelling finds it.
  const std::string canonical = CanonicalName(aliases, q.speaker);
  for (const auto& name : {q.speaker, canonical}) {
    // Parts of a name written with spaces ("마흐무드 아마디네자드"), so a
    // question naming one of them (or its English spelling) finds the quote.
    for (const auto& part : NameParts(name)) qd.add_boolean_term(schema::Term(schema::kSpeaker, AliasTable::Key(part)));
  }
  for (const auto& k : TitledNameKeys(q, canonical)) qd.add_boolean_term(schema::Term(schema::kSpeaker, k));
  for (const auto& k : SpellingKeys(aliases, q.org)) qd.add_boolean_term(schema::Term(schema::kOrg, k));
  for (const auto& piece : RolePieces(q.role)) {
    for (const auto& k : SpellingKeys(aliases, piece)) qd.add_boolean_term(schema::Term(schema::kRole, k));
  }
  for (const Amount& m : fields.amounts) {
    if (m.start >= q.start && m.end <= q.end) AddAmountTerm(qd, m);
  }
  qd.add_value(schema::kSlotSpeaker, SpeakerFacetValue(aliases, q));
  if (!q.org.empty()) qd.add_value(schema::kSlotOrgs, CanonicalName(aliases, q.org));
  StoredDocument stored{.kind = schema::kKindQuote, .id = schema::QuoteId(a.id, n), .title = title, .date = a.date,
                        .source = source, .url = a.url, .text = std::move(text), .article_id = a.id,
                        .speaker = q.speaker, .role = q.role, .org = q.org,
                        .speaker_as_written = q.speaker_as_written, .resolved_fuzzily = q.resolved_fuzzily,
                        .speaker_type = q.speaker_type, .reported_by = q.reported_by, .confidence = q.confidence};
  AddSortKeys(qd, a, static_cast<int>(n), EncodeStoredDocument(stored));
  return qd;
}

}  // namespace

BuiltDocuments BuildDocuments(const Article& a, const CleanedBody& cleaned, const Extraction& fields,
                              const AliasTable& aliases, const std::string& content_hash, const TermOptions& terms) {
  BuiltDocuments out;
  const std::string source = a.source.empty() ? cleaned.footer_source : a.source;
  std::string title = a.title.empty() ? TitleFromText(cleaned.text) : NormalizeText(a.title);
  CutTitle(&title);  // NFKC may lengthen a title IndexWriter::Add has cut already

  Xapian::Document& doc = out.article;
  const std::vector<Token> title_tokens = Analyze(title, terms.analyzer);  // once for both its term sets
  Xapian::termpos pos = AddTokens(doc, title_tokens, "", 1, terms, kTitleWdf);
  AddTokens(doc, title_tokens, schema::kTitle, 1, terms, 1);
  IndexText(doc, cleaned.text, "", pos + kFieldGap, terms);
  doc.add_boolean_term(schema::Term(schema::kId, a.id));
  doc.add_boolean_term(schema::Term(schema::kKind, schema::kKindArticle));
  AddCommonTerms(doc, a, source);
  AddExtractedFields(doc, fields, aliases);
  doc.add_value(schema::kSlotHash, content_hash);
  AddSortKeys(doc, a, -1, EncodeStoredDocument({.kind = schema::kKindArticle, .id = a.id, .title = title, .date = a.date,
                                                 .source = source, .url = a.url, .text = cleaned.text}));

  // One document per quote, linked to its article.
  for (size_t n = 0; n < fields.quotes.size(); ++n) {
    out.quotes.push_back(QuoteDocument(a, n, title, source, fields, aliases, terms));
  }
  return out;
}

}  // namespace kosearch
