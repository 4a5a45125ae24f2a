// Extractor: runs every field finder over one article body (see
// include/kosearch/extract.h), and finds the organizations, which need the
// people (their affiliations) and the alias file together.
#include <algorithm>
#include <unordered_map>

#include "extract/amounts.h"
#include "extract/entities.h"
#include "extract/facet_checks.h"
#include "extract/people.h"
#include "extract/quote_marks.h"
#include "extract/quotes.h"
#include "extract/speaker_table.h"
#include "extract/speaker_words.h"
#include "kosearch/extract.h"
#include "kosearch/schema_files.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

std::u32string KeyOf(std::u32string_view s) {
  std::u32string key;
  for (char32_t c : s) {
    if (c != U' ') key.push_back(c >= U'A' && c <= U'Z' ? c - U'A' + U'a' : c);
  }
  return key;
}

// Collects organizations by canonical name, keeping the first mention.
class OrgCollector {
 public:
  explicit OrgCollector(const AliasIndex& aliases) : aliases_(aliases) {}

  void Add(const std::u32string& name, const AliasTable::Group* group, size_t start, size_t end) {
    if (!group) group = aliases_.Find(name);
    if (group && group->kind != AliasTable::Kind::kOrg) group = nullptr;
    std::string utf8 = ToUtf8(name);
    std::string canonical = group ? group->canonical : utf8;
    auto [it, inserted] = index_.emplace(KeyOf(ToU32(canonical)), orgs_.size());
    if (inserted) {
      Organization org{utf8, canonical, {}, start, end};
      if (group) org.aliases = group->spellings;
      orgs_.push_back(std::move(org));
    }
    AddSpelling(it->second, utf8);
  }

  // Adds `alias` to the organization called `name`, if there is one.
  void AddAlias(const std::u32string& name, const std::string& alias) {
    const auto* group = aliases_.Find(name);
    std::u32string key = KeyOf(group && group->kind == AliasTable::Kind::kOrg ? ToU32(group->canonical) : name);
    if (auto it = index_.find(key); it != index_.end()) AddSpelling(it->second, alias);
  }

  std::vector<Organization> Take() {
    std::stable_sort(orgs_.begin(), orgs_.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    return std::move(orgs_);
  }

 private:
  void AddSpelling(size_t i, const std::string& spelling) {
    auto& aliases = orgs_[i].aliases;
    if (std::find(aliases.begin(), aliases.end(), spelling) == aliases.end()) aliases.push_back(spelling);
  }

  const AliasIndex& aliases_;
  std::vector<Organization> orgs_;
  std::unordered_map<std::u32string, size_t> index_;
};

// "엔비디아(NVIDIA)", "AI(인공지능)", "조셉 바이든(Joseph Biden)": a name and its
// gloss in another script. Ages "(53)" and same-script notes "(국장)" are not.
bool MineAlias(std::u32string_view text, const std::vector<Word>& words, size_t i, MinedAlias* out,
               std::u32string* name_out) {
  const Word& w = words[i];
  std::u32string_view gloss = text.substr(w.paren_start, w.paren_end - w.paren_start);
  std::u32string_view core = text.substr(w.start, w.end - w.start);
  auto script = [](std::u32string_view s) {
    int latin = 0, hangul = 0, han = 0;
    for (char32_t c : s) latin += IsAsciiAlpha(c), hangul += IsHangulSyllable(c), han += IsHan(c);
    return latin ? (hangul ? 'm' : 'l') : hangul ? 'h' : han ? 'c' : '0';
  };
  char gs = script(gloss), cs = script(core);
  if (gs == '0' || gs == 'm' || cs == '0' || gs == cs || gloss.size() > 40) return false;
  // As many words before "(" as the gloss has: "조셉 바이든(Joseph Biden)".
  size_t gloss_words = 1 + std::count(gloss.begin(), gloss.end(), U' ');
  size_t first = i;
  while (gs == 'l' && first > 0 && i - first + 1 < gloss_words && gloss_words <= 3 && words[first].space_before &&
         !words[first - 1].has_paren()) {
    --first;
  }
  std::u32string name(text.substr(words[first].start, w.end - words[first].start));
  *name_out = name;
  *out = MinedAlias{ToUtf8(name), ToUtf8(gloss)};
  return true;
}

// The tagger's PS/OG spans checked against the alias file, which knows
// better: a glossary word (옴니버스, 골든벨) is no entity, a listed person
// is PS and a listed organization OG, whatever the tagger said. A title or
// role noun the tagger marks as a person is none (NamesNoPerson).
void CorrectEntities(const AliasTable& aliases, std::vector<Entity>* entities) {
  std::vector<Entity> kept;
  for (Entity& e : *entities) {
    const AliasTable::Group* g = e.type == "QT" ? nullptr : aliases.Find(e.text);
    if (g && g->kind == AliasTable::Kind::kTerm) continue;
    if (!g && e.type == "PS" && NamesNoPerson(ToU32(e.text))) continue;
    if (g && g->kind == AliasTable::Kind::kPerson) e.type = "PS";
    if (g && g->kind == AliasTable::Kind::kOrg && e.type == "PS") e.type = "OG";
    kept.push_back(std::move(e));
  }
  *entities = std::move(kept);
}

}  // namespace

