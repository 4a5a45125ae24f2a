// DatabaseSpec (see include/kosearch/database_spec.h): database folders, Xapian
// stub files and host:port names turned into a list of shards. Only names are
// parsed here; src/search/shard_set.cc opens them.
#include "kosearch/database_spec.h"

#include <cstring>
#include <filesystem>
#include <fstream>

#include "search/shard_set.h"

namespace kosearch {

namespace {

namespace fs = std::filesystem;

// Stubs naming stubs: deeper than this is taken for a loop.
constexpr int kMaxStubDepth = 8;

Result<Shard> ParseRemote(std::string_view s) {
  std::string quoted(1, '"');  // (built in steps: GCC 12 warns falsely on "\"" + s)
  quoted.append(s);
  quoted.push_back('"');
  size_t colon = s.rfind(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 1 == s.size()) {
    return Status::InvalidArgument("remote shard " + quoted + ": expected HOST:PORT");
  }
  std::string_view host = s.substr(0, colon), port = s.substr(colon + 1);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  } else if (host.find(':') != std::string_view::npos) {
    return Status::InvalidArgument("remote shard " + quoted + ": write an IPv6 address in brackets, [ADDRESS]:PORT");
  }
  unsigned long n = 0;
  for (char c : port) {
    if (c < '0' || c > '9' || n > 65535) return Status::InvalidArgument("remote shard " + quoted + ": bad port");
    n = n * 10 + static_cast<unsigned long>(c - '0');
  }
  if (n == 0 || n > 65535) return Status::InvalidArgument("remote shard " + quoted + ": port must be 1-65535");
  Shard shard;
  shard.host = std::string(host);
  shard.port = static_cast<uint16_t>(n);
  return shard;
}

// A single-file glass database starts with this magic; any other file is
// read as a stub.
bool IsSingleFileDatabase(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  char magic[14] = {};
  return in.read(magic, sizeof magic) && std::memcmp(magic, "\x0f\x0dXapian Glass", sizeof magic) == 0;
}

Status AddAt(const std::string& location, int depth, std::vector<Shard>* out);

// Reads the stub `file` (Xapian's stub format, the lines this project can serve).
Status ReadStub(const fs::path& file, int depth, std::vector<Shard>* out) {
  if (depth > kMaxStubDepth) return Status::InvalidArgument(file.string() + ": stub databases nest too deep (a loop?)");
  std::ifstream in(file);
  if (!in) return Status::IOError(file.string() + ": cannot read stub database file");
  const fs::path dir = file.parent_path();
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const std::string where = file.string() + ":" + std::to_string(n);
    size_t space = line.find(' ');
    std::string type = line.substr(0, space);
    std::string rest = space == std::string::npos ? "" : line.substr(space + 1);
    if (type == "auto" || type == "glass" || type == "chert") {
      if (rest.empty()) return Status::InvalidArgument(where + ": \"" + type + "\" needs a path");
      fs::path p(rest);
      if (p.is_relative()) p = dir / p;
      Status s = AddAt(p.lexically_normal().string(), depth + 1, out);
      if (!s.ok()) {
        if (s.code() == Status::Code::kNotFound) return Status::NotFound(where + ": " + s.message());
        // A nested stub that could not be read (removed by a switch) may be read again.
        if (s.code() == Status::Code::kIOError) return Status::IOError(where + ": " + s.message());
        return Status::InvalidArgument(where + ": " + s.message());
      }
    } else if (type == "remote") {
      if (!rest.empty() && rest[0] == ':') {
        return Status::InvalidArgument(where + ": remote programs (remote :PROGRAM) are not supported; serve the shard "
                                       "with xapian-tcpsrv (scripts/kosearch-serve) and write remote HOST:PORT");
      }
      auto shard = ParseRemote(rest);
      if (!shard.ok()) return Status::InvalidArgument(where + ": " + shard.status().message());
      out->push_back(*shard);
    } else {
      return Status::InvalidArgument(where + ": expected \"auto PATH\", \"glass PATH\" or \"remote HOST:PORT\"");
    }
  }
  return Status::Ok();
}

