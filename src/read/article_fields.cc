// Article field checks (see article_fields.h).
#include "read/article_fields.h"

#include <chrono>
#include <cstdio>
#include <regex>

#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Longer strings are no date (and std::regex recursion stays shallow).
constexpr size_t kMaxDateBytes = 64;


// Year, month, day (month or day "" when not given) if they make a date.
std::optional<std::string> FormatDate(const std::string& y, const std::string& m, const std::string& d) {
  const int year = std::stoi(y);
  const unsigned month = m.empty() ? 0 : std::stoul(m), day = d.empty() ? 0 : std::stoul(d);
  char buf[40];
  if (year < 1000 || (!m.empty() && (month < 1 || month > 12))) return std::nullopt;
  if (m.empty()) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (d.empty()) {
    std::snprintf(buf, sizeof buf, "%04d-%02u", year, month);
  } else if (std::chrono::year_month_day{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}}.ok()) {
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year, month, day);
  } else {
    return std::nullopt;
  }
  return std::string(buf);
}

}  // namespace

std::optional<std::string> NormalizeDate(std::string_view raw) {
  if (raw.size() > 4 * kMaxDateBytes || !IsValidUtf8(raw)) return std::nullopt;
  const std::string s = std::string(Trim(Nfkc(raw)));
  if (s.empty()) return "";
  if (s.size() > kMaxDateBytes) return std::nullopt;
  // 2024-03-05, 2024.3.5., 2024. 3. 5, 2024/03/05, each with an optional
  // ISO time and zone (T or space, hh:mm[:ss[.fff]], Z or ±hh[:mm]).
  static const std::regex numeric(
      R"(^(\d{4})(?:\s*[-./]\s*(\d{1,2})(?:\s*[-./]\s*(\d{1,2}))?)?\.?)"
      R"((?:(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$)");
  static const std::regex compact(R"(^(\d{4})(\d{2})(\d{2})$)");
  // 2024년 3월 5일, 2024년 3월 5일 (화), 2024년 3월 5일 화요일, 2024년 3월, 2024년
  static const std::regex korean(
      "^(\\d{4})\\s*년(?:\\s*(\\d{1,2})\\s*월(?:\\s*(\\d{1,2})\\s*일)?)?"
      "(?:\\s*\\(?(?:월|화|수|목|금|토|일)(?:요일)?\\)?)?$");
  std::smatch m;
  if (std::regex_match(s, m, numeric) || std::regex_match(s, m, compact) || std::regex_match(s, m, korean)) {
    return FormatDate(m[1].str(), m[2].str(), m[3].str());
  }
  return std::nullopt;
}

size_t CutTitle(std::string* title) {
  if (title->size() <= kMaxTitleChars) return 0;  // fewer bytes than the limit in characters
  const size_t chars = CodePointCount(*title);
  if (chars <= kMaxTitleChars) return 0;
  size_t pos = 0;
  for (size_t n = 0; n < kMaxTitleChars && pos < title->size(); ++n) {
    ++pos;
    while (pos < title->size() && (static_cast<unsigned char>((*title)[pos]) & 0xC0) == 0x80) ++pos;
  }
  title->resize(pos);
  return chars;
}

std::string FieldLengthProblem(const std::string& id, const std::string& source, const std::string& url) {
  auto check = [](const char* name, const std::string& v, size_t limit) -> std::string {
    if (v.size() <= limit) return "";
    return std::string("\"") + name + "\" too long: " + std::to_string(v.size()) + " bytes (limit " +
           std::to_string(limit) + ")";
  };
  std::string why = check("id", id, kMaxIdBytes);
  if (why.empty()) why = check("source", source, kMaxSourceBytes);
  if (why.empty()) why = check("url", url, kMaxUrlBytes);
  return why;
}

std::string ForMessage(std::string_view s, size_t max_chars) {
  std::string out;
  size_t chars = 0, i = 0;
  for (; i < s.size() && chars < max_chars; ++chars) {
    size_t len = 1;
    while (i + len < s.size() && (static_cast<unsigned char>(s[i + len]) & 0xC0) == 0x80) ++len;
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (len == 1 && (c < 0x20 || c == 0x7F)) out.push_back(' ');
    else out.append(s.substr(i, len));
    i += len;
  }
  if (i < s.size()) out += "…";
  return out;
}

}  // namespace kosearch
