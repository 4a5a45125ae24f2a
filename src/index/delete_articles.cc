// Deleting articles by id from a plain or sharded database folder
// (DeleteArticles, declared in kosearch/sharded_index.h).
#include <map>
#include <memory>

#include "kosearch/extract.h"
#include "kosearch/index.h"
#include "kosearch/sharded_index.h"
#include "index/folder_lock.h"

namespace kosearch {

Result<DeleteSummary> DeleteArticles(const std::string& dir, const std::vector<std::string>& ids) {
  auto layout = InspectDatabase(dir);
  if (!layout.ok()) return layout.status();
  if (layout->kind == DatabaseLayout::Kind::kNone) return Status::NotFound(dir + ": no database here");
  const bool sharded = layout->kind == DatabaseLayout::Kind::kSharded;
  // A sharded folder is locked as a whole (a sharded run holds it through its
  // compaction, when the shards' own locks are already released); a plain
  // IndexWriter takes the same lock itself.
  FolderLock folder_lock;
  if (sharded) {
    auto lock = FolderLock::Acquire(dir);
    if (!lock.ok()) return lock.status();
    folder_lock = std::move(*lock);
  }
  // One writer per shard that holds one of the ids, opened when first needed,
  // all with one extractor (and entity model).
  IndexOptions options;
  auto extractor = Extractor::Create(options.schema_dir);
  if (!extractor.ok()) return extractor.status();
  options.extractor = std::move(extractor).value();
  std::map<size_t, std::unique_ptr<IndexWriter>> writers;
  DeleteSummary summary;
  for (const std::string& id : ids) {
    const size_t shard = sharded ? ShardOf(id, layout->shards) : 0;
    auto& writer = writers[shard];
    if (!writer) {
      auto opened = IndexWriter::Open(sharded ? ShardFolder(dir, shard) : dir, options);
      if (!opened.ok()) return opened.status();
      writer = std::move(*opened);
    }
    Status s = writer->Delete(id);
    if (s.code() == Status::Code::kNotFound) {
      summary.unknown.push_back(id);
    } else if (!s.ok()) {
      // An append-only database fails here at its first known id, before
      // anything was deleted; an I/O error keeps what Xapian managed to write.
      return s;
    } else {
      ++summary.deleted;
    }
  }
  for (auto& [shard, writer] : writers) {
    if (Status s = writer->Commit(); !s.ok()) return s;
  }
  return summary;
}

}  // namespace kosearch
