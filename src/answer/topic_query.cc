// The topic of a question → a ranked text query (see BuildTopicQuery in
// answer_steps.h), expanded across languages: the alias file, aliases mined
// from the archive, English singulars, loanword matches against the
// candidate quotes, and the Korean news words of its English words (given:
// text/english_news_terms.h).
#include <cctype>
#include <cstring>
#include <map>
#include <set>

#include "answer/answer_steps.h"
#include "text/english_news_terms.h"
#include "text/loanword.h"
#include "text/romanized_surnames.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Quotes whose Hangul words are the loanword candidates of an English topic
// (bounds the cost of a question).
constexpr size_t kScanQuotes = 2000;
// Loanword matches used per English topic word.
constexpr size_t kMaxLoanwordMatches = 3;
// Shorter capitalized words are not read as romanized Korean ("Ha", "Sao").
constexpr size_t kMinRomanizedLetters = 5;

// The topic as asked, its alias spellings and those of its singulars; for a
// topic of several words with no spelling of its own, each word's.
std::vector<std::string> SpelledForms(const std::string& topic, ArchiveReader& archive) {
  std::vector<std::string> forms{topic};
  for (const auto& s : archive.Spellings(topic)) AddUnique(forms, s);
  for (const auto& s : Singulars(topic)) {
    for (const auto& sp : archive.Spellings(s)) AddUnique(forms, sp);
  }
  // Multi-word topics: each word's aliases too ("Korea investment").
  std::vector<std::string> words = SplitSpaces(topic);
  if (words.size() > 1 && forms.size() == 1) {
    for (const auto& w : words) {
      for (const auto& s : archive.Spellings(w)) AddUnique(forms, s);
    }
  }
  return forms;
}

// Whether an English word may be written in Hangul by its sound: a name or a
// noun Korean borrowed ("Omniverse", "tablet"), not a word the news glossary
// puts into Korean ("nuclear" 핵), an inflected word ("going", "picked",
// "really") or a short lower-case word ("give", "away"): matched by sound
// those pair with unrelated Hangul words (가용, 사이트) and rank other quotes.
bool MayBeLoanword(const std::string& word) {
  constexpr size_t kShortWord = 4;
  if (!KoreanTermsOf(word).empty()) return false;
  if (std::isupper(static_cast<unsigned char>(word[0]))) return true;
  if (word.size() <= kShortWord) return false;
  for (std::string_view ending : {"ing", "ed", "ly"}) {
    if (word.compare(word.size() - ending.size(), ending.size(), ending) == 0) return false;
  }
  return true;
}

// Latin words no alias knows: their matches among the Hangul words of the
// best candidate quotes, added to `forms`. Returns, for each match, the
// word as the text has it ("만델라라는"), to search with: the analyzer then
// cuts its particles exactly as it did when indexing.
std::map<std::string, std::string> AddLoanwordForms(const std::vector<std::string>& words, const Xapian::Query& candidates,
                                                    ArchiveReader& archive, std::vector<std::pair<size_t, std::string>>* forms) {
  std::map<std::string, std::string> as_written;
  const std::set<std::string> hangul_words = archive.LoanwordVocabulary(candidates, kScanQuotes);
  const std::vector<std::string> vocabulary(hangul_words.begin(), hangul_words.end());
  for (size_t i = 0; i < words.size(); ++i) {
    if (!MayBeLoanword(words[i])) continue;
    std::vector<std::string> matches = MatchLoanword(words[i], vocabulary);
    // The best few only: a short or common word ("about") can pair with
    // thousands of words, and each becomes a query term.
    if (matches.size() > kMaxLoanwordMatches) matches.resize(kMaxLoanwordMatches);
    const bool lower_case = !std::isupper(static_cast<unsigned char>(words[i][0]));
    for (const auto& match : matches) {
      // A common noun Korean borrowed keeps the vowel Korean adds to its
      // consonants (style 스타일); one without it is mostly a chance pair
      // with a Korean word (again 아군, golfer 개표).
      if (lower_case && !HasEpentheticVowel(match)) continue;
      forms->emplace_back(i, match);
      auto it = hangul_words.lower_bound(match);
      if (it != hangul_words.end() && it->compare(0, match.size(), match) == 0) as_written[match] = *it;
    }
  }
  return as_written;
}

}  // namespace

std::vector<std::string> RomanizedKoreanWords(const std::string& text, ArchiveReader& archive) {
  std::vector<std::string> out;
  for (std::string word : SplitSpaces(text)) {
    while (!word.empty() && !std::isalpha(static_cast<unsigned char>(word.back()))) word.pop_back();
    if (word.size() < kMinRomanizedLetters || !std::isupper(static_cast<unsigned char>(word[0])) || !IsLatin(word) ||
        !KoreanTermsOf(word).empty() || archive.Spellings(word).size() > 1) {
      continue;
    }
    for (const auto& hangul : HangulOfRomanized(word)) {
      Xapian::Query q = archive.TextQuery(hangul, nullptr);
      if (!q.empty() && archive.AnyMatch(q)) AddUnique(out, hangul);
    }
  }
  return out;
}

