// People with their title and affiliation, and the Korean word rules they need
// (particles, titles, surnames). See people.h. The rules are deliberately
// shallow: a name is only taken where a title, a known spelling or an
// organization vouches for it, because a bare 3-syllable word starting with a
// surname syllable (반도체, 정부군) is more often not a name.
#include "extract/people.h"

#include <algorithm>
#include <iterator>
#include <unordered_map>
#include <unordered_set>

#include "text/unicode_text.h"

namespace kosearch {

namespace {

bool IsLetter(char32_t c) {
  return IsHangulSyllable(c) || IsAsciiAlpha(c) || IsAsciiDigit(c) || IsHan(c) || (c >= 0x3131 && c <= 0x318E) ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0xFF10 && c <= 0xFF5A && c != 0xFF20);
}
bool IsLatinOrDigit(char32_t c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
bool AllHangul(std::u32string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char32_t c) { return IsHangulSyllable(c); });
}
bool EndsWith(std::u32string_view s, std::u32string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
// Word lists are hashed once: these checks run several times per word.
using WordSet = std::unordered_set<std::u32string_view>;

// Particles, longest first; `subject` marks the topic/subject ones that can
// introduce a speaker.
struct Particle {
  std::u32string_view text;
  bool subject;
};
constexpr Particle kParticles[] = {
    Particle{U"께서는", true}, Particle{U"에서는", false}, Particle{U"에게는", false}, Particle{U"으로는", false},
    Particle{U"에서도", false}, Particle{U"에게도", false},  Particle{U"으로도", false}, Particle{U"에서의", false},
    Particle{U"께서", true},   Particle{U"에서", false},    Particle{U"에게", false},   Particle{U"한테", false},
    Particle{U"으로", false},  Particle{U"까지", false},    Particle{U"부터", false},   Particle{U"처럼", false},
    Particle{U"에는", false},  Particle{U"에도", false},    Particle{U"와의", false},   Particle{U"과의", false},
    Particle{U"와는", false},  Particle{U"과는", false},    Particle{U"로는", false},   Particle{U"이나", false},
    Particle{U"이자", false},  Particle{U"은", true},       Particle{U"는", true},      Particle{U"이", true},
    Particle{U"가", true},     Particle{U"도", true},       Particle{U"을", false},     Particle{U"를", false},
    Particle{U"의", false},    Particle{U"에", false},      Particle{U"와", false},     Particle{U"과", false},
    Particle{U"로", false},    Particle{U"만", false},      Particle{U"인", false},     Particle{U"께", false},
};

// Titles; a word ending in one of them is a title too (외교통상부장관).
constexpr std::u32string_view kTitles[] = {
    U"대통령", U"부통령", U"총리", U"수상", U"장관", U"차관", U"차관보", U"대변인", U"회장", U"부회장", U"사장",
    U"부사장", U"대표", U"대표이사", U"의장", U"부의장", U"위원장", U"부위원장", U"위원", U"의원", U"교수",
    U"감독", U"코치", U"선수", U"국왕", U"여왕", U"왕세자", U"총장", U"실장", U"원장", U"청장", U"시장", U"부시장",
    U"도지사", U"지사", U"군수", U"구청장", U"대사", U"영사", U"총영사", U"본부장", U"단장", U"국장", U"부장",
    U"과장", U"팀장", U"소장", U"관장", U"처장", U"차장", U"이사", U"이사장", U"상무", U"전무", U"주임", U"대령",
    U"중령", U"소령", U"장군", U"사령관", U"주석", U"총통", U"후보", U"후보자", U"당선인", U"당선자", U"검사",
    U"검사장", U"판사", U"재판장", U"대법원장", U"변호사", U"박사", U"기자", U"특파원", U"앵커", U"교육감",
    U"서기장", U"총재", U"부총재", U"최고경영자", U"최고운영책임자", U"최고재무책임자", U"최고기술책임자",
    U"창업자", U"창업주", U"설립자", U"목사", U"신부", U"추기경", U"교황", U"주교", U"대주교", U"작가", U"배우",
    U"가수", U"시인", U"특사", U"총독", U"연구원", U"연구위원", U"애널리스트", U"이코노미스트", U"조정관",
    U"감독관", U"대표팀", U"원내대표", U"최고위원", U"비서관", U"수석", U"행정관", U"사무관", U"서장", U"의사",
    U"간호사", U"사무총장", U"고문", U"회원", U"대원", U"씨"};
constexpr std::u32string_view kLatinTitles[] = {U"CEO", U"CFO", U"CTO", U"COO", U"CIO", U"CSO", U"CMO", U"CPO"};
// Titles that do not combine with a prefix (연구원 would swallow 한국개발연구원).
bool WholeWordOnly(std::u32string_view t) {
  static const WordSet kWhole = {U"연구원", U"씨", U"수석", U"고문", U"회원", U"대원", U"의사"};
  return kWhole.count(t) > 0;
}

constexpr std::u32string_view kSurnames =
    U"김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염"
    U"여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부태";
constexpr std::u32string_view kDoubleSurnames[] = {U"황보", U"남궁", U"제갈", U"선우", U"독고", U"사공", U"서문", U"동방"};

bool IsDoubleSurname(std::u32string_view s) {
  return std::find(std::begin(kDoubleSurnames), std::end(kDoubleSurnames), s) != std::end(kDoubleSurnames);
}

}  // namespace

