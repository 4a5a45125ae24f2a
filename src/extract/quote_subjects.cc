// Finding the subject of a quote's sentence (see quote_subjects.h): scanning
// its words for a subject (a word ending in 은/는/이/가/께서/도), the noun
// phrase before it, and whether that phrase can speak at all.
#include "extract/quote_subjects.h"

#include <algorithm>

#include "extract/attribution.h"
#include "extract/speaker_words.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

SubjectFinder::SubjectFinder(std::u32string_view text, const std::vector<Word>& words, const PeopleFound& people,
                             const AliasIndex& aliases, const SpeakerTable& speakers, const std::vector<QuotePair>& pairs)
    : text_(text), words_(words), people_(people), aliases_(aliases), speakers_(speakers), mention_at_(words.size(), -1),
      quoted_(words.size(), false) {
  for (const QuotePair& pair : pairs) opens_.push_back(pair.open);
  for (size_t m = 0; m < people.mentions.size(); ++m) mention_at_[people.mentions[m].last_word] = static_cast<long>(m);
  size_t p = 0;  // words inside any quote are never the speaker
  for (size_t i = 0; i < words.size(); ++i) {
    while (p < pairs.size() && pairs[p].close < words[i].start) ++p;
    quoted_[i] = p < pairs.size() && (pairs[p].open < words[i].start || (pairs[p].began_before && pairs[p].open == words[i].start));
  }
}

// The subject nearest before `end` among words starting in [begin, end).
// With `topic_only`, only 은/는 subjects count: the main clause's topic,
// not the subject of an embedded clause ("박 대통령이 … 한 데 대해").
Speaker SubjectFinder::Before(size_t begin, size_t end, bool topic_only) const {
  size_t i = FirstWordAt(end);
  while (i > 0 && words_[i - 1].start >= begin) {
    --i;
    std::u32string_view carrier = ParticleCarrier(text_, words_[i]);
    if (topic_only && (carrier.empty() || (carrier.back() != U'은' && carrier.back() != U'는'))) continue;
    if (InsideMarksBefore(i, begin, end)) continue;
    Speaker s = SubjectAt(i, begin, /*before_quote=*/true);
    if (!s.found) continue;
    // "문 대표는 … 새누리당이 … 내건 것에 대해 "…"": the subject of the
    // clause about something is not the speaker; the topic before it is.
    // "문 후보는 안 후보가 … 알고 있다고 주장하며 "…"": a subject whose
    // clause is reported (…다고, …라고) is who the topic answers.
    // "김 감독은 경기가 문제가 있다는 질문에 "…"": a subject whose clause
    // then modifies a noun belongs to that noun's phrase.
    if (!topic_only && carrier.back() != U'은' && carrier.back() != U'는' &&
        (ClosesAboutClauseIn(i + 1, end) || ReportedClauseIn(i + 1, end) || ModifyingClauseIn(i + 1, end))) {
      if (Speaker topic = Before(begin, words_[i].start, /*topic_only=*/true); topic.found) return topic;
    }
    // "보건부 측은 그의 이야기가 "…"이라며": a thing as the subject (what the
    // quote says it is) yields to a topic before it that may speak.
    if (!topic_only && s.person < 0 && carrier.back() != U'은' && carrier.back() != U'는' &&
        IsNonAgent(std::u32string_view(s.phrase).substr(s.phrase.rfind(U' ') + 1))) {
      Speaker topic = Before(begin, words_[i].start, /*topic_only=*/true);
      if (topic.found && (topic.person >= 0 || CouldSpeak(topic.start, topic.start + topic.phrase.size()))) return topic;
    }
    return s;
  }
  return {};
}

