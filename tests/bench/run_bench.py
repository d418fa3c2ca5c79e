#!/usr/bin/python3
"""run_bench.py -- `make bench`: builds the news-text corpus once, then runs
every tests/bench/peer_*.py and peer_*.js script and then every
build/release/bench/bench_* program on it, in one run on one machine,
printing their tables as they come.  The peers run first so that a C bench
can read a figure a peer wrote beside the corpus in this run
(peer_franc.js writes build/bench/franc.txt for bench_language).  Right
after the corpus it writes records.csv, records.jsonl and records.zip beside it
(make_records.py), the files that bench_records and its peers read.
--only NAME[,NAME...] runs the programs whose file name holds one of the
names.

Each program is called as:  PROGRAM --lib dist/textkit.so --corpus FILE
and prints its own lines (MB/s, calls/s, ratios against its peer, and a
PASS/SHORT mark beside each target it measures). Then
tests/bench/bench_scale.py (the per-document work on every core, in
PostgreSQL and over postgres_fdw shards) runs on its own 100,000 articles,
with --pgbin (the PostgreSQL that make bench prepared; skipped without it).

The corpus is real English news: the CoNLL-2003 Reuters text rebuilt from
../shared/data/ner/conll2003 (tokens joined by spaces, documents separated
by blank lines) when that folder is present, else the bundled sample
corpus sql/sample/ repeated to about 4 MB.
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys

from make_records import write_records

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CONLL = os.path.join(ROOT, "..", "shared", "data", "ner", "conll2003")


def conll_documents(path):
    """Yield each document of a CoNLL file as text: tokens joined by one
    space, sentences by a newline."""
    doc, sent = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("-DOCSTART-"):
            if sent:
                doc.append(" ".join(sent))
                sent = []
            if doc:
                yield "\n".join(doc)
            doc = []
        elif not line.strip():
            if sent:
                doc.append(" ".join(sent))
            sent = []
        else:
            sent.append(line.split(" ")[0])
    if sent:
        doc.append(" ".join(sent))
    if doc:
        yield "\n".join(doc)


def build_corpus(out):
    """Write the bench corpus to out; return a description of it."""
    os.makedirs(os.path.dirname(out), exist_ok=True)
    train = os.path.join(CONLL, "train.txt")
    if os.path.exists(train):
        text = "\n\n".join(conll_documents(train))
        source = "CoNLL-2003 train (Reuters news)"
    else:
        parts = [open(p, encoding="utf-8").read()
                 for p in sorted(glob.glob(os.path.join(ROOT, "sql", "sample", "*.txt")))]
        one = "\n\n".join(parts)
        text = "\n\n".join([one] * (4_000_000 // len(one) + 1))
        source = "sql/sample repeated (../shared absent)"
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    return f"{source}: {len(text.encode()) / 1e6:.1f} MB"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default="dist/textkit.so")
    ap.add_argument("--bin", default="build/release/bench")
    ap.add_argument("--only", default="")
    ap.add_argument("--pgbin", default="", help="bin folder of a PostgreSQL with textkit (build/pgroot)")
    args = ap.parse_args()
    corpus = os.path.join(ROOT, "build", "bench", "news.txt")
    print(f"corpus: {build_corpus(corpus)}; machine: {os.cpu_count()} cores", flush=True)
    print(f"records files: {write_records(corpus)}", flush=True)
    common = ["--lib", os.path.abspath(args.lib), "--corpus", corpus]
    runs = [[sys.executable, p] for p in sorted(glob.glob(os.path.join(ROOT, "tests/bench/peer_*.py")))]
    if shutil.which("node"):
        runs += [["node", p] for p in sorted(glob.glob(os.path.join(ROOT, "tests/bench/peer_*.js")))]
    runs += [[p] for p in sorted(glob.glob(os.path.join(args.bin, "bench_*")))]
    only = [name for name in args.only.split(",") if name]
    status = 0
    for cmd in runs:
        if only and not any(name in os.path.basename(cmd[-1]) for name in only):
            continue
        print(f"\n== {os.path.basename(cmd[-1])}", flush=True)
        status |= subprocess.run(cmd + common).returncode
    if not only or any(name in "bench_scale.py" for name in only):
        print("\n== bench_scale.py", flush=True)
        status |= subprocess.run([sys.executable, os.path.join(ROOT, "tests/bench/bench_scale.py"),
                                  "--lib", os.path.abspath(args.lib), "--pgbin", args.pgbin]).returncode
    sys.exit(status)


if __name__ == "__main__":
    main()
