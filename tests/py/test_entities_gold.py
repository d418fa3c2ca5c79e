"""test_entities_gold.py -- precision and recall of entities()' pattern
types on tests/data/entities_gold.tsv (news-style sentences written for
textkit, each with its gold spans).  Every sentence goes through

    SELECT type, entity, norm, start, length FROM entities(?, 'model=0')

A prediction counts as correct only when its type, start, length and norm
all equal a gold span's.  Prints the per-type table and asserts precision
and recall >= 0.95 for every pattern type."""
import collections
import os
import unittest

from tk_harness import ROOT, connect, main

GOLD = os.path.join(ROOT, "tests", "data", "entities_gold.tsv")
PATTERN_TYPES = ["DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL",
                 "ORDINAL", "EMAIL", "URL", "PHONE", "HASHTAG", "MENTION", "IP"]


def read_gold():
    """[(sentence, [(type, start, length, norm, surface)])] with 1-based
    character starts found by searching each surface after the previous."""
    items = []
    for line in open(GOLD, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if parts[0] == "S":
            items.append((parts[1], [], [0]))
        else:
            text, spans, cursor = items[-1]
            etype, surface, norm = parts[1], parts[2], parts[3]
            at = text.find(surface, cursor[0])
            if at < 0:
                raise ValueError(f"gold surface {surface!r} not in {text!r}")
            spans.append((etype, at + 1, len(surface), norm, surface))
            cursor[0] = at + len(surface)
    return [(t, s) for t, s, _ in items]


class GoldTest(unittest.TestCase):
    def test_precision_recall_per_type(self):
        db = connect()
        gold = read_gold()
        self.assertGreaterEqual(len(gold), 100)
        tp, fp, fn = (collections.Counter() for _ in range(3))
        errors = []
        for text, spans in gold:
            want = {(t, s, n, norm) for t, s, n, norm, _ in spans}
            got = {(t, s, n, norm) for t, e, norm, s, n in db.execute(
                "SELECT type, entity, norm, start, length FROM entities(?, 'model=0')",
                (text,))}
            for g in got:
                if g in want:
                    tp[g[0]] += 1
                else:
                    fp[g[0]] += 1
                    errors.append(f"  extra   {g} in {text!r}")
            for w in want - got:
                fn[w[0]] += 1
                errors.append(f"  missed  {w} in {text!r}")
        print(f"\n{'type':<10}{'gold':>6}{'pred':>6}{'prec':>8}{'recall':>8}")
        short = []
        for t in PATTERN_TYPES:
            p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 0.0
            r = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else 0.0
            print(f"{t:<10}{tp[t] + fn[t]:>6}{tp[t] + fp[t]:>6}{p:>8.3f}{r:>8.3f}")
            if tp[t] + fn[t] == 0 or p < 0.95 or r < 0.95:
                short.append(t)
        if errors:
            print("\n".join(errors))
        self.assertEqual(short, [], "types below 0.95 precision or recall")

    def test_overlap_rules_with_the_model(self):
        """On every gold sentence plus a few with numbers inside names, the
        full output is the model=0 and patterns=0 outputs merged by the
        rules of textkit/ner.h: rows never overlap; a pattern row survives
        unless a model row strictly contains it; a model row survives unless
        it overlaps a surviving pattern row."""
        db = connect()
        texts = [t for t, _ in read_gold()] + [
            "He won at the Euro 2000 tournament and in Formula One.",
            "Bank of 2010 Holdings hired 300 staff in New York on Monday."]
        q = "SELECT start, length, type, source FROM entities(?, ?)"
        checked = 0
        for text in texts:
            full = list(db.execute(q, (text, "")))
            pats = list(db.execute(q, (text, "model=0")))
            model = list(db.execute(q, (text, "patterns=0")))
            spans = sorted((s, s + n) for s, n, _, _ in full)
            for (a, b), (c, d) in zip(spans, spans[1:]):
                self.assertLessEqual(b, c, f"overlap in {text!r}")
            full_model = [(s, s + n) for s, n, _, src in full if src == "model"]
            for s, n, t, _ in pats:
                inside = any(ms <= s and s + n <= me and me - ms > n
                             for ms, me in full_model)
                self.assertEqual((s, n, t, "pattern") in full, not inside, text)
                checked += 1
            full_pat = [(s, s + n) for s, n, _, src in full if src == "pattern"]
            for s, n, t, _ in model:
                hit = any(ps < s + n and s < pe for ps, pe in full_pat)
                self.assertEqual((s, n, t, "model") in full, not hit, text)
                checked += 1
        self.assertGreater(checked, 300)


if __name__ == "__main__":
    main()