// The first subject among words starting in [begin, end).
Speaker SubjectFinder::After(size_t begin, size_t end, bool said_who_only) const {
  // `"…"라고 김 장관은 말했다`: the subject comes right after the quote's ending.
  size_t first = FirstWordAt(begin);
  bool said_who = false;
  for (size_t i = first; i < words_.size() && words_[i].start < end && i < first + 5; ++i) {
    Speaker s = SubjectAt(i, begin);
    if (s.found) return said_who || !said_who_only ? s : Speaker{};
    // `"…"이라고 분명히 밝힌 레이번은`: the verb taking the quote, in its
    // modifying form, describes who said it: the noun it modifies.
    if (!said_who && SaidWhoModifier(i, begin)) {
      said_who = true;
      continue;
    }
    // Past the first verb ("…"라고 하며 바라보는 …) the subject slot is gone.
    if (i > first && HasGrammaticalEnding(Core(i))) break;
  }
  return {};
}

Speaker SubjectFinder::OpeningTopic(size_t begin, size_t end) const {
  size_t i = FirstWordAt(begin);
  if (i >= words_.size() || words_[i].start >= end || quoted_[i] || words_[i].has_paren()) return {};
  for (size_t j = i + 1; j < words_.size() && words_[j].start < end; ++j) {
    std::u32string_view w = Core(j);
    if (quoted_[j] || !(korean::IsAdverbBeforeQuote(w) || korean::MarksAddresseeOrObject(w))) return {};
  }
  std::u32string_view carrier = ParticleCarrier(text_, words_[i]);
  bool topic = carrier.size() >= 3 && (carrier.back() == U'은' || carrier.back() == U'는');
  // "개리 역시 …": 역시 (also) takes the place of the topic's particle.
  bool also = !topic && i + 1 < words_.size() && words_[i + 1].start < end && Core(i + 1) == U"역시";
  bool subject;
  if (!topic && !(also && carrier.size() >= 2 && StripParticle(carrier, &subject) == carrier.size())) return {};
  std::u32string_view stem = topic ? carrier.substr(0, carrier.size() - 1) : carrier;
  // "이양은", "고양은": a surname with 양 may be a girl or a city; not safe. "이군은" is
  // a boy (SurnameOfMinor); the forces ("공군은") are common words.
  bool surname_and_suffix = stem.size() == 2 && korean::IsSurnameSyllable(stem[0]) && stem[1] == U'양';
  if (!AllHangulSyllables(stem) || stem.size() > 6 || surname_and_suffix || IsCommonWord(stem) ||
      HasGrammaticalEnding(stem) || IsNonAgent(stem) || stem == U"그" || stem == U"그녀" || aliases_.Find(stem)) {
    return {};
  }
  Speaker s;
  s.found = s.guessed = s.opening_topic = true;
  s.phrase = stem;
  s.start = words_[i].start;
  s.as_written = stem;
  return s;
}

// The noun phrase text[start, end) as a speaker: the person mentioned
// there, or the phrase itself (the source cited with 인용).
Speaker SubjectFinder::At(size_t start, size_t end) const {
  Speaker s;
  s.found = true;
  for (size_t i = FirstWordAt(start); i < words_.size() && words_[i].start < end; ++i) {
    if (long m = mention_at_[i]; m >= 0) s.person = static_cast<long>(people_.mentions[m].person);
  }
  s.phrase = text_.substr(start, end - start);
  s.start = start;
  s.as_written = s.phrase;
  return s;
}

