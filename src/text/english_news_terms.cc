// English news words → Korean terms (see english_news_terms.h): a
// dictionary form for each English word by suffix rules, looked up in
// korean::EnglishNewsTerms.
#include "text/english_news_terms.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <unordered_map>
#include <utility>

#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Longest phrase of the table, in words.
constexpr size_t kMaxPhraseWords = 4;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string_view Cut(std::string_view s, size_t n) { return s.substr(0, s.size() - n); }

bool IsVowel(char c) { return std::strchr("aeiou", c) != nullptr; }

void Add(std::vector<std::string>& out, std::string s) {
  if (s.size() >= 2 && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
}

// "organise" → "organize", "labour" → "labor": the spelling the table uses.
std::vector<std::string> AmericanSpellings(const std::string& w) {
  std::vector<std::string> out{w};
  for (std::string_view from : {"isation", "ise", "ised", "ises", "ising"}) {
    if (EndsWith(w, from)) Add(out, std::string(Cut(w, from.size())) + "iz" + std::string(from.substr(2)));
  }
  if (size_t p = w.find("our"); p != std::string::npos && p > 0) Add(out, w.substr(0, p) + "or" + w.substr(p + 3));
  if (EndsWith(w, "tre")) Add(out, std::string(Cut(w, 3)) + "ter");  // centre
  return out;
}

// Plurals, -ed and -ing forms → their base ("policies" → "policy",
// "banned" → "ban", "raising" → "raise").
void AddInflectionBases(std::string_view w, std::vector<std::string>& out) {
  if (EndsWith(w, "ies") || EndsWith(w, "ied")) Add(out, std::string(Cut(w, 3)) + "y");
  if (EndsWith(w, "ses")) Add(out, std::string(Cut(w, 2)) + "is");  // crises
  if (EndsWith(w, "men")) Add(out, std::string(Cut(w, 3)) + "man");  // women, chairmen
  if (EndsWith(w, "es")) Add(out, std::string(Cut(w, 2)));
  if (EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us") && !EndsWith(w, "is")) Add(out, std::string(Cut(w, 1)));
  for (std::string_view suffix : {"ed", "ing"}) {
    if (!EndsWith(w, suffix) || w.size() < suffix.size() + 3) continue;
    std::string_view stem = Cut(w, suffix.size());
    Add(out, std::string(stem));
    Add(out, std::string(stem) + "e");
    // "banned" → "ban": a doubled final consonant.
    if (stem.size() >= 3 && stem.back() == stem[stem.size() - 2] && !IsVowel(stem.back())) Add(out, std::string(Cut(stem, 1)));
  }
}

// A noun and its verb ("negotiation" ↔ "negotiate", "election" → "elect",
// "decision" → "decide", "agreement" → "agree", "approval" → "approve").
void AddDerivedForms(std::string_view w, std::vector<std::string>& out) {
  if (EndsWith(w, "tion") || EndsWith(w, "sion")) {
    Add(out, std::string(Cut(w, 3)));
    Add(out, std::string(Cut(w, 3)) + "e");
    if (EndsWith(w, "sion")) Add(out, std::string(Cut(w, 4)) + "de");
    if (EndsWith(w, "ation")) Add(out, std::string(Cut(w, 5)) + "e");
  }
  if (EndsWith(w, "ment")) Add(out, std::string(Cut(w, 4)));
  if (EndsWith(w, "al")) Add(out, std::string(Cut(w, 2)) + "e");
  if (EndsWith(w, "e")) Add(out, std::string(Cut(w, 1)) + "ion");
  if (EndsWith(w, "ct") || EndsWith(w, "rt") || EndsWith(w, "pt")) Add(out, std::string(w) + "ion");
}

// The word as the table keys it: lower case, without surrounding
// punctuation, letters of other scripts ("Trump의" → "trump") or a
// possessive; empty when no English word is left.
std::string Normalized(std::string_view written) {
  constexpr std::string_view kCurlyApostrophe = "’";
  std::string word;
  for (size_t i = 0; i < written.size(); ++i) {
    bool curly = written.compare(i, kCurlyApostrophe.size(), kCurlyApostrophe) == 0;
    word += curly ? '\'' : written[i];
    if (curly) i += kCurlyApostrophe.size() - 1;
  }
  auto cut = [](char c) { return std::strchr(".,;:?!'\"()[]{}", c) != nullptr || static_cast<unsigned char>(c) >= 0x80; };
  size_t first = 0, last = word.size();
  while (first < last && cut(word[first])) ++first;
  while (last > first && cut(word[last - 1])) --last;
  std::string w = AsciiLower(std::string_view(word).substr(first, last - first));
  if (EndsWith(w, "'s")) w.erase(w.size() - 2);
  bool english = std::any_of(w.begin(), w.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); }) &&
                 std::all_of(w.begin(), w.end(), [](char c) {
                   return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '\'';
                 });
  return english ? w : std::string();
}

