// Learns word classes from unlabelled Korean text for the NER tagger's class
// features (src/extract/ner_clusters.h), by predictive exchange clustering
// (Uszkoreit & Brants 2008; Martin, Liermann & Ney 1998's exchange
// algorithm): every word (its core as NerClusterCore cuts it, "민주당은," →
// 민주당) is in one of --classes classes, and a word moves to the class that
// best predicts its contexts: the word before it, its own particle, the word
// after it (three views; each predicts P(class | context) with class counts,
// the objective being sum over views and contexts of N(ctx, c) log N(ctx, c)
// minus 3 sum over classes of N(c) log N(c)). Words used alike (names of
// people before 씨/대표/는, organizations before 측/이) end up together.
//
//   ner-word-clusters --classes 256 < sentences.txt > classes.tsv
//
// Input: one sentence or paragraph per line. Output: "word<TAB>class" per
// line (classes 1..C), the --max-words most frequent words seen at least
// --min-count times. Run by bench/ner_train/word_clusters.py.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iostream>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/ner_clusters.h"
#include "extract/ner_text.h"
#include "text/unicode_text.h"

using namespace kosearch;

namespace {

struct Options {
  int classes = 256, iterations = 12, min_count = 3, max_words = 40000, context_words = 3000;
};

bool IsBlank(char32_t c) { return c == U' ' || c == U'\t' || c == U'\r' || c == 0x3000 || c == 0xA0; }

// A sentence as (core, particle) per word; empty core: no letter.
using Word = std::pair<std::u32string, std::u32string>;

std::vector<Word> Words(const std::u32string& text) {
  std::vector<Word> out;
  for (size_t i = 0; i < text.size();) {
    if (IsBlank(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && !IsBlank(text[j])) ++j;
    auto [a, b] = NerClusterCore(text, i, j);
    std::u32string core, particle;
    for (size_t k = a; k < b; ++k) core.push_back(NerNorm(text[k]));
    for (size_t k = b; k < j; ++k)
      if (IsHangulSyllable(text[k])) particle.push_back(text[k]);
    out.emplace_back(std::move(core), std::move(particle));
    i = j;
  }
  return out;
}

double XLogX(int64_t x) { return x > 0 ? x * std::log(static_cast<double>(x)) : 0.0; }

Options ParseOptions(int argc, char** argv) {
  Options o;
  for (int a = 1; a + 1 < argc; a += 2) {
    std::string arg = argv[a];
    int v = std::stoi(argv[a + 1]);
    if (arg == "--classes") o.classes = v;
    else if (arg == "--iterations") o.iterations = v;
    else if (arg == "--min-count") o.min_count = v;
    else if (arg == "--max-words") o.max_words = v;
    else if (arg == "--context-words") o.context_words = v;
    else {
      std::cerr << "unknown option " << arg << "\n";
      std::exit(2);
    }
  }
  if ((argc - 1) % 2 != 0 || o.classes < 2) {
    std::cerr << "usage: ner-word-clusters [--classes C] [--iterations N] [--min-count N] [--max-words N] "
                 "[--context-words N] < sentences.txt\n";
    std::exit(2);
  }
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  const Options opt = ParseOptions(argc, argv);
  std::vector<std::vector<Word>> sentences;
  std::unordered_map<std::u32string, int64_t> freq;
  for (std::string line; std::getline(std::cin, line);) {
    sentences.push_back(Words(ToU32(line)));
    for (const Word& w : sentences.back())
      if (!w.first.empty()) ++freq[w.first];
  }
  std::vector<std::pair<int64_t, std::u32string>> ranked;
  for (const auto& [w, n] : freq) ranked.emplace_back(-n, w);
  std::sort(ranked.begin(), ranked.end());
  // Context ids: 0 other word, 1 no word (sentence edge), 2.. frequent words.
  std::unordered_map<std::u32string, int> context_id, word_id, particle_id;
  for (int k = 0; k < static_cast<int>(ranked.size()) && k < opt.context_words; ++k) context_id[ranked[k].second] = k + 2;
  std::vector<std::u32string> vocab;
  for (const auto& [n, w] : ranked) {
    if (-n < opt.min_count || static_cast<int>(vocab.size()) >= opt.max_words) break;
    word_id[w] = static_cast<int>(vocab.size());
    vocab.push_back(w);
  }
  const int context_count = opt.context_words + 2;
  auto context_of = [&](const std::vector<Word>& s, long k) {
    if (k < 0 || k >= static_cast<long>(s.size())) return 1;
    auto it = context_id.find(s[k].first);
    return it == context_id.end() ? 0 : it->second;
  };
  // Each word's contexts over the three views: ids [0, C) before, [C, 2C)
  // after, [2C, ...) its own particle.
  std::vector<std::unordered_map<int, int64_t>> contexts(vocab.size());
  std::vector<int64_t> count(vocab.size(), 0);
  for (const auto& s : sentences) {
    for (long k = 0; k < static_cast<long>(s.size()); ++k) {
      auto it = word_id.find(s[k].first);
      if (it == word_id.end()) continue;
      auto& c = contexts[it->second];
      ++count[it->second];
      ++c[context_of(s, k - 1)];
      ++c[context_count + context_of(s, k + 1)];
      auto p = particle_id.emplace(s[k].second, static_cast<int>(particle_id.size())).first;
      ++c[2 * context_count + p->second];
    }
  }
  const int dims = 2 * context_count + static_cast<int>(particle_id.size());
  std::vector<std::vector<std::pair<int, int64_t>>> rows(vocab.size());
  for (size_t w = 0; w < vocab.size(); ++w) rows[w].assign(contexts[w].begin(), contexts[w].end());
  contexts.clear();
  const int C = opt.classes;
  std::vector<int> cls(vocab.size());
  std::vector<int64_t> N(static_cast<size_t>(dims) * C, 0), total(C, 0);
  auto move = [&](size_t w, int c, int sign) {
    for (const auto& [d, n] : rows[w]) N[static_cast<size_t>(d) * C + c] += sign * n;
    total[c] += sign * count[w];
  };
  for (size_t w = 0; w < vocab.size(); ++w) {
    cls[w] = static_cast<int>(w % C);
    move(w, cls[w], +1);
  }
  std::vector<double> gain(C);
  for (int it = 0; it < opt.iterations; ++it) {
    size_t moved = 0;
    for (size_t w = 0; w < vocab.size(); ++w) {
      move(w, cls[w], -1);
      for (int c = 0; c < C; ++c) gain[c] = -3 * (XLogX(total[c] + count[w]) - XLogX(total[c]));
      for (const auto& [d, n] : rows[w]) {
        const int64_t* row = &N[static_cast<size_t>(d) * C];
        for (int c = 0; c < C; ++c) gain[c] += XLogX(row[c] + n) - XLogX(row[c]);
      }
      const int best = static_cast<int>(std::max_element(gain.begin(), gain.end()) - gain.begin());
      moved += best != cls[w];
      cls[w] = best;
      move(w, best, +1);
    }
    std::cerr << "iteration " << it + 1 << ": " << moved << " of " << vocab.size() << " words moved\n";
    if (moved == 0) break;
  }
  for (size_t w = 0; w < vocab.size(); ++w) std::cout << ToUtf8(vocab[w]) << "\t" << cls[w] + 1 << "\n";
  return 0;
}
