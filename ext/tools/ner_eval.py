#!/usr/bin/python3
"""ner_eval.py -- `make eval`: scores entities() on CoNLL-2003 dev with the
raw-text protocol of ../shared/data/ner/conll2003/README.md, and on the
committed present-day sets, through SQL: the DEV sets
tests/data/ner_present_day_dev.tsv and
tests/data/ner_present_day_articles_dev.tsv (settings may be chosen on
them) and the TEST set tests/data/ner_present_day.tsv (never chosen on).

    /usr/bin/python3 ext/tools/ner_eval.py --lib dist/textkit.so \
        --dev ../shared/data/ner/conll2003/dev.txt [--options 'patterns=0']
    /usr/bin/python3 ext/tools/ner_eval.py --lib dist/textkit.so \
        --present-day-dev tests/data/ner_present_day_dev.tsv \
        --present-day-articles tests/data/ner_present_day_articles_dev.tsv \
        --present-day tests/data/ner_present_day.tsv [--show-errors]
    /usr/bin/python3 ext/tools/ner_eval.py --lib dist/textkit.so \
        --dev ../shared/data/ner/conll2003/dev.txt --case title|lower|headline

Each document is rebuilt as text (tokens joined by one space, sentences by a
newline) and given to
    SELECT type, start, length FROM entities(?, 'patterns=0')
whose 1-based character spans are compared with the gold spans by exact
offsets after trimming edge whitespace and punctuation; micro precision,
recall and F1 are printed per type, over PERSON+ORG+LOC and over all four.
ext/tools/ner_eval_core.c runs the same protocol on the core tagger.

--case rewrites every dev sentence before tagging, labels unchanged (only
ASCII letters change case, so the gold offsets stay): `title` in headline
style (every word capitalized but the short function words of
HEADLINE_SMALL and the name connectors between capitalized words; all-caps
sentences kept), `lower` all lower-case, `headline` only the first
sentence of each document in that headline style (a Title Case headline
above a normally cased body).  ext/tools/ner_train.c makes its
case-transformed training copies by the same rules (ner_case.h).

With --present-day-dev and --present-day each line of the set is one
document (the format is described at the top of each file); the DEV set
is scored first, each table labelled DEV or TEST; besides the same table, the gold
entities are counted by outcome (right type and span, right span with the
wrong type, overlapping a prediction, missed), overall, per type and per
sentence shape; --show-errors lists every wrong gold entity and every
spurious prediction.

With --present-day-articles each article of the set (a Title Case
headline over two to four body sentences) is one document, its sentences
joined by a newline; it is scored after the DEV set, labelled DEV, with the
same tables overall and split into headline and body sentences (a
prediction counts in the sentence where it starts).
"""
import argparse
import collections
import os
import re
import sqlite3
import sys

TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
TRIM = " \t\n\r.,;:!?\"'()[]{}-"


def documents(path):
    """Yield (text, gold) per document; gold is a list of (start, end, type)
    in 0-based character offsets."""
    text, gold = [], []
    pos = 0          # characters in text so far
    open_ent = None  # [start, end, type]
    sent_open = False

    def close():
        nonlocal open_ent
        if open_ent:
            gold.append(tuple(open_ent))
            open_ent = None

    def finish():
        body = "".join(text).rstrip("\n")
        return body, list(gold)

    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("-DOCSTART-"):
            close()
            if text:
                yield finish()
            text, gold, pos, sent_open = [], [], 0, False
            continue
        if not line.strip():
            close()
            if sent_open:
                text.append("\n")
                pos += 1
            sent_open = False
            continue
        word, tag = line.split(" ")[0], line.split(" ")[-1]
        etype = TYPES.get(tag[2:]) if tag[:2] in ("B-", "I-") else None
        if open_ent and (etype != open_ent[2] or tag.startswith("B-")):
            close()
        if sent_open:
            text.append(" ")
            pos += 1
        if etype and not open_ent:
            open_ent = [pos, pos, etype]
        text.append(word)
        pos += len(word)
        if open_ent:
            open_ent[1] = pos
        sent_open = True
    close()
    if text:
        yield finish()


