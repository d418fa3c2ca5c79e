#!/usr/bin/python3
"""keywords_eval.py -- `make eval-keywords`: F1@5, F1@10 and F1@15 of
keywords() on the dev halves of three keyphrase datasets
(../shared/data/keyphrases/: Inspec, SemEval-2017, 500N-KPCrowd), through
SQL, side by side with RAKE, TF-IDF and an npm peer (retext-keywords).

    /usr/bin/python3 ext/tools/keywords_eval.py --lib dist/textkit.so \
        [--data ../shared/data/keyphrases] [--sets inspec,...] [--no-peer]
        [--only 'label=options;label=options']

Protocol (the data's README): predicted and gold phrases are lower-cased,
split into words (runs of letters and digits) and every word is
Porter-stemmed with textkit's text_stem(w, 'porter'); a prediction counts
when its stemmed phrase equals a gold one.  Predictions that stem alike are
counted once (the first).  P@k divides by the number of predictions in the
top k (at most k), R@k by the number of gold phrases; F1@k is macro-averaged
over the documents.  The TF-IDF rows use an idf table built from the
dataset's own documents with the recipe of docs/corpus.md.
Exits 0 with a "skipped" line when the data directory is absent.
"""
import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys

SETS = ["inspec", "semeval2017", "500n-kpcrowd"]
KS = (5, 10, 15)
# label -> keywords() options; {idf} is the idf table's name
METHODS = [
    ("rake", "method=rake"),
    ("tfidf", "method=tfidf idf={idf}"),
    ("yake", "method=yake"),
    ("phrase (default)", ""),
    ("phrase + idf", "idf={idf}"),
]
WORD = re.compile(r"\w+")

PEER_JS = r"""
import {retext} from 'retext';
import retextPos from 'retext-pos';
import retextKeywords from 'retext-keywords';
import {toString} from 'nlcst-to-string';
let input = '';
for await (const chunk of process.stdin) input += chunk;
const docs = JSON.parse(input);
const proc = retext().use(retextPos).use(retextKeywords, {maximum: 15});
const out = [];
for (const text of docs) {
  const file = await proc.process(text);
  const phrases = file.data.keyphrases
    .slice().sort((a, b) => b.score - a.score)
    .map((p) => toString(p.matches[0].nodes));
  out.push(phrases);
}
process.stdout.write(JSON.stringify(out));
"""


def load(data, name):
    """The (text, gold phrases) of every document of one dataset, by name."""
    base = os.path.join(data, name)
    docs = []
    for fn in sorted(os.listdir(os.path.join(base, "docs"))):
        if not fn.endswith(".txt"):
            continue
        stem = fn[:-4]
        with open(os.path.join(base, "docs", fn), encoding="utf-8") as f:
            text = f.read()
        kp = os.path.join(base, "keys", stem + ".key")
        if not os.path.exists(kp):
            continue
        with open(kp, encoding="utf-8") as f:
            gold = [line.strip() for line in f if line.strip()]
        docs.append((text, gold))
    return docs


class Stemmer:
    """Porter stems through textkit, cached per word."""

    def __init__(self, db):
        self.db = db
        self.cache = {}

    def phrase(self, s):
        out = []
        for w in WORD.findall(s.lower()):
            st = self.cache.get(w)
            if st is None:
                st = self.db.execute("SELECT text_stem(?, 'porter')",
                                     (w,)).fetchone()[0]
                self.cache[w] = st
            out.append(st)
        return " ".join(out)


def score(stemmer, docs, predictions):
    """Macro F1@k for each k in KS."""
    f1 = {k: 0.0 for k in KS}
    for (_, gold), pred in zip(docs, predictions):
        g = {stemmer.phrase(x) for x in gold}
        g.discard("")
        seen, ps = set(), []
        for p in pred:
            s = stemmer.phrase(p)
            if s and s not in seen:
                seen.add(s)
                ps.append(s)
        for k in KS:
            top = ps[:k]
            hit = sum(1 for s in top if s in g)
            p = hit / len(top) if top else 0.0
            r = hit / len(g) if g else 0.0
            f1[k] += 2 * p * r / (p + r) if hit else 0.0
    return {k: f1[k] / len(docs) for k in KS}


def build_idf(db, docs):
    """The idf table of docs/corpus.md over these documents, as 'idf'."""
    db.execute("DROP TABLE IF EXISTS docs")
    db.execute("DROP TABLE IF EXISTS idf")
    db.execute("CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT)")
    db.executemany("INSERT INTO docs(body) VALUES (?)",
                   [(t,) for t, _ in docs])
    db.execute("""CREATE TABLE idf AS
        WITH n AS (SELECT count(*) AS n FROM docs),
             df AS (SELECT t.norm AS term, count(DISTINCT d.id) AS df
                      FROM docs d, tokens(d.body) t
                     WHERE t.kind IN ('word', 'number') GROUP BY t.norm)
        SELECT term, ln((n + 1.0) / (df + 1)) + 1 AS idf FROM df, n""")


def run_method(db, docs, options):
    """keywords() of every document under options, top 15."""
    opt = (options + " top=15").strip()
    return [[r[0] for r in db.execute(
        "SELECT keyword FROM keywords(?, ?)", (t, opt))] for t, _ in docs]


def run_peer(docs):
    """retext-keywords' phrases per document, or a reason it cannot run."""
    here = os.path.dirname(os.path.abspath(__file__))
    bench = os.path.join(here, "..", "..", "tests", "bench")
    if not os.path.isdir(os.path.join(bench, "node_modules",
                                      "retext-keywords")):
        return None, ("not installed (npm ci --prefix tests/bench)")
    try:
        out = subprocess.run(
            ["node", "--input-type=module", "-e", PEER_JS], cwd=bench,
            input=json.dumps([t for t, _ in docs]), capture_output=True,
            text=True, check=True, timeout=1800)
    except subprocess.CalledProcessError as e:
        return None, "failed: %s" % (e.stderr.strip().splitlines() or ["?"])[-1]
    except (OSError, subprocess.SubprocessError) as e:
        return None, "failed: %s" % e
    return json.loads(out.stdout), None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default="dist/textkit.so")
    ap.add_argument("--data", default="../shared/data/keyphrases")
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--no-peer", action="store_true")
    ap.add_argument("--only", help="label=options;... instead of the methods")
    a = ap.parse_args()
    if not os.path.isdir(a.data):
        print("make eval-keywords: skipped: %s is absent" % a.data)
        return 0
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.abspath(a.lib))
    stemmer = Stemmer(db)
    methods = METHODS
    if a.only:
        methods = [tuple(m.split("=", 1)) for m in a.only.split(";")]
    if not a.no_peer and not a.only:
        methods = methods + [("retext-keywords (npm)", None)]
    print("%-24s %-14s %7s %7s %7s" % ("method", "dataset", "F1@5", "F1@10",
                                       "F1@15"))
    for name in a.sets.split(","):
        docs = load(a.data, name)
        build_idf(db, docs)
        for label, options in methods:
            if options is None:
                preds, why = run_peer(docs)
                if preds is None:
                    print("%-24s %-14s skipped: %s" % (label, name, why))
                    continue
            else:
                preds = run_method(db, docs, options.format(idf="idf"))
            f = score(stemmer, docs, preds)
            print("%-24s %-14s %7.3f %7.3f %7.3f" % (label, name, f[5], f[10],
                                                    f[15]))
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
