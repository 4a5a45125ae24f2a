// The NER tagger's features (see ExtractNerFeatures in ner_model.h): hashed
// character n-grams, character classes, word shape, stem and particle,
// amounts, name-list matches, particle boundaries learned from kmou-ner's
// morphemes and korean_lexicon's titles, counters and particles
// (ner_lexicon_words.cc), computed once per text.
#include <algorithm>
#include <string>

#include "extract/ner_families.h"
#include "extract/ner_model.h"
#include "extract/ner_text.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Feature templates. The numbers are part of the model file's meaning:
// renumbering them invalidates trained models.
enum Template : uint64_t {
  kBias = 1,
  kUni = 2,       // + offset (-2..2): 2..6
  kBi = 10,       // 10..13
  kTri = 20,      // 20..22
  kClassWindow = 30,
  kWordPos = 31,
  kWordPrefix = 32,
  kWordRest = 33,
  kWholeWord = 34,
  kNextWord = 35,
  kPrevWord = 36,
  kSurname = 37,
  kAmount = 38,
  kSpacing = 39,
  kWordSuffix = 40,
  kQuad = 41,
  kStem = 42,
  kStemEdge = 43,
  kParticle = 44,
  kGazetteer = kNerGazetteerTemplate,
  kRestKind = 46,
  kLearnedRest = 47,
  // 48-51: the word classes tried without shipping (bench/ner_results.md).
  kLexWord = 52,      // the word's lexicon kind (title, counter) and place
  kLexNext = 53,      // the next two words' kinds, where the stem ends
  kLexPrev = 54,      // the previous word's kind, where the word starts
  kLexParticle = 55,  // the lexicon particle's length where the stem ends
  kLexCount = 56,     // a number and counter word, and the place in it
};

// korean_lexicon's title bits and count bits of a word's kind.
constexpr uint8_t kTitleKinds = kNerTitleWord | kNerTitleEnd;
constexpr uint8_t kCountKinds = kNerCounterWord | kNerNumberStart;

// Particles (and 씨) that end a word after a name: stripping them gives the
// stem, so "민주당은" and "민주당의" share features.
constexpr std::u32string_view kParticles[] = {
    U"에서는", U"에게서", U"으로는", U"이라는", U"이라고", U"에서", U"에게", U"께서", U"으로", U"부터",
    U"까지", U"이나", U"처럼", U"보다", U"이랑", U"과의", U"와의", U"에는", U"에도", U"이가", U"씨는",
    U"씨가", U"씨의", U"씨를", U"씨와", U"씨도", U"씨", U"은", U"는", U"이", U"가", U"을", U"를", U"의",
    U"에", U"와", U"과", U"도", U"만", U"로", U"랑", U"측", U"등",
};

constexpr std::u32string_view kSurnames =
    U"김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염"
    U"여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상"
    U"시갈단견당";

bool IsSpace(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x3000 || c == 0xA0; }

// A coarse character class; punctuation keeps its own identity.
char32_t ClassOf(char32_t c) {
  if (c == 0) return U'_';  // outside the text
  if (IsHangulSyllable(c)) return U'H';
  if (IsAsciiDigit(c)) return U'D';
  if (c >= U'A' && c <= U'Z') return U'A';
  if (c >= U'a' && c <= U'z') return U'a';
  if (IsHan(c)) return U'C';
  if (IsSpace(c)) return U'S';
  if ((c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F)) return U'J';
  if (c < 0x80) return c;
  if (c >= 0x2018 && c <= 0x201F) return U'\'';
  if (c >= 0x3008 && c <= 0x3011) return U'<';
  return U'O';
}

uint64_t UnitCode(const std::string& unit) {
  uint64_t h = 0;
  for (unsigned char ch : unit) h = h * 131 + ch;
  return h;
}

using Hasher = NerHasher;
constexpr size_t kPad = 3;

// Indices into kNerFamilies (ner_families.h).
enum Family : int {
  fUni, fBi, fTri, fQuad, fClass, fSpacing, fWordPos, fPrefix, fRest, fWhole, fSuffix,
  fNext, fPrev, fStem, fStemEdge, fParticle, fRestKind, fLearned, fSurname, fAmount, fGazetteer, fLexTitle,
  fLexCount, fLexParticle,
};
static_assert(fLexParticle + 1 == kNerFamilyCount);

