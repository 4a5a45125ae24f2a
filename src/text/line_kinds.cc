// Line shapes of Korean news bodies: rights notices, credits, prose (see line_kinds.h).
#include "text/line_kinds.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>

#include "text/unicode_text.h"

namespace kosearch::clean {

namespace {

// The formulas of a rights notice, as they read once folded (NFKC, ASCII
// lowercase, spaces removed): "무단 전재-재배포 금지", "무단전재 및 재배포를
// 금지합니다", "AI 학습 및 활용 금지", "All rights reserved".
constexpr std::u32string_view kRightsFormulas[] = {
    U"무단전재", U"재배포금지", U"재배포를금", U"무단복제", U"전재및재배포", U"ai학습", U"allrightsreserved",
};

// A formula followed by one of these is a verb or a noun in a sentence
// ("기사를 무단 전재해 왔다", "재배포 금지하는 조항은"), not a notice.
constexpr std::u32string_view kSentenceAfterFormula = U"해했하한할된돼되당는은이가에의로";

// Marks that make a short line with a formula a notice, and a short line
// without one a credit. "저작권자", "◎" (뉴시스) and "copyright" only mark notices.
constexpr std::string_view kCreditMarks[] = {"©", "ⓒ", "Ⓒ"};
constexpr std::string_view kNoticeOnlyMarks[] = {"◎", "저작권자"};
constexpr std::u32string_view kFoldedNoticeMarks[] = {U"copyright", U"(c)"};

// How bylines end once folded: "홍길동 기자", "워싱턴=김철수 특파원", "(끝)".
constexpr std::u32string_view kBylineEnds[] = {U"기자", U"특파원", U"(끝)", U"<끝>", U"[끝]"};

constexpr size_t kMaxNoticeChars = 200;      // a rights notice is one short line
constexpr size_t kMaxBareNoticeChars = 60;   // ... shorter still without a © or "저작권자"
constexpr size_t kMaxCreditChars = 60;       // "(서울시 제공)© News1", "홍길동 기자 hong@yna.co.kr"
constexpr size_t kMaxBylineChars = 20;       // "워싱턴=김철수 특파원": a name and a title, nothing more
constexpr size_t kMaxTrailingCreditChars = 30;  // "© News1 김기남 기자" at the end of a caption
constexpr size_t kMinProseSyllables = 8;


// NFKC, ASCII letters lowercased, spaces removed: the form formulas are matched in.
std::u32string Fold(std::string_view line) {
  std::u32string folded;
  for (char32_t c : ToU32(AsciiLower(Nfkc(line)))) {
    if (!IsSpaceInLine(c)) folded.push_back(c);
  }
  return folded;
}

bool HasRightsFormula(std::u32string_view folded) {
  for (std::u32string_view formula : kRightsFormulas) {
    for (size_t at = folded.find(formula); at != std::u32string_view::npos; at = folded.find(formula, at + 1)) {
      size_t next = at + formula.size();
      if (next == folded.size() || kSentenceAfterFormula.find(folded[next]) == std::u32string_view::npos) return true;
    }
  }
  return false;
}

bool HasCreditMark(std::string_view line) {
  return std::any_of(std::begin(kCreditMarks), std::end(kCreditMarks),
                     [&](std::string_view m) { return line.find(m) != std::string_view::npos; });
}

bool HasNoticeMark(std::string_view line, std::u32string_view folded) {
  if (HasCreditMark(line)) return true;
  for (std::string_view m : kNoticeOnlyMarks) {
    if (line.find(m) != std::string_view::npos) return true;
  }
  for (std::u32string_view m : kFoldedNoticeMarks) {
    if (folded.find(m) != std::u32string_view::npos) return true;
  }
  return false;
}

// "mon@yna.co.kr": an @ between an ASCII letter or digit and a dotted domain.
bool HasEmail(std::string_view line) {
  for (size_t at = line.find('@'); at != std::string_view::npos; at = line.find('@', at + 1)) {
    if (at == 0 || !std::isalnum(static_cast<unsigned char>(line[at - 1]))) continue;
    size_t end = at + 1;
    while (end < line.size() && (std::isalnum(static_cast<unsigned char>(line[end])) || line[end] == '.' ||
                                 line[end] == '-' || line[end] == '_')) {
      ++end;
    }
    std::string_view domain = line.substr(at + 1, end - at - 1);
    size_t dot = domain.find('.');
    if (dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size()) return true;
  }
  return false;
}

bool EndsWithByline(std::u32string_view folded) {
  return std::any_of(std::begin(kBylineEnds), std::end(kBylineEnds), [&](std::u32string_view end) {
    return folded.size() >= end.size() && folded.substr(folded.size() - end.size()) == end;
  });
}

// Hangul words that end like a sentence: "…했다.", "…인가?", "…했다”." A
// headline ("…밤하늘 수놓는다") has no full stop and is not prose.
bool IsProse(std::u32string_view s) {
  size_t syllables = std::count_if(s.begin(), s.end(), IsHangulSyllable);
  if (syllables < kMinProseSyllables) return false;
  static constexpr std::u32string_view kClosers = U"\"'”’)]」』";
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (!IsHangulSyllable(s[i])) continue;
    size_t j = i + 1;
    while (j < s.size() && kClosers.find(s[j]) != std::u32string_view::npos) ++j;
    if (j < s.size() && (s[j] == U'.' || s[j] == U'?' || s[j] == U'!')) return true;
  }
  return false;
}

}  // namespace

LineKind ClassifyLine(std::string_view line) {
  std::u32string chars = ToU32(line);
  std::u32string_view trimmed = TrimSpaces(chars);
  if (trimmed.empty()) return LineKind::kEmpty;
  size_t length = trimmed.size();
  if (length > kMaxNoticeChars) return IsProse(trimmed) ? LineKind::kProse : LineKind::kOther;
  std::u32string folded = Fold(line);
  if (HasRightsFormula(folded) && (length <= kMaxBareNoticeChars || HasNoticeMark(line, folded))) {
    return LineKind::kFooter;
  }
  if (IsProse(trimmed)) return LineKind::kProse;
  if ((length <= kMaxCreditChars && (HasCreditMark(line) || HasEmail(line))) ||
      (length <= kMaxBylineChars && EndsWithByline(folded))) {
    return LineKind::kCredit;
  }
  return LineKind::kOther;
}

size_t LengthWithoutTrailingCredit(std::string_view line) {
  if (!HasCreditMark(line)) return line.size();  // most lines: find() is fast, rfind() compares at every byte
  size_t mark = std::string_view::npos, mark_size = 0;
  for (std::string_view m : kCreditMarks) {
    size_t at = line.rfind(m);
    if (at != std::string_view::npos && (mark == std::string_view::npos || at > mark)) {
      mark = at;
      mark_size = m.size();
    }
  }
  if (mark == std::string_view::npos) return line.size();
  std::u32string before = ToU32(line.substr(0, mark));
  std::u32string after = ToU32(line.substr(mark + mark_size));
  if (TrimSpaces(before).empty() || after.size() > kMaxTrailingCreditChars || IsProse(after)) return line.size();
  if (HasRightsFormula(Fold(line.substr(mark)))) return line.size();  // a notice, not a credit: not ours to cut
  size_t end = mark;
  while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t')) --end;
  return end;
}

}  // namespace kosearch::clean
