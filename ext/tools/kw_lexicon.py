#!/usr/bin/python3
"""kw_lexicon.py -- `make kw-lexicon`: writes ext/core/corpus/kw_lexicon_data.c,
the English word table keywords() links in (docs/corpus.md, "Built-in
English table"; licenses in docs/NOTICE.md):

  * word classes (noun, verb, adjective, adverb) of the word forms WordNet
    3.0 knows (Debian's wordnet-base, /usr/share/wordnet): its one-word
    lemmas with their regular and listed irregular inflections; noun-only
    forms only when they have a df (a form the table lacks reads as a noun);
  * a background document frequency: in how many of the Wikipedia articles
    of ../shared/data/unlabeled/ a word of the same English stem occurs,
    for the words that occur in at least MIN_DF articles, stored as a
    quantized ln(articles / df).

    /usr/bin/python3 ext/tools/kw_lexicon.py --lib dist/textkit.so \
        [--wordnet /usr/share/wordnet] [--wiki ../shared/data/unlabeled] \
        [--out ext/core/corpus/kw_lexicon_data.c]

Stems are textkit's own (text_stem(w, 'en')), as keywords()' word types
are.  Only forms that a keyword could meet are kept: single words of
letters (a hyphen or apostrophe inside allowed), at most MAX_FORM bytes.
The output is the same on every run (about 4 minutes on one core).
"""
import argparse
import collections
import lzma
import math
import os
import re
import sqlite3
import sys

# a word must be in this many articles to keep its df
MIN_DF = 20
# df is stored as round(QUANT * ln(articles / df)), one byte
QUANT = 24
# forms are grouped by form_hash(form) % BUCKETS for the lookup
BUCKETS = 1 << 15
# a form is at most this many bytes (its length is one byte)
MAX_FORM = 255
WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
CLASSES = "nvar"  # bit 0 noun, 1 verb, 2 adjective, 3 adverb


def wiki_df(db, wiki):
    """(articles, {lower-case word: (its df, its stem's df)}): in how many
    articles the word occurs, and any word of its stem."""
    with open(os.path.join(wiki, "enwiki-2015-30k-titles.txt"),
              encoding="utf-8") as f:
        titles = [line.rstrip("\n") for line in f]
    df, sdf, stems = collections.Counter(), collections.Counter(), {}
    n, iTitle, words = 0, 0, set()

    def count(words):
        df.update(words)
        for w in words:
            if w not in stems:
                stems[w] = db.execute("SELECT text_stem(?, 'en')",
                                      (w,)).fetchone()[0]
        sdf.update({stems[w] for w in words})

    path = os.path.join(wiki, "enwiki-2015-30k-articles.txt.xz")
    with lzma.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if iTitle < len(titles) and line == titles[iTitle]:
                if words:
                    count(words)
                    n += 1
                words = set()
                iTitle += 1
            words.update(w.lower() for w in WORD.findall(line))
    if words:
        count(words)
        n += 1
    return n, {w: (c, sdf[stems[w]]) for w, c in df.items()}


def inflections(lemma, cls):
    """The regular inflected forms of a WordNet lemma of class cls."""
    out = {lemma}
    if cls == "n":
        if re.search(r"(s|x|z|ch|sh)$", lemma):
            out.add(lemma + "es")
        elif re.search(r"[^aeiou]y$", lemma):
            out.add(lemma[:-1] + "ies")
        else:
            out.add(lemma + "s")
    elif cls == "v":
        if re.search(r"(s|x|z|ch|sh)$", lemma):
            out.add(lemma + "es")
        elif re.search(r"[^aeiou]y$", lemma):
            out.update((lemma[:-1] + "ies", lemma[:-1] + "ied"))
        else:
            out.add(lemma + "s")
        if lemma.endswith("e"):
            out.update((lemma + "d", lemma[:-1] + "ing"))
        elif not re.search(r"[^aeiou]y$", lemma):
            out.update((lemma + "ed", lemma + "ing"))
        else:
            out.add(lemma + "ing")
    return out


