// FNV-1a, 64-bit: a fast, stable hash for ids and content fingerprints; not
// for security. Internal header.
#pragma once

#include <cstdint>
#include <string_view>

namespace kosearch {

// The start value kosearch has always used for its ids ("stdin-…") and
// content hashes. It is one digit short of the FNV specification's offset
// basis (14695981039346656037); kept, because changing it would change the
// ids and the recorded content hashes of existing indexes.
inline constexpr uint64_t kFnv1aSeed = 1469598103934665603ULL;

// The hash of `bytes`, continuing from `hash` (pass a previous result to
// hash several pieces as one).
inline uint64_t Fnv1a64(std::string_view bytes, uint64_t hash = kFnv1aSeed) {
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  return hash;
}

}  // namespace kosearch
