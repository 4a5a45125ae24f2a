// Named-entity spans (PS person, OG organization, QT quantity) for the
// `entities` field of the extraction, scored against KLUE-NER. Internal header.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/ner_model.h"
#include "kosearch/extract.h"

namespace kosearch {

// The tagger of a schema folder (ner/model.bin) and the optional name list it
// was trained with (ner/gazetteer.tsv). Immutable once created; an Extractor
// owns it (shared by the extractors and writers given the same one).
struct EntityModel {
  // Loads the model of the schema folder `schema_dir` (a folder, see
  // FindSchemaDir in schema_files.h). NotFound when ner/model.bin is missing,
  // Corruption when it cannot be decoded, InvalidArgument naming "path:line"
  // for a malformed gazetteer.tsv (which may be absent).
  static Result<std::shared_ptr<const EntityModel>> Create(const std::string& schema_dir);

  std::unique_ptr<NerModel> model;
  std::unique_ptr<NerGazetteer> gazetteer;  // may be null
};

// Finds PS/OG/QT spans in text[0, limit). Offsets are code points into `text`.
// `amounts` are the amounts already found (QT spans build on them). Without a
// model (null), every amount is a QT span and PS/OG are not found.
std::vector<Entity> FindEntities(std::u32string_view text, size_t limit, const std::vector<Amount>& amounts,
                                 const EntityModel* model);

}  // namespace kosearch
