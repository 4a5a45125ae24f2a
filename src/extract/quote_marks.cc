// Quote marks (see quote_marks.h): which characters are marks, pairing them
// within a paragraph or a line in one linear pass, the end of a quote left
// open, and where sentences start around the pairs. Whether a pair is speech
// is quote_speech.cc's; headline statements and cited quotes are
// quote_headlines.cc's.
#include "extract/quote_marks.h"

#include <algorithm>
#include <utility>

#include "extract/people.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

bool IsDoubleQuote(char32_t c) {
  switch (c) {
    case U'"': case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0xFF02:
    case 0x301D: case 0x301E: case 0x301F:
      return true;
    default:
      return false;
  }
}
bool HasQuoteMark(std::u32string_view text, size_t limit) {
  return std::any_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(std::min(limit, text.size())),
                     [](char32_t c) { return IsDoubleQuote(c) || c == U'\'' || c == 0x2018 || c == 0x2019; });
}
bool IsCloseMark(char32_t c) {
  return c == U'\'' || c == 0x2019 || c == 0x300D || c == 0x300F || c == U'>' || c == 0x300B || c == U')';
}
char32_t OpenMarkFor(char32_t close) {
  switch (close) {
    case 0x2019: return 0x2018;
    case 0x300D: return 0x300C;
    case 0x300F: return 0x300E;
    case U'>': return U'<';
    case 0x300B: return 0x300A;
    case U')': return U'(';
    default: return close;
  }
}

size_t SkipSpaces(std::u32string_view text, size_t at, size_t limit) {
  while (at < limit && IsSpaceInLine(text[at])) ++at;
  return at;
}

size_t SkipSpacesBack(std::u32string_view text, size_t at) {
  while (at > 0 && IsSpaceInLine(text[at - 1])) --at;
  return at;
}

bool EndsLineAt(std::u32string_view text, size_t a, size_t limit) {
  auto line_ends = [&](size_t at) { return at >= limit || text[at] == U'\n'; };
  return line_ends(SkipSpaces(text, a, limit)) ||
         (a < limit && (text[a] == U',' || text[a] == U'.') && line_ends(SkipSpaces(text, a + 1, limit)));
}

std::u32string_view QuotedWords(std::u32string_view text, const QuotePair& p) {
  std::u32string_view inside = text.substr(p.open + 1, p.close - p.open - 1);
  while (!inside.empty() && (std::u32string_view(U".!?,…").find(inside.back()) != std::u32string_view::npos ||
                             IsSpaceInLine(inside.back()))) {
    inside.remove_suffix(1);
  }
  return inside;
}

// A sentence of two words or more ending as Korean sentences end (다, 요,
// 냐, an imperative 달라): not a name or a title ("쥬광덕 트리오").
bool LooksLikeSentence(std::u32string_view inside) {
  if (inside.find(U' ') == std::u32string_view::npos || inside.empty()) return false;
  // (or as talk ends, by the lexicon's endings of utterances: …말라, …보시라, …잖아, …거야)
  return std::u32string_view(U"다요죠까냐").find(inside.back()) != std::u32string_view::npos ||
         korean::EndsLikeTalk(inside.substr(inside.rfind(U' ') + 1));
}

