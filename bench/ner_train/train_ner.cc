// Trains the character-level NER model (src/extract/ner_model.h) with an
// averaged structured perceptron, estimates its accuracy by k-fold
// cross-validation over the KLUE tuning file, and writes schema/ner/model.bin.
//
// Built by hand (see bench/ner_results.md for the exact command); not part of
// the CMake build. Inputs are the span JSONL files of shared/corpus/:
//   --full FILE     sentences labelled with every type (KLUE-NER: PS OG QT LC DT TI)
//   --noqt FILE     sentences without QT labels (klp2016): numbers there may be
//                   QT or not, so those positions are left open (latent labels)
//   --extra FILE    news sentences labelled with every type (kmou-ner), always
//                   in the training part
//   --extra-noqt FILE  the same with QT labels not trusted (numbers left open)
//                   (a span with "open": true may be its type or O, e.g. a
//                   generic organization noun the source tags only sometimes)
//   --cv K          K-fold cross-validation over the --full sentences (the
//                   --noqt and --extra sentences are always in the training part)
//   --sample N      keep every Nth --extra sentence (quick experiments)
//   --fold K        with --cv: run only fold K (1-based; folds in parallel)
//   --out PATH      train on everything and write the model
//   --eval FILE     score the final model (trained on everything) on FILE
//                   (PS/OG/QT present in it); a non-KLUE file is tagged with
//                   the general features only; without --out nothing is written
//   --eval-news FILE  the same with the news-domain copies on, as the library
//                   tags every text (the exported file sums the two): what
//                   bench/ner-extract scores on FILE
//   --domain        KLUE-style sentences (--full, and --extra unless
//                   --extra-general) get a second copy of every feature
//   --extra-general --extra sentences share only the general features with
//                   KLUE (their conventions differ: the KLUE copy learns KLUE's)
//   --bias-grid PS=a:b:c,OG=…  with --cv: also score the fold under every
//                   combination of these biases (printed as "grid …" lines)
//   --gazetteer FILE  the name list the features look up (shipped with the model)
//   --gazetteer-half FILE  given twice: the lists for sentences whose "half"
//                   is 0 and 1 (each without its own half's names; see
//                   training_names in bench/ner_eval.py); other sentences
//                   use --gazetteer
//   --margin M      train with a margin: while learning, every tag but the
//                   gold one gets M points per active feature added at each
//                   position before the prediction is decoded, so a sentence
//                   counts as right only when the gold path wins by that much
//                   (cost-augmented perceptron; 0, the default, is plain)
//   --domain-weight A  fold the news copies into the general features at
//                   weight A before scoring and export (the file holds
//                   general + A × copy; the library fires only the general
//                   key): every fold and --eval sentence is then scored as the
//                   library tags it, KLUE's or not (0: the copies unused).
//                   Per type: a list such as PS=0.5,OG=0.5 or 0.5,QT=1 gives
//                   each named type (its B and I tags; O for the O tag) its
//                   own weight, a bare number the weight of every tag not
//                   named (1 when none is given: the copy kept whole)
//   --drop a,b      leave out these feature template families (kNerFamilies
//                   in ner_families.h: uni, bi, …, gazetteer): template
//                   ablations, scored only (refused with --out: the library
//                   tags with every family, so such a model would be run
//                   with features it never learned)
//   --family-stats  print each family's keys per character over the loaded
//                   sentences (what dropping it saves the tagger in look-ups)
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "extract/amounts.h"
#include "extract/ner_families.h"
#include "extract/ner_model.h"
#include "text/unicode_text.h"

using namespace kosearch;