// Where the keys go: every family (the library), or every family but the
// dropped ones (the trainer's ablations). Two types, so that the library's
// features are computed with no test per key.
struct AllKeys {
  std::vector<uint64_t>& keys;
  void Push(int, uint64_t key) { keys.push_back(key); }
};
struct KeptKeys {
  std::vector<uint64_t>& keys;
  uint32_t dropped;
  void Push(int family, uint64_t key) {
    if ((dropped >> family & 1) == 0) keys.push_back(key);
  }
};

// What every position's features look at, computed once per text.
struct TextView {
  std::u32string_view text;
  size_t n = 0;
  // Padded copies so that window lookups need no bounds checks.
  std::vector<char32_t> norm, cls;
  std::vector<uint32_t> word_start, word_end;  // words are runs of non-space characters
  std::vector<uint8_t> amount_pos;            // 0 none, 1 first character, 2 inside
  std::vector<uint64_t> amount_unit;
  std::vector<uint8_t> gaz;                   // NerGazetteer::Mark
  std::vector<NerLexiconWord> lex;            // at each word's first position
  char32_t N(size_t i, int k) const { return norm[i + kPad + k]; }
  char32_t C(size_t i, int k) const { return cls[i + kPad + k]; }
};

void FindWords(TextView& v) {
  const std::u32string_view text = v.text;
  v.word_start.resize(v.n);
  v.word_end.resize(v.n);
  v.lex.assign(v.n, NerLexiconWord{});
  for (size_t i = 0; i < v.n;) {
    if (IsSpace(text[i])) {
      v.word_start[i] = v.word_end[i] = static_cast<uint32_t>(i);
      ++i;
      continue;
    }
    size_t j = i;
    while (j < v.n && !IsSpace(text[j])) ++j;
    for (size_t k = i; k < j; ++k) {
      v.word_start[k] = static_cast<uint32_t>(i);
      v.word_end[k] = static_cast<uint32_t>(j);
    }
    v.lex[i] = NerDescribeLexiconWord(text.substr(i, j - i));
    i = j;
  }
}

void Describe(std::u32string_view text, const std::vector<Amount>& amounts, const NerGazetteer* gazetteer,
              TextView& v) {
  const size_t n = text.size();
  v.text = text;
  v.n = n;
  v.norm.assign(n + 2 * kPad, 0);
  v.cls.assign(n + 2 * kPad, U'_');
  for (size_t i = 0; i < n; ++i) {
    v.norm[i + kPad] = NerNorm(text[i]);
    v.cls[i + kPad] = ClassOf(FoldWidth(text[i]));
  }
  FindWords(v);
  v.amount_pos.assign(n, 0);
  v.amount_unit.assign(n, 0);
  for (const Amount& a : amounts) {
    for (size_t k = a.start; k < a.end && k < n; ++k) {
      v.amount_pos[k] = k == a.start ? 1 : 2;
      v.amount_unit[k] = UnitCode(a.unit);
    }
  }
  if (gazetteer) gazetteer->Mark(text, &v.gaz);
  else v.gaz.assign(n, 0);
}

// Character n-grams and classes around position i.
template <class Sink>
void WindowFeatures(const TextView& v, size_t i, Sink& out) {
  auto N = [&](size_t p, int k) { return v.N(p, k); };
  auto C = [&](size_t p, int k) { return v.C(p, k); };
  out.keys.push_back(Hasher(kBias).Done());
  for (int k = -2; k <= 2; ++k) out.Push(fUni, Hasher(kUni + k + 2).Add(N(i, k)).Done());
  for (int k = -2; k <= 1; ++k) out.Push(fBi, Hasher(kBi + k + 2).Add(N(i, k)).Add(N(i, k + 1)).Done());
  for (int k = -2; k <= 0; ++k)
    out.Push(fTri, Hasher(kTri + k + 2).Add(N(i, k)).Add(N(i, k + 1)).Add(N(i, k + 2)).Done());
  out.Push(fQuad, Hasher(kQuad).Add(N(i, -1)).Add(N(i, 0)).Add(N(i, 1)).Add(N(i, 2)).Done());
  {
    Hasher h(kClassWindow);
    for (int k = -2; k <= 2; ++k) h.Add(C(i, k));
    out.Push(fClass, h.Done());
  }
  out.Push(fSpacing, Hasher(kSpacing).Add(C(i, 0)).Add(C(i, -1) == U'S').Add(C(i, 1) == U'S').Done());
}

