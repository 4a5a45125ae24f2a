// AliasTable: loading schema/aliases.tsv and looking spellings up (see
// include/kosearch/aliases.h and schema/ALIASES.md for the file format).
#include "kosearch/aliases.h"

#include <fstream>

#include "kosearch/schema_files.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

bool ParseKind(std::string_view word, AliasTable::Kind* kind) {
  if (word == "org") *kind = AliasTable::Kind::kOrg;
  else if (word == "person") *kind = AliasTable::Kind::kPerson;
  else if (word == "term") *kind = AliasTable::Kind::kTerm;
  else return false;
  return true;
}

// Trims ASCII spaces and a trailing CR (files edited on Windows), never a
// tab: tabs separate the fields.
std::string_view TrimLine(std::string_view s) { return Trim(s, {" ", "\r"}); }

}  // namespace

std::string AliasTable::Key(std::string_view spelling) {
  std::string nfkc = Nfkc(spelling);
  std::string key;
  key.reserve(nfkc.size());
  for (char c : nfkc) {
    if (c == ' ' || c == '\t') continue;
    key.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return key;
}

void AliasTable::Add(Kind kind, const std::vector<std::string>& spellings) {
  // Merge into the first existing group sharing a spelling, so a mined alias
  // ("엔비디아" / "NVIDIA") extends the file's group instead of splitting it.
  size_t target = groups_.size();
  for (const auto& s : spellings) {
    auto it = by_key_.find(Key(s));
    if (it != by_key_.end()) { target = it->second; break; }
  }
  if (target == groups_.size()) {
    if (spellings.empty()) return;
    groups_.push_back(Group{kind, spellings.front(), {}});
  }
  Group& group = groups_[target];
  for (const auto& s : spellings) {
    std::string key = Key(s);
    if (key.empty() || by_key_.count(key)) continue;
    by_key_.emplace(key, target);
    group.spellings.push_back(s);
  }
}

const AliasTable::Group* AliasTable::Find(std::string_view spelling) const {
  auto it = by_key_.find(Key(spelling));
  return it == by_key_.end() ? nullptr : &groups_[it->second];
}

Result<std::shared_ptr<AliasTable>> AliasTable::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open alias file");
  auto table = std::make_shared<AliasTable>();
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    std::string_view view = TrimLine(line);
    if (view.empty() || view.front() == '#') continue;
    std::string where = path + ":" + std::to_string(line_no) + ": ";
    if (!IsValidUtf8(view)) return Status::InvalidArgument(where + "not valid UTF-8");
    std::vector<std::string> fields;
    size_t pos = 0;
    while (true) {
      size_t tab = view.find('\t', pos);
      std::string_view field = TrimLine(view.substr(pos, tab == std::string_view::npos ? tab : tab - pos));
      if (!field.empty()) fields.emplace_back(field);
      if (tab == std::string_view::npos) break;
      pos = tab + 1;
    }
    Kind kind;
    if (!ParseKind(fields.front(), &kind)) {
      return Status::InvalidArgument(where + "kind must be org, person or term, got \"" + fields.front() + "\"");
    }
    if (fields.size() < 2) return Status::InvalidArgument(where + "a group needs at least one spelling after the kind");
    fields.erase(fields.begin());
    table->Add(kind, fields);
  }
  return table;
}

Result<std::shared_ptr<AliasTable>> AliasTable::LoadFromSchema(const std::string& schema_dir) {
  auto dir = FindSchemaDir(schema_dir);
  if (!dir.ok()) return dir.status();
  return Load(*dir + "/aliases.tsv");
}

std::shared_ptr<AliasTable> AliasTable::LoadDefault() {
  auto loaded = LoadFromSchema();
  if (!loaded.ok()) return std::make_shared<AliasTable>();
  return std::move(loaded).value();
}

}  // namespace kosearch