namespace {

constexpr int T = kNerTagCount;

struct Span {
  size_t start, end;
  int type;
  bool open = false;  // the type or O (an annotation the source is unsure of)
};

struct Sentence {
  std::string id;
  std::u32string text;
  std::vector<Span> gold;         // every labelled span (all types)
  std::vector<uint16_t> allowed;  // per position, permitted tags
  std::vector<uint32_t> feat;     // feature indices, flattened
  std::vector<uint32_t> offsets;
  std::vector<uint64_t> keys;     // raw keys (indexed after counting)
  bool has_qt = true;
  bool news = true;  // gets the news-domain feature copies under --domain
  bool folded = false;  // a --full sentence (cross-validated, --full-repeat)
  int half = -1;  // which --gazetteer-half list it is featurised with (-1: --gazetteer)
};

int TypeIndex(const std::string& t) {
  for (int k = 0; k < kNerTypeCount; ++k)
    if (t == kNerTypes[k]) return k;
  return -1;
}

std::vector<Sentence> LoadJsonl(const std::string& path, bool has_qt, bool news, int sample = 1) {
  std::vector<Sentence> out;
  std::ifstream in(path);
  if (!in) {
    std::cerr << path << ": cannot open\n";
    std::exit(1);
  }
  std::string line;
  for (long number = 0; std::getline(in, line);) {
    if (line.empty() || number++ % sample != 0) continue;
    auto j = nlohmann::json::parse(line);
    Sentence s;
    s.news = news;
    s.id = j["id"].get<std::string>();
    s.text = ToU32(j["text"].get<std::string>());
    s.has_qt = has_qt;
    s.half = j.value("half", -1);
    for (const auto& e : j["entities"]) {
      int type = TypeIndex(e["type"].get<std::string>());
      if (type < 0) continue;
      s.gold.push_back({e["start"].get<size_t>(), e["end"].get<size_t>(), type, e.value("open", false)});
    }
    out.push_back(std::move(s));
  }
  return out;
}

// Per-position tag masks: gold tags where labelled; for sentences without QT
// labels, positions in words holding a numeral may be O or QT.
void BuildMasks(Sentence& s, const std::vector<Amount>& amounts) {
  const size_t n = s.text.size();
  s.allowed.assign(n, 1);  // O
  std::vector<bool> labelled(n, false);
  for (const Span& sp : s.gold) {
    for (size_t k = sp.start; k < sp.end && k < n; ++k) {
      s.allowed[k] = static_cast<uint16_t>(1u << (k == sp.start ? 1 + 2 * sp.type : 2 + 2 * sp.type));
      // An open span: the whole span or none of it (B then I, or O).
      if (sp.open) s.allowed[k] |= 1u;
      labelled[k] = true;
    }
  }
  if (s.has_qt) return;
  const uint16_t qt = (1u << 0) | (1u << (1 + 2 * 2)) | (1u << (2 + 2 * 2));
  std::vector<bool> open(n, false);
  for (const Amount& a : amounts)
    for (size_t k = a.start; k < a.end && k < n; ++k) open[k] = true;
  for (size_t i = 0; i < n;) {
    if (s.text[i] == U' ') {
      ++i;
      continue;
    }
    size_t j = i;
    bool digit = false;
    while (j < n && s.text[j] != U' ') digit |= IsAsciiDigit(s.text[j++]);
    if (digit)
      for (size_t k = i; k < j; ++k) open[k] = true;
    i = j;
  }
  for (size_t k = 0; k < n; ++k)
    if (open[k] && !labelled[k]) s.allowed[k] = qt;
}

bool g_domain = false;
std::unique_ptr<NerGazetteer> g_gazetteer;
std::vector<std::unique_ptr<NerGazetteer>> g_half_gazetteers;

std::unique_ptr<NerGazetteer> LoadGazetteer(const std::string& path) {
  auto g = NerGazetteer::Load(path);
  if (!g.ok()) {
    std::cerr << g.status().ToString() << "\n";
    std::exit(2);
  }
  return std::move(g).value();
}

const NerGazetteer* GazetteerFor(const Sentence& s) {
  if (s.half >= 0 && s.half < static_cast<int>(g_half_gazetteers.size())) return g_half_gazetteers[s.half].get();
  return g_gazetteer.get();
}

uint32_t g_dropped = 0;  // --drop: families left out (bits of kNerFamilies)

uint32_t ParseFamilies(const std::string& list) {
  uint32_t bits = 0;
  size_t from = 0;
  while (from <= list.size()) {
    size_t comma = std::min(list.find(',', from), list.size());
    const std::string name = list.substr(from, comma - from);
    int found = -1;
    for (int k = 0; k < kNerFamilyCount; ++k)
      if (name == kNerFamilies[k]) found = k;
    if (found < 0) {
      std::cerr << "--drop: unknown family " << name << "\n";
      std::exit(2);
    }
    bits |= 1u << found;
    from = comma + 1;
  }
  return bits;
}

// Keys per character of every family over `data` (all families minus all
// but that one dropped), as the tagger would look them up.
void PrintFamilyStats(const std::vector<Sentence>& data) {
  NerFeatures f;
  std::vector<double> keys(kNerFamilyCount + 1, 0);
  double chars = 0;
  for (const Sentence& s : data) {
    auto amounts = FindAmounts(s.text, s.text.size());
    chars += static_cast<double>(s.text.size());
    ExtractNerFeatures(s.text, amounts, GazetteerFor(s), &f);
    keys[kNerFamilyCount] += static_cast<double>(f.keys.size());
    for (int k = 0; k < kNerFamilyCount; ++k) {
      ExtractNerFeaturesWithout(s.text, amounts, GazetteerFor(s), &f, 1u << k);
      keys[k] += static_cast<double>(f.keys.size());
    }
  }
  std::printf("family-stats all %.2f keys/char over %.0f chars\n", keys[kNerFamilyCount] / chars, chars);
  for (int k = 0; k < kNerFamilyCount; ++k)
    std::printf("family-stats %s %.3f\n", kNerFamilies[k], (keys[kNerFamilyCount] - keys[k]) / chars);
}

void Prepare(std::vector<Sentence>& data) {
  NerFeatures f;
  for (Sentence& s : data) {
    auto amounts = FindAmounts(s.text, s.text.size());
    BuildMasks(s, amounts);
    ExtractNerFeaturesWithout(s.text, amounts, GazetteerFor(s), &f, g_dropped);
    if (!g_domain) {
      s.keys = f.keys;
      s.offsets = f.offsets;
      continue;
    }
    // Frustratingly easy domain adaptation: KLUE-style sentences get a
    // second copy of each feature; the tagger uses both at run time.
    s.keys.clear();
    s.offsets.assign(1, 0);
    for (size_t i = 0; i + 1 < f.offsets.size(); ++i) {
      for (uint32_t k = f.offsets[i]; k < f.offsets[i + 1]; ++k) {
        s.keys.push_back(f.keys[k]);
        if (s.news) s.keys.push_back(NerDomainKey(f.keys[k]));
      }
      s.offsets.push_back(static_cast<uint32_t>(s.keys.size()));
    }
  }
}

struct Model {
  std::unordered_map<uint64_t, uint32_t> index;
  std::vector<uint64_t> keys;
  std::vector<float> w, u;  // weights and the running sum for averaging
  std::vector<float> tw, tu;
  double c = 1;

