// Named-entity spans (see entities.h): the character-level tagger of
// ner_model.h run line by line, with the amount finder as a fallback for QT
// when no model file is installed.
//
// The model is loaded once, on first use, from SchemaDir()/ner/model.bin
// (with the optional name list ner/gazetteer.tsv it was trained with); a
// missing or unreadable model is reported once on stderr and PS/OG are then
// simply not found (extraction never fails).
#include "extract/entities.h"

#include <algorithm>
#include <iostream>
#include <memory>
#include <mutex>

#include "extract/ner_model.h"
#include "kosearch/aliases.h"
#include "unicode_text.h"

namespace kosearch {

namespace {

struct Shared {
  std::unique_ptr<NerModel> model;
  std::unique_ptr<NerGazetteer> gazetteer;  // optional
};

const Shared& SharedModel() {
  static std::once_flag once;
  static Shared shared;
  std::call_once(once, [] {
    std::string dir = SchemaDir() + "/ner/";
    auto loaded = NerModel::Load(dir + "model.bin");
    if (!loaded.ok()) {
      std::cerr << "kosearch: named entities disabled: " << loaded.status().ToString() << "\n";
      return;
    }
    shared.model = std::move(loaded).value();
    auto gazetteer = NerGazetteer::Load(dir + "gazetteer.tsv");
    if (gazetteer.ok()) {
      shared.gazetteer = std::move(gazetteer).value();
    } else if (gazetteer.status().code() != Status::Code::kNotFound) {
      std::cerr << "kosearch: NER gazetteer ignored: " << gazetteer.status().ToString() << "\n";
    }
  });
  return shared;
}

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

std::vector<Entity> FindEntities(std::u32string_view text, size_t limit, const std::vector<Amount>& amounts) {
  limit = std::min(limit, text.size());
  const Shared& shared = SharedModel();
  if (!shared.model) return EntitiesFromAmounts(text, limit, amounts);
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
      for (Entity& e : NerEntitiesFromTags(line, line.size(), shared.model->Tag(line, local, shared.gazetteer.get()))) {
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
