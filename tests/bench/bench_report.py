#!/usr/bin/python3
"""bench_report.py -- the corpus report (sql/report.sql) at 1k, 10k and
100k articles: wall time, peak memory, growth, PASS/FAIL against the
targets, and beside it the Python peers.

    /usr/bin/python3 tests/bench/bench_report.py [--lib dist/textkit.so]
        [--sizes 1000,10000,100000] [--peer-max 10000]

(`make bench` runs it through tests/bench/peer_report.py.) Corpora are
built once by tests/bench/make_corpus.py into build/bench/report/ (from
CoNLL-2003 sentences when ../shared is present, else the announced
synthetic fallback). Targets, one core, ~1 KB articles: 10,000 in <= 60 s,
100,000 in <= 600 s, peak RSS <= 1 GB, and 4x the articles in <= 5x the
time (a growth exponent <= log 5 / log 4 = 1.16 between sizes).

Peers: tests/bench/peer_report.py (pure Python: the token counting and the
MinHash LSH near-duplicate step) on sizes up to --peer-max, and
tests/bench/peer_compromise.js (npm compromise, entities) beside textkit's
entities() on the 1k sample.

From 10,000 articles on, a second line gives `make report JOBS=2` (two
shard processes, merged; docs/report.md "Every core") and its speed-up over
the one-process run; --jobs 0 leaves it out.
"""
import argparse
import math
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import peer_report  # noqa: E402

SQLITE3 = os.environ.get("SQLITE3", "sqlite3")
GROWTH_MAX = math.log(5) / math.log(4)
TIME_TARGET = {10000: 60.0, 100000: 600.0}
RSS_TARGET_MB = 1024


def corpus(n):
    """The folder of n articles, built on first use."""
    folder = os.path.join(ROOT, "build", "bench", "report", f"c{n}")
    if not os.path.isdir(folder):
        subprocess.run([sys.executable, os.path.join(HERE, "make_corpus.py"), str(n), folder],
                       check=True)
    return folder


