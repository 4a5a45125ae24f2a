// Quoted phrases and filters in a question (see question_grammar.h): what
// narrows the answer is taken out before the grammar reads the words.
#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <utility>

#include "answer/question_grammar.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Fields of the query language a question may carry as filters.
constexpr std::array<std::string_view, 9> kFilterFields = {"source", "date", "speaker", "org", "person",
                                                         "title", "kind", "id", "amount"};

constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",   "may",      "june",
                                                      "july",    "august",   "september", "october", "november", "december"};

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

bool IsYear(std::string_view s) { return s.size() == 4 && IsDigits(s) && (s[0] == '1' || s[0] == '2'); }

std::string TwoDigits(int n) {
  std::string digits = std::to_string(n);
  if (digits.size() < 2) digits.insert(digits.begin(), '0');
  return digits;
}

// 1-12 for an English month name (or its first three letters), else 0.
int MonthNumber(std::string word) {
  word = AsciiLower(word);
  while (!word.empty() && (word.back() == ',' || word.back() == '.')) word.pop_back();
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (word == kMonths[i] || (word.size() == 3 && kMonths[i].compare(0, 3, word) == 0)) return static_cast<int>(i) + 1;
  }
  return 0;
}

// "2013년", "2013년에", "2013년의" → 2013; "9월", "9월에", "9월에," → 9 (with `unit` 월); else 0.
int KoreanDatePart(const std::string& word, std::string_view unit) {
  size_t at = word.find(unit);
  std::string_view number = std::string_view(word).substr(0, std::min(at, word.size()));
  if (at == std::string::npos || !IsDigits(number) || (unit == "년" && !IsYear(number)) || number.size() > 4) return 0;
  std::string_view tail = std::string_view(word).substr(at + unit.size());
  // A comma may close the clause the date opens ("2019년 3월에, …"): the caller keeps it.
  if (tail.ends_with(',')) tail.remove_suffix(1);
  for (std::string_view ok : {"", "에", "에는", "의", "엔", "쯤", "께"}) {
    if (tail == ok) return std::stoi(word.substr(0, at));
  }
  return 0;
}

// "2018-05-01~2018-05-31" (parentheses taken off) → "date:2018-05-01..2018-05-31".
std::string DateRange(std::string_view w) {
  for (std::string_view sep : {"~", "..", "–"}) {
    size_t at = w.find(sep);
    if (at == std::string_view::npos) continue;
    std::string_view a = w.substr(0, at), b = w.substr(at + sep.size());
    auto date_like = [](std::string_view d) { return d.size() >= 4 && IsYear(d.substr(0, 4)); };
    if (date_like(a) && date_like(b)) return "date:" + std::string(a) + ".." + std::string(b);
  }
  return "";
}

// Dates written in words, at words[i]: the filter and how many words it spans.
std::pair<std::string, size_t> DateAt(const std::vector<std::string>& words, size_t i) {
  const std::string lower = AsciiLower(words[i]);
  auto word = [&](size_t k) { return k < words.size() ? words[k] : std::string(); };
  size_t k = i;
  bool preposition = lower == "in" || lower == "during" || lower == "on" || lower == "from";
  if (preposition) ++k;
  if (int month = MonthNumber(word(k))) {  // "March 2020", "March 5, 2020"
    size_t y = k + 1;
    if (IsDigits(word(y).substr(0, word(y).find(','))) && !IsYear(word(y))) ++y;
    std::string year = word(y);
    while (!year.empty() && !std::isdigit(static_cast<unsigned char>(year.back()))) year.pop_back();
    if (IsYear(year)) return {"date:" + year + "-" + TwoDigits(month), y + 1 - i};
  }
  std::string year = word(k);
  while (!year.empty() && (year.back() == ',' || year.back() == '.')) year.pop_back();
  if (preposition && IsYear(year)) return {"date:" + year, k + 1 - i};
  if (int y = KoreanDatePart(words[i], "년")) {
    if (int m = KoreanDatePart(word(i + 1), "월")) return {"date:" + std::to_string(y) + "-" + TwoDigits(m), 2};
    return {"date:" + std::to_string(y), 1};
  }
  return {"", 0};
}

// The filter a word is, when it is one ("source:kowikinews", "(2018-05-01~2018-05-31)").
std::string FieldFilter(const std::string& word) {
  std::string w = word;
  if (w.size() > 2 && w.front() == '(' && w.back() == ')') w = w.substr(1, w.size() - 2);
  if (std::string range = DateRange(w); !range.empty()) return range;
  size_t colon = w.find(':');
  if (colon == std::string::npos || colon + 1 == w.size()) return "";
  const std::string field = AsciiLower(w.substr(0, colon));
  for (std::string_view f : kFilterFields) {
    if (field == f) return field + w.substr(colon);
  }
  return "";
}

