// The Korean analyzer (see include/kosearch/analyzer.h).
//
// Particles: a Hangul word whose ending is a listed particle (조사) is cut
// before its bigrams are made, when what remains has at least two syllables
// ("옴니버스를" → 옴니 니버 버스). The particle's bigram ("스를") would only
// add noise and keep "옴니버스를" from matching a query phrase that continues
// past it. When the stem would be one syllable ("툴을", "국가") the word is
// kept whole, because the cut is then too often wrong (국가 is not 국 + 가);
// the stem's unigram is added as an index-only term so that "툴" still finds
// "툴을". bench/retrieval_results.md measures the effect.
#include "kosearch/analyzer.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <array>
#include <cstdlib>
#include <cstring>

#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

enum class CharClass { kSpace, kHangul, kCjk, kAlnum, kOtherLetter };

CharClass Classify(char32_t c) {
  if (IsHangulSyllable(c) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F)) return CharClass::kHangul;
  if (IsAsciiAlpha(c) || IsAsciiDigit(c)) return CharClass::kAlnum;
  if (c < 0x80) return CharClass::kSpace;
  if (IsHan(c) || (c >= 0x3040 && c <= 0x30FF)) return CharClass::kCjk;
  UErrorCode err = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &err);
  if (U_SUCCESS(err) && (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA)) return CharClass::kCjk;
  if (u_isalnum(static_cast<UChar32>(c))) return CharClass::kOtherLetter;
  return CharClass::kSpace;
}

size_t ParticleLength(std::u32string_view word) {
  const korean::Particle* p = korean::ParticleEnding(word, korean::kCutForIndex);
  return p ? p->text.size() : 0;
}

// Light verbs: a Sino-Korean noun + 하다/되다/시키다 ("기록하고있는", "구성되어",
// "발표했다") is cut to the noun, so it matches the noun in any inflection.
// Only from the third syllable on, so 대한민국, 하나님 and 부하 stay whole.
size_t LightVerbCut(std::u32string_view word) {
  for (size_t i = 2; i < word.size(); ++i) {
    if (korean::IsLightVerbSyllable(word[i])) return i;
  }
  return word.size();
}

struct Run {
  CharClass cls;
  size_t first;  // index into the code-point vector
  size_t last;   // exclusive
};

class Tokenizer {
 public:
  Tokenizer(std::string_view text, const AnalyzerOptions& options) : text_(text), options_(options) {}

  std::vector<Token> Run() {
    Decode();
    std::vector<struct Run> runs = SplitRuns();
    for (size_t r = 0; r < runs.size(); ++r) {
      const struct Run& run = runs[r];
      bool attached = r > 0 && runs[r - 1].last == run.first && runs[r - 1].cls != CharClass::kHangul;
      switch (run.cls) {
        case CharClass::kHangul: EmitHangul(run, attached); break;
        case CharClass::kCjk: EmitNgrams(run.first, run.last); break;
        case CharClass::kAlnum: EmitAlnum(run); break;
        case CharClass::kOtherLetter: EmitLowered(run); break;
        case CharClass::kSpace: break;
      }
    }
    return std::move(tokens_);
  }

 private:
  void Decode() { DecodeWithOffsets(text_, &cps_, &offsets_); }

  std::vector<struct Run> SplitRuns() {
    std::vector<struct Run> runs;
    for (size_t i = 0; i < cps_.size();) {
      CharClass cls = Classify(cps_[i]);
      size_t j = i + 1;
      if (cls == CharClass::kAlnum) {
        // Keep thousands separators and decimal points inside a number.
        while (j < cps_.size()) {
          if (Classify(cps_[j]) == CharClass::kAlnum) { ++j; continue; }
          if ((cps_[j] == U',' || cps_[j] == U'.') && j + 1 < cps_.size() && IsAsciiDigit(cps_[j + 1]) &&
              IsAsciiDigit(cps_[j - 1])) { ++j; continue; }
          break;
        }
      } else {
        while (j < cps_.size() && Classify(cps_[j]) == cls) ++j;
      }
      if (cls != CharClass::kSpace) runs.push_back({cls, i, j});
      i = j;
    }
    return runs;
  }

  void Push(std::string term, size_t first, size_t last, bool index_only = false, bool advance = true) {
    Token t;
    t.term = std::move(term);
    t.position = position_;
    t.word = word_;
    t.start = offsets_[first];
    t.end = offsets_[last];
    t.index_only = index_only;
    tokens_.push_back(std::move(t));
    if (advance) ++position_;
  }

  std::string Slice(size_t first, size_t last) const { return std::string(text_.substr(offsets_[first], offsets_[last] - offsets_[first])); }

  void EmitNgrams(size_t first, size_t last) {
    if (last - first == 1) {
      Push(Slice(first, last), first, last);
    } else {
      for (size_t i = first; i + 1 < last; ++i) Push(Slice(i, i + 2), i, i + 2);
    }
    ++word_;
  }

  void EmitHangul(const struct Run& run, bool attached_to_previous) {
    std::u32string_view word(cps_.data() + run.first, run.last - run.first);
    if (!options_.strip_particles) { EmitNgrams(run.first, run.last); return; }
    // "GPU를", "SK는": a particle hanging on a Latin word or number is dropped.
    if (attached_to_previous && korean::IsParticle(word, korean::kCutForIndex)) return;
    size_t particle = ParticleLength(word);
    size_t stem = word.size() - particle;
    if (options_.cut_light_verbs) stem = std::min(stem, LightVerbCut(word.substr(0, stem)));
    if (stem < word.size() - particle) particle = word.size() - stem;
    if (particle > 0 && stem >= 2) {
      EmitNgrams(run.first, run.first + stem);
      return;
    }
    if (particle > 0 && stem == 1) {
      Push(Slice(run.first, run.first + 1), run.first, run.first + 1, /*index_only=*/true, /*advance=*/false);
    }
    EmitNgrams(run.first, run.last);
  }

  void EmitAlnum(const struct Run& run) {
    std::string term;
    for (size_t i = run.first; i < run.last; ++i) {
      char32_t c = cps_[i];
      if (c == U',') continue;  // 1,000 → 1000
      term.push_back(static_cast<char>(c >= U'A' && c <= U'Z' ? c + 32 : c));
    }
    Push(std::move(term), run.first, run.last);
    ++word_;
  }

  void EmitLowered(const struct Run& run) {
    std::string term;
    for (size_t i = run.first; i < run.last; ++i) AppendUtf8(term, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cps_[i]))));
    Push(std::move(term), run.first, run.last);
    ++word_;
  }

  std::string_view text_;
  const AnalyzerOptions& options_;
  std::u32string cps_;
  std::vector<size_t> offsets_;
  std::vector<Token> tokens_;
  uint32_t position_ = 0;
  uint32_t word_ = 0;
};

}  // namespace

const AnalyzerOptions& DefaultAnalyzerOptions() {
  static const AnalyzerOptions options = [] {
    AnalyzerOptions o;
    const char* env = std::getenv("KOSEARCH_PARTICLES");
    if (env && std::strcmp(env, "off") == 0) o.strip_particles = false;
    const char* verbs = std::getenv("KOSEARCH_LIGHT_VERBS");
    if (verbs && std::strcmp(verbs, "off") == 0) o.cut_light_verbs = false;
    return o;
  }();
  return options;
}

std::vector<Token> Analyze(std::string_view normalized_text, const AnalyzerOptions& options) {
  return Tokenizer(normalized_text, options).Run();
}

std::string NormalizeText(std::string_view text) { return Nfkc(text); }

}  // namespace kosearch
