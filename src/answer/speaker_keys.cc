// A speaker nobody is quoted by, read through the index's quote terms (see speaker_keys.h).
#include "answer/speaker_keys.h"

#include <algorithm>

#include "answer/answer_steps.h"
#include "answer/english_names.h"
#include "answer/romanized_names.h"
#include "extract/speaker_words.h"
#include "index/schema.h"
#include "kosearch/aliases.h"
#include "text/korean_lexicon.h"
#include "text/loanword.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {


// `word` without its trailing punctuation, English possessive and Korean
// particle ("윤석열의", "박서진은", "SM측"→SM only through its role noun).
std::string Bare(std::string word) {
  word = WithoutPossessive(WithoutTrailingPunctuation(std::move(word)));
  if (IsLatin(word)) return word;
  const std::string stem = WithoutSpeakerParticle(word, false);
  return CodePointCount(stem) >= kMinKeyChars ? stem : word;
}

// 측 written onto the name ("푸른빛엔터측", "김모씨측"; GluedSideLength,
// the extractor's test): the name before it.
std::string WithoutGluedSide(const std::string& word) {
  const std::u32string u = ToU32(word);
  const size_t side = GluedSideLength(u);
  if (side == 0) return {};
  return ToUtf8(std::u32string_view(u).substr(0, u.size() - side));
}

// An English phrase's words up to the first that says whose or where the
// speaker is ("Soyou of Sistar", "head of the foundation") and after the
// last possessive ("Girl's Day's Hyeri"): the speaker's own words.
std::vector<std::string> OwnEnglishWords(const std::vector<std::string>& asked) {
  std::vector<std::string> own;
  for (const auto& w : asked) {
    if (SaysWhoseOrWhere(w, false)) break;
    if (w.size() > 1 && (w.ends_with("'s") || w.back() == '\'')) {
      own.clear();
      continue;
    }
    own.push_back(w);
  }
  return own;
}

// The runs of `words` holding its head, the last word that is no title (a
// name closes the phrase: "해운업계 출신 한도윤", "Hamas leader Yahya Sinwar"),
// titles after it kept ("한도윤 고문"): never a title alone, nor the words
// that only say whose or where the speaker is ("UK", "가수 한별의 소속사").
// A run dropping a title after the name is the person only ("장동건" of
// "필립스 장동건 부사장": never the body the name may be).
void AddRuns(const std::vector<std::string>& words, const std::vector<SpeakerWord>& kinds, std::vector<SpeakerKeyCandidate>* out,
             bool title_dropped = false) {
  size_t head = words.size();
  while (head > 0 && kinds[head - 1] != SpeakerWord::kName) --head;
  if (head-- == 0) return;
  const size_t first_name = static_cast<size_t>(std::find(kinds.begin(), kinds.end(), SpeakerWord::kName) - kinds.begin());
  for (size_t first = 0; first <= head; ++first) {
    for (size_t last = head + 1; last <= words.size(); ++last) {
      std::string text = JoinRun(words, first, last - first);
      std::string key = AliasTable::Key(text);
      if (CodePointCount(key) < kMinKeyChars) continue;
      const bool whole = first <= first_name;
      const bool person_only = title_dropped || std::any_of(kinds.begin() + static_cast<std::ptrdiff_t>(last), kinds.end(),
                                           [](SpeakerWord k) { return k == SpeakerWord::kTitle; });
      auto same = std::find_if(out->begin(), out->end(), [&](const SpeakerKeyCandidate& c) { return c.key == key; });
      if (same == out->end()) {
        out->push_back({std::move(text), std::move(key), whole, person_only});
      } else {
        same->whole = same->whole || whole;
        same->person_only = same->person_only && person_only;
      }
    }
  }
}

