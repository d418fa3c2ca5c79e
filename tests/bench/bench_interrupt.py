"""bench_interrupt.py -- how long one call of each linear function takes on
a 100 MB value (64 MB for the html functions, their cap) through the SQLite
face: those over ~100 ms need a cancel point inside the call.

    /usr/bin/python3 tests/bench/bench_interrupt.py [--mb 100] [--only NAME]

The text is made here (seeded): sentences of pseudo-words, paragraphs.
"""
import argparse
import os
import random
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                "py"))
from tk_harness import connect  # noqa: E402

# (name, SQL with ? for each argument, argument kinds: t = text, h = html)
CALLS = [
    ("text_normalize", "SELECT length(text_normalize(?, 'NFKC'))", "t"),
    ("text_casefold", "SELECT length(text_casefold(?))", "t"),
    ("text_unaccent", "SELECT length(text_unaccent(?))", "t"),
    ("text_lower", "SELECT length(text_lower(?))", "t"),
    ("text_upper", "SELECT length(text_upper(?))", "t"),
    ("text_clean", "SELECT length(text_clean(?))", "t"),
    ("text_dehyphenate", "SELECT length(text_dehyphenate(?))", "t"),
    ("token_count", "SELECT token_count(?)", "t"),
    ("tokens", "SELECT count(*) FROM tokens(?)", "t"),
    ("ngrams", "SELECT count(*) FROM ngrams(?, 2)", "t"),
    ("sentences", "SELECT count(*) FROM sentences(?)", "t"),
    ("keywords", "SELECT count(*) FROM keywords(?)", "t"),
    ("text_cosine", "SELECT text_cosine(?, ?)", "tt"),
    ("text_overlap", "SELECT count(*) FROM text_overlap(?, ?)", "tt"),
    ("text_blocks", "SELECT count(*) FROM text_blocks(?)", "t"),
    ("text_main", "SELECT length(text_main(?))", "t"),
    ("minhash", "SELECT length(minhash(?))", "t"),
    ("simhash", "SELECT simhash(?)", "t"),
    ("text_jaccard", "SELECT text_jaccard(?, ?)", "tt"),
    ("html_text", "SELECT length(html_text(?))", "h"),
    ("html_main", "SELECT length(html_main(?))", "h"),
    ("html_meta", "SELECT length(html_meta(?))", "h"),
    ("html_links", "SELECT count(*) FROM html_links(?)", "h"),
]


def make_text(n_bytes, seed):
    """About n_bytes of English-like text: seeded pseudo-words in sentences
    (some names, numbers and accents), paragraphs of a few sentences."""
    rng = random.Random(seed)
    syl = ["ka", "lo", "mi", "ter", "son", "an", "re", "de", "vi", "na", "st", "or", "é", "ul"]
    words = ["".join(rng.choice(syl) for _ in range(rng.randint(1, 4))) for _ in range(4000)]
    words += ["the", "of", "and", "a", "to", "in", "is", "was", "for", "on"] * 40
    paras, size = [], 0
    while size < min(n_bytes, 4 << 20):
        sents = []
        for _ in range(rng.randint(2, 6)):
            w = [rng.choice(words) for _ in range(rng.randint(6, 22))]
            w[0] = w[0].capitalize()
            if rng.random() < 0.3:
                w.insert(rng.randint(1, len(w)), f"{rng.randint(1, 2000)}")
            sents.append(" ".join(w) + rng.choice([".", ".", ".", "?", "!"]))
        paras.append(" ".join(sents))
        size += len(paras[-1].encode()) + 2
    block = "\n\n".join(paras) + "\n\n"
    text = block * (n_bytes // len(block.encode()) + 1)
    return text.encode()[:n_bytes].decode("utf-8", "ignore")


def make_html(n_bytes, text):
    """About n_bytes of an article page: the text's paragraphs as <p>, with
    links and a nav every so often."""
    parts = ["<html><head><title>Page</title><meta name='description' content='x'></head>"
             "<body><nav><a href='/a'>A</a></nav><article>"]
    size = len(parts[0])
    for i, para in enumerate(text.split("\n\n")):
        p = f"<p>{para} <a href='/l{i % 97}'>more</a></p>\n"
        parts.append(p)
        size += len(p.encode())
        if size > n_bytes - 64:
            break
    parts.append("</article></body></html>")
    return "".join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=100)
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    text = make_text(args.mb << 20, 1)
    other = make_text(args.mb << 20, 2)
    html = make_html(min(args.mb, 63) << 20, text)
    db = connect()
    for name, sql, kinds in CALLS:
        if args.only and args.only not in name:
            continue
        values = [{"t": text, "h": html}[k] for k in kinds]
        if kinds == "tt":
            values[1] = other
        start = time.perf_counter()
        try:
            db.execute(sql, values).fetchone()
            note = ""
        except Exception as e:  # a cap or an error is part of what is measured
            note = f" ({e})"
        mb = len(values[0].encode()) / (1 << 20)
        print(f"{name:15s} {mb:6.1f} MB  {(time.perf_counter() - start) * 1000:9.1f} ms{note}",
              flush=True)


if __name__ == "__main__":
    main()
