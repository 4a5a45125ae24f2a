// IndexWriter (see include/kosearch/index.h): owns the WritableDatabase and
// translates Xapian errors into Status.
#include <xapian.h>

#include <filesystem>

#include "base/fnv1a.h"
#include "read/article_fields.h"
#include "index/document_builder.h"
#include "index/folder_lock.h"
#include "kosearch/analyzer.h"
#include "kosearch/cleaner.h"
#include "kosearch/extract.h"
#include "kosearch/index.h"
#include "kosearch/sharded_index.h"
#include "index/schema.h"
#include "index/shard_folder.h"
#include "text/unicode_text.h"

namespace fs = std::filesystem;

namespace kosearch {

namespace {

// Analysis and extraction take time and memory in proportion to the text
// (about 2.5 s and 200 MB for 1 MiB); longer bodies are refused (README "Limits").
constexpr size_t kMaxBodyBytes = 1 << 20;

std::string ContentHash(const Article& a, const AnalyzerOptions& analyzer) {
  uint64_t h = kFnv1aSeed;
  auto mix = [&](std::string_view s) { h = Fnv1a64("\xff", Fnv1a64(s, h)); };  // 0xff separates fields
  mix(a.id); mix(a.title); mix(a.date); mix(a.source); mix(a.url); mix(a.body);
  mix(std::to_string(schema::kVersion));
  mix(analyzer.strip_particles ? "p1" : "p0");
  mix(analyzer.cut_light_verbs ? "v1" : "v0");
  return std::to_string(h);
}

// Checks that `db` was written by this schema version; *is_new when it has no
// version and no documents yet.
Status CheckSchemaVersion(const Xapian::Database& db, const std::string& path, bool* is_new) {
  *is_new = false;
  std::string version = db.get_metadata(schema::kVersionKey);
  if (version.empty()) {
    if (db.get_doccount() > 0) {
      return Status::VersionMismatch(path + ": not a kosearch database (no schema version); index into a new folder");
    }
    *is_new = true;
  } else if (version != std::to_string(schema::kVersion)) {
    return Status::VersionMismatch(path + ": written by kosearch schema version " + version + ", this build uses " +
                                   std::to_string(schema::kVersion) + "; rebuild it: delete the folder and index again");
  }
  return Status::Ok();
}

// What a database records about how it was built (schema.h).
struct RecordedLayout {
  bool positions = false;    // schema::kPositionsKey
  bool append_only = false;  // schema::kAppendOnlyKey
  AnalyzerOptions analyzer;  // schema::kParticlesKey, kLightVerbsKey
};

// Records in a new database the layout `options` ask for, then reads back
// what `db` records. An existing database asked for another layout is
// refused: the choices apply to new databases only.
Result<RecordedLayout> RecordOrReadLayout(Xapian::WritableDatabase& db, const std::string& path,
                                          const IndexOptions& options) {
  RecordedLayout out;
  try {
    bool is_new = false;
    if (Status s = CheckSchemaVersion(db, path, &is_new); !s.ok()) return s;
    if (is_new) {
      db.set_metadata(schema::kPositionsKey, options.positions ? "1" : "0");
      db.set_metadata(schema::kAppendOnlyKey, options.append_only ? "1" : "0");
      schema::RecordOpening(db, options.analyzer.value_or(AnalyzerOptions{}));
      db.commit();  // a new database is a valid, empty kosearch database from now on
    }
    out.positions = db.get_metadata(schema::kPositionsKey) != "0";
    out.append_only = db.get_metadata(schema::kAppendOnlyKey) == "1";
    out.analyzer = schema::RecordedAnalyzerOptions(db);
  } catch (const Xapian::Error& e) {
    return Status::IOError(path + ": " + e.get_description());
  }
  if (options.positions && !out.positions) {
    return Status::InvalidArgument(path + ": was created without positions; --positions applies to new databases only");
  }
  if (options.append_only && !out.append_only) {
    return Status::InvalidArgument(path + ": was created with term lists; --append-only applies to new databases only");
  }
  if (options.analyzer && *options.analyzer != out.analyzer) {
    return Status::InvalidArgument(path + ": was created with " + schema::DescribeAnalyzerOptions(out.analyzer) + ", not " +
                                   schema::DescribeAnalyzerOptions(*options.analyzer) +
                                   "; the analyzer's choices apply to new databases only");
  }
  return out;
}

// The extractor a writer uses: the one given, or one made from the schema folder.
Result<std::shared_ptr<const Extractor>> WriterExtractor(const IndexOptions& options) {
  if (options.extractor) return options.extractor;
  auto created = Extractor::Create(options.schema_dir);
  if (!created.ok()) return created.status();
  return std::shared_ptr<const Extractor>(std::move(created).value());
}

}  // namespace

struct IndexWriter::Impl {
  FolderLock lock;  // first: released after the database is closed
  Xapian::WritableDatabase db;
  IndexOptions options;
  std::string path;
  std::shared_ptr<const AliasTable> aliases;
  std::shared_ptr<const Extractor> extractor;
  size_t pending = 0;
  bool positions = false;    // this database's layout (schema::kPositionsKey)
  bool append_only = false;  // no term lists (schema::kAppendOnlyKey)
  AnalyzerOptions analyzer;  // as recorded (schema::kParticlesKey, kLightVerbsKey)
};

IndexWriter::IndexWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

IndexWriter::~IndexWriter() {
  if (!impl_) return;
  (void)Commit();
  try {
    impl_->db.close();
  } catch (const Xapian::Error&) {
  }
}

Result<std::unique_ptr<IndexWriter>> IndexWriter::Open(const std::string& path, const IndexOptions& options) {
  std::error_code ec;
  if (fs::exists(path, ec) && !fs::is_directory(path, ec)) {
    return Status::IOError(path + ": is a regular file, not a database folder");
  }
  // The schema files first: when they are missing nothing is created.
  auto extractor = WriterExtractor(options);
  if (!extractor.ok()) return extractor.status();
  // Before anything looks at the folder: a sharded run starting on the same
  // new folder cannot make it sharded meanwhile.
  auto lock = FolderLock::Acquire(path);
  if (!lock.ok()) return lock.status();
  if (Status s = shard_folder::RepairInterruptedCompaction(path); !s.ok()) return s;
  auto layout = InspectDatabase(path);
  if (!layout.ok()) return layout.status();
  if (layout->kind == DatabaseLayout::Kind::kSharded) {
    return Status::InvalidArgument(path + ": is a sharded database (" + std::to_string(layout->shards) +
                                   " shards); index it with kosearch-index --db, which keeps its shards");
  }
  // An existing database of another schema version is refused without being
  // touched: checked read-only first (a writable open touches its lock file).
  bool was_append_only = false;
  try {
    Xapian::Database existing(path);
    bool is_new = false;
    if (Status s = CheckSchemaVersion(existing, path, &is_new); !s.ok()) return s;
    was_append_only = existing.get_metadata(schema::kAppendOnlyKey) == "1";
  } catch (const Xapian::Error&) {
    // Not a database yet (or unreadable): the writable open below creates it or says why.
  }
  const bool creating = !fs::exists(fs::path(path) / "iamglass", ec);
  auto impl = std::make_unique<Impl>();
  impl->lock = std::move(*lock);
  impl->options = options;
  impl->path = path;
  try {
    // Without term lists from its creation on (Xapian cannot open such a
    // database for writing unless told so).
    const int no_termlist = (creating && options.append_only) || was_append_only ? Xapian::DB_NO_TERMLIST : 0;
    impl->db = Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN | no_termlist);
  } catch (const Xapian::DatabaseLockError&) {
    // This process holds kosearch.lock: another program holds Xapian's lock.
    return Status::Locked(path + ": database is locked by another program; wait for it to finish");
  } catch (const Xapian::DatabaseVersionError& e) {
    return Status::VersionMismatch(path + ": not a database this Xapian can read (" + e.get_msg() + ")");
  } catch (const Xapian::Error& e) {
    return Status::IOError(path + ": cannot open database: " + e.get_description());
  }
  auto recorded = RecordOrReadLayout(impl->db, path, options);
  if (!recorded.ok()) return recorded.status();
  impl->positions = recorded->positions;
  impl->append_only = recorded->append_only;
  impl->analyzer = recorded->analyzer;
  impl->extractor = std::move(extractor).value();
  impl->aliases = impl->extractor->aliases();
  return std::unique_ptr<IndexWriter>(new IndexWriter(std::move(impl)));
}

