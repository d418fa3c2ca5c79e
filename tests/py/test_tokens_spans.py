"""test_tokens_spans.py -- tokens() and ngrams() spans are exact:
substr(text, start, length) is the token for every row, on ASCII,
accented, CJK, emoji and mixed text, in both modes; positions count rows;
token_count() agrees with tokens(); a very long value works."""
import os
import unittest

from tk_harness import connect, main

TEXTS = {
    "ascii": "The U.S. economy grew 3.5% in 2024 -- see https://example.com/x?a=1, "
             "mail jane.doe@example.org, #tag @user e.g. 1,000,000 (yes!).",
    "accented": "Crème brûlée à l'école; Łódź, São Paulo, naïve café Straße ÉCOLE.",
    "cjk": "日本語のテキスト、中文文本。한국어 텍스트 カタカナ",
    "emoji": "I ❤️ NY 👍🏽 🇫🇷🇩🇪 👨‍👩‍👧 ok 1️⃣ done",
    "mixed": "Zürich's 42nd café ☕ — “quoted” 東京 x\u0308y \u200d a\u00adb\tend\r\nnext",
}


class SpansTest(unittest.TestCase):
    def check_spans(self, db, text, options):
        rows = db.execute(
            "SELECT token, start, length, position, substr(?1, start, length)"
            " FROM tokens(?1, ?2)", (text, options)).fetchall()
        self.assertTrue(rows, (text, options))
        for k, (token, start, length, position, sub) in enumerate(rows):
            self.assertEqual(sub, token, (options, token, start, length))
            self.assertEqual(position, k)
            self.assertEqual(len(token), length)
        starts = [r[1] for r in rows]
        self.assertEqual(starts, sorted(starts))
        return rows

    def test_spans_every_text_and_mode(self):
        db = connect()
        for name, text in TEXTS.items():
            for options in ("", "punct=1", "mode=uax29", "mode=uax29 punct=1",
                            "stem=english unaccent=1"):
                with self.subTest(text=name, options=options):
                    self.check_spans(db, text, options)

    def test_uax29_tokens_cover_every_non_space_character(self):
        db = connect()
        for name, text in TEXTS.items():
            rows = self.check_spans(db, text, "mode=uax29 punct=1")
            covered = set()
            for _, start, length, _, _ in rows:
                covered.update(range(start - 1, start - 1 + length))
            for i, ch in enumerate(text):
                if not ch.isspace() and ch not in "\u200d\u00ad\u0308":
                    self.assertIn(i, covered, (name, ch))

    def test_ngram_spans(self):
        db = connect()
        for name, text in TEXTS.items():
            rows = db.execute(
                "SELECT ngram, start, length, substr(?1, start, length) FROM ngrams(?1, 2)",
                (text,)).fetchall()
            toks = db.execute("SELECT norm, token FROM tokens(?1)", (text,)).fetchall()
            self.assertEqual(len(rows), max(len(toks) - 1, 0), name)
            for k, (ngram, start, length, sub) in enumerate(rows):
                self.assertEqual(ngram, toks[k][0] + " " + toks[k + 1][0])
                self.assertTrue(sub.startswith(toks[k][1]) and sub.endswith(toks[k + 1][1]))

    def test_token_count_agrees_with_tokens(self):
        db = connect()
        for text in TEXTS.values():
            for options in ("", "punct=1", "stopwords=en", "mode=uax29"):
                n = db.execute("SELECT count(*) FROM tokens(?1, ?2)", (text, options)).fetchone()[0]
                self.assertEqual(db.execute("SELECT token_count(?1, ?2)", (text, options)).fetchone()[0], n)

    def test_cursor_reuse_across_rows(self):
        db = connect()
        db.execute("CREATE TABLE docs(id INTEGER PRIMARY KEY, body, opt)")
        bodies = list(TEXTS.values()) * 3
        db.executemany("INSERT INTO docs(body, opt) VALUES (?, ?)",
                       [(b, "punct=1" if i % 2 else "") for i, b in enumerate(bodies)])
        got = db.execute("SELECT d.id, count(t.token) FROM docs d, tokens(d.body, d.opt) t "
                         "GROUP BY d.id ORDER BY d.id").fetchall()
        for (doc_id, n), (body, opt) in zip(got, db.execute("SELECT body, opt FROM docs ORDER BY id")):
            self.assertEqual(n, db.execute("SELECT token_count(?, ?)", (body, opt)).fetchone()[0])

    def test_long_value(self):
        # 20 MB under the sanitizers (slow), 100 MB otherwise.
        mb = 20 if os.environ.get("LD_PRELOAD") else 100
        unit = "word café 42, "
        text = unit * (mb * 1000000 // len(unit.encode()))
        db = connect()
        db.execute("PRAGMA hard_heap_limit=0")
        n = db.execute("SELECT token_count(?)", (text,)).fetchone()[0]
        self.assertEqual(n, 3 * text.count(unit))


if __name__ == "__main__":
    main()
