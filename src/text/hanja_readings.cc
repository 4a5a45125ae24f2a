// Hanja readings (see hanja_readings.h): a binary search in the generated
// table and the initial sound rule on the syllable's jamo.
#include "text/hanja_readings.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace kosearch {

namespace {

struct Reading {
  uint16_t hanja, hangul;
};

constexpr Reading kReadings[] = {
#include "text/hanja_readings_table.inc"
};

// Jamo indexes of a precomposed syllable: initial * 588 + medial * 28 + final.
constexpr int kNieun = 2, kRieul = 5, kIeung = 11;
// ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ: the medials before which an initial ㄹ or ㄴ becomes ㅇ.
bool IsYotizedOrI(int medial) {
  return medial == 2 || medial == 6 || medial == 7 || medial == 12 || medial == 17 || medial == 20;
}

}  // namespace

char32_t HanjaReading(char32_t c) {
  if (c > 0xFFFF) return 0;
  const auto it = std::lower_bound(std::begin(kReadings), std::end(kReadings), c,
                                   [](const Reading& r, char32_t key) { return r.hanja < key; });
  return it != std::end(kReadings) && it->hanja == c ? it->hangul : 0;
}

char32_t HanjaReadingAtWordStart(char32_t c) {
  const char32_t r = HanjaReading(c);
  if (r == 0) return 0;
  const int s = static_cast<int>(r - 0xAC00);
  const int initial = s / 588, medial = s % 588 / 28, final = s % 28;
  int folded = initial;
  if (initial == kRieul) folded = IsYotizedOrI(medial) ? kIeung : kNieun;  // 李 이, 樂 낙
  else if (initial == kNieun && IsYotizedOrI(medial)) folded = kIeung;    // 女 여
  return static_cast<char32_t>(0xAC00 + folded * 588 + medial * 28 + final);
}

}  // namespace kosearch
