#!/usr/bin/python3
"""ner_eval.py -- `make eval`: scores entities() on CoNLL-2003 dev with the
raw-text protocol of ../shared/data/ner/conll2003/README.md, through SQL.

    /usr/bin/python3 ext/tools/ner_eval.py --lib dist/textkit.so \
        --dev ../shared/data/ner/conll2003/dev.txt [--options 'patterns=0']

Each document is rebuilt as text (tokens joined by one space, sentences by a
newline) and given to
    SELECT type, start, length FROM entities(?, 'patterns=0')
whose 1-based character spans are compared with the gold spans by exact
offsets after trimming edge whitespace and punctuation; micro precision,
recall and F1 are printed per type, over PERSON+ORG+LOC and over all four.
ext/tools/ner_eval_core.c runs the same protocol on the core tagger.
"""
import argparse
import os
import sqlite3
import sys

TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
TRIM = " \t\n\r.,;:!?\"'()[]{}-"


def documents(path):
    """Yield (text, gold) per document; gold is a list of (start, end, type)
    in 0-based character offsets."""
    text, gold = [], []
    pos = 0          # characters in text so far
    open_ent = None  # [start, end, type]
    sent_open = False

    def close():
        nonlocal open_ent
        if open_ent:
            gold.append(tuple(open_ent))
            open_ent = None

    def finish():
        body = "".join(text).rstrip("\n")
        return body, list(gold)

    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("-DOCSTART-"):
            close()
            if text:
                yield finish()
            text, gold, pos, sent_open = [], [], 0, False
            continue
        if not line.strip():
            close()
            if sent_open:
                text.append("\n")
                pos += 1
            sent_open = False
            continue
        word, tag = line.split(" ")[0], line.split(" ")[-1]
        etype = TYPES.get(tag[2:]) if tag[:2] in ("B-", "I-") else None
        if open_ent and (etype != open_ent[2] or tag.startswith("B-")):
            close()
        if sent_open:
            text.append(" ")
            pos += 1
        if etype and not open_ent:
            open_ent = [pos, pos, etype]
        text.append(word)
        pos += len(word)
        if open_ent:
            open_ent[1] = pos
        sent_open = True
    close()
    if text:
        yield finish()


def trim(text, start, end):
    """The span without edge whitespace and punctuation."""
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def score(path, tagger):
    """Score tagger(text) -> [(type, start 1-based, length in chars)] on the
    documents of path; return (tp, fp, fn, documents) with counts by type."""
    tp = {t: 0 for t in TYPES.values()}
    fp, fn = dict(tp), dict(tp)
    ndoc = 0
    for text, gold in documents(path):
        ndoc += 1
        want = {}
        for s, e, t in gold:
            key = (*trim(text, s, e), t)
            want[key] = want.get(key, 0) + 1
        for etype, start, length in tagger(text):
            if etype not in tp:
                continue
            key = (*trim(text, start - 1, start - 1 + length), etype)
            if want.get(key):
                want[key] -= 1
                tp[etype] += 1
            else:
                fp[etype] += 1
        for (_, _, t), n in want.items():
            fn[t] += n
    return tp, fp, fn, ndoc


def report(title, tp, fp, fn):
    """Print precision, recall and F1 per type, PER+ORG+LOC and overall."""
    print(title)
    print(f"  {'type':<12} {'precision':>9} {'recall':>9} {'F1':>9}")

    def row(label, types, target=None):
        t = sum(tp[x] for x in types)
        p = t / max(1, t + sum(fp[x] for x in types))
        r = t / max(1, t + sum(fn[x] for x in types))
        f = 2 * p * r / (p + r) if p + r else 0.0
        mark = f"  (target >= {target}: {'PASS' if f >= target else 'SHORT'})" if target else ""
        print(f"  {label:<12} {p:9.4f} {r:9.4f} {f:9.4f}{mark}")

    for t in TYPES.values():
        row(t, [t])
    row("PER+ORG+LOC", ["PERSON", "ORG", "LOC"], 0.88)
    row("all types", list(TYPES.values()))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default="dist/textkit.so")
    ap.add_argument("--dev", required=True)
    ap.add_argument("--options", default="patterns=0")
    args = ap.parse_args()
    if not os.path.exists(args.dev):
        print(f"ner_eval: skipped: {args.dev} is absent")
        return 0
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.splitext(os.path.abspath(args.lib))[0])
    sql = "SELECT type, start, length FROM entities(?, ?)"
    tp, fp, fn, ndoc = score(args.dev, lambda text: db.execute(sql, (text, args.options)))
    model = db.execute("SELECT textkit_info() ->> '$.ner_model'").fetchone()[0]
    report(f"NER on {args.dev} ({ndoc} documents), raw-text protocol, "
           f"entities(text, '{args.options}'), model {model}", tp, fp, fn)
    return 0


if __name__ == "__main__":
    sys.exit(main())
