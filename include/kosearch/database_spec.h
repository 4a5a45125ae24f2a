// DatabaseSpec: where the shards of one logical kosearch database live.
//
// A search runs over one or more shards, each either a local database folder
// or a remote one served by xapian-tcpsrv (Xapian's remote backend); the
// shards are combined into one database, so ranking, filters, facets and
// questions are the same as over a single database holding all the articles.
// A spec is built from what a user can name:
//
//   - a database folder ("kosearch.db");
//   - a Xapian stub database: a text file, or a folder holding one named
//     XAPIANDB (what `kosearch-index --shards N` writes), with one shard a line:
//         auto /srv/kosearch/shard-00      # local; relative paths are relative
//         glass shard-01                   #   to the stub's folder
//         remote 10.0.0.7:33333            # xapian-tcpsrv on host:port
//     ("#" starts a comment line; "auto" may name another stub);
//   - a remote shard "host:port" ("[::1]:port" for IPv6).
//
// Thread-safety: a plain value, safe to copy between threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kosearch/status.h"

namespace kosearch {

// One shard: a local database folder, or a remote database at host:port.
struct Shard {
  std::string path;   // local database folder; empty for a remote shard
  std::string host;   // remote shard: the xapian-tcpsrv host; empty for a local one
  uint16_t port = 0;  // remote shard: the xapian-tcpsrv port

  bool remote() const { return !host.empty(); }
  // The path, or "host:port": how messages name the shard.
  std::string Name() const;
};

struct DatabaseSpec {
  std::vector<Shard> shards;
  // With true, a remote shard that cannot be reached (when opening, or when it
  // fails during a search) is left out and named in
  // SearchResponse::missing_shards; the search runs over the live shards.
  // With false, such a shard fails the call with a message naming it.
  // Default: false
  bool allow_partial = false;
  // Remote shards: milliseconds allowed for connecting, and for each
  // operation on the connection (one round trip), before the shard counts as
  // unreachable. 0 waits forever. Default: 10000 (Xapian's default)
  unsigned timeout_ms = 10000;

  // Adds the shards at `location`: a database folder, a stub database file, or
  // a folder holding a stub named XAPIANDB (see above). Fails with NotFound
  // when nothing is there, InvalidArgument naming "file:line" for a line of a
  // stub that is not one of the forms above, IOError when a stub cannot be
  // read; the spec is unchanged then. A folder whose layout a writer switches
  // meanwhile (a compaction) is read again: it gives the old layout or the new.
  Status AddLocation(const std::string& location);

  // Adds the remote shard `host_port` ("host:port", "[v6 address]:port").
  // Fails with InvalidArgument when the port is missing or not in 1–65535.
  Status AddRemote(std::string_view host_port);

  // The shards' names joined with ", " (one shard: its name).
  std::string Describe() const;

  // What AddLocation and AddRemote were given, in order (a remote as
  // "remote:HOST:PORT"), so that the locations can be read again.
  std::vector<std::string> added{};

  // This spec with its locations read again: a compaction may have switched a
  // folder from its shards to one merged database since. Shards put into
  // `shards` directly are kept as they are when nothing was added. Fails like
  // AddLocation.
  Result<DatabaseSpec> Reread() const;
};

}  // namespace kosearch
