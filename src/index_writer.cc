// IndexWriter (see include/kosearch/index.h): owns the WritableDatabase and
// translates Xapian errors into Status.
#include <xapian.h>

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>

#include "document_builder.h"
#include "kosearch/analyzer.h"
#include "kosearch/cleaner.h"
#include "kosearch/extract.h"
#include "kosearch/index.h"
#include "schema.h"
#include "unicode_text.h"

namespace fs = std::filesystem;

namespace kosearch {

namespace {

// Analysis and extraction take time and memory in proportion to the text
// (about 2.5 s and 200 MB for 1 MiB); longer bodies are refused (README "Limits").
constexpr size_t kMaxBodyBytes = 1 << 20;

std::string ContentHash(const Article& a) {
  uint64_t h = 1469598103934665603ULL;
  auto mix = [&](std::string_view s) {
    for (unsigned char c : s) { h ^= c; h *= 1099511628211ULL; }
    h ^= 0xff; h *= 1099511628211ULL;  // field separator
  };
  mix(a.id); mix(a.title); mix(a.date); mix(a.source); mix(a.url); mix(a.body);
  mix(std::to_string(schema::kVersion));
  mix(DefaultAnalyzerOptions().strip_particles ? "p1" : "p0");
  mix(DefaultAnalyzerOptions().cut_light_verbs ? "v1" : "v0");
  return std::to_string(h);
}

// Xapian 1.4 does not say who holds a database's write lock, so the writer
// leaves "pid <n> since <UTC time>" in this file while it holds the lock.
constexpr char kLockInfoFile[] = "kosearch.lock-info";

void WriteLockInfo(const std::string& db_path) {
  char when[32] = "";
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  if (gmtime_r(&now, &tm)) std::strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S UTC", &tm);
  const std::string text = "pid " + std::to_string(::getpid()) + " since " + when + "\n";
  // Never through a symlink planted in its place (its target would be
  // overwritten): the old entry is unlinked, and a new file is created
  // with O_EXCL | O_NOFOLLOW. Should that fail, the info is left out; it
  // only names the lock holder in messages.
  const std::string file = (fs::path(db_path) / kLockInfoFile).string();
  ::unlink(file.c_str());
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) return;
  if (::write(fd, text.data(), text.size()) < 0) { /* informational only */ }
  ::close(fd);
}

// "pid 123 since …" from the lock info, or "" when the file is missing or names
// a process that no longer runs (then another program holds the lock).
std::string LockHolder(const std::string& db_path) {
  std::ifstream in(fs::path(db_path) / kLockInfoFile);
  std::string line;
  if (!in || !std::getline(in, line)) return "";
  long pid = 0;
  if (std::sscanf(line.c_str(), "pid %ld", &pid) != 1 || pid <= 0) return "";
  if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) return "";
  return line;
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

}  // namespace

struct IndexWriter::Impl {
  Xapian::WritableDatabase db;
  IndexOptions options;
  std::string path;
  std::shared_ptr<const AliasTable> aliases;
  std::unique_ptr<Extractor> extractor;
  size_t pending = 0;
  bool positions = false;    // this database's layout (schema::kPositionsKey)
  bool append_only = false;  // no term lists (schema::kAppendOnlyKey)
};

IndexWriter::IndexWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