// What the features of every position of one word share, computed once
// per word: the hashes of its parts so far (a position adds its offset).
struct WordContext {
  size_t ws = 0, we = 0, len = 0, stem_end = 0, stem_len = 0;
  Hasher prefix{kWordPrefix};  // advanced one character per position
  Hasher whole{kWholeWord};
  Hasher suffix{kWordSuffix};
  Hasher stem{kStem};
  Hasher stem_edge{kStemEdge};
  Hasher particle{kParticle};
  uint64_t next_word = 0, prev_word = 0;
  NerLexiconWord lex, lex_prev;
  uint8_t lex_next = 0, lex_next2 = 0;  // title bits only
  size_t lex_stem_end = 0;
};

// The first position of the word after the one ending at `end`, n when none.
size_t NextWordStart(const TextView& v, size_t end) {
  while (end < v.n && IsSpace(v.text[end])) ++end;
  return end;
}

// The lexicon's view of the word starting at ws and of its neighbours.
void DescribeLexiconContext(const TextView& v, WordContext& w) {
  w.lex = v.lex[w.ws];
  w.lex_stem_end = w.we - w.lex.particle;
  const size_t next = NextWordStart(v, w.we);
  if (next < v.n) {
    w.lex_next = v.lex[next].kind & kTitleKinds;
    const size_t next2 = NextWordStart(v, v.word_end[next]);
    if (next2 < v.n) w.lex_next2 = v.lex[next2].kind & kTitleKinds;
  }
  size_t k = w.ws;
  while (k > 0 && IsSpace(v.text[k - 1])) --k;
  if (k > 0) w.lex_prev = v.lex[v.word_start[k - 1]];
}

// korean_lexicon's titles, counters and particles around position i: a
// name before 회장 or 대변인, a count before 명, where a particle starts.
template <class Sink>
void LexiconFeatures(const TextView& v, const WordContext& w, size_t i, Sink& out) {
  const bool in_stem = i < w.lex_stem_end;
  const uint64_t place = in_stem ? std::min<size_t>(w.lex_stem_end - 1 - i, 3) : 9;
  if ((w.lex.kind & kTitleKinds) != 0) out.Push(fLexTitle, Hasher(kLexWord).Add(w.lex.kind & kTitleKinds).Add(place).Done());
  if ((w.lex.kind & kCountKinds) != 0) out.Push(fLexCount, Hasher(kLexCount).Add(w.lex.kind & kCountKinds).Add(place).Done());
  if (i + 1 == w.lex_stem_end) {
    if (w.lex_next != 0 || w.lex_next2 != 0)
      out.Push(fLexTitle, Hasher(kLexNext).Add(w.lex_next).Add(w.lex_next2).Add(w.lex.particle != 0).Done());
    if (w.lex.particle != 0)
      out.Push(fLexParticle, Hasher(kLexParticle).Add(std::min<size_t>(w.lex.particle, 4)).Add(v.C(i, 0)).Done());
  } else if (!in_stem) {
    out.Push(fLexParticle, Hasher(kLexParticle + 100).Add(i - w.lex_stem_end).Done());
  }
  if (i == w.ws && (w.lex_prev.kind & kTitleKinds) != 0)
    out.Push(fLexTitle, Hasher(kLexPrev).Add(w.lex_prev.kind & kTitleKinds).Done());
}

