#!/usr/bin/python3
"""mojibake_eval.py -- measures text_fix_mojibake() through SQL on folders
of clean text files: how many broken texts it restores, how many clean
texts it changes (false positives, listed by name), and its speed.

    /usr/bin/python3 ext/tools/mojibake_eval.py --lib dist/textkit.so \
        /tmp/s9/man/out /tmp/nc4/corpus [--speed-mb 50]

Every *.txt file under each folder is one text, read the way the corpus
report reads files: SELECT text_decode(?) (UTF-8 as it is, Windows-1252
when it is not UTF-8).  Texts are grouped by their first folder under the
folder given (the language code of /tmp/s9/man/out/<code>/).  Per group:

- changed: texts that text_fix_mojibake() changes, each listed with what
  it changed, for a reader to tell mojibake already in the text from
  false positives (there must be none of those);
- repair: each text broken once the way the bug breaks it (its UTF-8
  bytes read as Windows-1252, the five bytes Windows-1252 leaves undefined
  read as the C1 controls, as Latin-1 does, then written as UTF-8) and
  twice (that again), and counted as restored when the function gives the
  clean text back exactly; texts that breaking does not change (ASCII
  only) are counted apart.

--speed-mb N (0: skip) times SELECT length(CAST(text_fix_mojibake(?) AS
BLOB)) (a BLOB's length is not counted character by character) on N MB
of the clean texts joined and on the same texts broken (cut to N MB at a
character boundary), best of 5, and prints MB/s of input.

A folder that does not exist is skipped with a message; with none left
the script says so and exits 0 (the data is not part of the repository).
"""
import argparse
import collections
import difflib
import os
import sqlite3
import sys
import time

# The five bytes Windows-1252 leaves undefined: Latin-1 reads them as the
# C1 controls of the same number.
CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def misread(text):
    """text's UTF-8 bytes read as Windows-1252 (C1 controls for the five
    undefined bytes), as a program with the bug reads them."""
    out = []
    for b in text.encode("utf-8"):
        if b in CP1252_UNDEFINED:
            out.append(chr(b))
        else:
            out.append(bytes([b]).decode("cp1252"))
    return "".join(out)


def load_texts(db, folders):
    """{group: [(path, text)]} for the *.txt files under each folder that
    exists, read through text_decode()."""
    groups = collections.defaultdict(list)
    for folder in folders:
        if not os.path.isdir(folder):
            print(f"skip: {folder} not found")
            continue
        for root, _dirs, files in os.walk(folder):
            for name in sorted(files):
                if not name.endswith(".txt"):
                    continue
                path = os.path.join(root, name)
                rel = os.path.relpath(path, folder)
                group = rel.split(os.sep)[0] if os.sep in rel else os.path.basename(folder)
                with open(path, "rb") as f:
                    data = f.read()
                text = db.execute("SELECT text_decode(?)", (data,)).fetchone()[0]
                groups[group].append((path, text))
    return groups


def fix(db, text):
    """text_fix_mojibake(text)."""
    return db.execute("SELECT text_fix_mojibake(?)", (text,)).fetchone()[0]


def changes(a, b, limit=6):
    """What b changed of a: 'old' -> 'new' for the first few differing
    spans, and how many there are in all."""
    ops = [op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
           if op[0] != "equal"]
    shown = ", ".join(f"{a[i1:i2]!r}->{b[j1:j2]!r}" for _op, i1, i2, j1, j2 in ops[:limit])
    return f"{len(ops)} change(s): {shown}"


def evaluate(db, groups):
    """Print per group and in total: texts, changed texts, restored once
    and twice broken texts."""
    total = collections.Counter()
    print(f"{'group':<10} {'texts':>6} {'changed':>8} {'broken':>7} "
          f"{'restored':>9} {'twice':>6}")
    for group in sorted(groups):
        c = collections.Counter()
        for path, clean in groups[group]:
            c["texts"] += 1
            fixed = fix(db, clean)
            if fixed != clean:
                c["changed"] += 1
                print(f"  changed {path}: {changes(clean, fixed)}")
            once = misread(clean)
            if once == clean:
                continue
            c["broken"] += 1
            c["restored"] += fix(db, once) == clean
            c["twice"] += fix(db, misread(once)) == clean
        print(f"{group:<10} {c['texts']:>6} {c['changed']:>8} {c['broken']:>7} "
              f"{c['restored']:>9} {c['twice']:>6}")
        total.update(c)
    print(f"{'total':<10} {total['texts']:>6} {total['changed']:>8} "
          f"{total['broken']:>7} {total['restored']:>9} {total['twice']:>6}")


def best_seconds(db, sql, text, runs=5):
    """Best time of the query sql on text."""
    best = None
    for _ in range(runs):
        t0 = time.perf_counter()
        db.execute(sql, (text,)).fetchone()
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
    return best


def cut_to_mb(text, mb):
    """text repeated or cut to mb MB of UTF-8 at a character boundary."""
    size = mb << 20
    data = text.encode("utf-8")
    data = data * (size // max(len(data), 1) + 1)
    return data[:size].decode("utf-8", errors="ignore")


def speed(db, groups, mb):
    """Print MB/s on mb MB of clean text and of the same text broken."""
    joined = "\n".join(text for g in sorted(groups) for _p, text in groups[g])
    clean = cut_to_mb(joined, mb)
    broken = cut_to_mb(misread(joined), mb)
    for label, text in (("clean", clean), ("broken", broken)):
        n = len(text.encode("utf-8"))
        s = best_seconds(db, "SELECT length(CAST(text_fix_mojibake(?) AS BLOB))", text)
        base = best_seconds(db, "SELECT length(CAST(? AS BLOB))", text)
        print(f"speed {label}: {n / 1e6:.1f} MB in {s * 1000:.0f} ms "
              f"({n / 1e6 / s:.0f} MB/s, best of 5; binding the value alone "
              f"{base * 1000:.0f} ms)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lib", default="dist/textkit.so")
    ap.add_argument("--speed-mb", type=int, default=50)
    ap.add_argument("folders", nargs="+")
    args = ap.parse_args()
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.abspath(args.lib).removesuffix(".so"))
    groups = load_texts(db, args.folders)
    if not groups:
        print("skip: none of the folders holds text; nothing measured")
        return 0
    evaluate(db, groups)
    if args.speed_mb > 0:
        speed(db, groups, args.speed_mb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
