// Headline statements and quotes cited in parentheses (see quote_marks.h):
// whether a quote stands as a headline's statement (`원주 동부 "…"`), ends a
// headline glued to its lead (`"…"북한의`), is cited with its source after
// it (`"…" (이장희, 2009)`), and the words that name the source (a
// speaker named after the quote is quote_speaker_after.cc's); and a
// headline's statement ending its line that names no speaker
// (LineEndingStatement). Split from quote_marks.cc, which pairs the marks.
#include <algorithm>

#include "extract/people.h"
#include "extract/quote_marks.h"
#include "extract/speaker_words.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// The headline segment a quote closes: from the line start, a "▶", a
// sentence end, an ellipsis (with or without a space after it: `논란…서울
// 중구 "…"`), or the quote of the headline before (`갑 "…" 을 "…"`), to the
// opening mark.
size_t SegmentStart(std::u32string_view text, size_t open, bool at_glued_ellipsis) {
  size_t seg = open;
  while (seg > 0 && text[seg - 1] != U'\n' && text[seg - 1] != U'▶' && (!at_glued_ellipsis || text[seg - 1] != U'…') &&
         !(text[seg - 1] == U' ' && seg >= 2 &&
           (text[seg - 2] == U'.' || text[seg - 2] == U'…' || IsDoubleQuote(text[seg - 2])))) {
    --seg;
  }
  return seg;
}

// What may follow a headline's quote: the line's end, punctuation, a word
// ("…" 자백), the next headline ("…", 선전포고, "…"… 벤처 "…"), or the lead
// glued to the headline as sentence lists print it ("…”배우 서하늬와"); not
// a particle or an ending glued to the mark ("…"는, "…"라며, "…"고 적힌),
// which goes on the sentence.
bool HeadlineEndsAfter(std::u32string_view text, size_t limit, size_t close) {
  size_t a = close + 1;
  if (a >= limit || !IsHangulSyllable(text[a])) return true;
  size_t b = a;
  while (b < limit && IsHangulSyllable(text[b])) ++b;
  std::u32string_view glued = text.substr(a, b - a);
  for (const korean::QuotativeEnding& e : korean::QuotativeEndings()) {
    if (glued.starts_with(TrimSpaces(e.text))) return false;
  }
  bool subject;
  return (glued.size() >= 2 && StripParticle(glued, &subject) == glued.size() && !HasGrammaticalEnding(glued) &&
          !glued.starts_with(U"고") && !glued.starts_with(U"란") && !glued.starts_with(U"이란")) ||
         StartsGluedLead(text, a, limit);  // the lead's first word with its particle ("…"볼티모어와)
}

// A word of a headline's noun phrase: no verb or sentence ending, no topic.
bool HeadlineWord(std::u32string_view w) {
  if (korean::HasPastTenseSyllable(w)) return false;
  // 서 ends a connective (가서, 해서, 받아서, 하고서), not a document (교과서).
  if (w.size() >= 2 && w.back() == U'서') {
    return std::u32string_view(U"아어여해돼와워져쳐켜가나봐줘라러려서떠써커내채놔겨혀펴고").find(w[w.size() - 2]) ==
           std::u32string_view::npos;
  }
  return w.empty() || std::u32string_view(U"다며고서요은는").find(w.back()) == std::u32string_view::npos;
}

// The Hanja that headlines put before a quote as its speaker (the lexicon's
// tables). The word splitter gives no word for Hanja, so the subject finder
// never sees these.
bool IsHeadlineHanja(char32_t c) { return korean::IsHanjaBodyAbbreviation(c) || korean::IsHanjaLeaderSurname(c); }

bool AllHanja(std::u32string_view name, bool (*in_table)(char32_t)) {
  return !name.empty() && name.size() <= 2 && std::all_of(name.begin(), name.end(), in_table);
}

}  // namespace

std::string_view HanjaSpeakerType(std::u32string_view name) {
  if (AllHanja(name, korean::IsHanjaBodyAbbreviation)) return "organization";
  if (name.size() == 1 && AllHanja(name, korean::IsHanjaLeaderSurname)) return "person";
  return {};
}