// True when the noun phrase text[start, end) may speak: a person is
// mentioned in it, or its last word is a name, title, role or body.
bool SubjectFinder::CouldSpeak(size_t start, size_t end) const {
  size_t last = words_.size();
  for (size_t i = FirstWordAt(start); i < words_.size() && words_[i].start < end; ++i) {
    if (mention_at_[i] >= 0) return true;
    last = i;
  }
  if (last == words_.size()) return false;
  std::u32string_view w = text_.substr(words_[last].start, std::min(words_[last].end, end) - words_[last].start);
  while (!w.empty() && !IsHangulSyllable(w.back()) && !IsAsciiAlnum(w.back())) w.remove_suffix(1);
  // "'네이처' 발표…": a quoted word is a title or a term, not a speaker.
  if (end < text_.size() && (IsCloseMark(text_[end - 1]) || IsDoubleQuote(text_[end - 1]))) return false;
  if (w.empty() || IsNonAgent(w)) return false;
  size_t from = words_[last].start, to = from + w.size();
  // "한지은": a name the tagger marks, or one of a Korean name's shape, may
  // end in a syllable that is also a particle.
  bool tagged = speakers_.TaggedPerson(from, to) || speakers_.TaggedOrganization(from, to);
  bool subject;
  if (StripParticle(w, &subject) != w.size() && !tagged && !LooksLikeKoreanName(w)) return false;
  return tagged || KnownActor(w);
}

// True when words in [begin, end), outside quotes, mention a person other
// than `person` or name a body: someone else who may be speaking. What the quote is about ("황 CEO와 이 회장의 회동에 대해") is
// not someone else speaking.
bool SubjectFinder::OtherActorIn(size_t begin, size_t end, long person) const {
  size_t from = FirstWordAt(begin);
  for (size_t i = from; i < words_.size() && words_[i].start < end; ++i) {
    if (korean::ClosesAboutClause(Core(i))) from = i + 1;
  }
  for (size_t i = from; i < words_.size() && words_[i].start < end; ++i) {
    // Who is spoken to or about ("안산 선수에게는", "윤 일병을") is no rival.
    std::u32string_view carrier = ParticleCarrier(text_, words_[i]);
    if (quoted_[i] || korean::MarksAddresseeOrObject(carrier)) continue;
    if (long m = mention_at_[i]; m >= 0 && static_cast<long>(people_.mentions[m].person) != person) return true;
    if (mention_at_[i] < 0 && LooksLikeOrg(Stem(i), aliases_)) return true;
  }
  return false;
}

// The person mentioned last before `pos` (for 그는 with no earlier speaker).
Speaker SubjectFinder::LastMentionBefore(size_t pos) const {
  Speaker s;
  const auto& mentions = people_.mentions;
  auto it = std::lower_bound(mentions.begin(), mentions.end(), pos,
                             [&](const PersonMention& m, size_t p) { return words_[m.first_word].start < p; });
  if (it != mentions.begin()) s.found = true, s.person = static_cast<long>((it - 1)->person);
  return s;
}


size_t SubjectFinder::FirstWordAt(size_t pos) const {
  return std::lower_bound(words_.begin(), words_.end(), pos, [](const Word& w, size_t p) { return w.start < p; }) -
         words_.begin();
}


bool SubjectFinder::NameEndingLikeParticle(size_t k) const {
  std::u32string_view w = Core(k);
  return w.size() >= 3 && AllHangulSyllables(w) && (w.back() == U'만' || w.back() == U'도') &&
         !HasGrammaticalEnding(w.substr(0, w.size() - 1)) && !IsCommonWord(w) &&
         speakers_.OpensClause(words_[k].start, /*after_adverb=*/true);
}

bool SubjectFinder::ReportedClauseIn(size_t from, size_t end) const {
  for (size_t i = from; i + 1 < words_.size() && words_[i + 1].start < end; ++i) {
    std::u32string_view w = Core(i);
    if (!quoted_[i] && w.size() >= 3 && (w.ends_with(U"다고") || w.ends_with(U"라고"))) return true;
  }
  return false;
}

