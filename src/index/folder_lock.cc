// FolderLock (see folder_lock.h): flock on DIR/kosearch.lock, and the lock
// info naming its holder.
#include "index/folder_lock.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <thread>

namespace fs = std::filesystem;

namespace kosearch {

namespace {

constexpr char kLockFile[] = "kosearch.lock";
// Xapian 1.4 does not say who holds a lock, so the holder leaves
// "pid <n> since <UTC time>" here while it holds it.
constexpr char kLockInfoFile[] = "kosearch.lock-info";

// Writes the lock info. Called with the lock held: whatever is there is stale
// (or planted: rename replaces a symlink, never follows it). Written under a
// temporary name and renamed into place, so a refused writer never reads it
// half written (on a loaded machine the holder can pause between creating
// the file and writing its line for longer than LockedMessage waits).
void WriteLockInfo(const std::string& dir) {
  const std::string path = (fs::path(dir) / kLockInfoFile).string();
  const std::string temporary = path + ".tmp";
  ::unlink(temporary.c_str());
  int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) {  // the lock works without it; a refused writer then says "another writer"
    ::unlink(path.c_str());
    return;
  }
  char when[32] = "";
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  if (gmtime_r(&now, &tm)) std::strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S UTC", &tm);
  char line[96];
  int n = std::snprintf(line, sizeof line, "pid %ld since %s\n", static_cast<long>(::getpid()), when);
  const bool written = n > 0 && ::write(fd, line, static_cast<size_t>(n)) == n;
  ::close(fd);
  if (!written || ::rename(temporary.c_str(), path.c_str()) != 0) {
    ::unlink(temporary.c_str());
    ::unlink(path.c_str());
  }
}

// "pid 123 since …" from the lock info, or "" when the file is missing or names
// a process that no longer runs (then another program holds the lock).
std::string LockHolder(const std::string& dir) {
  const std::string path = (fs::path(dir) / kLockInfoFile).string();
  int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return "";
  char buf[128] = {};
  ssize_t got = ::read(fd, buf, sizeof buf - 1);
  ::close(fd);
  if (got <= 0) return "";
  std::string line(buf, static_cast<size_t>(got));
  line = line.substr(0, line.find('\n'));
  long pid = 0;
  if (std::sscanf(line.c_str(), "pid %ld", &pid) != 1 || pid <= 0) return "";
  if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) return "";
  return line;
}

}  // namespace

std::string LockedMessage(const std::string& dir) {
  // The holder writes its info just after taking the lock: give it a moment.
  std::string holder = LockHolder(dir);
  for (int i = 0; holder.empty() && i < 20; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    holder = LockHolder(dir);
  }
  return dir + ": database is locked by " + (holder.empty() ? "another writer" : "kosearch-index " + holder) +
         "; wait for it to finish";
}

Result<FolderLock> FolderLock::Acquire(const std::string& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return Status::IOError(dir + ": cannot create database folder: " + ec.message());
  const std::string path = (fs::path(dir) / kLockFile).string();
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) return Status::IOError(path + ": cannot open lock file: " + std::strerror(errno));
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int err = errno;
    ::close(fd);
    if (err == EWOULDBLOCK) return Status::Locked(LockedMessage(dir));
    return Status::IOError(path + ": cannot lock: " + std::strerror(err));
  }
  WriteLockInfo(dir);
  FolderLock lock;
  lock.dir_ = dir;
  lock.fd_ = fd;
  return lock;
}

FolderLock::FolderLock(FolderLock&& other) noexcept : dir_(std::move(other.dir_)), fd_(other.fd_) { other.fd_ = -1; }

FolderLock& FolderLock::operator=(FolderLock&& other) noexcept {
  if (this != &other) {
    Release();
    dir_ = std::move(other.dir_);
    fd_ = other.fd_;
    other.fd_ = -1;
  }
  return *this;
}

FolderLock::~FolderLock() { Release(); }

void FolderLock::Release() {
  if (fd_ < 0) return;
  // Before the lock is released: a writer that takes it next writes its own.
  ::unlink((fs::path(dir_) / kLockInfoFile).c_str());
  ::close(fd_);  // releases the flock
  fd_ = -1;
}

}  // namespace kosearch
