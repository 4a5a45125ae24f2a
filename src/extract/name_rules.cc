// The word rules for people (see people.h) that quotes.cc and extractor.cc
// use too: splitting a text into words, the particle after a name, titles,
// words that are never names, and the shape of a Korean name. The Korean
// word lists themselves are in text/korean_lexicon.
#include "extract/people.h"

#include <algorithm>
#include <unordered_set>

#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Word lists are hashed once: these checks run several times per word.
using WordSet = std::unordered_set<std::u32string_view>;

bool IsLetter(char32_t c) {
  return IsHangulSyllable(c) || IsAsciiAlpha(c) || IsAsciiDigit(c) || IsHan(c) || (c >= 0x3131 && c <= 0x318E) ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0xFF10 && c <= 0xFF5A && c != 0xFF20);
}

}  // namespace

std::vector<Word> SplitWords(std::u32string_view text, size_t limit) {
  std::vector<Word> words;
  limit = std::min(limit, text.size());
  size_t i = 0;
  bool space_only = false;  // since the previous word
  while (i < limit) {
    char32_t c = text[i];
    if (!IsLetter(c)) {
      space_only = space_only && (c == U' ' || c == U'\t' || c == 0xA0);
      ++i;
      continue;
    }
    Word w;
    w.start = i;
    w.space_before = space_only && !words.empty();
    while (i < limit) {
      if (IsLetter(text[i])) { ++i; continue; }
      // "U.S.", "Jae-yong", "AT&T": joiners between Latin letters or digits.
      bool joiner = (text[i] == U'.' || text[i] == U'-' || text[i] == U'&') && i + 1 < limit &&
                    IsAsciiAlnum(text[i - 1]) && IsAsciiAlnum(text[i + 1]);
      if (!joiner) break;
      ++i;
    }
    w.end = i;
    w.paren_start = w.paren_end = w.tail_start = w.tail_end = i;
    if (i < limit && text[i] == U'(') {
      size_t close = i + 1;
      while (close < limit && close - i <= 40 && text[close] != U')' && text[close] != U'(' && text[close] != U'\n') {
        ++close;
      }
      if (close < limit && text[close] == U')' && close > i + 1) {
        w.paren_start = i + 1;
        w.paren_end = close;
        i = close + 1;
        w.tail_start = i;
        while (i < limit && IsHangulSyllable(text[i])) ++i;
        w.tail_end = i;
      }
    }
    words.push_back(w);
    space_only = true;
  }
  return words;
}

std::u32string_view ParticleCarrier(std::u32string_view text, const Word& w) {
  return w.has_paren() ? text.substr(w.tail_start, w.tail_end - w.tail_start) : text.substr(w.start, w.end - w.start);
}

size_t StripParticle(std::u32string_view word, bool* subject, bool is_tail) {
  const korean::Particle* p = korean::ParticleEnding(word, korean::kAfterName, is_tail);
  *subject = p && p->Has(korean::kMarksSubject);
  return p ? word.size() - p->text.size() : word.size();
}

bool IsTitle(std::u32string_view stem) {
  if (korean::IsTitleWord(stem)) return true;
  if (!std::all_of(stem.begin(), stem.end(), [](char32_t c) { return IsHangulSyllable(c) || IsAsciiDigit(c); })) {
    return false;
  }
  for (size_t len = 2; len < stem.size() && len <= 7; ++len) {  // compounds: 외교통상부 + 장관
    if (korean::IsCompoundTitleEnd(stem.substr(stem.size() - len))) return true;
  }
  return false;
}

bool IsCommonWord(std::u32string_view s) {
  static const WordSet kCommon = {U"관계자", U"전문가", U"한국인", U"미국인", U"중국인", U"일본인", U"외국인", U"정치인", U"연예인",
                U"소비자", U"생산자", U"이번에", U"지난해", U"정부군", U"반도체", U"주민들", U"대변인", U"기자단",
                U"이사회", U"국회의", U"부대표", U"전대표", U"전회장", U"신임", U"공동", U"차기", U"초대", U"당시",
                U"이날", U"전날", U"오늘", U"한편", U"또한", U"이어", U"특히", U"아울러", U"그러면서", U"이번",
                U"지난", U"최근", U"현재", U"그리고", U"그러나", U"하지만", U"다만", U"이후", U"앞서", U"이에",
                U"결국", U"우리", U"저희", U"모든", U"각국",
                U"또", U"그러자", U"따라서", U"반면", U"이와", U"한", U"이", U"그", U"각", U"모",
                // Forces, no surname + 군 ("김군", a boy named by his surname).
                U"공군", U"육군", U"해군", U"국군", U"장군", U"반군", U"미군", U"아군", U"적군",
                // "새 재무장관": a determiner before a title, no name.
                U"새",
                // "에이스 손민수", "톱스타 이영희": what a person is, before her name.
                U"에이스", U"톱스타",
                // Jobs shaped like a surname and a given name ("빈순옥 울산시 공무원 노조위원장").
                U"공무원", U"조합원", U"사무원", U"임직원"};
  return kCommon.count(s) > 0;
}

