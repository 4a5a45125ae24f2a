// ExtractArticle: extraction of a whole article, boilerplate excluded.
#include "kosearch/cleaner.h"
#include "kosearch/extract.h"

namespace kosearch {

Extraction ExtractArticle(const Extractor& extractor, const Article& article) {
  return extractor.Extract(article.body, CleanBody(article.body).boilerplate_from);
}

}  // namespace kosearch
