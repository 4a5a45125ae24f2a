// The values of schema::kSlotSort (the key equal scores are ordered by) and
// schema::kSlotHit (that key, then the stored document). Xapian sends each
// match's sort key with the match (over remote shards too, where fetching a
// document is a round trip of its own): sorted on kSlotHit, a match carries
// what its hit shows. Internal header.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>

namespace kosearch {

// The sort key: a 10-byte date ("YYYY-MM-DD", missing parts "00"), then
// each byte of the id complemented, then 0xFF. Sorted descending it orders
// documents newest first, then by id ascending ("a" before "ab" before
// "b"): an order that does not depend on which shard holds a document.
// Quote `quote` (>= 0) has "#q" and its number zero-padded to 4 digits
// after the id, so quotes keep the order of the text. `payload` (the
// document's stored data, for kSlotHit) follows the 0xFF: no two
// documents' keys share their part before it, so a payload never changes
// the order.
std::string SortKey(const std::string& date, const std::string& id, int quote = -1, std::string_view payload = {});

// The id a sort key holds ("<article id>#q<n>" for a quote); empty for a
// value that is no sort key.
std::string IdOfSortKey(std::string_view key);

// The payload after a sort key's id: empty when the key has none (a
// kSlotSort value, or a value that is no sort key, such as the date an
// order by date compares).
std::string_view PayloadOfSortKey(std::string_view key);

// The value of schema::kSlotHit: the sort key, then `data` (the stored
// document, EncodeStoredDocument) compressed with zlib (as Xapian
// compresses document data; 4 bytes little-endian of its length first).
std::string HitKey(const std::string& date, const std::string& id, int quote, std::string_view data);

// The stored document a kSlotHit value holds; empty when `key` has no
// payload (a kSlotSort value, a date) or its payload does not inflate.
std::string StoredDataOfHitKey(std::string_view key);

// The stored document's data (EncodeStoredDocument) of `doc`: from its
// kSlotHit value, or its document data (schema version 3).
std::string StoredData(const Xapian::Document& doc);

}  // namespace kosearch