// "가디언은 '정부는 … 한다'는 제목의 사설에서": a word between marks that
// open after `begin` and close before `end` (a title, a term, a question
// put to the speaker) is their text, never the subject, even where the pair
// is not read as a quote.
bool SubjectFinder::InsideMarksBefore(size_t i, size_t begin, size_t end) const {
  static constexpr std::u32string_view kOpen = U"‘“'\"", kClose = U"’”'\"";
  size_t close = text_.find_first_of(kClose, words_[i].end);
  if (close == std::u32string_view::npos || close >= end) return false;
  char32_t opening = kOpen[kClose.find(text_[close])];
  std::u32string_view before = text_.substr(begin, words_[i].start - begin);
  // A straight mark both opens and closes: inside when an odd number of
  // them stand between the sentence's start and the word.
  if (opening == text_[close]) return std::count(before.begin(), before.end(), opening) % 2 == 1;
  size_t open = before.find_last_of(opening);
  return open != std::u32string_view::npos && before.find(text_[close], open) == std::u32string_view::npos;
}

bool SubjectFinder::ModifyingClauseIn(size_t from, size_t end) const {
  for (size_t i = from; i + 1 < words_.size() && words_[i + 1].start < end; ++i) {
    if (!quoted_[i] && korean::ModifiesNounAsVerb(i > 0 ? Core(i - 1) : std::u32string_view{}, Core(i))) return true;
  }
  return false;
}

bool SubjectFinder::ClosesAboutClauseIn(size_t from, size_t end) const {
  for (size_t i = from; i < words_.size() && words_[i].start < end; ++i) {
    if (korean::ClosesAboutClause(Core(i))) return true;
  }
  return false;
}

// `before_quote`: the sentence at phrase_floor goes on to the quote.
Speaker SubjectFinder::SubjectAt(size_t i, size_t phrase_floor, bool before_quote) const {
  Speaker s;
  bool subject = false;
  const Word& w = words_[i];
  if (quoted_[i]) return s;
  // "'자유북한방송'은": the name is in single quotes, the particle outside.
  if (size_t mark = w.start; mark > 0 && w.end == w.last() && IsCloseMark(text_[mark - 1])) {
    bool is_particle = (StripParticle(Core(i), &subject, true) == 0) && subject;
    size_t open = mark >= 2 ? text_.rfind(OpenMarkFor(text_[mark - 1]), mark - 2) : std::u32string_view::npos;
    std::u32string_view inside =
        open == std::u32string_view::npos ? std::u32string_view() : text_.substr(open + 1, mark - open - 2);
    if (is_particle && !inside.empty() && inside.size() <= 20 && open >= phrase_floor && !HasGrammaticalEnding(inside)) {
      s.found = true;
      s.phrase = inside;
      s.start = open + 1;
      s.as_written = s.phrase;
      return s;
    }
    subject = false;
  }
  // A word glued to a closing mark ("삼지연못가’") is quoted text, not a
  // subject; one glued to an opening mark ("대변인은"일본이…") is.
  if (w.last() < text_.size() && (IsCloseMark(text_[w.last()]) || IsDoubleQuote(text_[w.last()])) &&
      !std::binary_search(opens_.begin(), opens_.end(), w.last())) {
    return s;
  }
  std::u32string_view carrier = ParticleCarrier(text_, words_[i]);
  size_t stem_len = StripParticle(carrier, &subject, words_[i].has_paren());
  if (size_t from, to; FindStatementIssuer(text_, words_, quoted_, i, phrase_floor, &from, &to)) return At(from, to);
  // "민서후 감독 역시 "…"": 역시 (also) right after a bare noun takes the
  // place of its subject particle.
  bool also = i + 1 < words_.size() && words_[i + 1].space_before && Core(i + 1) == U"역시" && !quoted_[i + 1] &&
              words_[i].end == words_[i].last() && carrier.size() == stem_len;
  if (!subject && !also && !(before_quote && BodyBeforeQuote(text_, words_, quoted_, i, aliases_))) return s;
  std::u32string_view stem = words_[i].has_paren() ? Core(i) : carrier.substr(0, stem_len);
  if (long m = mention_at_[i]; m >= 0 && !TaggerNamesOpener(people_.mentions[m], i, phrase_floor)) {
    return MentionAt(people_.mentions[m], i, stem.size());
  }
  if (stem == U"그" || stem == U"그녀" || stem == U"그들") {
    s.found = s.pronoun = true, s.start = w.start, s.as_written = stem;
    return s;
  }
  // "부대장도", "정부도"; "대해서는": a postposition of 하다 is no subject (look further back).
  // "아드리아누도": a name the tagger marks but for its last syllable.
  bool tagged_but_last = speakers_.TaggedPersonButLast(w.start, w.start + stem.size());
  if (stem.empty() || stem.ends_with(U"해서") || (carrier.back() == U'도' && !KnownActor(stem) && !tagged_but_last)) return s;
  if (IsNonAgent(stem)) {  // "보고서는 "…"": nobody speaks, and nobody carries on
    s.found = true, s.phrase = stem, s.start = w.start, s.as_written = stem;
    return s;
  }
  bool vouched = Vouched(i, stem);
  size_t first = PhraseStart(i, stem, phrase_floor);
  if (IsTitle(stem)) first = NameOpeningTitledPhrase(first, i, phrase_floor);
  // "이동하는", "바라보는": a verb before a noun, not a subject; but the
  // phrase that opens the sentence before the quote is its topic, who
  // speaks ("디스패치는 8일 "…"고 전했다", "○○○ 위원장 직무대리는 "…"").
  bool opens = before_quote && first == FirstWordAt(phrase_floor) && stem.size() >= 3 && !HasGrammaticalEnding(stem);
  if (carrier.back() == U'는' && !opens && std::u32string_view(U"하되있없라다보오가주지치키리내나서려").find(stem.back()) !=
                                               std::u32string_view::npos && !LooksLikeOrg(stem, aliases_) && !vouched) {
    return s;
  }
  // "제출받은", "많은": a verb's modifying form in 은 after a stem no noun
  // or name ends in, not a subject.
  if (carrier.back() == U'은' && !speakers_.TaggedPerson(w.start, w.start + stem.size()) && stem.size() >= 1 &&
      std::u32string_view(U"받같많좋작높낮넓깊찾잡읽않").find(stem.back()) != std::u32string_view::npos) {
    return s;
  }
  if (Fuzzy(Core(i), stem, &s)) return s;
  std::u32string_view singular = stem.size() > 2 && stem.back() == U'들' ? stem.substr(0, stem.size() - 1) : stem;
  if (!Actor(singular) && !vouched) return s;
  s.guessed = !vouched && !KnownActor(singular);
  s.found = true;
  s.phrase = std::u32string(text_.substr(words_[first].start, words_[i].start + stem.size() - words_[first].start));
  s.start = words_[first].start;
  s.as_written = s.phrase;
  return s;
}

