// AliasTable: names and words that mean the same thing, across spellings and
// languages (삼성 / 삼성전자 / Samsung; Omniverse / 옴니버스; investment / 투자).
//
// Loaded from the user-editable file schema/aliases.tsv (format documented in
// schema/README.md) and extended with aliases mined from articles. Lookups are
// case-insensitive for Latin and ignore spaces. Thread-safety: const methods
// may be called concurrently; Add* must not race with anything.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kosearch/status.h"

namespace kosearch {

class AliasTable {
 public:
  enum class Kind { kOrg, kPerson, kTerm };

  struct Group {
    Kind kind = Kind::kTerm;
    std::string canonical;              // first spelling on the line
    std::vector<std::string> spellings; // all spellings, canonical first
  };

  AliasTable() = default;

  // Loads the TSV file at `path`. Fails with NotFound when it is missing and
  // InvalidArgument naming "path:line" for a malformed line.
  static Result<std::shared_ptr<AliasTable>> Load(const std::string& path);

  // Loads schema/aliases.tsv from the default schema directory (see
  // SchemaDir()); an empty table when none is found.
  static std::shared_ptr<AliasTable> LoadDefault();

  // Adds a group (or merges `spellings` into an existing group that shares one).
  void Add(Kind kind, const std::vector<std::string>& spellings);

  // The group a spelling belongs to, or nullptr.
  const Group* Find(std::string_view spelling) const;

  // All groups, in file order.
  const std::vector<Group>& groups() const { return groups_; }

  // Lookup key: NFKC, Latin lowercased, spaces removed.
  static std::string Key(std::string_view spelling);

 private:
  std::vector<Group> groups_;
  std::map<std::string, size_t> by_key_;
};

// The directory holding schema data files: $KOSEARCH_SCHEMA_DIR if set, else
// share/kosearch/schema beside the running program's bin/ folder, else the
// configured install prefix's share/kosearch/schema, else the source tree's
// schema/.
std::string SchemaDir();

}  // namespace kosearch