# Lower-case in a Title Case headline (AP style: articles, conjunctions and
# prepositions of up to three letters); the list of tk_ner__headline_small
# in ext/core/ner/name_cues.c.
HEADLINE_SMALL = {"a", "an", "the", "and", "but", "or", "nor", "for", "so",
                  "yet", "as", "at", "by", "in", "of", "off", "on", "per",
                  "to", "up", "via", "vs"}
# Lower-case words that may sit inside a name: the list of
# tk_ner__connector in ext/core/ner/name_cues.c.
CONNECTORS = {"of", "and", "de", "the", "van", "for", "der", "in", "on", "et",
              "al", "den", "da", "du", "des", "la", "le", "les", "del",
              "della", "dal", "di", "von", "y", "e", "do", "dos", "das",
              "pour", "at", "wa", "l", "bin", "ibn", "zu", "ter", "te", "upon",
              "dei", "degli", "el", "ben", "bint", "abu"}
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def is_ascii_lower(c):
    """1 when c is an ASCII lower-case letter."""
    return "a" <= c <= "z"


def is_ascii_upper(c):
    """1 when c is an ASCII upper-case letter."""
    return "A" <= c <= "Z"


def in_name(words, i):
    """1 when the connector words[i] sits in a run of connectors between two
    capitalized words ("Ursula von der Leyen")."""
    j, k = i, i
    while j > 0 and words[j - 1] in CONNECTORS:
        j -= 1
    while k + 1 < len(words) and words[k + 1] in CONNECTORS:
        k += 1
    return (j > 0 and is_ascii_upper(words[j - 1][:1])
            and k + 1 < len(words) and is_ascii_upper(words[k + 1][:1]))


def headline_case(sentence):
    """The sentence (words joined by single spaces) in Title Case headline
    style; an all-caps sentence (no lower-case ASCII letter) is kept."""
    if not any(is_ascii_lower(c) for c in sentence):
        return sentence
    words = sentence.split(" ")
    out = []
    for i, word in enumerate(words):
        plain = all(is_ascii_lower(c) for c in word)
        keep = i > 0 and plain and (word in HEADLINE_SMALL or (
            word in CONNECTORS and in_name(words, i)))
        if word and is_ascii_lower(word[0]) and not keep:
            word = word[0].upper() + word[1:]
        out.append(word)
    return " ".join(out)


def case_transform(text, case):
    """text (sentences on lines) rewritten in the case regime `case`
    (None, 'title', 'lower' or 'headline'); the length never changes."""
    if case == "lower":
        return text.translate(ASCII_LOWER)
    if case == "title":
        return "\n".join(headline_case(line) for line in text.split("\n"))
    if case == "headline":
        first, newline, body = text.partition("\n")
        return headline_case(first) + newline + body
    return text


SHAPES = ("headline", "dateline", "quote", "list", "social", "news")
ANNOTATION = re.compile(r"\[([A-Z]+) ([^\[\]]*)\]")


def parse_present_day_line(line):
    """(shape, text, gold) of one SHAPE<TAB>SENTENCE line of the present-day
    set; gold is a list of (start, end, type) in 0-based character offsets.
    Raises ValueError on a malformed line."""
    shape, sep, annotated = line.partition("\t")
    if not sep or shape not in SHAPES:
        raise ValueError(f"expected SHAPE<TAB>SENTENCE with SHAPE in {SHAPES}")
    text, gold, last = [], [], 0
    for m in ANNOTATION.finditer(annotated):
        text.append(annotated[last:m.start()])
        tag, surface = m.group(1), m.group(2)
        if tag not in TYPES:
            raise ValueError(f"unknown type {tag!r} in {m.group(0)!r}")
        if not surface.strip() or surface != surface.strip():
            raise ValueError(f"empty or space-edged surface in {m.group(0)!r}")
        start = sum(map(len, text))
        gold.append((start, start + len(surface), TYPES[tag]))
        text.append(surface)
        last = m.end()
    text.append(annotated[last:])
    body = "".join(text)
    if "[" in body or "]" in body:
        raise ValueError("stray or malformed bracket")
    if not body.strip():
        raise ValueError("empty sentence")
    return shape, body, gold


