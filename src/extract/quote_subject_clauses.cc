// The subject finder's tests of what stands between a subject and its quote
// (see quote_subjects.h): a clause about something (…에 대해), a reported
// clause (…다고), a clause modifying a noun (…있다는 질문에), words between
// quote marks. A subject before such words is not the quote's speaker.
#include "extract/quote_subjects.h"

#include <algorithm>

#include "extract/quote_marks.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

bool SubjectFinder::ClosesAboutClauseIn(size_t from, size_t end) const {
  for (size_t i = from; i < words_.size() && words_[i].start < end; ++i) {
    if (korean::ClosesAboutClause(Core(i))) return true;
  }
  return false;
}

bool SubjectFinder::ReportedClauseIn(size_t from, size_t end) const {
  for (size_t i = from; i + 1 < words_.size() && words_[i + 1].start < end; ++i) {
    std::u32string_view w = Core(i);
    if (!quoted_[i] && korean::EndsInClauseEnding(w, korean::kReportedClause)) return true;
  }
  return false;
}

bool SubjectFinder::ModifyingClauseIn(size_t from, size_t end) const {
  for (size_t i = from; i + 1 < words_.size() && words_[i + 1].start < end; ++i) {
    if (!quoted_[i] && korean::ModifiesNounAsVerb(i > 0 ? Core(i - 1) : std::u32string_view{}, Core(i))) return true;
  }
  return false;
}

// "르몽드는 '시장은 … 한다'는 제목의 칼럼에서": a word between marks that
// open after `begin` and close before `end` (a title, a term, a question
// put to the speaker) is their text, never the subject, even where the pair
// is not read as a quote.
bool SubjectFinder::InsideMarksBefore(size_t i, size_t begin, size_t end) const {
  size_t close = words_[i].end;
  while (close < text_.size() && QuoteOrTitleOpenFor(text_[close]) == 0) ++close;
  if (close >= text_.size() || close >= end) return false;
  char32_t opening = QuoteOrTitleOpenFor(text_[close]);
  std::u32string_view before = text_.substr(begin, words_[i].start - begin);
  // A straight mark both opens and closes: inside when an odd number of
  // them stand between the sentence's start and the word.
  if (opening == text_[close]) return std::count(before.begin(), before.end(), opening) % 2 == 1;
  size_t open = before.find_last_of(opening);
  return open != std::u32string_view::npos && before.find(text_[close], open) == std::u32string_view::npos;
}

}  // namespace kosearch
