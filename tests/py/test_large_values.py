"""test_large_values.py -- every family works on one very large value
(100 MB; 10 MB under AddressSanitizer, which is ten times slower): the
table-valued functions stream it and the scalars return, with counts that
match the same query on one unit of the text times the repeat count."""
import os
import unittest

from tk_harness import connect, main

UNDER_ASAN = "asan" in os.environ.get("LD_PRELOAD", "")
SIZE = 10_000_000 if UNDER_ASAN else 100_000_000
UNIT = ("On Feb. 7, 2014 Mr. Hagel said the U.S. offered $1.5 billion to "
        "Russia. Security in Sochi rose 12% (see https://example.com/a). ")
REPEAT = SIZE // len(UNIT.encode())
TEXT = UNIT * REPEAT


def one_and_all(db, sql):
    """The query's single value on one unit and on the whole text."""
    one = db.execute(sql, (UNIT,)).fetchone()[0]
    whole = db.execute(sql, (TEXT,)).fetchone()[0]
    return one, whole


class LargeValueTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.db = connect()
        print(f"value: {len(TEXT.encode()) / 1e6:.0f} MB", flush=True)

    def check_scales(self, sql):
        one, whole = one_and_all(self.db, sql)
        self.assertGreater(one, 0)
        self.assertEqual(whole, one * REPEAT, sql)

    def test_tokens(self):
        self.check_scales("SELECT count(*) FROM tokens(?)")

    def test_token_count(self):
        self.check_scales("SELECT token_count(?)")

    def test_sentences(self):
        self.check_scales("SELECT count(*) FROM sentences(?)")

    def test_pattern_entities(self):
        self.check_scales("SELECT count(*) FROM entities(?, 'model=0')")

    def test_regexp_count_and_matches(self):
        self.check_scales(r"SELECT regexp_count(?, '\d+')")
        self.check_scales(r"SELECT count(*) FROM regexp_matches(?, '[A-Z]\w+')")

    def test_model_entities_on_a_tenth(self):
        text = UNIT * (REPEAT // 10)
        one = self.db.execute("SELECT count(*) FROM entities(?, 'patterns=0')", (UNIT,)).fetchone()[0]
        n = self.db.execute("SELECT count(*) FROM entities(?, 'patterns=0')", (text,)).fetchone()[0]
        self.assertGreater(one, 0)
        # Document memory may add mentions the first unit lacks; never fewer.
        self.assertGreaterEqual(n, one * (REPEAT // 10))

    def test_keywords(self):
        # every word's count scales, so the top row is the same word
        sql = "SELECT count FROM keywords(?, 'words=1 top=1')"
        self.check_scales(sql)
        one, whole = one_and_all(self.db, "SELECT count(*) FROM keywords(?, 'top=0')")
        self.assertGreater(one, 0)
        self.assertEqual(whole, one)  # the same distinct phrases

    def test_text_cosine(self):
        # the whole text's term vector is REPEAT times one unit's
        r = self.db.execute("SELECT text_cosine(?, ?)", (TEXT, UNIT)).fetchone()[0]
        self.assertAlmostEqual(r, 1.0, delta=1e-9)

    def test_scalars_return_the_whole_value(self):
        n = self.db.execute("SELECT length(text_clean(?))", (TEXT,)).fetchone()[0]
        self.assertEqual(n, len(TEXT.strip()))
        n = self.db.execute("SELECT length(text_casefold(?))", (TEXT,)).fetchone()[0]
        self.assertEqual(n, len(TEXT))


if __name__ == "__main__":
    main()
