"""test_normalize_large.py -- the normalization functions on large values:
a 20 MB mixed-script value through text_casefold equals Python's own full
case folding (so chunking never splits a letter from its marks), and
text_normalize / text_unaccent keep long runs intact; sentences() finds
every sentence of a 20 MB value."""
import unicodedata
import unittest

from tk_harness import connect, main

UNIT = "Crème STRASSE Straße ẞ ΣΟΦΙΑ İstanbul Łódź e\u0301 東京 Москва "
SIZE = 20_000_000


class LargeValueTest(unittest.TestCase):
    # The unit starts and ends at a normalization boundary, so the expected
    # result of k units is k copies of the unit's result (computed by
    # Python on the unit only: its normalizer is very slow on 20 MB under
    # the sanitizer's allocator).
    def test_casefold_20mb_equals_python_casefold(self):
        k = SIZE // len(UNIT.encode())
        got = connect().execute("SELECT text_casefold(?)", (UNIT * k,)).fetchone()[0]
        want = unicodedata.normalize("NFC", UNIT.casefold()) * k
        self.assertEqual(len(got), len(want))
        self.assertTrue(got == want)

    def test_nfd_and_unaccent_20mb(self):
        k = SIZE // len(UNIT.encode())
        db = connect()
        got = db.execute("SELECT text_normalize(?, 'NFD')", (UNIT * k,)).fetchone()[0]
        self.assertTrue(got == unicodedata.normalize("NFD", UNIT) * k)
        got = db.execute("SELECT text_unaccent(?)", (UNIT * 1000,)).fetchone()[0]
        # each unit loses the one combining mark of "e\u0301"
        self.assertEqual(got[:len(UNIT) - 1],
                         "Creme STRASSE Straße ẞ ΣΟΦΙΑ Istanbul Lodz e 東京 Москва ")
        self.assertEqual(len(got), len(UNIT) * 1000 - 1000)

    def test_sentences_20mb(self):
        unit = "Dr. Smith paid $1.50 at 5 p.m. today. Did he? Yes! "
        k = SIZE // len(unit)
        n = connect().execute("SELECT count(*) FROM sentences(?)",
                              (unit * k,)).fetchone()[0]
        self.assertEqual(n, 3 * k)


if __name__ == "__main__":
    main()
