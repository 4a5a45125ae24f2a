// The NER tagger's decoding (see ner_model.h): first-order Viterbi under the
// BIO constraint, and the PS/OG/QT spans a tag sequence names (trimmed of
// quote marks, never a pronoun, a Hanja gloss only of a word of its type,
// plus titled names the model missed).
#include <algorithm>
#include <limits>
#include <string>

#if defined(__SSE__)
#include <xmmintrin.h>
#endif

#include "extract/ner_model.h"
#include "extract/ner_text.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// I-X may only follow B-X or I-X (prev -1: the start of the text).
bool Legal(int prev, int cur) {
  if (cur == 0 || NerIsBegin(cur)) return true;
  return prev >= 0 && prev != 0 && NerTypeOf(prev) == NerTypeOf(cur);
}

// The tags that may follow any tag (O and every B-X: 7 of them) are scored as
// two vectors of four (GCC/Clang vector extensions: one SSE register each);
// an I-X tag has only two predecessors (B-X and I-X), scored one by one.
constexpr int kOpenTags[8] = {0, 1, 3, 5, 7, 9, 11, 0};  // the last lane is padding
constexpr int kOpenCount = 7;
constexpr int kGroups = 2;
typedef float Scores4 __attribute__((vector_size(16)));
typedef int32_t Ints4 __attribute__((vector_size(16)));

constexpr int T = kNerTagCount;
constexpr float kNeg = -1e30f;  // an impossible tag

bool Allowed(const uint16_t* allowed, size_t i, int t) { return !allowed || (allowed[i] >> t & 1); }

// Per lane, `candidate` where it is greater than `best`, else `best` (also
// for equal values and NaN): what `candidate > best ? candidate : best`
// gives, in one instruction where SSE's MAXPS is there (it returns its
// second operand unless the first is greater), else by bitwise selection
// (`?:` on vectors goes lane by lane without SSE4).
Scores4 KeepGreater(Scores4 candidate, Scores4 best) {
#if defined(__SSE__)
  return reinterpret_cast<Scores4>(_mm_max_ps(reinterpret_cast<__m128>(candidate), reinterpret_cast<__m128>(best)));
#else
  const Ints4 better = candidate > best;  // all ones where greater
  return reinterpret_cast<Scores4>((better & reinterpret_cast<Ints4>(candidate)) |
                                   (~better & reinterpret_cast<Ints4>(best)));
#endif
}

// Each tag's best score over the paths ending in it at every position
// (kNeg: impossible), into score (n × T). A tag's best predecessor is
// searched one predecessor after another in ascending order, predecessors
// scoring kNeg skipped; only the best sum is kept here (BestPredecessor finds
// the predecessor again, for the path's tags only).
void ForwardScores(const float* emit, size_t n, const float* trans, const uint16_t* allowed, float* score) {
  Scores4 open_trans[T][kGroups];  // [prev][open tag]
  for (int p = 0; p < T; ++p)
    for (int k = 0; k < 4 * kGroups; ++k)
      open_trans[p][k / 4][k % 4] = k < kOpenCount ? trans[p * T + kOpenTags[k]] : -std::numeric_limits<float>::infinity();
  std::fill(score, score + n * T, kNeg);
  for (int t = 0; t < T; ++t)
    if (Legal(-1, t) && Allowed(allowed, 0, t)) score[t] = emit[t] + trans[T * T + t];
  for (size_t i = 1; i < n; ++i) {
    const float* prev = &score[(i - 1) * T];
    Scores4 best[kGroups];
    for (int g = 0; g < kGroups; ++g) best[g] = Scores4{} + kNeg;
    for (int p = 0; p < T; ++p) {
      if (prev[p] <= kNeg) continue;
      for (int g = 0; g < kGroups; ++g) best[g] = KeepGreater(prev[p] + open_trans[p][g], best[g]);
    }
    float best_of[T];
    for (int k = 0; k < kOpenCount; ++k) best_of[kOpenTags[k]] = best[k / 4][k % 4];
    for (int t = 2; t < T; t += 2) {  // I-X after B-X (t - 1) or I-X (t)
      best_of[t] = kNeg;
      for (int p = t - 1; p <= t; ++p)
        if (prev[p] > kNeg) best_of[t] = std::max(best_of[t], prev[p] + trans[p * T + t]);
    }
    for (int t = 0; t < T; ++t)
      if (Allowed(allowed, i, t) && best_of[t] > kNeg) score[i * T + t] = best_of[t] + emit[i * T + t];
  }
}

