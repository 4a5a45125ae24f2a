// An English speaker no step answered, read in the quotes' own sentences
// (see named_in_sentence.h).
#include "answer/named_in_sentence.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "answer/english_names.h"
#include "answer/question_grammar.h"
#include "answer/romanized_names.h"
#include "answer/speaker_keys.h"
#include "index/schema.h"
#include "text/english_news_terms.h"
#include "text/korean_lexicon.h"
#include "text/loanword.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// How many quotes of the articles the topic finds best (ArticlesNaming's
// 50) are read, best for the topic first.
constexpr size_t kQuotesRead = 300;
// The family name of a name sounded in a sentence, against its own part.
constexpr double kFamilyPartSimilarity = 0.7;
// A credited person's one-word name against a foreign family name: looser
// than the matcher's default (Sinwar ↔ 신와르 scores below it), as the credit
// is a name in the topic's own articles, not any word of a sentence.
constexpr double kCreditSimilarity = 0.7;
// Syllables of a Korean name (surname included) as the sentence writes it.
constexpr size_t kMinNameSyllables = 2, kMaxNameSyllables = 4;

bool EndsPossessive(const std::string& w) {
  for (std::string_view s : {"'s", "’s", "'", "’"}) {
    if (w.size() > s.size() && w.compare(w.size() - s.size(), s.size(), s) == 0) return true;
  }
  return false;
}

// A capitalized word that can be part of a person's name: no function
// word, title, acronym (a body: "UK", "KCTU") or word the glossary has a
// Korean word for (a body or a thing: "Court", "Ministry").
bool IsPersonNameWord(const std::string& w) {
  if (w.empty() || !std::isupper(static_cast<unsigned char>(w[0])) || IsEnglishFunctionWord(w) || IsAcronym(w)) return false;
  if (!std::all_of(w.begin(), w.end(), [](unsigned char c) { return std::isalpha(c) || c == '-'; })) return false;
  return KindOfSpeakerWord(w) == SpeakerWord::kName && KoreanTermsOf(AsciiLower(w)).empty();
}

// The Hangul words of `sentence` as written (particles kept: the matchers strip them).
std::vector<std::string> HangulWords(const std::string& sentence) {
  std::vector<std::string> out;
  for (const auto& token : SplitSpaces(sentence)) {
    std::u32string u = ToU32(token);
    while (!u.empty() && !IsHangulSyllable(u.front())) u.erase(u.begin());
    while (!u.empty() && !IsHangulSyllable(u.back())) u.pop_back();
    if (!u.empty() && AllHangulSyllables(u)) out.push_back(ToUtf8(u));
  }
  return out;
}

// The forms of `words` a Korean name may be written as with a particle
// after it: each word's first two to four syllables.
std::vector<std::string> NameForms(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (const auto& w : words) {
    const std::u32string u = ToU32(w);
    for (size_t n = kMinNameSyllables; n <= std::min(kMaxNameSyllables, u.size()); ++n) AddUnique(out, ToUtf8(u.substr(0, n)));
  }
  return out;
}

std::string Joined(const std::vector<std::string>& words) {
  std::string joined;
  for (const auto& w : words) joined += (joined.empty() ? "" : " ") + w;
  return joined;
}

// Whether the Hangul words `run` (a name as written: the last word's
// particle may be left on) are the person `name_words` spell: a romanized
// Korean name by a word it romanizes, any other by a run of as many words
// it sounds like, its family name fitting its own part.
bool RunNamesSpeaker(const std::vector<std::string>& name_words, const std::vector<std::string>& run) {
  if (name_words.empty() || run.empty()) return false;
  const std::string joined = Joined(name_words);
  if (LooksRomanizedKorean(name_words, 0, name_words.size())) {
    return name_words.size() >= 2 && !RomanizedNameSpeakers(joined, NameForms(run)).empty();
  }
  // One word of few consonants ("Hyeri", "Rich") sounds like too many words of a sentence.
  if (name_words.size() == 1 && TooFewConsonantsForSound(joined)) return false;
  // The whole name (a family name alone sounds like some word of too many
  // sentences), its family name fitting its own part: a run of a long
  // sentence may sound like a name as a whole by chance.
  for (const auto& form : MatchLoanword(joined, run)) {
    const std::vector<std::string> parts = SplitSpaces(form);
    // A run of as many words: one word sounding like a whole name of two is chance (제대로 for "Gerard Houllier").
    if (parts.size() != name_words.size()) continue;
    if (parts.size() == 1 || LoanwordSimilarity(name_words.back(), parts.back()) >= kFamilyPartSimilarity) return true;
  }
  return false;
}

