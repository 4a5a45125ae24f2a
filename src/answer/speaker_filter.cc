// Speaker resolution that narrows (see speaker_filter.h).
#include "answer/speaker_filter.h"

#include "answer/answer_steps.h"
#include "answer/compound_roles.h"
#include "answer/english_names.h"
#include "answer/organization_names.h"
#include "answer/possessor_role.h"
#include "answer/role_at_organization.h"
#include "answer/role_words.h"
#include "answer/romanized_names.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "extract/people.h"
#include "index/schema.h"
#include "text/korean_lexicon.h"
#include "text/loanword.h"
#include "text/romanized_surnames.h"
#include "text/unicode_text.h"

namespace kosearch {

namespace {

// Quotes scanned to find who holds a title or speaks for an organization.
constexpr Xapian::doccount kScanQuotes = 2000;

using Terms = std::vector<std::string>;

Xapian::Query Quotes() { return Xapian::Query(schema::Term(schema::kKind, schema::kKindQuote)); }
Xapian::Query AnyTerm(const Terms& terms) { return terms.empty() ? Xapian::Query() : Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()); }

class Resolver {
 public:
  explicit Resolver(ArchiveReader& archive) : archive_(archive) {}

  SpeakerFilter Resolve(const std::string& speaker) {
    std::vector<std::string> words;
    std::vector<bool> owner;    // a word of a possessor ("Bareun Party's", "홍콩의")
    std::vector<size_t> links;  // where an English "to", "of", "for" stood ("aide to Mubarak")
    bool has_possessor = false;
    size_t from_words = std::string::npos;  // where the words of the place or body a named person is of start
    const std::vector<std::string> asked = SplitSpaces(speaker);
    for (size_t n = 0; n < asked.size(); ++n) {
      std::string bare = asked[n];
      while (!bare.empty() && (bare.back() == ',' || bare.back() == ';')) bare.pop_back();
      std::string c = WithoutPossessive(bare);
      const std::string lower = AsciiLower(c);
      // "an investigator cited by the New York Times": who cites the speaker is
      // no part of them (a name there by sound would be someone else's words).
      if (lower == "by" && !words.empty()) break;
      if (lower == "to" || lower == "of" || lower == "for" || lower == "at") links.push_back(words.size());
      // "Kim Chae-yeon of Incheon": where the person is from is whose, never part of the name.
      if ((lower == "of" || lower == "at" || lower == "from") && OpensWithRomanizedKoreanName(words)) from_words = words.size();
      if (c.empty() || lower == "of" || lower == "and" || lower == "to" || lower == "for" || lower == "at") continue;
      words.push_back(c);
      owner.push_back(from_words <= words.size() - 1);
      if (c.size() == bare.size()) continue;
      // "Jun Byung-hun's" alone (from "what was Jun Byung-hun's view"): the
      // possessor is the speaker, whose view it is.
      if (n + 1 == asked.size() && !has_possessor) continue;
      has_possessor = true;
      // "Korea's environment minister": the speaker is the minister; Korea and
      // the capitalized words before it are whose (an organization, never the person).
      for (size_t k = words.size(); k-- > 0;) {
        if (k + 1 < words.size() && !(IsLatin(words[k]) && std::isupper(static_cast<unsigned char>(words[k][0])))) break;
        owner[k] = true;
      }
    }
    PrefetchNameTerms(speaker, words, archive_);
    // An organization the index knows ("Samsung", "외교부") speaks itself and
    // through the people quoted for it, even when it is a speaker too.
    if (!Existing(speaker, schema::kOrg).empty() && TitleTerms(speaker).empty()) {
      if (SpeakerFilter org = Organization(words, {}); !org.filter.empty()) return org;
    }
    // The speaker exactly as indexed ("농협 관계자", "젠슨 황", "국방부"), unless
    // it is a title alone ("대통령" also names the quotes the text gives no name for).
    if (Terms whole = Existing(speaker, schema::kSpeaker); !whole.empty() && TitleTerms(speaker).empty()) return Done(whole, SpeakerKind::kPerson, "person");
    const std::vector<bool> is_title = MarkTitles(words, links, &owner);
    long_names_ = LongInstitutionNames(words, is_title, owner);
    Terms titles;
    std::vector<std::string> rest, people;  // people: rest without the possessors
    for (size_t i = 0; i < words.size(); ++i) {
      if (is_title[i]) continue;
      rest.push_back(words[i]);
      if (!owner[i]) people.push_back(words[i]);
    }
    for (const auto& t : title_terms_) AddUnique(titles, t);
    const auto person_terms = [&](const Terms& w) { return PersonTerms(w, true); };
    SpeakerFilter role = RoleOfPersonNamed(words, owner, archive_, person_terms, [&](const std::string& r) { return IsOrganization(r); });
    if (!role.filter.empty()) return role;
    if (!rest.empty()) {
      const std::string how = titles.empty() ? "person" : "person (the title confirms)";
      // The organization's people in the title, and the compound title's holders ("업계관계자"),
      // first when the words are an organization ("청와대 관계자", "Cheong Wa Dae official"),
      // even one quoted as a speaker itself (청와대는 …): never its own words then.
      const auto role_at_organization = [&]() {
        SpeakerFilter org = Organization(rest, titles), role;
        if (org.filter.empty()) return org;
        if (!titles.empty()) role = CompoundRoleHolders(words, is_title, owner, org.expansions);
        if (!role.filter.empty()) org.filter = Xapian::Query(Xapian::Query::OP_OR, org.filter, role.filter);
        for (const auto& e : role.expansions) AddUnique(org.expansions, e);
        return org;
      };
      if (!titles.empty() && people.size() == rest.size() && !Existing(JoinRun(rest, 0, rest.size()), schema::kOrg).empty()) {
        if (SpeakerFilter org = role_at_organization(); !org.filter.empty()) return org;
      }
      // "Songhak Foods": words composing a body's whole Korean name (송학식품) are that body, not a person one word sounds like (포드).
      if (SpeakerFilter org = rest.size() >= 2 && people.size() == rest.size() && !org_names_.Composed(rest).empty() ? role_at_organization() : SpeakerFilter{}; !org.filter.empty()) return org;
      // "문 대표 측근 의원", "전두환 전 대통령 측근": someone of the person's, never
      // the person; "Bin Sun-ok, head of …" a person no quote is given by,
      // never the organization the words after the name hold (with a title,
      // its holders at the organization may be the person, keyed otherwise).
      const bool someone_of_person = RelationAfterName(words);
      if (Terms person = someone_of_person ? Terms{} : PersonTerms(people, true, !titles.empty()); !person.empty()) return Done(person, SpeakerKind::kPerson, how);
      if (titles.empty() && NamesRomanizedKoreanPerson(words, owner)) return NotQuotedByName(words, rest, archive_);
      // A compound title ("서울시 과장", "민주당 수석대변인"): before the organization, or beside its title.
      SpeakerFilter role = titles.empty() ? CompoundRoleHolders(words, is_title, owner) : SpeakerFilter{};
      if (!role.filter.empty()) return role;
      if (SpeakerFilter org = role_at_organization(); !org.filter.empty()) return org;
      if (!titles.empty() && !(role = CompoundRoleHolders(words, is_title, owner)).filter.empty()) return role;
      // "ESA scientists" with no quote under that role: the organization's
      // quotes (never for a possessor: "Korea's environment minister").
      if (!titles.empty() && people.size() == rest.size() && !NamesRomanizedKoreanPerson(words, owner)) {
        if (SpeakerFilter org = Organization(rest, {}); !org.filter.empty()) return org;
      }
      if (Terms holders = someone_of_person ? Terms{} : SurnameHolders(rest, titles); !holders.empty()) {
        return Done(holders, SpeakerKind::kPerson, "person (surname and title)");
      }
    }
    // A title whose other words only describe ("the international research
    // team", "a district office official", "로체스터대 연구팀") or say whose it is ("an aide to
    // Mubarak"): its holders. Never for a name no one is quoted by, nor for
    // a possessor's title no quote holds ("Korea's environment minister").
    const bool describes = !has_possessor && std::all_of(people.begin(), people.end(), [&](const std::string& w) {
      return (IsLatin(w) && !std::isupper(static_cast<unsigned char>(w[0]))) || NamesNoPerson(w);
    });
    // A role only the glossary gives ("the doctor" → 의사) stands for its holders
    // alone, never beside other words ("the leader of the group behind …").
    const bool glossary_only = std::all_of(titles.begin(), titles.end(), [&](const std::string& t) {
      return std::find(glossary_titles_.begin(), glossary_titles_.end(), t) != glossary_titles_.end();
    });
    // Words no quote's speaker is named by, beside a title ("통합행동 소속 의원"): first
    // the title's unnamed holders where the text has those words, narrower than all its holders.
    if (!titles.empty() && !rest.empty() && !glossary_only) {
      SpeakerFilter none = NotQuotedByName(words, rest, archive_);
      if (SpeakerFilter unnamed = UnnamedTitleHoldersWhere(none, titles, archive_); !unnamed.filter.empty()) return unnamed;
      if (!describes) return none;
    }
    if (!titles.empty() && describes && (rest.empty() || !glossary_only || DescribedBeforeRole(words, is_title))) {
      // "a spokesperson for Samsung", "삼성전자 대변인": never every holder of the title.
      const Terms whose = WhoseWords(words, is_title, owner), whose_terms = whose.empty() ? Terms{} : WhoseTerms(whose);
      if (!whose_terms.empty()) return TitleAtOrganization(whose, whose_terms, titles, archive_);
      SpeakerFilter holders = Holders(titles);
      if (!whose.empty()) OnlyOnTopic(whose, &holders);
      return holders;
    }
    return NotQuotedByName(words, rest, archive_);
  }

