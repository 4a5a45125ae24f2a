// The lexicon's knowledge as context for the NER tagger (ner_features.cc):
// what a word's stem is by the tables of text/korean_lexicon.h (a title, an
// organization's head noun, a government body, an affiliation noun, a verb
// of saying). The tagger learns what each class says about the words
// around it ("장관" after a name, "말했다" after a speaker), so a title or
// body the training data never showed still counts as one.
#include "extract/ner_text.h"
#include "text/korean_lexicon.h"

namespace kosearch {

int NerLexiconClass(std::u32string_view stem, std::u32string_view word) {
  using namespace korean;
  if (stem.empty()) return kNerLexNone;
  if (IsTitleWord(stem)) return kNerLexTitle;
  if (IsGovernmentBody(stem)) return kNerLexGovernment;
  if (IsOrganizationHead(stem)) return kNerLexOrgHead;
  if (IsAffiliationNoun(stem)) return kNerLexAffiliation;
  if (stem.size() >= 3 && EndsInOrganizationHead(stem)) return kNerLexEndsInOrgHead;
  if (StartsWithSayingVerb(word)) return kNerLexSaying;
  return kNerLexNone;
}

}  // namespace kosearch
