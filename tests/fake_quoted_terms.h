// A fake index for the question side's look-ups of quote terms
// (kosearch::QuotedTerms): the terms its quotes hold ("XP…" speaker, "XR…"
// role, "XO…" organization), the terms it was asked, and how many batched
// calls were made. Shared by the speaker-key, quoted-subject and
// sounded-speaker tests.
#pragma once

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "kosearch/search.h"

struct FakeQuotedTerms {
  std::set<std::string> held;
  std::vector<std::string> asked;
  int calls = 0;
  kosearch::QuotedTerms Source() {
    return [this](const std::vector<std::vector<std::string>>& term_sets) {
      ++calls;
      std::vector<bool> out;
      for (const auto& terms : term_sets) {
        bool any = false;
        for (const auto& t : terms) {
          asked.push_back(t);
          any = any || held.count(t) > 0;
        }
        out.push_back(any);
      }
      return out;
    };
  }
  bool AskedAnyRole() const {
    return std::any_of(asked.begin(), asked.end(), [](const std::string& t) { return t.rfind("XR", 0) == 0; });
  }
};