// The noun phrase: plain words joined by spaces before the subject word i,
// longer before a title ("왕 자오징 베이징 시정부 대변인은": name, affiliation).
size_t SubjectFinder::PhraseStart(size_t i, std::u32string_view stem, size_t phrase_floor) const {
  bool subject;
  size_t first = i, longest = IsTitle(stem) ? 6 : 3;
  while (first > 0 && i - first < longest && words_[first].space_before && words_[first - 1].start >= phrase_floor) {
    std::u32string_view prev = Core(first - 1);
    size_t prev_stem = StripParticle(prev, &subject);
    // "닌텐도 측은": a body the tagger marks may end like a particle (도, 만).
    bool tagged_body = speakers_.TaggedOrganization(words_[first - 1].start, words_[first - 1].end);
    bool ends_like_grammar = !tagged_body && (prev_stem != prev.size() || (HasGrammaticalEnding(prev) &&
                             !speakers_.TaggedPerson(words_[first - 1].start, words_[first - 1].end)));
    // "이 원장은", "한 이사장은": 이 and 한 opening the clause before a title
    // are a surname, not a determiner (this, a certain).
    bool surname = first == i && IsTitle(stem) && !IsRoleNoun(stem) && speakers_.SurnameDeterminerOpens(words_[first - 1].start);
    if ((ends_like_grammar && !surname && !(first == i && IsTitle(stem) && NameEndingLikeParticle(first - 1))) ||  // "단즈만 교수는"
        words_[first - 1].has_paren() || IsAsciiDigit(prev.front()) || quoted_[first - 1] || (IsCommonWord(prev) && !surname)) {
      break;
    }
    --first;
  }
  return first;
}