namespace {

// The article as it will be indexed: fields checked, date normalised, title
// cut (article_fields.h). Nothing here touches the database.
Result<Article> CheckedArticle(const Article& in) {
  auto refuse = [&](const std::string& why) { return Status::InvalidArgument(in.origin + ": " + why); };
  if (in.id.empty()) return refuse("article has no id");
  if (in.body.size() > kMaxBodyBytes) {
    return refuse("article too large: " + std::to_string(in.body.size()) + " bytes (limit " +
                  std::to_string(kMaxBodyBytes) + ")");
  }
  size_t bad = 0;
  if (!IsValidUtf8(in.body, &bad)) return refuse("invalid UTF-8 at byte " + std::to_string(bad));
  for (auto [name, value] : {std::pair{"title", &in.title}, {"date", &in.date}, {"source", &in.source}, {"url", &in.url}}) {
    if (!IsValidUtf8(*value, &bad)) return refuse("invalid UTF-8 in \"" + std::string(name) + "\" at byte " + std::to_string(bad));
  }
  if (std::string why = FieldLengthProblem(in.id, in.source, in.url); !why.empty()) return refuse(why);
  std::optional<std::string> date = NormalizeDate(in.date);
  if (!date) return refuse("bad date \"" + ForMessage(in.date) + "\"");
  Article out = in;
  out.date = std::move(*date);
  CutTitle(&out.title);
  return out;
}

// The first term of `doc` Xapian would refuse, or "" (a refused term makes
// Xapian discard every uncommitted change, so none may reach it).
std::string FirstUnfitTerm(const Xapian::Document& doc) {
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    if (!schema::TermFits(*it)) return *it;
  }
  return "";
}

}  // namespace

