#!/usr/bin/python3
"""bench_scale.py -- the report's per-document work (tokens, entities,
MinHash) over 100,000 articles on every core and on several servers:

  1. SQLite, one process;
  2. SQLite, JOBS processes at once, each on its shard (id % JOBS);
  3. PostgreSQL, one server, max_parallel_workers_per_gather = 0;
  4. PostgreSQL, one server, max_parallel_workers_per_gather = 2 and
     no other setting (the functions' COST makes the planner choose the
     parallel plan; EXPLAIN must show 2 workers);
  5. PostgreSQL through a coordinator and two postgres_fdw shards
     (tests/postgres/scale_layout.py: the shards' views do the work, one
     row per document comes back).

    /usr/bin/python3 tests/bench/bench_scale.py --lib dist/textkit.so
        --pgbin build/pgroot/usr/lib/postgresql/15/bin [--docs 100000] [--jobs 2]

(`make bench` runs it through tests/bench/run_bench.py.) Each run prints
its wall time, documents per second and its speed-up over one SQLite
process; every run must give the same totals (tokens, words, entities,
signatures, signature bytes), or the bench fails. The SQLite lines also
give CPU seconds (of the busiest shard process), whose ratio is the
speed-up on free cores; the PostgreSQL lines the CPU seconds of every
server process the run used (the postmasters' reaped children). Targets: SQLite JOBS=2 >= 1.7x one process; PostgreSQL with 2 workers >= 1.6x its serial plan.
The PostgreSQL runs are skipped, with a message, when --pgbin has no
PostgreSQL (make deps-postgres; make bench builds build/pgroot). The
corpus is tests/bench/make_corpus.py's (build/bench/report/c<docs>, shared
with bench_report.py); times on a machine busy with other work are only
indicative.
"""
import argparse
import csv
import os
import sqlite3
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "postgres"))
from pg_clusters import Clusters  # noqa: E402
from scale_layout import build, write_csv  # noqa: E402

SQLITE3 = os.environ.get("SQLITE3", "sqlite3")
TARGET_JOBS, TARGET_PG = 1.7, 1.6

# The same totals in each dialect; {where} selects a shard in SQLite.
SQLITE_WORK = [
    "SELECT count(*), sum(t.kind = 'word') FROM docs d, tokens(d.body) t WHERE {where};",
    "SELECT count(*) FROM docs d, entities(d.body, 'ref=auto') e WHERE {where};",
    "SELECT count(*), sum(length(minhash(d.body))) FROM docs d WHERE token_count(d.body) > 0 AND {where};",
]
PG_WORK = [
    "SELECT count(*), count(*) FILTER (WHERE t.kind = 'word') FROM docs_local d, textkit.tokens(d.body) t;",
    "SELECT count(*) FROM docs_local d, textkit.entities(d.body, 'ref=auto') e;",
    "SELECT count(*), sum(length(textkit.minhash(d.body))) FROM docs_local d "
    "WHERE textkit.token_count(d.body) > 0;",
]
# Through the coordinator: the shards' per-document views, grouped by the
# partition key so that postgres_fdw ships the grouping (one row per
# document comes back, not one per entity or a whole signature).
FDW_WORK = [
    "SELECT sum(tokens), sum(words) FROM doc_tokens;",
    "SELECT sum(n) FROM (SELECT doc_id, count(*) AS n FROM doc_entities GROUP BY doc_id) s;",
    "SELECT count(*), sum(n) FROM (SELECT doc_id, sum(length(sig)) AS n FROM doc_minhash GROUP BY doc_id) s;",
]
SERIAL = "SET max_parallel_workers_per_gather = 0;"
PARALLEL = "SET max_parallel_workers_per_gather = 2;"
PARTITIONWISE = "SET enable_partitionwise_aggregate = on;"


def corpus(n):
    """The folder of n articles (bench_report.py's), built on first use."""
    folder = os.path.join(ROOT, "build", "bench", "report", f"c{n}")
    if not os.path.isdir(folder):
        subprocess.run([sys.executable, os.path.join(HERE, "make_corpus.py"), str(n), folder], check=True)
    return folder


def sqlite_db(csv_path, path):
    """A SQLite database with docs(id, name, body) from the CSV."""
    if os.path.exists(path):
        os.remove(path)
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE docs(id INTEGER PRIMARY KEY, name TEXT, body TEXT)")
    with open(csv_path, newline="", encoding="utf-8") as f:
        con.executemany("INSERT INTO docs VALUES (?, ?, ?)", csv.reader(f))
    con.commit()
    con.close()


def totals(outputs):
    """The totals of the work's output lines ('a|b' per statement), summed
    over shards: a tuple of integers."""
    sums = None
    for out in outputs:
        values = [int(v) for line in out.split() for v in line.split("|")]
        sums = values if sums is None else [a + b for a, b in zip(sums, values)]
    return tuple(sums)