 private:
  // The filter of `terms`: those some quote has; the others only name the
  // speaker in articles (the extractor found no quote of theirs).
  SpeakerFilter Done(const Terms& terms, SpeakerKind kind, const std::string& how) {
    SpeakerFilter out;
    out.named_in_articles = AnyTerm(terms);
    // A role, or the name of a quote's speaker (SpeakersOf): some quote has it.
    auto known = [&](const std::string& t) {
      return t.compare(0, 2, schema::kRole) == 0 || std::find(speaker_terms_.begin(), speaker_terms_.end(), t) != speaker_terms_.end();
    };
    // Asked of all the terms at once (a match is two round trips to a remote
    // shard): a term no quote has adds no quote to the filter.
    const bool quoted = std::any_of(terms.begin(), terms.end(), known) ||
                        (!terms.empty() && Matches(Xapian::Query(Xapian::Query::OP_FILTER, Quotes(), AnyTerm(terms))));
    out.filter = quoted ? AnyTerm(terms) : Xapian::Query();
    out.unknown = !quoted;
    out.kind = kind;
    out.how = quoted ? how : how + ", not quoted by name";
    for (const auto& t : terms) {
      const std::string name = t.substr(2);  // XP, XO, XR
      AddUnique(out.expansions, name);
      AddUnique(out.names, name);
    }
    return out;
  }

