// The blocks of rows the English news glossary (korean_lexicon.h,
// EnglishNewsTerms) is joined from, one file each by field of news; read
// only by korean_lexicon_news_terms.cc, which builds the one table callers see.
#pragma once

#include <span>

#include "text/korean_lexicon.h"

namespace kosearch::korean::news_terms {

// Politics and government; diplomacy, security, war; economy, business, labour.
std::span<const EnglishNewsTerm> PoliticsDiplomacyEconomy();
// Disasters and environment; health; science; courts and crime; people by
// role; society, education, religion.
std::span<const EnglishNewsTerm> SocietyAndJustice();
// Sports; culture and media; transport; events and actions; daily life;
// entertainment; the common words of every story; nationalities and regions.
std::span<const EnglishNewsTerm> CultureEventsAndCommonWords();

}  // namespace kosearch::korean::news_terms
