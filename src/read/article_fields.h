// Checks and normalises an article's short fields before indexing: its date
// (one of the readable forms → "YYYY-MM-DD", "YYYY-MM" or "YYYY") and the
// length of its title, id, source and url. The reader uses it to report what
// it changed; IndexWriter::Add applies it to whatever it is given.
// Internal header.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kosearch {

// A longer title is cut to this many characters (code points) at a character
// boundary: a title is shown in every hit, and analysing it costs time and
// memory in proportion (README "Limits").
inline constexpr size_t kMaxTitleChars = 1000;
// Longer ids, sources and urls are refused (they are stored with every quote).
inline constexpr size_t kMaxIdBytes = 1024;
inline constexpr size_t kMaxSourceBytes = 1024;
inline constexpr size_t kMaxUrlBytes = 8192;

// The date `raw` says, after NFKC and trimming: "" for an empty date,
// "YYYY-MM-DD" (or "YYYY-MM", "YYYY" when that is all it gives) for
// 2024-03-05, 2024.3.5, 2024. 3. 5., 2024/03/05, 20240305, 2024년 3월 5일
// (with an optional weekday), or an ISO date-time (2024-03-05T09:30:00+09:00,
// taken as the date written, whatever the zone); std::nullopt when it is
// none of these or not a calendar date (2024-02-30).
std::optional<std::string> NormalizeDate(std::string_view raw);

// Cuts *title to kMaxTitleChars code points; returns its length in code
// points before the cut when it was cut, 0 when it was short enough.
size_t CutTitle(std::string* title);

// An empty string when id, source and url are within their limits, else the
// reason ("\"url\" too long: 9000 bytes (limit 8192)").
std::string FieldLengthProblem(const std::string& id, const std::string& source, const std::string& url);

// `s` fit for a one-line message: control characters as spaces, cut to
// `max_chars` code points with "…" (s must be valid UTF-8).
std::string ForMessage(std::string_view s, size_t max_chars = 60);

}  // namespace kosearch