  void Index(std::vector<Sentence*>& train, int min_count) {
    std::unordered_map<uint64_t, uint32_t> counts;
    for (Sentence* s : train)
      for (uint64_t k : s->keys) ++counts[k];
    for (auto& [k, cnt] : counts)
      if (static_cast<int>(cnt) >= min_count) {
        index.emplace(k, static_cast<uint32_t>(keys.size()));
        keys.push_back(k);
      }
    w.assign(keys.size() * T, 0);
    u.assign(keys.size() * T, 0);
    tw.assign((T + 1) * T, 0);
    tu.assign((T + 1) * T, 0);
  }

  void Map(Sentence& s) const {
    s.feat.clear();
    std::vector<uint32_t> offs{0};
    for (size_t i = 0; i + 1 < s.offsets.size(); ++i) {
      for (uint32_t f = s.offsets[i]; f < s.offsets[i + 1]; ++f) {
        auto it = index.find(s.keys[f]);
        if (it != index.end()) s.feat.push_back(it->second);
      }
      offs.push_back(static_cast<uint32_t>(s.feat.size()));
    }
    s.offsets = offs;
    s.keys.clear();
    s.keys.shrink_to_fit();
  }

  void Emit(const Sentence& s, const std::vector<float>& weights, std::vector<float>* emit) const {
    size_t n = s.text.size();
    emit->assign(n * T, 0);
    for (size_t i = 0; i < n; ++i)
      for (uint32_t f = s.offsets[i]; f < s.offsets[i + 1]; ++f) {
        const float* row = &weights[static_cast<size_t>(s.feat[f]) * T];
        for (int t = 0; t < T; ++t) (*emit)[i * T + t] += row[t];
      }
  }

