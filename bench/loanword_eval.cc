// Measures the loanword matcher (src/text/loanword.h) on Korean-English sentence
// pairs: for likely loanwords and names in each English sentence, how often
// it finds a word in the paired Korean sentence (coverage) and how often it
// finds one in an unrelated Korean sentence (false positives). With --dump
// it writes every paired match for hand-checking. Built by hand, see
// bench/loanword_results.md for the command and the figures.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "text/loanword.h"
#include "text/unicode_text.h"

namespace {

struct Pair {
  std::string id, ko, en;
};

// Function words of four letters or more; shorter lower-case words are not
// candidates at all.
const std::set<std::string> kStopwords = {
    "about", "above", "after", "again", "against", "also", "although", "among", "another", "any", "because",
    "been", "before", "being", "below", "between", "both", "could", "does", "doing", "down", "during", "each",
    "either", "even", "ever", "every", "from", "further", "have", "having", "here", "herself", "himself",
    "however", "into", "itself", "just", "last", "less", "many", "might", "more", "most", "much", "must",
    "neither", "never", "next", "none", "only", "other", "others", "over", "said", "same", "says", "shall",
    "should", "since", "some", "still", "such", "than", "that", "their", "theirs", "them", "themselves", "then",
    "there", "these", "they", "this", "those", "though", "through", "thus", "till", "together", "toward",
    "towards", "under", "until", "upon", "very", "want", "were", "what", "whatever", "when", "where", "whether",
    "which", "while", "whom", "whose", "will", "with", "within", "without", "would", "year", "years", "your",
    "yours", "yourself", "told", "made", "make", "like", "well", "according", "percent", "million", "billion"};

struct EnglishWord {
  std::string text;
  bool capitalised;
};

// Candidate English words: capitalised words not opening a sentence, and
// lower-case words of four letters or more that are not function words.
std::vector<EnglishWord> CandidateWords(const std::string& en) {
  std::vector<EnglishWord> out;
  std::set<std::string> seen;
  bool sentence_start = true;
  size_t i = 0;
  while (i < en.size()) {
    unsigned char c = en[i];
    if (!std::isalpha(c)) {
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"') sentence_start = true;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < en.size() && std::isalpha(static_cast<unsigned char>(en[j]))) ++j;
    std::string word = en.substr(i, j - i);
    // "Obama's" → Obama; "U.S." and other dotted abbreviations are skipped
    // by the length rules below.
    if (j + 1 < en.size() && en[j] == '\'' && (en[j + 1] == 's' || en[j + 1] == 'S')) j += 2;
    bool capitalised = std::isupper(static_cast<unsigned char>(word[0]));
    std::string lower;
    for (char ch : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    bool keep = capitalised ? (!sentence_start && word.size() >= 2)
                            : (word.size() >= 4 && !kStopwords.count(lower));
    if (keep && seen.insert(lower).second) out.push_back({word, capitalised});
    sentence_start = false;
    i = j;
  }
  return out;
}

// The Hangul runs of a Korean sentence, as the matcher's candidates (with
// their particles: the matcher strips them).
std::vector<std::string> KoreanWords(const std::string& ko) {
  std::vector<std::string> out;
  std::u32string cps = kosearch::ToU32(ko);
  std::u32string run;
  for (char32_t c : cps) {
    if (kosearch::IsHangulSyllable(c)) {
      run += c;
    } else if (!run.empty()) {
      out.push_back(kosearch::ToUtf8(run));
      run.clear();
    }
  }
  if (!run.empty()) out.push_back(kosearch::ToUtf8(run));
  return out;
}

struct Counts {
  size_t words = 0, paired = 0, shuffled = 0, shuffled_same_word = 0;
};

// True when `word` occurs as a whole word in `text`, ignoring case: then a
// match in that pair's Korean may be the same word, not an error.
bool ContainsWord(const std::string& text, const std::string& word) {
  auto lower = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  std::string t = lower(text), w = lower(word);
  for (size_t p = t.find(w); p != std::string::npos; p = t.find(w, p + 1)) {
    bool left = p == 0 || !std::isalpha(static_cast<unsigned char>(t[p - 1]));
    bool right = p + w.size() >= t.size() || !std::isalpha(static_cast<unsigned char>(t[p + w.size()]));
    if (left && right) return true;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  std::string path = "/work/shared/corpus/korean-english-news/pairs.jsonl";
  size_t from = 0, to = 2000;
  std::vector<double> thresholds = {0.65, 0.7, 0.75, 0.8, 0.85};
  std::string dump;
  size_t recall_sample = 0;
  for (int a = 1; a + 1 < argc; a += 2) {
    std::string flag = argv[a], value = argv[a + 1];
    if (flag == "--pairs") path = value;
    else if (flag == "--from") from = std::stoul(value);
    else if (flag == "--to") to = std::stoul(value);
    else if (flag == "--dump") dump = value;
    else if (flag == "--recall-sample") recall_sample = std::stoul(value);
    else if (flag == "--thresholds") {
      thresholds.clear();
      for (size_t p = 0; p < value.size();) {
        size_t q = value.find(',', p);
        if (q == std::string::npos) q = value.size();
        thresholds.push_back(std::stod(value.substr(p, q - p)));
        p = q + 1;
      }
    } else {
      std::cerr << "usage: loanword_eval [--pairs F] [--from N] [--to N] [--thresholds a,b] [--dump F]"
                   " [--recall-sample N]\n";
      return 2;
    }
  }
  std::vector<Pair> pairs;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    auto j = nlohmann::json::parse(line);
    pairs.push_back({j["id"], j["ko"], j["en"]});
  }
  if (pairs.empty()) {
    std::cerr << "loanword_eval: no pairs in " << path << "\n";
    return 1;
  }
  to = std::min(to, pairs.size());
  // The unrelated sentence is drawn from the same slice but at least 50
  // lines away, as neighbouring lines often come from the same story.
  std::mt19937 rng(4);
  std::vector<size_t> partner(to);
  for (size_t i = from; i < to; ++i) {
    size_t other;
    do {
      other = from + rng() % (to - from);
    } while ((other > i ? other - i : i - other) < 50);
    partner[i] = other;
  }

  std::vector<Counts> by_threshold(thresholds.size() * 2);  // [t][capitalised]
  std::ofstream out;
  if (!dump.empty()) out.open(dump);
  double lowest = *std::min_element(thresholds.begin(), thresholds.end());
  size_t calls = 0;
  std::chrono::duration<double> spent{};
  for (size_t i = from; i < to; ++i) {
    std::vector<std::string> ko = KoreanWords(pairs[i].ko);
    std::vector<std::string> other = KoreanWords(pairs[partner[i]].ko);
    for (const EnglishWord& w : CandidateWords(pairs[i].en)) {
      auto start = std::chrono::steady_clock::now();
      std::vector<std::string> hit = kosearch::MatchLoanword(w.text, ko, lowest);
      std::vector<std::string> miss = kosearch::MatchLoanword(w.text, other, lowest);
      spent += std::chrono::steady_clock::now() - start;
      calls += 2;
      double hit_score = hit.empty() ? 0 : kosearch::LoanwordSimilarity(w.text, hit[0]);
      double miss_score = miss.empty() ? 0 : kosearch::LoanwordSimilarity(w.text, miss[0]);
      for (size_t t = 0; t < thresholds.size(); ++t) {
        Counts& c = by_threshold[t * 2 + (w.capitalised ? 1 : 0)];
        ++c.words;
        if (hit_score >= thresholds[t]) ++c.paired;
        if (miss_score >= thresholds[t]) {
          ++c.shuffled;
          if (ContainsWord(pairs[partner[i]].en, w.text)) ++c.shuffled_same_word;
        }
      }
      if (out.is_open() && !hit.empty()) {
        out << pairs[i].id << '\t' << w.text << '\t' << hit[0] << '\t' << hit_score << '\t'
            << kosearch::LoanwordKey(w.text) << '\t' << kosearch::LoanwordKey(hit[0]) << "\tpaired\n";
      }
      if (out.is_open() && !miss.empty()) {
        out << pairs[partner[i]].id << '\t' << w.text << '\t' << miss[0] << '\t' << miss_score << '\t'
            << kosearch::LoanwordKey(w.text) << '\t' << kosearch::LoanwordKey(miss[0]) << "\tshuffled\n";
      }
    }
  }
  // For estimating recall by hand: random capitalised words with the
  // paired Korean sentence and what the matcher found there at the default.
  if (recall_sample > 0) {
    std::vector<std::pair<size_t, std::string>> capitalised;
    for (size_t i = from; i < to; ++i) {
      for (const EnglishWord& w : CandidateWords(pairs[i].en)) {
        if (w.capitalised) capitalised.emplace_back(i, w.text);
      }
    }
    std::shuffle(capitalised.begin(), capitalised.end(), rng);
    capitalised.resize(std::min(recall_sample, capitalised.size()));
    for (const auto& [i, word] : capitalised) {
      std::vector<std::string> hit = kosearch::MatchLoanword(word, KoreanWords(pairs[i].ko));
      std::printf("%s\t%s\t%s\t%s\n", pairs[i].id.c_str(), word.c_str(), hit.empty() ? "-" : hit[0].c_str(),
                  pairs[i].ko.c_str());
    }
  }
  std::printf("pairs %zu..%zu of %s\n", from, to, path.c_str());
  std::printf("%-9s %-12s %7s %9s %9s %9s %9s\n", "threshold", "words", "count", "coverage", "false-pos",
              "fp-other", "fp/hit");
  for (size_t t = 0; t < thresholds.size(); ++t) {
    Counts all;
    for (int cap = 1; cap >= 0; --cap) {
      const Counts& c = by_threshold[t * 2 + cap];
      all.words += c.words;
      all.paired += c.paired;
      all.shuffled += c.shuffled;
      all.shuffled_same_word += c.shuffled_same_word;
    }
    for (int row = 2; row >= 0; --row) {
      const Counts& c = row == 2 ? by_threshold[t * 2 + 1] : row == 1 ? by_threshold[t * 2] : all;
      std::printf("%-9.2f %-12s %7zu %8.1f%% %8.1f%% %8.1f%% %9.2f\n", thresholds[t],
                  row == 2 ? "capitalised" : row == 1 ? "lower-case" : "all", c.words, 100.0 * c.paired / c.words,
                  100.0 * c.shuffled / c.words, 100.0 * (c.shuffled - c.shuffled_same_word) / c.words,
                  c.paired ? static_cast<double>(c.shuffled) / c.paired : 0.0);
    }
  }
  std::printf("%.1f us per MatchLoanword call (one English word against one sentence)\n",
              1e6 * spent.count() / static_cast<double>(calls));
  return 0;
}