  Terms Existing(const std::string& name, const char* prefix) { return ExistingTerms(name, prefix, archive_); }
  Terms TitleTerms(const std::string& word) { return TitleTermsOf(word, archive_, &glossary_titles_); }

  // A word that cannot be a person's name: an organization the index knows
  // ("로체스터대", "IBS"), or a Korean word longer than any name is
  // written ("시냅스뇌질환연구단").
  bool NamesNoPerson(const std::string& word) {
    constexpr size_t kLongestName = 5;
    return (!IsLatin(word) && CodePointCount(word) > kLongestName) || !Existing(word, schema::kOrg).empty();
  }

  // Which words are titles, longest run first ("research team", "prime
  // minister", "대변인"), their terms into title_terms_; the words after an
  // English "to", "of" right behind a title are whose it is ("aide to Hosni
  // Mubarak": the aide speaks, not Mubarak).
  std::vector<bool> MarkTitles(const std::vector<std::string>& words, const std::vector<size_t>& links, std::vector<bool>* owner) {
    std::vector<bool> is_title(words.size(), false);
    for (size_t i = 0; i < words.size();) {
      size_t taken = 1;
      for (size_t len = std::min<size_t>(3, words.size() - i); len >= 1; --len) {
        const std::string run = JoinRun(words, i, len);
        if (len > 1 && !IsLatin(run)) continue;
        // "Health ministry official": the ministry is the body the words before it name (보건복지부), not a title (부처).
        if (len == 1 && NamesBodyWithWordsBefore(words, is_title, i)) continue;
        Terms t = TitleTerms(run);
        if (t.empty()) continue;
        for (auto& x : t) AddUnique(title_terms_, x);
        for (size_t k = i; k < i + len; ++k) is_title[k] = true;
        if (std::find(links.begin(), links.end(), i + len) != links.end()) {
          for (size_t k = i + len; k < words.size(); ++k) (*owner)[k] = true;
        }
        taken = len;
        break;
      }
      i += taken;
    }
    return is_title;
  }

