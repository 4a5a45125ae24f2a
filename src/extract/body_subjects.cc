// Bodies that speak with no subject particle (see attribution.h): a statement
// issued in X's name ("X 명의의 성명은", "X 명의로 낸 성명에서", "X 명의의
// 성명을 통해") speaks for X,
// and "환경부에서는 "…"" is the ministry speaking; a source cited with 인용
// ("○○는 △△△의 말을 인용해 "…"") is who speaks, not the reporter.
#include "extract/attribution.h"

#include <algorithm>

#include "text/korean_lexicon.h"

namespace kosearch {

bool FindStatementIssuer(std::u32string_view text, const std::vector<Word>& words, const std::vector<bool>& quoted,
                         size_t i, size_t floor, size_t* start, size_t* end) {
  auto core = [&](size_t j) { return text.substr(words[j].start, words[j].end - words[j].start); };
  std::u32string_view carrier = ParticleCarrier(text, words[i]);
  bool subject;
  std::u32string_view stem = carrier.substr(0, StripParticle(carrier, &subject));
  bool speaks = subject || carrier.ends_with(U"에서") || carrier.ends_with(U"에서는");
  // "통일부 명의의 성명을 통해 "…"", "대변인 명의의 논평을 통해": the
  // statement is the means, its issuer the one speaking.
  bool through = !subject && i + 1 < words.size() && !quoted[i + 1] && core(i + 1) == U"통해" &&
                 korean::EndsInObjectParticle(carrier, /*allow_whole=*/true);
  bool statement = korean::IsSpeechNoun(stem, korean::kIssuedStatement) ||
                   (through && korean::IsSpeechNoun(stem, korean::kIssuedThrough));
  if (!(speaks || through) || !statement) return false;
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

bool FindCitedSource(std::u32string_view text, const std::vector<Word>& words, size_t from, size_t to, size_t* start,
                     size_t* end) {
  auto first = std::lower_bound(words.begin(), words.end(), from, [](const Word& w, size_t p) { return w.start < p; });
  for (auto it = first; it != words.end() && it->start < to; ++it) {
    std::u32string_view core = text.substr(it->start, it->end - it->start);
    // "△△△의 말을 빌려" cites as 인용 does, only with a noun of speech.
    bool borrowed = core.starts_with(U"빌려") || core.starts_with(U"빌어");
    if ((core.substr(0, 2) != U"인용" && !borrowed) || it == first) continue;
    auto object = std::prev(it);
    std::u32string_view obj = text.substr(object->start, object->end - object->start);
    // "△△△의 말을 인용": the owner of the words.
    bool of_speech = korean::EndsInObjectParticle(obj, /*allow_whole=*/true) && korean::StartsWithSpeechNoun(obj);
    if (borrowed && !of_speech) continue;
    if (of_speech && object != first) object = std::prev(object);
    std::u32string_view o = text.substr(object->start, object->end - object->start);
    size_t cut = 0;
    for (std::u32string_view particle : {U"의", U"을", U"를"}) {
      if (o.size() > particle.size() && o.ends_with(particle)) { cut = particle.size(); break; }
    }
    if (cut == 0) return false;
    // The noun phrase: up to two plain words before it.
    auto begin = object;
    while (begin != first && begin - object > -2 && begin->space_before) {
      auto prev = std::prev(begin);
      bool subject;
      std::u32string_view p = text.substr(prev->start, prev->end - prev->start);
      if (StripParticle(p, &subject) != p.size() || HasGrammaticalEnding(p)) break;
      begin = prev;
    }
    *start = begin->start;
    *end = object->end - cut;
    return true;
  }
  return false;
}

}  // namespace kosearch