bool SubjectFinder::TaggerNamesOpener(const PersonMention& mention, size_t i, size_t phrase_floor) const {
  if (!mention.guessed || mention.last_word != i) return false;
  // The tagger sees a body, not a person, where the guessed name begins.
  const Word& opening = words_[mention.first_word];
  if (speakers_.TaggedPerson(opening.start, opening.end) || !speakers_.TaggedOrganization(opening.start, opening.end)) {
    return false;
  }
  return NameOpeningTitledPhrase(mention.first_word, i, phrase_floor) < mention.first_word;
}

bool SubjectFinder::NameWordAt(size_t k) const {
  std::u32string_view w = Core(k);
  if (mention_at_[k] >= 0) return true;
  if (w.empty() || words_[k].has_paren() || IsTitle(w) || IsRoleNoun(w) || IsPlace(w) || LooksLikeOrg(w, aliases_)) return false;
  return speakers_.TaggedPerson(words_[k].start, words_[k].end) || (LooksLikeKoreanName(w) && !IsCommonWord(w));
}

size_t SubjectFinder::NameOpeningTitledPhrase(size_t first, size_t i, size_t phrase_floor) const {
  if (first > i || NameWordAt(first)) return first;
  bool subject;
  size_t floor = FirstWordAt(phrase_floor);
  // Up to three affiliation words between the name and the phrase found:
  // plain nouns, bodies, places, a body with its abbreviation in brackets.
  for (size_t k = first; k > floor && first - k <= 3;) {
    if (!words_[k].space_before || quoted_[k - 1]) return first;
    --k;
    std::u32string_view w = Core(k);
    // "제라르 울리에 올림피크 리옹 감독은": a foreign name's last part may
    // end like a particle; the tagger's person right before it opens the name.
    bool foreign_last_part = k > floor && words_[k].space_before && !quoted_[k - 1] && AllHangulSyllables(w) &&
                             w.back() != U'의' &&
                             w.size() >= 2 && speakers_.TaggedPerson(words_[k - 1].start, words_[k - 1].end) &&
                             mention_at_[k - 1] < 0 && !IsTitle(Core(k - 1));
    if (foreign_last_part && speakers_.OpensClause(words_[k - 1].start, /*after_adverb=*/true)) return k - 1;
    bool bare = !w.empty() && (words_[k].has_paren() || (StripParticle(w, &subject) == w.size() && !HasGrammaticalEnding(w)));
    bool tagged_person = speakers_.TaggedPerson(words_[k].start, words_[k].end);
    if (NameWordAt(k) && (bare || tagged_person)) {
      size_t start = mention_at_[k] >= 0 ? people_.mentions[mention_at_[k]].first_word : k;
      return speakers_.OpensClause(words_[start].start, /*after_adverb=*/true) ? start : first;
    }
    bool tagged_body = speakers_.TaggedOrganization(words_[k].start, words_[k].end);
    // "칸 국제영화제 수상 당시 감독은": a time word ends the phrase.
    if (w.empty() || IsAsciiDigit(w.front()) || IsCommonWord(w) || (!tagged_body && !bare)) return first;
  }
  return first;
}