bool IsCommonWord(std::u32string_view s) {
  static const WordSet kCommon = {U"관계자", U"전문가", U"한국인", U"미국인", U"중국인", U"일본인", U"외국인", U"정치인", U"연예인",
                U"소비자", U"생산자", U"이번에", U"지난해", U"정부군", U"반도체", U"주민들", U"대변인", U"기자단",
                U"이사회", U"국회의", U"부대표", U"전대표", U"전회장", U"신임", U"공동", U"차기", U"초대", U"당시",
                U"이날", U"전날", U"오늘", U"한편", U"또한", U"이어", U"특히", U"아울러", U"그러면서", U"이번",
                U"지난", U"최근", U"현재", U"그리고", U"그러나", U"하지만", U"다만", U"이후", U"앞서", U"이에",
                U"결국", U"우리", U"저희", U"모든", U"각국",
                U"또", U"그러자", U"따라서", U"반면", U"이와", U"한", U"이", U"그", U"각", U"모"};
  return kCommon.count(s) > 0;
}

namespace {

// Words between a name and its title that only qualify it (전 former, 제44대).
bool IsModifier(std::u32string_view s) {
  static const WordSet kModifiers = {U"전", U"현", U"신임", U"차기", U"초대", U"당시",
                                     U"전임", U"前", U"現", U"공동", U"명예", U"임시"};
  if (kModifiers.count(s)) return true;
  return s.size() >= 2 && s.back() == U'대' &&
         std::all_of(s.begin() + (s.front() == U'제' ? 1 : 0), s.end() - 1, IsAsciiDigit);
}

// Organization suffixes; one-syllable ones need two syllables before them.
constexpr std::u32string_view kOrgSuffixes[] = {
    U"그룹", U"전자", U"자동차", U"은행", U"공사", U"재단", U"협회", U"위원회", U"대학교", U"대학", U"연구소",
    U"연구원", U"공단", U"조합", U"노조", U"방송", U"신문", U"일보", U"통신", U"법원", U"정부", U"의회",
    U"회의소", U"연합회", U"연맹", U"협의회", U"본부", U"사령부", U"증권", U"생명", U"보험", U"건설", U"중공업",
    U"제약", U"항공", U"해운", U"물산", U"텔레콤", U"금융", U"홀딩스", U"센터", U"병원", U"진흥원", U"정보원",
    U"개발원", U"감사원", U"자치구", U"경찰서", U"검찰청", U"뉴스"};
constexpr std::u32string_view kOrgSuffixSyllables = U"부청처당군실시회대";

bool IsLatinAcronym(std::u32string_view s) {
  return s.size() >= 2 && s.size() <= 8 &&
         std::all_of(s.begin(), s.end(), [](char32_t c) { return (c >= U'A' && c <= U'Z') || IsAsciiDigit(c); }) &&
         !IsAsciiDigit(s.front());
}

size_t Syllables(std::u32string_view s) { return std::count_if(s.begin(), s.end(), IsHangulSyllable); }

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
                    IsLatinOrDigit(text[i - 1]) && IsLatinOrDigit(text[i + 1]);
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
  *subject = false;
  for (const Particle& p : kParticles) {
    if (word.size() > p.text.size() && EndsWith(word, p.text)) {
      *subject = p.subject;
      return word.size() - p.text.size();
    }
    if (is_tail && word == p.text) {
      *subject = p.subject;
      return 0;
    }
  }
  return word.size();
}

