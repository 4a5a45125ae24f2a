// Quotes of the articles whose title names the speaker (answer.cc): an
// article is about whom its headline names, so among quotes the topic ranks
// alike (none saying it, or no topic asked) those come first. Done on the
// hits a question's one match brings (their stored documents carry the
// title): no look-up more, local or remote.
#include <algorithm>

#include "answer/answer_steps.h"
#include "answer/speaker_filter.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

bool HasHangul(const std::string& s) {
  const std::u32string u = ToU32(s);
  return std::any_of(u.begin(), u.end(), [](char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; });
}

}  // namespace

std::vector<std::string> NamesForTitles(const std::string& asked, const SpeakerFilter& speaker) {
  std::vector<std::string> names;
  if (speaker.filter.empty() || speaker.unknown) return names;
  // The names asked without their titles (김민수 의원 → 김민수): a resolution keys them with it.
  if (!IsLatin(asked)) names = KoreanNamesAsked(asked);
  for (const auto& e : speaker.expansions) {
    if (HasHangul(e) && e.find(' ') == std::string::npos) AddUnique(names, e);
  }
  return names;
}

void TitledFirstAmongTies(std::vector<Hit>* hits, const std::vector<std::string>& names) {
  if (names.empty()) return;
  auto titled = [&](const Hit& h) {
    return std::any_of(names.begin(), names.end(), [&](const std::string& n) { return h.title.find(n) != std::string::npos; });
  };
  // Runs of equal score (hits come best first): the titled ones first, each run's order otherwise kept.
  for (auto begin = hits->begin(); begin != hits->end();) {
    auto end = std::find_if(begin, hits->end(), [&](const Hit& h) { return h.score != begin->score; });
    std::stable_partition(begin, end, titled);
    begin = end;
  }
}

}  // namespace kosearch