  // Whether words[i], a kind of body ("ministry"), with the words before it
  // that are no title composes a body the index holds.
  bool NamesBodyWithWordsBefore(const std::vector<std::string>& words, const std::vector<bool>& is_title, size_t i) {
    if (i == 0 || !IsLatin(words[i]) || !IsInstitutionWord(AsciiLower(words[i]))) return false;
    size_t first = i;
    while (first > 0 && !is_title[first - 1] && IsLatin(words[first - 1])) --first;
    if (first == i) return false;
    return !org_names_.Composed(std::vector<std::string>(words.begin() + static_cast<std::ptrdiff_t>(first),
                                                         words.begin() + static_cast<std::ptrdiff_t>(i + 1))).empty();
  }

  // People named by runs of `words`, longest first ("안토니우 구테흐스",
  // "Moon Jae-in"); English names no alias knows by the loanword matcher.
  // `titled`: a title was asked with the words; a match that is an
  // organization's name is then no person.
  Terms PersonTerms(const std::vector<std::string>& words, bool by_sound, bool titled = false) {
    // The longest run that names someone: by a spelling the index or the
    // alias file knows, or as English writes a Korean name ("Seoul National
    // University professor Cho Maeng-hyo" is 조맹효, not a speaker spelled
    // "University"); only then foreign names by their sound.
    for (size_t len = words.size(); len >= 1; --len) {
      Terms found;
      for (size_t first = 0; first + len <= words.size(); ++first) {
        std::string run = JoinRun(words, first, len);
        if (IsOrganization(run) || IsPartOfLongerName(run, long_names_)) continue;
        const Terms spelled = Existing(run, schema::kSpeaker);
        for (auto& t : spelled) AddUnique(found, t);
        // A romanized Korean name has two words at least; one the alias file spells is that person alone.
        if (spelled.empty() && IsLatin(run) && Capitalized(words, first, len)) {
          for (auto& t : KoreanNameReadings(words, first, len)) {
            if (!titled || !IsOrganization(t.substr(2))) AddUnique(found, t);
          }
        }
      }
      if (!found.empty()) return found;
    }
    if (!by_sound) return {};
    // A foreign name may have one word ("Zelensky"), its family name before a given name (IsGivenNameBefore).
    for (size_t len = words.size(); len >= 1; --len) {
      Terms found, given_names;
      for (size_t first = 0; first + len <= words.size(); ++first) {
        std::string run = JoinRun(words, first, len);
        if (IsOrganization(run) || !IsLatin(run) || !Capitalized(words, first, len) || HasKnownWord(words, first, len, spellings_of_) ||
            IsPartOfLongerName(run, long_names_) || LooksRomanizedKorean(words, first, len)) {
          continue;
        }
        // "Cheong Wa Dae official": 청와대 by sound is an organization, whose
        // people in the role are asked (Organization), not its own words.
        for (auto& t : Transliterated(run, words, first, len)) {
          if (titled && IsOrganization(t.substr(2))) continue;
          const bool given_only = len == 1 && IsGivenNameBefore(words, first);  // never an organization (일리노 for "Lorena Ochoa")
          if (given_only && (IsOrganization(t.substr(2)) || !GivenNameFits(words, first, t.substr(2), SpeakerNames(t, archive_)))) continue;
          AddUnique(given_only ? given_names : found, t);
        }
      }
      if (!found.empty() || !given_names.empty()) return found.empty() ? given_names : found;
    }
    return {};
  }

