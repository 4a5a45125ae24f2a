// ner-pack IN OUT: rewrites an NER model file in the current format
// (KSNER003, the tagger's look-up table as it lies in memory; see
// src/extract/ner_table_file.h)
// without changing a weight, e.g. a model written by an older ner-train.
// Prints the feature count, the size and the time a load takes.
#include <chrono>
#include <iostream>
#include <string>

#include "extract/ner_model.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: ner-pack IN.bin OUT.bin\n";
    return 2;
  }
  auto model = kosearch::NerModel::Load(argv[1]);
  if (!model.ok()) {
    std::cerr << model.status().message() << "\n";
    return 1;
  }
  if (kosearch::Status s = (*model)->Save(argv[2]); !s.ok()) {
    std::cerr << s.message() << "\n";
    return 1;
  }
  const auto start = std::chrono::steady_clock::now();
  auto packed = kosearch::NerModel::Load(argv[2]);
  const std::chrono::duration<double, std::milli> ms = std::chrono::steady_clock::now() - start;
  if (!packed.ok()) {
    std::cerr << packed.status().message() << "\n";
    return 1;
  }
  std::cout << argv[2] << ": " << (*packed)->feature_count() << " features, " << (*packed)->byte_size()
            << " bytes, loaded in " << ms.count() << " ms\n";
  return 0;
}
