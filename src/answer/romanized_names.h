// Korean names as English news writes them ("Kim Hwang-sik", "Lee Yong-gu",
// the North Korean "Ri Gyong-su"), read against the Hangul names of the
// speakers the index knows (speaker_filter.cc). No database: the caller
// gives the names. Internal header.
#pragma once

#include <string>
#include <vector>

namespace kosearch {

// The speaker terms (XP + key) of the names among `speakers` (Hangul keys)
// that `english` (a romanized surname, then a given name) may be: those of
// its surname whose given name is that romanization, or sounds alike with
// syllables that open alike, the best only. A 리 nothing reads so (a given
// name in McCune-Reischauer): the one 리 the whole name sounds like. Empty
// for a surname no table knows or more than three words.
std::vector<std::string> RomanizedNameSpeakers(const std::string& english, const std::vector<std::string>& speakers);

// The speaker terms (XP + key) of the names among `speakers` (Hangul keys)
// that `english` (one to three capitalized words) spells whole in the
// press's romanizations (PressSpellingCost: "Shin Ji-yai" 신지애, "Seolhyun"
// 설현), those closest to the Revised Romanization first. All are returned:
// the caller decides (two spelled alike are no one by spelling alone).
std::vector<std::string> PressSpelledSpeakers(const std::string& english, const std::vector<std::string>& speakers);

}  // namespace kosearch
