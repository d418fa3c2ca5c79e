"""test_docsim.py -- the document similarity functions on generated texts
(fixed seeds):

- text_jaccard against a Python reference of the set algebra, the token
  norms taken from the extension's own tokens() (punctuation and symbols
  dropped), for shingle sizes 1, 2, 3 and 5;
- minhash_jaccard against the exact Jaccard over many pairs: no bias, and
  a mean absolute error within what perm=128 allows (sqrt(J(1-J)/128));
- the LSH recipe of docs/docsim.md on 2,000 documents with 200 planted
  near-duplicates (true Jaccard >= 0.9) finds >= 95% of them;
- simhash: near-duplicates close, unrelated texts ~32 bits apart, and
  simhash_distance is the popcount of the xor.
Under ASan (LD_PRELOAD names libasan) the sizes shrink.
"""
import math
import os
import random
import unittest

from tk_harness import connect, main

ASAN = "asan" in os.environ.get("LD_PRELOAD", "")
N_JACCARD = 300 if ASAN else 2000
N_MINHASH = 200 if ASAN else 1000
N_DOCS, N_PLANTED = (500, 50) if ASAN else (2000, 200)

WORDS = ("the a of cat dog Cat DOG café cafe naïve résumé Straße strasse "
         "東京 日本 語 😀 👍 42 3.14 1,000 hello world foo bar baz qux "
         "running runs ran").split()
SEPS = [" ", " ", " ", ", ", ". ", "! ", " - ", " + ", "\n", " $ "]


def random_text(rnd, n):
    """n words from WORDS joined by random separators and punctuation."""
    out = []
    for _ in range(n):
        out.append(rnd.choice(WORDS))
        out.append(rnd.choice(SEPS))
    return "".join(out)


def zipf_words(rnd, vocab, weights, n):
    """n words drawn from a Zipf-weighted vocabulary."""
    return rnd.choices(vocab, weights, k=n)


class DocsimTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.db = connect()

    def norms(self, text, options=""):
        """The token norms the similarity functions count."""
        rows = self.db.execute(
            "SELECT norm FROM tokens(?, ?) WHERE kind NOT IN ('punct', 'symbol')",
            (text, options)).fetchall()
        return [r[0] for r in rows]

    def ref_jaccard(self, a, b, k, options=""):
        """Reference: Jaccard of the sets of k-word shingles."""
        def shingles(text):
            t = self.norms(text, options)
            if 0 < len(t) < k:
                return {tuple(t)}
            return {tuple(t[i:i + k]) for i in range(len(t) - k + 1)}
        sa, sb = shingles(a), shingles(b)
        if not sa and not sb:
            return 1.0
        return len(sa & sb) / len(sa | sb)

    def test_jaccard_matches_reference(self):
        rnd = random.Random(1)
        checked = 0
        for i in range(N_JACCARD):
            k = rnd.choice([1, 2, 3, 5])
            a = random_text(rnd, rnd.randint(0, 30))
            # half the pairs share a prefix so the values spread over 0..1
            b = a[:rnd.randint(0, len(a))] + random_text(rnd, rnd.randint(0, 20)) if i % 2 else random_text(rnd, rnd.randint(0, 30))
            opts = rnd.choice(["", "unaccent=1", "fold=0", "stem=english"])
            got = self.db.execute("SELECT text_jaccard(?, ?, ?)",
                                  (a, b, f"shingle={k} {opts}")).fetchone()[0]
            want = self.ref_jaccard(a, b, k, opts)
            self.assertAlmostEqual(got, want, places=12, msg=(a, b, k, opts))
            checked += 1
        print(f"text_jaccard: {checked} pairs match the reference", flush=True)

    def test_minhash_estimate(self):
        rnd = random.Random(2)
        vocab = [f"w{i}" for i in range(3000)]
        weights = [1 / (i + 1) for i in range(3000)]
        errs, diffs, expected = [], [], []
        for _ in range(N_MINHASH):
            base = zipf_words(rnd, vocab, weights, 120)
            # keep a random share of the words, replace the rest
            keep = rnd.random()
            other = [w if rnd.random() < keep else rnd.choice(vocab) for w in base]
            a, b = " ".join(base), " ".join(other)
            est, true = self.db.execute(
                "SELECT minhash_jaccard(minhash(?1), minhash(?2)),"
                " text_jaccard(?1, ?2, 'shingle=5')", (a, b)).fetchone()
            errs.append(abs(est - true))
            diffs.append(est - true)
            # E|X - J| for a binomial fraction over 128 draws ~ sd*sqrt(2/pi)
            expected.append(math.sqrt(true * (1 - true) / 128) * math.sqrt(2 / math.pi))
        mae, bias, want = sum(errs) / len(errs), sum(diffs) / len(diffs), sum(expected) / len(expected)
        print(f"minhash perm=128: {len(errs)} pairs, mean |error| {mae:.4f} "
              f"(binomial {want:.4f}), bias {bias:+.4f}", flush=True)
        self.assertLess(mae, want * 1.25 + 0.002)
        self.assertLess(abs(bias), 0.01)

    def test_lsh_recipe_recall(self):
        rnd = random.Random(3)
        vocab = [f"t{i}" for i in range(20000)]
        weights = [1 / (i + 1) for i in range(20000)]
        docs = [zipf_words(rnd, vocab, weights, 150) for _ in range(N_DOCS - N_PLANTED)]
        planted = set()
        for _ in range(N_PLANTED):
            src = rnd.randrange(len(docs))
            copy = list(docs[src])
            copy[rnd.randrange(len(copy))] = rnd.choice(vocab)
            planted.add((src, len(docs)))
            docs.append(copy)
        db = connect()
        db.execute("CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT)")
        db.executemany("INSERT INTO docs VALUES (?, ?)", [(i, " ".join(d)) for i, d in enumerate(docs)])
        true_j = [db.execute("SELECT text_jaccard(x.body, y.body, 'shingle=5') FROM docs x, docs y"
                             " WHERE x.id = ? AND y.id = ?", p).fetchone()[0] for p in planted]
        self.assertGreaterEqual(min(true_j), 0.9)
        db.executescript("""
            CREATE TABLE sig AS SELECT id, minhash(body) AS mh FROM docs;
            CREATE TABLE lsh AS SELECT s.id, b.band, b.bucket FROM sig s, minhash_bands(s.mh, 16) b;
            CREATE INDEX lsh_bb ON lsh(band, bucket);""")
        found = db.execute("""
            SELECT x.id AS a, y.id AS b, minhash_jaccard(sx.mh, sy.mh) AS similarity
            FROM lsh x JOIN lsh y ON x.band = y.band AND x.bucket = y.bucket AND x.id < y.id
            JOIN sig sx ON sx.id = x.id JOIN sig sy ON sy.id = y.id
            GROUP BY x.id, y.id HAVING similarity >= 0.8""").fetchall()
        pairs = {(a, b) for a, b, _ in found}
        recall = len(pairs & planted) / len(planted)
        good = sum(db.execute("SELECT text_jaccard(x.body, y.body, 'shingle=5') >= 0.7"
                              " FROM docs x, docs y WHERE x.id = ? AND y.id = ?", p).fetchone()[0]
                   for p in pairs)
        print(f"LSH recipe: {len(docs)} docs, recall {len(pairs & planted)}/{len(planted)} = "
              f"{recall:.3f}, {len(pairs)} pairs reported, {good} with true J >= 0.7",
              flush=True)
        self.assertGreaterEqual(recall, 0.95)
        self.assertEqual(good, len(pairs))

    def test_simhash(self):
        rnd = random.Random(4)
        # unrelated = no shared vocabulary skew: uniform over many words (a
        # Zipf corpus shares its frequent words, which SimHash weighs in)
        vocab = [f"s{i}" for i in range(50000)]
        weights = [1] * len(vocab)
        near, far = [], []
        for _ in range(300):
            a = zipf_words(rnd, vocab, weights, 200)
            b = list(a)
            for _ in range(4):
                b[rnd.randrange(len(b))] = rnd.choice(vocab)
            c = zipf_words(rnd, vocab, weights, 200)
            row = self.db.execute(
                "SELECT simhash_distance(simhash(?1), simhash(?2)),"
                " simhash_distance(simhash(?1), simhash(?3))",
                (" ".join(a), " ".join(b), " ".join(c))).fetchone()
            near.append(row[0])
            far.append(row[1])
        mnear, mfar = sum(near) / len(near), sum(far) / len(far)
        print(f"simhash: near-duplicates mean distance {mnear:.1f}, unrelated {mfar:.1f}",
              flush=True)
        self.assertLess(mnear, 8)
        self.assertTrue(28 <= mfar <= 36, mfar)
        self.assertLess(max(near), min(far))
        for _ in range(2000):
            x, y = rnd.getrandbits(64) - 2**63, rnd.getrandbits(64) - 2**63
            d = self.db.execute("SELECT simhash_distance(?, ?)", (x, y)).fetchone()[0]
            self.assertEqual(d, bin((x ^ y) & (2**64 - 1)).count("1"))


if __name__ == "__main__":
    main()