def run_report(lib, folder, db):
    """Run the report over folder into db; (seconds, CPU seconds, peak RSS
    MB, printed lines)."""
    if os.path.exists(db):
        os.remove(db)
    cmd = [SQLITE3, "-batch", db, "-cmd", f".load {os.path.splitext(lib)[0]}",
           "-cmd", f".parameter set $corpus '{folder}'"]
    t0 = time.perf_counter()
    with open(os.path.join(ROOT, "sql", "report.sql"), "rb") as fin:
        proc = subprocess.Popen(cmd, stdin=fin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out = proc.stdout.read()
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
    secs = time.perf_counter() - t0
    if status:
        raise SystemExit(f"bench_report: the report failed on {folder}: {err.decode()[-500:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return secs, cpu, usage.ru_maxrss / 1024, out.decode("utf-8", "replace").count("\n")


def run_report_jobs(lib, folder, db, jobs):
    """`make report JOBS=jobs` over folder into db (the build step skipped);
    (seconds, CPU seconds of every process, printed lines)."""
    cmd = ["make", "-s", "--no-print-directory", "-o", "all", "report", f"CORPUS={folder}",
           f"OUT={db}", f"JOBS={jobs}", f"LIB={lib}", f"SQLITE3={SQLITE3}"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    secs = time.perf_counter() - t0
    if status:
        raise SystemExit(f"bench_report: make report JOBS={jobs} failed on {folder}: {err.decode()[-500:]}")
    return secs, usage.ru_utime + usage.ru_stime, out.decode("utf-8", "replace").count("\n") - 1


def planted_found(db, folder):
    """(planted pairs found in near_duplicates, planted pairs)."""
    with open(folder.rstrip("/") + ".planted.tsv") as f:
        planted = {tuple(line.split()) for line in f if line.strip()}
    out = subprocess.run([SQLITE3, "-batch", "-separator", "\t", db,
                          "SELECT da.name, db.name FROM near_duplicates n JOIN docs da ON da.id = n.a "
                          "JOIN docs db ON db.id = n.b"], capture_output=True, text=True).stdout
    found = {tuple(line.split("\t")) for line in out.splitlines()}
    return len(planted & found), len(planted)


def entities_speed(lib, db):
    """textkit entities() MB/s over the report's docs (already loaded), timed
    inside sqlite3 (.timer), so process start and model load do not count."""
    sql = "SELECT sum(length(CAST(body AS BLOB))) FROM docs;"
    size = int(subprocess.run([SQLITE3, db, sql], capture_output=True, text=True).stdout)
    out = subprocess.run([SQLITE3, db, "-cmd", f".load {os.path.splitext(lib)[0]}", "-cmd", ".timer on"],
                         input="SELECT count(*) FROM docs, entities(docs.body);\n", check=True,
                         capture_output=True, text=True).stdout
    real, user = map(float, re.search(r"Run Time: real ([0-9.]+) user ([0-9.]+)", out).groups())
    return f"{size / 1e6 / real:.2f} MB/s ({size / 1e6 / user:.2f} MB/s of CPU)"


def compromise(folder):
    """Run peer_compromise.js on the folder's articles joined by blank lines."""
    joined = os.path.join(ROOT, "build", "bench", "report", "sample-1k.txt")
    texts = [text.strip() for _, text in peer_report.read_folder(folder)]
    with open(joined, "w", encoding="utf-8") as f:
        f.write("\n\n".join(texts))
    try:
        out = subprocess.run(["node", os.path.join(HERE, "peer_compromise.js"), "--corpus", joined],
                             capture_output=True, text=True, timeout=600).stdout
    except (OSError, subprocess.TimeoutExpired) as e:
        out = f"compromise: skipped ({e})"
    return out.strip().splitlines()[0] if out.strip() else "compromise: no output"


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default=os.path.join(ROOT, "dist", "textkit.so"))
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--peer-max", type=int, default=10000)
    ap.add_argument("--jobs", type=int, default=2, help="the JOBS= of the sharded line (0: none)")
    args = ap.parse_args(argv)
    lib = os.path.abspath(args.lib)
    sizes = [int(s) for s in args.sizes.split(",")]
    status, prev = 0, None
    print(f"{'articles':>9} {'MB':>6} {'seconds':>8} {'cpu s':>7} {'peak MB':>8} {'lines':>6} "
          f"{'planted':>9}  {'growth wall/cpu':>15}  verdict", flush=True)
    for n in sizes:
        folder = corpus(n)
        db = os.path.join(ROOT, "build", "bench", "report", f"c{n}.db")
        secs, cpu, rss, lines = run_report(lib, folder, db)
        mb = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(folder) for f in fs) / 1e6
        found, planted = planted_found(db, folder)
        growth = [math.log(t / p) / math.log(n / prev[0]) for t, p in ((secs, prev[1]), (cpu, prev[2]))] \
            if prev else None
        checks = [rss <= RSS_TARGET_MB, lines <= 400]
        if n in TIME_TARGET:
            checks.append(secs <= TIME_TARGET[n])
        if growth is not None:
            checks.append(growth[0] <= GROWTH_MAX)
        verdict = "PASS" if all(checks) else "FAIL"
        status |= verdict == "FAIL"
        shown = "" if growth is None else f"{growth[0]:.2f}/{growth[1]:.2f}"
        print(f"{n:>9} {mb:>6.1f} {secs:>8.2f} {cpu:>7.2f} {rss:>8.0f} {lines:>6} {found:>4}/{planted:<4}  "
              f"{shown:>15}  {verdict}"
              f"{f' (target {TIME_TARGET[n]:.0f} s)' if n in TIME_TARGET else ''}", flush=True)
        if args.jobs > 1 and n >= 10000:
            jsecs, jcpu, jlines = run_report_jobs(lib, folder, db, args.jobs)
            jfound, _ = planted_found(db, folder)
            print(f"{'':>9} make report JOBS={args.jobs}: {jsecs:.2f} s wall, {jcpu:.2f} cpu s, {jlines} lines, "
                  f"{jfound}/{planted} planted; speed-up {secs / jsecs:.2f}x over one process", flush=True)
        if n <= args.peer_max:
            peer_secs, _ = peer_report.run_peer(folder)
            print(f"{'':>9} textkit report (everything) {secs:.2f} s against the python peer "
                  f"(token counts + LSH only) {peer_secs:.2f} s", flush=True)
        if n == sizes[0]:
            print(f"{'':>9} entities() on this sample: {entities_speed(lib, db)}; "
                  f"{compromise(folder)}", flush=True)
        prev = (n, secs, cpu)
    print("seconds: wall clock (the verdict); cpu s: user+system time of sqlite3, which other "
          "jobs on a shared machine do not inflate; planted: planted near-duplicates found")
    print(f"targets: 10k <= 60 s, 100k <= 600 s, peak <= {RSS_TARGET_MB} MB, <= 400 lines, "
          f"growth exponent <= {GROWTH_MAX:.2f} (4x articles <= 5x time)")
    return status


if __name__ == "__main__":
    sys.exit(main())
