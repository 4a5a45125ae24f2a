// Named-entity spans (see entities.h): the character-level tagger of
// ner_model.h run line by line, with the amount finder as a fallback for QT
// when the extractor has no model.
//
// The model is loaded from a schema folder's ner/model.bin (with the
// optional name list ner/gazetteer.tsv it was trained with) by
// EntityModel::Create, for the Extractor that owns it.
#include "extract/entities.h"

#include <algorithm>

#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Without a model, every amount is a quantity.
std::vector<Entity> EntitiesFromAmounts(std::u32string_view text, size_t limit, const std::vector<Amount>& amounts) {
  std::vector<Entity> out;
  for (const Amount& a : amounts) {
    if (a.end > limit) continue;
    out.push_back({a.start, a.end, "QT", ToUtf8(text.substr(a.start, a.end - a.start))});
  }
  return out;
}

}  // namespace

Result<std::shared_ptr<const EntityModel>> EntityModel::Create(const std::string& schema_dir) {
  const std::string dir = schema_dir + "/ner/";
  auto model = NerModel::Load(dir + "model.bin");
  if (!model.ok()) return model.status();
  auto entity_model = std::make_shared<EntityModel>();
  entity_model->model = std::move(model).value();
  auto gazetteer = NerGazetteer::Load(dir + "gazetteer.tsv");
  if (gazetteer.ok()) {
    entity_model->gazetteer = std::move(gazetteer).value();
  } else if (gazetteer.status().code() != Status::Code::kNotFound) {
    return gazetteer.status();
  }
  return std::shared_ptr<const EntityModel>(std::move(entity_model));
}

std::vector<Entity> FindEntities(std::u32string_view text, size_t limit, const std::vector<Amount>& amounts,
                                 const EntityModel* model) {
  limit = std::min(limit, text.size());
  if (!model) return EntitiesFromAmounts(text, limit, amounts);
  std::vector<Entity> out;
  // One line at a time: the model was trained on sentences, and this bounds
  // the decoder's memory on long bodies.
  for (size_t begin = 0; begin < limit;) {
    size_t end = begin;
    while (end < limit && text[end] != U'\n') ++end;
    if (end > begin) {
      std::u32string_view line = text.substr(begin, end - begin);
      std::vector<Amount> local;
      for (const Amount& a : amounts) {
        if (a.start >= begin && a.end <= end) {
          local.push_back(a);
          local.back().start -= begin;
          local.back().end -= begin;
        }
      }
      for (Entity& e : NerEntitiesFromTags(line, line.size(), model->model->Tag(line, local, model->gazetteer.get()))) {
        e.start += begin;
        e.end += begin;
        out.push_back(std::move(e));
      }
    }
    begin = end + 1;
  }
  return out;
}

}  // namespace kosearch