def run_sqlite(lib, db, jobs):
    """The work in jobs sqlite3 processes at once; (seconds, totals, CPU
    seconds of the busiest process)."""
    load = os.path.splitext(lib)[0]
    t0 = time.perf_counter()
    procs = []
    for k in range(jobs):
        where = f"d.id % {jobs} = {k}" if jobs > 1 else "true"
        proc = subprocess.Popen([SQLITE3, "-batch", db, "-cmd", f".load {load}"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        proc.stdin.write("\n".join(sql.format(where=where) for sql in SQLITE_WORK) + "\n")
        proc.stdin.close()
        procs.append(proc)
    outputs, cpu = [], 0.0
    for proc in procs:
        out, err = proc.stdout.read(), proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        if status or err:
            raise SystemExit(f"bench_scale: sqlite3 failed: {err[-500:]}")
        outputs.append(out)
        cpu = max(cpu, usage.ru_utime + usage.ru_stime)
    return time.perf_counter() - t0, totals(outputs), cpu


def run_pg(clusters, settings, work):
    """The work in one psql session on clusters[0] after settings;
    (seconds, totals, CPU seconds of every server process it used)."""
    before = sum(c.children_cpu() for c in clusters)
    t0 = time.perf_counter()
    out = clusters[0].sql(settings + "\n" + "\n".join(work))
    secs = time.perf_counter() - t0
    time.sleep(0.5)  # the backends exit after psql: let the postmasters reap them
    return secs, totals([out]), sum(c.children_cpu() for c in clusters) - before


def workers_planned(cluster, settings, work):
    """The 'Workers Planned' of each statement's plan (0 when none)."""
    counts = []
    for sql in work:
        plan = cluster.sql(f"{settings} EXPLAIN {sql}")
        planned = [int(line.split(":")[1]) for line in plan.splitlines() if "Workers Planned" in line]
        counts.append(max(planned, default=0))
    return counts


def shipped_grouping(cluster):
    """True when the fdw work's grouped statements ship their GROUP BY."""
    for sql in FDW_WORK[1:]:
        plan = cluster.sql(f"{PARTITIONWISE} EXPLAIN VERBOSE {sql}")
        remote = [line for line in plan.splitlines() if "Remote SQL" in line]
        if len(remote) != 2 or not all("GROUP BY" in line for line in remote):
            return False
    return True


def line(name, secs, n, base, extra=""):
    """One result line."""
    print(f"  {name:<44} {secs:>8.2f} s {n / secs:>9.0f} docs/s {base / secs:>6.2f}x{extra}", flush=True)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default=os.path.join(ROOT, "dist", "textkit.so"))
    ap.add_argument("--pgbin", default="")
    ap.add_argument("--docs", type=int, default=100000)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    lib = os.path.abspath(args.lib)
    folder = corpus(args.docs)
    status = 0
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = os.path.join(tmp, "docs.csv")
        n = write_csv(folder, csv_path)
        db = os.path.join(ROOT, "build", "bench", f"scale{args.docs}.db")
        sqlite_db(csv_path, db)
        print(f"{n} articles ({os.path.getsize(csv_path) / 1e6:.1f} MB); per document: tokens(), "
              f"entities(body, 'ref=auto'), minhash(); speed-up over one SQLite process", flush=True)
        base, want, base_cpu = run_sqlite(lib, db, 1)
        line("SQLite, one process", base, n, base, f"  cpu {base_cpu:.2f} s")
        print(f"  totals: tokens {want[0]}, words {want[1]}, entities {want[2]}, signatures {want[3]}, "
              f"bytes {want[4]}", flush=True)
        results = []
        secs, got, cpu = run_sqlite(lib, db, args.jobs)
        ok = secs * TARGET_JOBS <= base
        line(f"SQLite, JOBS={args.jobs} (id % {args.jobs} shards)", secs, n, base,
             f"  {'PASS' if ok else 'SHORT'} (target {TARGET_JOBS}x); busiest shard's cpu {cpu:.2f} s: "
             f"{base_cpu / cpu:.2f}x on free cores")
        results.append(("SQLite JOBS", got))
        os.remove(db)
        if not os.path.exists(os.path.join(args.pgbin, "initdb")):
            print(f"  PostgreSQL: skipped: no PostgreSQL in '{args.pgbin}' (make deps-postgres; "
                  "make bench builds build/pgroot)", flush=True)
        else:
            with Clusters(os.path.abspath(args.pgbin), ["coord", "shard0", "shard1"],
                          {"shared_buffers": "256MB"}) as cs:
                coord = cs["coord"]
                build(coord, [cs["shard0"], cs["shard1"]], csv_path)
                planned = workers_planned(coord, PARALLEL, PG_WORK)
                serial, got, serial_cpu = run_pg([coord], SERIAL, PG_WORK)
                line("PostgreSQL, max_parallel_workers_per_gather=0", serial, n, base, f"  cpu {serial_cpu:.2f} s")
                results.append(("PostgreSQL serial", got))
                secs, got, cpu = run_pg([coord], PARALLEL, PG_WORK)
                ok = secs * TARGET_PG <= serial and planned == [2] * len(PG_WORK)
                line("PostgreSQL, max_parallel_workers_per_gather=2", secs, n, base,
                     f"  {serial / secs:.2f}x its serial plan, workers planned {planned}: "
                     f"{'PASS' if ok else 'SHORT'} (target {TARGET_PG}x); cpu {cpu:.2f} s in all")
                results.append(("PostgreSQL parallel", got))
                shipped = shipped_grouping(coord)
                secs, got, cpu = run_pg([coord, cs["shard0"], cs["shard1"]], PARTITIONWISE, FDW_WORK)
                line("PostgreSQL, coordinator + 2 fdw shards", secs, n, base,
                     f"  grouping shipped: {'yes' if shipped else 'NO'}; cpu {cpu:.2f} s in all three servers")
                results.append(("fdw shards", got))
    for name, got in results:
        if got != want:
            print(f"  FAIL {name} totals {got} differ from one SQLite process's {want}")
            status = 1
    print("  (docs/s: articles per wall-clock second; the machine's other work slows every run)")
    return status


if __name__ == "__main__":
    sys.exit(main())