// `word` without a subject or topic particle (은 는 이 가 …: the lexicon's
// kMarksSubject rows) where Korean would write one; empty when it has none.
std::string SubjectStem(const std::string& word) {
  const std::u32string u = ToU32(word);
  const korean::Particle* p = korean::ParticleEnding(u, korean::kAfterName);
  if (p == nullptr || !p->Has(korean::kMarksSubject)) return {};
  const std::u32string stem = u.substr(0, u.size() - p->text.size());
  return korean::ParticleAgrees(stem, p->text) ? ToUtf8(stem) : std::string();
}

// `word` with no particle after it ("리드", never "리드의").
bool Bare(const std::string& word) { return ParticleStrippedForms(word).size() == 1; }

// Whether `word` is a title (감독, 감독은), or begins with `title` when one is given.
bool IsTitleWord(const std::string& word, const std::string& title) {
  if (!title.empty()) return word.compare(0, title.size(), title) == 0;
  const std::u32string u = ToU32(word);
  const korean::Particle* p = korean::ParticleEnding(u, korean::kAfterName);
  const std::string stem = p == nullptr ? word : ToUtf8(u.substr(0, u.size() - p->text.size()));
  return KindOfSpeakerWord(stem) == SpeakerWord::kTitle;
}

// Whether the quote's credit leaves its words to the one its sentence
// names: nobody, or a title alone (감독, 대법원장). Someone's side or
// people (관계자, 측, 소속사) and any name are someone else.
bool CreditedToNoName(const StoredDocument& quote) {
  if (!quote.speaker.empty()) return false;
  const std::vector<std::string> role = SplitSpaces(quote.role);
  return role.empty() || KindOfSpeakerWord(role.back()) == SpeakerWord::kTitle;
}

// A lower-case word that ties a name to the speaker instead of naming them:
// a preposition ("by", "to", "of") or a participle ("cited", "quoted").
bool IsCitingWord(const std::string& w) {
  const std::string lower = AsciiLower(w);
  if (lower == "the" || lower == "a" || lower == "an") return false;
  return IsEnglishFunctionWord(lower) || (lower.size() > 3 && lower.compare(lower.size() - 2, 2, "ed") == 0);
}

bool IsSentenceEnd(char c) { return c == '.' || c == '?' || c == '!' || c == '\n'; }

}  // namespace

std::vector<std::string> SpeakerNameWords(const std::string& speaker) {
  // The last run of capitalized words after any possessor and before "of".
  std::vector<std::string> run, last;
  for (std::string w : SplitSpaces(speaker)) {
    if (AsciiLower(w) == "of") break;  // "Soyou of Sistar": whose, after the name
    if (EndsPossessive(w)) {           // the owner's words: the speaker is what follows
      run.clear();
      last.clear();
      continue;
    }
    while (!w.empty() && std::string_view(",;.?!").find(w.back()) != std::string_view::npos) w.pop_back();
    if (!w.empty() && std::isupper(static_cast<unsigned char>(w[0]))) {
      run.push_back(w);
      last = run;
    } else if (IsCitingWord(w)) {
      return {};  // "an investigator cited by the Times", "a lawmaker close to Moon": the name is someone else
    } else {
      run.clear();
    }
  }
  // The name words closing the run, after a title or nothing ("Prime Minister
  // Kim Hwang-sik", "The Sun"); a body's word before them makes the run a
  // body's name ("UK Supreme Court", "Korea Electric Power").
  size_t first = last.size();
  while (first > 0 && IsPersonNameWord(last[first - 1])) --first;
  if (first > 0 && !IsEnglishFunctionWord(last[first - 1]) && KindOfSpeakerWord(last[first - 1]) != SpeakerWord::kTitle) return {};
  last.erase(last.begin(), last.begin() + static_cast<std::ptrdiff_t>(first));
  if (last.empty() || last.size() > kMaxNameWords) return {};
  return last;
}

