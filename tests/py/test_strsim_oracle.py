"""test_strsim_oracle.py -- the string similarity functions against
independent oracles on 100,000 random pairs (fixed seed): ASCII, Latin
with accents, Cyrillic, CJK, emoji and mixes, lengths 0 to 300 (crossing
the 64 and 128 code point block edges), half of them edited copies of
each other (substitutions, insertions, deletions, transpositions).

Oracles: python3-levenshtein (Levenshtein.distance) for levenshtein and
levenshtein(a, b, max); python3-jellyfish (damerau_levenshtein_distance,
jaro_similarity, jaro_winkler_similarity, hamming_distance, soundex and
metaphone on ASCII words); plain references written here for OSA
(computed only where jellyfish's Damerau-Levenshtein and Levenshtein
differ: OSA lies between them) and for pg_trgm (similarity, and
word_similarity as the best extent by brute force).  A missing Debian
package skips its comparisons with a message.  Every function's pairs go
through one SQL query.  Under ASan (LD_PRELOAD names libasan) the pair
count drops to 20,000, and the output says so.
"""
import functools
import os
import random
import sys
import unicodedata
import unittest

from tk_harness import connect, main

try:
    import Levenshtein
except ImportError:  # pragma: no cover - depends on the machine
    Levenshtein = None
try:
    import jellyfish
except ImportError:  # pragma: no cover
    jellyfish = None

ASAN = "asan" in os.environ.get("LD_PRELOAD", "")
N_PAIRS = 20_000 if ASAN else 100_000

ALPHABETS = {
    "ascii": "abcdefghij",
    "ascii_wide": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ",
    "latin": "aeiouéèêëàâäôöüçñß ",
    "cyrillic": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя ",
    "cjk": "的一是不了人我在有他这中大来上国个到说们",
    "emoji": "😀😃😄😁😆🙂🙃😉👍🏽🚀 ",
}
ALPHABETS["mixed"] = "".join(ALPHABETS[k][:6] for k in ALPHABETS)


def rand_len(rng):
    """Lengths 0..300, mostly short, often around the block edges."""
    r = rng.random()
    if r < 0.6:
        return rng.randint(0, 40)
    if r < 0.85:
        return rng.randint(55, 140)
    return rng.randint(120, 300)


