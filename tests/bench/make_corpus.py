#!/usr/bin/python3
"""make_corpus.py -- writes a folder of news-like article files for the
corpus report's bench (tests/bench/bench_report.py) and tests.

    /usr/bin/python3 tests/bench/make_corpus.py N OUTDIR [--seed S]

Writes N files of about 1 KB each under OUTDIR, 1,000 to a subfolder
(OUTDIR/000/000000.txt, ...). Each article is a title line, a dateline
such as `LONDON 1996-08-22` and paragraphs of sentences.

Source: the CoNLL-2003 Reuters sentences of
../shared/data/ner/conll2003/{train,dev}.txt (tokens joined by spaces)
when present: the title and dateline come from one CoNLL document, the
sentences: two from that document (at a random place), then random
others. Without ../shared it falls back, and says so, to a synthetic
generator that shuffles the sentences of sql/sample/.

One article in a hundred (at least one) is a planted near-duplicate: a
copy of an earlier article with one word changed. Their pairs (file names)
are written to OUTDIR.planted.tsv (beside the folder), which the bench and tests check against
the report's near_duplicates table. Output is deterministic for a seed.
"""
import argparse
import glob
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CONLL = os.path.join(ROOT, "..", "shared", "data", "ner", "conll2003")
DATELINE = re.compile(r"^[A-Z][A-Z .'-]* \d{4}-\d{2}-\d{2}$")
TARGET_BYTES = 1000


def conll_documents(paths):
    """Each CoNLL document as a list of sentences (tokens joined by spaces)."""
    docs = []
    for path in paths:
        doc, sent = [], []
        for line in open(path, encoding="utf-8"):
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-") or not line.strip():
                if sent:
                    doc.append(" ".join(sent))
                sent = []
                if line.startswith("-DOCSTART-") and doc:
                    docs.append(doc)
                    doc = []
            else:
                sent.append(line.split(" ")[0])
        if sent:
            doc.append(" ".join(sent))
        if doc:
            docs.append(doc)
    return docs


def sample_documents():
    """The synthetic fallback: the sentences of sql/sample/ as documents of
    five sentences, each given a made-up dateline."""
    text = " ".join(open(p, encoding="utf-8").read()
                    for p in sorted(glob.glob(os.path.join(ROOT, "sql", "sample", "*.txt"))))
    sents = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 4]
    cities = ["LONDON", "PARIS", "MOSCOW", "NEW YORK", "TOKYO", "SOCHI"]
    docs = []
    for i in range(0, len(sents), 5):
        dateline = f"{cities[i % len(cities)]} 2014-0{1 + i % 9}-{10 + i % 18}"
        docs.append([sents[i], dateline] + sents[i + 1:i + 5])
    return docs


def split_document(doc):
    """(title, dateline, body sentences) of a document; the dateline is the
    first sentence that looks like `CITY 1996-08-22`, or None."""
    dateline = next((s for s in doc if DATELINE.match(s)), None)
    body = [s for s in doc[1:] if s != dateline and len(s.split()) >= 3]
    return doc[0], dateline, body


def article(rng, docs, datelines, pool):
    """One article of about TARGET_BYTES as text."""
    title, dateline, body = split_document(rng.choice(docs))
    dateline = dateline or rng.choice(datelines)
    first = rng.randrange(len(body)) if body else 0
    sents, size = [], len(title) + len(dateline)
    for s in body[first:first + 2] + [rng.choice(pool) for _ in range(40)]:
        if size >= TARGET_BYTES:
            break
        sents.append(s)
        size += len(s) + 1
    paras = [" ".join(sents[i:i + 3]) for i in range(0, len(sents), 3)]
    return "\n\n".join([title, dateline] + paras) + "\n"


def near_copy(rng, text):
    """text with one word (not in the first two lines, not next to a line
    break) replaced."""
    head, _, rest = text.partition("\n\n")
    dateline, _, rest = rest.partition("\n\n")
    words = rest.split(" ")
    plain = [k for k, w in enumerate(words) if "\n" not in w] or [0]
    words[rng.choice(plain)] = "meanwhile"
    return "\n\n".join([head, dateline, " ".join(words)])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    paths = [os.path.join(CONLL, f) for f in ("train.txt", "dev.txt")]
    if all(os.path.exists(p) for p in paths):
        docs = conll_documents(paths)
        source = "CoNLL-2003 train+dev sentences (Reuters)"
    else:
        docs = sample_documents()
        source = "SYNTHETIC: sql/sample sentences reshuffled (../shared/data/ner/conll2003 absent)"
    docs = [d for d in docs if len(d) >= 3]
    datelines = [d for doc in docs for d in doc if DATELINE.match(d)] or ["LONDON 1996-08-22"]
    pool = [s for doc in docs for s in split_document(doc)[2]]
    rng = random.Random(args.seed)
    texts, planted = [], []
    for i in range(args.n):
        if i >= 10 and (i % 100 == 50 or (args.n < 100 and i == args.n - 1)):
            j = rng.randrange(i)
            texts.append(near_copy(rng, texts[j]))
            planted.append((j, i))
        else:
            texts.append(article(rng, docs, datelines, pool))
    name = lambda i: f"{i // 1000:03d}/{i:06d}.txt"
    for i, text in enumerate(texts):
        path = os.path.join(args.outdir, name(i))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    with open(args.outdir.rstrip("/") + ".planted.tsv", "w") as f:
        f.writelines(f"{name(a)}\t{name(b)}\n" for a, b in planted)
    total = sum(len(t.encode()) for t in texts)
    print(f"make_corpus: {args.n} articles, {total / 1e6:.1f} MB, {len(planted)} planted "
          f"near-duplicates, in {args.outdir}; built from {source}")


if __name__ == "__main__":
    sys.exit(main())
