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

The published-date count is independent of html_meta(): a page carries a
published date in its markup when a <meta> whose name, property or
itemprop speaks of publishing (published, pubdate, date, dc.date,
created, issued, ...; not modified or updated), a JSON-LD datePublished
or dateCreated, a <time datetime> or <time pubdate>, or an element with
itemprop="datePublished" holds something that looks like a date in any
form (a year 1900-2099 or an English month name).  html_meta() is then
expected to find a date on each of those pages.
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

# The markup that can carry a published date (see the top).
META_TAG = re.compile(r"<meta\b[^>]*>", re.I | re.S)
META_KEY = re.compile(r"""(?:name|property|itemprop)\s*=\s*["']?([^"'\s>]+)""", re.I)
META_CONTENT = re.compile(r"""content\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
PUBLISH_KEY = re.compile(r"publish|pubdate|^date$|dc\.date|created|issued|sailthru\.date", re.I)
DATE_LIKE = re.compile(r"\b(19|20)\d\d\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
JSONLD = re.compile(r"<script[^>]*ld\+json[^>]*>(.*?)</script", re.I | re.S)
JSONLD_DATE = re.compile(r'"(?:datePublished|dateCreated)"\s*:\s*"([^"]*)"')
TIME_TAG = re.compile(r"<time\b[^>]*\b(?:datetime|pubdate)\b[^>]*>", re.I)
ITEMPROP_TAG = re.compile(r"""<[a-z]+\b[^>]*itemprop\s*=\s*["']?datePublished\b[^>]*>([^<]*)""", re.I)

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


def has_published_date(page):
    """1 when the page's markup carries a published date (see the top)."""
    text = page.decode("utf-8", "replace")
    for tag in META_TAG.finditer(text):
        key = META_KEY.search(tag.group(0))
        content = META_CONTENT.search(tag.group(0))
        if not key or not content:
            continue
        name = key.group(1).lower()
        value = next(g for g in content.groups() if g is not None)
        if (PUBLISH_KEY.search(name) and "modif" not in name and "updat" not in name
                and DATE_LIKE.search(value)):
            return 1
    for script in JSONLD.finditer(text):
        if any(DATE_LIKE.search(d) for d in JSONLD_DATE.findall(script.group(1))):
            return 1
    if TIME_TAG.search(text):
        return 1
    return 1 if any(DATE_LIKE.search(m.group(0)) for m in ITEMPROP_TAG.finditer(text)) else 0


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
    n_title = n_published = n_pages = n_dated = n_dated_found = 0
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
        dated = has_published_date(page)
        n_dated += dated
        n_dated_found += 1 if dated and meta.get("published") else 0
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
    print(f"published date in the markup (meta, time, JSON-LD, itemprop; any form): "
          f"{n_dated}/{n_pages} pages; html_meta finds it on {n_dated_found}/{n_dated}")
    for s, page_id, (p, r), url in sorted(worst)[:args.show]:
        print(f"  worst: P {p:.3f} R {r:.3f}  {page_id[:12]}  {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
