#!/usr/bin/python3
"""blocks_eval.py -- `make eval-blocks`: does text_blocks() / text_main()
keep the article and drop the page furniture?  Measured on news in the three
layouts people have, each with and without furniture around it:

    /usr/bin/python3 ext/tools/blocks_eval.py --lib dist/textkit.so \
        [--dev ../shared/data/ner/conll2003/dev.txt] [--show 20]

Articles: the committed set tests/data/news_articles.json (40 bodies, MIT
licence), and, when --dev exists, every CoNLL-2003 dev document (Reuters;
tokens joined by one space; paragraphs of PARA_SENTENCES sentences after the
headline and the dateline, which stand alone).  Layouts: one sentence a line
("lines"), one paragraph a line ("para-lines"), paragraphs between blank
lines ("para-blank").  Furniture: the groups of tests/data/news_furniture.tsv
put at the top, after the first paragraph ("title"), between paragraphs and
at the bottom, a different choice per article.

Figures (a unit is kept when every block it touches is `content`):
  sentences kept   article sentences kept / article sentences
  furniture gone   furniture lines dropped / furniture lines put in
  emptied          articles none of whose sentences text_main() kept
tests/py/test_blocks_news.py asserts the targets on the committed set.
"""
import argparse
import json
import os
import sqlite3
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ARTICLES = os.path.join(ROOT, "tests", "data", "news_articles.json")
FURNITURE = os.path.join(ROOT, "tests", "data", "news_furniture.tsv")
LAYOUTS = ("lines", "para-lines", "para-blank")
PARA_SENTENCES = 3


def connect(lib):
    """A connection with textkit loaded from lib."""
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.splitext(os.path.abspath(lib))[0])
    db.enable_load_extension(False)
    return db


def committed_articles(db):
    """The committed articles as lists of paragraphs, each paragraph a list
    of sentences (textkit's sentences() on the body's own lines)."""
    with open(ARTICLES, encoding="utf-8") as f:
        data = json.load(f)
    out = []
    for art in data["articles"]:
        paras = []
        for line in art["articleBody"].split("\n"):
            sents = [r[0] for r in db.execute(
                "SELECT sentence FROM sentences(?) ORDER BY position", (line,))]
            if sents:
                paras.append(sents)
        out.append(paras)
    return out


def conll_articles(path):
    """The CoNLL-2003 documents of path as lists of paragraphs of
    sentences: the headline and the dateline alone, then PARA_SENTENCES
    sentences a paragraph."""
    docs, sents, tokens = [], [], []

    def flush_doc():
        if sents:
            head, body = sents[:2], sents[2:]
            docs.append([[s] for s in head] + [
                body[i:i + PARA_SENTENCES]
                for i in range(0, len(body), PARA_SENTENCES)])

    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("-DOCSTART-") or not line.strip():
            if tokens:
                sents.append(" ".join(tokens))
                tokens = []
            if line.startswith("-DOCSTART-"):
                flush_doc()
                sents = []
            continue
        tokens.append(line.split(" ")[0])
    if tokens:
        sents.append(" ".join(tokens))
    flush_doc()
    return docs


