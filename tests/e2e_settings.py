#!/usr/bin/env python3
"""End-to-end: the analyzer's choices are the database's, not the environment's.

kosearch-index reads KOSEARCH_PARTICLES / KOSEARCH_LIGHT_VERBS for a NEW
database only and records the choice in its metadata (schema/README.md);
kosearch-query analyzes queries as the database records, whatever its own
environment says. Checks, through the built CLIs:
- an index built with particles kept records kosearch.particles=0 (--stats
  and the Xapian metadata), and a query word carrying a particle finds only
  the articles that have it with that particle, also when the query process
  has KOSEARCH_PARTICLES=on; a default index finds both forms, also when the
  query process has KOSEARCH_PARTICLES=off;
- a later run without the variable keeps the recorded choice; a run asking for
  another one on that database is refused (exit 2, one line), nothing added;
- a sharded index records the choice in every shard; a query over shards of
  different choices is refused with one line.
"""
import json, os, pathlib, shutil, subprocess, sys, tempfile

import harness

# Made-up news sentences: one word, with the object particle 를 or the subject particle 가.
ARTICLES = [
    {"id": "sunflower-object", "title": "해바라기 축제", "date": "2025-08-01",
     "body": "올해도 농가들이 해바라기를 심었다. 축제는 다음 달에 열린다."},
    {"id": "sunflower-subject", "title": "들판 풍경", "date": "2025-08-02",
     "body": "들판에 해바라기가 가득 피었다. 관광객이 몰렸다."},
]
LATER = {"id": "sunflower-painter", "title": "화가의 그림", "date": "2025-08-03", "body": "화가는 해바라기를 그렸다."}


def env_with(**variables):
    env = {k: v for k, v in os.environ.items() if not k.startswith("KOSEARCH_")}
    env.update(variables)
    return env


def main():
    a, _ = harness.cli_args()
    check = harness.Checks()

    def index(db, *inputs, env=None, extra=()):
        return subprocess.run([a.index, "-q", "--db", str(db), *extra, *map(str, inputs)], capture_output=True,
                              text=True, env=env or env_with(), timeout=300)

    def search(dbs, q, env=None):
        args = [a.query, "--json", "--limit", "10"]
        for db in dbs:
            args += ["--db", str(db)]
        r = subprocess.run(args + [q], capture_output=True, text=True, env=env or env_with(), timeout=120)
        if r.returncode not in (0, 1):
            raise SystemExit(f"kosearch-query {q!r} failed ({r.returncode}): {r.stderr.strip()}")
        return sorted(h["id"] for h in json.loads(r.stdout)["results"])

    def stats(db):
        r = subprocess.run([a.query, "--db", str(db), "--stats", "--json"], capture_output=True, text=True,
                           env=env_with(), timeout=120)
        return json.loads(r.stdout)

    def metadata(db, key):
        r = subprocess.run(["xapian-metadata", "get", str(db), key], capture_output=True, text=True)
        return r.stdout.strip() if r.returncode == 0 else f"<xapian-metadata failed: {r.stderr.strip()}>"

    both = ["sunflower-object", "sunflower-subject"]
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="kosearch-settings-"))
    try:
        articles = harness.write_jsonl(tmp / "articles.jsonl", ARTICLES)
        kept, cut = tmp / "kept", tmp / "cut"
        for db, env in ((kept, env_with(KOSEARCH_PARTICLES="off")), (cut, env_with())):
            r = index(db, articles, env=env)
            if r.returncode != 0:
                raise SystemExit(f"indexing into {db} failed: {r.stderr.strip()}")

        # The choice is recorded.
        check("particles kept: kosearch.particles=0 in the metadata", metadata(kept, "kosearch.particles") == "0",
              metadata(kept, "kosearch.particles"))
        check("particles kept: kosearch.light_verbs=1 in the metadata", metadata(kept, "kosearch.light_verbs") == "1",
              metadata(kept, "kosearch.light_verbs"))
        check("default: kosearch.particles=1 in the metadata", metadata(cut, "kosearch.particles") == "1",
              metadata(cut, "kosearch.particles"))
        s = stats(kept)
        check("--stats --json says particles false, light verbs true",
              (s.get("particles"), s.get("light_verbs")) == (False, True), s)

        # Searched with the recorded choice, whatever the query's environment says.
        for env in (env_with(), env_with(KOSEARCH_PARTICLES="on"), env_with(KOSEARCH_PARTICLES="off")):
            shown = {k: v for k, v in env.items() if k.startswith("KOSEARCH_")} or "no variable"
            got = search([kept], "해바라기를", env=env)
            check(f"particles kept, query with {shown}: 해바라기를 finds only the article with 를",
                  got == ["sunflower-object"], got)
            got = search([cut], "해바라기를", env=env)
            check(f"particles cut, query with {shown}: 해바라기를 finds both forms", got == both, got)

        # A later run keeps the recorded choice; asking for another is refused.
        later = harness.write_jsonl(tmp / "later.jsonl", [LATER])
        r = index(kept, later)
        check("a later run without the variable adds to the database", r.returncode == 0, r.stderr.strip())
        got = search([kept], "해바라기를")
        check("the later article was analyzed with particles kept, like the others",
              got == ["sunflower-object", "sunflower-painter"], got)
        before = stats(kept)["articles"]
        r = index(kept, harness.write_jsonl(tmp / "refused.jsonl", [dict(LATER, id="refused")]),
                  env=env_with(KOSEARCH_PARTICLES="on"))
        lines = r.stderr.strip().splitlines()
        check("asking an existing database for another choice: exit 2", r.returncode == 2, r.returncode)
        check("... with one line naming the database and its choice",
              len(lines) == 1 and str(kept) in lines[0] and "particles kept" in lines[0], r.stderr)
        check("... and nothing added", stats(kept)["articles"] == before, stats(kept)["articles"])

        # Shards: every shard records the choice; mixed choices are refused.
        sharded = tmp / "sharded"
        r = index(sharded, articles, env=env_with(KOSEARCH_PARTICLES="off"), extra=["--shards", "2"])
        check("sharded index with particles kept", r.returncode == 0, r.stderr.strip())
        shards = sorted(d for d in sharded.iterdir() if d.name.startswith("shard-"))
        check("two shard folders", len(shards) == 2, shards)
        for shard in shards:
            check(f"{shard.name} records kosearch.particles=0", metadata(shard, "kosearch.particles") == "0",
                  metadata(shard, "kosearch.particles"))
        got = search([sharded], "해바라기를", env=env_with(KOSEARCH_PARTICLES="on"))
        check("the sharded index is searched with particles kept", got == ["sunflower-object"], got)
        r = subprocess.run([a.query, "--db", str(sharded), "--db", str(cut), "해바라기"], capture_output=True,
                           text=True, env=env_with(), timeout=120)
        lines = r.stderr.strip().splitlines()
        check("shards of different choices: exit 2", r.returncode == 2, r.returncode)
        check("... with one line naming the odd shard", len(lines) == 1 and str(cut) in lines[0]
              and "same analyzer choices" in lines[0], r.stderr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return check.exit_code()


if __name__ == "__main__":
    sys.exit(main())