// The candidates of one spelling of the phrase: its runs, then its runs with
// the titles and role nouns taken off.
void AddCandidates(const std::string& phrase, std::vector<SpeakerKeyCandidate>* out) {
  std::vector<std::string> words = SplitSpaces(phrase);
  if (IsLatin(phrase)) words = OwnEnglishWords(words);
  for (auto& w : words) w = Bare(w);
  words.erase(std::remove(words.begin(), words.end(), std::string()), words.end());
  if (words.empty() || words.size() > kMaxPhraseWords) return;
  std::vector<SpeakerWord> kinds;
  for (const auto& w : words) kinds.push_back(KindOfSpeakerWord(w));
  const auto name_at = std::find(kinds.begin(), kinds.end(), SpeakerWord::kName);
  if (name_at == kinds.end()) return;  // a title alone: NarrowSpeaker's
  // Someone of the name's ("한별 소속사", "Tiger Woods agent"): the phrase as it is, or no one.
  const auto after_name = [&](SpeakerWord kind) { return std::find(name_at, kinds.end(), kind) != kinds.end(); };
  if (after_name(SpeakerWord::kRelation) || (IsLatin(phrase) && kinds.back() == SpeakerWord::kTitle)) {
    std::string key = AliasTable::Key(phrase);
    if (CodePointCount(key) >= kMinKeyChars) out->push_back({phrase, std::move(key), true, false});
    return;
  }
  AddRuns(words, kinds, out);
  // The names alone, 측 written onto one taken off; beside a title, the person only.
  std::vector<std::string> names;
  const bool titled = std::find(kinds.begin(), kinds.end(), SpeakerWord::kTitle) != kinds.end();
  for (size_t i = 0; i < words.size(); ++i) {
    if (kinds[i] != SpeakerWord::kName) continue;
    const std::string unglued = IsLatin(words[i]) ? std::string() : WithoutGluedSide(words[i]);
    names.push_back(unglued.empty() ? words[i] : unglued);
  }
  AddRuns(names, std::vector<SpeakerWord>(names.size(), SpeakerWord::kName), out, titled);
}

// The Hangul keys the capitalized words closing an English phrase may be
// written as, as a romanized Korean name ("Yoon In-dae" → 윤인대), among the
// index's speaker and organization keys, whole.
std::vector<std::string> RomanizedHeadNames(const std::vector<std::string>& words, ArchiveReader& archive) {
  size_t first = words.size();
  while (first > 0 && KindOfSpeakerWord(words[first - 1]) == SpeakerWord::kName && words.size() - first < kMaxNameWords) --first;
  if (first == words.size()) return {};
  const std::vector<std::string> keys = HangulKeys(archive);
  std::vector<std::string> out;
  for (size_t from = first; from < words.size(); ++from) {
    // A Korean given name alone ("So-hee" of "Kim So-hee") is many people's.
    if (from > first && IsRomanizedGivenName(words[from])) continue;
    const std::string run = JoinRun(words, from, words.size() - from);
    // A name of two words or more by its sound, each word fitting its part
    // ("SK Telecom" → SK텔레콤); one word by sound alone pairs with other
    // people's names ("Loach", "Houllier" did on dev7 and dev8). A romanized
    // Korean name as one, a syllable a part.
    const size_t len = words.size() - from;
    if (!LooksRomanizedKorean(words, from, len)) {
      if (len < 2) continue;
      for (const auto& m : RunSoundsLike(words, from, len, keys, kDefaultLoanwordSimilarity)) AddUnique(out, m);
      if (!out.empty()) break;
      continue;
    }
    const auto parts = std::count_if(run.begin(), run.end(), [](char c) { return c == ' ' || c == '-'; }) + 1;
    for (const auto& t : RomanizedNameSpeakers(run, keys)) {
      const std::string key = t.substr(std::string_view(schema::kSpeaker).size());
      if (CodePointCount(key) == static_cast<size_t>(parts)) AddUnique(out, key);
    }
    if (!out.empty()) break;  // the longest run that sounds like someone
  }
  return out;
}

}  // namespace

bool SaysWhoseOrWhere(const std::string& word, bool for_sound) {
  const std::string lower = AsciiLower(word);
  if (lower == "of" || lower == "from") return true;
  return !for_sound && (lower == "at" || lower == "for" || lower == "to" || lower == "by");
}

void AddHangulKeys(ArchiveReader& archive, const std::string& prefix, std::vector<std::string>* keys) {
  size_t kept = 0;
  archive.VisitTerms(prefix, [&](std::string_view key) {
    if (IsLatin(std::string(key))) return true;
    keys->emplace_back(key);
    return ++kept < kScanQuoteKeys;
  });
}

std::vector<std::string> HangulKeys(ArchiveReader& archive, size_t* speaker_count) {
  std::vector<std::string> keys;
  AddHangulKeys(archive, schema::kSpeaker, &keys);
  if (speaker_count != nullptr) *speaker_count = keys.size();
  AddHangulKeys(archive, schema::kOrg, &keys);
  return keys;
}

std::vector<std::string> RunSoundsLike(const std::vector<std::string>& words, size_t first, size_t len,
                                       const std::vector<std::string>& keys, double similarity) {
  std::string joined = JoinRun(words, first, len);
  joined.erase(std::remove(joined.begin(), joined.end(), '-'), joined.end());
  return FittingSoundMatches(words, first, len, MatchLoanword(joined, keys, similarity));
}