// The predecessor of tag t at position i on its best path: the first of the
// best, in the order ForwardScores searched them, so the same sums and
// comparisons choose it; 0 where ForwardScores found none.
int BestPredecessor(const float* score, size_t i, int t, const float* trans, const uint16_t* allowed) {
  if (!Allowed(allowed, i, t)) return 0;
  const float* prev = &score[(i - 1) * T];
  const bool open = t == 0 || NerIsBegin(t);
  float best = kNeg;
  int arg = 0;
  for (int p = open ? 0 : t - 1; p <= (open ? T - 1 : t); ++p) {
    if (prev[p] <= kNeg) continue;
    const float candidate = prev[p] + trans[p * T + t];
    if (candidate > best) best = candidate, arg = p;
  }
  return arg;
}

}  // namespace

void NerViterbi(const float* emit, size_t n, const float* trans, const uint16_t* allowed, std::vector<int>* tags) {
  static_assert(T == 1 + 2 * 6 && kOpenCount == 1 + 6);
  tags->assign(n, 0);
  if (n == 0) return;
  thread_local std::vector<float> scores;
  std::vector<float>& score = scores;  // one look-up of the thread's copy
  score.resize(n * T);
  ForwardScores(emit, n, trans, allowed, score.data());
  int last = 0;
  float best = kNeg;
  for (int t = 0; t < T; ++t) {
    if (score[(n - 1) * T + t] > best) {
      best = score[(n - 1) * T + t];
      last = t;
    }
  }
  for (size_t i = n; i-- > 0;) {
    (*tags)[i] = last;
    if (i > 0) last = BestPredecessor(score.data(), i, last, trans, allowed);
  }
}

