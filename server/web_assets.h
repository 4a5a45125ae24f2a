// The web page's files (server/web/), compiled into kosearch-server by
// embed_assets.cmake: nothing is read from disk or fetched at run time.
#pragma once

#include <cstddef>
#include <vector>

struct WebAsset {
  const char* path;          // "/", "/app.js", …
  const char* content_type;  // with charset for text
  const char* data;
  size_t size;
};

const std::vector<WebAsset>& WebAssets();