namespace {

constexpr size_t kMaxQuote = 3000;  // longer "quotes" are mispaired marks
constexpr char32_t kLeftDouble = 0x201C, kRightDouble = 0x201D;

// A mark written as quotes open: after a space or the line start, before a
// letter (`그러면서, "국익을`), or a “.
bool OpeningShaped(std::u32string_view text, size_t i, size_t limit) {
  if (text[i] == kLeftDouble) return true;
  bool space_before = i == 0 || IsSpaceInLine(text[i - 1]) || text[i - 1] == U'\n';
  return space_before && i + 1 < limit && (IsHangulSyllable(text[i + 1]) || IsAsciiAlnum(text[i + 1]));
}

// The paragraph's first mark closes a quote opened before the text (a
// sentence cut out of its article: `…해낼 것이다”며 “…”고 당부했다`): a ”
// glued to the word before it, or opening the text, whose next mark is a “;
// or a straight mark glued to the word before it and followed by a
// quotative ending (`…것이다"며 "…`).
bool ClosesEarlierQuote(std::u32string_view text, size_t i, size_t limit) {
  // (a ” after a space may open a quote, in texts that mix marks: `질문에 ”…“라고`)
  if (text[i] == kRightDouble && (i == 0 || !IsSpaceInLine(text[i - 1]))) {
    size_t next = i + 1;
    while (next < limit && text[next] != U'\n' && !IsDoubleQuote(text[next])) ++next;
    return next < limit && text[next] == kLeftDouble;
  }
  return text[i] == U'"' && i > 0 && IsHangulSyllable(text[i - 1]) &&
         SpeechEnding(text.substr(i + 1, std::min<size_t>(24, limit - i - 1)));
}

}  // namespace

// Pairs double marks within a paragraph; an odd mark at its end is dropped,
// except a “ left open at a line break, which a ” on a later line closes
// (a quote of several paragraphs); any other mark there opens a new pair.
// A quote left open (UnclosedQuoteEnd) ends before its quotative ending: at
// the paragraph's end, or where the next mark opens another quote.
std::vector<QuotePair> PairDoubleMarks(std::u32string_view text, size_t limit) {
  std::vector<QuotePair> pairs;
  size_t open = std::u32string_view::npos;
  bool crossed_line = false;
  bool paragraph_start = true;  // no double mark yet in this paragraph
  // Only a mark written as quotes open: `."다음` may as well close one, but
  // not when a whole sentence and 라고 with a verb of saying follow it
  // (`밝혔다."국회의원들은 …않았다라고 장관이 말했다`; not the 다고 of reported words).
  auto close_unclosed = [&](size_t to) {
    size_t end = std::u32string_view::npos;
    if (OpeningShaped(text, open, limit)) {
      end = UnclosedQuoteEnd(text, open + 1, to);
    } else if (open > 0 && std::u32string_view(U".!?").find(text[open - 1]) != std::u32string_view::npos &&
               open + 1 < limit && IsHangulSyllable(text[open + 1])) {
      end = UnclosedQuoteEnd(text, open + 1, to);
      if (end != std::u32string_view::npos && !(text[end] == U'라' && text[end - 1] == U'다')) end = std::u32string_view::npos;
    }
    if (end != std::u32string_view::npos) pairs.push_back({open, end, true, false, true});
    return end != std::u32string_view::npos;
  };
  for (size_t i = 0; i < limit; ++i) {
    if (text[i] == U'\n' && open != std::u32string_view::npos) {
      if (text[open] == kLeftDouble) crossed_line = true;
      else close_unclosed(i), open = std::u32string_view::npos;
    }
    if (text[i] == U'\n') paragraph_start = true;
    if (!IsDoubleQuote(text[i])) continue;
    bool first = std::exchange(paragraph_start, false);
    if (first && open == std::u32string_view::npos && ClosesEarlierQuote(text, i, limit)) {
      size_t paragraph = i;
      while (paragraph > 0 && text[paragraph - 1] != U'\n') --paragraph;
      QuotePair earlier{paragraph, i};
      earlier.began_before = true;
      pairs.push_back(earlier);
      continue;
    }
    bool closes = open != std::u32string_view::npos && i - open <= kMaxQuote && (!crossed_line || text[i] == kRightDouble);
    // `"…없다고 이야기하였다. 그러면서, "국익을`: the mark opens the next quote.
    if (closes && OpeningShaped(text, i, limit) && close_unclosed(i)) closes = false;
    if (!closes) {
      open = i, crossed_line = false;
      continue;
    }
    if (i > open + 1) pairs.push_back({open, i, false, false});
    open = std::u32string_view::npos, crossed_line = false;
  }
  if (open != std::u32string_view::npos && !crossed_line) close_unclosed(limit);
  return pairs;
}