  // An organization, not a person: no quote's speaker is named so, or those
  // so named are it speaking itself (speaker and organization alike: "기상청은").
  bool IsOrganization(const std::string& name) {
    const Terms orgs = Existing(name, schema::kOrg);
    if (orgs.empty()) return false;
    const Terms speakers = Existing(name, schema::kSpeaker);
    return speakers.empty() || Matches(Xapian::Query(Xapian::Query::OP_FILTER, Quotes(),
                                                     Xapian::Query(Xapian::Query::OP_AND, AnyTerm(speakers), AnyTerm(orgs))));
  }

  // A title apart from what it is of ("환경부 장관"): its compound titles' holders (compound_roles.h).
  SpeakerFilter CompoundRoleHolders(const std::vector<std::string>& words, const std::vector<bool>& is_title,
                                    const std::vector<bool>& owner, const Terms& org_names = {}) {
    CompoundRoleAsked asked = ReadCompoundRole(words, is_title, owner, spellings_of_);
    if (asked.endings.empty()) return {};
    for (const auto& o : org_names) {
      if (!IsLatin(o)) AddUnique(asked.org_words, AliasTable::Key(o));
    }
    for (const auto& t : org_names_.Composed(words)) AddUnique(asked.org_words, t.substr(2));  // "Seoul National University": 서울대
    SpeakerFilter out;
    out.filter = CompoundRoleFilter(asked, archive_, &out.expansions);
    out.kind = SpeakerKind::kTitleHolders;
    out.how = "compound title: its holders";
    out.title_holders = true;
    if (!out.filter.empty()) AddHolders(&out);
    return out;
  }

  void AddHolders(SpeakerFilter* out) {  // which holders answer: their names into the expansions
    for (const auto& [person, role] : SpeakersOf(out->filter)) AddUnique(out->expansions, person);
  }

  // A Korean name as English news writes it, read two ways: the
  // romanization key's reading (two words or more, RomanizedKoreanName) and
  // the press's spellings read whole (PressSpelledSpeakers: "Shin Ji-yai",
  // "Seolhyun"). The people both read; else the one person the press
  // spelling reads whole (every syllable and letter accounted for beats a
  // sound-alike; two so read are a tie, no one); else the key's reading.
  // One word is read so only when it closes the phrase (a family name,
  // "Ochoa" of "Lorena Ochoa", or the whole phrase, "Seolhyun"; not
  // "Toronto" of "Toronto Hydro") and has no Korean spelling of its own.
  Terms KoreanNameReadings(const std::vector<std::string>& words, size_t first, size_t len) {
    const std::string run = JoinRun(words, first, len);
    const Terms read = len >= 2 ? RomanizedKoreanName(run) : Terms{};
    if (len == 1 && (first + 1 < words.size() || HasKnownWord(words, first, len, spellings_of_))) return read;
    LoadSpeakers();
    Terms pressed = PressSpelledSpeakers(run, speakers_);
    std::erase_if(pressed, [&](const std::string& t) { return IsOrganization(t.substr(2)); });
    Terms both;
    for (const auto& t : read) {
      if (std::find(pressed.begin(), pressed.end(), t) != pressed.end()) both.push_back(t);
    }
    if (!both.empty()) return both;
    return pressed.size() == 1 ? pressed : read;
  }