bool IsTitle(std::u32string_view stem) {
  if (std::find(std::begin(kLatinTitles), std::end(kLatinTitles), stem) != std::end(kLatinTitles)) return true;
  if (!AllHangul(stem) && !std::all_of(stem.begin(), stem.end(), [](char32_t c) {
        return IsHangulSyllable(c) || IsAsciiDigit(c);
      })) {
    return false;
  }
  static const WordSet kTitleSet(std::begin(kTitles), std::end(kTitles));
  if (kTitleSet.count(stem)) return true;
  for (size_t len = 2; len < stem.size() && len <= 7; ++len) {  // compounds: 외교통상부 + 장관
    std::u32string_view tail = stem.substr(stem.size() - len);
    if (kTitleSet.count(tail) && !WholeWordOnly(tail)) return true;
  }
  return false;
}

bool HasGrammaticalEnding(std::u32string_view w) {
  for (char32_t c : std::u32string_view(U"했됐있없았었겠것않")) {
    if (w.find(c) != std::u32string_view::npos) return true;
  }
  return !w.empty() &&
         std::u32string_view(U"고다며면서게기요는은을를의에와과로도만들적던된한진할될린운여해").find(w.back()) !=
             std::u32string_view::npos;
}

bool LooksLikeKoreanName(std::u32string_view s) {
  if (!AllHangul(s) || IsCommonWord(s)) return false;
  bool doubled = s.size() == 4 && IsDoubleSurname(s.substr(0, 2));
  if (s.size() != 3 && !doubled) return false;
  if (!doubled && kSurnames.find(s[0]) == std::u32string_view::npos) return false;
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

std::u32string SurnameOf(std::u32string_view name) {
  size_t space = name.rfind(U' ');
  if (space != std::u32string_view::npos) return std::u32string(name.substr(space + 1));
  if (name.size() == 4 && IsDoubleSurname(name.substr(0, 2))) {
    return std::u32string(name.substr(0, 2));
  }
  return std::u32string(name.substr(0, name.empty() ? 0 : 1));
}

namespace {
std::u32string MatchKey(std::u32string_view s) {
  std::u32string key;
  for (char32_t c : s) {
    if (c == U' ' || c == U'\t') continue;
    key.push_back(c >= U'A' && c <= U'Z' ? c - U'A' + U'a' : c);
  }
  return key;
}
}  // namespace

AliasIndex::AliasIndex(const AliasTable& table) : table_(table) {
  const auto& groups = table.groups();
  for (size_t g = 0; g < groups.size(); ++g) {
    for (const std::string& spelling : groups[g].spellings) {
      std::u32string u = ToU32(spelling);
      by_key_.emplace(MatchKey(u), g);
      max_words_ = std::max<size_t>(max_words_, 1 + std::count(u.begin(), u.end(), U' '));
      // Keys ignore spaces, so "국제 연합" in a text matches the spelling 국제연합:
      // any proper prefix of a key may be the first word of a match.
      std::u32string key = MatchKey(u);
      for (size_t len = 1; len < key.size(); ++len) phrase_starts_.insert(key.substr(0, len));
    }
  }
  max_words_ = std::min<size_t>(max_words_, 4);
}

bool AliasIndex::MayStartPhrase(std::u32string_view word) const { return phrase_starts_.count(MatchKey(word)) > 0; }

const AliasTable::Group* AliasIndex::Find(std::u32string_view spelling) const {
  auto it = by_key_.find(MatchKey(spelling));
  return it == by_key_.end() ? nullptr : &table_.groups()[it->second];
}

bool LooksLikeOrg(std::u32string_view stem, const AliasIndex& aliases) {
  if (stem.empty()) return false;
  if (const auto* g = aliases.Find(stem)) return g->kind == AliasTable::Kind::kOrg;
  if (IsLatinAcronym(stem) && !IsTitle(stem)) return true;
  static const WordSet kSuffixSet(std::begin(kOrgSuffixes), std::end(kOrgSuffixes));
  for (size_t len = 2; len < stem.size() && len <= 3; ++len) {
    if (kSuffixSet.count(stem.substr(stem.size() - len))) return true;
  }
  return Syllables(stem) >= 3 && AllHangul(stem) && kOrgSuffixSyllables.find(stem.back()) != std::u32string_view::npos;
}

namespace {

// Finds people word by word. Pass 1 anchors on titles ("… 회장", "… CEO");
// pass 2 adds names from the alias file and repeats of names already found.
class PeopleFinder {
 public:
  PeopleFinder(std::u32string_view text, const std::vector<Word>& words, const AliasIndex& aliases)
      : text_(text), words_(words), aliases_(aliases), used_(words.size(), false), stem_len_(words.size()) {
    for (size_t i = 0; i < words.size(); ++i) stem_len_[i] = ComputeStem(i).size();
  }

  PeopleFound Run() {
    for (size_t t = 0; t < words_.size(); ++t) {
      if (!used_[t] && IsTitleWord(t)) FromTitle(t);
    }
    BareNames();
    return Finish();
  }

 private:
  std::u32string_view Core(size_t i) const { return text_.substr(words_[i].start, words_[i].end - words_[i].start); }
  // The word without its particle (the core when "(…)" carries the particle).
  std::u32string_view Stem(size_t i) const { return Core(i).substr(0, stem_len_[i]); }
  std::u32string_view ComputeStem(size_t i) const {
    // 대변인, 김정은: words that only look as if they ended in a particle.
    if (words_[i].has_paren() || IsTitle(Core(i)) || aliases_.Find(Core(i))) {
      return Core(i);
    }
    bool subject;
    return Core(i).substr(0, StripParticle(Core(i), &subject));
  }
  bool HasParticle(size_t i) const { return words_[i].tail_end > words_[i].tail_start || Stem(i).size() < Core(i).size(); }
  bool IsTitleWord(size_t i) const {
    const Word& w = words_[i];
    // "전략기술개발관(국장)": a post glossed by its rank.
    std::u32string_view gloss = text_.substr(w.paren_start, w.paren_end - w.paren_start);
    return IsTitle(Core(i)) || (!w.has_paren() && Stem(i).size() > 0 && IsTitle(Stem(i))) ||
           (w.has_paren() && AllHangul(gloss) && IsTitle(gloss));
  }
  bool Joined(size_t i) const { return i < words_.size() && words_[i].space_before; }
  bool OrgWord(size_t i) const {
    if (LooksLikeOrg(Core(i), aliases_)) return true;
    // "엔비디아(NVIDIA)": a Hangul name glossed in Latin is a company far more often than a person.
    std::u32string_view paren = text_.substr(words_[i].paren_start, words_[i].paren_end - words_[i].paren_start);
    return words_[i].has_paren() && AllHangul(Core(i)) && std::any_of(paren.begin(), paren.end(), IsAsciiAlpha);
  }
  bool ForeignNameWord(std::u32string_view w) const {
    if (!AllHangul(w) || w.size() > 7 || IsCommonWord(w) || IsTitle(w) || IsModifier(w)) return false;
    return aliases_.Find(w) == nullptr && !LooksLikeOrg(w, aliases_) && !HasGrammaticalEnding(w);
  }
  // Longest alias-file person spelling made of words [.., last] (or [first, ..]).
  size_t AliasPersonEndingAt(size_t last, size_t lowest, bool stem_last, const AliasTable::Group** group) const {
    for (size_t k = std::min(aliases_.max_words(), last - lowest + 1); k >= 1; --k) {
      if (auto* g = AliasPerson(last + 1 - k, last, stem_last)) { *group = g; return k; }
    }
    return 0;
  }
  const AliasTable::Group* AliasPerson(size_t first, size_t last, bool stem_last) const {
    std::u32string key;
    for (size_t i = first; i <= last; ++i) {
      if (i > first && !Joined(i)) return nullptr;
      if (i < last && words_[i].has_paren()) return nullptr;
      key += (i == last && stem_last) ? Stem(i) : Core(i);
    }
    if (Syllables(key) < 2 && key.size() < 3) return nullptr;  // "황" alone is too ambiguous in running text
    const auto* g = aliases_.Find(key);
    return g && g->kind == AliasTable::Kind::kPerson ? g : nullptr;
  }

  std::u32string Span(size_t a, size_t b) const { return std::u32string(text_.substr(a, b - a)); }
  // Title text as written: "최고경영자(CEO)" (with its gloss), "대통령" (without 이).
  std::u32string RoleText(size_t t, size_t t2) const {
    const Word& last = words_[t2];
    size_t end = last.has_paren() ? last.paren_end + 1 : last.start + Stem(t2).size();
    std::u32string role = Span(words_[t].start, end);
    return role == U"씨" ? U"" : role;
  }
  struct OrgRef {
    std::u32string text;
    size_t start = 0;
  };
  OrgRef OrgText(size_t a, size_t b) const {  // words [a, b]
    if (a > b || b >= words_.size()) return {};
    return {Span(words_[a].start, a == b ? words_[a].end : words_[b].start + Stem(b).size()), words_[a].start};
  }

  void FromTitle(size_t t) {
    size_t t2 = t;  // "대통령 후보자": consecutive title words form one title
    while (t2 + 1 < words_.size() && Joined(t2 + 1) && !HasParticle(t2) && !used_[t2 + 1] && IsTitleWord(t2 + 1)) ++t2;
    // Candidate words left of the title: joined by spaces, no particle, not used.
    size_t a = t;
    while (a > 0 && Joined(a) && t - a < 6 && !used_[a - 1] && !IsTitleWord(a - 1)) {
      size_t k = a - 1;
      const AliasTable::Group* g = nullptr;
      bool surname_ref = k + 1 == t && Core(k).size() == 1 && kSurnames.find(Core(k)[0]) != std::u32string_view::npos;
      bool known = surname_ref || LooksLikeKoreanName(Core(k)) || AliasPersonEndingAt(k, k, false, &g) ||
                   LooksLikeOrg(Core(k), aliases_);
      // "스가 요시히데", "제이 카니": a final 이/가 may belong to a foreign name.
      std::u32string_view core = Core(k);
      bool name_like_ending = (core.back() == U'이' || core.back() == U'가') && ForeignNameWord(core);
      bool boundary = (HasParticle(k) && !name_like_ending) || HasGrammaticalEnding(core);
      if (!known && (boundary || IsCommonWord(core) || IsAsciiDigit(text_[words_[k].start]))) break;
      a = k;
    }
    size_t i = t;  // exclusive right end of the unexamined candidates
    auto skip_modifiers = [&] { while (i > a && IsModifier(Core(i - 1))) --i; };
    skip_modifiers();
    size_t org_hi = i;
    while (i > a && OrgWord(i - 1) && !LooksLikeKoreanName(Core(i - 1))) --i;
    size_t org_lo = i;
    skip_modifiers();
    size_t name_first = 0, name_last = 0;
    const AliasTable::Group* group = nullptr;
    bool found = false;
    if (i > a) {
      size_t last = i - 1;
      if (size_t k = AliasPersonEndingAt(last, a, false, &group)) {
        name_first = last + 1 - k, found = true;
      } else if (LooksLikeKoreanName(Core(last))) {
        name_first = last, found = true;
      } else if (Core(last).size() == 1 && kSurnames.find(Core(last)[0]) != std::u32string_view::npos &&
                 org_lo == org_hi && last + 1 == org_lo) {
        BackReference(Core(last), last, t2);
        return;
      } else {
        found = ForeignRun(a, last, &name_first);
      }
      name_last = last;
      // "안철수 대선 후보자": a sure name one or two qualifier words before the title.
      for (size_t skip = 1; !found && skip <= 2 && last >= a + skip && org_lo == org_hi; ++skip) {
        size_t l = last - skip;
        if (size_t k = AliasPersonEndingAt(l, a, false, &group)) {
          name_first = l + 1 - k, found = true;
        } else if (LooksLikeKoreanName(Core(l))) {
          name_first = l, found = true;
        }
        if (found) name_last = l, t = l + 1;  // the qualifiers join the role
      }
    }
    if (!found) {
      FromTitleRightward(t, t2);
      return;
    }
    OrgRef org = OrgText(org_lo, org_hi - 1);
    if (org.text.empty() && name_first > a && OrgWord(name_first - 1)) org = OrgText(name_first - 1, name_first - 1);
    if (org.text.empty() && name_first > 0 && Joined(name_first) && HasParticle(name_first - 1) &&
        ParticleCarrier(text_, words_[name_first - 1]).back() == U'의' && LooksLikeOrg(Stem(name_first - 1), aliases_)) {
      org = {std::u32string(Stem(name_first - 1)), words_[name_first - 1].start};  // "NASA의 에드 웨일러 차관보"
    }
    if (org.text.empty()) org = CompoundTitleOrg(t);
    AddMention(name_first, name_last, t2, group, RoleText(t, t2), org);
  }

  // A foreign name of one or two words ending at `last`, starting where the
  // candidates start (a longer run of plain words is a phrase, not a name).
  bool ForeignRun(size_t a, size_t last, size_t* first) const {
    size_t r = last + 1;
    while (r > a && last + 1 - r < 3 && ForeignNameWord(Core(r - 1))) --r;
    size_t len = last + 1 - r;
    bool at_boundary = r == a || OrgWord(r - 1);
    const Word& w = words_[last];
    bool han_gloss = w.has_paren() && IsHan(text_[w.paren_start]);
    if (len == 0 || len == 3 || !at_boundary) return false;
    if (len == 1 && Syllables(Core(last)) < 3 && !han_gloss) return false;
    *first = r;
    return true;
  }

  // "환경부장관인 유영숙은", "대변인 라파엘 토레스 대령은": the name after the title.
  void FromTitleRightward(size_t t, size_t t2) {
    std::u32string_view carrier = ParticleCarrier(text_, words_[t2]);
    bool particle_ok = !HasParticle(t2) || EndsWith(carrier, U"인") || EndsWith(carrier, U"이자");
    size_t r = t2 + 1;
    if (!particle_ok || !Joined(r) || used_[r]) return;
    const AliasTable::Group* group = nullptr;
    size_t last = r;
    size_t k = 0;
    for (size_t n = std::min<size_t>(aliases_.max_words(), words_.size() - r); n >= 1 && !k; --n) {
      if ((group = AliasPerson(r, r + n - 1, true))) k = n;
    }
    if (k) {
      last = r + k - 1;
    } else if (LooksLikeKoreanName(Stem(r)) || LooksLikeKoreanName(Core(r))) {
      last = r;
    } else if (r + 1 < words_.size() && Joined(r + 1) && !HasParticle(r) && ForeignNameWord(Core(r)) &&
               (ForeignNameWord(Stem(r + 1)) || ForeignNameWord(Core(r + 1))) &&
               (HasParticle(t2) || (r + 2 < words_.size() && Joined(r + 2) && IsTitleWord(r + 2)))) {
      // Two plain words are a name only in "외무장관인 스테픈 파나케레" or
      // "대변인 라파엘 토레스 대령", not in "총리 후보직 사퇴".
      last = r + 1;
    } else {
      return;
    }
    std::u32string role = RoleText(t, t2);
    size_t end_word = last;
    if (!HasParticle(last) && Joined(last + 1) && last + 1 < words_.size() && IsTitleWord(last + 1)) {
      end_word = last + 1;
      role = RoleText(last + 1, last + 1);
    }
    OrgRef org = t > 0 && Joined(t) && OrgWord(t - 1) ? OrgText(t - 1, t - 1) : CompoundTitleOrg(t);
    for (size_t i = t; i < r; ++i) used_[i] = true;
    AddMention(r, last, end_word, group, role, org);
    mentions_.back().first_word = t;
  }

  // "외교통상부장관": the organization written into the title.
  OrgRef CompoundTitleOrg(size_t t) const {
    std::u32string_view stem = Stem(t);
    for (size_t cut = 2; cut + 2 <= stem.size(); ++cut) {
      if (IsTitle(stem.substr(cut)) && LooksLikeOrg(stem.substr(0, cut), aliases_)) {
        return {std::u32string(stem.substr(0, cut)), words_[t].start};
      }
    }
    return {};
  }

  void AddMention(size_t first, size_t last, size_t end_word, const AliasTable::Group* group, std::u32string role,
                  const OrgRef& org) {
    std::u32string name;
    if (group) {
      name = ToU32(group->canonical);
    } else {
      name = Span(words_[first].start, words_[last].start + (last == end_word ? Stem(last) : Core(last)).size());
      if (name.size() > 1 && (name.back() == U'(')) name.pop_back();
    }
    size_t end = words_[last].start + (last == end_word ? Stem(last) : Core(last)).size();
    size_t p = PersonIndex(name, words_[first].start, end);
    Person& person = people_[p];
    if (person.role.empty() && !role.empty()) person.role = ToUtf8(role);
    if (person.org.empty() && !org.text.empty()) person.org = ToUtf8(org.text);
    if (!role.empty()) roles_[p].push_back(role);
    if (!org.text.empty()) affiliations_.push_back({ToUtf8(org.text), org.start});
    for (size_t i = first; i <= end_word; ++i) used_[i] = true;
    mentions_.push_back({p, first, end_word, false});
  }

  size_t PersonIndex(const std::u32string& name, size_t start, size_t end) {
    auto [it, inserted] = by_name_.emplace(MatchKey(name), people_.size());
    if (inserted) {
      people_.push_back(Person{ToUtf8(name), "", "", start, end});
      names_.push_back(name);
      roles_.emplace_back();
      if (size_t space = name.find(U' '); space != std::u32string::npos) name_starts_.insert(MatchKey(name.substr(0, space)));
      auto& [last, count] = by_surname_[SurnameOf(name)];
      last = people_.size() - 1, ++count;
    }
    return it->second;
  }

  // "이 대통령", "황 CEO": the most recent person with that surname and title
  // (or the only one with that surname).
  void BackReference(std::u32string_view surname, size_t first, size_t t2) {
    std::u32string title(Stem(t2));
    if (words_[t2].has_paren()) title = Core(t2);
    size_t best = people_.size();
    size_t looked = 0;  // bounded, so a huge input stays linear
    for (auto m = mentions_.rbegin(); m != mentions_.rend() && best == people_.size() && looked < 500; ++m, ++looked) {
      if (SurnameOf(names_[m->person]) != surname) continue;
      for (const auto& r : roles_[m->person]) {
        if (r.find(title) != std::u32string::npos || title.find(r) != std::u32string::npos) best = m->person;
      }
    }
    auto only = by_surname_.find(std::u32string(surname));
    if (best == people_.size() && only != by_surname_.end() && only->second.second == 1) best = only->second.first;
    if (best == people_.size()) return;
    for (size_t i = first; i <= t2; ++i) used_[i] = true;
    mentions_.push_back({best, first, t2, true});
  }

  // Pass 2: alias-file names ("오바마는") and repeats of names found in pass 1.
  void BareNames() {
    for (size_t i = 0; i < words_.size(); ++i) {
      if (used_[i]) continue;
      size_t max_n = aliases_.MayStartPhrase(Core(i)) || name_starts_.count(MatchKey(Core(i))) ? aliases_.max_words() : 1;
      for (size_t n = std::min<size_t>(max_n, words_.size() - i); n >= 1; --n) {
        bool clean = true;
        for (size_t k = i; k < i + n; ++k) clean = clean && !used_[k];
        if (!clean) continue;
        const AliasTable::Group* group = AliasPerson(i, i + n - 1, true);
        std::u32string key;
        if (!group) {
          for (size_t k = i; k < i + n; ++k) key += (k + 1 == i + n) ? Stem(k) : Core(k);
          if (n > 1 && !Joined(i + n - 1)) continue;
        }
        if (group || (Syllables(key) >= 2 && by_name_.count(MatchKey(key)))) {
          AddMention(i, i + n - 1, i + n - 1, group, U"", OrgRef{});
          break;
        }
      }
    }
  }

  PeopleFound Finish() {
    // People in order of first mention; pass 2 may have found earlier ones.
    std::vector<size_t> order(people_.size()), rank(people_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return people_[x].start < people_[y].start; });
    PeopleFound out;
    for (size_t i = 0; i < order.size(); ++i) {
      rank[order[i]] = i;
      out.people.push_back(people_[order[i]]);
      out.names.push_back(names_[order[i]]);
    }
    for (auto m : mentions_) {
      m.person = rank[m.person];
      out.mentions.push_back(m);
    }
    std::sort(out.mentions.begin(), out.mentions.end(),
              [](const PersonMention& x, const PersonMention& y) { return x.first_word < y.first_word; });
    for (const auto& [name, start] : affiliations_) {
      Organization org;
      org.name = name;
      org.start = start;
      org.end = start + CodePointCount(name);
      out.affiliations.push_back(org);
    }
    return out;
  }

  std::u32string_view text_;
  const std::vector<Word>& words_;
  const AliasIndex& aliases_;
  std::vector<bool> used_;
  std::vector<size_t> stem_len_;  // per word: length of the core without its particle
  std::vector<Person> people_;
  std::vector<std::u32string> names_;
  std::vector<std::vector<std::u32string>> roles_;
  std::vector<PersonMention> mentions_;
  std::unordered_map<std::u32string, size_t> by_name_;
  std::unordered_map<std::u32string, std::pair<size_t, size_t>> by_surname_;  // -> (last person, count)
  std::unordered_set<std::u32string> name_starts_;  // first words of names found with spaces
  std::vector<std::pair<std::string, size_t>> affiliations_;
};

}  // namespace

PeopleFound FindPeople(std::u32string_view text, const std::vector<Word>& words, const AliasIndex& aliases) {
  return PeopleFinder(text, words, aliases).Run();
}

}  // namespace kosearch
