// Quotes of the articles whose title names the speaker (answer.cc): an
// article is about whom its headline names, so among quotes the topic ranks
// alike (none saying it, or no topic asked) those come first. Done on the
// hits a question's one match brings (their stored documents carry the
// title): no look-up more, local or remote.
#include <algorithm>

#include "answer/answer_steps.h"
#include "answer/english_names.h"
#include "answer/speaker_filter.h"
#include "kosearch/aliases.h"
#include "text/unicode_text.h"

namespace kosearch {

std::vector<std::string> NamesForTitles(const std::string& asked, const SpeakerFilter& speaker) {
  std::vector<std::string> names;
  if (speaker.filter.empty() || speaker.unknown) return names;
  // The names asked without their titles (김민수 의원 → 김민수): a resolution keys them with it.
  if (!IsLatin(asked)) names = KoreanNamesAsked(asked);
  // A key of words asked apart ("김민수의원" of "김민수 의원"): a headline
  // writes them apart too, never so.
  const std::vector<std::string> words = SplitSpaces(asked);
  std::vector<std::string> joined;
  for (size_t first = 0; first < words.size(); ++first) {
    for (size_t len = 2; first + len <= words.size(); ++len) joined.push_back(AliasTable::Key(JoinRun(words, first, len)));
  }
  for (const auto& e : speaker.expansions) {
    const bool keyed_apart = std::find(joined.begin(), joined.end(), e) != joined.end();
    if (HasHangul(e) && e.find(' ') == std::string::npos && !keyed_apart) AddUnique(names, e);
  }
  return names;
}

void TitledFirstAmongTies(std::vector<Hit>* hits, const std::vector<std::string>& names) {
  if (names.empty()) return;
  auto titled = [&](const Hit& h) {
    return std::any_of(names.begin(), names.end(), [&](const std::string& n) { return h.title.find(n) != std::string::npos; });
  };
  // Runs of equal score (hits come best first) inside each block: the titled ones first, each run's order otherwise kept.
  for (size_t block = 0; block < hits->size(); block += kTiePool) {
    const auto block_end = hits->begin() + static_cast<std::ptrdiff_t>(std::min(hits->size(), block + kTiePool));
    for (auto begin = hits->begin() + static_cast<std::ptrdiff_t>(block); begin != block_end;) {
      auto end = std::find_if(begin, block_end, [&](const Hit& h) { return h.score != begin->score; });
      std::stable_partition(begin, end, titled);
      begin = end;
    }
  }
}

SearchOptions TiePoolOptions(const SearchOptions& options, const std::vector<std::string>& names) {
  if (names.empty() || options.limit == 0) return options;
  SearchOptions from_first = options;
  from_first.offset = 0;
  const size_t end = options.offset + options.limit;
  from_first.limit = (end + kTiePool - 1) / kTiePool * kTiePool;
  return from_first;
}

void TitledPage(std::vector<Hit>* hits, const std::vector<std::string>& names, const SearchOptions& options) {
  if (!names.empty() && options.limit > 0) {
    TitledFirstAmongTies(hits, names);
    hits->erase(hits->begin(), hits->begin() + static_cast<std::ptrdiff_t>(std::min(options.offset, hits->size())));
  }
  if (hits->size() > options.limit) hits->resize(options.limit);
}

}  // namespace kosearch
