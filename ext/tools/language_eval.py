#!/usr/bin/python3
"""language_eval.py -- text_language() accuracy per language over a folder
of UTF-8 files named CODE-NNNN.txt (CODE the expected ISO 639-1 code), in
the folder or any folder below it:

    /usr/bin/python3 ext/tools/language_eval.py --lib dist/textkit.so \
        --dir /tmp/s9/man/out [--show-errors]

Each file is identified whole, then on its first 200 and its first 50
characters (SQL substr) after runs of white space are made one space (man
pages are padded with spaces); per language and overall it prints the
files, the share right, and how many answers were 'und' and how many
another language.  A file identified wrong whole is then cut into
paragraphs (at blank lines) and each is identified: when more paragraphs
come out as the wrong answer than as the expected language, the file is
counted as mostly written in that other language (an untranslated page)
rather than as an error.  --show-errors lists every wrong answer on whole
files with that verdict and the file's first words.
docs/stem.md says how to make such a folder from Debian's man pages.
Skips with a message (exit 0) when the folder is absent.
"""
import argparse
import collections
import os
import re
import sqlite3
import sys

NAME = re.compile(r"^([a-z]{2,3})-\d+\.txt$")
PREFIXES = (None, 200, 50)


def files(root):
    """(expected code, path) of every CODE-NNNN.txt under root, sorted."""
    found = []
    for folder, _, names in os.walk(root):
        for name in names:
            m = NAME.match(name)
            if m:
                found.append((m.group(1), os.path.join(folder, name)))
    return sorted(found)


def identify(db, text, prefix):
    """text_language() of the text or of its first prefix characters."""
    if prefix is None:
        return db.execute("SELECT text_language(?)", (text,)).fetchone()[0]
    return db.execute("SELECT text_language(substr(?, 1, ?))",
                      (text, prefix)).fetchone()[0]


def mostly_other(db, text, code, got):
    """1 when more paragraphs of the text come out as got than as code."""
    n_code = n_got = 0
    for para in re.split(r"\n\s*\n", text):
        lang = identify(db, para, None)
        n_code += lang == code
        n_got += lang == got
    return n_got > n_code


def label(prefix):
    """Column title of a prefix."""
    return "whole" if prefix is None else "first %d" % prefix


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lib", default="dist/textkit.so")
    ap.add_argument("--dir", default="/tmp/s9/man/out")
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args()
    if not os.path.isdir(args.dir):
        print("language_eval: skipped, no folder %s (docs/stem.md says how "
              "to make one)" % args.dir)
        return 0
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.abspath(args.lib))
    # counts[prefix][code] = Counter(right/und/wrong/files)
    counts = {p: collections.defaultdict(collections.Counter)
              for p in PREFIXES}
    errors = []
    for code, path in files(args.dir):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        flat = " ".join(text.split())
        for prefix in PREFIXES:
            got = identify(db, text if prefix is None else flat, prefix)
            c = counts[prefix][code]
            c["files"] += 1
            c["right" if got == code else "und" if got == "und"
              else "wrong"] += 1
            if prefix is None and got != code:
                other = got != "und" and mostly_other(db, text, code, got)
                errors.append((path, got, other, " ".join(flat.split()[:12])))
    if not errors and not counts[None]:
        print("language_eval: no CODE-NNNN.txt file under %s" % args.dir)
        return 1
    print("%-5s %5s" % ("lang", "files") + "".join(
        "  %-22s" % (label(p) + " right/und/wrong") for p in PREFIXES))
    total = {p: collections.Counter() for p in PREFIXES}
    for code in sorted(counts[None]):
        row = "%-5s %5d" % (code, counts[None][code]["files"])
        for p in PREFIXES:
            c = counts[p][code]
            total[p].update(c)
            row += "  %6.1f%% %4d %4d     " % (
                100.0 * c["right"] / c["files"], c["und"], c["wrong"])
        print(row)
    row = "%-5s %5d" % ("all", total[None]["files"])
    for p in PREFIXES:
        c = total[p]
        row += "  %6.1f%% %4d %4d     " % (100.0 * c["right"] / c["files"],
                                          c["und"], c["wrong"])
    print(row)
    n_other = sum(1 for e in errors if e[2])
    print("whole files wrong: %d, of which %d mostly in the language found "
          "(untranslated pages), %d errors" % (len(errors), n_other,
                                               len(errors) - n_other))
    if args.show_errors:
        for path, got, other, head in errors:
            print("%s -> %s%s: %s" % (os.path.basename(path), got,
                                      " (mostly %s)" % got if other else "",
                                      head[:90]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