void DescribeWord(const TextView& v, size_t i, WordContext& w) {
  const std::u32string_view text = v.text;
  const std::vector<char32_t>& norm = v.norm;
  const size_t n = v.n;
  w = WordContext{};
  w.ws = v.word_start[i];
  w.we = v.word_end[i];
  w.len = w.we - w.ws;
  w.stem_end = w.we - NerParticleLength(text, w.ws, w.we);
  w.stem_len = w.stem_end - w.ws;
  if (w.len <= 10)
    for (size_t k = w.ws; k < w.we; ++k) w.whole.Add(norm[k + kPad]);
  w.suffix.Add(norm[w.we - 1 + kPad]).Add(w.we >= w.ws + 2 ? norm[w.we - 2 + kPad] : U'^');
  if (w.stem_len <= 8)
    for (size_t k = w.ws; k < w.stem_end; ++k) w.stem.Add(norm[k + kPad]);
  // The stem's last character (기관 endings: 당, 부, 청, 원) and length.
  w.stem_edge.Add(norm[w.stem_end - 1 + kPad]).Add(std::min<size_t>(w.stem_len, 6));
  for (size_t k = w.stem_end; k < w.we; ++k) w.particle.Add(norm[k + kPad]);
  {
    // The next word's first two characters: titles and particles after a name.
    size_t k = w.we;
    while (k < n && IsSpace(text[k])) ++k;
    Hasher h(kNextWord);
    h.Add(k < n ? norm[k + kPad] : U'$');
    if (k + 1 < n && !IsSpace(text[k + 1])) h.Add(norm[k + 1 + kPad]);
    w.next_word = h.Done();
  }
  {
    size_t k = w.ws;
    while (k > 0 && IsSpace(text[k - 1])) --k;
    Hasher h(kPrevWord);
    h.Add(k > 0 ? norm[k - 1 + kPad] : U'^');
    if (k > 1 && !IsSpace(text[k - 2])) h.Add(norm[k - 2 + kPad]);
    w.prev_word = h.Done();
  }
  DescribeLexiconContext(v, w);
}

// The word holding position i: its shape, prefix, rest, suffix, neighbours.
template <class Sink>
void WordFeatures(const TextView& v, WordContext& w, size_t i, Sink& out) {
  const std::vector<char32_t>& norm = v.norm;
  const size_t off = i - w.ws, from_end = w.we - 1 - i;
  const uint64_t pos_tag = w.len == 1 ? 1 : off == 0 ? 2 : from_end == 0 ? 3 : 4;
  out.Push(fWordPos, Hasher(kWordPos).Add(pos_tag).Add(std::min<size_t>(w.len, 6)).Done());
  if (off < 5) out.Push(fPrefix, w.prefix.Add(norm[i + kPad]).Done());
  {
    Hasher h(kWordRest);
    size_t stop = std::min(w.we, i + 5);
    for (size_t k = i + 1; k < stop; ++k) h.Add(norm[k + kPad]);
    h.Add(stop == w.we ? U'$' : U'+');
    out.Push(fRest, h.Done());
  }
  if (w.len <= 10) out.Push(fWhole, Hasher(w.whole).Add(off + 100).Done());
  out.Push(fSuffix, Hasher(w.suffix).Add(std::min<size_t>(from_end, 5)).Done());
  if (from_end == 0) out.Push(fNext, w.next_word);
  if (off == 0) out.Push(fPrev, w.prev_word);
}

// The word's stem and particle, and whether a span could end at i.
template <class Sink>
void StemFeatures(const TextView& v, const WordContext& w, size_t i, Sink& out) {
  auto N = [&](size_t p, int k) { return v.N(p, k); };
  auto C = [&](size_t p, int k) { return v.C(p, k); };
  const size_t off = i - w.ws;
  const bool in_stem = i < w.stem_end;
  if (w.stem_len <= 8) out.Push(fStem, Hasher(w.stem).Add(in_stem ? off : 50 + (i - w.stem_end)).Done());
  out.Push(fStemEdge, Hasher(w.stem_edge).Add(in_stem ? std::min<size_t>(w.stem_end - 1 - i, 5) : 9).Done());
  out.Push(fParticle,
           Hasher(w.particle).Add(in_stem ? std::min<size_t>(off, 5) : 9).Add(std::min<size_t>(w.stem_len, 6)).Done());
  // Could a span end here? Yes when the rest of the word is nothing or
  // exactly a particle ("7자리|가" but not "7자|리가"): this generalises
  // to words the training data never showed.
  uint64_t rest_kind = i + 1 == w.we ? 0 : i + 1 == w.stem_end ? 1 : 2;
  out.Push(fRestKind, Hasher(kRestKind).Add(rest_kind).Add(C(i, 0)).Add(C(i, 1)).Done());
  out.Push(fRestKind, Hasher(kRestKind + 100).Add(rest_kind).Add(N(i, 0)).Done());
  // The same from kmou-ner's morphemes: how often the rest of the word is
  // a particle when a word ends so ("이" often is, "고" seldom).
  if (i + 1 < w.we) {
    const int share = NerLearnedParticleShare(v.text.substr(i + 1, w.we - i - 1));
    out.Push(fLearned, Hasher(kLearnedRest).Add(share + 1).Add(C(i, 0)).Done());
    out.Push(fLearned, Hasher(kLearnedRest + 100).Add(share + 1).Add(std::min<size_t>(w.we - i - 1, 5)).Done());
  }
}

