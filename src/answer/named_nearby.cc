// The last fallback of a question whose speaker has no quote of their own
// and no unnamed quote in the articles that name all of the speaker's words
// (answer.cc): the articles that name any of the speaker's names. A quote
// the extractor left without a speaker there, about the topic, may be
// theirs; it is offered as such, never as their words. Here too: what a
// word of a speaker phrase is (a name, a title, a side, someone of the
// name's), the one test of "this word names someone" the answer steps share.
#include <algorithm>
#include <cctype>

#include "answer/answer_steps.h"
#include "answer/speaker_filter.h"
#include "extract/speaker_words.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

SpeakerWord KindOfSpeakerWord(const std::string& word) {
  if (IsLatin(word)) {
    const std::string lower = AsciiLower(word);
    const auto titles = korean::EnglishTitleEndings();
    const bool title = std::any_of(titles.begin(), titles.end(), [&](const korean::EnglishTitleEnding& t) { return t.english == lower; });
    return title || std::islower(static_cast<unsigned char>(word[0])) ? SpeakerWord::kTitle : SpeakerWord::kName;
  }
  const std::u32string u = ToU32(word);
  if (IsSideNoun(u)) return SpeakerWord::kSide;
  if (IsRoleNoun(u) || korean::IsAffiliationNoun(u)) return SpeakerWord::kRelation;
  return korean::IsTitleWord(u) ? SpeakerWord::kTitle : SpeakerWord::kName;
}

bool NamesSomeone(const std::string& word) {
  const std::u32string w = ToU32(word);
  if (CountHangulSyllables(w) < 2 || !AllHangulSyllables(w)) return false;
  return KindOfSpeakerWord(word) == SpeakerWord::kName && !korean::EndsLikeOfficial(w) && !korean::IsGovernmentBody(w);
}

std::vector<std::string> KoreanNamesAsked(const std::string& asked) {
  std::vector<std::string> names;
  for (const auto& w : SplitSpaces(asked)) {
    if (NamesSomeone(w)) AddUnique(names, w);
  }
  return names;
}

std::vector<std::string> SpeakerNamesAsked(const std::string& asked, ArchiveReader& archive) {
  if (IsLatin(asked)) return RomanizedKoreanNames(asked, archive);  // "Kim Jong-kook" → 김종국, when the index knows them
  return KoreanNamesAsked(asked);
}

SpeakerFilter NamedAnywhere(const std::string& asked, const SpeakerFilter& speaker, ArchiveReader& archive) {
  SpeakerFilter relaxed = speaker;
  relaxed.named_in_articles = Xapian::Query();
  relaxed.sounded_name.clear();
  if (!speaker.unknown) return relaxed;
  std::vector<Xapian::Query> any;
  for (const auto& name : SpeakerNamesAsked(asked, archive)) {
    Xapian::Query q = archive.TextQuery(name, nullptr);
    if (!q.empty()) any.push_back(q);
  }
  if (any.empty()) return relaxed;
  relaxed.named_in_articles = Xapian::Query(Xapian::Query::OP_OR, any.begin(), any.end());
  // Only a quote that says the topic itself: any word of a name is in many articles.
  relaxed.described_only = true;
  return relaxed;
}

}  // namespace kosearch
