// Field extraction: quotes and their speakers, people, organizations, amounts
// and named-entity spans, from one article body. Usable without an index.
//
// All offsets are Unicode code points into the body exactly as passed in,
// `end` exclusive. Extraction never fails: text it cannot understand simply
// yields fewer fields; only loading its data files can fail (Create).
// Thread-safety: Extractor is immutable after construction and may be shared
// between threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kosearch/aliases.h"
#include "kosearch/article.h"
#include "kosearch/status.h"

namespace kosearch {

struct Quote {
  std::string text;      // the words inside the quote marks
  size_t start = 0;      // offset of the first character inside the marks
  size_t end = 0;        // offset just past the last character inside the marks
  // Who said it, resolved over the whole article (the quote's sentence may
  // hold only "황 CEO", "그는" or "대변인"). `speaker_type` says what kind:
  //   "person":       speaker is the person's full name as the article writes
  //                   it ("젠슨 황"; no title, no affiliation), role/org hers;
  //   "organization": the body itself speaks ("외교부는 …"): speaker is its
  //                   name, org the same;
  //   "role":         an unnamed speaker ("기상청 관계자"): speaker is empty,
  //                   role the noun ("관계자"), org its organization if given;
  //   "" (empty):     nobody qualifies (no subject, or a thing that cannot
  //                   speak: a colour, a document, "사람들"); all fields empty
  //                   but speaker_as_written.
  std::string speaker;   // full name ("젠슨 황") or organization ("외교부"); empty otherwise
  std::string role;      // title ("회장", "최고경영자(CEO)") or unnamed role ("관계자"), may be empty
  std::string org;       // speaker's organization as written ("SK그룹"), may be empty
  std::string speaker_as_written;  // the reference in the quote's sentence ("이 회장", "이해은", "그는")
  bool resolved_fuzzily = false;   // speaker found by prefix/edit distance, not exactly
  std::string speaker_type;        // "person", "organization", "role" or empty (see above)
  std::string reported_by;         // who reports the words ("AP통신" in "AP통신은 … 말했다고 보도했다"), or empty
  double confidence = 0;           // 0–1: how sure the attribution is (0 when there is no speaker)
};

struct Person {
  std::string name;   // "최태원"
  std::string role;   // "회장"
  std::string org;    // "SK그룹"
  size_t start = 0;   // first mention
  size_t end = 0;
};

struct Organization {
  std::string name;       // as written at first mention ("엔비디아")
  std::string canonical;  // alias-table canonical name, or name when not listed
  std::vector<std::string> aliases;  // every known spelling (mined + alias file)
  size_t start = 0;
  size_t end = 0;
};

struct Amount {
  std::string text;   // as written ("30억달러")
  size_t start = 0;
  size_t end = 0;
  double value = 0;   // normalised (3e9)
  std::string unit;   // "USD", "KRW", "percent", "%p", "km", "장", "명", ...
};

struct Entity {
  size_t start = 0;
  size_t end = 0;
  std::string type;  // "PS", "OG" or "QT"
  std::string text;
};

// A pair mined from the text: "엔비디아(NVIDIA)" gives {"엔비디아", "NVIDIA"}.
struct MinedAlias {
  std::string name;
  std::string alias;
};

struct Extraction {
  std::vector<Quote> quotes;  // in text order
  std::vector<Person> people;
  std::vector<Organization> orgs;
  std::vector<Amount> amounts;
  std::vector<Entity> entities;
  std::vector<MinedAlias> mined_aliases;
};

// The named-entity tagger of a schema folder (ner/model.bin); opaque.
struct EntityModel;

class Extractor {
 public:
  // An extractor with the alias table and the entity model of the schema
  // folder `schema_dir` (empty: the one FindSchemaDir finds, see
  // schema_files.h). Fails with NotFound when the folder, aliases.tsv or
  // ner/model.bin is missing, InvalidArgument naming "path:line" for a
  // malformed aliases.tsv or ner/gazetteer.tsv, Corruption for a model that
  // cannot be decoded.
  static Result<std::unique_ptr<Extractor>> Create(const std::string& schema_dir = {});

  // An extractor using `aliases` (organization names and their spellings) and
  // `entity_model`, which it keeps; without a model (null) the entities are
  // the amounts only.
  Extractor(std::shared_ptr<const AliasTable> aliases, std::shared_ptr<const EntityModel> entity_model);
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Extracts every field from `body`. `skip_from` is the code-point offset
  // where boilerplate (copyright footer, teasers) starts: nothing at or after
  // it is extracted. Pass body's length (or more) to use all of it.
  Extraction Extract(std::string_view body, size_t skip_from = static_cast<size_t>(-1)) const;

  // The alias table it uses.
  const std::shared_ptr<const AliasTable>& aliases() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Extracts the fields of `article`'s body, leaving out its boilerplate
// (copyright footer and what follows it; see cleaner.h).
Extraction ExtractArticle(const Extractor& extractor, const Article& article);

// One JSON line for `kosearch-index --extract`:
// {"id", "quotes": [...], "people": [...], "orgs": [...], "amounts": [...], "entities": [...]}
std::string ExtractionToJsonLine(const std::string& article_id, const Extraction& extraction);

}  // namespace kosearch
