// FindSchemaDir (include/kosearch/schema_files.h): the schema folder, found
// relative to the binary that holds this code, so that an installed kosearch
// works from any prefix (and a build folder, which CMake lays out like one),
// with the configured prefix as the fallback. The relative paths and the
// fallback come from CMake (KOSEARCH_*_TO_SCHEMA, KOSEARCH_INSTALL_SCHEMA_DIR).
#include "kosearch/schema_files.h"

#include <dlfcn.h>

#include <algorithm>
#include <filesystem>
#include <vector>

namespace kosearch {

namespace fs = std::filesystem;

namespace {

bool HoldsSchema(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / "aliases.tsv", ec);
}

// The file holding this function: the shared library, or the program a
// static library is linked into. dladdr names the main program by its
// argv[0], which may be relative or bare, so /proc/self/exe is used for it.
fs::path BinaryHoldingKosearch() {
  Dl_info info{};
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (dladdr(reinterpret_cast<void*>(&FindSchemaDir), &info) == 0 || info.dli_fname == nullptr) return exe;
  fs::path file = info.dli_fname;
  if (!file.has_parent_path() || (!exe.empty() && fs::equivalent(file, exe, ec))) return exe;
  // A symlink (libkosearch.so -> libkosearch.so.0.1.0) is looked at where its target lies.
  fs::path resolved = fs::canonical(file, ec);
  return ec ? file : resolved;
}

std::vector<fs::path> Candidates() {
  std::vector<fs::path> out;
  fs::path binary = BinaryHoldingKosearch();
  if (!binary.empty()) {
    for (const char* relative : {KOSEARCH_LIBDIR_TO_SCHEMA, KOSEARCH_BINDIR_TO_SCHEMA, KOSEARCH_PREFIX_TO_SCHEMA}) {
      out.push_back((binary.parent_path() / relative).lexically_normal());
    }
  }
  out.emplace_back(KOSEARCH_INSTALL_SCHEMA_DIR);
  return out;
}

}  // namespace

Result<std::string> FindSchemaDir(const std::string& dir) {
  if (!dir.empty()) {
    if (HoldsSchema(dir)) return dir;
    return Status::NotFound(dir + ": not a kosearch schema folder (no aliases.tsv in it)");
  }
  std::vector<std::string> tried;
  for (const fs::path& candidate : Candidates()) {
    if (HoldsSchema(candidate)) return candidate.string();
    if (std::find(tried.begin(), tried.end(), candidate.string()) == tried.end()) tried.push_back(candidate.string());
  }
  std::string places;
  for (const auto& t : tried) places += (places.empty() ? "" : ", ") + t;
  return Status::NotFound("kosearch schema folder not found (no aliases.tsv in " + places +
                          "); give the installed share/kosearch/schema folder (option schema_dir, --schema DIR)");
}

}  // namespace kosearch
