#!/usr/bin/python3
"""refdate_eval.py -- `make eval-dates`: how well ref=auto dates Reuters news
(CoNLL-2003 dev rebuilt as text), through SQL.

    /usr/bin/python3 ext/tools/refdate_eval.py --lib dist/textkit.so \
        --dev ../shared/data/ner/conll2003/dev.txt [--show 20]

Each document is rebuilt as ner_eval.py does (tokens joined by one space,
sentences by a newline; the first line is the headline, a dateline such as
"LONDON 1996-08-30" usually follows) and measured twice:
  1. SELECT document_date(?): the share of documents whose date is found
     with a year, found without one, or not found;
  2. SELECT start, norm FROM entities(?, 'model=0 types=DATE') without a ref
     and with ref=auto: of the DATE mentions that are year-less without a
     ref (month only "--03", month and day "--03-07", a weekday "Friday"),
     the share that gets a year with ref=auto (target: 95%); relative dates
     ("-P1D") resolved to a date are counted apart.
Prints the counts and shares; exits 0 (a measurement, not a test).  Skips
with a message when the data file is absent.
"""
import argparse
import os
import re
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ner_eval import documents  # noqa: E402  (the shared rebuild protocol)

WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"}
DATED = re.compile(r"^\d{4}")


def yearless_kind(norm):
    """'month', 'month-day', 'weekday' for a year-less norm, else None."""
    if re.fullmatch(r"--\d\d", norm):
        return "month"
    if re.fullmatch(r"--\d\d-\d\d", norm):
        return "month-day"
    if norm in WEEKDAYS:
        return "weekday"
    return None


def dates(db, text, options):
    """{start: norm} of the DATE entities of text under options."""
    sql = "SELECT start, norm FROM entities(?, ?)"
    return dict(db.execute(sql, (text, "model=0 types=DATE " + options)))


def share(part, whole):
    """'part/whole (pct%)'."""
    pct = 100.0 * part / whole if whole else 0.0
    return "%d/%d (%.1f%%)" % (part, whole, pct)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lib", default="dist/textkit.so")
    ap.add_argument("--dev", default="../shared/data/ner/conll2003/dev.txt")
    ap.add_argument("--show", type=int, default=0,
                    help="print up to N year-less mentions left unresolved")
    args = ap.parse_args()
    if not os.path.exists(args.dev):
        print("refdate_eval: skipped: %s is absent" % args.dev)
        return 0
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.abspath(os.path.splitext(args.lib)[0]))

    n_doc = n_dated = n_md = 0
    kinds = {"month": [0, 0], "month-day": [0, 0], "weekday": [0, 0]}
    n_rel = n_rel_dated = 0
    missed = []
    for text, _gold in documents(args.dev):
        n_doc += 1
        found = db.execute("SELECT document_date(?)", (text,)).fetchone()[0]
        if found and DATED.match(found):
            n_dated += 1
        elif found:
            n_md += 1
        plain = dates(db, text, "")
        auto = dates(db, text, "ref=auto")
        for start, norm in plain.items():
            resolved = DATED.match(auto.get(start, "")) is not None
            kind = yearless_kind(norm)
            if kind:
                kinds[kind][0] += 1
                kinds[kind][1] += resolved
                if not resolved:
                    missed.append((text[start - 1:start + 30], norm, found))
            elif norm[:1] in "+-P" and not norm.startswith("--"):
                n_rel += 1
                n_rel_dated += resolved

    print("refdate_eval: %s, %d documents" % (args.dev, n_doc))
    print("  document date with a year     %s" % share(n_dated, n_doc))
    print("  document date without a year  %s" % share(n_md, n_doc))
    print("  no document date              %s"
          % share(n_doc - n_dated - n_md, n_doc))
    total = sum(k[0] for k in kinds.values())
    print("  year-less DATE mentions given a year by ref=auto:")
    for name, (n, ok) in kinds.items():
        print("    %-10s %s" % (name, share(ok, n)))
    print("    %-10s %s" % ("all", share(sum(k[1] for k in kinds.values()),
                                         total)))
    print("  relative DATE mentions resolved to a date: %s"
          % share(n_rel_dated, n_rel))
    for snippet, norm, found in missed[:args.show]:
        print("    unresolved %-8s doc=%s  %r" % (norm, found, snippet))
    return 0


if __name__ == "__main__":
    sys.exit(main())