  void Update(const Sentence& s, const std::vector<int>& gold, const std::vector<int>& pred) {
    for (size_t i = 0; i < gold.size(); ++i) {
      if (gold[i] != pred[i]) {
        for (uint32_t f = s.offsets[i]; f < s.offsets[i + 1]; ++f) {
          size_t base = static_cast<size_t>(s.feat[f]) * T;
          w[base + gold[i]] += 1;
          u[base + gold[i]] += c;
          w[base + pred[i]] -= 1;
          u[base + pred[i]] -= c;
        }
      }
      int gp = i == 0 ? T : gold[i - 1], pp = i == 0 ? T : pred[i - 1];
      if (gp != pp || gold[i] != pred[i]) {
        tw[gp * T + gold[i]] += 1;
        tu[gp * T + gold[i]] += c;
        tw[pp * T + pred[i]] -= 1;
        tu[pp * T + pred[i]] -= c;
      }
    }
  }

  void Train(std::vector<Sentence*>& train, int epochs, unsigned seed, float margin) {
    std::mt19937 rng(seed);
    std::vector<float> emit;
    std::vector<int> pred, gold;
    for (int e = 0; e < epochs; ++e) {
      std::shuffle(train.begin(), train.end(), rng);
      size_t errors = 0;
      for (Sentence* s : train) {
        if (s->text.empty()) continue;
        Emit(*s, w, &emit);
        // The gold path: the labels, or for partly labelled sentences the
        // best path the labels allow.
        NerViterbi(emit.data(), s->text.size(), tw.data(), s->allowed.data(), &gold);
        if (margin > 0) {
          // Cost-augmented decoding: a wrong tag is helped by the margin, so
          // the update also fires where the gold path wins only narrowly.
          for (size_t i = 0; i < s->text.size(); ++i) {
            const float cost = margin * static_cast<float>(s->offsets[i + 1] - s->offsets[i]);
            for (int t = 0; t < T; ++t)
              if (t != gold[i]) emit[i * T + t] += cost;
          }
        }
        NerViterbi(emit.data(), s->text.size(), tw.data(), nullptr, &pred);
        if (pred != gold) {
          ++errors;
          Update(*s, gold, pred);
        }
        c += 1;
      }
      std::cerr << "  epoch " << e + 1 << ": " << errors << " sentences wrong\n";
    }
  }

