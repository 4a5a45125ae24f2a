// Reading articles from the inputs a user names: .txt files, folders
// (recursively: their .txt and .jsonl files), JSONL archives, and "-" for
// standard input (JSONL when it starts with '{', else one plain-text article;
// a named pipe or /dev/fd/N is read the same way).
//
// Ids are stable: a JSONL record's "id" (or "<file stem>-<line>" when it has
// none), a text file's name without extension, "stdin-<hash>" for text on
// standard input or another stream ("<stdin>-<line>" for its JSONL records
// without "id"). A text file whose first line is short and has no sentence
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

struct ReadOptions {
  // In a folder input, follow a symlink to a file outside that folder.
  // Default: false, the link is skipped with a message (an input named
  // explicitly is always followed).
  bool follow_symlinks = false;
};

// Reads every input in order. Fails (NotFound / IOError) only when an input
// path does not exist or cannot be opened; record-level problems go to
// `on_error` and reading continues. Inside a folder, a symlink loop, a broken
// symlink, a named pipe or (see ReadOptions) a symlink out of the folder is
// one message and skipped. A named pipe, /dev/fd/N (`<(…)`) or another
// non-regular file named explicitly is read once, as a stream, like "-".
Status ReadArticles(const std::vector<std::string>& inputs, const ArticleSink& on_article, const ErrorSink& on_error);
Status ReadArticles(const std::vector<std::string>& inputs, const ReadOptions& options, const ArticleSink& on_article,
                    const ErrorSink& on_error);

// Total size in bytes of the files the inputs name (0 for "-"), for progress.
uint64_t InputBytes(const std::vector<std::string>& inputs);

// Checks that every input exists and is readable, without reading it (a
// named pipe is not even opened: that would lose what its writer sends).
// Fails with NotFound "PATH: no such file or directory" (or "PATH: symlink
// loop"), or IOError when a file cannot be opened.
Status CheckInputs(const std::vector<std::string>& inputs);

}  // namespace kosearch
