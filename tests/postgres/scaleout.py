#!/usr/bin/python3
"""scaleout.py -- `make test-postgres-scaleout`: textkit on a coordinator
and two shards joined by postgres_fdw (docs/postgres.md, "Scale-out"),
against one server. Ends with "N passed, N failed".

    /usr/bin/python3 tests/postgres/scaleout.py --pgbin build/pgroot/usr/lib/postgresql/15/bin
        [--docs 300]

Starts three throwaway clusters (tests/postgres/pg_clusters.py), builds the
layout of tests/postgres/scale_layout.py over a corpus of --docs generated
articles (tests/bench/make_corpus.py: CoNLL-2003 sentences when ../shared
is present, else its synthetic fallback), then for each per-document query
(tokens, entities, minhash) checks that its rows are the single server's:
  - through the coordinator on the partitioned docs (the shards send the
    bodies; the coordinator runs what postgres_fdw does not ship),
  - through the coordinator on the shards' views (the shards run it all);
and, with EXPLAIN VERBOSE, which textkit functions are in the remote SQL:
a WHERE on token_count() is shipped, and only with the server option
extensions 'textkit'; an aggregate of token_count() grouped by the
partition key is shipped whole (enable_partitionwise_aggregate); the set-returning tokens() and entities() and a select-list
minhash() run on the coordinator. Prints each run's time.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from pg_clusters import Clusters  # noqa: E402
from scale_layout import QUERIES, build, write_csv  # noqa: E402

DIGEST = "SELECT count(*), md5(string_agg(r::text, E'\\n' ORDER BY r::text)) FROM ({query}) r;"


class Checks:
    """PASS/FAIL lines and their tally."""

    def __init__(self):
        self.passed = self.failed = 0

    def check(self, ok, what, detail=""):
        """Count and print one check."""
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        print(f"{'PASS' if ok else 'FAIL'} {what}{f': {detail}' if detail else ''}", flush=True)


def timed_digest(coord, query):
    """(row count, md5 of the sorted rows, seconds) of query on coord."""
    t0 = time.perf_counter()
    out = coord.sql(DIGEST.format(query=query)).strip()
    secs = time.perf_counter() - t0
    count, md5 = out.split("|")
    return int(count), md5, secs


def remote_sql(coord, query, settings=""):
    """The Remote SQL lines of query's EXPLAIN VERBOSE plan on coord."""
    plan = coord.sql(f"{settings} EXPLAIN VERBOSE {query};")
    return re.findall(r"Remote SQL: (.*)", plan)


def check_results(checks, coord):
    """Every per-document query, three ways, gives the same rows."""
    for name, (query, _) in QUERIES.items():
        one = timed_digest(coord, query.format(docs="docs_local"))
        fetched = timed_digest(coord, query.format(docs="docs"))
        shards = timed_digest(coord, f"SELECT * FROM doc_{name}")
        checks.check(one[0] > 0, f"{name}: the single server gives rows", f"{one[0]}")
        checks.check(fetched[:2] == one[:2], f"{name}: through the coordinator on docs = single server",
                     f"{fetched[0]} rows, md5 {fetched[1]} against {one[1]}")
        checks.check(shards[:2] == one[:2], f"{name}: the shards' views through the coordinator = single server",
                     f"{shards[0]} rows, md5 {shards[1]} against {one[1]}")
        print(f"     {name}: single server {one[2]:.2f} s, coordinator on docs {fetched[2]:.2f} s, "
              f"on the shards' views {shards[2]:.2f} s", flush=True)


def check_pushdown(checks, coord):
    """Which textkit functions postgres_fdw ships to the shards."""
    tokens, entities, minhash = (QUERIES[name][0].format(docs="docs") for name in QUERIES)
    for name, query in (("tokens()", tokens), ("entities()", entities)):
        remote = remote_sql(coord, query)
        checks.check(len(remote) == 2 and not any("textkit." in r for r in remote),
                     f"{name} in FROM is not shipped: the shards send id, body", remote[0] if remote else "")
    remote = remote_sql(coord, minhash)
    checks.check(len(remote) == 2 and all("textkit.token_count(body) > 0" in r for r in remote)
                 and not any("minhash" in r for r in remote),
                 "WHERE token_count() is shipped, minhash() in the select list is not", remote[0] if remote else "")
    for k in (0, 1):
        coord.sql(f"ALTER SERVER shard{k} OPTIONS (DROP extensions);")
    remote = remote_sql(coord, minhash)
    checks.check(remote and not any("textkit." in r for r in remote),
                 "without extensions 'textkit' nothing is shipped", remote[0] if remote else "")
    for k in (0, 1):
        coord.sql(f"ALTER SERVER shard{k} OPTIONS (ADD extensions 'textkit');")
    grouped = "SELECT id, sum(textkit.token_count(body)) FROM {docs} GROUP BY id"
    partitionwise = "SET enable_partitionwise_aggregate = on;"
    remote = remote_sql(coord, grouped.format(docs="docs"), partitionwise)
    checks.check(len(remote) == 2 and all("sum(textkit.token_count(body))" in r for r in remote),
                 "an aggregate of token_count() grouped by the partition key is shipped whole",
                 remote[0] if remote else "")
    here = coord.sql(DIGEST.format(query=grouped.format(docs="docs_local"))).strip()
    there = coord.sql(partitionwise + DIGEST.format(query=grouped.format(docs="docs"))).strip()
    checks.check(here == there, "the shipped aggregate = single server", f"{there} against {here}")
    for name in QUERIES:
        remote = remote_sql(coord, f"SELECT * FROM doc_{name}")
        checks.check(len(remote) == 2 and all(f"doc_{name}_" in r for r in remote),
                     f"doc_{name} reads the shards' views", remote[0] if remote else "")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pgbin", required=True, help="bin folder of a PostgreSQL with textkit installed")
    ap.add_argument("--docs", type=int, default=300)
    args = ap.parse_args()
    if not os.path.exists(os.path.join(args.pgbin, "initdb")):
        print(f"scaleout: skipped: no PostgreSQL in {args.pgbin} (make deps-postgres pgroot)")
        print("0 passed, 0 failed")
        return 0
    folder = os.path.join(ROOT, "build", "scale", f"c{args.docs}")
    if not os.path.isdir(folder):
        subprocess.run([sys.executable, os.path.join(ROOT, "tests", "bench", "make_corpus.py"),
                        str(args.docs), folder], check=True)
    checks = Checks()
    with tempfile.TemporaryDirectory() as tmp, \
            Clusters(os.path.abspath(args.pgbin), ["coord", "shard0", "shard1"]) as cs:
        csv_path = os.path.join(tmp, "docs.csv")
        n = write_csv(folder, csv_path)
        coord, shards = cs["coord"], [cs["shard0"], cs["shard1"]]
        build(coord, shards, csv_path)
        counts = [int(s.sql(f"SELECT count(*) FROM docs_{k};")) for k, s in enumerate(shards)]
        checks.check(sum(counts) == n and min(counts) > 0, "the documents are spread over both shards",
                     f"{counts[0]} + {counts[1]} of {n}")
        check_results(checks, coord)
        check_pushdown(checks, coord)
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