  // (public for RomanizedKoreanNames)
 public:
  // A Korean name as English news writes it ("Kim Hwang-sik"): romanized_names.h.
  Terms RomanizedKoreanName(const std::string& english) {
    LoadSpeakers();
    return RomanizedNameSpeakers(english, speakers_);
  }

 private:
  void LoadSpeakers() {
    if (speakers_loaded_) return;
    speakers_loaded_ = true;
    AddHangulKeys(archive_, schema::kSpeaker, &speakers_);
  }

  // Speakers whose Hangul name transliterates `english` ("Guterres" → 안토니우 구테흐스), the whole name (SoundMatchFits).
  Terms Transliterated(const std::string& english, const std::vector<std::string>& words, size_t first, size_t len) {
    LoadSpeakers();
    Terms out;
    std::string joined = english;
    joined.erase(std::remove(joined.begin(), joined.end(), '-'), joined.end());
    for (const auto& match : FittingSoundMatches(words, first, len, MatchLoanword(joined, speakers_))) AddUnique(out, schema::kSpeaker + AliasTable::Key(match));
    return out;
  }

  // Whose a title is: words after "to", "of", "for" (`owner`) but description, or a known organization.
  Terms WhoseWords(const std::vector<std::string>& words, const std::vector<bool>& is_title, const std::vector<bool>& owner) {
    Terms whose;
    for (size_t i = 0; i < words.size(); ++i) {
      const bool described = IsLatin(words[i]) && !std::isupper(static_cast<unsigned char>(words[i][0]));
      if (!is_title[i] && !described && (owner[i] || !Existing(words[i], schema::kOrg).empty())) whose.push_back(words[i]);
    }
    return whose;
  }
  // Their terms: the organization, else the person ("an aide to Mubarak").
  Terms WhoseTerms(const Terms& whose) {
    Terms terms = org_names_.Terms(whose, true);
    return terms.empty() ? PersonTerms(whose, true) : terms;
  }

  // An organization, with a role at it when titles were given ("경찰 관계자",
  // "UN chief"): its quotes, or those of the people quoted for it.
  SpeakerFilter Organization(const std::vector<std::string>& words, const Terms& titles) {
    const Terms orgs = org_names_.Terms(words, !titles.empty());
    if (orgs.empty()) return {};
    Xapian::Query org = AnyTerm(orgs);
    if (!titles.empty()) {
      if (Matches(Xapian::Query(Xapian::Query::OP_AND, org, AnyTerm(titles)))) {
        SpeakerFilter out = Done(orgs, SpeakerKind::kOrganization, "organization, with the title");
        out.filter = Xapian::Query(Xapian::Query::OP_AND, out.filter, AnyTerm(titles));
        AddHolders(&out);
        return out;
      }
      // "Korea's environment minister": never all of Korea's people.
      return {};
    }
    // An organization speaks through people: their other quotes too.
    Terms terms = orgs;
    std::vector<std::string> people;
    for (const auto& [person, role] : SpeakersOf(org)) {
      if (CodePointCount(AliasTable::Key(person)) < 2) continue;
      AddUnique(terms, schema::kSpeaker + AliasTable::Key(person));
      AddUnique(people, person);
    }
    SpeakerFilter out = Done(terms, SpeakerKind::kOrganization, "organization: its quotes and its people");
    out.expansions.clear();  // the organization's spellings (XO and XP alike), then its people
    for (const auto& t : orgs) AddUnique(out.expansions, t.substr(2));
    for (const auto& p : people) AddUnique(out.expansions, p);
    return out;
  }

