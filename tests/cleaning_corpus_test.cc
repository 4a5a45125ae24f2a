// Cleaning over whole archives: no article loses text it should keep. For
// every article of the bundled corpus (and of ../shared/corpus when it is
// beside the checkout), the visible characters kept are compared with the
// characters in; what was removed must be accounted for by the cleaner's
// report (footer, credit lines, links), and no article may lose more than 5%
// to anything but a footer block or links. Articles whose drop is over 5% are
// listed with their reasons (run with -s to see them).
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "kosearch/cleaner.h"
#include "kosearch/reader.h"
#include "text/unicode_text.h"

namespace {

size_t Visible(std::string_view text) {
  size_t n = 0;
  for (char32_t c : kosearch::ToU32(text)) n += !(c == U' ' || c == U'\t' || c == U'\r' || c == U'\n');
  return n;
}

std::vector<std::string> ArchiveInputs() {
  std::vector<std::string> inputs = {KOSEARCH_TEST_CORPUS, std::string(KOSEARCH_TEST_DATA) + "/cleaning"};
  std::filesystem::path shared = std::filesystem::path(KOSEARCH_TEST_CORPUS) / ".." / ".." / "shared" / "corpus";
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(shared, ec)) {
    auto articles = entry.path() / "articles.jsonl";
    if (std::filesystem::exists(articles, ec)) inputs.push_back(articles.string());
  }
  return inputs;
}

}  // namespace

TEST_CASE("every archive article keeps its text; each drop over 5% is explained") {
  std::vector<std::string> errors;
  size_t articles = 0, explained_drops = 0;
  auto status = kosearch::ReadArticles(
      ArchiveInputs(),
      [&](kosearch::Article&& a) {
        ++articles;
        auto c = kosearch::CleanBody(a.body);
        // NFKC may lengthen or shorten text slightly (㈜ → (주)); compare against the body's own NFKC.
        size_t in = Visible(kosearch::Nfkc(a.body));
        size_t kept = Visible(c.text);
        INFO("article " << a.id << " (" << a.origin << "): in " << in << ", kept " << kept << ", footer block "
                        << c.footer_chars << ", credit lines " << c.line_chars << ", links " << c.link_chars);
        CHECK(kept > 0);
        size_t removed = in > kept ? in - kept : 0;
        size_t explained = c.footer_chars + c.line_chars + c.link_chars;
        // What the report does not explain is at most NFKC noise.
        CHECK(removed <= explained + in / 100 + 2);
        // Credit lines are single short lines: a few of them at most, never 5% of a long article.
        CHECK((c.line_chars * 20 <= in || c.line_chars <= 120));
        if (removed * 20 > in) {
          ++explained_drops;
          MESSAGE("drop over 5% explained: " << a.id << " in " << in << ", kept " << kept << ": footer block "
                                            << c.footer_chars << " (source '" << c.footer_source << "'), credit lines "
                                            << c.line_chars << ", links " << c.link_chars);
        }
        return true;
      },
      [&](const std::string& error) { errors.push_back(error); });
  REQUIRE(status.ok());
  CHECK(errors.empty());
  CHECK(articles >= 5);  // the seed, the bundled Wikinews sample and the news shapes at least
  MESSAGE(articles << " articles checked, " << explained_drops << " with an explained drop over 5%");
}
