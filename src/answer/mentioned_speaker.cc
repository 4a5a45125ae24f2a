// A speaker asked by role or organization, read against each quote's own
// mention of its speaker (see mentioned_speaker.h).
#include "answer/mentioned_speaker.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "answer/answer_steps.h"
#include "answer/english_names.h"
#include "answer/question_grammar.h"
#include "answer/role_words.h"
#include "answer/speaker_filter.h"
#include "index/schema.h"
#include "text/english_news_terms.h"
#include "text/loanword.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// A form of a word the mention must hold: Hangul, two syllables or more.
void AddForm(std::vector<std::string>* forms, const std::string& form) {
  const std::string f = Nfkc(form);
  if (f.empty() || IsLatin(f) || CodePointCount(f) < 2) return;
  AddUnique(*forms, f);
}

// The Hangul forms of English `words` (one word, or two as one name).
void AddEnglishForms(std::vector<std::string>* forms, const std::string& words, ArchiveReader& archive) {
  std::vector<std::string> unused_glossary;
  for (const auto& k : KoreanTermsOf(AsciiLower(words))) AddForm(forms, k);
  for (const auto& s : archive.Spellings(words)) AddForm(forms, s);
  if (words.find(' ') != std::string::npos) return;
  for (const auto& t : TitleTermsOf(AsciiLower(words), archive, &unused_glossary)) AddForm(forms, t.substr(2));  // XR, XP
}

// The most syllables of a mention's run compared with one English word's sound.
constexpr size_t kMaxSoundedSyllables = 6;

bool Names(const std::string& mention, const AskedWord& word) {
  if (std::any_of(word.forms.begin(), word.forms.end(), [&](const std::string& f) { return mention.find(f) != std::string::npos; })) return true;
  return !word.sounded.empty() && SpelledBySound(mention, word.sounded);
}

// English words of speaker, all Latin and none capitalized ("the school
// principals"): a group or role, no name.
bool IsCommonNounPhrase(const std::string& speaker) {
  const std::vector<std::string> words = SplitSpaces(speaker);
  return !words.empty() && std::all_of(words.begin(), words.end(), [](const std::string& w) {
    return !w.empty() && IsLatin(w) && !std::isupper(static_cast<unsigned char>(w[0]));
  });
}

}  // namespace

bool SpelledBySound(const std::string& mention, const std::string& word) {
  const std::string key = LoanwordKey(word);
  if (std::count_if(key.begin(), key.end(), [](char c) { return c != 'a'; }) < 2) return false;
  const std::u32string text = ToU32(mention);
  for (size_t i = 0; i < text.size(); ++i) {
    for (size_t len = 2; len <= kMaxSoundedSyllables && i + len <= text.size(); ++len) {
      const std::u32string part = text.substr(i, len);
      if (!AllHangulSyllables(part)) break;
      if (LoanwordSimilarity(word, ToUtf8(part)) >= kDefaultLoanwordSimilarity) return true;
    }
  }
  return false;
}