def wordnet_classes(wordnet):
    """lower-case form -> class bits."""
    forms = collections.Counter()
    for cls, name in zip(CLASSES, ("noun", "verb", "adj", "adv")):
        lemmas = []
        with open(os.path.join(wordnet, "index." + name),
                  encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                lemma = line.split(" ", 1)[0]
                if WORD.fullmatch(lemma):
                    lemmas.append(lemma)
        known = set(lemmas)
        found = [form for lemma in lemmas for form in inflections(lemma, cls)]
        with open(os.path.join(wordnet, name + ".exc"),
                  encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2 and parts[1] in known:
                    found.append(parts[0])
        for form in found:
            if WORD.fullmatch(form):
                forms[form] |= 1 << CLASSES.index(cls)
    return forms


def form_hash(w):
    """FNV-1a (32 bits) of the form's UTF-8 bytes, as kw_lexicon.c has it."""
    h = 2166136261
    for b in w.encode("utf-8"):
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def write_c(path, n, entries):
    """entries: [(form, class bits, df byte)], written bucket by bucket:
    each form as its length, class and df bytes, then its bytes."""
    entries = sorted(entries, key=lambda e: (form_hash(e[0]) % BUCKETS,
                                             e[0].encode("utf-8")))
    starts, pieces, n_bytes, k = [], [], 0, 0
    for b in range(BUCKETS + 1):
        while k < len(entries) and form_hash(entries[k][0]) % BUCKETS < b:
            w, cls, q = entries[k]
            # octal escapes take 3 digits: the next byte is never a digit
            pieces.append("\\%03o\\%03o\\%03o%s" % (len(w.encode("utf-8")),
                                                 cls, q, w))
            n_bytes += 3 + len(w.encode("utf-8"))
            k += 1
        starts.append(n_bytes)
    with open(path, "w", encoding="utf-8") as o:
        o.write("/*\n** corpus/kw_lexicon_data.c -- GENERATED by "
                "ext/tools/kw_lexicon.py\n** (`make kw-lexicon`); do not "
                "edit.  %d English word forms, grouped by\n** hash: their "
                "word classes from WordNet 3.0 (Princeton University,\n** "
                "WordNet license) and their stems' inverse document "
                "frequency in\n** %d Wikipedia articles (CC BY-SA 3.0); "
                "see docs/NOTICE.md.\n*/\n" % (len(entries), n))
        o.write('#include "corpus_internal.h"\n\n// clang-format off\n')
        o.write("const uint32_t tk_corpus__kw_lex_buckets = %d;\n" % BUCKETS)
        o.write("const double tk_corpus__kw_lex_quant = %d;\n\n" % QUANT)
        o.write("const uint32_t tk_corpus__kw_lex_bucket[] = {\n")
        write_numbers(o, starts)
        o.write("const char tk_corpus__kw_lex_forms[] =\n")
        line = ""
        for piece in pieces:
            if line and len(line) + len(piece) > 70:
                o.write('    "%s"\n' % line)
                line = ""
            line += piece
        o.write('    "%s";\n' % line)
        o.write("// clang-format on\n")


def write_numbers(o, nums):
    """A C initializer's body and its closing brace."""
    line = "   "
    for v in nums:
        piece = " %d," % v
        if len(line) + len(piece) > 78:
            o.write(line + "\n")
            line = "   "
        line += piece
    o.write(line + "\n};\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default="dist/textkit.so")
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--wiki", default="../shared/data/unlabeled")
    ap.add_argument("--out", default="ext/core/corpus/kw_lexicon_data.c")
    a = ap.parse_args()
    for need in (a.wordnet, a.wiki):
        if not os.path.isdir(need):
            print("make kw-lexicon: skipped: %s is absent (apt-get install "
                  "wordnet-base; ../shared/data)" % need)
            return 0
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.abspath(a.lib))
    forms = wordnet_classes(a.wordnet)
    n, counts = wiki_df(db, a.wiki)
    df = {w: sc for w, (c, sc) in counts.items() if c >= MIN_DF}
    # a form the table lacks reads as a noun: noun-only forms need a df
    keep = {w for w, bits in forms.items() if bits != 1} | set(df)
    keep = {w for w in keep if len(w.encode("utf-8")) <= MAX_FORM}
    entries = []
    for w in keep:
        cls = forms.get(w, 0)
        d = df.get(w, 0)
        q = min(255, round(QUANT * math.log(n / d))) if d else 255
        entries.append((w, cls, q))
    write_c(a.out, n, entries)
    print("kw-lexicon: %d forms (%d with a class, %d with a df) from %d "
          "articles -> %s" % (len(entries), len(forms), len(df), n, a.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