// Pairs single marks ‘…’ and '…' within a line. A straight ' opens only
// after a space, punctuation or the line start (not the apostrophe of don't).
std::vector<QuotePair> PairSingleMarks(std::u32string_view text, size_t limit) {
  std::vector<QuotePair> pairs;
  size_t open = std::u32string_view::npos;
  for (size_t i = 0; i < limit; ++i) {
    char32_t c = text[i];
    if (c == U'\n') open = std::u32string_view::npos;
    if (c == 0x2018 || (c == U'\'' && open == std::u32string_view::npos)) {
      bool after_letter = i > 0 && (IsAsciiAlpha(text[i - 1]) || IsAsciiDigit(text[i - 1]));
      if (c == 0x2018 || !after_letter) open = i;
      continue;
    }
    if ((c == 0x2019 || c == U'\'') && open != std::u32string_view::npos && i > open + 1 && !IsSpaceInLine(text[i - 1])) {
      pairs.push_back({open, i, false, true});
      open = std::u32string_view::npos;
    }
  }
  return pairs;
}

size_t UnclosedQuoteEnd(std::u32string_view text, size_t from, size_t to) {
  to = std::min(to, text.size());
  for (size_t p = from + 4; p + 2 < to; ++p) {
    if (text[p] == U'\n' || IsDoubleQuote(text[p])) break;
    bool ra_go = text[p] == U'라' && text[p + 1] == U'고' && IsHangulSyllable(text[p - 1]);
    bool da_go = text[p] == U'고' && text[p - 1] == U'다';
    if ((!ra_go && !da_go) || !IsSpaceInLine(text[p + (ra_go ? 2 : 1)])) continue;
    // The verb of saying within four words, before the sentence ends.
    size_t at = p + (ra_go ? 2 : 1);
    for (int word = 0; word < 4 && at < to; ++word) {
      at = SkipSpaces(text, at, to);
      if (at >= to) break;
      if (korean::StartsWithSayingVerb(text.substr(at, to - at))) return p;
      while (at < to && !IsSpaceInLine(text[at]) && std::u32string_view(U"\n.,\"“”").find(text[at]) == std::u32string_view::npos) ++at;
      if (at < to && !IsSpaceInLine(text[at])) break;
    }
  }
  return std::u32string_view::npos;
}

std::vector<size_t> SentenceStarts(std::u32string_view text, size_t limit, const std::vector<QuotePair>& pairs) {
  std::vector<size_t> starts{0};
  size_t next_pair = 0;
  for (size_t i = 0; i < limit; ++i) {
    while (next_pair < pairs.size() && pairs[next_pair].close < i) ++next_pair;
    if (next_pair < pairs.size() && pairs[next_pair].open == i) {
      i = pairs[next_pair].close;
      // The words after a quote begun before the text are a sentence of their own.
      if (pairs[next_pair].began_before && starts.back() != i + 1) starts.push_back(i + 1);
      continue;
    }
    char32_t c = text[i];
    // "밝혔다."국회의원들은…: a quote opening right after the full stop starts a sentence too.
    bool quote_next = next_pair < pairs.size() && pairs[next_pair].open == i + 1;
    bool end = c == U'\n' || ((c == U'.' || c == U'!' || c == U'?' || c == 0x3002) &&
                               (i + 1 >= limit || IsSpaceInLine(text[i + 1]) || text[i + 1] == U'\n' || quote_next));
    if (end && starts.back() != i + 1) starts.push_back(i + 1);
  }
  return starts;
}

std::vector<std::pair<size_t, size_t>> DoubleQuoteSpans(std::u32string_view text, size_t limit,
                                                        const std::vector<QuotePair>& pairs) {
  std::vector<std::pair<size_t, size_t>> spans;
  if (limit >= text.size()) {
    for (const QuotePair& p : pairs) {
      if (!p.single) spans.emplace_back(p.open, p.close);
    }
  } else {
    for (const QuotePair& p : PairDoubleMarks(text, text.size())) spans.emplace_back(p.open, p.close);
  }
  return spans;
}

}  // namespace kosearch
