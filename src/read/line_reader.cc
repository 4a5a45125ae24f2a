// Bounded line reading (see include/kosearch/line_reader.h).
#include "kosearch/line_reader.h"

namespace kosearch {

bool ReadBoundedLine(std::istream& in, size_t max_bytes, std::string* line, bool* too_long) {
  line->clear();
  *too_long = false;
  std::streambuf* buf = in.rdbuf();
  if (buf == nullptr) return false;
  bool any = false;
  for (int c; (c = buf->sbumpc()) != std::char_traits<char>::eof();) {
    any = true;
    if (c == '\n') return true;
    if (line->size() < max_bytes) line->push_back(static_cast<char>(c));
    else *too_long = true;
  }
  return any;
}

}  // namespace kosearch