def furniture_groups():
    """{place: [(group, [lines])]} from news_furniture.tsv, in file order."""
    groups = {}
    with open(FURNITURE, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name, place, text = line.rstrip("\n").split("\t")
            groups.setdefault(name, (place, []))[1].append(text)
    by_place = {}
    for name, (place, lines) in groups.items():
        by_place.setdefault(place, []).append((name, lines))
    return by_place


def with_furniture(paras, k, groups):
    """The units of article number k with furniture: a list of
    ("article", [sentences]) and ("furniture", [line]) items, one item per
    paragraph or furniture line.  Article k gets the (k mod n)-th group of
    each place, and a second bottom group."""
    def pick(place, i):
        g = groups[place]
        return [("furniture", [line]) for line in g[i % len(g)][1]]

    arts = [("article", p) for p in paras]
    mid = max(1, len(arts) // 2)
    units = pick("top", k) + arts[:1] + pick("title", k) + arts[1:mid]
    if len(arts) > 2:
        units += pick("middle", k)
    units += arts[mid:] + pick("bottom", k) + pick("bottom", k + 3)
    return units


def render(units, layout):
    """The text of units in layout, and the spans (kind, start, end) of its
    sentences and furniture lines in characters."""
    pieces, spans, pos = [], [], 0
    line_sep = "\n\n" if layout == "para-blank" else "\n"
    first = True
    for kind, sents in units:
        groups = [[s] for s in sents] if layout == "lines" else [sents]
        for group in groups:
            if not first:
                pieces.append(line_sep)
                pos += len(line_sep)
            first = False
            for j, s in enumerate(group):
                if j:
                    pieces.append(" ")
                    pos += 1
                spans.append((kind, pos, pos + len(s)))
                pieces.append(s)
                pos += len(s)
    return "".join(pieces), spans


def score(db, units, layout, tally, show=None):
    """Classify one rendered document and add its figures to tally."""
    text, spans = render(units, layout)
    blocks = db.execute("SELECT start - 1, start - 1 + length, kind "
                        "FROM text_blocks(?)", (text,)).fetchall()
    main_text, = db.execute("SELECT text_main(?)", (text,)).fetchone()
    kept_article = 0
    for kind, start, end in spans:
        kinds = {k for s, e, k in blocks if s < end and e > start}
        kept = kinds == {"content"}
        if kind == "article":
            tally["sentences"] += 1
            tally["kept"] += kept
            tally["chars"] += end - start
            tally["chars_kept"] += (end - start) if kept else 0
            kept_article += kept
            if not kept and show is not None:
                show.append(("lost", layout, text[start:end]))
        else:
            tally["furniture"] += 1
            tally["removed"] += not kept
            if kept and show is not None:
                show.append(("kept", layout, text[start:end]))
    tally["docs"] += 1
    tally["emptied"] += kept_article == 0 or not main_text.strip()


def evaluate(db, articles, groups, show=None):
    """{(layout, furnished): tally} over articles."""
    out = {}
    for layout in LAYOUTS:
        for furnished in (False, True):
            tally = dict.fromkeys(("sentences", "kept", "chars", "chars_kept",
                                   "furniture", "removed", "docs",
                                   "emptied"), 0)
            for k, paras in enumerate(articles):
                units = (with_furniture(paras, k, groups) if furnished
                         else [("article", p) for p in paras])
                score(db, units, layout, tally, show)
            out[(layout, furnished)] = tally
    return out


def total(results):
    """The tallies of results added up."""
    t = {}
    for tally in results.values():
        for key, v in tally.items():
            t[key] = t.get(key, 0) + v
    return t


def report(name, results):
    """Print one line per layout and a total."""
    print(f"{name}:")
    rows = list(results.items()) + [(("all", None), total(results))]
    for (layout, furnished), t in rows:
        label = layout + ("" if furnished is None else
                          " +furniture" if furnished else " clean")
        gone = (f"{t['removed'] / t['furniture']:.4f} of {t['furniture']}"
                if t["furniture"] else "-")
        print(f"  {label:<22} sentences kept {t['kept'] / t['sentences']:.4f}"
              f" of {t['sentences']}, chars kept "
              f"{t['chars_kept'] / t['chars']:.4f}, furniture gone {gone},"
              f" emptied {t['emptied']} of {t['docs']}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lib", default=os.path.join(ROOT, "dist", "textkit.so"))
    ap.add_argument("--dev", help="CoNLL-2003 dev.txt (skipped when absent)")
    ap.add_argument("--show", type=int, default=0,
                    help="print up to N lost sentences / kept furniture lines")
    args = ap.parse_args()
    db = connect(args.lib)
    groups = furniture_groups()
    sets = [("committed set (tests/data/news_articles.json)",
             committed_articles(db))]
    if args.dev and os.path.exists(args.dev):
        sets.append((f"CoNLL-2003 dev ({args.dev})", conll_articles(args.dev)))
    else:
        print(f"blocks_eval: CoNLL-2003 dev skipped: {args.dev} is absent")
    for name, articles in sets:
        show = [] if args.show else None
        report(name, evaluate(db, articles, groups, show))
        for what, layout, text in (show or [])[:args.show]:
            print(f"    {what} ({layout}): {text[:100]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