def edit(rng, s, alphabet):
    """s with a few random edits, transpositions included."""
    a = list(s)
    for _ in range(rng.randint(0, max(1, len(a) // 8))):
        op = rng.randint(0, 3)
        i = rng.randint(0, len(a)) if a else 0
        if op == 0 and i < len(a):
            a[i] = rng.choice(alphabet)
        elif op == 1:
            a.insert(i, rng.choice(alphabet))
        elif op == 2 and i < len(a):
            del a[i]
        elif i + 1 < len(a):
            a[i], a[i + 1] = a[i + 1], a[i]
    return "".join(a)


def make_pairs(n, seed):
    """n (a, b) pairs, deterministic for the seed."""
    rng = random.Random(seed)
    names = sorted(ALPHABETS)
    pairs = []
    for _ in range(n):
        alpha = ALPHABETS[rng.choice(names)]
        a = "".join(rng.choice(alpha) for _ in range(rand_len(rng)))
        if rng.random() < 0.5:
            b = edit(rng, a, alpha)
        else:
            b = "".join(rng.choice(alpha) for _ in range(rand_len(rng)))
        pairs.append((a, b))
    return pairs


PAIRS = make_pairs(N_PAIRS, 20261123)
_LEV = []


def lev_distances():
    """Levenshtein.distance of every pair, computed once."""
    if not _LEV:
        _LEV.extend(Levenshtein.distance(a, b) for a, b in PAIRS)
    return _LEV


def run_sql(db, expr, pairs, extra=None):
    """expr evaluated over every pair in one query; a list of results."""
    db.execute("DROP TABLE IF EXISTS temp.p")
    db.execute("CREATE TEMP TABLE p(id INTEGER PRIMARY KEY, a, b, x)")
    db.executemany("INSERT INTO p VALUES (?, ?, ?, ?)",
                   ((i, a, b, extra[i] if extra else None)
                    for i, (a, b) in enumerate(pairs)))
    return [r[0] for r in db.execute(f"SELECT {expr} FROM p ORDER BY id")]


def osa_plain(a, b, k):
    """Optimal string alignment by the textbook DP, given an upper bound k
    of the distance: a cell (i, j) lies on an alignment of cost at least
    |j - i| + |(n - m) - (j - i)|, so only the diagonals where that is
    <= k are computed (the rest stay at infinity)."""
    m, n = len(a), len(b)
    big = m + n + 1
    lo, hi = -((k - (n - m)) // 2), (k + (n - m)) // 2  # j - i in [lo, hi]
    prev2, prev = None, [j if j <= hi else big for j in range(n + 1)]
    for i in range(1, m + 1):
        cur = [big] * (n + 1)
        if -i >= lo:
            cur[0] = i
        ai = a[i - 1]
        ap = a[i - 2] if i > 1 else None
        for j in range(max(1, i + lo), min(n, i + hi) + 1):
            bj = b[j - 1]
            v = prev[j - 1] + (ai != bj)
            if prev[j] + 1 < v:
                v = prev[j] + 1
            if cur[j - 1] + 1 < v:
                v = cur[j - 1] + 1
            if ap == bj and j > 1 and ai == b[j - 2] and ai != bj and prev2[j - 2] + 1 < v:
                v = prev2[j - 2] + 1
            cur[j] = v
        prev2, prev = prev, cur
    return prev[n]


@functools.lru_cache(maxsize=None)
def is_word_char(c):
    """pg_trgm word characters: letters and digits."""
    return unicodedata.category(c) in ("Lu", "Ll", "Lt", "Lm", "Lo", "Nd", "Nl", "No")


@functools.lru_cache(maxsize=None)
def lower1(c):
    """Simple (one code point) lower-case mapping."""
    low = c.lower()
    return low[0] if low else c


def trigram_seq(s):
    """pg_trgm trigrams of s in order: per word, '  ' + word + ' '."""
    out, word = [], []
    for c in s + "\0":
        if c != "\0" and is_word_char(c):
            word.append(lower1(c))
        elif word:
            w = "  " + "".join(word) + " "
            out += [w[i:i + 3] for i in range(len(w) - 2)]
            word = []
    return out


def trgm_similarity(a, b):
    """pg_trgm similarity(): shared / union of the trigram sets."""
    x, y = set(trigram_seq(a)), set(trigram_seq(b))
    if not x or not y:
        return 0.0
    c = len(x & y)
    return c / (len(x) + len(y) - c)


def trgm_word_similarity(a, b):
    """word_similarity(): best extent of b's ordered trigrams, brute force."""
    x = set(trigram_seq(a))
    seq = trigram_seq(b)
    best = 0.0
    for s in range(len(seq)):
        if seq[s] not in x:
            continue
        ext, common = set(), 0
        for e in range(s, len(seq)):
            t = seq[e]
            if t not in ext:
                ext.add(t)
                common += t in x
            if t in x:
                best = max(best, common / (len(x) + len(ext) - common))
    return best


class StrsimOracle(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.db = connect()
        print(f"strsim oracle: {len(PAIRS)} pairs"
              + (" (reduced from 100,000 under ASan)" if ASAN else ""),
              file=sys.stderr)

    def check(self, name, got, want, pairs):
        bad = [(pairs[i], g, w) for i, (g, w) in enumerate(zip(got, want)) if g != w]
        print(f"  {name}: {len(got)} pairs, {len(bad)} disagreements", file=sys.stderr)
        self.assertEqual(bad[:3], [], f"{name}: {len(bad)} disagreements")

    def test_levenshtein(self):
        if Levenshtein is None:
            self.skipTest("python3-levenshtein absent: levenshtein not compared")
        want = lev_distances()
        self.check("levenshtein", run_sql(self.db, "levenshtein(a, b)", PAIRS), want, PAIRS)
        rng = random.Random(7)
        limits = [rng.randint(0, 60) for _ in PAIRS]
        got = run_sql(self.db, "levenshtein(a, b, x)", PAIRS, limits)
        self.check("levenshtein(max)", got, [min(d, k + 1) for d, k in zip(want, limits)], PAIRS)
        sim = [1.0 if not (a or b) else 1.0 - d / max(len(a), len(b))
               for (a, b), d in zip(PAIRS, want)]
        self.check("levenshtein_similarity",
                   run_sql(self.db, "levenshtein_similarity(a, b)", PAIRS), sim, PAIRS)

    def test_damerau_and_osa(self):
        if jellyfish is None:
            self.skipTest("python3-jellyfish absent: damerau_levenshtein not compared")
        dl = [jellyfish.damerau_levenshtein_distance(a, b) for a, b in PAIRS]
        self.check("damerau_levenshtein",
                   run_sql(self.db, "damerau_levenshtein(a, b)", PAIRS), dl, PAIRS)
        if Levenshtein is None:
            self.skipTest("python3-levenshtein absent: osa_distance not compared")
        lev = lev_distances()
        osa = [x if x == y else osa_plain(a, b, y)
               for (a, b), x, y in zip(PAIRS, dl, lev)]
        self.check("osa_distance", run_sql(self.db, "osa_distance(a, b)", PAIRS), osa, PAIRS)

    def test_jaro(self):
        if jellyfish is None:
            self.skipTest("python3-jellyfish absent: jaro not compared")
        self.check("jaro_similarity", run_sql(self.db, "jaro_similarity(a, b)", PAIRS),
                   [jellyfish.jaro_similarity(a, b) for a, b in PAIRS], PAIRS)
        self.check("jaro_winkler_similarity",
                   run_sql(self.db, "jaro_winkler_similarity(a, b)", PAIRS),
                   [jellyfish.jaro_winkler_similarity(a, b) for a, b in PAIRS], PAIRS)

    def test_hamming(self):
        if jellyfish is None:
            self.skipTest("python3-jellyfish absent: hamming not compared")
        rng = random.Random(5)
        same = [(a, "".join(c if rng.random() < 0.7 else rng.choice("xé😀ж的") for c in a))
                for a, _ in PAIRS]
        self.check("hamming", run_sql(self.db, "hamming(a, b)", same),
                   [jellyfish.hamming_distance(a, b) for a, b in same], same)

    def test_trigram(self):
        self.check("trigram_similarity", run_sql(self.db, "trigram_similarity(a, b)", PAIRS),
                   [trgm_similarity(a, b) for a, b in PAIRS], PAIRS)
        short = [(a[:60], b[:120]) for a, b in PAIRS[: len(PAIRS) // 5]]
        self.check("trigram_word_similarity",
                   run_sql(self.db, "trigram_word_similarity(a, b)", short),
                   [trgm_word_similarity(a, b) for a, b in short], short)

    def test_phonetic_ascii(self):
        if jellyfish is None:
            self.skipTest("python3-jellyfish absent: soundex/metaphone not compared")
        rng = random.Random(11)
        words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyzthshchph")
                         for _ in range(rng.randint(1, 12))) for _ in range(20000)]
        pairs = [(w, "") for w in words]
        self.check("soundex", run_sql(self.db, "text_soundex(a)", pairs),
                   [jellyfish.soundex(w) for w in words], pairs)
        self.check("metaphone", run_sql(self.db, "metaphone(a)", pairs),
                   [jellyfish.metaphone(w) for w in words], pairs)


if __name__ == "__main__":
    main()
