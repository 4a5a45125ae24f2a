// The subject finder's rules for one word (see quote_subjects.h): whether
// word i, with its particle (은/는/이/가/께서/도), is a subject, and which:
// a person mentioned there (or her namesake), a name one edit off an
// earlier one, a pronoun, a thing, or a phrase that may speak.
#include "extract/quote_subjects.h"

#include <algorithm>

#include "extract/attribution.h"
#include "extract/speaker_words.h"
#include "text/korean_lexicon.h"
#include "text/unicode_text.h"

namespace kosearch {

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
  // A transliterated name opening the sentence that goes on to the quote
  // ("아드리아누도 시상식 뒤 "…""), whatever the tagger marks of it.
  // The name needs evidence of its own (the tagger, its name list, the
  // article's table): "유튜브도 "…"" opens a sentence too.
  // A word of 3+ syllables at word `k` opening the sentence that goes on to the quote.
  auto opens_sentence = [&](size_t k) { return before_quote && k == FirstWordAt(phrase_floor) && stem.size() >= 3; };
  bool name_evidence = speakers_.TaggedPersonAtStartOf(w.start, w.start + stem.size()) || speakers_.ListedPerson(stem) ||
                       speakers_.ByName(stem) >= 0 || !speakers_.LongerName(stem).empty();
  bool name_with_do = speakers_.TaggedPersonButLast(w.start, w.start + stem.size()) ||
                      (opens_sentence(i) && !IsCommonWord(stem) && Actor(stem) && name_evidence);
  if (stem.empty() || stem.ends_with(U"해서") || (carrier.back() == U'도' && !KnownActor(stem) && !name_with_do)) return s;
  if (IsNonAgent(stem)) {  // "보고서는 "…"": nobody speaks, and nobody carries on
    s.found = true, s.phrase = stem, s.start = w.start, s.as_written = stem;
    return s;
  }
  bool vouched = Vouched(i, stem);
  size_t first = PhraseStart(i, stem, phrase_floor);
  if (IsTitle(stem)) first = NameOpeningTitledPhrase(first, i, phrase_floor);
  bool opens = opens_sentence(first) && !HasGrammaticalEnding(stem);
  if (VerbFormInTopicEnding(i, stem, carrier.back(), opens || vouched)) return s;
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

// "이동하는", "바라보는": a verb in …는 before a noun, not a subject, unless
// `spared` (the phrase opens the sentence before the quote, its topic who
// speaks: "디스패치는 8일 "…"고 전했다"; or something vouches for the
// stem); "제출받은", "많은": a verb's modifying form in 은 after a stem no
// noun or name ends in. `ending` is the word's last syllable.
bool SubjectFinder::VerbFormInTopicEnding(size_t i, std::u32string_view stem, char32_t ending, bool spared) const {
  if (ending == U'는' && !spared && korean::IsStemEnd(stem.back(), korean::kStemBeforeNeun) && !LooksLikeOrg(stem, aliases_)) {
    return true;
  }
  return ending == U'은' && !speakers_.TaggedPerson(words_[i].start, words_[i].start + stem.size()) && !stem.empty() &&
         korean::IsStemEnd(stem.back(), korean::kStemBeforeEun);
}

// A name the entity tagger vouches for ("김구라는", "카말은"), here or one
// or two words before the title ("이효석 매원리 이장은"); a body it marks
// ("한화 구단은", "○○코퍼레이션은"), or a city's district ("광주 서구는").
bool SubjectFinder::Vouched(size_t i, std::u32string_view stem) const {
  const Word& w = words_[i];
  // The tagger's name list ("유이는") and a title right before the name
  // ("사무총장 아마노 유키오는") vouch whatever the model tags.
  // A role noun of the lexicon as the topic ("고시원 주인은", "식당 주인은")
  // is someone who speaks unnamed, whatever the tagger makes of the words
  // before it; as a plain subject ("부모가 … 지어준") it is often a clause's.
  bool role_topic = IsRoleNoun(stem) && korean::EndsInTopicParticle(ParticleCarrier(text_, w));
  return role_topic || IsTitle(stem) || speakers_.ListedPersonWord(stem) || TitleBefore(i, stem) ||
         speakers_.TaggedPerson(w.start, w.start + stem.size()) ||
         speakers_.TaggedOrganization(w.start, w.start + stem.size()) ||
         (i >= 1 && w.space_before && IsDistrictAfterPlace(Core(i - 1), stem)) ||
         (i >= 1 && w.space_before && speakers_.TaggedPerson(words_[i - 1].start, words_[i - 1].end)) ||
         (i >= 2 && w.space_before && words_[i - 1].space_before && speakers_.TaggedPerson(words_[i - 2].start, words_[i - 2].end));
}

// "사무총장 아마노 유키오는", "대변인 마르코스는": a title written one or two
// words before the subject, the words between and the subject's stem a
// name after it (NameFollowsTitle, the rule NameAfterTitle resolves by),
// says a person's name follows it, whatever the tagger marks.
bool SubjectFinder::TitleBefore(size_t i, std::u32string_view stem) const {
  std::vector<std::u32string_view> parts{stem};
  for (size_t back = 1; back <= 2 && back <= i; ++back) {
    size_t k = i - back;
    if (!words_[k + 1].space_before || quoted_[k] || words_[k].end != words_[k].last()) return false;
    if (NameFollowsTitle(Core(k), parts, aliases_)) return true;
    parts.insert(parts.begin(), Core(k));
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
