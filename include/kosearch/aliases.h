// AliasTable: names and words that mean the same thing, across spellings and
// languages (삼성 / 삼성전자 / Samsung; Omniverse / 옴니버스; investment / 투자).
//
// Loaded from the user-editable file schema/aliases.tsv (format documented in
// schema/README.md; where the schema folder is found: schema_files.h) and
// extended with aliases mined from articles. Lookups are case-insensitive for
// Latin and ignore spaces. Thread-safety: const methods
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

  // Loads aliases.tsv from the schema folder `schema_dir`, or when it is
  // empty from the one FindSchemaDir() finds (schema_files.h). Fails like
  // FindSchemaDir() and Load().
  static Result<std::shared_ptr<AliasTable>> LoadFromSchema(const std::string& schema_dir = {});

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

}  // namespace kosearch
