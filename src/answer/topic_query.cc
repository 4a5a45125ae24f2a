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
std::map<std::string, std::string> AddLoanwordForms(const std::string& topic, const Xapian::Query& candidates,
                                                    ArchiveReader& archive, std::vector<std::string>* forms) {
  std::map<std::string, std::string> as_written;
  const std::set<std::string> hangul_words = archive.LoanwordVocabulary(candidates, kScanQuotes);
  const std::vector<std::string> vocabulary(hangul_words.begin(), hangul_words.end());
  std::vector<std::string> words = SplitSpaces(topic);
  if (words.empty()) words.push_back(topic);
  for (const auto& w : words) {
    if (!MayBeLoanword(w)) continue;
    std::vector<std::string> matches = MatchLoanword(w, vocabulary);
    // The best few only: a short or common word ("about") can pair with
    // thousands of words, and each becomes a query term.
    if (matches.size() > kMaxLoanwordMatches) matches.resize(kMaxLoanwordMatches);
    for (const auto& match : matches) {
      AddUnique(*forms, match);
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

TopicQuery BuildTopicQuery(const std::string& topic, const Xapian::Query& candidates, ArchiveReader& archive,
                           const std::vector<std::string>& news_terms) {
  TopicQuery out;
  if (topic.empty()) return out;
  std::vector<std::string> forms = SpelledForms(topic, archive);
  std::map<std::string, std::string> as_written;
  if (std::all_of(forms.begin(), forms.end(), IsLatin)) as_written = AddLoanwordForms(topic, candidates, archive, &forms);
  for (const auto& term : news_terms) AddUnique(forms, term);
  std::vector<Xapian::Query> parts;
  for (const auto& f : forms) {
    if (f != topic) AddUnique(out.expansions, f);
    auto written = as_written.find(f);
    Xapian::Query q = archive.TextQuery(written == as_written.end() ? f : written->second, &out.highlight);
    if (!q.empty()) parts.push_back(q);
  }
  if (!parts.empty()) out.query = Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
  return out;
}

}  // namespace kosearch