bool IsOpeningMark(std::string_view s) { return s == "'" || s == "\"" || s == "‘" || s == "“" || s == "「"; }

// The closing mark that pairs with `open`.
std::vector<std::string_view> ClosingMarks(std::string_view open) {
  if (open == "'" || open == "‘") return {"'", "’"};
  if (open == "「") return {"」"};
  return {"\"", "”"};
}

// The UTF-8 character at byte `i` of `s`.
std::string_view CharAt(std::string_view s, size_t i) {
  size_t n = 1;
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c >= 0xF0) n = 4;
  else if (c >= 0xE0) n = 3;
  else if (c >= 0xC0) n = 2;
  return s.substr(i, std::min(n, s.size() - i));
}

// Takes out quoted phrases: a mark that opens at the start or after a space
// or parenthesis (an English apostrophe inside a word never opens one).
// Each phrase's bytes [first, last) in the text returned go to `spans`.
std::string TakePhrases(const std::string& text, std::vector<std::string>* phrases, std::vector<std::pair<size_t, size_t>>* spans) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    std::string_view mark = CharAt(text, i);
    bool opens = IsOpeningMark(mark) && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '(');
    size_t close = std::string::npos, close_len = 0;
    if (opens) {
      for (std::string_view c : ClosingMarks(mark)) {
        size_t at = text.find(c, i + mark.size());
        if (at != std::string::npos && at < close) { close = at; close_len = c.size(); }
      }
    }
    if (close == std::string::npos || close == i + mark.size()) {
      out += mark;
      i += mark.size();
      continue;
    }
    std::string phrase = text.substr(i + mark.size(), close - i - mark.size());
    phrases->push_back(phrase);
    spans->emplace_back(out.size(), out.size() + phrase.size());
    out += phrase;
    i = close + close_len;
  }
  return out;
}

// Whether each space-separated word of `text` holds a byte of some span.
std::vector<bool> WordsInSpans(const std::string& text, const std::vector<std::pair<size_t, size_t>>& spans) {
  std::vector<bool> out;
  for (size_t at = 0; at < text.size();) {
    const size_t end = std::min(text.find(' ', at), text.size());
    if (end > at) {
      out.push_back(std::any_of(spans.begin(), spans.end(), [&](const auto& s) { return s.first < end && at < s.second; }));
    }
    at = end + 1;
  }
  return out;
}

}  // namespace

std::string JoinWords(const std::vector<std::string>& words, size_t first, size_t last) {
  std::string out;
  for (size_t i = first; i < last && i < words.size(); ++i) out += (out.empty() ? "" : " ") + words[i];
  return out;
}


QuestionText TakeFiltersAndPhrases(const std::string& text) {
  QuestionText q;
  std::vector<std::pair<size_t, size_t>> spans;
  const std::string unmarked = TakePhrases(text, &q.phrases, &spans);
  const std::vector<std::string> words = SplitSpaces(unmarked);
  const std::vector<bool> in_phrase = WordsInSpans(unmarked, spans);
  std::vector<std::string> kept;
  // A comma left alone below ("…, in 2020, what …") joins the word before it: so does its mark.
  const auto keep = [&](std::string word, bool quoted) {
    if (!kept.empty() && word.starts_with(",")) {
      q.quoted_words.back() = q.quoted_words.back() || quoted;
    } else {
      q.quoted_words.push_back(quoted);
    }
    kept.push_back(std::move(word));
  };
  for (size_t i = 0; i < words.size();) {
    if (std::string f = FieldFilter(words[i]); !f.empty()) {
      q.filters.push_back(f);
      ++i;
      continue;
    }
    auto [date, span] = DateAt(words, i);
    if (span > 0) {
      q.filters.push_back(date);
      // "in March 2020," keeps the comma that may end a clause.
      if (words[i + span - 1].back() == ',') keep(",", false);
      i += span;
      continue;
    }
    keep(words[i], in_phrase[i]);
    ++i;
  }
  q.rest = JoinWords(kept, 0, kept.size());
  // A comma left alone ("…, in 2020, what …") joins the word before it.
  for (size_t at; (at = q.rest.find(" ,")) != std::string::npos;) q.rest.erase(at, 1);
  return q;
}

}  // namespace kosearch