std::vector<Organization> FindOrganizations(std::u32string_view text, const std::vector<Word>& words,
                                            const AliasIndex& aliases, const PeopleFound& people,
                                            std::vector<MinedAlias>* mined) {
  OrgCollector orgs(aliases);
  // Each word's stem, asked of most words twice: computed once.
  std::vector<std::u32string_view> stems(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    std::u32string_view core = text.substr(words[i].start, words[i].end - words[i].start);
    bool subject;
    stems[i] = words[i].has_paren() ? core : core.substr(0, StripParticle(core, &subject));
  }
  auto stem_of = [&](size_t i) { return stems[i]; };
  std::u32string key;  // reused: one allocation for the whole text
  for (size_t i = 0; i < words.size();) {
    // Longest alias-file spelling starting here; its last word may carry a particle.
    size_t matched = 0;
    // The one-word look-up's answer for the stem, kept for the suffix test
    // below (LooksLikeOrg would ask the alias file the same question again).
    const AliasTable::Group* stem_group = nullptr;
    bool stem_asked = false;
    size_t max_n = aliases.MayStartPhrase(text.substr(words[i].start, words[i].end - words[i].start)) ? aliases.max_words() : 1;
    for (size_t n = std::min(max_n, words.size() - i); n >= 1 && !matched; --n) {
      key.clear();
      bool joined = true;
      for (size_t k = i; k < i + n; ++k) {
        joined = joined && (k == i || words[k].space_before) && (k + 1 == i + n || !words[k].has_paren());
        key += text.substr(words[k].start, words[k].end - words[k].start);
      }
      if (!joined) continue;
      const Word& last = words[i + n - 1];
      size_t end = last.end;
      const AliasTable::Group* g = aliases.Find(key);
      size_t cut = (last.end - last.start) - stem_of(i + n - 1).size();
      if (cut == 0) {  // with no particle the word is its stem: asked already
        if (n == 1) stem_group = g, stem_asked = true;
      } else if (!g) {
        key.resize(key.size() - cut);
        end -= cut;
        if (!key.empty()) g = aliases.Find(key);
        if (n == 1) stem_group = g, stem_asked = true;  // the key is the stem
      }
      if (g && g->kind == AliasTable::Kind::kOrg && end > words[i].start) {
        orgs.Add(std::u32string(text.substr(words[i].start, end - words[i].start)), g, words[i].start, end);
        matched = n;
      }
    }
    if (matched) { i += matched; continue; }
    std::u32string_view stem = stem_of(i);
    // Suffix-named bodies (기상청, 외교통상부, 인민해방군); Latin acronyms alone
    // (AI, GPU) are too often not organizations to count here.
    if (std::any_of(stem.begin(), stem.end(), IsHangulSyllable) &&
        LooksLikeOrgGivenLookup(stem, stem_asked ? stem_group : aliases.Find(stem)) &&
        !IsTitle(stem) && !LooksLikeKoreanName(stem) && stem.back() != U'시') {  // 경주시: a place
      orgs.Add(std::u32string(stem), nullptr, words[i].start, words[i].start + stem.size());
    }
    ++i;
  }
  for (const Organization& a : people.affiliations) orgs.Add(ToU32(a.name), nullptr, a.start, a.end);
  for (size_t i = 0; i < words.size(); ++i) {
    MinedAlias pair;
    std::u32string name;
    if (!words[i].has_paren() || !MineAlias(text, words, i, &pair, &name)) continue;
    bool seen = std::any_of(mined->begin(), mined->end(),
                            [&](const MinedAlias& m) { return m.name == pair.name && m.alias == pair.alias; });
    if (!seen) mined->push_back(pair);
    orgs.AddAlias(name, pair.alias);
  }
  return orgs.Take();
}