std::vector<std::string> Singulars(const std::string& w) {
  std::vector<std::string> out;
  if (!IsLatin(w) || w.size() < 3) return out;
  if (w.size() > 3 && w.compare(w.size() - 3, 3, "ies") == 0) out.push_back(w.substr(0, w.size() - 3) + "y");
  auto ends = [&](const char* suffix) { size_t n = strlen(suffix); return w.size() > n && w.compare(w.size() - n, n, suffix) == 0; };
  if ((w.back() == 's' || w.back() == 'S') && !ends("ss") && !ends("us") && !ends("is")) out.push_back(w.substr(0, w.size() - 1));
  return out;
}

namespace {

// The forms of the topic, each with the topic word it stands for: a quote
// scores each distinct word once (its best form), so one covering more of
// the question's words ranks above one repeating a single word's forms.
struct FormGroups {
  std::vector<std::string> forms;            // in the order found (expansions)
  std::map<std::string, size_t> group_of;    // form → its word's group
  size_t groups = 0;
  void Add(const std::string& form, size_t group) {
    if (form.empty() || group_of.count(form)) return;
    forms.push_back(form);
    group_of[form] = group;
  }
  size_t NewGroup() { return groups++; }
};

// Each word of the topic its own group, with its spellings and loanword
// matches; the topic's own spellings (of its words together) one more; a
// news term with the word it translates, or a group of its own.
FormGroups GroupedForms(const std::string& topic, const Xapian::Query& candidates, ArchiveReader& archive,
                        const std::vector<std::string>& news_terms, std::map<std::string, std::string>* as_written) {
  FormGroups out;
  std::vector<std::string> words = SplitSpaces(topic);
  if (words.empty()) words.push_back(topic);
  for (size_t i = 0; i < words.size(); ++i) out.Add(words[i], out.NewGroup());
  const size_t whole = words.size() == 1 ? 0 : out.NewGroup();
  // Each word's spellings are asked only when SpelledForms asked them (a
  // topic with no spelling of its own): no look-up more than before.
  const bool per_word = words.size() > 1 && archive.Spellings(topic).size() <= 1;
  for (const auto& f : SpelledForms(topic, archive)) {
    size_t group = whole;
    for (size_t i = 0; i < words.size() && per_word && group == whole; ++i) {
      const auto sp = archive.Spellings(words[i]);
      if (std::find(sp.begin(), sp.end(), f) != sp.end()) group = i;
    }
    if (f != topic) out.Add(f, group);
  }
  if (std::all_of(out.forms.begin(), out.forms.end(), IsLatin)) {
    std::vector<std::pair<size_t, std::string>> matched;
    *as_written = AddLoanwordForms(words, candidates, archive, &matched);
    for (const auto& [i, m] : matched) out.Add(m, i);
  }
  for (const auto& term : news_terms) {
    size_t group = out.groups;
    for (size_t i = 0; i < words.size() && group == out.groups; ++i) {
      std::vector<std::string> korean = KoreanTermsOf(words[i]);
      for (const auto& s : Singulars(words[i])) for (const auto& k : KoreanTermsOf(s)) korean.push_back(k);
      if (std::find(korean.begin(), korean.end(), term) != korean.end()) group = i;
    }
    out.Add(term, group == out.groups ? out.NewGroup() : group);
  }
  return out;
}

}  // namespace

TopicQuery BuildTopicQuery(const std::string& topic, const Xapian::Query& candidates, ArchiveReader& archive,
                           const std::vector<std::string>& news_terms) {
  TopicQuery out;
  if (topic.empty()) return out;
  std::map<std::string, std::string> as_written;
  const FormGroups grouped = GroupedForms(topic, candidates, archive, news_terms, &as_written);
  std::vector<std::vector<Xapian::Query>> by_group(grouped.groups);
  for (const auto& f : grouped.forms) {
    if (f != topic) AddUnique(out.expansions, f);
    auto written = as_written.find(f);
    Xapian::Query q = archive.TextQuery(written == as_written.end() ? f : written->second, &out.highlight);
    if (!q.empty()) by_group[grouped.group_of.at(f)].push_back(q);
  }
  // A word's forms: the best of them counts (OP_MAX); the words add up.
  std::vector<Xapian::Query> parts;
  for (const auto& g : by_group) {
    if (g.size() == 1) parts.push_back(g[0]);
    if (g.size() > 1) parts.push_back(Xapian::Query(Xapian::Query::OP_MAX, g.begin(), g.end()));
  }
  if (!parts.empty()) out.query = Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
  return out;
}

}  // namespace kosearch