std::vector<AskedWord> MentionFormsAsked(const std::string& asked, ArchiveReader& archive) {
  std::vector<AskedWord> out;
  std::vector<std::string> english;  // the words as English writes them, for pairs
  bool possessor_before = false;     // a word with 's came: the words so far are whose
  for (std::string word : SplitSpaces(asked)) {
    while (!word.empty() && std::strchr(",.;:?!\"", word.back())) word.pop_back();
    const std::string bare = WithoutPossessive(word);
    const bool possessive = bare.size() != word.size() || (!word.empty() && word.back() == '\'');
    while (!word.empty() && word.back() == '\'') word.pop_back();
    word = WithoutPossessive(word);
    AskedWord w;
    if (!word.empty() && !IsLatin(word)) {
      AddForm(&w.forms, word);
      w.counts = !w.forms.empty();
    } else if (!word.empty() && !IsEnglishFunctionWord(AsciiLower(word))) {
      AddEnglishForms(&w.forms, word, archive);
      // "KT", "SBS": a body English letters name, as the mention writes it too.
      if (word.size() >= 2 && std::all_of(word.begin(), word.end(), [](unsigned char c) { return std::isupper(c) || std::isdigit(c); })) {
        AddUnique(w.forms, word);
      }
      // "Geoje police": a Korean place or body as English news spells it (거제).
      if (std::isupper(static_cast<unsigned char>(word[0]))) {
        for (const auto& k : RomanizedKoreanWords(word, archive)) AddForm(&w.forms, k);
      }
      // "Seoul Auction" → 서울옥션: a pair's forms name both its words.
      if (!english.empty() && !english.back().empty()) {
        std::vector<std::string> pair;
        AddEnglishForms(&pair, english.back() + " " + word, archive);
        for (const auto& f : pair) {
          AddUnique(w.forms, f);
          AddUnique(out.back().forms, f);
        }
        if (!pair.empty()) out.back().counts = true;
      }
      const bool capitalized = std::isupper(static_cast<unsigned char>(word[0]));
      w.counts = !w.forms.empty() || (capitalized && !possessive && !possessor_before);
      // A capitalized word is also named by its sound: a company's name is
      // written by sound where its words have a translation ("Bloomberg"
      // 블룸버그); after a possessor one with no form counts, a mention
      // spelling it so. Not a word of a company's kind ("Company" 컴퍼니,
      // "TV"): every company's mention spells those, "Star Company" would
      // take another company's words.
      if (capitalized && !possessive && !IsCompanyKindWord(word)) {
        w.sounded = word;
        w.counts = true;
      }
    }
    english.push_back(IsLatin(word) && !IsEnglishFunctionWord(AsciiLower(word)) ? word : std::string());
    out.push_back(std::move(w));
    if (possessive) {
      possessor_before = true;
      // The words of the possessor with no form are whose, not the speaker's.
      for (auto& before : out) {
        if (before.forms.empty()) before.counts = false;
      }
    }
  }
  return out;
}

std::string MentionOf(const std::string& as_written, const std::string& role, const std::string& org,
                      const std::string& speaker) {
  return Nfkc(as_written + " " + role + " " + org + " " + speaker);
}

size_t MentionedWords(const std::string& mention, const std::vector<AskedWord>& asked) {
  return static_cast<size_t>(std::count_if(asked.begin(), asked.end(), [&](const AskedWord& w) { return w.counts && Names(mention, w); }));
}

bool MentionAnswers(const std::string& mention, const std::vector<AskedWord>& asked) {
  const AskedWord* head = nullptr;
  size_t counting = 0;
  for (const auto& w : asked) {
    if (!w.counts) continue;
    head = &w;
    ++counting;
  }
  if (head == nullptr || !Names(mention, *head)) return false;
  return MentionedWords(mention, asked) >= std::min<size_t>(2, counting);
}

Xapian::Query QuotesMentioning(const std::vector<AskedWord>& asked, const Xapian::Query& on_topic, ArchiveReader& archive,
                               std::vector<std::string>* order, size_t* most_named) {
  if (std::none_of(asked.begin(), asked.end(), [](const AskedWord& w) { return w.counts; })) return Xapian::Query();
  struct Found {
    std::string id;
    size_t named;
  };
  std::vector<Found> found;
  for (const StoredDocument& quote : archive.BestDocuments(on_topic, kMentionPool)) {
    const std::string mention = MentionOf(quote.speaker_as_written, quote.role, quote.org, quote.speaker);
    if (!quote.is_quote() || !MentionAnswers(mention, asked)) continue;
    found.push_back({quote.id, MentionedWords(mention, asked)});
  }
  if (found.empty()) return Xapian::Query();
  // Stable: the topic's rank among quotes naming as many words.
  std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.named > b.named; });
  *most_named = found.front().named;
  std::vector<std::string> terms;
  for (const auto& f : found) {
    order->push_back(f.id);
    terms.push_back(schema::Term(schema::kQuoteId, f.id));
  }
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