bool HeadlineHanjaSpeaker(std::u32string_view text, size_t start, size_t end, size_t* hanja_start, size_t* hanja_end) {
  end = std::min(end, text.size());
  while (start < end && IsSpaceInLine(text[start])) ++start;
  size_t a = start;
  while (a < end && IsHeadlineHanja(text[a])) ++a;
  if (a == start || a - start > 2) return false;
  // Alone (`與 "…"`) or glued to a title (`朴대통령 "…"`): the Hanja is the
  // speaker, with no expansion the text does not give.
  std::u32string_view rest = text.substr(a, end - a);
  if (!rest.empty() && !korean::IsTitleWord(rest)) return false;
  *hanja_start = start, *hanja_end = a;
  return true;
}

bool IsHeadlineDistrict(std::u32string_view text, size_t start, size_t end, size_t* place_start) {
  end = std::min(end, text.size());
  size_t mid = end;
  while (mid > start && !IsSpaceInLine(text[mid - 1])) --mid;
  if (mid <= start) return false;
  size_t first = mid - 1;
  while (first > start && !IsSpaceInLine(text[first - 1])) --first;
  std::u32string_view place = TrimSpaces(text.substr(first, mid - first));
  std::u32string_view district = text.substr(mid, end - mid);
  // `서울 중구`, `부산 해운대구`: a city and its district.
  if (!IsDistrictAfterPlace(place, district)) return false;
  *place_start = first;
  return true;
}

bool IsHeadlineQuote(std::u32string_view text, size_t limit, const QuotePair& pair, size_t* speaker_start,
                     size_t* speaker_end) {
  limit = std::min(limit, text.size());
  std::u32string_view inside = QuotedWords(text, pair);
  if (pair.single || inside.size() < 4 || inside.size() > 80 || inside.find(U' ') == std::u32string_view::npos ||
      !HeadlineEndsAfter(text, limit, pair.close)) {
    return false;
  }
  size_t end = pair.open;
  while (end > 0 && (IsSpaceInLine(text[end - 1]) || text[end - 1] == U',' || text[end - 1] == U'…')) --end;
  size_t seg = SegmentStart(text, end, /*at_glued_ellipsis=*/true);
  // After a glued ellipsis, a name and a title (`…진행자 최군`), not a clause
  // with a place or an object (`…할머니 경찰서에 나타나`): that one goes on
  // with the headline before it.
  if (seg > 0 && text[seg - 1] == U'…') {
    for (size_t a = seg; a < end;) {
      size_t b = a;
      while (b < end && !IsSpaceInLine(text[b])) ++b;
      std::u32string_view w = text.substr(a, b - a);
      bool clause = b < end && w.size() > 1 &&
                    (w.ends_with(U"에") || w.ends_with(U"에서") || korean::EndsInObjectParticle(w, /*allow_whole=*/true));
      if (clause) { seg = SegmentStart(text, end, /*at_glued_ellipsis=*/false); break; }
      a = SkipSpaces(text, b, end);
    }
  }
  while (seg < end && IsSpaceInLine(text[seg])) ++seg;
  if (end <= seg || end - seg > 40) return false;
  // The words of the segment: each a plain noun (particles such as 에/과
  // allowed). A clause before the name that ends in a connective or a
  // modifier (`울리고 웃긴 남궁서호`, `선배보다 먼저 … 오하람`) only
  // describes it: the phrase starts after it, when a Korean name ends it.
  std::vector<std::pair<size_t, size_t>> words;
  bool clause_before = false;
  for (size_t a = seg; a < end;) {
    size_t b = a;
    while (b < end && !IsSpaceInLine(text[b])) ++b;
    if (!HeadlineWord(text.substr(a, b - a))) {
      words.clear(), clause_before = true;
    } else {
      words.emplace_back(a, b);
    }
    a = SkipSpaces(text, b, end);
  }
  if (clause_before) {
    // Only a headline proper: the quote ends its line, or the lead is glued
    // to it (not `동시 석권한 "…" 마르코를`, a sentence going on).
    size_t after = SkipSpaces(text, pair.close + 1, limit);
    bool ends_line = after >= limit || text[after] == U'\n' || (after == pair.close + 1 && StartsGluedLead(text, after, limit));
    if (words.empty() || !ends_line) return false;
    std::u32string_view last = text.substr(words.back().first, words.back().second - words.back().first);
    if (!LooksLikeKoreanName(last) || korean::EndsLikeModifier(last)) {
      return false;
    }
    *speaker_start = words.back().first, *speaker_end = words.back().second;
    return true;
  }
  // The speaker: the words before the first comma, else those before the
  // quote without a trailing noun of speech ("면담", "고백").
  size_t n = words.size();
  for (size_t k = 0; k < words.size(); ++k) {
    if (text[words[k].second - 1] == U',') { n = k + 1; words[k].second -= 1; break; }
  }
  while (n > 0 && korean::StartsWithSpeechNoun(text.substr(words[n - 1].first, words[n - 1].second - words[n - 1].first)) &&
         n == words.size()) {
    --n, words.pop_back();
  }
  if (n == 0) return false;
  // A word in 서 may stand in the headline (`교과서 맹비난`, `발리서 결혼`),
  // never in the speaker's phrase (`설문서 "…"`: in a survey).
  for (size_t k = n > 3 ? n - 3 : 0; k < n; ++k) {
    if (text[words[k].second - 1] == U'서') return false;
  }
  *speaker_start = words[n > 3 ? n - 3 : 0].first;
  *speaker_end = words[n - 1].second;
  return *speaker_end > *speaker_start;
}

