#!/usr/bin/python3
"""canonical_eval.py -- `make eval-canonical`: how often a one-word PERSON
mention of entities() takes the canonical name of a full name in the same
document, on CoNLL-2003 dev rebuilt as text with the protocol of
ext/tools/ner_eval.py (whose document reader it uses).

    /usr/bin/python3 ext/tools/canonical_eval.py --lib dist/textkit.so \
        --dev ../shared/data/ner/conll2003/dev.txt [--options 'patterns=0']

Printed:
  - share: the one-word PERSON rows whose canonical has several words;
  - against the gold spans, among one-word PERSON rows that are gold PER
    mentions: reachable (the document's gold PER names of several words
    include one ending with that word, in any case), linked (the row's
    canonical has several words), and correct (that canonical is such a
    gold name); the same for first names (a gold name starts with the
    word and none ends with it);
  - names per document before and after: distinct entity texts versus
    distinct canonical names over the PERSON/ORG/LOC/MISC rows.
"""
import argparse
import os
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ner_eval import documents, trim  # noqa: E402  (the same protocol)


def gold_names(text, gold):
    """The document's gold PER spans: {(start, end)} and the texts of its
    names of several words."""
    spans, full = set(), set()
    for s, e, t in gold:
        if t != "PERSON":
            continue
        s, e = trim(text, s, e)
        spans.add((s, e))
        if " " in text[s:e]:
            full.add(text[s:e])
    return spans, full


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default="dist/textkit.so")
    ap.add_argument("--dev", required=True)
    ap.add_argument("--options", default="patterns=0")
    args = ap.parse_args()
    if not os.path.exists(args.dev):
        print(f"canonical_eval: skipped: {args.dev} is absent")
        return 0
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.splitext(os.path.abspath(args.lib))[0])
    sql = ("SELECT entity, type, canonical, start, length FROM entities(?, ?) "
           "WHERE type IN ('PERSON', 'ORG', 'LOC', 'MISC')")
    one = linked = 0
    gold_one = reachable = reach_linked = correct = linked_gold = 0
    first_reachable = first_linked = first_correct = first_linked_gold = 0
    n_entity = n_canonical = ndoc = 0
    for text, gold in documents(args.dev):
        ndoc += 1
        spans, full = gold_names(text, gold)
        rows = db.execute(sql, (text, args.options)).fetchall()
        n_entity += len({r[0] for r in rows})
        n_canonical += len({r[2] for r in rows})
        for entity, etype, canonical, start, length in rows:
            if etype != "PERSON" or " " in entity.strip():
                continue
            one += 1
            is_linked = " " in canonical
            linked += is_linked
            span = trim(text, start - 1, start - 1 + length)
            if span not in spans:
                continue
            gold_one += 1
            word = text[span[0]:span[1]]
            ends = [n for n in full if n.lower().endswith(" " + word.lower())]
            starts = [n for n in full if n.lower().startswith(word.lower() + " ")]
            if ends:
                reachable += 1
                reach_linked += is_linked
            elif starts:
                first_reachable += 1
                first_linked += is_linked
            if is_linked and canonical.lower().endswith(" " + word.lower()):
                linked_gold += 1
                correct += canonical in ends
            elif is_linked:
                first_linked_gold += 1
                first_correct += canonical in starts

    def pct(a, b):
        return f"{a}/{b} = {100 * a / max(1, b):.1f}%"

    print(f"canonical names on {args.dev} ({ndoc} documents), "
          f"entities(text, '{args.options}')")
    print(f"  one-word PERSON rows taking a full name's canonical: {pct(linked, one)}")
    print(f"  of those rows that are gold PER mentions ({gold_one}):")
    print(f"    a gold full name of the document ends with the word: {pct(reachable, gold_one)}")
    print(f"    linked when it does (recall): {pct(reach_linked, reachable)}")
    print(f"    linked to a gold full name ending with it (precision): {pct(correct, linked_gold)}")
    print(f"    only a gold full name starts with the word: {pct(first_reachable, gold_one)}")
    print(f"    linked when one does (recall): {pct(first_linked, first_reachable)}")
    print(f"    linked by its first word to a gold full name (precision): "
          f"{pct(first_correct, first_linked_gold)}")
    print(f"  names per document, summed: {n_entity} entity texts, "
          f"{n_canonical} canonical names ({100 * (1 - n_canonical / max(1, n_entity)):.1f}% fewer)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
