// One Extractor (default options) shared by the unit tests of extraction:
// created once per test binary, since loading its model and tables is the
// slow part.
#pragma once

#include <doctest/doctest.h>

#include <memory>

#include "kosearch/extract.h"

namespace kosearch {

inline const Extractor& TheExtractor() {
  static const std::unique_ptr<Extractor> extractor = [] {
    auto created = Extractor::Create();
    REQUIRE_MESSAGE(created.ok(), created.status().ToString());
    return std::move(created).value();
  }();
  return *extractor;
}

}  // namespace kosearch
