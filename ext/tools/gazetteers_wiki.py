#!/usr/bin/python3
"""gazetteers_wiki.py -- names typed by Wikipedia itself, for the typed
gazetteers (called by ext/tools/gazetteers_build.py, `make gazetteers`):

    from gazetteers_wiki import mine
    entries = mine(articles_xz, titles_txt, known, words)

Two sources, both from ../shared/data/unlabeled (30,729 English Wikipedia
articles of about 2015, CC BY-SA 3.0; docs/NOTICE.md):

1. Definitional first sentences: an article whose title looks like a name
   and whose first sentence reads "TITLE ... is/was/are/were a/an/the ...
   NOUN" is typed by that head noun through a small hand lexicon (company
   -> COMPANY, club -> ORG, city -> PLACE, physicist -> PERSON); "(born"
   in the sentence, or a rank right after the verb ("was Pope from"),
   makes a PERSON.
2. Suffix patterns over all the text: a capitalized run before Inc.,
   Corp., Ltd., GmbH... gives the run with and without the suffix as
   COMPANY; "X F.C.", "X A.F.C.", "FC X", "X FC" give the club as ORG, and
   X alone as ORG when X is not already a place of the lists.  A form
   must occur MIN_COUNT times or more.

A mined name is kept only when it is no ordinary lower-case word (for a
single word) and no list of its kind or of places already holds it
(people: PERSON; places: COUNTRY, REGION, CITY_*, PLACE; organizations:
COMPANY, ORG): a place reading of a name is left alone.
The result is sorted, so it depends only on the input files.
"""
import lzma
import random
import re

MIN_COUNT = 2
MAX_RUN = 4  # capitalized words before a suffix, at most

HEAD_CLASS = {}
for _cls, _nouns in {
    "COMPANY": "company corporation manufacturer bank airline conglomerate "
               "retailer carrier firm automaker brewery distillery "
               "supermarket chain subsidiary multinational insurer",
    "ORG": "club team band party university college agency newspaper "
           "league federation association organization organisation "
           "institute council committee orchestra ensemble society "
           "foundation charity ministry parliament alliance coalition "
           "confederation union broadcaster magazine tabloid academy",
    "PLACE": "city town village country state province region county "
             "river island islands mountain mountains lake sea ocean "
             "capital municipality commune district territory archipelago "
             "peninsula valley desert suburb borough metropolis republic "
             "nation continent hamlet parish prefecture canton oblast "
             "emirate strait bay gulf volcano plateau canal waterfall "
             "principality kingdom tributary atoll",
    "PERSON": "politician actor actress singer writer footballer player "
              "physicist king queen emperor empress poet novelist "
              "philosopher mathematician chemist biologist composer "
              "musician painter artist author journalist economist "
              "historian scientist engineer inventor astronomer director "
              "businessman businesswoman entrepreneur lawyer judge general "
              "admiral soldier statesman president pope saint bishop "
              "priest theologian monk prince princess duke pharaoh ruler "
              "activist comedian rapper guitarist drummer pianist "
              "songwriter architect sculptor photographer psychologist "
              "sociologist linguist physician surgeon explorer astronaut "
              "cyclist boxer wrestler golfer athlete sprinter swimmer "
              "skier coach cricketer quarterback pitcher driver jockey "
              "dancer filmmaker screenwriter playwright illustrator "
              "cartoonist critic presenter scholar professor diplomat "
              "senator governor mayor chancellor monarch nobleman "
              "noblewoman philanthropist banker investor missionary "
              "prophet rabbi cardinal archbishop aviator sailor "
              "navigator model chef designer leader founder son daughter",
}.items():
    for _n in _nouns.split():
        HEAD_CLASS[_n] = _cls

# Kinds of the lists: a mined name already in one of its kind is not added.
KIND = {"PERSON": ("PERSON",),
        "PLACE": ("COUNTRY", "REGION", "CITY_BIG", "CITY_MID", "CITY_SMALL",
                  "PLACE"),
        "COMPANY": ("COMPANY", "ORG"), "ORG": ("COMPANY", "ORG")}
PLACES = KIND["PLACE"]