std::string WithoutTrailingPunctuation(std::string word) {
  while (!word.empty() && std::string_view(",;.?!").find(word.back()) != std::string_view::npos) word.pop_back();
  return word;
}

std::string WithoutSpeakerParticle(const std::string& word, bool subject_only) {
  const std::u32string u = ToU32(word);
  const korean::Particle* p = korean::ParticleEnding(u, korean::kQuestionSpeaker);
  if (p == nullptr || (subject_only && !p->Has(korean::kMarksSubject))) return {};
  return ToUtf8(std::u32string_view(u).substr(0, u.size() - p->text.size()));
}

std::vector<SpeakerKeyCandidate> SpeakerKeyCandidates(const std::string& speaker, const std::vector<std::string>& hangul_forms) {
  std::vector<SpeakerKeyCandidate> out;
  AddCandidates(speaker, &out);
  for (const auto& form : hangul_forms) AddCandidates(form, &out);
  // The most specific first: the longest key (a name with its title before the name alone).
  std::stable_sort(out.begin(), out.end(), [](const SpeakerKeyCandidate& a, const SpeakerKeyCandidate& b) {
    return CodePointCount(a.key) > CodePointCount(b.key);
  });
  return out;
}

std::optional<SpeakerKeyCandidate> MostSpecificQuotedKey(const std::vector<SpeakerKeyCandidate>& candidates, const QuotedTerms& quoted) {
  if (candidates.empty()) return std::nullopt;
  std::vector<std::vector<std::string>> asked;
  for (const auto& c : candidates) asked.push_back(TermsOf(c));
  const std::vector<bool> held = quoted(asked);
  for (size_t i = 0; i < candidates.size() && i < held.size(); ++i) {
    if (held[i]) return candidates[i];
  }
  return std::nullopt;
}

std::vector<std::string> TermsOf(const SpeakerKeyCandidate& c) {
  std::vector<std::string> terms{schema::kSpeaker + c.key};
  if (!c.person_only) terms.push_back(schema::kOrg + c.key);
  if (c.whole && !c.person_only) terms.push_back(schema::kRole + c.key);
  return terms;
}

QuotedTerms QuotedTermsOf(ArchiveReader& archive, const Xapian::Query& within) {
  return [&archive, within](const std::vector<std::vector<std::string>>& term_sets) {
    std::vector<Xapian::Query> asked;
    for (const auto& terms : term_sets) {
      Xapian::Query quotes(Xapian::Query::OP_FILTER, Xapian::Query(schema::Term(schema::kKind, schema::kKindQuote)),
                           Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
      asked.push_back(within.empty() ? quotes : Xapian::Query(Xapian::Query::OP_FILTER, within, quotes));
    }
    return archive.AnyMatchEach(asked);
  };
}

SpeakerFilter ThroughKey(const SpeakerKeyCandidate& found, const SpeakerFilter& unknown, SpeakerReadBy read_by) {
  const std::vector<std::string> terms = TermsOf(found);
  SpeakerFilter out;
  out.filter = Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  out.named_in_articles = out.filter;
  out.expansions = {found.text};
  out.names = {found.text};
  out.kind = unknown.kind;
  out.how = unknown.how;
  out.read_as = found.text;
  out.read_by = read_by;
  return out;
}

SpeakerFilter ThroughQuotedKeys(const std::string& speaker, const SpeakerFilter& unknown, ArchiveReader& archive) {
  if (!unknown.unknown || speaker.empty()) return unknown;
  // An English phrase: the Hangul spellings of its runs the alias file and
  // the archive know, and the Korean names it writes the English way.
  std::vector<std::string> hangul;
  if (IsLatin(speaker)) {
    std::vector<std::string> words = OwnEnglishWords(SplitSpaces(speaker));
    for (auto& w : words) w = Bare(w);
    // Runs that end the phrase only (its head: "Hamas leader Yahya Sinwar").
    for (size_t first = 0; first < words.size() && words.size() <= kMaxPhraseWords; ++first) {
      for (const auto& s : archive.Spellings(JoinRun(words, first, words.size() - first))) {
        if (!IsLatin(s)) AddUnique(hangul, s);
      }
    }
    for (const auto& name : RomanizedKoreanNames(speaker, archive)) AddUnique(hangul, name);
    for (const auto& name : RomanizedHeadNames(words, archive)) AddUnique(hangul, name);
  }
  const auto found = MostSpecificQuotedKey(SpeakerKeyCandidates(speaker, hangul), QuotedTermsOf(archive));
  return found ? ThroughKey(*found, unknown, SpeakerReadBy::kQuoteKeys) : unknown;
}

}  // namespace kosearch