// Words between a name and its title that only qualify it (전 former, 제44대).
bool IsModifier(std::u32string_view s) {
  static const WordSet kModifiers = {U"전", U"현", U"신임", U"차기", U"초대", U"당시",
                                     U"전임", U"前", U"現", U"공동", U"명예", U"임시"};
  if (kModifiers.count(s)) return true;
  return s.size() >= 2 && s.back() == U'대' &&
         std::all_of(s.begin() + (s.front() == U'제' ? 1 : 0), s.end() - 1, IsAsciiDigit);
}

bool HasGrammaticalEnding(std::u32string_view w) {
  // 것 (a bound noun: 할 것, 그것) ends a clause too.
  if (korean::HasInflectionSyllable(w) || w.find(U'것') != std::u32string_view::npos) return true;
  return !w.empty() &&
         std::u32string_view(U"고다며면서게기요는은을를의에와과로도만들적던된한진할될린운여해").find(w.back()) !=
             std::u32string_view::npos;
}

bool LooksLikeKoreanName(std::u32string_view s) {
  if (!AllHangulSyllables(s) || IsCommonWord(s)) return false;
  bool doubled = s.size() == 4 && korean::IsDoubleSurname(s.substr(0, 2));
  if (s.size() != 3 && !doubled) return false;
  if (!doubled && !korean::IsSurnameSyllable(s[0])) return false;
  // "주임은", "대표가": a 2-syllable title or common word and a particle.
  if (std::u32string_view(U"은이가").find(s.back()) != std::u32string_view::npos &&
      (IsTitle(s.substr(0, s.size() - 1)) || IsCommonWord(s.substr(0, s.size() - 1)))) {
    return false;
  }
  // Endings of organizations and plurals, not of given names.
  return std::u32string_view(U"청부처당회단소관실국군구시대들적층계측는을를의에와과로던된할될고며게면다요").find(s.back()) ==
             std::u32string_view::npos &&
         !IsTitle(s);
}

size_t NameGluedToTitle(std::u32string_view word) {
  if (word.size() < 4 || !IsHangulSyllable(word[0]) || IsTitle(word)) return 0;
  // The longer title wins: "황선임연구원" is 황 and 선임연구원, not 황선임.
  std::u32string_view post = word.substr(1);
  if (korean::IsSurnameSyllable(word[0]) && !IsModifier(word.substr(0, 1)) && post.size() >= 4 &&
      AllHangulSyllables(post) && korean::IsTitleWord(post)) {
    return 1;
  }
  std::u32string_view name = word.substr(0, 3), title = word.substr(3);
  // A name ending in 도 before 지사 is a province ("강원도지사").
  if (LooksLikeKoreanName(name) && name.back() != U'도' && korean::IsTitleWord(title)) return 3;
  return 0;
}

size_t TitleGluedToName(std::u32string_view word) {
  size_t k = 0;
  while (k < word.size() && word[k] >= U'A' && word[k] <= U'Z') ++k;
  if (k < 2 || k > 3 || !korean::IsTitleWord(word.substr(0, k))) return 0;
  std::u32string_view name = word.substr(k);
  bool name_like = name.size() >= 2 && name.size() <= 4 && AllHangulSyllables(name) && !IsTitle(name) && !IsCommonWord(name);
  return name_like ? k : 0;
}

std::u32string SurnameOf(std::u32string_view name) {
  size_t space = name.rfind(U' ');
  if (space != std::u32string_view::npos) return std::u32string(name.substr(space + 1));
  if (name.size() == 4 && korean::IsDoubleSurname(name.substr(0, 2))) {
    return std::u32string(name.substr(0, 2));
  }
  return std::u32string(name.substr(0, name.empty() ? 0 : 1));
}

size_t EditDistance(std::u32string_view a, std::u32string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::vector<std::u32string_view> SpaceSeparated(std::u32string_view s) {
  std::vector<std::u32string_view> parts;
  size_t at = 0;
  while (at <= s.size()) {
    size_t space = s.find(U' ', at);
    if (space == std::u32string_view::npos) space = s.size();
    if (space > at) parts.push_back(s.substr(at, space - at));
    at = space + 1;
  }
  return parts;
}

}  // namespace kosearch