  // Averaged weights.
  void Average(std::vector<float>* aw, std::vector<float>* at) const {
    aw->resize(w.size());
    for (size_t k = 0; k < w.size(); ++k) (*aw)[k] = w[k] - u[k] / static_cast<float>(c);
    at->resize(tw.size());
    for (size_t k = 0; k < tw.size(); ++k) (*at)[k] = tw[k] - tu[k] / static_cast<float>(c);
  }
};

struct Counts {
  long tp[kNerTypeCount] = {}, fp[kNerTypeCount] = {}, fn[kNerTypeCount] = {};
  void Add(const Counts& o) {
    for (int k = 0; k < kNerTypeCount; ++k) tp[k] += o.tp[k], fp[k] += o.fp[k], fn[k] += o.fn[k];
  }
};

void Score(const Sentence& s, const std::vector<Entity>& found, Counts* c) {
  std::set<std::tuple<size_t, size_t, int>> gold, pred;
  for (const Span& sp : s.gold)
    if (sp.type <= 2 && !sp.open && (s.has_qt || sp.type != 2)) gold.insert({sp.start, sp.end, sp.type});
  for (const Entity& e : found) {
    int type = TypeIndex(e.type);
    if (type == 2 && !s.has_qt) continue;
    pred.insert({e.start, e.end, type});
  }
  for (const auto& p : pred) (gold.count(p) ? c->tp : c->fp)[std::get<2>(p)]++;
  for (const auto& g : gold)
    if (!pred.count(g)) c->fn[std::get<2>(g)]++;
}

void Print(const char* title, const Counts& c) {
  // The raw counts first, so that folds run apart can be summed.
  for (int k = 0; k < 3; ++k) std::printf("counts %s %ld %ld %ld\n", kNerTypes[k], c.tp[k], c.fp[k], c.fn[k]);
  std::printf("%s\n| type | P | R | F1 | gold |\n| --- | --- | --- | --- | --- |\n", title);
  for (int k = 0; k < 3; ++k) {
    double p = c.tp[k] + c.fp[k] ? double(c.tp[k]) / (c.tp[k] + c.fp[k]) : 0;
    double r = c.tp[k] + c.fn[k] ? double(c.tp[k]) / (c.tp[k] + c.fn[k]) : 0;
    double f = p + r ? 2 * p * r / (p + r) : 0;
    std::printf("| %s | %.3f | %.3f | %.3f | %ld |\n", kNerTypes[k], p, r, f, c.tp[k] + c.fn[k]);
  }
  std::fflush(stdout);
}

// --dump FILE: every scored sentence's predictions, for error analysis.
std::ofstream g_dump;

// by_domain (if given): the counts of sentences tagged without [0] and with
// [1] the news-domain copies, apart.
Counts Evaluate(const Model& m, const std::vector<float>& aw, const std::vector<float>& at,
                std::vector<Sentence*>& test, Counts* by_domain = nullptr) {
  Counts c;
  std::vector<float> emit;
  std::vector<int> tags;
  for (Sentence* s : test) {
    m.Emit(*s, aw, &emit);
    NerViterbi(emit.data(), s->text.size(), at.data(), nullptr, &tags);
    auto found = NerEntitiesFromTags(s->text, s->text.size(), tags);
    Score(*s, found, &c);
    if (by_domain) Score(*s, found, &by_domain[s->news ? 1 : 0]);
    if (g_dump.is_open()) {
      nlohmann::json j{{"id", s->id}, {"news", s->news}, {"text", ToUtf8(s->text)}, {"pred", nlohmann::json::array()}};
      for (const auto& e : found) j["pred"].push_back({{"start", e.start}, {"end", e.end}, {"type", e.type}, {"text", e.text}});
      g_dump << j.dump() << "\n";
    }
  }
  return c;
}

NerModelData Export(const Model& m, const std::vector<float>& aw, const std::vector<float>& at, float prune) {
  NerModelData d;
  d.transitions = at;
  // News text always fires a feature and its domain copy together, so the
  // file stores their sum under the general key: one lookup at run time.
  std::unordered_map<uint64_t, uint32_t> domain_of;
  for (size_t f = 0; f < m.keys.size(); ++f) {
    auto it = m.index.find(NerDomainKey(m.keys[f]));
    if (it != m.index.end()) domain_of.emplace(m.keys[f], it->second);
  }
  std::unordered_set<uint32_t> domain_copies;
  for (const auto& [k, f] : domain_of) domain_copies.insert(f);
  for (size_t f = 0; f < m.keys.size(); ++f) {
    if (domain_copies.count(static_cast<uint32_t>(f))) continue;
    auto dom = domain_of.find(m.keys[f]);
    std::vector<std::pair<uint8_t, float>> ws;
    for (int t = 0; t < T; ++t) {
      float v = aw[f * T + t];
      if (dom != domain_of.end()) v += aw[static_cast<size_t>(dom->second) * T + t];
      if (std::fabs(v) >= prune) ws.emplace_back(static_cast<uint8_t>(t), v);
    }
    if (!ws.empty()) d.features.emplace_back(m.keys[f], std::move(ws));
  }
  std::sort(d.features.begin(), d.features.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return d;
}

// --domain-weight: every feature's news copy added to it a[t] times for tag
// t and then zeroed, so that all sentences are scored as the library tags
// any text with a file holding general + a × copy (Export writes the sum,
// a = 1 for every tag).
void FoldDomainCopies(const Model& m, const std::vector<float>& a, std::vector<float>* aw) {
  for (size_t f = 0; f < m.keys.size(); ++f) {
    auto it = m.index.find(NerDomainKey(m.keys[f]));
    if (it == m.index.end() || it->second == f) continue;
    const size_t d = static_cast<size_t>(it->second);
    for (int t = 0; t < T; ++t) {
      (*aw)[f * T + t] += a[t] * (*aw)[d * T + t];
      (*aw)[d * T + t] = 0;
    }
  }
}

// "0.5" → 0.5 for every tag; "PS=0.5,OG=0.5" → those types' B and I tags
// 0.5, every other tag 1; "0.5,QT=1,O=0.7" → QT 1, O 0.7, the rest 0.5.
std::vector<float> ParseDomainWeights(const std::string& v) {
  std::vector<float> per_tag(T, 1.0f);
  std::vector<bool> named(T, false);
  auto bad = [&]() {
    std::cerr << "bad --domain-weight " << v << " (A, or TYPE=A,… with TYPE one of O PS OG QT LC DT TI)\n";
    std::exit(2);
  };
  for (size_t p = 0; p <= v.size();) {
    size_t comma = std::min(v.find(',', p), v.size());
    std::string item = v.substr(p, comma - p);
    size_t eq = item.find('=');
    try {
      if (eq == std::string::npos) {
        const float all = std::stof(item);
        for (int t = 0; t < T; ++t)
          if (!named[t]) per_tag[t] = all;
      } else {
        const std::string type = item.substr(0, eq);
        const float a = std::stof(item.substr(eq + 1));
        const int k = TypeIndex(type);
        if (type != "O" && k < 0) bad();
        for (int t : type == "O" ? std::vector<int>{0} : std::vector<int>{1 + 2 * k, 2 + 2 * k}) {
          per_tag[t] = a;
          named[t] = true;
        }
      }
    } catch (const std::exception&) {
      bad();
    }
    p = comma + 1;
  }
  return per_tag;
}

// "PS=3:5:8,OG=5" → per type the values to try (types not named: 0).
std::vector<std::vector<float>> ParseBiasGrid(const std::string& v) {
  std::vector<std::vector<float>> grid(kNerTypeCount, std::vector<float>{0.0f});
  for (size_t p = 0; p < v.size();) {
    size_t comma = std::min(v.find(',', p), v.size());
    std::string item = v.substr(p, comma - p);
    size_t eq = item.find('=');
    int t = eq == std::string::npos ? -1 : TypeIndex(item.substr(0, eq));
    if (t < 0) {
      std::cerr << "bad bias list " << v << "\n";
      std::exit(2);
    }
    grid[t].clear();
    for (size_t q = eq + 1; q <= item.size();) {
      size_t colon = std::min(item.find(':', q), item.size());
      grid[t].push_back(std::stof(item.substr(q, colon - q)));
      q = colon + 1;
    }
    p = comma + 1;
  }
  return grid;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> full_files, noqt_files, extra_files, extra_noqt_files, eval_files, eval_news_files;
  std::string out;
  int cv = 0, epochs = 10, min_count = 2, full_repeat = 1, sample = 1, only_fold = 0;
  // Added to the B and I scores of PS, OG and QT: the perceptron is
  // precise but timid, and a small push towards entities buys recall.
  float type_bias[kNerTypeCount] = {};
  float prune = 0.0f, margin = 0.0f;
  std::vector<float> domain_weight;  // --domain-weight, per tag; empty: the copies kept apart (the file sums them)
  bool extra_general = false, family_stats = false;
  std::vector<std::vector<float>> bias_grid;  // per type, the values to try
  for (int a = 1; a < argc; ++a) {
    std::string arg = argv[a];
    auto next = [&]() -> std::string {
      if (a + 1 >= argc) {
        std::cerr << arg << " needs a value\n";
        std::exit(2);
      }
      return argv[++a];
    };
    if (arg == "--full") full_files.push_back(next());
    else if (arg == "--noqt") noqt_files.push_back(next());
    else if (arg == "--extra") extra_files.push_back(next());
    else if (arg == "--extra-noqt") extra_noqt_files.push_back(next());
    else if (arg == "--sample") sample = std::stoi(next());
    else if (arg == "--fold") only_fold = std::stoi(next());
    else if (arg == "--eval") eval_files.push_back(next());
    else if (arg == "--eval-news") eval_news_files.push_back(next());
    else if (arg == "--domain-weight") domain_weight = ParseDomainWeights(next());
    else if (arg == "--out") out = next();
    else if (arg == "--cv") cv = std::stoi(next());
    else if (arg == "--epochs") epochs = std::stoi(next());
    else if (arg == "--min-count") min_count = std::stoi(next());
    else if (arg == "--full-repeat") full_repeat = std::stoi(next());
    else if (arg == "--prune") prune = std::stof(next());
    else if (arg == "--margin") margin = std::stof(next());
    else if (arg == "--dump") g_dump.open(next());
    else if (arg == "--drop") g_dropped = ParseFamilies(next());
    else if (arg == "--family-stats") family_stats = true;
    else if (arg == "--domain") g_domain = true;
    else if (arg == "--extra-general") extra_general = true;
    else if (arg == "--bias-grid") bias_grid = ParseBiasGrid(next());
    else if (arg == "--gazetteer") g_gazetteer = LoadGazetteer(next());
    else if (arg == "--gazetteer-half") g_half_gazetteers.push_back(LoadGazetteer(next()));
    else if (arg == "--bias") {
      // --bias PS=5,OG=8: the grid's first value of each type
      auto grid = ParseBiasGrid(next());
      for (int t = 0; t < kNerTypeCount; ++t) type_bias[t] = grid[t][0];
    }
    else {
      std::cerr << "unknown option " << arg << "\n";
      return 2;
    }
  }
  if (g_dropped != 0 && !out.empty()) {
    std::cerr << "--drop is for ablations: a model trained without a family cannot be written (--out)\n";
    return 2;
  }
  // full: cross-validated; always: in every training part.
  std::vector<Sentence> full, always;
  for (const auto& f : full_files) {
    auto v = LoadJsonl(f, true, true);
    for (Sentence& s : v) s.folded = true;
    full.insert(full.end(), v.begin(), v.end());
  }
  auto add_always = [&](const std::vector<std::string>& files, bool has_qt, bool news, int every) {
    for (const auto& f : files) {
      auto v = LoadJsonl(f, has_qt, news, every);
      always.insert(always.end(), std::make_move_iterator(v.begin()), std::make_move_iterator(v.end()));
    }
  };
  add_always(noqt_files, false, false, 1);
  add_always(extra_files, true, !extra_general, sample);
  add_always(extra_noqt_files, false, !extra_general, sample);
  if (family_stats) {
    PrintFamilyStats(always);
    return 0;
  }
  Prepare(full);
  Prepare(always);
  // Every position's first feature is the bias.
  const uint64_t bias_key = full.empty() ? 0 : full[0].keys[0];
  std::cerr << full.size() << " cross-validated, " << always.size() << " always trained on\n";

  Counts eval_by_domain[2];  // the --eval files' counts, general only / with the news copies
  auto run = [&](std::vector<Sentence*> train, std::vector<Sentence*> test, Model* m) {
    // Mapping consumes the raw keys, so work on copies.
    std::vector<Sentence> own;
    own.reserve(train.size() + test.size());
    for (Sentence* s : train) own.push_back(*s);
    size_t ntrain = own.size();
    for (Sentence* s : test) own.push_back(*s);
    std::vector<Sentence*> tr, te;
    for (size_t k = 0; k < own.size(); ++k) (k < ntrain ? tr : te).push_back(&own[k]);
    m->Index(tr, min_count);
    for (Sentence& s : own) m->Map(s);
    std::vector<Sentence*> epoch_set;
    for (Sentence* s : tr) {
      int reps = s->folded ? full_repeat : 1;
      for (int r = 0; r < reps; ++r) epoch_set.push_back(s);
    }
    m->Train(epoch_set, epochs, 17, margin);
    std::vector<float> aw, at;
    m->Average(&aw, &at);
    // Weights the exported model will drop (see --prune) are dropped here
    // too, so the figures describe the file that is written.
    if (prune > 0)
      for (float& v : aw)
        if (std::fabs(v) < prune) v = 0;
    // The bias feature fires at every position, so raising its weight for a
    // type raises that type's score everywhere.
    auto bias = m->index.find(bias_key);
    auto add_bias = [&](std::vector<float>& weights, const float* by) {
      if (bias == m->index.end()) return;
      for (int t = 0; t < kNerTypeCount; ++t) {
        weights[static_cast<size_t>(bias->second) * T + 1 + 2 * t] += by[t];
        weights[static_cast<size_t>(bias->second) * T + 2 + 2 * t] += by[t];
      }
    };
    if (!bias_grid.empty() && !te.empty()) {
      // One trained model, scored under every bias combination (PS × OG × QT).
      for (float ps : bias_grid[0])
        for (float og : bias_grid[1])
          for (float qt : bias_grid[2]) {
            const float by[kNerTypeCount] = {ps, og, qt, 0, 0, 0};
            std::vector<float> biased = aw;
            add_bias(biased, by);
            Counts c = Evaluate(*m, biased, at, te);
            for (int k = 0; k < 3; ++k)
              std::printf("grid PS=%g,OG=%g,QT=%g %s %ld %ld %ld\n", ps, og, qt, kNerTypes[k], c.tp[k], c.fp[k], c.fn[k]);
          }
    }
    add_bias(aw, type_bias);
    if (!domain_weight.empty()) FoldDomainCopies(*m, domain_weight, &aw);
    return std::make_tuple(Evaluate(*m, aw, at, te, eval_by_domain), aw, at);
  };

  if (cv > 1) {
    Counts total;
    for (int k = 0; k < cv; ++k) {
      if (only_fold > 0 && k + 1 != only_fold) continue;
      std::vector<Sentence*> train, test;
      for (size_t i = 0; i < full.size(); ++i) (static_cast<int>(i % cv) == k ? test : train).push_back(&full[i]);
      for (Sentence& s : always) train.push_back(&s);
      Model m;
      auto [c, aw, at] = run(train, test, &m);
      char title[64];
      std::snprintf(title, sizeof title, "fold %d", k + 1);
      Print(title, c);
      total.Add(c);
    }
    Print("cross-validated (all folds)", total);
  }
  if (!out.empty() || !eval_files.empty()) {
    std::vector<Sentence*> train;
    for (Sentence& s : full) train.push_back(&s);
    for (Sentence& s : always) train.push_back(&s);
    std::vector<Sentence> evals;
    for (const auto& f : eval_files) {
      const bool klue = f.find("klue") != std::string::npos;
      auto v = LoadJsonl(f, klue, klue);
      evals.insert(evals.end(), v.begin(), v.end());
    }
    for (const auto& f : eval_news_files) {
      auto v = LoadJsonl(f, f.find("klue") != std::string::npos, true);
      evals.insert(evals.end(), v.begin(), v.end());
    }
    Prepare(evals);
    std::vector<Sentence*> test;
    for (Sentence& s : evals) test.push_back(&s);
    Model m;
    eval_by_domain[0] = eval_by_domain[1] = Counts{};  // the folds' counts are not these
    auto [c, aw, at] = run(train, test, &m);
    if (!test.empty() && !eval_files.empty() && !eval_news_files.empty()) {
      Print("final model on --eval files, general features only", eval_by_domain[0]);
      Print("final model on --eval-news files, with the news copies", eval_by_domain[1]);
    }
    if (!test.empty()) Print("final model on --eval files", c);
    if (out.empty()) return 0;  // scored only
    NerModelData d = Export(m, aw, at, prune);
    Status st = SaveNerModel(out, d);
    if (!st.ok()) {
      std::cerr << st.ToString() << "\n";
      return 1;
    }
    std::cerr << "wrote " << out << ": " << d.features.size() << " features\n";
  }
  return 0;
}