// Surname syllables as bits over the Hangul syllable block.
struct SurnameSet {
  std::vector<bool> bits = std::vector<bool>(0xD7A4 - 0xAC00, false);
  SurnameSet() {
    for (char32_t c : kSurnames)
      if (IsHangulSyllable(c)) bits[c - 0xAC00] = true;
  }
};

}  // namespace

bool NerIsSurname(char32_t c) {
  static const SurnameSet set;
  return IsHangulSyllable(c) && set.bits[c - 0xAC00];
}

// Length of the particle ending the word text[ws, we), 0 when none; the
// stem keeps at least one character.
size_t NerParticleLength(std::u32string_view text, size_t ws, size_t we) {
  // Most words end in no particle's last character: one search, not 43.
  static const std::u32string last_characters = [] {
    std::u32string chars;
    for (std::u32string_view p : kParticles)
      if (chars.find(p.back()) == std::u32string::npos) chars.push_back(p.back());
    return chars;
  }();
  if (we <= ws || last_characters.find(text[we - 1]) == std::u32string::npos) return 0;
  for (std::u32string_view p : kParticles) {
    if (we - ws > p.size() && text.substr(we - p.size(), p.size()) == p) return p.size();
  }
  return 0;
}

namespace {

// The features of every position of the text `v` describes, into `sink`
// (whose keys are out->keys).
template <class Sink>
void AllPositions(const TextView& v, Sink& sink, NerFeatures* out) {
  const std::u32string_view text = v.text;
  std::vector<uint64_t>& keys = out->keys;
  const uint64_t space_key = Hasher(kWordPos).Add(0).Done();
  WordContext word;
  for (size_t i = 0; i < v.n; ++i) {
    WindowFeatures(v, i, sink);  // the first key of every position is the bias
    if (IsSpace(text[i])) {
      sink.Push(fWordPos, space_key);
      out->offsets.push_back(static_cast<uint32_t>(keys.size()));
      continue;
    }
    if (i == v.word_start[i]) DescribeWord(v, i, word);
    WordFeatures(v, word, i, sink);
    StemFeatures(v, word, i, sink);
    LexiconFeatures(v, word, i, sink);
    const size_t len = word.len, off = i - word.ws, from_end = word.we - 1 - i;
    const uint64_t pos_tag = len == 1 ? 1 : off == 0 ? 2 : from_end == 0 ? 3 : 4;
    if (NerIsSurname(text[i]))
      sink.Push(fSurname, Hasher(kSurname).Add(pos_tag).Add(std::min<size_t>(len, 6)).Add(off).Done());
    if (v.amount_pos[i] != 0) sink.Push(fAmount, Hasher(kAmount).Add(v.amount_pos[i]).Add(v.amount_unit[i]).Done());
    if (v.gaz[i] != 0) sink.Push(fGazetteer, Hasher(kGazetteer).Add(v.gaz[i]).Done());
    out->offsets.push_back(static_cast<uint32_t>(keys.size()));
  }
}

// The features of `text` into `out`, each key through `sink` (onto out->keys).
template <class Sink>
void ExtractInto(std::u32string_view text, const std::vector<Amount>& amounts, const NerGazetteer* gazetteer,
                 NerFeatures* out, Sink& sink) {
  const size_t n = text.size();
  out->keys.clear();
  out->offsets.assign(1, 0);
  if (n == 0) return;
  out->keys.reserve(n * 28);
  out->offsets.reserve(n + 1);
  thread_local TextView scratch;  // its vectors keep their storage from text to text
  TextView& v = scratch;
  Describe(text, amounts, gazetteer, v);
  AllPositions(v, sink, out);
}

}  // namespace

void ExtractNerFeatures(std::u32string_view text, const std::vector<Amount>& amounts,
                        const NerGazetteer* gazetteer, NerFeatures* out) {
  AllKeys sink{out->keys};
  ExtractInto(text, amounts, gazetteer, out, sink);
}

void ExtractNerFeaturesWithout(std::u32string_view text, const std::vector<Amount>& amounts,
                               const NerGazetteer* gazetteer, NerFeatures* out, uint32_t dropped) {
  KeptKeys sink{out->keys, dropped};
  ExtractInto(text, amounts, gazetteer, out, sink);
}

}  // namespace kosearch