struct Extractor::Impl {
  Impl(std::shared_ptr<const AliasTable> table, std::shared_ptr<const EntityModel> model)
      : aliases(table ? std::move(table) : std::make_shared<const AliasTable>()),
        index(*aliases),
        entity_model(std::move(model)) {}
  std::shared_ptr<const AliasTable> aliases;
  AliasIndex index;
  std::shared_ptr<const EntityModel> entity_model;  // may be null
};

Result<std::unique_ptr<Extractor>> Extractor::Create(const std::string& schema_dir) {
  auto dir = FindSchemaDir(schema_dir);
  if (!dir.ok()) return dir.status();
  auto aliases = AliasTable::Load(*dir + "/aliases.tsv");
  if (!aliases.ok()) return aliases.status();
  auto model = EntityModel::Create(*dir);
  if (!model.ok()) return model.status();
  return std::make_unique<Extractor>(std::move(aliases).value(), std::move(model).value());
}

Extractor::Extractor(std::shared_ptr<const AliasTable> aliases, std::shared_ptr<const EntityModel> entity_model)
    : impl_(std::make_unique<Impl>(std::move(aliases), std::move(entity_model))) {}
Extractor::~Extractor() = default;

const std::shared_ptr<const AliasTable>& Extractor::aliases() const { return impl_->aliases; }

Extraction Extractor::Extract(std::string_view body, size_t skip_from) const {
  Extraction out;
  try {
    std::u32string text = ToU32(body);
    size_t limit = std::min(skip_from, text.size());
    out.amounts = FindAmounts(text, limit);
    std::vector<Word> words = SplitWords(text, limit);
    PeopleFound people = FindPeople(text, words, impl_->index);
    out.entities = FindEntities(text, limit, out.amounts, impl_->entity_model.get());
    CorrectEntities(*impl_->aliases, &out.entities);
    if (HasQuoteMark(text, limit)) {  // else the speaker table would serve no quote
      const NerGazetteer* names = impl_->entity_model ? impl_->entity_model->gazetteer.get() : nullptr;
      // The pairs are found once: the table reads their spans (over the
      // whole text), the quote finder the pairs themselves.
      std::vector<QuotePair> pairs = FindQuotePairs(text, limit);
      SpeakerTable speakers(text, people, out.entities, impl_->index, names, DoubleQuoteSpans(text, limit, pairs));
      out.quotes = FindQuotes(text, limit, words, people, impl_->index, speakers, std::move(pairs));
    }
    out.orgs = FindOrganizations(text, words, impl_->index, people, &out.mined_aliases);
    out.people = std::move(people.people);
    if (impl_->entity_model) {
      KeepTaggedPeople(impl_->index, out.entities, &out.people);
      KeepTaggedOrganizations(impl_->index, out.entities, &out.orgs);
    }
  } catch (const std::exception&) {
    // Extraction never fails (extract.h): out of memory on a pathological
    // input yields the fields found so far.
  }
  return out;
}

}  // namespace kosearch
