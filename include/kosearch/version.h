// The kosearch version, in one place (set by CMake's project() version).
#pragma once

namespace kosearch {

// "MAJOR.MINOR.PATCH" of this library build.
extern const char* const kVersion;

}  // namespace kosearch
