// Compaction of one database folder in place (shard_folder.h): a plain
// database, or one shard. Xapian writes the compacted copy into
// DIR/.compact-swap; a stub DIR/XAPIANDB naming the copy, then the removal of
// DIR's version file, make readers open the copy; the copy's tables are
// hard-linked into DIR, and linking its version file into DIR is the switch.
// A crash at any step leaves DIR a complete database (the old one, or the
// copy through the stub); RepairInterruptedCompactInPlace finishes or undoes.
#include <xapian.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <vector>

#include "index/folder_lock.h"
#include "index/shard_folder.h"
#include "kosearch/sharded_index.h"

namespace fs = std::filesystem;

namespace kosearch::shard_folder {

namespace {

constexpr char kSwap[] = ".compact-swap";
constexpr char kSwapStub[] = "auto .compact-swap\n";

bool HasSwapStub(const fs::path& root) {
  std::ifstream in(root / kStubFile);
  std::string text(sizeof kSwapStub, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  return in.gcount() == static_cast<std::streamsize>(sizeof kSwapStub - 1) && text.compare(0, in.gcount(), kSwapStub) == 0;
}

// Steps 5 to 7 (see CompactInPlace): from "DIR reads the copy through the
// stub" to the end. Each step can be repeated, so a repair runs them again.
Status LinkCopyIntoPlace(const fs::path& root, int crash_at_step) {
  const fs::path swap = root / kSwap;
  std::error_code ec;
  // DIR's own tables are not read any more (the stub wins without a version file).
  for (const auto& entry : fs::directory_iterator(root, ec)) {
    if (entry.path().extension() == ".glass" && !fs::exists(swap / entry.path().filename(), ec)) {
      fs::remove(entry.path(), ec);
    }
  }
  for (const auto& entry : fs::directory_iterator(swap, ec)) {
    const fs::path name = entry.path().filename();
    if (name == kVersionFile || entry.path().extension() != ".glass") continue;
    fs::remove(root / name, ec);
    fs::create_hard_link(entry.path(), root / name, ec);
    if (ec) return Status::IOError((root / name).string() + ": cannot link the compacted table: " + ec.message());
  }
  if (ec) return Status::IOError(swap.string() + ": cannot list: " + ec.message());
  if (Status s = Sync(root); !s.ok()) return s;
  if (crash_at_step == kCompactInPlaceStepLinked) std::raise(SIGKILL);
  // The switch: from here DIR is the compacted database.
  fs::create_hard_link(swap / kVersionFile, root / kVersionFile, ec);
  if (ec) return Status::IOError((root / kVersionFile).string() + ": cannot link: " + ec.message());
  if (Status s = Sync(root); !s.ok()) return s;
  if (crash_at_step == kCompactInPlaceStepSwitched) std::raise(SIGKILL);
  fs::remove(root / kStubFile, ec);
  fs::remove_all(swap, ec);  // its names only: DIR links the same files
  if (ec) return Status::IOError(swap.string() + ": cannot remove: " + ec.message());
  return Sync(root);
}

}  // namespace

Status CompactInPlace(const std::string& dir, int crash_at_step) {
  const fs::path root(dir), swap = root / kSwap;
  std::error_code ec;
  fs::remove_all(swap, ec);
  // 1. The compacted copy (same document ids).
  try {
    Xapian::Database db(dir);
    CrashingCompactor compactor(crash_at_step == kCompactInPlaceStepWriting);
    db.compact(swap.string(), Xapian::DBCOMPACT_NO_RENUMBER, 0, compactor);
  } catch (const Xapian::Error& e) {
    fs::remove_all(swap, ec);
    return Status::IOError(dir + ": compaction failed: " + e.get_description());
  }
  // 2. Durable before anything refers to it.
  for (const auto& entry : fs::directory_iterator(swap, ec)) {
    if (Status s = Sync(entry.path()); !s.ok()) return s;
  }
  if (ec) return Status::IOError(swap.string() + ": cannot list: " + ec.message());
  if (!fs::exists(swap / kVersionFile, ec)) return Status::IOError(swap.string() + ": compaction wrote no " + kVersionFile);
  if (Status s = Sync(swap); !s.ok()) return s;
  if (crash_at_step == kCompactInPlaceStepWritten) std::raise(SIGKILL);
  // 3. The stub naming the copy: ignored while DIR has its version file.
  if (Status s = WriteStubText(dir, kSwapStub); !s.ok()) return s;
  if (crash_at_step == kCompactInPlaceStepStubbed) std::raise(SIGKILL);
  // 4. Without the version file DIR is read through the stub: the copy.
  fs::remove(root / kVersionFile, ec);
  if (ec) return Status::IOError((root / kVersionFile).string() + ": cannot remove: " + ec.message());
  if (Status s = Sync(root); !s.ok()) return s;
  if (crash_at_step == kCompactInPlaceStepRedirected) std::raise(SIGKILL);
  // 5-7. The copy's tables into DIR, its version file (the switch), cleanup.
  return LinkCopyIntoPlace(root, crash_at_step);
}

Status RepairInterruptedCompactInPlace(const std::string& dir) {
  const fs::path root(dir), swap = root / kSwap;
  std::error_code ec;
  const bool stub = HasSwapStub(root);
  if (!stub && !fs::exists(swap, ec)) return Status::Ok();
  if (!fs::exists(root / kVersionFile, ec) && stub && fs::exists(swap / kVersionFile, ec)) {
    // Between steps 4 and 6: DIR reads the complete copy; finish the swap.
    return LinkCopyIntoPlace(root, 0);
  }
  // Before step 4 (DIR is the old database) or after step 6 (the new one).
  if (stub) fs::remove(root / kStubFile, ec);
  fs::remove_all(swap, ec);
  if (ec) return Status::IOError(swap.string() + ": cannot remove what an interrupted compaction left: " + ec.message());
  return Status::Ok();
}

bool IsInterruptedCompactInPlace(const std::string& dir) { return HasSwapStub(fs::path(dir)); }

Status CompactShardsInPlace(const std::string& dir, size_t shards, int crash_at_step) {
  for (size_t i = 0; i < shards; ++i) {
    const std::string shard = ShardFolder(dir, i);
    auto lock = FolderLock::Acquire(shard);
    if (!lock.ok()) return lock.status();
    if (Status s = RepairInterruptedCompaction(shard); !s.ok()) return s;
    if (Status s = CompactInPlace(shard, crash_at_step); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace kosearch::shard_folder

namespace kosearch {

Status CompactDatabase(const std::string& dir, int crash_at_step_for_tests) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(dir + ": no database here");
  auto lock = FolderLock::Acquire(dir);
  if (!lock.ok()) return lock.status();
  if (Status s = shard_folder::RepairInterruptedCompaction(dir); !s.ok()) return s;
  auto layout = InspectDatabase(dir);
  if (!layout.ok()) return layout.status();
  if (layout->kind == DatabaseLayout::Kind::kNone) return Status::NotFound(dir + ": no database here");
  if (layout->kind == DatabaseLayout::Kind::kPlain) return shard_folder::CompactInPlace(dir, crash_at_step_for_tests);
  return shard_folder::CompactShardsInPlace(dir, layout->shards, crash_at_step_for_tests);
}

}  // namespace kosearch