  // A title alone ("대통령은", "the president"): the people quoted with it, all their quotes.
  SpeakerFilter Holders(const Terms& titles) {
    Terms terms = titles;
    std::vector<std::string> people;
    for (const auto& [person, role] : SpeakersOf(AnyTerm(titles))) {
      if (!RoleEndsWithTitle(role, titles) || CodePointCount(AliasTable::Key(person)) < 2) continue;
      AddUnique(terms, schema::kSpeaker + AliasTable::Key(person));
      AddUnique(people, person);
    }
    SpeakerFilter out = Done(terms, SpeakerKind::kTitleHolders, "title: the people quoted with it");
    out.title_holders = true;
    out.expansions = people;
    return out;
  }

  // "President Lee", "윤 대통령": holders of the title whose name starts with the surname.
  Terms SurnameHolders(const std::vector<std::string>& words, const Terms& titles) {
    if (titles.empty() || words.size() != 1) return {};
    std::vector<std::string> surnames = HangulSurnames(words[0]);
    if (surnames.empty() && CodePointCount(words[0]) == 1) surnames.push_back(words[0]);
    // The most recent holder: "President Lee" is one person, never all the Lees who were presidents.
    for (const auto& [speaker, role] : SpeakersOf(AnyTerm(titles))) {
      if (!RoleEndsWithTitle(role, titles)) continue;
      for (const auto& s : surnames) {
        if (speaker.compare(0, s.size(), s) == 0 && CodePointCount(speaker) > 1) return {schema::kSpeaker + AliasTable::Key(speaker)};
      }
    }
    return {};
  }

  // The speakers (display form) and their roles of the quotes matching `filter`, newest first.
  std::vector<std::pair<std::string, std::string>> SpeakersOf(const Xapian::Query& filter) {
    std::vector<std::pair<std::string, std::string>> people;
    for (const StoredDocument& quote : archive_.BestDocumentPerSpeaker(Xapian::Query(Xapian::Query::OP_FILTER, Quotes(), filter), kScanQuotes)) {
      std::pair<std::string, std::string> who{quote.speaker, quote.role};
      if (std::find(people.begin(), people.end(), who) == people.end()) people.push_back(who);
      // The indexer gives a quote the term of its speaker's name (document_builder.cc).
      AddUnique(speaker_terms_, schema::kSpeaker + AliasTable::Key(quote.speaker));
    }
    return people;
  }
  bool Matches(const Xapian::Query& q) { return archive_.AnyMatch(q); }
  ArchiveReader& archive_;
  const SpellingsOf spellings_of_ = [this](const std::string& w) { return archive_.Spellings(w); };
  Terms title_terms_;
  Terms glossary_titles_;  // title_terms_ only the news glossary gave (TitleTermsOf)
  Terms speaker_terms_;  // the name terms of the quotes SpeakersOf read
  std::vector<std::string> long_names_;  // LongInstitutionNames of the words asked
  bool speakers_loaded_ = false;
  std::vector<std::string> speakers_;  // the index's Hangul speaker keys (LoadSpeakers)
  // Organizations named in the words asked, with long_names_ and speakers_ read from here.
  OrganizationNames org_names_{archive_, long_names_, [this]() -> const std::vector<std::string>& {
                                 LoadSpeakers();
                                 return speakers_;
                               }};
};

}  // namespace

std::vector<std::string> RomanizedKoreanNames(const std::string& text, ArchiveReader& archive) {
  std::vector<std::string> words;
  for (const auto& w : SplitSpaces(text)) words.push_back(WithoutPossessive(w));
  Resolver resolver(archive);
  std::vector<std::string> out;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    // "Lee Kun-hee", "Kim Hwang-sik": a surname, then a hyphenated given name.
    if (!IsRomanizedKoreanName(words[i], words[i + 1])) continue;
    for (const auto& t : resolver.RomanizedKoreanName(words[i] + " " + words[i + 1])) AddUnique(out, t.substr(2));
  }
  return out;
}

SpeakerFilter NarrowSpeaker(const std::string& speaker, ArchiveReader& archive) {
  return speaker.empty() ? SpeakerFilter{} : Resolver(archive).Resolve(speaker);
}

}  // namespace kosearch
