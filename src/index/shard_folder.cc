// Sharded folder layout (see shard_folder.h): the stub, the crash-safe
// compaction swap and its repair, and InspectDatabase / CompactShards of
// include/kosearch/sharded_index.h.
#include "index/shard_folder.h"

#include <fcntl.h>
#include <unistd.h>
#include <xapian.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

#include "index/folder_lock.h"
#include "kosearch/sharded_index.h"

namespace fs = std::filesystem;

namespace kosearch {

namespace shard_folder {

namespace {

// Where the merged database is written before it is moved into DIR.
constexpr char kCompactTmp[] = ".compact-tmp";

Status Rename(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::rename(from, to, ec);
  if (ec) return Status::IOError(to.string() + ": cannot move " + from.string() + " here: " + ec.message());
  return Status::Ok();
}

// A folder named like a shard: "shard-" and at least two digits.
bool IsShardName(const std::string& name) {
  if (name.rfind("shard-", 0) != 0 || name.size() < 8) return false;
  for (size_t i = 6; i < name.size(); ++i) {
    if (name[i] < '0' || name[i] > '9') return false;
  }
  return true;
}

}  // namespace

Status Sync(const fs::path& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IOError(path.string() + ": cannot open to sync: " + std::strerror(errno));
  const int rc = ::fsync(fd), err = errno;
  ::close(fd);
  if (rc != 0) return Status::IOError(path.string() + ": cannot sync: " + std::strerror(err));
  return Status::Ok();
}

std::string ShardName(size_t i) {
  char name[32];
  std::snprintf(name, sizeof name, "shard-%02zu", i);
  return name;
}

Status WriteStub(const std::string& dir, size_t shards) {
  std::string text;
  for (size_t i = 0; i < shards; ++i) text += "auto " + ShardName(i) + "\n";
  return WriteStubText(dir, text);
}

Status WriteStubText(const std::string& dir, const std::string& text) {
  const fs::path stub = fs::path(dir) / kStubFile, tmp = fs::path(dir) / (std::string(kStubFile) + ".tmp");
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << text;
    if (!out.flush()) return Status::IOError(stub.string() + ": cannot write");
  }
  if (Status s = Sync(tmp); !s.ok()) return s;
  if (Status s = Rename(tmp, stub); !s.ok()) return s;
  return Sync(dir);
}

Status Compact(const std::string& dir, size_t shards, int crash_at_step) {
  auto crash_at = [&](int step) {
    if (crash_at_step == step) std::raise(SIGKILL);
  };
  const fs::path root(dir), tmp = root / kCompactTmp;
  std::error_code ec;
  fs::remove_all(tmp, ec);
  try {
    Xapian::Database all;
    for (size_t i = 0; i < shards; ++i) all.add_database(Xapian::Database((root / ShardName(i)).string()));
    CrashingCompactor compactor(crash_at_step == kCompactStepMerging);
    all.compact(tmp.string(), Xapian::DBCOMPACT_MULTIPASS, 0, compactor);
  } catch (const Xapian::Error& e) {
    fs::remove_all(tmp, ec);
    return Status::IOError(dir + ": compaction failed: " + e.get_description());
  }
  // The merged database is durable before any of it moves.
  std::vector<fs::path> tables;
  for (const auto& entry : fs::directory_iterator(tmp, ec)) {
    if (Status s = Sync(entry.path()); !s.ok()) return s;
    if (entry.path().filename() != kVersionFile) tables.push_back(entry.path());
  }
  if (ec) return Status::IOError(tmp.string() + ": cannot list: " + ec.message());
  if (!fs::exists(tmp / kVersionFile, ec)) return Status::IOError(tmp.string() + ": compaction wrote no " + kVersionFile);
  if (Status s = Sync(tmp); !s.ok()) return s;
  crash_at(kCompactStepMerged);
  // The tables first: beside the stub they change nothing a reader sees.
  for (const fs::path& table : tables) {
    if (Status s = Rename(table, root / table.filename()); !s.ok()) return s;
    crash_at(kCompactStepTableMoved);
  }
  if (Status s = Sync(root); !s.ok()) return s;
  crash_at(kCompactStepTablesMoved);
  // The switch: from here DIR is the merged database.
  if (Status s = Rename(tmp / kVersionFile, root / kVersionFile); !s.ok()) return s;
  if (Status s = Sync(root); !s.ok()) return s;
  crash_at(kCompactStepSwitched);
  fs::remove(root / kStubFile, ec);
  crash_at(kCompactStepStubRemoved);
  for (size_t i = 0; i < shards; ++i) {
    fs::remove_all(root / ShardName(i), ec);
    crash_at(kCompactStepShardRemoved);
  }
  fs::remove_all(tmp, ec);  // last: while it exists, a rerun knows a compaction was under way
  return Status::Ok();
}

Status RepairInterruptedCompaction(const std::string& dir) {
  if (Status s = RepairInterruptedCompactInPlace(dir); !s.ok()) return s;
  const fs::path root(dir), tmp = root / kCompactTmp;
  std::error_code ec;
  const bool stub = fs::exists(root / kStubFile, ec), merging = fs::exists(tmp, ec);
  if (!merging && !(stub && fs::exists(root / kVersionFile, ec))) return Status::Ok();
  const bool switched = fs::exists(root / kVersionFile, ec);
  std::vector<fs::path> leftovers;
  for (const auto& entry : fs::directory_iterator(root, ec)) {
    const std::string name = entry.path().filename().string();
    if (switched) {
      // After the switch: what is left of the shards goes.
      if (name == kStubFile || (IsShardName(name) && entry.is_directory())) leftovers.push_back(entry.path());
    } else if (stub && entry.path().extension() == ".glass" && entry.is_regular_file()) {
      // Before it: the tables moved in beside the stub go.
      leftovers.push_back(entry.path());
    }
  }
  if (ec) return Status::IOError(dir + ": cannot list: " + ec.message());
  for (const fs::path& p : leftovers) {
    fs::remove_all(p, ec);
    if (ec) return Status::IOError(p.string() + ": cannot remove what an interrupted compaction left: " + ec.message());
  }
  fs::remove_all(tmp, ec);
  if (ec) return Status::IOError(tmp.string() + ": cannot remove: " + ec.message());
  return Status::Ok();
}

}  // namespace shard_folder

