"""test_gazetteers_wiki.py -- ext/tools/gazetteers_wiki.py, the names
Wikipedia types itself for the typed gazetteers (`make gazetteers`):
definitional first sentences typed by their head noun, company and club
suffix patterns, and mine() over a small xz file written here (no
../shared needed): minimum count, names already listed, ordinary words,
bad UTF-8 and empty input."""
import lzma
import os
import tempfile
import unittest

from tk_harness import load_module, main

WIKI = load_module("gazetteers_wiki", "ext/tools/gazetteers_wiki.py")


class Definitions(unittest.TestCase):
    def check(self, title, paragraph, expected):
        self.assertEqual(WIKI.definition_class(title, paragraph), expected,
                         (title, paragraph))

    def test_head_noun_classes(self):
        self.check("Nvidia Corporation", "Nvidia Corporation (NASDAQ: NVDA) is an"
                   " American worldwide technology company based in Santa Clara.",
                   "COMPANY")
        self.check("Lazio", "Lazio is a region of central Italy.", "PLACE")
        self.check("Albert Einstein", "Albert Einstein (14 March 1879 – 18 April"
                   " 1955) was a German-born theoretical physicist. He developed",
                   "PERSON")
        self.check("The Beatles", "The Beatles were an English rock band formed"
                   " in Liverpool in 1960.", "ORG")
        self.check("Ruch Chorzow", "Ruch Chorzow is a Polish football club.", "ORG")

    def test_person_markers(self):
        self.check("Ayn Rand", "Ayn Rand (born Alisa Rosenbaum) was a novelist.",
                   "PERSON")
        self.check("Benedict VIII", "Benedict VIII was Pope from 1012 to 1024.",
                   "PERSON")

    def test_not_typed(self):
        self.check("Anarchism", "Anarchism is a political philosophy.", None)
        self.check("Bank", "A bank is a financial institution.", None)
        self.check("Asia (band)", "Asia is an English rock band.", None)
        self.check("African National Congress", "The African National Congress"
                   " is the Republic of South Africa's governing party.", None)
        self.check("Golden Gate Bridge", "The Golden Gate Bridge is a suspension"
                   " bridge spanning the Golden Gate strait.", None)
        self.check("Paris", "In France, Paris is a city.", None)
        self.check("Paris", "", None)
        self.check("", "", None)

    def test_disambiguation_stripped(self):
        self.assertEqual(WIKI.base_title("Austin (disambiguation)"), "Austin")
        self.assertEqual(WIKI.base_title("Georgia (country)"), "Georgia (country)")


class Suffixes(unittest.TestCase):
    def test_companies(self):
        self.assertEqual(
            WIKI.suffix_names("In 1998, Apple Computer, Inc. and Ford Motor Co. said."),
            [("COMPANY", "Apple Computer Inc.", "Apple Computer"),
             ("COMPANY", "Ford Motor Co.", "Ford Motor")])
        self.assertEqual(WIKI.suffix_names("shares of U.S. Steel Corp. rose"),
                         [("COMPANY", "U.S. Steel Corp.", "U.S. Steel")])
        self.assertEqual(WIKI.suffix_names("The Bank of Montreal plc."),
                         [("COMPANY", "Bank of Montreal plc", "Bank of Montreal")])

    def test_clubs(self):
        self.assertEqual(
            WIKI.suffix_names("He joined Manchester United F.C. and later FC Barcelona."),
            [("ORG", "Manchester United F.C.", "Manchester United"),
             ("ORG", "FC Barcelona", "Barcelona")])

    def test_no_run(self):
        self.assertEqual(WIKI.suffix_names("the company, Inc. was sold"), [])
        self.assertEqual(WIKI.suffix_names("Inc."), [])
        self.assertEqual(WIKI.suffix_names("FC"), [])
        self.assertEqual(WIKI.suffix_names(""), [])
        self.assertEqual(WIKI.suffix_names("a b c d e Inc."), [])


class Mine(unittest.TestCase):
    TEXT = ("Pirelli\nPirelli is an Italian tyre manufacturer.\n"
            "It sold tyres to Ruch FC and to Ruch FC again; Lonely FC once.\n"
            "Acme Widgets Ltd. and Acme Widgets Ltd. merged.\n"
            "Liverpool F.C. and Liverpool F.C. played \udcff.\n"
            "Bank\nBank is a company.\n"
            "Karl Marx\nKarl Marx was a German philosopher.\n")

    def mine(self, text, known=None, words=()):
        folder = tempfile.mkdtemp()
        path, titles = os.path.join(folder, "a.xz"), os.path.join(folder, "t.txt")
        with lzma.open(path, "wb") as f:
            f.write(text.encode("utf-8", "surrogateescape"))
        with open(titles, "w", encoding="utf-8") as f:
            f.write("".join(line + "\n" for line in text.splitlines()
                            if line in ("Pirelli", "Bank", "Karl Marx")))
        return WIKI.mine(path, titles, known or {}, set(words))

    def test_sources_and_filters(self):
        known = {"CITY_BIG": {"liverpool"}, "PERSON": {"karl marx"}}
        out = self.mine(self.TEXT, known, {"bank"})
        self.assertEqual(out, sorted(out))
        self.assertIn(("COMPANY", "Pirelli"), out)
        self.assertIn(("ORG", "Ruch FC"), out)
        self.assertIn(("ORG", "Ruch"), out)
        self.assertIn(("COMPANY", "Acme Widgets Ltd."), out)
        self.assertIn(("COMPANY", "Acme Widgets"), out)
        self.assertIn(("ORG", "Liverpool F.C."), out)
        self.assertNotIn(("ORG", "Liverpool"), out)  # a known place
        self.assertNotIn(("ORG", "Lonely FC"), out)  # seen once
        self.assertNotIn(("COMPANY", "Bank"), out)  # an ordinary word
        self.assertFalse(any(n == "Karl Marx" for _, n in out))  # listed

    def test_empty(self):
        self.assertEqual(self.mine(""), [])


if __name__ == "__main__":
    main()
