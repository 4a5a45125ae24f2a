// Where kosearch finds its data files, the folder schema/: aliases.tsv (the
// alias table, aliases.h) and ner/model.bin with ner/gazetteer.tsv (the
// named-entity model used by the Extractor, extract.h).
//
// Every entry point that needs them (IndexOptions::schema_dir,
// SearcherOptions::schema_dir, Extractor::Create) takes a folder; when it is
// empty, the folder is looked for at run time, in this order:
//   1. relative to the file holding the kosearch code (a shared libkosearch,
//      or the program a static one is linked into): <libdir>/../share/
//      kosearch/schema for a library in <prefix>/lib, <bindir>/../share/
//      kosearch/schema for a program in <prefix>/bin. So an installed tree
//      works wherever it was installed or moved to (`cmake --install --prefix`).
//      Then share/kosearch/schema beside the file: a build folder, where
//      CMake links the source tree's schema/ there.
//   2. the install prefix the library was configured with
//      (<CMAKE_INSTALL_PREFIX>/share/kosearch/schema).
// A folder counts when it holds aliases.tsv. Nothing is read from the
// environment. Thread-safety: safe to call from any thread.
#pragma once

#include <string>

#include "kosearch/status.h"

namespace kosearch {

// The schema folder: `dir` itself when not empty (NotFound when it holds no
// aliases.tsv), else the first of the places above holding aliases.tsv
// (NotFound naming every place tried, and how to give the folder).
Result<std::string> FindSchemaDir(const std::string& dir = {});

}  // namespace kosearch