def present_day_documents(path):
    """Yield (shape, text, gold) per sentence of the present-day set;
    ValueError names the line of the first malformed one."""
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        try:
            yield parse_present_day_line(line)
        except ValueError as err:
            raise ValueError(f"{path}:{number}: {err}") from None


ARTICLE_START = "==="


def present_day_articles(path):
    """Yield (id, sentences) per article of the present-day articles set,
    sentences being its (shape, text, gold) lines, the first a headline.
    ValueError names the line of the first malformed one: a sentence
    before any '=== <id>' line, an article without lines, or one whose
    first line is not a headline."""
    article, start_line = None, 0

    def finished():
        if not article[1]:
            raise ValueError(f"{path}:{start_line}: empty article {article[0]!r}")
        return article

    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith(ARTICLE_START):
            if article:
                yield finished()
            article, start_line = (line[len(ARTICLE_START):].strip(), []), number
            continue
        if article is None:
            raise ValueError(f"{path}:{number}: sentence before the first '{ARTICLE_START} <id>' line")
        try:
            sentence = parse_present_day_line(line)
        except ValueError as err:
            raise ValueError(f"{path}:{number}: {err}") from None
        if not article[1] and sentence[0] != "headline":
            raise ValueError(f"{path}:{number}: article {article[0]!r} does not start with a headline line")
        article[1].append(sentence)
    if article:
        yield finished()


def join_article(sentences):
    """(text, gold, parts) of one article: its sentences joined by a
    newline, the gold spans moved to the joined text, and per sentence
    (part, start, end) with part 'headline' for the first, 'body' after."""
    text, gold, parts, pos = [], [], [], 0
    for index, (_, sentence, spans) in enumerate(sentences):
        gold.extend((s + pos, e + pos, t) for s, e, t in spans)
        parts.append(("headline" if index == 0 else "body", pos, pos + len(sentence)))
        text.append(sentence)
        pos += len(sentence) + 1
    return "\n".join(text), gold, parts


def trim(text, start, end):
    """The span without edge whitespace and punctuation."""
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def predictions(text, tagger):
    """The tagger's spans of the four types as trimmed 0-based (start, end,
    type) triples."""
    found = []
    for etype, start, length in tagger(text):
        if etype in TYPES.values():
            found.append((*trim(text, start - 1, start - 1 + length), etype))
    return found


def count_document(text, gold, found, tp, fp, fn):
    """Add one document's exact-match counts by type to tp, fp and fn."""
    want = collections.Counter((*trim(text, s, e), t) for s, e, t in gold)
    for key in found:
        if want[key]:
            want[key] -= 1
            tp[key[2]] += 1
        else:
            fp[key[2]] += 1
    for (_, _, t), n in want.items():
        fn[t] += n


def empty_counts():
    """Zeroed tp, fp and fn dictionaries keyed by type."""
    return tuple({t: 0 for t in TYPES.values()} for _ in range(3))


def score(path, tagger, case=None):
    """Score tagger(text) -> [(type, start 1-based, length in chars)] on the
    documents of path, rewritten in the case regime `case` (None: as they
    are); return (tp, fp, fn, documents) with counts by type."""
    tp, fp, fn = empty_counts()
    ndoc = 0
    for text, gold in documents(path):
        ndoc += 1
        text = case_transform(text, case)
        count_document(text, gold, predictions(text, tagger), tp, fp, fn)
    return tp, fp, fn, ndoc


def outcome(span, found):
    """How the predictions treat one trimmed gold span: 'right' (type and
    span), 'wrong type' (same span), 'overlap' (a prediction crosses it) or
    'missed'."""
    start, end, etype = span
    if span in found:
        return "right"
    if any((s, e) == (start, end) for s, e, _ in found):
        return "wrong type"
    if any(s < end and start < e for s, e, _ in found):
        return "overlap"
    return "missed"


OUTCOMES = ("right", "wrong type", "overlap", "missed")


def line_at(text, pos):
    """The line of text (a sentence of a document) holding offset pos."""
    return text[text.rfind("\n", 0, pos) + 1:].split("\n", 1)[0]


