// Reading articles from the inputs a user names: .txt files, folders
// (recursively: their .txt and .jsonl files), JSONL archives, and "-" for
// standard input (JSONL when it starts with '{', else one plain-text article).
//
// Ids are stable: a JSONL record's "id" (or "<file stem>-<line>" when it has
// none), a text file's name without extension, "stdin-<hash>" for text on
// standard input. A text file whose first line is short and has no sentence
// end is taken as title + body; otherwise the title comes from the first
// sentence. Bad records (and text files or JSONL lines over 16 MiB) are
// reported and skipped; reading goes on. A JSONL record's date is normalised
// to YYYY-MM-DD (see IndexWriter::Add for the forms read); an unreadable one
// is reported and dropped, a title over 1000 characters reported and cut,
// and the article still passed on. An integer "id" becomes its decimal text.
// Thread-safety: no shared state; one ReadArticles call per thread.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "kosearch/article.h"
#include "kosearch/status.h"

namespace kosearch {

// Called for each good article. Return false to stop reading.
using ArticleSink = std::function<bool(Article&&)>;
// Called for each bad record or unreadable input with one line: "file:line: reason".
using ErrorSink = std::function<void(const std::string&)>;

// Reads every input in order. Fails (NotFound / IOError) only when an input
// path does not exist or cannot be opened; record-level problems go to
// `on_error` and reading continues.
Status ReadArticles(const std::vector<std::string>& inputs, const ArticleSink& on_article, const ErrorSink& on_error);

// Total size in bytes of the files the inputs name (0 for "-"), for progress.
uint64_t InputBytes(const std::vector<std::string>& inputs);

// Checks that every input exists and is readable, without reading it.
Status CheckInputs(const std::vector<std::string>& inputs);

}  // namespace kosearch