namespace {

// A word's place in a headline before its quote: a plain noun (Hangul or
// Latin letters; no verb, modifier or particle unless a name bears it), a
// Hanja label (`美`), or neither (kNone).
enum class HeadlineWordKind { kNone, kNoun, kHanjaLabel };

HeadlineWordKind KindOfHeadlineWord(std::u32string_view w, bool named) {
  if (!w.empty() && std::all_of(w.begin(), w.end(), IsHeadlineHanja)) return HeadlineWordKind::kHanjaLabel;
  bool subject, plain = std::all_of(w.begin(), w.end(), [](char32_t c) { return IsHangulSyllable(c) || IsAsciiAlnum(c); });
  // (a verb's modifier in 한 or 된 after a noun of two syllables: `사진 공개한`)
  bool modifier = w.size() >= 3 && (w.back() == U'한' || w.back() == U'된');
  // (a noun in 의 reads as a genitive to the word splitter: `혐의`, `회의`)
  size_t stem = StripParticle(w, &subject);
  bool particle_free = stem == w.size() || (stem + 1 == w.size() && w.back() == U'의');
  bool noun = plain && HeadlineWord(w) && !korean::HasInflectionSyllable(w) &&
              ((particle_free && !modifier && !korean::EndsLikeModifier(w)) || named);
  return noun ? HeadlineWordKind::kNoun : HeadlineWordKind::kNone;
}

// The words of the headline segment before a quote, each a plain noun or a
// Hanja label (only first); empty when one is neither. A word right before a
// title (`최민호 전 앵커`, `해리스 부통령`) is a name by the lexicon's
// evidence: `named` marks it, with the words the tagger or the speaker table
// names.
std::vector<std::pair<size_t, size_t>> HeadlineNounWords(std::u32string_view text, size_t seg, size_t end,
                                                         const HeadlineNames& names, std::vector<bool>* named) {
  std::vector<std::pair<size_t, size_t>> words;
  for (size_t a = seg; a < end;) {
    size_t b = a;
    while (b < end && !IsSpaceInLine(text[b])) ++b;
    words.emplace_back(a, b);
    a = SkipSpaces(text, b, end);
  }
  auto word = [&](size_t i) { return text.substr(words[i].first, words[i].second - words[i].first); };
  named->assign(words.size(), false);
  for (size_t i = 0; i < words.size(); ++i) {
    // (a qualifier between, people.h's IsModifier: `최민호 전 앵커`, `김하나 신임 대표`)
    size_t t = i + 1 < words.size() && IsModifier(word(i + 1)) ? i + 2 : i + 1;
    // Only a word of a name's shape: a Korean name, or a transliterated one
    // (three syllables or more, no noun's suffix: not `구단 감독`, `대표팀 감독`).
    std::u32string_view w = word(i);
    bool name_shaped = LooksLikeKoreanName(w) || (w.size() >= 3 && AllHangulSyllables(w) && !HasGrammaticalEnding(w) &&
                                                  !korean::IsStemEnd(w.back(), korean::kNounSuffixNoName));
    bool before_title = t < words.size() && korean::IsTitleWord(word(t)) && !korean::IsTitleWord(w) && name_shaped;
    (*named)[i] = names.person(words[i].first, words[i].second) || before_title;
    // (a title or a name may end like a particle or a modifier: `대변인`, `왕이`)
    bool known = (*named)[i] || korean::IsTitleWord(word(i)) || names.organization(words[i].first, words[i].second);
    HeadlineWordKind kind = KindOfHeadlineWord(word(i), known);
    if (kind == HeadlineWordKind::kNone || (kind == HeadlineWordKind::kHanjaLabel && i > 0)) return {};
  }
  return words;
}

}  // namespace

