// The name terms a speaker's resolution will ask about, asked of the archive
// at once (see answer_steps.h): one round trip to a remote shard instead of
// one for each term.
#include "answer/answer_steps.h"
#include "answer/english_names.h"
#include "index/schema.h"
#include "kosearch/aliases.h"
#include "text/unicode_text.h"

namespace kosearch {

void PrefetchNameTerms(const std::string& speaker, const std::vector<std::string>& words, ArchiveReader& archive) {
  std::vector<std::string> runs{speaker};
  for (size_t first = 0; first < words.size(); ++first) {
    for (size_t len = 1; first + len <= words.size(); ++len) AddUnique(runs, JoinRun(words, first, len));
  }
  std::vector<std::string> terms;
  for (const auto& run : runs) {
    for (const auto& s : archive.Spellings(run)) {
      const std::string key = AliasTable::Key(s);
      if (CodePointCount(key) < 2) continue;
      for (const char* prefix : {schema::kOrg, schema::kSpeaker, schema::kRole}) AddUnique(terms, prefix + key);
      if (!IsLatin(s)) AddUnique(terms, schema::kRole + key + "들");  // ExistingRoleTerm's plural
    }
  }
  archive.PrefetchTerms(terms);
}

}  // namespace kosearch
