#!/usr/bin/python3
"""records_speed.py -- how fast text_records() reads a large CSV and the same
rows as JSON lines, in MB of input a second:

    /usr/bin/python3 ext/tools/records_speed.py --lib dist/textkit.so \
        [--source ../shared/data/unlabeled/enwiki-2015-30k-articles.txt.xz] \
        [--rows 20000] [--row-bytes 2000] [--runs 3]

The rows are id,title,date,content: content is about --row-bytes of
consecutive Wikipedia paragraphs joined by line ends (so quoted, multi-line
and holding commas and quotes), title the first of them cut to 80
characters.  The CSV is written by Python's csv module, the JSON lines by
json.dumps.  Each query, SELECT count(*), sum(length(fields)) FROM
text_records(?, options), runs --runs times on one connection; the best
time is reported, after checking the row count, that no row has an error
and that the first and last rows' content read back equal to what was
written.  Needs the Wikipedia sample of ../shared (skips without it); not
part of make test or make bench.
"""
import argparse
import csv
import io
import json
import lzma
import os
import sqlite3
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SOURCE = os.path.join(ROOT, "..", "shared", "data", "unlabeled",
                      "enwiki-2015-30k-articles.txt.xz")


def make_rows(source, n_rows, row_bytes):
    """n_rows (id, title, date, content) tuples from the source's lines."""
    rows, lines, size = [], [], 0
    with lzma.open(source, "rt", encoding="utf-8") as f:
        for line in f:
            lines.append(line.rstrip("\n"))
            size += len(line)
            if size < row_bytes:
                continue
            k = len(rows) + 1
            rows.append((str(k), lines[0][:80], "2015-%02d-%02d" % (1 + k % 12, 1 + k % 28),
                         "\n".join(lines)))
            lines, size = [], 0
            if len(rows) == n_rows:
                break
    return rows


def as_csv(rows):
    """The rows under a header, written by Python's csv module."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("id", "title", "date", "content"))
    writer.writerows(rows)
    return out.getvalue()


def as_jsonl(rows):
    """One JSON object a line, the content under "text"."""
    return "".join(json.dumps({"id": r[0], "title": r[1], "date": r[2], "text": r[3]},
                              ensure_ascii=False) + "\n" for r in rows)


def measure(db, text, options, runs):
    """Best seconds of the count/sum query and its result."""
    sql = "SELECT count(*), sum(length(fields)) FROM text_records(?, ?)"
    best, result = None, None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = db.execute(sql, (text, options)).fetchone()
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
    return best, result


def check(db, text, options, rows, path):
    """Row count, no errors, first and last contents as written."""
    n, errors = db.execute("SELECT count(*), count(error) FROM text_records(?, ?)",
                           (text, options)).fetchone()
    if (n, errors) != (len(rows), 0):
        sys.exit(f"records_speed: {options}: {n} rows, {errors} errors; want {len(rows)}, 0")
    got = db.execute(f"SELECT fields ->> '{path}' FROM text_records(?, ?)"
                     " WHERE record IN (1, ?) ORDER BY record",
                     (text, options, len(rows))).fetchall()
    if [g[0] for g in got] != [rows[0][3], rows[-1][3]]:
        sys.exit(f"records_speed: {options}: content read back differs")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lib", default=os.path.join(ROOT, "dist", "textkit.so"))
    ap.add_argument("--source", default=SOURCE)
    ap.add_argument("--rows", type=int, default=20000)
    ap.add_argument("--row-bytes", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if not os.path.exists(args.source):
        print(f"records_speed: skipped: {args.source} is absent")
        return
    rows = make_rows(args.source, args.rows, args.row_bytes)
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(args.lib)
    for name, text, options, path in (("csv", as_csv(rows), "format=csv", "$.content"),
                                      ("jsonl", as_jsonl(rows), "format=jsonl", "$.text")):
        check(db, text, options, rows, path)
        mb = len(text.encode()) / 1e6
        best, (n, total) = measure(db, text, options, args.runs)
        print(f"{name}: {mb:.1f} MB, {n} rows, sum(length(fields)) {total}: "
              f"best of {args.runs} {best:.3f} s, {mb / best:.0f} MB/s")


if __name__ == "__main__":
    main()
