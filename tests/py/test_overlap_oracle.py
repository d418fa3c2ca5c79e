"""test_overlap_oracle.py -- text_overlap() against a brute-force
reference: every maximal run of consecutive equal words (compared
case-folded, punctuation ignored) of at least min_words that two word lists
share, found by the textbook O(n*m) dynamic programme.  Random texts with
planted shared passages (varied case and punctuation, a passage of a
planted twice in b, non-ASCII words and invalid UTF-8 around them), many
cases and several min_words; every row's spans are checked with substr.
The fillers come from a large vocabulary so accidental runs of min_words
are too rare to matter, and no passage of b is planted twice in a (where
text_overlap reports one occurrence by design, docs/passages.md)."""
import random
import unittest

from tk_harness import connect, main

VOCAB = [f"w{k}x" for k in range(4000)] + ["café", "naïve", "Zürich", "Ωmega"]
PUNCT = [" ", " ", " ", ", ", "; ", " -- ", ". ", " (", ") ", ": "]


def brute_force(wa, wb, k):
    """Maximal common runs (ia, ib, length) of at least k words: dp[i][j]
    is the length of the run ending at a[i-1], b[j-1]; a run is maximal
    where the next pair differs or a text ends."""
    n, m = len(wa), len(wb)
    prev = [0] * (m + 1)
    runs = []
    for i in range(1, n + 1):
        cur = [0] * (m + 1)
        for j in range(1, m + 1):
            if wa[i - 1] == wb[j - 1]:
                cur[j] = prev[j - 1] + 1
                last = i == n or j == m or wa[i] != wb[j]
                if last and cur[j] >= k:
                    runs.append((i - cur[j], j - cur[j], cur[j]))
        prev = cur
    return sorted(runs)


def render(words, rng):
    """Join words with random punctuation and case; returns the text and
    the (start, end) character span of each word."""
    parts, spans, pos = [], [], 0
    for k, w in enumerate(words):
        if k:
            sep = rng.choice(PUNCT)
            parts.append(sep)
            pos += len(sep)
        shown = w.upper() if rng.random() < 0.1 else (
            w.capitalize() if rng.random() < 0.1 else w)
        parts.append(shown)
        spans.append((pos, pos + len(shown)))
        pos += len(shown)
    return "".join(parts), spans


def make_case(rng):
    """Two word lists sharing planted passages, and min_words."""
    k = rng.choice([3, 5, 8, 12])
    na, nb = rng.randint(50, 400), rng.randint(50, 400)
    a = [rng.choice(VOCAB) for _ in range(na)]
    b = [rng.choice(VOCAB) for _ in range(nb)]
    for _ in range(rng.randint(0, 4)):
        length = rng.randint(max(1, k - 2), k + 25)
        if length >= na or length >= nb:
            continue
        ia = rng.randrange(0, na - length)
        copies = 2 if rng.random() < 0.2 else 1
        for _ in range(copies):
            ib = rng.randrange(0, nb - length)
            b[ib:ib + length] = a[ia:ia + length]
    return a, b, k


class OverlapOracleTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.db = connect()

    def run_case(self, a, b, k, rng):
        ta, spa = render(a, rng)
        tb, spb = render(b, rng)
        fold = [w.lower() for w in a], [w.lower() for w in b]
        want = brute_force(fold[0], fold[1], k)
        # Reference runs may not share a passage of b twice in a.
        rows = self.db.execute(
            "SELECT passage, a_start, a_length, b_start, b_length, words,"
            " position, substr(?1, a_start, a_length),"
            " substr(?2, b_start, b_length)"
            " FROM text_overlap(?1, ?2, ?3)", (ta, tb, k)).fetchall()
        got = []
        for pos, (psg, a0, alen, b0, blen, words, position, suba, subb) in \
                enumerate(rows):
            self.assertEqual(position, pos)
            self.assertEqual(psg, suba)
            ia = next(i for i, s in enumerate(spa) if s[0] == a0 - 1)
            ib = next(i for i, s in enumerate(spb) if s[0] == b0 - 1)
            self.assertEqual(spa[ia + words - 1][1], a0 - 1 + alen)
            self.assertEqual(spb[ib + words - 1][1], b0 - 1 + blen)
            self.assertEqual(len(subb), blen)
            got.append((ia, ib, words))
        self.assertEqual(got, want, (k, ta, tb))
        self.assertEqual([r[1] for r in rows], sorted(r[1] for r in rows))
        return len(got)

    def test_random_planted_passages(self):
        rng = random.Random(20261123)
        total = 0
        for _ in range(300):
            a, b, k = make_case(rng)
            # Keep only cases where no run of b repeats in a (see docstring).
            runs = brute_force([w.lower() for w in a], [w.lower() for w in b], k)
            if len({ib for _, ib, _ in runs}) != len(runs):
                continue
            total += self.run_case(a, b, k, rng)
        self.assertGreater(total, 200)

    def test_passage_twice_in_b_gives_two_rows(self):
        rng = random.Random(7)
        shared = [rng.choice(VOCAB) for _ in range(10)]
        a = [rng.choice(VOCAB) for _ in range(20)] + shared + ["end1"]
        b = ["x1"] + shared + ["y1", "y2"] + shared + ["z1"]
        self.assertEqual(self.run_case(a, b, 8, rng), 2)

    def test_invalid_utf8_around_passages(self):
        shared = "the quick brown fox jumps over the lazy dog again"
        a = b"\xff\xfe head " + shared.encode() + b" \xc3 tail"
        b = b"other \x80 words " + shared.upper().encode() + b" stop"
        rows = self.db.execute(
            "SELECT words, a_start, a_length, b_start, b_length"
            " FROM text_overlap(?, ?, 5)", (a, b)).fetchall()
        # a: U+FFFD U+FFFD ' head ' -> the passage starts at character 9;
        # b: 'other ' U+FFFD ' words ' -> at character 15.
        self.assertEqual(rows, [(10, 9, len(shared), 15, len(shared))])


if __name__ == "__main__":
    main()
