// The sort key and its payload (see sort_key.h).
#include "index/sort_key.h"

#include <zlib.h>

#include "index/schema.h"

namespace kosearch {

namespace {

constexpr size_t kDateBytes = 10;
constexpr unsigned char kIdEnd = 0xFF;

// The position of the 0xFF that ends the id, or npos.
size_t IdEnd(std::string_view key) {
  if (key.size() <= kDateBytes) return std::string_view::npos;
  return key.find(static_cast<char>(kIdEnd), kDateBytes);
}

}  // namespace

std::string SortKey(const std::string& date, const std::string& id, int quote, std::string_view payload) {
  static const std::string kNoDate = "0000-00-00";
  std::string key = date.size() >= kDateBytes ? date.substr(0, kDateBytes) : date + kNoDate.substr(date.size());
  std::string full_id = id;
  if (quote >= 0) {
    std::string num = std::to_string(quote);
    full_id += "#q" + std::string(num.size() < 4 ? 4 - num.size() : 0, '0') + num;
  }
  key.reserve(key.size() + full_id.size() + 1 + payload.size());
  for (unsigned char c : full_id) key.push_back(static_cast<char>(kIdEnd - c));
  key.push_back(static_cast<char>(kIdEnd));
  key += payload;
  return key;
}

std::string IdOfSortKey(std::string_view key) {
  std::string id;
  const size_t end = IdEnd(key);
  if (end == std::string_view::npos) return id;
  for (size_t i = kDateBytes; i < end; ++i) id.push_back(static_cast<char>(kIdEnd - static_cast<unsigned char>(key[i])));
  return id;
}

std::string_view PayloadOfSortKey(std::string_view key) {
  const size_t end = IdEnd(key);
  return end == std::string_view::npos ? std::string_view() : key.substr(end + 1);
}

std::string HitKey(const std::string& date, const std::string& id, int quote, std::string_view data) {
  uLongf packed_size = compressBound(data.size());
  std::string payload(4 + packed_size, '\0');
  for (int i = 0; i < 4; ++i) payload[i] = static_cast<char>((data.size() >> (8 * i)) & 0xFF);
  int z = compress(reinterpret_cast<Bytef*>(payload.data() + 4), &packed_size, reinterpret_cast<const Bytef*>(data.data()),
                   data.size());
  if (z != Z_OK) return SortKey(date, id, quote);  // (only out of memory) no payload: the document is fetched
  payload.resize(4 + packed_size);
  return SortKey(date, id, quote, payload);
}

std::string StoredDataOfHitKey(std::string_view key) {
  const std::string_view payload = PayloadOfSortKey(key);
  if (payload.size() < 4) return {};
  uLongf size = 0;
  for (int i = 0; i < 4; ++i) size |= static_cast<uLongf>(static_cast<unsigned char>(payload[i])) << (8 * i);
  // A document is at most a 1 MiB body escaped (IndexWriter refuses longer): a larger size is damage.
  constexpr uLongf kMaxDataBytes = 64 << 20;
  if (size > kMaxDataBytes) return {};
  std::string data(size, '\0');
  uLongf got = size;
  if (uncompress(reinterpret_cast<Bytef*>(data.data()), &got, reinterpret_cast<const Bytef*>(payload.data() + 4),
                 payload.size() - 4) != Z_OK || got != size) {
    return {};
  }
  return data;
}

std::string StoredData(const Xapian::Document& doc) {
  std::string data = StoredDataOfHitKey(doc.get_value(schema::kSlotHit));
  return data.empty() ? doc.get_data() : data;
}

}  // namespace kosearch
