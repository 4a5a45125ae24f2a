// The last fallback of a question whose speaker has no quote of their own
// and no unnamed quote in the articles that name all of the speaker's words
// (answer.cc): the articles that name any of the speaker's names. A quote
// the extractor left without a speaker there, about the topic, may be
// theirs; it is offered as such, never as their words.
#include <cctype>

#include "answer/answer_steps.h"
#include "answer/speaker_filter.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// A word of a Korean speaker that names someone: Hangul, two syllables or
// more, neither a title (부사장, 관계자) nor a word for whose side it is
// (측, 소속사): those are anyone's.
bool NamesSomeone(const std::string& word) {
  const std::u32string w = ToU32(word);
  if (CountHangulSyllables(w) < 2 || !AllHangulSyllables(w)) return false;
  return !korean::IsTitleWord(w) && !korean::IsAffiliationNoun(w) && !korean::EndsLikeOfficial(w) && !korean::IsGovernmentBody(w);
}

}  // namespace

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
