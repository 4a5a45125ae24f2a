// The Korean lexicon's table of English news words (see korean_lexicon.h,
// EnglishNewsTerms): the Korean words news writes for an English word or
// phrase of politics, diplomacy and war, the economy and labour, disasters
// and the environment, health, science and technology, courts and crime,
// society, sports, culture, transport and events. Read by the question
// path (text/english_news_terms.h) so that the English words of a question
// ("sanctions", "strike", "after the earthquake") reach Korean quotes.
//
// Rules for rows: the English side is the dictionary form in lower case
// (singular noun, base verb; a phrase where its words together mean
// something else: "declaration of war", "air strike"); inflections are not
// listed (the question's words are lemmatised by rule). The Korean side is
// one or more words as Korean news writes them, separated by '|', most
// usual first, each a translation that holds in news whatever the context:
// a word with senses news keeps apart ("state", "race", "play") has no row.
// Chosen from general news vocabulary (the most frequent content words of
// the English side of a Korean-English news corpus, and the usual topics of
// news), not from any question set.
//
// The rows are kept in one file per field of news (korean_lexicon_news_terms_*.cc,
// declared in korean_lexicon_news_terms.h); this file joins them, in that order,
// into the one table: a key still has one row across all the blocks (the unit
// test checks it).
#include "text/korean_lexicon_news_terms.h"

#include <vector>

namespace kosearch::korean {

std::span<const EnglishNewsTerm> EnglishNewsTerms() {
  static const std::vector<EnglishNewsTerm> table = [] {
    std::vector<EnglishNewsTerm> rows;
    for (auto block : {news_terms::PoliticsDiplomacyEconomy(), news_terms::SocietyAndJustice(),
                       news_terms::CultureEventsAndCommonWords()}) {
      rows.insert(rows.end(), block.begin(), block.end());
    }
    return rows;
  }();
  return table;
}

}  // namespace kosearch::korean