Status AddAt(const std::string& location, int depth, std::vector<Shard>* out) {
  std::error_code ec;
  fs::file_status st = fs::status(location, ec);
  if (ec || !fs::exists(st)) return Status::NotFound(location + ": no such database (index something into it first)");
  if (fs::is_directory(st)) {
    // A folder is a database unless it holds only a stub (Xapian's rule).
    const fs::path dir(location);
    bool is_db = fs::exists(dir / "iamglass", ec) || fs::exists(dir / "iamchert", ec);
    if (!is_db && fs::exists(dir / "XAPIANDB", ec)) return ReadStub(dir / "XAPIANDB", depth, out);
    out->push_back(Shard{location, "", 0});
    return Status::Ok();
  }
  if (IsSingleFileDatabase(location)) {
    out->push_back(Shard{location, "", 0});
    return Status::Ok();
  }
  return ReadStub(location, depth, out);
}

}  // namespace

std::string Shard::Name() const {
  if (!remote()) return path;
  if (host.find(':') != std::string::npos) return "[" + host + "]:" + std::to_string(port);
  return host + ":" + std::to_string(port);
}

namespace {
constexpr std::string_view kRemotePrefix = "remote:";
// How often a location is read while a writer switches its layout (see AddLocation).
constexpr int kLayoutRereads = 4;
}  // namespace

Status DatabaseSpec::AddLocation(const std::string& location) {
  // A writer changes a folder's layout (compaction, kosearch-index --compact)
  // in atomic steps, each leaving a whole database (src/index/shard_folder.h),
  // but reading the layout takes several: the folder's version file or stub,
  // then each folder the stub names. A read that straddles a switch can find
  // the stub from before it and the shards it names already removed (or the
  // stub gone). No order of the writer's steps can prevent this, since the old
  // folders must go at some point and a reader may pause anywhere; but every
  // step leaves a whole database, so a read begun again from the top sees the
  // layout after the switch. So a failure while a stub is read (the location
  // itself is there) is read again, a few times; a location that is not there
  // at all, or a stub line that is malformed, fails at once.
  std::vector<Shard> found;
  Status s = AddAt(location, 0, &found);
  for (int attempt = 1; !s.ok() && s.code() != Status::Code::kInvalidArgument && attempt < kLayoutRereads; ++attempt) {
    std::error_code ec;
    if (!fs::exists(location, ec)) break;
    PauseBeforeRetry(attempt);
    found.clear();
    s = AddAt(location, 0, &found);
  }
  if (!s.ok()) return s;
  shards.insert(shards.end(), found.begin(), found.end());
  added.push_back(location);
  return Status::Ok();
}

Status DatabaseSpec::AddRemote(std::string_view host_port) {
  auto shard = ParseRemote(host_port);
  if (!shard.ok()) return shard.status();
  shards.push_back(*shard);
  added.push_back(std::string(kRemotePrefix) + std::string(host_port));
  return Status::Ok();
}

Result<DatabaseSpec> DatabaseSpec::Reread() const {
  if (added.empty()) return *this;
  DatabaseSpec again = *this;
  again.shards.clear();
  again.added.clear();
  for (const std::string& a : added) {
    bool remote = a.compare(0, kRemotePrefix.size(), kRemotePrefix) == 0;
    Status s = remote ? again.AddRemote(std::string_view(a).substr(kRemotePrefix.size())) : again.AddLocation(a);
    if (!s.ok()) return s;
  }
  return again;
}

std::string DatabaseSpec::Describe() const {
  std::string out;
  for (const Shard& s : shards) out += (out.empty() ? "" : ", ") + s.Name();
  return out;
}

}  // namespace kosearch
