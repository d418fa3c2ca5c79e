"""test_corpus_oracle.py -- text_cosine() and keywords() against references
over the bundled sample corpus (sql/sample/*.txt, split into paragraphs):

  - the IDF recipe of docs/corpus.md + text_cosine(..., 'idf=idf') equals
    scikit-learn's TfidfVectorizer (smooth_idf, l2 norm, fed the
    extension's own tokens() norms) + cosine_similarity to 1e-9 (skipped
    with a message when python3-sklearn is absent);
  - plain text_cosine equals a collections.Counter cosine of tokens() norms;
  - keywords(): idf scores are count x idf from the table, rows are in the
    documented order, and each article's top keywords hold terms a reader
    would pick for it.
"""
import collections
import glob
import math
import os
import unittest

from tk_harness import ROOT, connect, main

OPTS = "stem=english stopwords=english"
RECIPE = """
CREATE TABLE idf AS
WITH n AS (SELECT count(*) AS n FROM docs),
     df AS (SELECT t.norm AS term, count(DISTINCT d.id) AS df
              FROM docs d, tokens(d.body, '{opts}') t
             WHERE t.kind IN ('word', 'number')
             GROUP BY t.norm)
SELECT term, ln((n + 1.0) / (df + 1)) + 1 AS idf FROM df, n;
"""


def sample_articles():
    """The three sample articles, in file order."""
    paths = sorted(glob.glob(os.path.join(ROOT, "sql", "sample", "*.txt")))
    return [open(p, encoding="utf-8").read() for p in paths]


def paragraphs(articles):
    """Every non-empty paragraph of the articles, deduplicated, in order."""
    seen, out = set(), []
    for a in articles:
        for p in a.split("\n"):
            p = p.strip()
            if p and p not in seen:
                seen.add(p)
                out.append(p)
    return out


def norms(db, text, opts):
    """The extension's terms of text: word and number norms."""
    return [r[0] for r in db.execute(
        "SELECT norm FROM tokens(?, ?) WHERE kind IN ('word', 'number')",
        (text, opts))]


def load_docs(db, texts, opts):
    """Table docs(id, body) and the recipe's idf table over it."""
    db.execute("CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT)")
    db.executemany("INSERT INTO docs(body) VALUES (?)", [(t,) for t in texts])
    db.executescript(RECIPE.format(opts=opts))


class CosineOracleTest(unittest.TestCase):
    def test_plain_cosine_matches_counter(self):
        db = connect()
        docs = paragraphs(sample_articles())[:30]
        self.assertGreater(len(docs), 20)
        checked = nonzero = 0
        for i, a in enumerate(docs):
            for b in docs[i:]:
                ca, cb = collections.Counter(norms(db, a, "")), collections.Counter(norms(db, b, ""))
                dot = sum(ca[t] * cb[t] for t in ca)
                na = math.sqrt(sum(v * v for v in ca.values()))
                nb = math.sqrt(sum(v * v for v in cb.values()))
                want = dot / (na * nb) if na and nb else 0.0
                got = db.execute("SELECT text_cosine(?, ?)", (a, b)).fetchone()[0]
                self.assertAlmostEqual(got, want, delta=1e-12, msg=(a[:40], b[:40]))
                checked += 1
                nonzero += 0 < want < 1
        self.assertGreater(nonzero, checked // 4)

    def test_tfidf_cosine_matches_sklearn(self):
        try:
            from sklearn.feature_extraction.text import TfidfVectorizer
            from sklearn.metrics.pairwise import cosine_similarity
        except ImportError:
            self.skipTest("python3-sklearn is not installed (apt-get install python3-sklearn)")
        db = connect()
        docs = paragraphs(sample_articles())
        load_docs(db, docs, OPTS)
        vec = TfidfVectorizer(analyzer=lambda t: norms(db, t, OPTS), smooth_idf=True,
                              norm="l2", sublinear_tf=False, lowercase=False)
        m = vec.fit_transform(docs)
        # the recipe's table is sklearn's idf_, term by term
        idf = dict(db.execute("SELECT term, idf FROM idf"))
        self.assertEqual(set(idf), set(vec.vocabulary_))
        for term, k in vec.vocabulary_.items():
            self.assertAlmostEqual(idf[term], vec.idf_[k], delta=1e-12, msg=term)
        want = cosine_similarity(m)
        got = db.execute("""SELECT a.id, b.id, text_cosine(a.body, b.body, '{} idf=idf')
                            FROM docs a, docs b""".format(OPTS)).fetchall()
        self.assertEqual(len(got), len(docs) ** 2)
        worst = max(abs(r - want[i - 1][j - 1]) for i, j, r in got)
        self.assertLess(worst, 1e-9)
        # weighting matters on this corpus: some pair moves by > 0.01
        plain = dict(((i, j), r) for i, j, r in db.execute(
            "SELECT a.id, b.id, text_cosine(a.body, b.body, '{}') FROM docs a, docs b".format(OPTS)))
        self.assertTrue(any(abs(plain[(i, j)] - r) > 0.01 for i, j, r in got))


class KeywordsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.db = connect()
        load_docs(cls.db, sample_articles(), OPTS)

    def keywords(self, doc_id, opts):
        return self.db.execute(
            "SELECT k.keyword, k.score, k.count FROM docs d, keywords(d.body, ?) k "
            "WHERE d.id = ?", (opts, doc_id)).fetchall()

    def test_idf_scores_are_count_times_idf(self):
        idf = dict(self.db.execute("SELECT term, idf FROM idf"))
        for doc_id in (1, 2, 3):
            rows = self.keywords(doc_id, OPTS + " method=tfidf idf=idf top=0")
            self.assertGreater(len(rows), 50)
            for keyword, score, count in rows:
                if "-" in keyword:
                    continue  # a compound is one term, looked up whole
                (norm,) = norms(self.db, keyword, OPTS)
                self.assertAlmostEqual(score, count * idf[norm], delta=1e-9, msg=keyword)
            scores = [s for _, s, _ in rows]
            self.assertEqual(scores, sorted(scores, reverse=True))

    def test_order_and_top(self):
        for method in ("phrase", "yake", "rake", "tfidf"):
            opts = OPTS + " method=" + method
            rows = self.keywords(1, opts + " top=0")
            scores = [s for _, s, _ in rows]
            self.assertEqual(scores, sorted(scores, reverse=True))
            self.assertEqual(self.keywords(1, opts), rows[:10])
            self.assertEqual(len({k for k, _, _ in rows}), len(rows))

    def test_distinctive_terms(self):
        def top(doc_id, opts):
            return [k for k, _, _ in self.keywords(doc_id, opts)]
        tfidf = {d: top(d, OPTS + " method=tfidf idf=idf") for d in (1, 2, 3)}
        self.assertIn("Volgograd", tfidf[1])    # the Volgograd attacks
        self.assertIn("bombings", tfidf[2])
        self.assertIn("Access", tfidf[3])       # the paywalled page
        for d in (1, 2, 3):
            self.assertIn("security", tfidf[d])
        rake = {d: top(d, OPTS + " method=rake") for d in (1, 2, 3)}
        self.assertIn("National Security Council", rake[2])
        self.assertIn("Black Sea resort", rake[3])
        pairs = top(2, OPTS + " method=tfidf idf=idf words=2")
        self.assertIn("Volgograd bombings", pairs)
        # the default names what the Sochi security article is about
        default = top(2, OPTS)
        self.assertIn("Sochi", default)
        self.assertIn("Sochi", top(2, OPTS + " method=yake"))
        self.assertIn("Sochi", top(2, OPTS + " idf=idf"))


if __name__ == "__main__":
    main()