// A speaker asked by role or organization whose answer says nothing of the
// topic (none, or quotes that only match the filter): the quotes on the
// topic whose own mention of their speaker names the words asked
// (mentioned_speaker.h), those naming most first. Never for a speaker asked
// by name: a person's words are theirs, not whoever the text calls so.
Status AnswerByMention(const std::string& asked_speaker, const SpeakerFilter& speaker, const Xapian::Query& filters,
                    const Xapian::Query& scored, const TopicQuery& topic, const SearchOptions& options,
                    ArchiveReader& archive, SearchResponse* resp) {
  if (asked_speaker.empty() || scored.empty()) return Status::Ok();
  const bool by_name = speaker.kind == SpeakerKind::kPerson || speaker.kind == SpeakerKind::kPeople;
  if (by_name) return Status::Ok();  // a person's words are theirs (and asked no more of the archive)
  // An English group or role in common nouns alone ("school principals",
  // "the foreign ministry"): the index's keys are Korean, so the resolved
  // answer may say the topic by someone whose mention names none of it;
  // the quotes whose own mention names more of the words asked come first.
  // Not over a title's holders: each holds the title asked, and a mention
  // naming one more word ("party leader": 정당 in another party's 원내대표)
  // is no better answer (dev11).
  const bool said_topic = !resp->hits.empty() && resp->hits.front().score > 0;
  if (said_topic && (speaker.title_holders || !IsCommonNounPhrase(asked_speaker))) return Status::Ok();
  const std::vector<AskedWord> asked = MentionFormsAsked(asked_speaker, archive);
  // The speaker's own quotes, though none says the topic, stay when their
  // mention names more of the words asked than any quote on the topic.
  size_t named_before = 0;
  if (!resp->hits.empty()) {
    const Hit& best = resp->hits.front();
    named_before = MentionedWords(MentionOf(best.speaker_as_written, best.role, best.org, best.speaker), asked);
  }
  Xapian::Query on_topic(Xapian::Query::OP_FILTER, scored, Xapian::Query(schema::Term(schema::kKind, schema::kKindQuote)));
  if (!filters.empty()) on_topic = Xapian::Query(Xapian::Query::OP_FILTER, on_topic, filters);
  std::vector<std::string> order;
  size_t most_named = 0;
  const Xapian::Query mentioning = QuotesMentioning(asked, on_topic, archive, &order, &most_named);
  if (mentioning.empty() || most_named < named_before || (said_topic && most_named == named_before)) return Status::Ok();
  SearchOptions all = options;
  all.offset = 0;
  all.limit = order.size();
  auto found = archive.Hits(Xapian::Query(Xapian::Query::OP_FILTER, on_topic, mentioning), topic.highlight, all, true);
  if (!found.ok()) return found.status();
  if (found->hits.empty()) return Status::Ok();
  std::vector<Hit> hits = std::move(found->hits);
  auto rank = [&](const Hit& h) { return std::find(order.begin(), order.end(), h.id) - order.begin(); };
  std::stable_sort(hits.begin(), hits.end(), [&](const Hit& a, const Hit& b) { return rank(a) < rank(b); });
  const size_t from = std::min<size_t>(options.offset, hits.size());
  const size_t to = std::min<size_t>(from + options.limit, hits.size());
  resp->hits.assign(std::make_move_iterator(hits.begin() + static_cast<std::ptrdiff_t>(from)),
                    std::make_move_iterator(hits.begin() + static_cast<std::ptrdiff_t>(to)));
  resp->total = found->total;
  resp->total_exact = found->total_exact;
  resp->xapian_query = found->xapian_query;
  resp->understood.resolved_by = "role or organization: the quotes on the topic whose speaker's mention names it";
  resp->understood.unnamed_quotes = resp->understood.fallback = false;
  resp->understood.speaker_resolution = resp->understood.ResolutionText();
  return Status::Ok();
}

}  // namespace kosearch