bool SubjectFinder::SaidWhoModifier(size_t i, size_t begin) const {
  std::u32string_view w = Core(i);
  if (quoted_[i] || w.size() < 2 || !AllHangulSyllables(w)) return false;
  // 말한, 밝힌, 외친 (not 했지만, whose 만 ends in ㄴ too)
  if (std::u32string_view(U"한힌친").find(w.back()) == std::u32string_view::npos) return false;
  // The quote ends in 고 (라고, 다고) glued to its closing mark.
  size_t space = text_.find(U' ', begin);
  if (space == std::u32string_view::npos || space == begin || text_[space - 1] != U'고') return false;
  for (size_t k = FirstWordAt(begin); k < i; ++k) {
    std::u32string_view adverb = Core(k);  // 이날, 분명히, 강하게
    bool adverb_form = adverb.size() >= 2 && (adverb.back() == U'히' || adverb.back() == U'게');
    if (words_[k].start >= space && !korean::IsAdverbBeforeQuote(adverb) && !adverb_form) return false;
  }
  return i + 1 < words_.size() && words_[i + 1].space_before && !quoted_[i + 1];
}

// A name the entity tagger vouches for ("김구라는", "카말은"), here or one
// or two words before the title ("이효석 매원리 이장은"); a body it marks
// ("한화 구단은", "○○코퍼레이션은"), or a city's district ("광주 서구는").
bool SubjectFinder::Vouched(size_t i, std::u32string_view stem) const {
  const Word& w = words_[i];
  // The tagger's name list ("유이는") and a title right before the name
  // ("사무총장 아마노 유키오는") vouch whatever the model tags.
  bool listed = AllHangulSyllables(stem) && !IsCommonWord(stem) && speakers_.ListedPerson(stem);
  return IsTitle(stem) || listed || TitleBefore(i) || speakers_.TaggedPerson(w.start, w.start + stem.size()) ||
         speakers_.TaggedOrganization(w.start, w.start + stem.size()) ||
         (i >= 1 && w.space_before && IsDistrictAfterPlace(Core(i - 1), stem)) ||
         (i >= 1 && w.space_before && speakers_.TaggedPerson(words_[i - 1].start, words_[i - 1].end)) ||
         (i >= 2 && w.space_before && words_[i - 1].space_before && speakers_.TaggedPerson(words_[i - 2].start, words_[i - 2].end));
}

// "사무총장 아마노 유키오는", "대변인 마르코스는": a title written one or two
// words before the subject, the words between bare names, says a person's
// name follows it.
bool SubjectFinder::TitleBefore(size_t i) const {
  for (size_t back = 1; back <= 2 && back <= i; ++back) {
    size_t k = i - back;
    if (!words_[k + 1].space_before || quoted_[k] || words_[k].end != words_[k].last()) return false;
    std::u32string_view w = Core(k);
    if (IsTitle(w) && !IsRoleNoun(w)) return true;
    if (!AllHangulSyllables(w) || w.size() < 2 || IsCommonWord(w) || HasGrammaticalEnding(w) || IsPlace(w)) return false;
  }
  return false;
}

// The person mentioned by `mention`, whose last word i has a stem of
// `stem_size` code points (or her namesake).
Speaker SubjectFinder::MentionAt(const PersonMention& mention, size_t i, size_t stem_size) const {
  Speaker s;
  if (Namesake(mention, i, stem_size, &s)) return s;
  s.found = true, s.person = static_cast<long>(mention.person);
  s.start = words_[mention.first_word].start;
  size_t end = words_[i].has_paren() ? words_[i].paren_end + 1 : words_[i].start + stem_size;
  s.as_written = text_.substr(s.start, end - s.start);
  return s;
}

