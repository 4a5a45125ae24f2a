// The NER model file of format KSNER003 (ner_table_file.cc): the tagger's
// own look-up table (NerModel::Entry buckets) as it lies in memory, so that
// loading a model is one read-only mmap, a check of the header and a copy
// to huge pages, with no parse. Internal header.
#pragma once

#include <string>

#include "extract/ner_model.h"
#include "kosearch/status.h"

namespace kosearch {

// The file's first eight bytes.
inline constexpr char kNerTableMagic[8] = {'K', 'S', 'N', 'E', 'R', '0', '0', '3'};

struct NerTableFile {
  // The bytes of the KSNER003 file holding `m`'s transitions and table.
  static std::string Bytes(const NerModel& m);
  // Points `m`'s views at the KSNER003 image at m.base_ (m.size_ bytes)
  // after checking it: its header, its size, and that every probe ends.
  // Corruption naming `path` and what is wrong.
  static Status Attach(NerModel& m, const std::string& path);
  // Once `m`'s table is copied (NerModel::BuildBuckets): copies its
  // transitions out of the mapping and unmaps the file, so that a model
  // holds no page of a file that may be replaced or truncated under it.
  static void Release(NerModel& m);
};

}  // namespace kosearch
