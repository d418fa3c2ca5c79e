"""test_html_unescape.py -- html_unescape() against Python's html.unescape
on random text (fixed seed): plain runs (ASCII, accents, emoji, '&' and ';'
alone), every HTML 4 name of html.entities.name2codepoint and "&apos;" with
their semicolons, and decimal and hexadecimal references with and without
a semicolon, among them 0, the Windows-1252 range 128-159, surrogates and
numbers past U+10FFFF.  Left out of the random draw are the code points
Python drops and HTML5 keeps (controls, noncharacters), and the names
html_unescape leaves as they are (HTML5-only names, names without their
semicolon); both are asserted apart."""
import html
import html.entities
import random
import unittest

from tk_harness import connect, main

PLAIN = ["H", "M", " ", "caf\u00e9", "\U0001F600", "AT&T", "a & b", ";", "x;", "&",
         "\n", "Tom", "&#", "&#x", "&;", "&#;"]
NAMES = sorted(html.entities.name2codepoint) + ["apos"]


def dropped_by_python(cp):
    """1 when html.unescape turns the reference to cp into nothing (a
    control or a noncharacter that HTML5 keeps)."""
    return cp in html._invalid_codepoints  # noqa: SLF001 (the oracle's own rule)


def random_reference(rng):
    """A reference html_unescape and html.unescape read alike."""
    kind = rng.randrange(3)
    if kind == 0:
        return "&" + rng.choice(NAMES) + ";"
    while True:
        cp = rng.choice([0, rng.randrange(128, 160), rng.randrange(0xD800, 0xE000),
                         rng.randrange(0x110000, 0x7FFFFFFF), rng.randrange(32, 0x110000),
                         rng.randrange(32, 0x3000)])
        if not dropped_by_python(cp):
            break
    digits = ("x%X" if rng.random() < 0.5 else "%d") % cp
    return "&#" + digits + (";" if rng.random() < 0.8 else " ")


class HtmlUnescape(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.db = connect()

    def unescape(self, s):
        return self.db.execute("SELECT html_unescape(?)", (s,)).fetchone()[0]

    def test_random_text_reads_as_python_reads_it(self):
        rng = random.Random(20261207)
        for _ in range(3000):
            parts = [rng.choice(PLAIN) if rng.random() < 0.5 else random_reference(rng)
                     for _ in range(rng.randrange(0, 12))]
            s = "".join(parts)
            self.assertEqual(self.unescape(s), html.unescape(s), s)

    def test_every_html4_name(self):
        for name in NAMES:
            self.assertEqual(self.unescape("<&%s;>" % name), html.unescape("<&%s;>" % name), name)

    def test_left_as_they_are(self):
        # HTML5-only names and names without their semicolon, which
        # html.unescape decodes: kept byte for byte.
        for s in ["&Tab;", "&NewLine;", "&check;", "&amp Co", "&copy 2020", "AT&T&Co"]:
            self.assertEqual(self.unescape(s), s)
        # a control character is kept (HTML5), where Python drops it
        self.assertEqual(self.unescape("a&#1;b&#x7F;c"), "a\x01b\x7fc")

    def test_text_without_references_is_unchanged(self):
        s = "R&D; <p>tags stay</p> & so do ; and &# alone\n" * 100
        self.assertEqual(self.unescape(s), s)


if __name__ == "__main__":
    main()
