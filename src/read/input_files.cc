// Walking folder inputs and classifying named inputs (see input_files.h).
#include "read/input_files.h"

#include <algorithm>

namespace fs = std::filesystem;

namespace kosearch {

namespace {

bool IsDataFile(const fs::path& p) { return p.extension() == ".jsonl" || p.extension() == ".txt"; }

// Whether `p` (canonical) is `root` (canonical) or below it.
bool IsInside(const fs::path& p, const fs::path& root) {
  auto [r, q] = std::mismatch(root.begin(), root.end(), p.begin(), p.end());
  return r == root.end();
}

std::string KindName(const fs::file_status& st) {
  switch (st.type()) {
    case fs::file_type::fifo: return "named pipe";
    case fs::file_type::socket: return "socket";
    case fs::file_type::character: return "character device";
    case fs::file_type::block: return "block device";
    default: return "special file";
  }
}

}  // namespace

bool IsStreamInput(const fs::file_status& st) {
  return fs::is_fifo(st) || fs::is_character_file(st) || fs::is_socket(st);
}

std::string FsErrorText(const std::error_code& ec) {
  if (ec == std::errc::too_many_symbolic_link_levels) return "symlink loop";
  if (ec == std::errc::no_such_file_or_directory) return "no such file or directory";
  return ec.message();
}

std::vector<fs::path> ListFolder(const fs::path& folder, bool follow_symlinks, const ErrorSink& on_error) {
  std::vector<fs::path> files;
  std::vector<std::pair<fs::path, std::string>> skipped;  // reported in path order, like the files
  auto skip = [&](const fs::path& p, const std::string& why) { skipped.emplace_back(p, p.string() + ": " + why); };
  std::error_code ec;
  const fs::path root = fs::canonical(folder, ec);
  if (ec) {
    on_error(folder.string() + ": " + FsErrorText(ec));
    return files;
  }
  const fs::recursive_directory_iterator end;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    std::error_code entry_ec;
    const fs::file_status link = it->symlink_status(entry_ec);
    if (p.filename().string().front() == '.') {
      if (fs::is_directory(link)) it.disable_recursion_pending();
      continue;
    }
    if (!IsDataFile(p) || fs::is_directory(link)) continue;
    const fs::file_status target = it->status(entry_ec);
    if (entry_ec) {
      const bool broken = fs::is_symlink(link) && entry_ec == std::errc::no_such_file_or_directory;
      skip(p, (broken ? std::string("broken symlink") : FsErrorText(entry_ec)) + ", skipped");
      continue;
    }
    if (fs::is_directory(target)) continue;  // a symlinked folder: not entered
    if (!fs::is_regular_file(target)) {
      // Opening a named pipe would wait for a writer: never in a folder walk.
      skip(p, KindName(target) + ", not a regular file; skipped (name it as an input to read it)");
      continue;
    }
    if (fs::is_symlink(link) && !follow_symlinks) {
      const fs::path resolved = fs::canonical(p, entry_ec);
      if (entry_ec) {
        skip(p, FsErrorText(entry_ec) + ", skipped");
        continue;
      }
      if (!IsInside(resolved, root)) {
        skip(p, "symlink to " + resolved.string() + ", outside the folder " + folder.string() +
                    "; skipped (--follow-symlinks follows it)");
        continue;
      }
    }
    files.push_back(p);
  }
  std::sort(skipped.begin(), skipped.end());
  for (const auto& [path, message] : skipped) on_error(message);
  if (ec) on_error(folder.string() + ": cannot list the folder: " + FsErrorText(ec) + "; files after the error skipped");
  std::sort(files.begin(), files.end());  // deterministic order
  return files;
}

}  // namespace kosearch