bool SentenceNamesSpeaker(const std::vector<std::string>& name_words, const std::string& sentence,
                          const std::string& quote, const std::string& title) {
  if (name_words.empty()) return false;
  // The quote's own words are what was said, never who said it ("톰 리드 감독의 영화는").
  std::string outside = sentence;
  if (const size_t at = quote.empty() ? std::string::npos : outside.find(quote); at != std::string::npos) {
    outside.replace(at, quote.size(), " ");
  }
  const std::vector<std::string> words = HangulWords(outside);
  const size_t n = LooksRomanizedKorean(name_words, 0, name_words.size()) ? 1 : name_words.size();
  for (size_t i = 0; i < words.size(); ++i) {
    if (i + 1 < n) continue;
    std::vector<std::string> run(words.begin() + static_cast<std::ptrdiff_t>(i + 1 - n), words.begin() + static_cast<std::ptrdiff_t>(i + 1));
    // The name as the subject: a subject or topic particle after it, or the
    // credited title (any title for a quote credited to nobody) right after
    // it. A name before 에 대해, 의, 을 is someone else the speaker spoke of.
    const bool before_title = i + 1 < words.size() && Bare(words[i]) && IsTitleWord(words[i + 1], title);
    const std::string stem = title.empty() ? SubjectStem(words[i]) : std::string();
    if (!before_title && stem.empty()) continue;
    if (!before_title) run.back() = stem;
    if (RunNamesSpeaker(name_words, run)) return true;
  }
  return false;
}

CreditMatch CreditNamesSpeaker(const std::vector<std::string>& name_words, const std::string& credit) {
  const std::vector<std::string> words = HangulWords(credit);
  // A credit of two words or more is a whole name: only the whole name asked
  // is it (윌 스미스 is not "John Smith"); one word may be the family name alone.
  if (SplitSpaces(credit).size() >= 2 && !LooksRomanizedKorean(name_words, 0, name_words.size())) {
    const std::string joined = Joined(name_words);
    if (name_words.size() == 1 && TooFewConsonantsForSound(joined)) return CreditMatch::kNone;
    // The whole credit, not one of its words (토마스 of 토마스 그린 is not "Times").
    for (const auto& form : MatchLoanword(joined, words)) {
      if (SplitSpaces(form).size() == words.size()) return CreditMatch::kWholeName;
    }
    return CreditMatch::kNone;
  }
  // One word: the whole name, or a foreign family name alone (a credit is a
  // name, not any word of a sentence: the matcher's own floor is enough) —
  // then anyone of that family name, so no more than a fallback.
  if (RunNamesSpeaker(name_words, words)) return CreditMatch::kWholeName;
  if (name_words.size() >= 2 && !LooksRomanizedKorean(name_words, 0, name_words.size()) &&
      !MatchLoanword(name_words.back(), words, kCreditSimilarity).empty()) {
    return CreditMatch::kFamilyName;
  }
  return CreditMatch::kNone;
}

std::string SentenceAround(const std::string& text, const std::string& quote) {
  if (quote.empty()) return {};
  const size_t at = text.find(quote);
  if (at == std::string::npos) return {};
  size_t start = at;
  while (start > 0 && !IsSentenceEnd(text[start - 1])) --start;
  size_t end = at + quote.size();
  // The closing mark and what follows it up to the sentence's end ("…"라고 말했다.).
  while (end < text.size() && !IsSentenceEnd(text[end])) ++end;
  return text.substr(start, end - start);
}

