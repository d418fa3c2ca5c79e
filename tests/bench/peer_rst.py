#!/usr/bin/python3
"""peer_rst.py -- the peer for rst_text(): docutils (python3-docutils), the
reference reStructuredText reader, reading each document to its tree and
taking the tree's text (publish_doctree(...).astext(), what a Python user
would write to get the text of a page), on the same documents as
bench_markup.c: the .rst files of tests/data/markup, each read 200 times.
Prints MB/s (timed passes until at least 2 s of work, the best pass) and
writes it beside the corpus, in rst.txt ("docutils.mbs <value>"), for
bench_markup to print the ratio.  Without docutils it says so and exits 0.

    /usr/bin/python3 tests/bench/peer_rst.py --lib dist/textkit.so --corpus FILE
"""
import argparse
import glob
import os
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
COPIES = 200  # bench_markup.c reads each document as often


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default="")
    ap.add_argument("--corpus", default="")
    args = ap.parse_args()
    try:
        import docutils
        import docutils.core
    except ImportError:
        print("peer_rst: python3-docutils is not installed: skipped")
        return
    texts = [open(p, encoding="utf-8").read()
             for p in sorted(glob.glob(os.path.join(ROOT, "tests", "data", "markup", "*.rst")))]
    settings = {"report_level": 5, "halt_level": 5, "file_insertion_enabled": False}
    n_bytes = sum(len(t.encode()) for t in texts) * COPIES
    best, chars, t0 = float("inf"), 0, time.perf_counter()
    while time.perf_counter() - t0 < 2.0:
        t1 = time.perf_counter()
        chars = 0
        for t in texts:
            for _ in range(COPIES):
                chars += len(docutils.core.publish_doctree(t, settings_overrides=settings).astext())
        best = min(best, time.perf_counter() - t1)
    mbs = n_bytes / 1e6 / best
    print(f"docutils {docutils.__version__}: {len(texts)} document(s) of tests/data/markup x {COPIES}, "
          f"{n_bytes / 1e6:.2f} MB: {mbs:.2f} MB/s ({chars} chars out)")
    if args.corpus:
        with open(os.path.join(os.path.dirname(args.corpus), "rst.txt"), "w") as f:
            f.write(f"docutils.mbs {mbs}\n")


if __name__ == "__main__":
    main()
