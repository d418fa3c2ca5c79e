#!/usr/bin/python3
"""peer_levenshtein.py -- python3-levenshtein (Levenshtein.distance) per
pair on the same shapes of data as bench_strsim.c: 200,000 consecutive
corpus words, 1,000 pairs of unrelated 500-character passages, and 1,000
passages against a copy with about 5% random edits.  Prints calls/s;
compare with the levenshtein lines of bench_strsim.

    /usr/bin/python3 tests/bench/peer_levenshtein.py --lib dist/textkit.so --corpus FILE
"""
import argparse
import random
import sys
import time


def edited(rng, a):
    """a with ~1% deletions, insertions, transpositions, substitutions."""
    out, j = [], 0
    while j < len(a):
        r = rng.randrange(100)
        if r == 0:
            j += 1
            continue
        if r == 1:
            out.append(chr(97 + rng.randrange(26)))
        if r == 2 and j + 1 < len(a):
            out += [a[j + 1], a[j]]
            j += 2
            continue
        out.append("x" if r == 3 else a[j])
        j += 1
    return "".join(out)


def rate(fn, pairs, reps=2):
    """Best calls/s of fn over the pairs."""
    best = 0.0
    for _ in range(reps):
        t0 = time.perf_counter()
        for a, b in pairs:
            fn(a, b)
        best = max(best, len(pairs) / (time.perf_counter() - t0))
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default="dist/textkit.so")
    ap.add_argument("--corpus", required=True)
    args = ap.parse_args()
    try:
        import Levenshtein
    except ImportError:
        print("python3-levenshtein not installed (apt-get install python3-levenshtein): skipped")
        return 0
    text = open(args.corpus, encoding="utf-8").read()
    words = text.split()[:200001]
    shapes = {
        "words": list(zip(words, words[1:])),
        "passages": [(text[k * 500:(k + 1) * 500], text[(k + 1) * 500:(k + 2) * 500])
                     for k in range(1000)],
    }
    rng = random.Random(12345)
    shapes["edited"] = [(a, edited(rng, a)) for a, _ in shapes["passages"]]
    for name, pairs in shapes.items():
        print(f"python-Levenshtein distance {name:9s} {rate(Levenshtein.distance, pairs):12.0f} calls/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
