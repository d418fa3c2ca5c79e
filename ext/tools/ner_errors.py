#!/usr/bin/python3
"""ner_errors.py -- sorts the tagger's CoNLL dev errors into categories, for
model work (docs/ner.md, "Error analysis"):

    /usr/bin/python3 ext/tools/ner_errors.py --lib dist/textkit.so \
        --train ../shared/data/ner/conll2003/train.txt \
        --dev ../shared/data/ner/conll2003/dev.txt [--types PER,ORG] [--show 8]

Each dev document is tagged as `make eval` tags it (ner_eval.py, through
entities(text, 'patterns=0')).  An error is a gold entity of a chosen type
not found with its span and type, or a prediction of a chosen type that
matches no gold entity.  Each is counted by
  outcome: type (right span, wrong type), span (overlaps a prediction or a
           gold entity with other bounds), missed (gold, nothing overlaps),
           spurious (prediction, no gold entity overlaps);
  line:    table (a sports result or standings line: a third or more of its
           tokens are numbers), caps (an all-caps line), title (a Title Case
           line: no lower-case word), text (the others);
  seen:    whether the entity's text is an entity of the training data
           (any type), for gold entities.
Examples of each line kind and outcome are printed, and the recall of the
PERSON, ORG and LOC gold entities seen and unseen in train.  Use the train-only
model (`make model NER_DATA=train`): the shipped one has seen dev.
"""
import argparse
import collections
import os
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ner_eval  # noqa: E402


def line_kind(text, start):
    """The kind of the line of text holding offset start."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    words = text[lo:hi if hi >= 0 else len(text)].split()
    if not words:
        return "text"
    numbers = sum(1 for w in words if any(c.isdigit() for c in w)
                  and not any(c.isalpha() for c in w))
    if 3 * numbers >= len(words):
        return "table"
    letters = [w for w in words if any(c.isalpha() for c in w)]
    if letters and all(w.upper() == w for w in letters):
        return "caps"
    if letters and all(not w[0].islower() for w in letters):
        return "title"
    return "text"


def train_entities(path):
    """The texts of every entity of the training file."""
    seen = set()
    for text, gold in ner_eval.documents(path):
        for s, e, _ in gold:
            seen.add(text[s:e])
    return seen


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", required=True)
    ap.add_argument("--train", required=True)
    ap.add_argument("--dev", required=True)
    ap.add_argument("--types", default="PER,ORG")
    ap.add_argument("--show", type=int, default=6)
    args = ap.parse_args()
    if not os.path.exists(args.dev) or not os.path.exists(args.train):
        print("ner_errors: skipped: CoNLL-2003 is absent")
        return
    want = {ner_eval.TYPES[t] for t in args.types.split(",")}
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.abspath(args.lib))
    seen = train_entities(args.train)

    def tagger(text):
        return list(db.execute(
            "SELECT type, start, length FROM entities(?, 'patterns=0')",
            (text,)))

    count = collections.Counter()
    examples = collections.defaultdict(collections.Counter)
    n_gold = collections.Counter()
    recall = {"seen": [0, 0], "unseen": [0, 0]}  # [right, gold] PER+ORG+LOC
    for text, gold in ner_eval.documents(args.dev):
        found = {(s, e): t for s, e, t in ner_eval.predictions(text, tagger)}
        spans = {ner_eval.trim(text, s, e): t for s, e, t in gold}
        for (s, e), t in spans.items():
            n_gold[t] += 1
            if t != "MISC":
                r = recall["seen" if text[s:e] in seen else "unseen"]
                r[0] += found.get((s, e)) == t
                r[1] += 1
            if t not in want or found.get((s, e)) == t:
                continue
            if (s, e) in found:
                outcome = "type->" + found[(s, e)]
            elif any(a < e and b > s for a, b in found):
                outcome = "span"
            else:
                outcome = "missed"
            key = (t, outcome, line_kind(text, s),
                   "seen" if text[s:e] in seen else "unseen")
            count[key] += 1
            examples[key][text[s:e]] += 1
        for (s, e), t in found.items():
            if t not in want or spans.get((s, e)) == t:
                continue
            if (s, e) in spans:
                continue  # counted above as the gold entity's type error
            if any(a < e and b > s for a, b in spans):
                outcome = "span(pred)"
            else:
                outcome = "spurious"
            key = (t, outcome, line_kind(text, s), "-")
            count[key] += 1
            examples[key][text[s:e]] += 1
    by = collections.defaultdict(collections.Counter)
    for (t, outcome, line, isseen), n in count.items():
        by["type"][t] += n
        by["type x outcome"][(t, outcome.split("->")[0])] += n
        by["line"][line] += n
        by["type x line"][(t, line)] += n
        by["seen (gold errors)"][isseen] += n if isseen != "-" else 0
    print("gold entities on dev:", dict(n_gold))
    print("PER+ORG+LOC recall: " + ", ".join(
        f"{k} in train {a / max(1, b):.4f} ({a}/{b})" for k, (a, b) in recall.items()))
    print("errors of", args.types, "total", sum(count.values()))
    for name, c in by.items():
        print(f"by {name}:")
        for k, n in c.most_common():
            print(f"  {n:5d}  {k}")
    print("categories (type, outcome, line, seen in train):")
    for k, n in count.most_common(25):
        ex = ", ".join(f"{w} ({m})" for w, m in examples[k].most_common(args.show))
        print(f"  {n:5d}  {'/'.join(k)}: {ex}")


if __name__ == "__main__":
    main()
