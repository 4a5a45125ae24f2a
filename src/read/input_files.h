// Which files an input names: the walk of a folder input (symlinks, loops,
// named pipes) and the kind of a named path, all with std::filesystem's
// error_code overloads, so that no filesystem_error escapes the reader.
// Internal header; the public entry point is ReadArticles (reader.h).
#pragma once

#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "kosearch/reader.h"

namespace kosearch {

// The .txt and .jsonl files under `folder`, recursively, sorted; hidden
// entries (a leading '.') are left out. Never throws. Each file that is
// skipped gets one line on `on_error` and the walk goes on:
//   "F: symlink loop, skipped", "F: broken symlink, skipped",
//   "F: named pipe, not a regular file; skipped (name it as an input to read it)",
//   "F: symlink to T, outside the folder D; skipped (--follow-symlinks follows it)"
// (the last unless `follow_symlinks`). Symlinked folders are not entered.
std::vector<std::filesystem::path> ListFolder(const std::filesystem::path& folder, bool follow_symlinks,
                                              const ErrorSink& on_error);

// A named pipe, character device or socket (`<(…)` is a pipe at /dev/fd/N):
// read once, as a stream, never reopened or sized.
bool IsStreamInput(const std::filesystem::file_status& status);

// A filesystem error for a message: "symlink loop", "no such file or
// directory", else the system's text.
std::string FsErrorText(const std::error_code& ec);

}  // namespace kosearch