namespace {

bool IsEdgePunct(char32_t c) {
  switch (c) {
    case U'"': case U'\'': case U'(': case U')': case U'[': case U']': case U'<': case U'>': case U' ':
    case U'\u201C': case U'\u201D': case U'\u2018': case U'\u2019': case U'\u300C': case U'\u300D':
    case U'\u300E': case U'\u300F': case U'\u3008': case U'\u3009': case U'\u300A': case U'\u300B':
    case U'△': case U'▲': case U'▷': case U'▶': case U'■': case U'□': case U'●': case U'○': case U'◆':
    case U'◇': case U'※': case U'·': case U'•':
      return true;
    default:
      return false;
  }
}

// Words the model tends to take for names in news but that never are:
// pronouns, and acronyms shaped like company names ("SK", "LG") that name a
// technology or a role instead.
bool IsNeverEntity(std::u32string_view span) {
  constexpr std::u32string_view kNever[] = {
      U"저희", U"우리", U"그들", U"그녀", U"자신", U"당신", U"본인", U"여러분", U"AI", U"CEO", U"CFO",
      U"CTO", U"COO", U"IT", U"GPU", U"CPU", U"TV", U"PC", U"SNS", U"GDP", U"IoT", U"VR", U"AR", U"DNA",
  };
  for (std::u32string_view w : kNever)
    if (span == w) return true;
  return false;
}

// Titles that follow a person's name in news ("이재용 삼성전자 회장").
constexpr std::u32string_view kTitles[] = {
    U"회장", U"부회장", U"대표", U"사장", U"부사장", U"의원", U"장관", U"차관", U"대통령", U"총리", U"의장",
    U"위원장", U"위원", U"감독", U"선수", U"기자", U"교수", U"원장", U"총장", U"시장", U"지사", U"군수",
    U"구청장", U"판사", U"검사", U"변호사", U"대변인", U"실장", U"국장", U"청장", U"후보", U"당선인",
    U"최고경영자", U"CEO", U"배우", U"가수", U"작가", U"연구원", U"팀장", U"단장", U"본부장", U"전무",
    U"상무", U"이사", U"비서관", U"수석", U"부장", U"코치", U"씨",
};

bool StartsWithTitle(std::u32string_view text, size_t pos) {
  for (std::u32string_view t : kTitles)
    if (text.substr(pos, t.size()) == t &&
        (pos + t.size() == text.size() || !IsHangulSyllable(text[pos + t.size()]) ||
         NerParticleLength(text, pos, pos + t.size() + 1) == 1 || text[pos + t.size()] == U'은' ||
         text[pos + t.size()] == U'이' || text[pos + t.size()] == U'의' || text[pos + t.size()] == U'과'))
      return true;
  return false;
}

// A three-syllable word starting with a surname, followed by a title either
// directly or after one more word (the organization): "최태원 SK그룹 회장".
// The model misses such names when the training data never showed them;
// the pattern is specific enough to add them.
void AddTitledNames(std::u32string_view text, size_t limit, std::vector<Entity>* out) {
  std::vector<bool> taken(text.size(), false);
  for (const Entity& e : *out)
    for (size_t k = e.start; k < e.end && k < taken.size(); ++k) taken[k] = true;
  auto next_word = [&](size_t pos) {
    while (pos < text.size() && text[pos] != U' ') ++pos;
    while (pos < text.size() && text[pos] == U' ') ++pos;
    return pos;
  };
  for (size_t i = 0; i + 3 <= limit; ++i) {
    if (i > 0 && text[i - 1] != U' ' && text[i - 1] != U'(' && text[i - 1] != U'\'' && text[i - 1] != U'"') continue;
    if (!NerIsSurname(text[i])) continue;
    if (!IsHangulSyllable(text[i + 1]) || !IsHangulSyllable(text[i + 2])) continue;
    if (i + 3 < text.size() && text[i + 3] != U' ') continue;
    if (taken[i] || taken[i + 1] || taken[i + 2]) continue;
    // Word endings that make a common word ("최고의", "남편인", "이러한")
    // or an institution ("유치원", "가맹점"), not a name.
    constexpr std::u32string_view kNotNameEnd = U"는은을를의가에로한인된해고자며서도만와과때나면게지던운온적막들께점족부청당회단실국팀소관처교";
    if (kNotNameEnd.find(text[i + 2]) != std::u32string_view::npos) continue;
    size_t w1 = next_word(i);
    bool titled = w1 < text.size() && StartsWithTitle(text, w1);
    if (!titled && w1 < text.size() && taken[w1]) {
      // Only across a word the model tagged (the organization).
      bool org = false;
      for (const Entity& e : *out) org |= e.start == w1 && e.type == "OG";
      size_t w2 = next_word(w1);
      titled = org && w2 < text.size() && StartsWithTitle(text, w2);
    }
    if (!titled) continue;
    out->push_back({i, i + 3, "PS", ToUtf8(text.substr(i, 3))});
  }
  std::sort(out->begin(), out->end(), [](const Entity& a, const Entity& b) { return a.start < b.start; });
}

// A span of Hanja alone in parentheses right after as many Hangul syllables
// (spaces skipped) is a gloss of those syllables: "시신(屍身)",
// "정주영(鄭周永)". It names what they name: in the three labelled corpora
// (KLUE, klp2016 train, kmou-ner) no gloss of an untagged word is an entity
// (310 of 310), and a tagged word's gloss mostly shares its type. So the
// gloss keeps its span only where the tagger gave the glossed syllables the
// same type; an ungiven gloss is the one the tagger sees without context.
bool IsGlossOfOtherTags(std::u32string_view text, const std::vector<int>& tags, size_t s, size_t t, int type) {
  if (s == 0 || t >= text.size() || text[s - 1] != U'(' || text[t] != U')') return false;
  for (size_t k = s; k < t; ++k)
    if (!IsHan(text[k])) return false;
  size_t need = t - s, k = s - 1;
  bool same = true;
  while (need > 0 && k > 0) {
    --k;
    if (text[k] == U' ') continue;
    if (!IsHangulSyllable(text[k])) return false;
    same = same && k < tags.size() && tags[k] != 0 && NerTypeOf(tags[k]) == type;
    --need;
  }
  return need == 0 && !same;
}

}  // namespace

std::vector<Entity> NerEntitiesFromTags(std::u32string_view text, size_t limit, const std::vector<int>& tags) {
  std::vector<Entity> out;
  const size_t n = std::min({text.size(), tags.size(), limit});
  for (size_t i = 0; i < n;) {
    int tag = tags[i];
    if (!NerIsBegin(tag)) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < tags.size() && tags[j] == tag + 1) ++j;
    int type = NerTypeOf(tag);
    // Quote marks and brackets never belong to a name: '"정부' → '정부'.
    size_t s = i, t = j;
    while (s < t && IsEdgePunct(text[s])) ++s;
    while (t > s && IsEdgePunct(text[t - 1])) --t;
    if (t <= limit && s < t && type <= 2 && !IsNeverEntity(text.substr(s, t - s)) &&
        !IsGlossOfOtherTags(text, tags, s, t, type)) {
      Entity e;
      e.start = s;
      e.end = t;
      e.type = kNerTypes[type];
      e.text = ToUtf8(text.substr(s, t - s));
      out.push_back(std::move(e));
    }
    i = j;
  }
  AddTitledNames(text, std::min(limit, text.size()), &out);
  return out;
}

}  // namespace kosearch
