#!/usr/bin/python3
"""ner_particles.py -- a check of names with particles ("Ursula von der
Leyen", "Mohammed bin Salman") built from CoNLL-2003 dev, for `make eval`
(docs/ner.md):

    /usr/bin/python3 ext/tools/ner_particles.py \\
        --dev ../shared/data/ner/conll2003/dev.txt --out build/ner_particles_dev.txt
    /usr/bin/python3 ext/tools/ner_eval.py --dev build/ner_particles_dev.txt

Every PERSON name of two tokens or more gets a particle run before its last
token ("Bill Clinton" -> "Bill van den Clinton"), taken in turn from
CHECK_PARTICLES; the labels follow (the particles are inside the PERSON
span), every other token and label is kept.  `make eval` writes it to
build/ner_particles_dev.txt and scores it after dev.  The runs are not those the
trainer inserts into its own copies (ner_train --particle-share, the
PARTICLES list of ext/tools/ner_case.h), so the check measures how the
tagger carries a name across particles it was not shown in that place.
The output is a CoNLL file (word, two placeholder columns, tag) that
ner_eval.py --dev scores as it scores dev.
"""
import argparse
import sys

# Particle runs of the check, one per name in turn.
CHECK_PARTICLES = ["von der", "ibn", "dos", "del", "ter", "della", "abu",
                   "van den", "zu", "bint", "el", "das", "ben", "dei", "den",
                   "de los"]


def lines_of(path):
    """Yield each line of path."""
    with open(path, encoding="utf-8") as f:
        yield from f


def rewrite(lines, particles):
    """The CoNLL lines with particle runs inserted in PERSON names; one
    sentence at a time (lines up to a blank line or -DOCSTART-)."""
    out, sent, turn = [], [], 0

    def flush():
        nonlocal turn
        k = 0
        while k < len(sent):
            word, tag = sent[k]
            if tag[2:] != "PER":
                out.append(f"{word} X X {tag}\n")
                k += 1
                continue
            j = k + 1  # the name is sent[k:j]
            while j < len(sent) and sent[j][1] == "I-PER":
                j += 1
            for m in range(k, j):
                if m == j - 1 and j - k >= 2:
                    for p in particles[turn % len(particles)].split(" "):
                        out.append(f"{p} X X I-PER\n")
                    turn += 1
                out.append(f"{sent[m][0]} X X {sent[m][1]}\n")
            k = j
        sent.clear()

    for line in lines:
        fields = line.split()
        if not fields or line.startswith("-DOCSTART-"):
            flush()
            out.append(line)
        else:
            sent.append((fields[0], fields[-1]))
    flush()
    return out


def main():
    """Write the check; return the exit status."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev", required=True, help="CoNLL-2003 dev file")
    ap.add_argument("--out", required=True, help="the CoNLL file to write")
    args = ap.parse_args()
    lines = rewrite(lines_of(args.dev), CHECK_PARTICLES)
    with open(args.out, "w", encoding="utf-8") as f:
        f.writelines(lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
