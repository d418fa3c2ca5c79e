#!/usr/bin/python3
"""peer_report.py -- the corpus report's pure-Python peer, and the entry
through which `make bench` (tests/bench/run_bench.py runs every
tests/bench/peer_*.py) runs tests/bench/bench_report.py.

    /usr/bin/python3 tests/bench/peer_report.py --folder DIR     the peer alone
    /usr/bin/python3 tests/bench/peer_report.py --lib dist/textkit.so --corpus FILE
                                                                 (run_bench: the report bench)

The peer does two of the report's steps in plain Python 3 (no PyPI
packages on this machine): the token counting (documents, tokens, words,
term document frequencies over \\w+ tokens, case-folded) and the
near-duplicate step (5-word shingles, 128 MinHash minima with the same
multiply-add-shift family as textkit, LSH with 32 bands of 4 rows,
candidates verified by exact shingle Jaccard >= 0.8). It prints its time
for each and the near-duplicate pairs it found, as file names.
"""
import argparse
import os
import random
import re
import sys
import time

WORD = re.compile(r"\w+")
MASK = (1 << 64) - 1
PERM, BANDS, SHINGLE = 128, 32, 5


def read_folder(folder):
    """[(name, text)] of every file under folder, names relative to it."""
    docs = []
    for root, _, files in os.walk(folder):
        for f in sorted(files):
            path = os.path.join(root, f)
            with open(path, "rb") as fh:
                data = fh.read()
            if b"\0" in data or not data:
                continue
            docs.append((os.path.relpath(path, folder), data.decode("utf-8", "replace")))
    docs.sort()
    return docs


def count_tokens(docs):
    """(tokens, distinct terms, df of the most frequent term) over the docs."""
    df, tokens = {}, 0
    for _, text in docs:
        words = [w.casefold() for w in WORD.findall(text)]
        tokens += len(words)
        for w in set(words):
            df[w] = df.get(w, 0) + 1
    top = max(df.values()) if df else 0
    return tokens, len(df), top


def shingles(text):
    """The set of 64-bit hashes of the text's 5-word shingles."""
    words = [w.casefold() for w in WORD.findall(text)]
    if len(words) < SHINGLE:
        return {hash(tuple(words)) & MASK} if words else set()
    return {hash(tuple(words[i:i + SHINGLE])) & MASK for i in range(len(words) - SHINGLE + 1)}


def near_duplicates(docs, threshold=0.8):
    """[(name_a, name_b, jaccard)] found through MinHash LSH."""
    rng = random.Random(0)
    perms = [(rng.getrandbits(64) | 1, rng.getrandbits(64)) for _ in range(PERM)]
    rows = PERM // BANDS
    sets, buckets = [], {}
    for i, (_, text) in enumerate(docs):
        s = shingles(text)
        sets.append(s)
        if not s:
            continue
        sig = [min(((a * h + b) & MASK) >> 32 for h in s) for a, b in perms]
        for band in range(BANDS):
            key = (band, tuple(sig[band * rows:(band + 1) * rows]))
            buckets.setdefault(key, []).append(i)
    candidates = set()
    for members in buckets.values():
        if len(members) > 50:
            candidates.update((members[0], m) for m in members[1:])
        else:
            candidates.update((a, b) for k, a in enumerate(members) for b in members[k + 1:])
    found = []
    for a, b in sorted(candidates):
        j = len(sets[a] & sets[b]) / len(sets[a] | sets[b])
        if j >= threshold:
            found.append((docs[a][0], docs[b][0], j))
    return found


def run_peer(folder):
    """Time the two steps over a folder; return (seconds, pairs found)."""
    t0 = time.perf_counter()
    docs = read_folder(folder)
    tokens, terms, _ = count_tokens(docs)
    t1 = time.perf_counter()
    pairs = near_duplicates(docs)
    t2 = time.perf_counter()
    print(f"python peer: {len(docs)} docs, {tokens} tokens, {terms} terms: read+count {t1 - t0:.2f} s; "
          f"MinHash LSH near-duplicates {t2 - t1:.2f} s ({len(pairs)} pairs); total {t2 - t0:.2f} s",
          flush=True)
    return t2 - t0, pairs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--folder")
    ap.add_argument("--lib")
    ap.add_argument("--corpus")
    args = ap.parse_args()
    if args.folder:
        run_peer(args.folder)
        return 0
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import bench_report
    return bench_report.main(["--lib", args.lib or "dist/textkit.so"])


if __name__ == "__main__":
    sys.exit(main())