bool HeadlineOpeningSpeaker(std::u32string_view text, size_t limit, const QuotePair& pair, const HeadlineNames& names,
                            size_t* speaker_start, size_t* speaker_end, size_t* name_end) {
  limit = std::min(limit, text.size());
  std::u32string_view inside = QuotedWords(text, pair);
  if (pair.single || inside.size() < 4 || inside.find(U' ') == std::u32string_view::npos ||
      !HeadlineEndsAfter(text, limit, pair.close)) {
    return false;
  }
  size_t end = SkipSpacesBack(text, pair.open);
  if (end == 0 || !(IsHangulSyllable(text[end - 1]) || IsAsciiAlnum(text[end - 1]))) return false;
  // A headline's line (from its start, a ▶, an ellipsis or the quote before),
  // not a sentence of prose after a full stop; no genitive right before the
  // quote (`잭 런던의 "…"` cites words, LineEndingStatement's rule).
  size_t seg = SegmentStart(text, end, /*at_glued_ellipsis=*/true);
  if ((seg >= 2 && text[seg - 1] == U' ' && text[seg - 2] == U'.') || text[end - 1] == U'의') return false;
  seg = SkipSpaces(text, seg, end);
  std::vector<bool> named;
  std::vector<std::pair<size_t, size_t>> words = HeadlineNounWords(text, seg, end, names, &named);
  if (words.size() < 2 || words.size() > 7) return false;
  auto word = [&](size_t i) { return text.substr(words[i].first, words[i].second - words[i].first); };
  auto organization = [&](size_t i) { return names.organization(words[i].first, words[i].second); };
  // The opening name: the first word, or the second after a label (a
  // program, a country: `주말극장 김하나`, `美 해리스`), with the words of
  // the same name the tagger marks after it (`제시카 존스`).
  size_t first = named[0] || organization(0) ? 0 : 1;
  bool is_person = named[first];
  if (!is_person && !organization(first)) return false;
  size_t last = first;
  while (is_person && last + 1 < words.size() && named[last + 1] && !korean::IsTitleWord(word(last + 1))) ++last;
  // Two names of a Korean name's shape side by side are two people.
  if (last > first && LooksLikeKoreanName(word(first)) && LooksLikeKoreanName(word(first + 1))) return false;
  // The person's titles and body after the name (`중국 외교부 대변인`).
  size_t through = last;
  for (size_t i = last + 1; is_person && i < words.size() && i <= last + 3; ++i) {
    if (korean::IsTitleWord(word(i))) through = i;
  }
  // Several names: nobody.
  for (size_t i = through + 1; i < words.size(); ++i) {
    if (named[i]) return false;
  }
  *speaker_start = words[first].first, *speaker_end = words[through].second, *name_end = words[last].second;
  return true;
}

bool IsSingleQuotedHeadline(std::u32string_view text, const QuotePair& pair, size_t* speaker_start, size_t* speaker_end) {
  if (!pair.single || !(pair.headline_single || pair.verbless)) return false;
  size_t end = SkipSpacesBack(text, pair.open);
  size_t seg = end;
  while (seg > 0 && text[seg - 1] != U'\n') --seg;
  if (end <= seg || end - seg > 20) return false;
  size_t words = 0;
  for (size_t a = seg; a < end;) {
    size_t b = a;
    while (b < end && !IsSpaceInLine(text[b])) ++b;
    std::u32string_view w = text.substr(a, b - a);
    if (!HeadlineWord(w) || !std::all_of(w.begin(), w.end(), [](char32_t c) { return IsHangulSyllable(c) || IsAsciiAlnum(c); })) {
      return false;
    }
    ++words;
    a = SkipSpaces(text, b, end);
  }
  if (words > 3) return false;
  *speaker_start = seg, *speaker_end = end;
  return true;
}

