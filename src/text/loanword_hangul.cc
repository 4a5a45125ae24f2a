// The Hangul side of loanword matching (see loanword.h): romanises Hangul
// into the phonetic letters PhoneticToKey (loanword.cc) reduces to a key,
// dropping the vowels Korean adds to English consonant clusters, and takes
// particles off candidate words (the particle rows of text/korean_lexicon
// marked kOnLoanword, with what syllable each is written after).
#include "text/loanword_phonetic.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <memory>

#include "text/korean_lexicon.h"
#include "text/loanword.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

constexpr int kInitials = 19;
constexpr int kVowels = 21;
constexpr int kFinals = 28;
constexpr int kVowelEu = 18;      // ㅡ
constexpr int kVowelI = 20;       // ㅣ
constexpr int kInitialSiot = 9;   // ㅅ
constexpr int kInitialJieut = 12; // ㅈ
constexpr int kInitialChieut = 14;  // ㅊ

// ICU's romanisation of every open syllable (initial + vowel), indexed
// initial * kVowels + vowel. ICU spells finals as they are written (챗 →
// chaes, 업 → eob), but in loanwords a final is pronounced as a stop (chat,
// up), so finals come from kFinalSound instead; the table keeps ICU for the
// part where its spelling is right. Built once (C++ guarantees a thread-safe
// initialisation of the static); empty when ICU cannot create the
// transliterator.
struct OpenSyllables {
  bool ok = false;
  std::array<std::string, kInitials * kVowels> latin;
};

const OpenSyllables& OpenSyllableTable() {
  static const OpenSyllables table = [] {
    OpenSyllables t;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> hangul_latin(
        icu::Transliterator::createInstance("Hangul-Latin", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !hangul_latin) return t;
    for (int l = 0; l < kInitials; ++l) {
      for (int v = 0; v < kVowels; ++v) {
        char32_t syllable = 0xAC00 + (l * kVowels + v) * kFinals;
        icu::UnicodeString u = icu::UnicodeString(static_cast<UChar32>(syllable));
        hangul_latin->transliterate(u);
        std::string latin;
        u.toUTF8String(latin);
        t.latin[l * kVowels + v] = std::move(latin);
      }
    }
    t.ok = true;
    return t;
  }();
  return table;
}

// The sound of each final consonant in a loanword, indexed by the final's
// position in the Unicode syllable order (0 = none). 'N' is the velar nasal.
constexpr std::array<const char*, kFinals> kFinalSound = {
    "",  "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l",
    "p", "l", "m", "p", "p", "t", "t", "N", "t", "t", "k", "t", "p", "t"};

// Romanises a run of Hangul syllables into the phonetic spelling read by
// PhoneticToKey, dropping the vowels Korean adds to English consonant
// clusters: ㅡ in an open syllable (스 → s, 트 → t), ㅡ before a final ㄹ
// (플 → pl, 글 → gl), and ㅣ after ㅅ/ㅈ/ㅊ ending a word (메시지 → mesij,
// 캐시 → kaes, for message and cash).
}  // namespace

bool HangulPhonetic(std::u32string_view run, std::string& out) {
  const OpenSyllables& table = OpenSyllableTable();
  if (!table.ok) return false;
  for (size_t i = 0; i < run.size(); ++i) {
    const auto [initial, vowel, final] = SplitSyllable(run[i]);
    std::string_view latin = table.latin[initial * kVowels + vowel];
    bool epenthetic = false;
    if (vowel == kVowelEu && (final == 0 || final == kFinalRieul)) epenthetic = true;
    if (vowel == kVowelI && final == 0 && i + 1 == run.size() && run.size() >= 2 &&
        (initial == kInitialSiot || initial == kInitialJieut || initial == kInitialChieut)) {
      epenthetic = true;
    }
    if (epenthetic) {
      std::string_view vowel_latin = vowel == kVowelEu ? "eu" : "i";
      if (latin.size() >= vowel_latin.size() && latin.ends_with(vowel_latin)) {
        latin.remove_suffix(vowel_latin.size());
      }
    }
    out += latin;
    out += kFinalSound[final];
  }
  return true;
}