Status TryNamedInSentence(const std::string& asked, const Xapian::Query& filters, const Xapian::Query& scored,
                          const TopicQuery& topic, const SearchOptions& options, ArchiveReader& archive,
                          SearchResponse* resp) {
  // Only when nothing matched at all: a page past the end (offset > 0) has no hits either.
  if (resp->total != 0 || asked.empty() || !IsLatin(asked) || scored.empty()) return Status::Ok();
  const std::vector<std::string> name = SpeakerNameWords(asked);
  if (name.empty()) return Status::Ok();
  Xapian::Query articles(Xapian::Query::OP_FILTER, scored, Xapian::Query(schema::Term(schema::kKind, schema::kKindArticle)));
  if (!filters.empty()) articles = Xapian::Query(Xapian::Query::OP_FILTER, articles, filters);
  const std::vector<std::string> ids = ArticlesNaming(articles, archive);
  if (ids.empty()) return Status::Ok();
  Xapian::Query quotes(Xapian::Query::OP_FILTER, Xapian::Query(schema::Term(schema::kKind, schema::kKindQuote)),
                       Xapian::Query(Xapian::Query::OP_OR, ids.begin(), ids.end()));
  if (!filters.empty()) quotes = Xapian::Query(Xapian::Query::OP_FILTER, quotes, filters);
  std::map<std::string, std::string> bodies;  // article id → its text, read once
  std::vector<std::string> named;
  bool unnamed = false;        // a quote credited to no name among them: offered as a fallback
  bool family_only = false;    // a quote credited to the family name alone: anyone of that name
  for (const StoredDocument& quote : archive.BestDocuments(Xapian::Query(Xapian::Query::OP_AND_MAYBE, quotes, scored), kQuotesRead)) {
    // Credited to the name asked, spelled or sounded as its English: theirs by name.
    if (quote.speaker_type == "person") {
      const CreditMatch credit = CreditNamesSpeaker(name, quote.speaker);
      if (credit != CreditMatch::kNone) {
        AddUnique(named, schema::Term(schema::kQuoteId, quote.id));
        family_only = family_only || credit == CreditMatch::kFamilyName;
        continue;
      }
    }
    if (!CreditedToNoName(quote)) continue;
    auto body = bodies.find(quote.article_id);
    if (body == bodies.end()) {
      const auto docs = archive.BestDocuments(Xapian::Query(schema::Term(schema::kId, quote.article_id)), 1);
      body = bodies.emplace(quote.article_id, docs.empty() ? std::string() : docs.front().text).first;
    }
    // A quote credited to a title alone: the name right before that title.
    const std::vector<std::string> role = SplitSpaces(quote.role);
    const std::string title = role.empty() ? std::string() : role.back();
    if (SentenceNamesSpeaker(name, SentenceAround(body->second, quote.text), quote.text, title)) {
      AddUnique(named, schema::Term(schema::kQuoteId, quote.id));
      unnamed = true;
    }
  }
  if (named.empty()) return Status::Ok();
  Xapian::Query found(Xapian::Query::OP_AND_MAYBE, Xapian::Query(Xapian::Query::OP_OR, named.begin(), named.end()), scored);
  auto again = archive.Hits(found, topic.highlight, options, true);
  if (!again.ok()) return again.status();
  if (again->hits.empty()) return Status::Ok();
  TakeHits(resp, std::move(again).value());
  Understanding& u = resp->understood;
  u.unnamed_quotes = unnamed;
  u.fallback = unnamed || family_only;
  u.resolved_by += std::string(u.resolved_by.empty() ? "" : "; ") + "named in the quote's own sentence";
  u.speaker_resolution = u.ResolutionText();
  return Status::Ok();
}

}  // namespace kosearch
