// The library version string (KOSEARCH_VERSION comes from CMakeLists.txt).
#include "kosearch/version.h"

namespace kosearch {
const char* const kVersion = KOSEARCH_VERSION;
}  // namespace kosearch