Result<AddOutcome> IndexWriter::Add(const Article& input) {
  Result<Article> checked = CheckedArticle(input);
  if (!checked.ok()) return checked.status();
  const Article& article = *checked;
  const std::string id_term = schema::Term(schema::kId, article.id);
  const std::string hash = ContentHash(article, impl_->analyzer);
  Impl& m = *impl_;
  bool exists = false;
  try {
    // term_exists first: on a writable database postlist_begin flushes the
    // pending document lengths into the table, which costs as much as the
    // rest of Add (measured: about 40% of the write path's time).
    if (m.db.term_exists(id_term)) {
      Xapian::PostingIterator it = m.db.postlist_begin(id_term);
      exists = it != m.db.postlist_end(id_term);
      if (exists && m.db.get_document(*it).get_value(schema::kSlotHash) == hash) return AddOutcome::kUnchanged;
    }
  } catch (const Xapian::Error& e) {
    return Status::IOError(m.path + ": reading " + ForMessage(article.id) + ": " + e.get_description());
  }
  if (exists && m.append_only) {
    return Status::InvalidArgument(article.origin + ": article " + ForMessage(article.id) +
                                   " changed, but the database is append-only: cannot replace it; index into a new folder");
  }
  CleanedBody cleaned = CleanBody(article.body);
  if (cleaned.text.empty()) return Status::InvalidArgument(article.origin + ": no text left after removing boilerplate");
  Extraction fields;
  if (m.options.extract_fields) fields = m.extractor->Extract(article.body, cleaned.boilerplate_from);
  BuiltDocuments docs;
  try {
    docs = BuildDocuments(article, cleaned, fields, *m.aliases, hash, {m.positions, m.analyzer});
    std::string unfit = FirstUnfitTerm(docs.article);
    for (size_t n = 0; n < docs.quotes.size() && unfit.empty(); ++n) unfit = FirstUnfitTerm(docs.quotes[n]);
    if (!unfit.empty()) {
      return Status::InvalidArgument(article.origin + ": term too long for Xapian (" + std::to_string(unfit.size()) +
                                     " bytes): " + ForMessage(unfit));
    }
  } catch (const Xapian::Error& e) {  // from Xapian::Document alone: the database is untouched
    return Status::InvalidArgument(article.origin + ": cannot build the document: " + e.get_description());
  }
  try {
    if (exists) {
      // Its old quotes go, then its new ones come under their own id terms,
      // which no article id can take (schema::kQuoteId).
      m.db.delete_document(schema::Term(schema::kArticle, article.id));
      m.db.replace_document(id_term, docs.article);
    } else {
      m.db.add_document(docs.article);
    }
    for (const auto& quote : docs.quotes) m.db.add_document(quote);
  } catch (const Xapian::Error& e) {
    // Xapian has discarded everything since the last commit: say so, and stop.
    m.pending = 0;
    return Status::IOError(m.path + ": writing " + ForMessage(article.id) + ": " + e.get_description() +
                           "; the articles since the last commit were not written");
  }
  if (++m.pending >= m.options.commit_every) {
    if (Status s = Commit(); !s.ok()) return s;
  }
  return exists ? AddOutcome::kReplaced : AddOutcome::kAdded;
}

Status IndexWriter::Delete(const std::string& id) {
  Impl& m = *impl_;
  try {
    const std::string id_term = schema::Term(schema::kId, id);
    if (!m.db.term_exists(id_term)) return Status::NotFound("no article with id " + ForMessage(id));
    if (m.append_only) return Status::InvalidArgument(m.path + ": append-only database: cannot delete " + ForMessage(id));
    m.db.delete_document(id_term);
    m.db.delete_document(schema::Term(schema::kArticle, id));  // its quotes
    ++m.pending;
    return Status::Ok();
  } catch (const Xapian::Error& e) {
    return Status::IOError(m.path + ": deleting " + ForMessage(id) + ": " + e.get_description());
  }
}

Status IndexWriter::Commit() {
  Impl& m = *impl_;
  try {
    m.db.commit();
    m.pending = 0;
    return Status::Ok();
  } catch (const Xapian::Error& e) {
    return Status::IOError(m.path + ": commit failed: " + e.get_description());
  }
}

uint64_t IndexWriter::ArticleCount() const {
  try {
    return impl_->db.get_termfreq(schema::Term(schema::kKind, schema::kKindArticle));
  } catch (const Xapian::Error&) {
    return 0;
  }
}

const AnalyzerOptions& IndexWriter::analyzer() const { return impl_->analyzer; }

}  // namespace kosearch
