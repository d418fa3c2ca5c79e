"""test_sentences_golden.py -- sentences() against the 48 English Golden
Rules of sentence boundary detection (tests/data/english_golden_rules.json,
MIT, see english_golden_rules.NOTICE): prints every failing rule and the
score, and requires at least 44 of 48.  Also checks, on varied texts
(ASCII, accented, CJK, emoji, invalid UTF-8 as a BLOB), that
substr(text, start, length) is exactly each sentence, that sentences do not
overlap, and that no sentence starts or ends with white space."""
import json
import os
import unittest

from tk_harness import ROOT, connect, main

RULES = os.path.join(ROOT, "tests", "data", "english_golden_rules.json")
REQUIRED = 44

TEXTS = [
    "Mr. Smith went to Washington. He arrived at 5 p.m. on Jan. 5.   Then?  ",
    "Crème brûlée est très bon. Ça va? Oui! Über-Straße… Nächster Satz.",
    "東京は大きい。大阪も！京都はどう？ それでいい。",
    "Emoji 😀👍🏽 here. Flags 🇫🇷🇩🇪 too! 👨‍👩‍👧 family? Done.",
    "1) The first item 2) The second item\n\n• bullet one • bullet two",
    "\tLeading tabs.\r\nCRLF lines.\u2029Para sep. \u00a0Nbsp before.",
    "\"Quoted.\" (Parenthetical.) [Bracketed [...] text.] 'Single.' End",
]


def split(db, text, options=None):
    """Rows of sentences(text [, options]) in order."""
    if options is None:
        return db.execute("SELECT sentence, start, length FROM sentences(?) "
                          "ORDER BY position", (text,)).fetchall()
    return db.execute("SELECT sentence, start, length FROM sentences(?, ?) "
                      "ORDER BY position", (text, options)).fetchall()


class GoldenRulesTest(unittest.TestCase):
    def test_golden_rules(self):
        db = connect()
        with open(RULES, encoding="utf-8") as f:
            rules = json.load(f)
        self.assertEqual(len(rules), 48)
        passed = 0
        for i, rule in enumerate(rules, 1):
            got = [r[0] for r in split(db, rule["text"])]
            if got == rule["sentences"]:
                passed += 1
            else:
                hard = " (known hard)" if rule.get("known_hard") else ""
                print(f"golden rule {i}{hard} fails:\n  text: {rule['text']}\n"
                      f"  want: {rule['sentences']}\n  got:  {got}")
        print(f"golden rules: {passed}/{len(rules)} pass")
        self.assertGreaterEqual(passed, REQUIRED)

    def test_substr_gives_back_every_sentence(self):
        db = connect()
        for text in TEXTS:
            for options in (None, "newline=space"):
                rows = split(db, text, options)
                self.assertTrue(rows, text)
                end = 0
                for sentence, start, length in rows:
                    got = db.execute("SELECT substr(?, ?, ?)",
                                     (text, start, length)).fetchone()[0]
                    self.assertEqual(got, sentence)
                    self.assertEqual(sentence, sentence.strip(), text)
                    self.assertGreaterEqual(start, end + 1)
                    end = start + length - 1
                # everything outside the sentences is white space
                outside = list(text)
                for _, start, length in rows:
                    outside[start - 1:start - 1 + length] = [" "] * length
                self.assertEqual("".join(outside).strip(), "", text)

    def test_invalid_utf8_blob_spans_count_each_bad_byte(self):
        db = connect()
        blob = b"Ok. \xff\xfe bad! Fine \xc0."
        rows = db.execute("SELECT sentence, start, length FROM sentences(?)",
                          (blob,)).fetchall()
        text = blob.decode("utf-8", errors="replace")
        self.assertEqual([r[0] for r in rows],
                         ["Ok.", "\ufffd\ufffd bad!", "Fine \ufffd."])
        for sentence, start, length in rows:
            self.assertEqual(text[start - 1:start - 1 + length], sentence)


if __name__ == "__main__":
    main()
