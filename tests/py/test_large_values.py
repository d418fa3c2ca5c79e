"""test_large_values.py -- every family works on one very large value
(100 MB; 10 MB under AddressSanitizer, which is ten times slower): the
table-valued functions stream it and the scalars return, with counts that
match the same query on one unit of the text times the repeat count."""
import os
import sqlite3
import unittest

from tk_harness import connect, main

UNDER_ASAN = "asan" in os.environ.get("LD_PRELOAD", "")
SIZE = 10_000_000 if UNDER_ASAN else 100_000_000
UNIT = ("On Feb. 7, 2014 Mr. Hagel said the U.S. offered $1.5 billion to "
        "Russia. Security in Sochi rose 12% (see https://example.com/a). ")
REPEAT = SIZE // len(UNIT.encode())
TEXT = UNIT * REPEAT
PARA = ("The council said that it would not be able to approve the plan before "
        "the end of the year, and that the members of the board were still "
        "waiting for the report that they had asked for in the spring.")
PARA_REPEAT = SIZE // (len(PARA) + 2)


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

    def test_model_entities_on_one_long_line_of_a_manual(self):
        # The rules that read a span's line or the word before it (a
        # manual's headings, a call ending a statement, places of two
        # letters) read a bounded window: one line of calls and codes,
        # 5 MB (0.5 MB under ASan), after a manual's headings, ends.
        unit = "Hagel(x) met Obama(y) in OK,CA,OR and Moscow; "
        n = SIZE // 20 // len(unit)
        text = "NAME\n  x\nSYNOPSIS\n  y\n" + unit * n
        rows = self.db.execute("SELECT count(*), count(DISTINCT type) FROM entities(?, 'patterns=0')",
                               (text,)).fetchone()
        self.assertGreater(rows[0], n)
        self.assertGreaterEqual(rows[1], 1)

    def test_model_entities_on_program_documentation(self):
        # A page of code names its types alone too: the words it writes as
        # code are read once, at most 65,536 of them (a 5 MB run of paths,
        # 0.5 MB under ASan, after which no more are kept), and none of
        # the type's mentions alone is a name.
        unit = "Deref says hi. impl Deref for Box {} let a = Arc::new(x); "
        n = SIZE // 20 // len(unit)
        rows = self.db.execute("SELECT count(*) FROM entities(?, 'patterns=0') "
                               "WHERE entity IN ('Deref', 'Arc')", (unit * n,)).fetchone()
        self.assertEqual(rows[0], 0)

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
        # html_unescape: each unit's "&amp;" becomes "&"
        unit = UNIT.replace("$", "&amp;")
        n = self.db.execute("SELECT length(html_unescape(?))", (unit * REPEAT,)).fetchone()[0]
        self.assertEqual(n, len(UNIT) * REPEAT)
        n = self.db.execute("SELECT length(text_casefold(?))", (TEXT,)).fetchone()[0]
        self.assertEqual(n, len(TEXT))
        # text_dehyphenate: each unit's "Secu-\nrity " becomes "Security\n"
        unit = UNIT.replace("Security in", "Secu-\nrity in")
        joined = self.db.execute("SELECT text_dehyphenate(?)", (unit * REPEAT,)).fetchone()[0]
        self.assertEqual(joined, UNIT.replace("Security in", "Security\nin") * REPEAT)

    def test_text_decode_reads_the_whole_value(self):
        # valid UTF-8 comes back as it is; Windows-1252 and UTF-16 (with
        # their BOM-less and BOM rules) are decoded whole
        n = self.db.execute("SELECT length(text_decode(?))", (TEXT.encode(),)).fetchone()[0]
        self.assertEqual(n, len(TEXT))
        latin = ("caf\xe9 \u20ac " * (SIZE // 7)).encode("cp1252")
        enc, n = self.db.execute("SELECT text_encoding(?1), length(text_decode(?1))",
                                 (latin,)).fetchone()
        self.assertEqual((enc, n), ("windows-1252", len(latin)))
        utf16 = "\ufeff".encode("utf-16-le") + TEXT[:SIZE // 2].encode("utf-16-le")
        n = self.db.execute("SELECT length(text_decode(?))", (utf16,)).fetchone()[0]
        self.assertEqual(n, SIZE // 2)

    def test_text_fix_mojibake_reads_the_whole_value(self):
        # clean text comes back as it is; text read as Windows-1252 is
        # repaired to the end
        same = self.db.execute("SELECT text_fix_mojibake(?1) = ?1", (TEXT,)).fetchone()[0]
        self.assertEqual(same, 1)
        clean = "caf\xe9 \u20ac \u2018ok\u2019 " * (SIZE // 20)
        broken = clean.encode().decode("cp1252")
        fixed = self.db.execute("SELECT text_fix_mojibake(?)", (broken,)).fetchone()[0]
        self.assertEqual(len(fixed), len(clean))
        self.assertTrue(fixed == clean)

    def test_text_language_reads_the_first_64_kb(self):
        # what follows the first 64 KB is not read, whatever its size
        fr = "Le chat est sur la table et le chien est dans le jardin. " * 1000
        for value, want in ((TEXT, "en"), (TEXT + fr, "en"), (fr + TEXT, "fr")):
            got = self.db.execute("SELECT text_language(?)", (value,)).fetchone()[0]
            self.assertEqual(got, want)

    def test_text_decode_beyond_the_length_limit_is_too_big(self):
        # 3 bytes of UTF-8 for each Windows-1252 euro sign: over SQLite's
        # length limit the result is SQLite's own "too big" error
        db = connect()
        db.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 2 * 1000 * 1000)
        with self.assertRaisesRegex(sqlite3.DataError, "string or blob too big"):
            db.execute("SELECT text_decode(?)", (b"\x80" * 1000 * 1000,)).fetchone()
        self.assertEqual(db.execute("SELECT length(text_decode(?))",
                                    (b"\x80" * 600 * 1000,)).fetchone()[0], 600 * 1000)
        db.close()

    def test_blocks_and_main(self):
        text = (PARA + "\n\n") * PARA_REPEAT
        n, kinds = self.db.execute(
            "SELECT count(*), group_concat(DISTINCT kind) FROM text_blocks(?)",
            (text,)).fetchone()
        self.assertEqual((n, kinds), (PARA_REPEAT, "content"))
        n, = self.db.execute("SELECT length(text_main(?))", (text,)).fetchone()
        self.assertEqual(n, len(text.strip()))

    def test_records_stream_a_large_csv_and_jsonl(self):
        row = '7,"Title, with a comma","%s"\n' % PARA
        n_rows = SIZE // len(row)
        text = "id,title,content\n" + row * n_rows
        got = self.db.execute(
            "SELECT count(*), count(error), max(record), max(line),"
            " sum(length(fields ->> '$.content')) FROM text_records(?)",
            (text,)).fetchone()
        self.assertEqual(got, (n_rows, 0, n_rows, n_rows + 1, n_rows * len(PARA)))
        line = '{"text": "%s"}\n' % PARA
        n_lines = SIZE // len(line)
        got = self.db.execute(
            "SELECT count(*), sum(json_valid(fields)), sum(length(fields))"
            " FROM text_records(?, 'format=jsonl')", (line * n_lines,)).fetchone()
        self.assertEqual(got, (n_lines, n_lines, n_lines * (len(line) - 1)))

    def test_records_one_record_of_the_whole_value(self):
        # a quote never closed: one record runs to the end of the value
        body = PARA * (SIZE // len(PARA))
        got = self.db.execute(
            "SELECT count(*), max(error), max(length(fields ->> '$.a'))"
            " FROM text_records(?)", ('a\n"' + body,)).fetchone()
        self.assertEqual(got, (1, "unterminated quoted field", len(body)))

    def test_overlap_of_two_large_texts(self):
        # The worst case for the shingle chains: every shingle of a repeats
        # REPEAT times; it must still be one pass (one passage, all words).
        words, = self.db.execute("SELECT token_count(?)", (TEXT,)).fetchone()
        row = self.db.execute(
            "SELECT count(*), sum(words), min(a_start), max(b_length)"
            " FROM text_overlap(?1, ?1)", (TEXT,)).fetchone()
        self.assertEqual(row, (1, words, 1, len(TEXT.rstrip(" )."))))

    def test_overlap_shared_tail(self):
        tail = PARA + " " + UNIT * 1000
        a = UNIT.replace("Russia", "Kyiv") * (REPEAT // 2) + tail
        b = "Preface. " + tail
        rows = self.db.execute(
            "SELECT a_start, b_start, b_length FROM text_overlap(?, ?)",
            (a, b)).fetchall()
        self.assertEqual(rows, [(len(a) - len(tail) + 1, 10, len(tail.rstrip(" ).")))])

    def test_docsim_on_the_whole_value(self):
        # with shingle=1 the whole text has exactly one unit's set of norms,
        # and every term frequency times REPEAT keeps SimHash's signs
        sql = ("SELECT text_jaccard(?1, ?2, 'shingle=1'), minhash(?1, 'shingle=1') = "
               "minhash(?2, 'shingle=1'), simhash(?1) = simhash(?2)")
        self.assertEqual(self.db.execute(sql, (TEXT, UNIT)).fetchone(), (1.0, 1, 1))
        j = self.db.execute("SELECT text_jaccard(?, ?, 'shingle=5')", (TEXT, UNIT)).fetchone()[0]
        self.assertGreater(j, 0)
        self.assertLess(j, 1)
        n = self.db.execute("SELECT count(*) FROM minhash_bands(minhash(?), 16)", (TEXT,)).fetchone()[0]
        self.assertEqual(n, 16)

    def test_error_messages_do_not_echo_a_10_mb_value(self):
        # a message quotes at most the first 60 characters of a bad value
        # (and "…"): per echo it is at most 61 characters longer than the
        # message for a one-unit value (the table errors echo the name twice:
        # ours and SQLite's "no such table"), and under 300 bytes unless
        # that one is long
        calls = [
            ("tokens", "SELECT * FROM tokens('a', ?)", "{}", "x"),
            ("tokens", "SELECT * FROM tokens('a', ?)", "punct={}", "x"),
            ("tokens", "SELECT * FROM tokens('a', ?)", "{}=1", "x"),
            ("tokens", "SELECT * FROM tokens('a', ?)", "punct='{}'", "ab "),
            ("ngrams", "SELECT * FROM ngrams('a', ?)", "{}", "x"),
            ("sentences", "SELECT * FROM sentences('a', ?)", "lang={}", "x"),
            ("entities", "SELECT * FROM entities('a', ?)", "types={}", "x"),
            ("entities", "SELECT * FROM entities('a', ?)", "dictionary={}", "x"),
            ("keywords", "SELECT * FROM keywords('a', ?)", "idf={}", "x"),
            ("keywords", "SELECT * FROM keywords('a', ?)", "top={}", "x"),
            ("text_stem", "SELECT text_stem('a', ?)", "{}", "x"),
            ("text_normalize", "SELECT text_normalize('a', ?)", "{}", "x"),
            ("text_decode", "SELECT text_decode('a', ?)", "{}", "x"),
            ("minhash", "SELECT minhash('a', ?)", "perm={}", "x"),
            ("regexp_like", "SELECT regexp_like('a', 'a', ?)", "{}", "y"),
            ("token_count", "SELECT token_count('a', ?)", "{}", "\xff"),
            ("text_records", "SELECT * FROM text_records('a', ?)", "format={}", "x"),
            ("text_records", "SELECT * FROM text_records('a', ?)", "sep={}", ";,"),
        ]
        for name, sql, form, unit in calls:
            short = self.error_of(sql, form.format(unit))
            msg = self.error_of(sql, form.format(unit * (10_000_000 // len(unit))))
            self.assertTrue(msg.startswith("textkit: %s(): " % name), msg[:200])
            self.assertLessEqual(len(msg) - len(short), 2 * 61, msg[:400])
            if len(short.encode()) < 220:
                self.assertLess(len(msg.encode()), 300, msg[:400])

    def error_of(self, sql, value):
        """The error message of sql run with value (it must fail)."""
        with self.assertRaises(sqlite3.Error, msg=sql) as cm:
            self.db.execute(sql, (value,)).fetchall()
        return str(cm.exception)

if __name__ == "__main__":
    main()
