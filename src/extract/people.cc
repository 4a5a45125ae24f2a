// People with their title and affiliation (see people.h). The rules are
// deliberately shallow: a name is only taken where a title, a known spelling
// or an organization vouches for it, because a bare 3-syllable word starting
// with a surname syllable (반도체, 정부군) is more often not a name. The word
// rules are in name_rules.cc, the alias matching in alias_index.cc.
#include "extract/people.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Keys found by view, so a word that is its own MatchKey (no space, no
// capital: most Korean words) is looked up without a copy.
struct ViewHash {
  using is_transparent = void;
  size_t operator()(std::u32string_view s) const { return std::hash<std::u32string_view>()(s); }
};
template <class Table>
bool HoldsKey(const Table& table, std::u32string_view s) {
  if (table.empty()) return false;
  return IsMatchKey(s) ? table.find(s) != table.end() : table.count(MatchKey(s)) > 0;
}

// Finds people word by word. Pass 1 anchors on titles ("… 회장", "… CEO");
// pass 2 adds names from the alias file and repeats of names already found.
class PeopleFinder {
 public:
  PeopleFinder(std::u32string_view text, const std::vector<Word>& words, const AliasIndex& aliases)
      : text_(text), words_(words), aliases_(aliases), used_(words.size(), false), stem_len_(words.size()),
        title_core_(words.size()), title_word_(words.size()) {
    for (size_t i = 0; i < words.size(); ++i) {
      title_core_[i] = IsTitle(Core(i));
      stem_len_[i] = ComputeStem(i).size();
      if (AgeGlossed(i)) aged_names_.insert(std::u32string(Core(i)));
    }
    for (size_t i = 0; i < words.size(); ++i) title_word_[i] = ComputeIsTitleWord(i);
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
    if (words_[i].has_paren() || title_core_[i] || aliases_.Find(Core(i))) {
      return Core(i);
    }
    bool subject;
    return Core(i).substr(0, StripParticle(Core(i), &subject));
  }
  bool HasParticle(size_t i) const { return words_[i].tail_end > words_[i].tail_start || Stem(i).size() < Core(i).size(); }
  // Asked several times of each word: computed once, in the constructor.
  bool IsTitleWord(size_t i) const { return title_word_[i]; }
  bool ComputeIsTitleWord(size_t i) const {
    const Word& w = words_[i];
    // "전략기술개발관(국장)": a post glossed by its rank.
    std::u32string_view gloss = text_.substr(w.paren_start, w.paren_end - w.paren_start);
    // A stem as long as the core is the core, already asked.
    return title_core_[i] || (!w.has_paren() && Stem(i).size() > 0 && Stem(i).size() < Core(i).size() && IsTitle(Stem(i))) ||
           (w.has_paren() && AllHangulSyllables(gloss) && IsTitle(gloss));
  }
  bool Joined(size_t i) const { return i < words_.size() && words_[i].space_before; }
  bool OrgWord(size_t i) const {
    if (LooksLikeOrg(Core(i), aliases_)) return true;
    // "엔비디아(NVIDIA)": a Hangul name glossed in Latin is a company far more often than a person.
    std::u32string_view paren = text_.substr(words_[i].paren_start, words_[i].paren_end - words_[i].paren_start);
    return words_[i].has_paren() && AllHangulSyllables(Core(i)) && std::any_of(paren.begin(), paren.end(), IsAsciiAlpha);
  }
  // A Korean name's shape, unless the alias file lists the word as an
  // organization: "이라크", "이란" are countries, not 이 + a given name.
  // A name the article glosses with an age anywhere is one throughout,
  // whatever its last syllable ("한상대(53, 사법연수원 13기)", "한상대 총장").
  bool KoreanName(std::u32string_view w) const {
    if (!aged_names_.empty() && aged_names_.count(std::u32string(w))) return true;
    const AliasTable::Group* g = LooksLikeKoreanName(w) ? aliases_.Find(w) : nullptr;
    return LooksLikeKoreanName(w) && !(g && g->kind == AliasTable::Kind::kOrg);
  }
  // "한상대(53, …)", "김상대(47)": a Korean-name-shaped word with an age in
  // its gloss; no organization is written with one.
  bool AgeGlossed(size_t i) const {
    const Word& w = words_[i];
    std::u32string_view core = Core(i);
    if (!w.has_paren() || core.size() != 3 || !AllHangulSyllables(core) || !korean::IsSurnameSyllable(core[0]) ||
        IsCommonWord(core) || IsTitle(core)) {
      return false;
    }
    std::u32string_view gloss = text_.substr(w.paren_start, w.paren_end - w.paren_start);
    size_t digits = 0;
    while (digits < gloss.size() && IsAsciiDigit(gloss[digits])) ++digits;
    return digits == 2 && (digits == gloss.size() || gloss[digits] == U',' || gloss[digits] == U'세');
  }
  bool ForeignNameWord(std::u32string_view w) const {
    if (!AllHangulSyllables(w) || w.size() > 7 || IsCommonWord(w) || IsTitle(w) || IsModifier(w)) return false;
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
    if (first == last) return AliasPersonKey(stem_last ? Stem(last) : Core(last));  // no copy for one word
    std::u32string key;
    for (size_t i = first; i <= last; ++i) {
      if (i > first && !Joined(i)) return nullptr;
      if (i < last && words_[i].has_paren()) return nullptr;
      key += (i == last && stem_last) ? Stem(i) : Core(i);
    }
    return AliasPersonKey(key);
  }
  const AliasTable::Group* AliasPersonKey(std::u32string_view key) const {
    if (CountHangulSyllables(key) < 2 && key.size() < 3) return nullptr;  // "황" alone is too ambiguous in running text
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
      bool surname_ref = k + 1 == t && Core(k).size() == 1 && korean::IsSurnameSyllable(Core(k)[0]);
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
    while (i > a && OrgWord(i - 1) && !KoreanName(Core(i - 1))) --i;
    size_t org_lo = i;
    skip_modifiers();
    size_t name_first = 0, name_last = 0;
    const AliasTable::Group* group = nullptr;
    bool found = false, guessed = false;
    if (i > a) {
      size_t last = i - 1;
      if (size_t k = AliasPersonEndingAt(last, a, false, &group)) {
        name_first = last + 1 - k, found = true;
      } else if (KoreanName(Core(last))) {
        name_first = last, found = true;
      } else if (Core(last).size() == 1 && korean::IsSurnameSyllable(Core(last)[0]) &&
                 org_lo == org_hi && last + 1 == org_lo) {
        BackReference(Core(last), last, t2);
        return;
      } else {
        found = ForeignRun(a, last, &name_first);
        guessed = found;
      }
      name_last = last;
      // "안철수 대선 후보자": a sure name one or two qualifier words before the title.
      for (size_t skip = 1; !found && skip <= 2 && last >= a + skip && org_lo == org_hi; ++skip) {
        size_t l = last - skip;
        if (size_t k = AliasPersonEndingAt(l, a, false, &group)) {
          name_first = l + 1 - k, found = true;
        } else if (KoreanName(Core(l))) {
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
    if (guessed && name_first == a && MoreOfTitledMention(a, t, t2)) return;
    // "이시욱 한국개발연구원(KDI) 정책대학원 교수": a sure name among the words
    // before a guessed one is the person; the words after it her affiliation.
    for (size_t k = name_first; guessed && k-- > a;) {
      if (!KoreanName(Core(k))) continue;
      org = OrgText(k + 1, t - 1);
      name_first = name_last = k;
      break;
    }
    if (org.text.empty() && name_first > a && OrgWord(name_first - 1)) org = OrgText(name_first - 1, name_first - 1);
    if (org.text.empty() && name_first > 0 && Joined(name_first) && HasParticle(name_first - 1) &&
        ParticleCarrier(text_, words_[name_first - 1]).back() == U'의' && LooksLikeOrg(Stem(name_first - 1), aliases_)) {
      org = {std::u32string(Stem(name_first - 1)), words_[name_first - 1].start};  // "NASA의 에드 웨일러 차관보"
    }
    if (org.text.empty()) org = CompoundTitleOrg(t);
    AddMention(name_first, name_last, t2, group, RoleText(t, t2), org);
    mentions_.back().guessed = guessed && !KoreanName(Core(name_first));
  }

  // "황교안 대통령 권한대행 국무총리", "이시욱 한국개발연구원(KDI) 정책대학원
  // 교수": plain words before a title, right after a person named with her
  // title, are more of her posts and affiliations, not a name of their own:
  // her mention runs on over them to the title t2 (whose first word is t).
  bool MoreOfTitledMention(size_t a, size_t t, size_t t2) {
    if (a == 0 || !Joined(a) || !used_[a - 1] || HasParticle(a - 1)) return false;
    auto m = std::find_if(mentions_.rbegin(), mentions_.rend(), [&](const PersonMention& pm) { return pm.last_word == a - 1; });
    if (m == mentions_.rend() || m->first_word == m->last_word) return false;
    // Her one post so far runs on too: "대통령 권한대행 국무총리".
    Person& who = people_[m->person];
    if (roles_[m->person].size() == 1 && !who.role.empty()) who.role.append(1, ' ').append(ToUtf8(RoleText(a, t2)));
    roles_[m->person].push_back(RoleText(t, t2));
    for (size_t k = a; k <= t2; ++k) used_[k] = true;
    m->last_word = t2;
    return true;
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
    if (len == 1 && CountHangulSyllables(Core(last)) < 3 && !han_gloss) return false;
    *first = r;
    return true;
  }

  // "환경부장관인 유영숙은", "대변인 라파엘 토레스 대령은": the name after the title.
  void FromTitleRightward(size_t t, size_t t2) {
    std::u32string_view carrier = ParticleCarrier(text_, words_[t2]);
    bool particle_ok = !HasParticle(t2) || carrier.ends_with(U"인") || carrier.ends_with(U"이자");
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
    } else if (KoreanName(Stem(r)) || KoreanName(Core(r))) {
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
    size_t end = words_[last].start + (last == end_word ? Stem(last) : Core(last)).size();
    std::u32string written = Span(group ? WrittenNameStart(first, last, *group) : words_[first].start, end);
    if (written.size() > 1 && (written.back() == U'(')) written.pop_back();
    // The alias file's canonical name merges the article's spellings into one
    // person ("오바마" and "버락 오바마"); what the article writes stays apart.
    size_t p = PersonIndex(group ? ToU32(group->canonical) : written, words_[first].start, end);
    if (written.size() > written_[p].size()) written_[p] = written;
    Person& person = people_[p];
    if (person.role.empty() && !role.empty()) person.role = ToUtf8(role);
    if (person.org.empty() && !org.text.empty()) person.org = ToUtf8(org.text);
    if (!role.empty()) roles_[p].push_back(role);
    if (!org.text.empty()) affiliations_.push_back({ToUtf8(org.text), org.start});
    for (size_t i = first; i <= end_word; ++i) used_[i] = true;
    mentions_.push_back({p, first, end_word, false, false});
  }

  // "대통령 마무드 아마디네자드가": the words before an alias-file spelling
  // that is the end of the file's name may write the rest of it, each word as
  // the file does or one letter off (transliterations vary: 마흐무드). Where
  // the article's writing of the name starts.
  size_t WrittenNameStart(size_t first, size_t last, const AliasTable::Group& group) const {
    std::u32string canonical = ToU32(group.canonical);
    std::vector<std::u32string_view> want = SpaceSeparated(canonical);
    size_t k = first;
    for (size_t need = want.size() - std::min(want.size(), last - first + 1); need > 0 && k > 0; --need) {
      std::u32string_view w = Core(k - 1), part = want[need - 1];
      bool spelled = w == part || (w.size() >= 2 && part.size() >= 2 && EditDistance(w, part) <= 1);
      if (!Joined(k) || HasParticle(k - 1) || words_[k - 1].has_paren() || !spelled) break;
      --k;
    }
    return words_[k].start;
  }

  size_t PersonIndex(const std::u32string& name, size_t start, size_t end) {
    auto [it, inserted] = by_name_.emplace(MatchKey(name), people_.size());
    if (inserted) {
      people_.push_back(Person{ToUtf8(name), "", "", start, end});
      names_.push_back(name);
      written_.emplace_back();
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
    mentions_.push_back({best, first, t2, true, false});
  }

  // Pass 2: alias-file names ("오바마는") and repeats of names found in pass 1.
  void BareNames() {
    for (size_t i = 0; i < words_.size(); ++i) {
      if (used_[i]) continue;
      size_t max_n = aliases_.MayStartPhrase(Core(i)) || HoldsKey(name_starts_, Core(i)) ? aliases_.max_words() : 1;
      for (size_t n = std::min<size_t>(max_n, words_.size() - i); n >= 1; --n) {
        bool clean = true;
        for (size_t k = i; k < i + n; ++k) clean = clean && !used_[k];
        if (!clean) continue;
        const AliasTable::Group* group = AliasPerson(i, i + n - 1, true);
        std::u32string joined;
        std::u32string_view key;
        if (!group) {
          if (n > 1 && !Joined(i + n - 1)) continue;
          if (by_name_.empty()) continue;  // no name to repeat: the key would match nothing
          if (n == 1) {
            key = Stem(i);
          } else {
            for (size_t k = i; k < i + n; ++k) joined += (k + 1 == i + n) ? Stem(k) : Core(k);
            key = joined;
          }
        }
        if (group || (CountHangulSyllables(key) >= 2 && HoldsKey(by_name_, key))) {
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
      out.written.push_back(written_[order[i]]);
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
  std::vector<bool> title_core_;  // per word: IsTitle(Core(i))
  std::vector<bool> title_word_;  // per word: IsTitleWord(i)
  std::vector<Person> people_;
  std::vector<std::u32string> names_;
  std::vector<std::u32string> written_;  // per person: the longest name the article writes for her
  std::vector<std::vector<std::u32string>> roles_;
  std::vector<PersonMention> mentions_;
  std::unordered_map<std::u32string, size_t, ViewHash, std::equal_to<>> by_name_;
  std::unordered_map<std::u32string, std::pair<size_t, size_t>> by_surname_;  // -> (last person, count)
  std::unordered_set<std::u32string, ViewHash, std::equal_to<>> name_starts_;  // first words of names found with spaces
  std::unordered_set<std::u32string> aged_names_;   // words glossed with an age (AgeGlossed)
  std::vector<std::pair<std::string, size_t>> affiliations_;
};

}  // namespace

PeopleFound FindPeople(std::u32string_view text, const std::vector<Word>& words, const AliasIndex& aliases) {
  return PeopleFinder(text, words, aliases).Run();
}

}  // namespace kosearch