using TermIndex = std::unordered_map<std::string, std::vector<std::string>>;

const TermIndex& Index() {
  static const TermIndex index = [] {
    TermIndex out;
    for (const auto& row : korean::EnglishNewsTerms()) {
      auto& terms = out[std::string(row.english)];
      std::string_view k = row.korean;
      while (!k.empty()) {
        size_t bar = k.find('|');
        std::string term(k.substr(0, bar));
        if (!term.empty() && std::find(terms.begin(), terms.end(), term) == terms.end()) terms.push_back(term);
        k = bar == std::string_view::npos ? std::string_view() : k.substr(bar + 1);
      }
    }
    return out;
  }();
  return index;
}

const std::vector<std::string>* Exact(const std::string& key) {
  auto it = Index().find(key);
  return it == Index().end() ? nullptr : &it->second;
}

// The table phrase of two or more words starting at words[i] ("declaration
// of war", "nuclear weapons": the last word also by its lemmas), longest
// first: its length in words and its terms; 0 and null when none.
std::pair<size_t, const std::vector<std::string>*> TablePhraseAt(const std::vector<std::string>& words, size_t i) {
  for (size_t n = std::min(kMaxPhraseWords, words.size() - i); n >= 2; --n) {
    // A word that is not English ends the phrases that could start here.
    if (std::any_of(words.begin() + i, words.begin() + i + n, [](const std::string& w) { return w.empty(); })) continue;
    std::string head;
    for (size_t k = i; k + 1 < i + n; ++k) head += words[k] + " ";
    for (const auto& last : EnglishLemmas(words[i + n - 1])) {
      if (const auto* terms = Exact(head + last)) return {n, terms};
    }
  }
  return {0, nullptr};
}

}  // namespace

std::vector<std::string> EnglishLemmas(std::string_view word) {
  std::string w = Normalized(word);
  std::vector<std::string> out;
  if (w.empty()) return out;
  std::vector<std::string> spellings = AmericanSpellings(w);
  // "cease-fire" → "ceasefire", "re-election" → "election".
  if (size_t dash = w.rfind('-'); dash != std::string::npos) {
    std::string joined = w;
    joined.erase(std::remove(joined.begin(), joined.end(), '-'), joined.end());
    spellings.push_back(joined);
    spellings.push_back(w.substr(dash + 1));
  }
  for (const auto& s : spellings) Add(out, s);
  for (const auto& s : spellings) AddInflectionBases(s, out);
  const std::vector<std::string> bases = out;
  for (const auto& s : bases) AddDerivedForms(s, out);
  return out;
}

std::vector<std::string> KoreanTermsOf(std::string_view english) {
  std::string key = AsciiLower(english);
  if (const auto* terms = Exact(key)) return *terms;
  if (key.find(' ') != std::string::npos) return {};
  for (const auto& lemma : EnglishLemmas(key)) {
    if (const auto* terms = Exact(lemma)) return *terms;
  }
  return {};
}

std::vector<std::string> KoreanNewsTerms(std::string_view text) {
  std::vector<std::string> words;
  for (const auto& w : SplitSpaces(text)) words.push_back(Normalized(w));
  std::vector<std::string> out;
  auto take = [&](const std::vector<std::string>& terms) {
    for (const auto& t : terms) Add(out, t);
  };
  for (size_t i = 0; i < words.size();) {
    auto [used, terms] = words[i].empty() ? std::pair<size_t, const std::vector<std::string>*>{1, nullptr}
                                          : TablePhraseAt(words, i);
    if (used == 0) {
      used = 1;
      take(KoreanTermsOf(words[i]));
    } else if (terms != nullptr) {
      take(*terms);
    }
    i += used;
  }
  return out;
}

}  // namespace kosearch
