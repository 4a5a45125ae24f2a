// Phrases checked in the stored text (see phrase_check.h).
#include "phrase_check.h"

#include <nlohmann/json.hpp>

#include "kosearch/analyzer.h"
#include "schema.h"

namespace kosearch {

bool TextHasPhrase(const std::string& text, const std::vector<std::string>& terms) {
  if (terms.empty()) return true;
  const std::vector<Token> tokens = Analyze(text);
  // Tokens come in position order; a position may hold two (a one-syllable
  // stem's unigram beside its bigram), so look ahead within a small window.
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].term != terms[0]) continue;
    size_t at = i;
    bool all = true;
    for (size_t k = 1; k < terms.size() && all; ++k) {
      const uint32_t want = tokens[i].position + static_cast<uint32_t>(k);
      all = false;
      for (size_t j = at + 1; j < tokens.size() && tokens[j].position <= want; ++j) {
        if (tokens[j].position == want && tokens[j].term == terms[k]) { at = j; all = true; break; }
      }
    }
    if (all) return true;
  }
  return false;
}

bool DocumentHasPhrases(const std::string& data, const std::vector<PhraseCheck>& checks) {
  nlohmann::json doc = nlohmann::json::parse(data, nullptr, false);
  if (!doc.is_object()) return false;
  auto str = [&](const char* k) {
    auto it = doc.find(k);
    return it != doc.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  const bool quote = str("kind") == schema::kKindQuote;
  const std::string title = quote ? std::string() : str("title");
  const std::string body = str("text");
  for (const PhraseCheck& c : checks) {
    bool in_title = c.field != PhraseCheck::Field::kBody && TextHasPhrase(title, c.terms);
    if (!in_title && (c.field == PhraseCheck::Field::kTitle || !TextHasPhrase(body, c.terms))) return false;
  }
  return true;
}

}  // namespace kosearch