CONNECTORS = {"of", "the", "and", "&", "de", "la", "le", "du", "des", "da",
              "di", "del", "von", "van", "der", "den", "y", "on", "upon",
              "in", "al", "bin", "ibn"}
ARTICLES = {"a", "an", "the"}
# Ranks that make a person without an article: "X was Pope from 1003".
RANKS = {"Pope", "King", "Queen", "Emperor", "Empress", "Roman", "Prince",
         "Princess", "Duke", "Sultan", "Pharaoh", "Tsar", "Czar", "Caliph"}
VERBS = {"is", "was", "are", "were"}
# Words that end the noun phrase of a definition (its head is before them).
PHRASE_END = {"of", "in", "that", "who", "which", "whose", "and", "or",
              "from", "with", "by", "on", "at", "for", "to", "as", "based",
              "located", "founded", "headquartered", "known", "situated",
              "born", "best", "noted", "whom", "where", "formed", "active"}
LEADING = {"The", "A", "An", "In", "At", "By", "For", "From", "With", "Of",
           "And", "On", "To", "As", "When", "After", "Before", "Since",
           "Both", "Its", "His", "Her", "Their", "While", "Under", "Then"}
COMPANY_SUFFIX = {"Inc.", "Inc", "Corp.", "Corporation", "Ltd.", "Ltd",
                  "plc", "PLC", "GmbH", "AG", "S.A.", "LLC", "Co."}
CLUB_AFTER = {"F.C.", "A.F.C.", "FC", "AFC"}
CLUB_BEFORE = {"FC"}
TRAIL = ",;:)\"'"


def name_like(title):
    """True when each word of title is capitalized (or a digit-led word)
    or a lower-case connector, the first one capitalized."""
    words = title.split()
    if not words or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in CONNECTORS
               for w in words)


def base_title(title):
    """The title without a trailing " (disambiguation)"."""
    return re.sub(r" \(disambiguation\)$", "", title)


def strip_parens(text):
    """text without its (possibly nested) parenthesized parts."""
    out, depth = [], 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(ch)
    return re.sub(r"\s+", " ", "".join(out))


def definition_class(title, paragraph):
    """The class (COMPANY, ORG, PLACE or PERSON) the first sentence of an
    article's first paragraph gives its name-like title (from the last word
    of the noun phrase after the verb and article), or None."""
    name = base_title(title)
    if not name_like(name):
        return None
    lead = "The " if paragraph.startswith("The " + name) else ""
    if not paragraph.startswith(lead + name):
        return None
    first = re.split(r"(?<=[a-z)])\. ", paragraph, maxsplit=1)[0]
    if "(born" in first:
        return "PERSON"
    words = strip_parens(first)[len(lead + name):].split()
    verb = next((i for i, w in enumerate(words[:12]) if w in VERBS), None)
    if verb is None or verb + 1 >= len(words):
        return None
    if words[verb + 1] in RANKS:
        return "PERSON"
    if words[verb + 1] not in ARTICLES:
        return None
    head = None
    for w in words[verb + 2:verb + 10]:
        bare = w.rstrip(TRAIL + ".").lower()
        if bare in PHRASE_END or bare in ARTICLES:
            break
        head = bare if w[:1].islower() else None
        if w[-1:] in TRAIL + ".":
            break
    return HEAD_CLASS.get(head)


def run_before(tokens, end):
    """The capitalized run of up to MAX_RUN words ending just before
    tokens[end] (a comma allowed right before it, connectors and
    abbreviations like "U.S." inside, no suffix, the leading sentence words
    of LEADING dropped), as a list of words; [] when there is none."""
    run = []
    for k in range(end - 1, max(-1, end - 2 - MAX_RUN), -1):
        w = tokens[k][:-1] if k == end - 1 and tokens[k].endswith(",") else tokens[k]
        plain = w[-1:] not in TRAIL + "." or re.fullmatch(r"(?:[A-Z]\.)+", w)
        if w.rstrip(TRAIL) in COMPANY_SUFFIX | CLUB_AFTER:
            break  # the end of an earlier name
        if w[:1].isupper() and plain and not w.endswith("'s"):
            run.insert(0, w)
        elif w in CONNECTORS and run:
            run.insert(0, w)
        else:
            break
    while run and (run[0] in CONNECTORS or run[0] in LEADING):
        run.pop(0)
    if len(run) > MAX_RUN or (run and run[-1] in CONNECTORS):
        return []
    return run


