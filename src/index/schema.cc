// Bounded terms (see schema.h): every term kosearch writes goes through Term,
// so no field value, however long or odd, can make Xapian refuse a document.
// And the analyzer choices a database records in its metadata.
#include "index/schema.h"

#include <xapian.h>

#include <algorithm>

#include "text/unicode_text.h"

namespace kosearch::schema {

namespace {

__extension__ typedef unsigned __int128 Uint128;

// FNV-1a, 128-bit variant (offset basis and prime from the FNV specification).
std::string Fnv1a128Hex(std::string_view s) {
  const Uint128 prime = (Uint128{1} << 88) + 0x13B;
  Uint128 h = (Uint128{0x6c62272e07bb0142ULL} << 64) | 0x62b821756295c58dULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= prime;
  }
  static const char kHex[] = "0123456789abcdef";
  std::string out(32, '0');
  for (int i = 31; i >= 0; --i, h >>= 4) out[i] = kHex[static_cast<unsigned>(h & 0xF)];
  return out;
}

}  // namespace

bool TermFits(std::string_view term) {
  return !term.empty() && term.size() + std::count(term.begin(), term.end(), '\0') <= kMaxTermBytes;
}

std::string Term(std::string_view prefix, std::string_view value) {
  std::string term(prefix);
  // 5 bytes to spare: Xapian's limit is exact, this one need not be.
  if (prefix.size() + value.size() <= kMaxTermBytes - 5 && value.find('\0') == std::string_view::npos &&
      IsValidUtf8(value)) {
    term += value;
  } else {
    term += '\xFF';
    term += Fnv1a128Hex(value);
  }
  return term;
}

AnalyzerOptions RecordedAnalyzerOptions(const Xapian::Database& db) {
  AnalyzerOptions options;
  options.strip_particles = db.get_metadata(kParticlesKey) != "0";
  options.cut_light_verbs = db.get_metadata(kLightVerbsKey) != "0";
  return options;
}

void RecordAnalyzerOptions(Xapian::WritableDatabase& db, const AnalyzerOptions& options) {
  db.set_metadata(kParticlesKey, options.strip_particles ? "1" : "0");
  db.set_metadata(kLightVerbsKey, options.cut_light_verbs ? "1" : "0");
}

OpeningRecord ReadOpeningRecord(const Xapian::Database& db) {
  OpeningRecord out;
  // "<version> <particles> <light verbs>": anything else is read key by key.
  const std::string opening = db.get_metadata(kOpeningKey);
  const size_t first = opening.find(' '), second = first == std::string::npos ? first : opening.find(' ', first + 1);
  const auto flag = [](std::string_view v) { return v == "0" || v == "1"; };
  if (second != std::string::npos && first > 0 && flag(std::string_view(opening).substr(first + 1, second - first - 1)) &&
      flag(std::string_view(opening).substr(second + 1))) {
    out.version = opening.substr(0, first);
    out.analyzer.strip_particles = opening[first + 1] == '1';
    out.analyzer.cut_light_verbs = opening[second + 1] == '1';
    return out;
  }
  out.version = db.get_metadata(kVersionKey);
  if (!out.version.empty()) out.analyzer = RecordedAnalyzerOptions(db);
  return out;
}

void RecordOpening(Xapian::WritableDatabase& db, const AnalyzerOptions& options) {
  const std::string version = std::to_string(kVersion);
  db.set_metadata(kVersionKey, version);
  RecordAnalyzerOptions(db, options);
  db.set_metadata(kOpeningKey, version + (options.strip_particles ? " 1" : " 0") + (options.cut_light_verbs ? " 1" : " 0"));
}

std::string DescribeAnalyzerOptions(const AnalyzerOptions& options) {
  return std::string(options.strip_particles ? "particles cut" : "particles kept") + ", " +
         (options.cut_light_verbs ? "light verbs cut" : "light verbs kept");
}

std::string QuoteId(const std::string& article_id, size_t n) { return article_id + "#q" + std::to_string(n); }

}  // namespace kosearch::schema