namespace {

using korean::Attach;

// The loanword rows of the lexicon's particle table, in UTF-8. Each attaches
// after a closed syllable (은, 을, 이), after an open one (는, 를, 가), or
// either; honouring that keeps 레이 (Ray) and 스파이 (spy) whole.
struct LoanParticle {
  std::string text;
  Attach attach;
  bool ends_words;  // 도, 만, 들, 인, 로 also end many words (인도, 로만, 허들, 와인, 모로)
};
const std::vector<LoanParticle>& LoanParticles() {
  static const std::vector<LoanParticle> particles = [] {
    std::vector<LoanParticle> out;
    for (const korean::Particle* p : korean::ParticlesFor(korean::kOnLoanword)) {
      out.push_back({ToUtf8(p->text), p->attach, p->Has(korean::kEndsWords)});
    }
    return out;
  }();
  return particles;
}
// Suffixes that follow names too: 주 (state) and 교 (religion), as in
// 텍사스주, 힌두교.
constexpr std::array<std::string_view, 2> kSuffixes = {"주", "교"};

// Whether a particle attaching as `attach` may follow `stem`. After
// anything but Hangul (GPU를) the spelling does not tell, so any may.
bool CanAttach(std::string_view stem, Attach attach) {
  std::u32string cps = ToU32(stem);
  return !cps.empty() && korean::AttachAllows(cps.back(), attach);
}

}  // namespace

bool HasEpentheticVowel(std::string_view hangul) {
  constexpr int kInitialIeung = 11;  // ㅇ: 으 is a particle's and native words' (으로, 으면)
  for (char32_t c : ToU32(hangul)) {
    if (c < 0xAC00 || c > 0xD7A3) continue;
    const int index = static_cast<int>(c - 0xAC00);
    const int initial = index / (kVowels * kFinals), vowel = (index / kFinals) % kVowels, final = index % kFinals;
    if (vowel == kVowelEu && initial != kInitialIeung && (final == 0 || final == kFinalNieun || final == kFinalRieul)) return true;
  }
  return false;
}

// One-syllable Korean words (것, 는, 칩) pair with too many short English
// words by chance; they are never candidates.
size_t HangulSyllableCount(std::string_view text) { return CountHangulSyllables(ToU32(text)); }

// Frequent native words and function words whose romanisation looks like
// an English consonant cluster or a short English key (그러나 → klana like
// grown, 거리 → kala like Korea, 모두 → mada like media): on the news pairs
// they were the commonest false matches.
bool IsNativeStopword(std::string_view form) {
  static constexpr std::array<std::string_view, 48> kNative = {
      "그러나", "그런", "그런데", "그리고", "그래서", "그러면", "그렇게", "그래도", "그러한", "그러자",
      "그러", "그리", "그는", "그의", "그가", "그를", "이런", "저런", "이러한", "어떤", "다른", "많은",
      "있는", "없는", "하는", "모두", "모든", "바로", "사람", "사람들", "거리", "것이", "것은", "것을",
      "것도", "것으", "것으로", "것이다", "이번", "지난", "대한", "관한", "관련", "당시", "동안", "이날",
      "현재", "최근"};
  return std::find(kNative.begin(), kNative.end(), form) != kNative.end();
}

std::vector<LoanwordForm> StrippedForms(std::string_view word) {
  std::vector<LoanwordForm> forms{{std::string(word), true}};
  auto strip_once = [](const LoanwordForm& from, std::vector<LoanwordForm>& into) {
    std::string_view w = from.text;
    auto try_suffix = [&](std::string_view p, Attach attach, bool ends_words) {
      if (w.size() <= p.size() || !w.ends_with(p)) return;
      std::string_view stem = w.substr(0, w.size() - p.size());
      // 온라인으로 is 온라인 + 으로, never 온라인으 + 로.
      if (p.starts_with("로") && stem.ends_with("으")) return;
      if (CanAttach(stem, attach)) into.push_back({std::string(stem), from.certain && !ends_words});
    };
    for (const LoanParticle& p : LoanParticles()) try_suffix(p.text, p.attach, p.ends_words);
    for (std::string_view p : kSuffixes) try_suffix(p, Attach::kAny, true);
  };
  std::vector<LoanwordForm> first;
  strip_once(forms[0], first);
  for (const LoanwordForm& f : first) {
    forms.push_back(f);
    strip_once(f, forms);
  }
  // Longest first, no repeats (a repeat is certain if either way was).
  std::stable_sort(forms.begin() + 1, forms.end(),
                   [](const LoanwordForm& a, const LoanwordForm& b) { return a.text.size() > b.text.size(); });
  std::vector<LoanwordForm> unique;
  for (LoanwordForm& f : forms) {
    auto same = std::find_if(unique.begin(), unique.end(), [&](const LoanwordForm& u) { return u.text == f.text; });
    if (same == unique.end()) {
      unique.push_back(std::move(f));
    } else {
      same->certain = same->certain || f.certain;
    }
  }
  return unique;
}

std::vector<std::string> ParticleStrippedForms(std::string_view word) {
  std::vector<std::string> out;
  for (LoanwordForm& f : StrippedForms(word)) out.push_back(std::move(f.text));
  return out;
}

}  // namespace kosearch