def run_after(tokens, start):
    """The capitalized run of up to MAX_RUN words from tokens[start] on,
    ending at a word with trailing punctuation; [] when there is none."""
    run = []
    for w in tokens[start:start + MAX_RUN]:
        bare = w.rstrip(TRAIL + ".")
        if not bare[:1].isupper() or bare.endswith("'s"):
            break
        run.append(bare)
        if bare != w:
            break
    return run


def suffix_names(line):
    """(class, form, alone) for each company or club suffix pattern of a
    line: form is the name with its suffix, alone the name without it."""
    out = []
    tokens = line.split()
    for i, tok in enumerate(tokens):
        bare = tok.rstrip(TRAIL)
        if bare.endswith(".") and bare not in COMPANY_SUFFIX | CLUB_AFTER:
            bare = bare[:-1]
        if bare in COMPANY_SUFFIX or bare in CLUB_AFTER:
            run = run_before(tokens, i)
            if run:
                cls = "COMPANY" if bare in COMPANY_SUFFIX else "ORG"
                out.append((cls, " ".join(run + [bare]), " ".join(run)))
        if tok in CLUB_BEFORE and (i == 0 or tokens[i - 1][:1].islower()):
            run = run_after(tokens, i + 1)
            if run:
                out.append(("ORG", " ".join([tok] + run), " ".join(run)))
    return out


def articles(path, titles):
    """Walk the xz text, whose article titles are the lines of the titles
    file in order: yields (title, first paragraph, None) once an article
    is read, (None, None, line) for each of its other lines (bad UTF-8
    replaced)."""
    with open(titles, encoding="utf-8", errors="replace") as f:
        order = [t.rstrip("\n") for t in f]
    nxt, title, first = 0, None, None
    with lzma.open(path, "rt", encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if nxt < len(order) and line == order[nxt]:
                if title is not None:
                    yield title, first or "", None
                title, first, nxt = line, None, nxt + 1
                continue
            if first is None and title is not None:
                first = line
            yield None, None, line
    if title is not None:
        yield title, first or "", None


def mine(path, titles, known, words, seed=11):
    """The (class, name) entries mined from the articles at path (xz) with
    their titles file; known maps each class to its lower-cased names
    already listed, words holds the ordinary lower-case words.  Prints per
    source and class the names added and a sample of 30."""
    defined, counts = {}, {}
    for title, first, line in articles(path, titles):
        if line is None:
            cls = definition_class(title, first)
            if cls:
                defined[base_title(title)] = cls
            continue
        if not any(s in line for s in ("Inc", "Corp", "Ltd", "plc", "PLC",
                                       "GmbH", "AG", "S.A.", "LLC", "Co.",
                                       "FC", "F.C.")):
            continue
        for found in suffix_names(line):
            counts[found] = counts.get(found, 0) + 1
    sources = {"definitions": sorted((c, n) for n, c in defined.items())}
    suffix = set()
    for (cls, form, alone), n in counts.items():
        if n < MIN_COUNT:
            continue
        suffix.add((cls, form))
        if cls == "COMPANY" or not any(
                alone.lower() in known.get(p, ()) for p in PLACES):
            suffix.add((cls, alone))
    sources["suffixes"] = sorted(suffix)
    out, rng = set(), random.Random(seed)
    for source, found in sources.items():
        added = {}
        for cls, name in found:
            low = name.lower()
            if (" " not in name and low in words) or (cls, name) in out:
                continue
            if any(low in known.get(k, ()) for k in KIND[cls] + PLACES):
                continue
            out.add((cls, name))
            added.setdefault(cls, []).append(name)
        for cls in sorted(added):
            sample = rng.sample(added[cls], min(30, len(added[cls])))
            print(f"gazetteers_wiki: {source}: {len(added[cls])} {cls} names,"
                  f" e.g. {'; '.join(sorted(sample))}")
    return sorted(out)
