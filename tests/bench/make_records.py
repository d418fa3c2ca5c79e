#!/usr/bin/python3
"""make_records.py -- writes the one-file corpora that text_records() and
its peers read in `make bench`: records.csv and records.jsonl beside the
bench corpus, the same rows in both, and records.zip, each row's content
as a file of its own (text_zip() and Python's zipfile read it).

    /usr/bin/python3 tests/bench/make_records.py build/bench/news.txt

run_bench.py calls write_records() right after it builds the corpus, before
the peers, so that tests/bench/peer_records.py, peer_duckdb.js and
bench_records.c all read the same two files of this run.

Each row is id,title,date,content: content is one blank-line separated
document of the corpus with its line ends (so the CSV field is quoted and
spans lines), title its first line, date a made-up day of 1996.  The
documents are cycled until the CSV holds about 50 MB.  The CSV is written
by Python's csv module (a header, minimal quoting, LF line ends), the JSON
lines by json.dumps (an object a line, non-ASCII kept as UTF-8), the zip
by Python's zipfile (ID.txt, deflated at zlib's default level, a fixed
date: an archive of many short articles, as news datasets ship).  The
output is deterministic: the same corpus gives the same bytes.
"""
import csv
import io
import json
import os
import sys
import zipfile

TARGET_BYTES = 50_000_000


def corpus_rows(corpus_text, target_bytes):
    """(id, title, date, content) tuples cycling over the corpus' documents
    until their titles and contents add up to target_bytes."""
    docs = [d.strip("\n") for d in corpus_text.split("\n\n") if d.strip("\n")]
    if not docs:
        raise ValueError("the corpus holds no document")
    rows, size = [], 0
    while size < target_bytes:
        k = len(rows) + 1
        content = docs[(k - 1) % len(docs)]
        date = "1996-%02d-%02d" % (1 + k % 12, 1 + k % 28)
        title = content.split("\n", 1)[0]
        rows.append((str(k), title, date, content))
        size += len(title.encode("utf-8")) + len(content.encode("utf-8"))
    return rows


def as_csv(rows):
    """The rows under the header id,title,date,content."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("id", "title", "date", "content"))
    writer.writerows(rows)
    return out.getvalue()


def as_jsonl(rows):
    """One JSON object a line with the keys id, title, date, content."""
    keys = ("id", "title", "date", "content")
    return "".join(json.dumps(dict(zip(keys, r)), ensure_ascii=False) + "\n" for r in rows)


def as_zip(rows):
    """A zip archive of each row's content as ID.txt, deflated."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for row in rows:
            info = zipfile.ZipInfo(row[0] + ".txt", date_time=(1996, 8, 22, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, row[3].encode("utf-8"))
    return out.getvalue()


def write_records(corpus, target_bytes=TARGET_BYTES):
    """Write records.csv and records.jsonl beside corpus; return a
    description of them."""
    with open(corpus, encoding="utf-8") as f:
        rows = corpus_rows(f.read(), target_bytes)
    folder = os.path.dirname(corpus)
    sizes = []
    for name, data in (("records.csv", as_csv(rows).encode("utf-8")),
                       ("records.jsonl", as_jsonl(rows).encode("utf-8")),
                       ("records.zip", as_zip(rows))):
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)
        sizes.append(f"{name} {len(data) / 1e6:.1f} MB")
    return f"{len(rows)} records: " + ", ".join(sizes)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_records.py CORPUS")
    print(write_records(sys.argv[1]))