Result<DatabaseLayout> InspectDatabase(const std::string& dir) {
  using shard_folder::kStubFile, shard_folder::kVersionFile, shard_folder::ShardName;
  std::error_code ec;
  DatabaseLayout layout;
  if (!fs::exists(dir, ec)) return layout;
  if (!fs::is_directory(dir, ec)) return Status::IOError(dir + ": is a regular file, not a database folder");
  // Xapian's order: a version file makes the folder a database, stub or not.
  for (const char* marker : {kVersionFile, "iamchert", "iamhoney"}) {
    if (fs::exists(fs::path(dir) / marker, ec)) {
      layout.kind = DatabaseLayout::Kind::kPlain;
      return layout;
    }
  }
  const fs::path stub = fs::path(dir) / kStubFile;
  if (!fs::exists(stub, ec)) return layout;
  if (shard_folder::IsInterruptedCompactInPlace(dir)) {  // a plain database read through the stub
    layout.kind = DatabaseLayout::Kind::kPlain;
    return layout;
  }
  std::ifstream in(stub);
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    if (line != "auto " + ShardName(n)) {
      return Status::InvalidArgument(stub.string() + ": not a kosearch shard list (line \"" + line + "\")");
    }
    ++n;
  }
  if (n == 0) return Status::InvalidArgument(stub.string() + ": lists no shard");
  layout.kind = DatabaseLayout::Kind::kSharded;
  layout.shards = n;
  return layout;
}

Status CompactShards(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::InvalidArgument(dir + ": not a sharded database");
  auto lock = FolderLock::Acquire(dir);
  if (!lock.ok()) return lock.status();
  if (Status s = shard_folder::RepairInterruptedCompaction(dir); !s.ok()) return s;
  auto layout = InspectDatabase(dir);
  if (!layout.ok()) return layout.status();
  if (layout->kind != DatabaseLayout::Kind::kSharded) return Status::InvalidArgument(dir + ": not a sharded database");
  return shard_folder::Compact(dir, layout->shards, 0);
}

}  // namespace kosearch
