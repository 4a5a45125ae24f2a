// Reading one line of a stream in bounded memory: a line of any length costs
// at most `max_bytes`, so one over-long line in a file of queries or records
// cannot exhaust memory.
// Thread-safety: one stream per thread.
#pragma once

#include <cstddef>
#include <istream>
#include <string>

namespace kosearch {

// Reads the next line of `in` into *line, without its '\n' (a '\r' before it
// is kept, as std::getline does). A line longer than `max_bytes` is read to
// its end but not kept: *line holds its first `max_bytes` bytes and
// *too_long is set. Returns false at the end of the input (no line read).
bool ReadBoundedLine(std::istream& in, size_t max_bytes, std::string* line, bool* too_long);

}  // namespace kosearch