// "트럼프 대통령의 차남 에릭 트럼프도": a part of a famous name (the alias
// file's 트럼프) written after another given name the tagger takes in is a
// relative or namesake, not the famous one: *s gets the whole name.
bool SubjectFinder::Namesake(const PersonMention& mention, size_t i, size_t stem_size, Speaker* s) const {
  if (mention.back_reference || mention.first_word != i || mention.last_word != i || i == 0 ||
      !words_[i].space_before || mention_at_[i - 1] >= 0 || quoted_[i - 1]) {
    return false;
  }
  std::u32string_view given = Core(i - 1);
  bool subject;
  if (given.size() < 2 || !AllHangulSyllables(given) || StripParticle(given, &subject) != given.size() ||
      IsTitle(given) || IsCommonWord(given) || HasGrammaticalEnding(given) || LooksLikeOrg(given, aliases_) ||
      people_.names[mention.person].find(given) != std::u32string::npos ||
      !speakers_.TaggedPerson(words_[i - 1].start, words_[i].start + stem_size)) {
    return false;
  }
  s->found = true;
  s->start = words_[i - 1].start;
  s->phrase = text_.substr(s->start, words_[i].start + stem_size - s->start);
  s->as_written = s->phrase;
  return true;
}

// Who may speak: organizations, officials, known names, titles, unknown
// names (a 3+ syllable word that is not a common noun ending).
bool SubjectFinder::Actor(std::u32string_view stem) const {
  if (KnownActor(stem)) return true;
  if (aliases_.Find(stem)) return false;  // a term
  if (std::all_of(stem.begin(), stem.end(), IsAsciiAlpha) && stem.size() >= 2) return true;
  // A transliterated name (호나우두, 알름쿨로브): 3+ syllables with no noun/verb suffix.
  return stem.size() >= 3 && std::all_of(stem.begin(), stem.end(), IsHangulSyllable) && !HasGrammaticalEnding(stem) &&
         std::u32string_view(U"성화용력점등층자감항책업술식률교").find(stem.back()) == std::u32string_view::npos;
}

// Who may speak without a guess: officials, roles, titles, bodies, Korean
// names and names the alias file knows.
bool SubjectFinder::KnownActor(std::u32string_view stem) const {
  if (EndsInSpeakingNoun(stem)) return true;
  if (IsTitle(stem) || LooksLikeOrg(stem, aliases_) || LooksLikeKoreanName(stem)) return true;
  if (NameGluedToTitle(stem) > 0) return true;  // "백승룡PD"
  if (size_t k = TitleGluedToName(stem); k > 0 && LooksLikeKoreanName(stem.substr(k))) return true;  // "MC김서현"
  if (korean::IsOrganizationHead(stem)) return true;  // "위키미디어 재단은": the words before name it
  const auto* g = aliases_.Find(stem);
  return g && g->kind != AliasTable::Kind::kTerm;
}

// "이해은" for 이해진: a name-like subject that is no known person, matched to
// the unique person named earlier with the same surname whose name it
// prefixes or is one edit away from.
bool SubjectFinder::Fuzzy(std::u32string_view core, std::u32string_view stem, Speaker* s) const {
  if (!LooksLikeKoreanName(core) && !LooksLikeKoreanName(stem)) return false;
  long best = -1;
  size_t best_distance = 3;
  bool tie = false;
  // Newest first, and a bounded number: a huge input must stay linear.
  size_t checked = 0;
  for (size_t p = people_.people.size(); p-- > 0 && checked < 200;) {
    const std::u32string& name = people_.names[p];
    if (name.empty() || name[0] != core[0]) continue;
    ++checked;
    for (std::u32string_view v : {core, stem}) {
      if (v.size() < 2 || name.empty() || v[0] != name[0] || name.find(U' ') != std::u32string::npos) continue;
      size_t d = EditDistance(v, name);
      bool prefix = v.size() < name.size() && name.starts_with(v);
      if (d == 0) return false;  // an exact repeat is a mention, not a guess
      if (!prefix && d > 1) continue;
      if (prefix) d = 1;
      if (d < best_distance) best = static_cast<long>(p), best_distance = d, tie = false;
      else if (d == best_distance && best != static_cast<long>(p)) tie = true;
    }
  }
  if (best < 0 || tie) return false;
  s->found = s->fuzzy = true;
  s->person = best;
  s->as_written = core;
  return true;
}

}  // namespace kosearch
