// Bodies that speak with no subject particle (see attribution.h): a statement
// issued in X's name ("X 명의의 성명은", "X 명의로 낸 성명에서") speaks for X,
// and "환경부에서는 "…"" is the ministry speaking.
#include "extract/attribution.h"

namespace kosearch {

bool FindStatementIssuer(std::u32string_view text, const std::vector<Word>& words, const std::vector<bool>& quoted,
                         size_t i, size_t floor, size_t* start, size_t* end) {
  auto core = [&](size_t j) { return text.substr(words[j].start, words[j].end - words[j].start); };
  std::u32string_view carrier = ParticleCarrier(text, words[i]);
  bool subject;
  std::u32string_view stem = carrier.substr(0, StripParticle(carrier, &subject));
  bool speaks = subject || carrier.ends_with(U"에서") || carrier.ends_with(U"에서는");
  if (!speaks || (stem != U"성명" && stem != U"성명서")) return false;
  auto plain = [&](size_t j) {
    std::u32string_view w = core(j);
    return StripParticle(w, &subject) == w.size() && !quoted[j] && !HasGrammaticalEnding(w) && !IsCommonWord(w);
  };
  for (size_t k = i; k-- > 1 && i - k <= 3 && words[k].start >= floor;) {
    if (!core(k).starts_with(U"명의") || !words[k].space_before || !plain(k - 1)) continue;
    size_t first = k - 1;
    while (first > 0 && k - first < 3 && words[first].space_before && words[first - 1].start >= floor && plain(first - 1)) {
      --first;
    }
    *start = words[first].start;
    *end = words[k - 1].end;
    return true;
  }
  return false;
}

bool BodyBeforeQuote(std::u32string_view text, const std::vector<Word>& words, const std::vector<bool>& quoted, size_t i,
                     const AliasIndex& aliases) {
  std::u32string_view carrier = ParticleCarrier(text, words[i]);
  if (!carrier.ends_with(U"에서는") || i + 1 >= words.size() || !quoted[i + 1]) return false;
  return LooksLikeOrg(carrier.substr(0, carrier.size() - 3), aliases);
}

}  // namespace kosearch
