"""test_load.py -- the extension loads from Python's sqlite3, registers
exactly the expected functions and modules (tests/data/functions.txt,
tests/data/modules.txt), and answers a call."""
import json
import os
import sqlite3
import unittest

from tk_harness import ROOT, connect, main


def expected_list(name):
    """Non-comment lines of a tests/data list file."""
    with open(os.path.join(ROOT, "tests", "data", name), encoding="utf-8") as f:
        return sorted(l.strip() for l in f if l.strip() and not l.startswith("#"))


class LoadTest(unittest.TestCase):
    def test_version(self):
        self.assertEqual(connect().execute("SELECT textkit_version()").fetchone(), ("0.1.0",))

    def test_info_is_json_with_every_dependency(self):
        info = json.loads(connect().execute("SELECT textkit_info()").fetchone()[0])
        for key in ("textkit", "sqlite", "icu", "unicode", "pcre2", "pcre2_jit",
                    "utf8proc", "ner_model", "snowball_languages"):
            self.assertIn(key, info)
        self.assertEqual(info["sqlite"], sqlite3.sqlite_version)

    def test_registered_functions_are_the_expected_list(self):
        plain = sqlite3.connect(":memory:")
        query = "SELECT DISTINCT name FROM pragma_function_list"
        base = {r[0] for r in plain.execute(query)}
        added = sorted({r[0] for r in connect().execute(query)} - base)
        expected = expected_list("functions.txt")
        # soundex() joins only where SQLite has no built-in one to override.
        if not plain.execute("SELECT sqlite_compileoption_used('SOUNDEX')").fetchone()[0]:
            expected = sorted(expected + ["soundex"])
        self.assertEqual(added, expected)

    def test_no_builtin_function_is_overridden(self):
        plain = sqlite3.connect(":memory:")
        if plain.execute("SELECT sqlite_compileoption_used('SOUNDEX')").fetchone()[0]:
            self.assertEqual(connect().execute("SELECT soundex('Müller')").fetchone(),
                             plain.execute("SELECT soundex('Müller')").fetchone())

    def test_registered_modules_are_the_expected_list(self):
        plain = sqlite3.connect(":memory:")
        query = "SELECT name FROM pragma_module_list"
        base = {r[0] for r in plain.execute(query)}
        added = sorted({r[0] for r in connect().execute(query)} - base)
        self.assertEqual(added, expected_list("modules.txt"))


if __name__ == "__main__":
    main()