def tally_outcomes(text, gold, found, groups, outcomes, show_errors):
    """Count each gold entity of one document by outcome into outcomes,
    keyed (group, outcome) for 'all', its type and the groups that
    groups(start) gives for its start offset; with show_errors, print every
    wrong gold entity and every spurious prediction."""
    spans = [(*trim(text, s, e), t) for s, e, t in gold]
    for span in spans:
        result = outcome(span, found)
        for group in ("all", span[2], *groups(span[0])):
            outcomes[group, result] += 1
        if show_errors and result != "right":
            seen = [f"{t} {text[s:e]!r}" for s, e, t in found if s < span[1] and span[0] < e]
            print(f"  {result:<10} {span[2]:<6} {text[span[0]:span[1]]!r}"
                  f" -> {', '.join(seen) or '-'}   | {line_at(text, span[0])}")
    if show_errors:
        for s, e, t in found:
            if (s, e, t) not in spans and not any(s < ge and gs < e for gs, ge, _ in spans):
                print(f"  {'spurious':<10} {t:<6} {text[s:e]!r}   | {line_at(text, s)}")


def score_present_day(path, tagger, show_errors):
    """Score tagger on the present-day set: (tp, fp, fn, sentences,
    outcomes) where outcomes counts gold entities by (group, outcome) for
    the groups 'all', each type and 'shape:<shape>'."""
    tp, fp, fn = empty_counts()
    outcomes = collections.Counter()
    nsent = 0
    for shape, text, gold in present_day_documents(path):
        nsent += 1
        found = predictions(text, tagger)
        count_document(text, gold, found, tp, fp, fn)
        tally_outcomes(text, gold, found, lambda _: ("shape:" + shape,), outcomes, show_errors)
    return tp, fp, fn, nsent, outcomes


ARTICLE_PARTS = ("headline", "body")


def sentence_at(parts, offset):
    """The index of the article sentence holding offset (the last one
    starting at or before it), parts as join_article gives them."""
    return max(i for i, (_, start, _) in enumerate(parts) if start <= offset)


def part_at(parts, offset):
    """'headline' or 'body': the part of the article holding offset."""
    return parts[sentence_at(parts, offset)][0]


def score_articles(path, tagger, show_errors):
    """Score tagger on the present-day articles set, one article per
    document: (counts, articles, sentences, outcomes) where counts maps
    'all', 'headline' and 'body' to (tp, fp, fn) (a prediction belongs to
    the sentence where it starts) and outcomes counts gold entities by
    (group, outcome) for 'all', each type, 'part:<part>' and
    'shape:<shape>'."""
    counts = {part: empty_counts() for part in ("all", *ARTICLE_PARTS)}
    outcomes = collections.Counter()
    narticles = nsent = 0
    for _, sentences in present_day_articles(path):
        narticles += 1
        nsent += len(sentences)
        text, gold, parts = join_article(sentences)
        found = predictions(text, tagger)
        count_document(text, gold, found, *counts["all"])
        for part in ARTICLE_PARTS:
            count_document(text, [g for g in gold if part_at(parts, g[0]) == part],
                           [f for f in found if part_at(parts, f[0]) == part], *counts[part])

        def groups(offset):
            """The part and shape groups of the sentence holding offset."""
            index = sentence_at(parts, offset)
            return ("part:" + parts[index][0], "shape:" + sentences[index][0])

        tally_outcomes(text, gold, found, groups, outcomes, show_errors)
    return counts, narticles, nsent, outcomes


def report_outcomes(outcomes, extra_groups=()):
    """Print the share of gold entities per outcome, by group: all, each
    type, extra_groups, then each shape."""
    print("  gold entities by outcome (share of the group's gold entities)")
    print(f"  {'group':<16} {'gold':>5} " + " ".join(f"{o:>10}" for o in OUTCOMES))
    groups = ["all", *TYPES.values(), *extra_groups] + ["shape:" + s for s in SHAPES]
    for group in groups:
        total = sum(outcomes[group, o] for o in OUTCOMES)
        if total:
            shares = " ".join(f"{outcomes[group, o] / total:10.3f}" for o in OUTCOMES)
            print(f"  {group:<16} {total:5d} {shares}")


