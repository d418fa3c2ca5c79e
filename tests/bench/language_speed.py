#!/usr/bin/python3
"""language_speed.py -- text_language() speed through SQL, one core:

    /usr/bin/python3 tests/bench/language_speed.py [--lib dist/textkit.so]

For English (sql/sample/*.txt) and for Chinese (sentences written for
this script), 10 MB cut into documents of 4 KB and of 64 KB (each read
whole: 64 KB is the prefix text_language reads) gives MB/s; then one value
of 10 MB and one of 100 MB, of which only the first 64 KB are read, give
the time of a call, beside the time of binding the value alone
(SELECT typeof(?)).  Each figure is the best of three runs.  Not part of
make bench or make test.
"""
import argparse
import glob
import os
import sqlite3
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
CHINESE = ("市政府昨天表示，新建的大桥将在今年夏天正式开放，但部分工程还没有完成。"
           "交通部门提醒市民，在大桥开放之前，附近道路仍然会出现拥堵。"
           "专家认为，这座桥可以缩短两岸之间的通勤时间，并带动周边地区的发展。")
MB = 1000 * 1000


def english():
    """The sample corpus' text joined."""
    parts = []
    for path in sorted(glob.glob(os.path.join(ROOT, "sql", "sample", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            parts.append(f.read())
    return "\n".join(parts)


def repeat_to(text, size):
    """text repeated up to about size bytes of UTF-8 (whole characters)."""
    unit = text.encode()
    data = (unit * (size // len(unit) + 1))[:size]
    return data.decode("utf-8", errors="ignore")


def best_of_three(db, sql, rows):
    """Best wall time of three runs of sql over rows."""
    best = None
    for _ in range(3):
        t0 = time.perf_counter()
        for row in rows:
            db.execute(sql, row).fetchone()
        dt = time.perf_counter() - t0
        best = dt if best is None or dt < best else best
    return best


def run(db, name, text):
    """Print the figures for one language's text."""
    for doc_kb in (4, 64):
        doc = repeat_to(text, doc_kb * 1000)
        n_docs = 10 * MB // len(doc.encode())
        db.execute("DELETE FROM docs")
        db.executemany("INSERT INTO docs VALUES (?)", [(doc,)] * n_docs)
        sql = "SELECT count(text_language(body)) FROM docs"
        dt = best_of_three(db, sql, [()])
        total = n_docs * len(doc.encode()) / MB
        got = db.execute("SELECT text_language(body) FROM docs LIMIT 1").fetchone()[0]
        print("%-8s %5d docs of %2d KB (%4.1f MB): %6.3f s, %6.0f MB/s  -> %s"
              % (name, n_docs, doc_kb, total, dt, total / dt, got))
    for size_mb in (10, 100):
        value = repeat_to(text, size_mb * MB)
        dt = best_of_three(db, "SELECT text_language(?)", [(value,)])
        bind = best_of_three(db, "SELECT typeof(?)", [(value,)])
        print("%-8s one value of %3d MB: %.4f s (binding it alone: %.4f s)"
              % (name, size_mb, dt, bind))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lib", default=os.path.join(ROOT, "dist", "textkit.so"))
    args = ap.parse_args()
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.abspath(args.lib))
    db.execute("CREATE TABLE docs(body TEXT)")
    run(db, "english", english())
    run(db, "chinese", CHINESE)


if __name__ == "__main__":
    main()