bool IsQuoteBeforeHeadlineSpeaker(std::u32string_view text, size_t limit, const QuotePair& pair, size_t* speaker_start,
                                  size_t* speaker_end) {
  limit = std::min(limit, text.size());
  std::u32string_view inside = QuotedWords(text, pair);
  size_t b = SkipSpacesBack(text, pair.open);
  if (pair.single || pair.unclosed || (b > 0 && text[b - 1] != U'\n') || inside.size() < 4 || inside.size() > 60 ||
      pair.close + 1 >= limit || !IsSpaceInLine(text[pair.close + 1])) {
    return false;
  }
  size_t a = SkipSpaces(text, pair.close + 1, limit);
  size_t line_end = a;
  while (line_end < limit && text[line_end] != U'\n') ++line_end;
  if (line_end - a > 24) return false;
  // The rest of the line: a name with its title, then a few words with no
  // sentence ending or mark (`김민수의원 쐐기 박아`).
  std::vector<std::pair<size_t, size_t>> words;
  for (size_t w = a; w < line_end;) {
    size_t e = w;
    while (e < line_end && !IsSpaceInLine(text[e])) ++e;
    std::u32string_view word = text.substr(w, e - w);
    if (!HeadlineWord(word) || !std::all_of(word.begin(), word.end(), IsHangulSyllable)) return false;
    words.emplace_back(w, e);
    w = SkipSpaces(text, e, line_end);
  }
  if (words.size() < 2 || words.size() > 4) return false;
  std::u32string_view first = text.substr(words[0].first, words[0].second - words[0].first);
  std::u32string_view second = text.substr(words[1].first, words[1].second - words[1].first);
  for (size_t t = 2; t + 2 <= first.size(); ++t) {
    if (korean::IsTitleWord(first.substr(t))) { *speaker_start = words[0].first, *speaker_end = words[0].first + t; return true; }
  }
  if (first.size() >= 2 && korean::IsTitleWord(second)) {
    *speaker_start = words[0].first, *speaker_end = words[1].second;
    return true;
  }
  return false;
}

bool IsCitedInParentheses(std::u32string_view text, size_t limit, const QuotePair& pair, size_t* speaker_start,
                          size_t* speaker_end) {
  limit = std::min(limit, text.size());
  size_t b = SkipSpacesBack(text, pair.open);
  bool starts_line = b == 0 || text[b - 1] == U'\n';
  size_t a = SkipSpaces(text, pair.close + 1, limit);
  if (pair.single || !starts_line || a >= limit || text[a] != U'(') return false;
  size_t close = text.find(U')', a);
  if (close == std::u32string_view::npos || close >= limit || close - a > 40) return false;
  size_t name_end = std::min(close, text.find(U',', a));
  size_t name_start = SkipSpaces(text, a + 1, name_end);
  while (name_end > name_start && IsSpaceInLine(text[name_end - 1])) --name_end;
  std::u32string_view name = text.substr(name_start, name_end - name_start);
  // A name or body in Hangul ("이장희, 2009", "유룡 KAIST 화학과 교수",
  // "KBS뉴스"), not a title in Latin letters only or a date.
  bool hangul = !name.empty() && (IsHangulSyllable(name.front()) ||
                                  (IsAsciiAlpha(name.front()) && std::any_of(name.begin(), name.end(), IsHangulSyllable)));
  if (!hangul || std::count(name.begin(), name.end(), U' ') > 3) return false;
  *speaker_start = name_start, *speaker_end = name_end;
  return true;
}