def report(title, tp, fp, fn, target=0.88):
    """Print precision, recall and F1 per type, PER+ORG+LOC (against target,
    when given) and overall."""
    print(title)
    print(f"  {'type':<12} {'precision':>9} {'recall':>9} {'F1':>9}")

    def row(label, types, target=None):
        t = sum(tp[x] for x in types)
        p = t / max(1, t + sum(fp[x] for x in types))
        r = t / max(1, t + sum(fn[x] for x in types))
        f = 2 * p * r / (p + r) if p + r else 0.0
        mark = f"  (target >= {target}: {'PASS' if f >= target else 'SHORT'})" if target else ""
        print(f"  {label:<12} {p:9.4f} {r:9.4f} {f:9.4f}{mark}")

    for t in TYPES.values():
        row(t, [t])
    row("PER+ORG+LOC", ["PERSON", "ORG", "LOC"], target)
    row("all types", list(TYPES.values()))


def report_present_day(label, path, tagger, args, model):
    """Score and print one one-sentence-per-document present-day set."""
    tp, fp, fn, nsent, outcomes = score_present_day(path, tagger, args.show_errors)
    report(f"NER on the present-day {label} set {path} ({nsent} sentences, one document "
           f"each), entities(text, '{args.options}'), model {model}", tp, fp, fn, None)
    report_outcomes(outcomes)


def report_articles(path, tagger, args, model):
    """Score and print the present-day DEV set of articles, overall and
    split by headline and body sentences."""
    counts, narticles, nsent, outcomes = score_articles(path, tagger, args.show_errors)
    where = (f"{path} ({narticles} articles, {nsent} sentences, one document per article), "
             f"entities(text, '{args.options}'), model {model}")
    report(f"NER on the present-day DEV set of articles {where}", *counts["all"], None)
    for part in ARTICLE_PARTS:
        report(f"  the same, {part} sentences only", *counts[part], None)
    report_outcomes(outcomes, ["part:" + part for part in ARTICLE_PARTS])


def main():
    """Score the sets named on the command line; return the exit status."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default="dist/textkit.so")
    ap.add_argument("--dev", help="CoNLL-2003 dev file (skipped when absent)")
    ap.add_argument("--present-day-dev",
                    help="the present-day DEV set (tests/data/ner_present_day_dev.tsv)")
    ap.add_argument("--present-day",
                    help="the present-day TEST set (tests/data/ner_present_day.tsv)")
    ap.add_argument("--present-day-articles",
                    help="the present-day DEV set of articles "
                    "(tests/data/ner_present_day_articles_dev.tsv), one article per document")
    ap.add_argument("--show-errors", action="store_true",
                    help="with a present-day set: list every wrong gold entity and spurious prediction")
    ap.add_argument("--options", default="patterns=0")
    ap.add_argument("--case", choices=("title", "lower", "headline"),
                    help="with --dev: rewrite each sentence in Title Case headline style or "
                    "lower-case, or only each document's first sentence in Title Case")
    args = ap.parse_args()
    if not (args.dev or args.present_day_dev or args.present_day_articles or args.present_day):
        ap.error("give --dev, --present-day-dev, --present-day-articles, --present-day or several")
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.splitext(os.path.abspath(args.lib))[0])
    sql = "SELECT type, start, length FROM entities(?, ?)"

    def tagger(text):
        """entities() rows (type, start, length) of text."""
        return db.execute(sql, (text, args.options))

    model = db.execute("SELECT textkit_info() ->> '$.ner_model'").fetchone()[0]
    if args.dev and not os.path.exists(args.dev):
        print(f"ner_eval: CoNLL dev skipped: {args.dev} is absent")
    elif args.dev:
        tp, fp, fn, ndoc = score(args.dev, tagger, args.case)
        regime = {"title": ", every sentence title-cased", "lower": ", every sentence lower-cased",
                  "headline": ", each first sentence title-cased"}.get(args.case, "")
        report(f"NER on {args.dev} ({ndoc} documents{regime}), raw-text protocol, "
               f"entities(text, '{args.options}'), model {model}", tp, fp, fn)
    if args.present_day_dev:
        report_present_day("DEV", args.present_day_dev, tagger, args, model)
    if args.present_day_articles:
        report_articles(args.present_day_articles, tagger, args, model)
    if args.present_day:
        report_present_day("TEST", args.present_day, tagger, args, model)
    return 0


if __name__ == "__main__":
    sys.exit(main())
