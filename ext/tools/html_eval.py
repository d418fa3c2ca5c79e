#!/usr/bin/python3
"""html_eval.py -- `make eval-html`: html_main() and html_text() on the
article-extraction pages of ../shared/data/html-articles (91 pages, each
with its articleBody), scored with that benchmark's metric, beside the
peers' published figures; and html_meta()'s title and published date
coverage.

    /usr/bin/python3 ext/tools/html_eval.py --lib dist/textkit.so \
        [--data ../shared/data/html-articles] [--show 5]

The metric: words are runs of \\w (Python's re, Unicode); a page's shingles
are its word 4-grams counted with multiplicity (a text of fewer than 4
words is one shingle of all its words); per page, precision = shared /
extracted and recall = shared / expected (an empty side scores 0 unless
both are empty); precision and recall are averaged over the pages (macro)
and F1 is taken from the two averages.  Pages are passed as BLOBs (their
bytes), so the encoding rule of docs/html.md applies.
Skips with a message (exit 0) when the data is absent.
"""
import argparse
import collections
import gzip
import json
import os
import re
import sqlite3
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOKEN = re.compile(r"\w+", re.UNICODE)

# The benchmark's published F1 (main text) of the peers on these pages.
PEERS = [("rs_trafilatura", 0.969), ("trafilatura", 0.963),
         ("Readability.js", 0.950), ("newspaper", 0.950), ("dragnet", 0.922),
         ("boilerpipe", 0.861), ("jusText", 0.807),
         ("all visible text", 0.659)]


def shingles(text, n=4):
    """The word n-grams of text, counted."""
    words = TOKEN.findall(text or "")
    grams = [" ".join(words[i:i + n]) for i in range(max(1, len(words) - n + 1))]
    return collections.Counter(g for g in grams if g)


def page_scores(got, want):
    """(precision, recall) of one page."""
    g, w = shingles(got), shingles(want)
    tp = sum((g & w).values())
    ng, nw = sum(g.values()), sum(w.values())
    if ng == 0 and nw == 0:
        return 1.0, 1.0
    p = tp / ng if ng else 0.0
    r = tp / nw if nw else 0.0
    return p, r


def macro(pairs):
    """Macro precision, recall and the F1 of the two."""
    p = sum(x for x, _ in pairs) / len(pairs)
    r = sum(y for _, y in pairs) / len(pairs)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def connect(lib):
    """A connection with textkit loaded from lib."""
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.splitext(os.path.abspath(lib))[0])
    db.enable_load_extension(False)
    return db


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lib", default=os.path.join(ROOT, "dist", "textkit.so"))
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data",
                                                   "html-articles"))
    ap.add_argument("--show", type=int, default=0,
                    help="print the N pages html_main() scores worst on")
    args = ap.parse_args()
    truth_path = os.path.join(args.data, "ground-truth.json")
    if not os.path.isfile(truth_path):
        print(f"make eval-html: skipped: {args.data} is absent")
        return 0
    with open(truth_path, encoding="utf-8") as f:
        truth = json.load(f)
    db = connect(args.lib)
    main_scores, text_scores, plain_scores, worst = [], [], [], []
    n_title = n_published = n_pages = 0
    for page_id in sorted(truth):
        path = os.path.join(args.data, "html", page_id + ".html.gz")
        if not os.path.isfile(path):
            continue
        with gzip.open(path, "rb") as f:
            page = f.read()
        want = truth[page_id].get("articleBody", "")
        got_main, got_text, meta, got_plain = db.execute(
            "SELECT html_main(?1), html_text(?1), html_meta(?1), "
            "text_main(html_text(?1))", (page,)).fetchone()
        meta = json.loads(meta)
        n_pages += 1
        n_title += 1 if meta.get("title") else 0
        n_published += 1 if meta.get("published") else 0
        main_scores.append(page_scores(got_main, want))
        text_scores.append(page_scores(got_text, want))
        plain_scores.append(page_scores(got_plain, want))
        worst.append((sum(main_scores[-1]), page_id, main_scores[-1],
                      truth[page_id].get("url", "")))
    if not n_pages:
        print(f"make eval-html: skipped: no pages under {args.data}/html")
        return 0
    mp, mr, mf = macro(main_scores)
    tp, tr, tf = macro(text_scores)
    pp, pr, pf = macro(plain_scores)
    print(f"html-articles: {n_pages} pages (word 4-gram shingles, macro P/R, F1 of the means)")
    print(f"  {'extractor':<18} {'precision':>9} {'recall':>7} {'F1':>6}")
    print(f"  {'html_main':<18} {mp:9.3f} {mr:7.3f} {mf:6.3f}   (target F1 >= 0.96)")
    print(f"  {'html_text':<18} {tp:9.3f} {tr:7.3f} {tf:6.3f}   (target recall >= 0.98)")
    # text_main() on the visible text: the plain-text boilerplate remover on
    # real page furniture it was never tuned on (its rules were written on
    # hand-made furniture around article bodies).
    print(f"  {'text_main(html_text)':<18} {pp:9.3f} {pr:7.3f} {pf:6.3f}   (plain-text furniture removal)")
    for name, f1 in PEERS:
        print(f"  {name:<18} {'':>9} {'':>7} {f1:6.3f}   (published)")
    print(f"html_meta: title on {n_title}/{n_pages} pages "
          f"({100 * n_title / n_pages:.1f}%, target >= 95%), "
          f"published on {n_published}/{n_pages}")
    for s, page_id, (p, r), url in sorted(worst)[:args.show]:
        print(f"  worst: P {p:.3f} R {r:.3f}  {page_id[:12]}  {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