bool StartsGluedLead(std::u32string_view text, size_t at, size_t limit) {
  size_t end = at;
  while (end < limit && IsHangulSyllable(text[end])) ++end;
  std::u32string_view word = text.substr(at, end - at);
  if (word.size() < 2) return false;
  for (const korean::QuotativeEnding& e : korean::QuotativeEndings()) {
    if (word.starts_with(TrimSpaces(e.text))) return false;
  }
  // A syllable that opens a particle or an ending (`"…"는`, `"…"이라는`,
  // `"…"하며`) goes on the quote's sentence; a word's stem is a new one.
  if (std::u32string_view(U"은는이가을를에와과로의도만고라란며면하한했해처까보").find(word[0]) != std::u32string_view::npos) {
    return false;
  }
  bool subject;
  size_t stem = StripParticle(word, &subject);
  if (stem == word.size() && word.size() >= 3 && word.back() == U'의') --stem;  // 북한의
  // A noun's stem, not a verb's (`"…"밝혔다`, `"…"전하며`).
  std::u32string_view noun = word.substr(0, stem);
  return stem >= 2 && !korean::HasInflectionSyllable(noun) &&
         std::u32string_view(U"다며고면서요").find(noun.back()) == std::u32string_view::npos;
}

bool IsQuestionPut(std::u32string_view text, size_t limit, const QuotePair& pair) {
  limit = std::min(limit, text.size());
  if (pair.unclosed || pair.close >= limit) return false;
  std::u32string_view raw = TrimSpaces(text.substr(pair.open + 1, pair.close - pair.open - 1));
  std::u32string_view inside = QuotedWords(text, pair);
  if (inside.find(U' ') == std::u32string_view::npos) return false;
  bool question = raw.ends_with(U"?") || inside.ends_with(U"냐") || inside.ends_with(U"까") ||
                  inside.ends_with(U"는지") || inside.ends_with(U"는가") || inside.ends_with(U"인가");
  if (!question) return false;
  std::u32string_view after = text.substr(pair.close + 1, limit - pair.close - 1);
  for (const korean::AdnominalQuoting& e : korean::AdnominalQuotingEndings()) {
    if (!after.starts_with(e.text)) continue;
    std::u32string_view rest = after.substr(e.text.size());
    // (the reporters who asked are no one the article names)
    if (StartsWithPressNoun(rest)) {
      size_t space = rest.find(U' ');
      rest = space == std::u32string_view::npos ? std::u32string_view{} : rest.substr(space + 1);
    }
    // (nor those named in the genitive as askers, `출연진들의 질문에`: the
    // question is theirs, told by no subject of the sentence)
    if (size_t space = rest.find(U' '); space != std::u32string_view::npos && space >= 2 && rest[space - 1] == U'의' &&
                                        AllHangulSyllables(rest.substr(0, space))) {
      rest = rest.substr(space + 1);
    }
    const auto& nouns = korean::SpeechNouns();
    const auto& particles = korean::ParticlesFor(korean::kAfterQuestionPut);  // 에, 엔 (`…냐’는 질문엔`)
    return std::any_of(nouns.begin(), nouns.end(), [&](const korean::SpeechNoun& noun) {
      if (!noun.UsedFor(korean::kPutAsQuestion) || !rest.starts_with(noun.text)) return false;
      std::u32string_view tail = rest.substr(noun.text.size());
      return std::any_of(particles.begin(), particles.end(), [&](const korean::Particle* p) { return tail.starts_with(p->text); });
    });
  }
  return false;
}

bool LineEndingStatement(std::u32string_view text, size_t limit, const QuotePair& p) {
  std::u32string_view inside = QuotedWords(text, p);
  if (!EndsLineAt(text, p.close + 1, limit) || p.single || p.close >= limit ||
      inside.find(U' ') == std::u32string_view::npos || std::count_if(inside.begin(), inside.end(), IsHangulSyllable) < 4) {
    return false;
  }
  // Two words or more before it on its line (a headline's own words, not a
  // label: `관련기사 "…"` heads a title), the last no genitive or topic
  // (`김 주필의 "…"`, `화제작은 "…"`: the quote names a thing).
  size_t b = SkipSpacesBack(text, p.open);
  size_t line = b;
  while (line > 0 && text[line - 1] != U'\n') --line;
  std::u32string_view before = text.substr(line, b - line);
  return std::any_of(before.begin(), before.end(), IsSpaceInLine) &&
         std::u32string_view(U"의은는").find(before.back()) == std::u32string_view::npos;
}

}  // namespace kosearch
