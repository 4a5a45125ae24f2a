// Searcher (see include/kosearch/search.h): runs parsed queries, builds hits
// with snippets, counts facets. Xapian errors are translated here.
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "kosearch/aliases.h"
#include "kosearch/search.h"
#include "query_parser.h"
#include "schema.h"
#include "searcher_impl.h"
#include "snippet.h"

namespace kosearch {

namespace {

constexpr size_t kSnippetChars = 160;
// Facets count at most this many matches (documented in the README).
constexpr Xapian::doccount kFacetScanLimit = 200000;

// Counts the '\n'-separated items of a value slot over the match set.
class SplitValueSpy : public Xapian::MatchSpy {
 public:
  SplitValueSpy(Xapian::valueno slot, size_t prefix_len) : slot_(slot), prefix_len_(prefix_len) {}
  void operator()(const Xapian::Document& doc, double) override {
    std::string v = doc.get_value(slot_);
    size_t at = 0;
    while (at < v.size()) {
      size_t nl = v.find('\n', at);
      if (nl == std::string::npos) nl = v.size();
      std::string item = v.substr(at, nl - at);
      if (prefix_len_ && item.size() > prefix_len_) item.resize(prefix_len_);
      if (!item.empty()) ++counts_[item];
      at = nl + 1;
    }
  }
  std::vector<FacetCount> Sorted() const {
    std::vector<FacetCount> out;
    for (const auto& [k, v] : counts_) out.push_back({k, v});
    std::sort(out.begin(), out.end(), [](const FacetCount& a, const FacetCount& b) {
      return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    return out;
  }

 private:
  Xapian::valueno slot_;
  size_t prefix_len_;
  std::unordered_map<std::string, uint64_t> counts_;
};

bool FacetSlot(const std::string& name, Xapian::valueno* slot, size_t* prefix_len) {
  *prefix_len = 0;
  if (name == "speaker") { *slot = schema::kSlotSpeaker; return true; }
  if (name == "org") { *slot = schema::kSlotOrgs; return true; }
  if (name == "person") { *slot = schema::kSlotPeople; return true; }
  if (name == "source") { *slot = schema::kSlotSource; return true; }
  if (name == "year") { *slot = schema::kSlotDate; *prefix_len = 4; return true; }
  return false;
}

// BM25 with k1 0.8 and b 0.5 (Xapian's defaults are 1 and 0.5): measured on
// the KorQuAD tune questions, MRR@10 varies by < 0.002 for k1 in 0.6–1.0
// (bench/retrieval_results.md); bigram terms saturate a little faster.
Xapian::BM25Weight RankingWeight() { return Xapian::BM25Weight(0.8, 0, 1, 0.5, 0.5); }

}  // namespace

Hit HitFromDocument(const Xapian::Document& doc, double score, const std::vector<std::vector<std::string>>& highlight) {
  Hit h;
  h.score = score;
  nlohmann::json data = nlohmann::json::parse(doc.get_data(), nullptr, false);
  if (!data.is_object()) return h;
  auto str = [&](const char* k) { auto it = data.find(k); return it != data.end() && it->is_string() ? it->get<std::string>() : std::string(); };
  h.kind = str("kind");
  h.id = str("id");
  h.title = str("title");
  h.date = str("date");
  h.source = str("source");
  h.url = str("url");
  h.article_id = h.kind == schema::kKindQuote ? str("article_id") : h.id;
  if (h.kind == schema::kKindQuote) {
    h.speaker = str("speaker");
    h.role = str("role");
    h.org = str("org");
    h.text = str("text");
    h.speaker_as_written = str("speaker_as_written");
    h.resolved_fuzzily = data.value("resolved_fuzzily", false);
    Snippet s = MakeSnippet(h.text, highlight, 0);
    h.snippet = std::move(s.text);
    h.highlights = std::move(s.highlights);
  } else {
    Snippet s = MakeSnippet(str("text"), highlight, kSnippetChars);
    h.snippet = std::move(s.text);
    h.highlights = std::move(s.highlights);
  }
  return h;
}

Searcher::Searcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Searcher::~Searcher() = default;

Result<std::unique_ptr<Searcher>> Searcher::Open(const std::string& path) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Status::NotFound(path + ": no such database (index something into it first)");
  try {
    impl->db = Xapian::Database(path);
    std::string version = impl->db.get_metadata(schema::kVersionKey);
    if (version.empty()) return Status::VersionMismatch(path + ": not a kosearch database (no schema version)");
    if (version != std::to_string(schema::kVersion)) {
      return Status::VersionMismatch(path + ": written by kosearch schema version " + version + ", this build reads " +
                                     std::to_string(schema::kVersion) + "; rebuild it: delete the folder and index again");
    }
  } catch (const Xapian::DatabaseOpeningError& e) {
    return Status::NotFound(path + ": not a kosearch database (" + e.get_msg() + ")");
  } catch (const Xapian::Error& e) {
    return Status::IOError(path + ": cannot open database: " + e.get_description());
  }
  impl->aliases = AliasTable::LoadDefault();
  return std::unique_ptr<Searcher>(new Searcher(std::move(impl)));
}

uint64_t Searcher::ArticleCount() {
  try {
    return impl_->db.get_termfreq(schema::Term(schema::kKind, schema::kKindArticle));
  } catch (const Xapian::Error&) {
    return 0;
  }
}

Result<SearchResponse> Searcher::Search(std::string_view query, const SearchOptions& options) {
  for (const auto& f : options.facets) {
    Xapian::valueno slot;
    size_t len;
    if (!FacetSlot(f, &slot, &len)) return Status::InvalidArgument("unknown facet \"" + f + "\" (known: speaker, org, person, source, year)");
  }
  Question question = ParseQuestion(query);
  if (question.is_question) return impl_->WithRetry([&] { return impl_->Answer(question, options); });
  return impl_->WithRetry([&]() -> Result<SearchResponse> {
    auto parsed = ParseQuery(query, *impl_->aliases, impl_->db);
    if (!parsed.ok()) return parsed.status();
    Xapian::Query q = parsed->query;
    // Quote documents answer quote questions; plain text searches find articles.
    if (!parsed->mentions_kind && !parsed->mentions_amount) {
      const char* kind = parsed->mentions_quote_field ? schema::kKindQuote : schema::kKindArticle;
      q = Xapian::Query(Xapian::Query::OP_FILTER, q, Xapian::Query(schema::Term(schema::kKind, kind)));
    }
    return impl_->Run(q, parsed->highlight, options, parsed->has_text);
  });
}

Result<SearchResponse> Searcher::Impl::Run(const Xapian::Query& q, const std::vector<std::vector<std::string>>& highlight,
                                           const SearchOptions& options, bool ranked) {
  Xapian::Enquire enquire(db);
  enquire.set_query(q);
  enquire.set_weighting_scheme(RankingWeight());
  if (options.sort_by_date) {
    enquire.set_sort_by_value_then_relevance(schema::kSlotDate, true);
  } else if (!ranked) {
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  }
  std::vector<std::unique_ptr<SplitValueSpy>> spies;
  for (const auto& f : options.facets) {
    Xapian::valueno slot;
    size_t len;
    FacetSlot(f, &slot, &len);
    spies.push_back(std::make_unique<SplitValueSpy>(slot, len));
    enquire.add_matchspy(spies.back().get());
  }
  Xapian::doccount check = spies.empty() ? 0 : std::min<Xapian::doccount>(db.get_doccount(), kFacetScanLimit);
  Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(options.offset),
                                       static_cast<Xapian::doccount>(options.limit), check);
  SearchResponse resp;
  resp.total = mset.get_matches_estimated();
  resp.xapian_query = q.get_description();
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    resp.hits.push_back(HitFromDocument(it.get_document(), it.get_weight(), highlight));
  }
  for (size_t i = 0; i < spies.size(); ++i) resp.facets[options.facets[i]] = spies[i]->Sorted();
  return resp;
}

Result<SearchResponse> Searcher::Impl::WithRetry(const std::function<Result<SearchResponse>()>& search) {
  for (int attempt = 0;; ++attempt) {
    try {
      return search();
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt >= 5) return Status::IOError(path + ": database keeps changing under the search; try again");
      try { db.reopen(); } catch (const Xapian::Error& e) { return Status::IOError(path + ": " + e.get_description()); }
    } catch (const Xapian::Error& e) {
      return Status::IOError(path + ": search failed: " + e.get_description());
    }
  }
}

}  // namespace kosearch