IndexWriter::~IndexWriter() {
  if (!impl_) return;
  (void)Commit();
  // Before the lock is released: a writer that takes it next writes its own.
  std::error_code ec;
  fs::remove(fs::path(impl_->path) / kLockInfoFile, ec);
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
  fs::create_directories(path, ec);
  if (ec) return Status::IOError(path + ": cannot create database folder: " + ec.message());
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->path = path;
  try {
    // Without term lists from its creation on (Xapian cannot open such a
    // database for writing unless told so).
    const int no_termlist = (creating && options.append_only) || was_append_only ? Xapian::DB_NO_TERMLIST : 0;
    impl->db = Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN | no_termlist);
  } catch (const Xapian::DatabaseLockError&) {
    std::string holder = LockHolder(path);
    return Status::Locked(path + ": database is locked by " +
                          (holder.empty() ? "another writer" : "kosearch-index " + holder) + "; wait for it to finish");
  } catch (const Xapian::DatabaseVersionError& e) {
    return Status::VersionMismatch(path + ": not a database this Xapian can read (" + e.get_msg() + ")");
  } catch (const Xapian::Error& e) {
    return Status::IOError(path + ": cannot open database: " + e.get_description());
  }
  try {
    bool is_new = false;
    if (Status s = CheckSchemaVersion(impl->db, path, &is_new); !s.ok()) return s;
    if (is_new) {
      impl->db.set_metadata(schema::kVersionKey, std::to_string(schema::kVersion));
      impl->db.set_metadata(schema::kPositionsKey, options.positions ? "1" : "0");
      impl->db.set_metadata(schema::kAppendOnlyKey, options.append_only ? "1" : "0");
      impl->db.commit();  // a new database is a valid, empty kosearch database from now on
    }
    impl->positions = impl->db.get_metadata(schema::kPositionsKey) != "0";
    if (options.positions && !impl->positions) {
      return Status::InvalidArgument(path + ": was created without positions; --positions applies to new databases only");
    }
    impl->append_only = impl->db.get_metadata(schema::kAppendOnlyKey) == "1";
    if (options.append_only && !impl->append_only) {
      return Status::InvalidArgument(path + ": was created with term lists; --append-only applies to new databases only");
    }
  } catch (const Xapian::Error& e) {
    return Status::IOError(path + ": " + e.get_description());
  }
  WriteLockInfo(path);
  impl->aliases = AliasTable::LoadDefault();
  impl->extractor = std::make_unique<Extractor>(impl->aliases);
  return std::unique_ptr<IndexWriter>(new IndexWriter(std::move(impl)));
}

Result<AddOutcome> IndexWriter::Add(const Article& article) {
  if (article.id.empty()) return Status::InvalidArgument(article.origin + ": article has no id");
  if (article.body.size() > kMaxBodyBytes) {
    return Status::InvalidArgument(article.origin + ": article too large: " + std::to_string(article.body.size()) +
                                   " bytes (limit " + std::to_string(kMaxBodyBytes) + ")");
  }
  size_t bad = 0;
  if (!IsValidUtf8(article.body, &bad)) {
    return Status::InvalidArgument(article.origin + ": invalid UTF-8 at byte " + std::to_string(bad));
  }
  const std::string id_term = schema::Term(schema::kId, article.id);
  const std::string hash = ContentHash(article);
  Impl& m = *impl_;
  try {
    bool exists = false;
    Xapian::PostingIterator it = m.db.postlist_begin(id_term);
    if (it != m.db.postlist_end(id_term)) {
      exists = true;
      if (m.db.get_document(*it).get_value(schema::kSlotHash) == hash) return AddOutcome::kUnchanged;
    }
    if (exists && m.append_only) {
      return Status::InvalidArgument(article.origin + ": article " + article.id +
                                     " changed, but the database is append-only: cannot replace it; index into a new folder");
    }
    CleanedBody cleaned = CleanBody(article.body);
    if (cleaned.text.empty()) return Status::InvalidArgument(article.origin + ": no text left after removing boilerplate");
    Extraction fields;
    if (m.options.extract_fields) fields = m.extractor->Extract(article.body, cleaned.boilerplate_from);
    BuiltDocuments docs = BuildDocuments(article, cleaned, fields, *m.aliases, hash, m.positions);
    if (exists) {
      m.db.delete_document(schema::Term(schema::kArticle, article.id));  // its old quotes
      m.db.replace_document(id_term, docs.article);
      for (size_t n = 0; n < docs.quotes.size(); ++n) {
        m.db.replace_document(schema::Term(schema::kId, article.id + "#q" + std::to_string(n)), docs.quotes[n]);
      }
    } else {
      m.db.add_document(docs.article);
      for (const auto& quote : docs.quotes) m.db.add_document(quote);
    }
    if (++m.pending >= m.options.commit_every) {
      if (Status s = Commit(); !s.ok()) return s;
    }
    return exists ? AddOutcome::kReplaced : AddOutcome::kAdded;
  } catch (const Xapian::Error& e) {
    return Status::IOError(m.path + ": writing " + article.id + ": " + e.get_description());
  }
}

Status IndexWriter::Delete(const std::string& id) {
  Impl& m = *impl_;
  try {
    const std::string id_term = schema::Term(schema::kId, id);
    if (!m.db.term_exists(id_term)) return Status::NotFound("no article with id " + id);
    if (m.append_only) return Status::InvalidArgument(m.path + ": append-only database: cannot delete " + id);
    m.db.delete_document(id_term);
    m.db.delete_document(schema::Term(schema::kArticle, id));
    ++m.pending;
    return Status::Ok();
  } catch (const Xapian::Error& e) {
    return Status::IOError(m.path + ": deleting " + id + ": " + e.get_description());
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

}  // namespace kosearch
