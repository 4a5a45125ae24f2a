// Article: one news article as read from a file, a folder or a JSONL archive.
//
// Plain value type. `body` is the text exactly as given in the input (offsets
// reported by the extractor are Unicode code points into it); the index stores
// a cleaned copy.
#pragma once

#include <string>

namespace kosearch {

struct Article {
  std::string id;      // stable id: the JSONL "id", or derived from the file path
  std::string title;   // may be empty in the input; the reader derives one
  std::string date;    // "YYYY-MM-DD" or empty
  std::string source;  // publisher; empty when unknown (cleaning may fill it)
  std::string url;     // may be empty
  std::string body;    // the article text as given
  std::string origin;  // "file:line" or "file" the article came from, for messages
};

}  // namespace kosearch
