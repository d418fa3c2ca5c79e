#!/usr/bin/python3
"""peer_records.py -- the Python peer of text_records(): the csv module and
json.loads on the records.csv and records.jsonl that run_bench.py writes
beside the corpus (make_records.py), the files bench_records reads; and
of text_zip(): zipfile reading every member of records.zip.

    /usr/bin/python3 tests/bench/peer_records.py --lib dist/textkit.so --corpus build/bench/news.txt

Each file is read once and decoded to a str before the clock starts, as
bench_records binds the bytes before it times text_records(), so only the
parse is timed: csv.reader over io.StringIO(text), counting the records
after the header and summing len(content); json.loads of each line,
counting them and summing len(content); zipfile.ZipFile over the zip's
bytes in memory, reading each member (zlib inflates it, zipfile checks its
CRC), counting them and summing their sizes.  Best of 3 runs each, in MB/s
of the file's bytes (of the inflated bytes for the zip).  Prints the figures and writes them to python_records.txt
beside the corpus ("csv.mbs", "csv.rows", "csv.content_chars" and the same
for jsonl and zip, and "version"), which bench_records prints beside its own.
--lib is accepted and unused.
"""
import argparse
import csv
import io
import json
import os
import platform
import sys
import time
import zipfile

N_RUNS = 3


def parse_csv(text):
    """(records, sum of len(content)) of the CSV text with csv.reader."""
    reader = csv.reader(io.StringIO(text, newline=""))
    column = next(reader).index("content")
    rows = chars = 0
    for fields in reader:
        rows += 1
        chars += len(fields[column])
    return rows, chars


def parse_jsonl(text):
    """(records, sum of len(content)) of the JSON lines text with json.loads."""
    rows = chars = 0
    for line in text.split("\n"):
        if line.strip():
            rows += 1
            chars += len(json.loads(line)["content"])
    return rows, chars


def read_zip(data):
    """(members, sum of their sizes) of the zip archive's bytes, each
    member read with zipfile."""
    rows = size = 0
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for info in z.infolist():
            rows += 1
            size += len(z.read(info))
    return rows, size


def best_of(parse, text):
    """Best seconds of parse(text) over N_RUNS runs, and its answer."""
    best, answer = None, None
    for _ in range(N_RUNS):
        t0 = time.perf_counter()
        answer = parse(text)
        secs = time.perf_counter() - t0
        best = secs if best is None else min(best, secs)
    return best, answer


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default="dist/textkit.so")
    ap.add_argument("--corpus", required=True)
    args = ap.parse_args()
    folder = os.path.dirname(args.corpus)
    version = platform.python_version()
    out = [f"version {version}"]
    print(f"Python {version} csv / json modules, best of {N_RUNS}; text in memory as a str")
    for name, parse, how in (("csv", parse_csv, "csv.reader(io.StringIO)"),
                             ("jsonl", parse_jsonl, "json.loads per line")):
        path = os.path.join(folder, f"records.{name}")
        if not os.path.exists(path):
            print(f"  {path} is absent (run_bench.py writes it): skipped")
            return 0
        with open(path, "rb") as f:
            data = f.read()
        secs, (rows, chars) = best_of(parse, data.decode("utf-8"))
        mbs = len(data) / 1e6 / secs
        print(f"  Python {how:24s} {name:5s} {len(data) / 1e6:6.1f} MB {mbs:8.1f} MB/s"
              f"  {rows} rows, content {chars} chars")
        out += [f"{name}.mbs {mbs}", f"{name}.rows {rows}", f"{name}.content_chars {chars}"]
    path = os.path.join(folder, "records.zip")
    if os.path.exists(path):
        with open(path, "rb") as f:
            data = f.read()
        secs, (rows, size) = best_of(read_zip, data)
        mbs = size / 1e6 / secs
        print(f"  Python {'zipfile, every member read':24s} zip   {len(data) / 1e6:6.1f} MB "
              f"{mbs:8.1f} MB/s  {rows} members, {size} bytes inflated")
        out += [f"zip.mbs {mbs}", f"zip.rows {rows}", f"zip.content_chars {size}"]
    with open(os.path.join(folder, "python_records.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
