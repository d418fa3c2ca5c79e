"""test_hostile_inputs.py -- every function and table-valued function that
textkit registers is called with hostile arguments (NULL, empty, BLOBs,
invalid UTF-8, NUL bytes, numbers, a 200 KB value, junk option strings) in
every arity it accepts.  Each call must either return or fail with a clean
SQL error: textkit's own errors name the function ("textkit: fn(): ..."),
and the process must survive (a crash loses the result line, which
run_tests.py reports as a failure).  Under ASan the sanitizer checks memory.

The list of functions comes from the connection itself, so a new function
is swept without editing this file.
"""
import itertools
import re
import sqlite3
import unittest

from tk_harness import connect, main

LONG = ("The quick brown fox jumps over the lazy dog. " * 4500)[:200_000]
VALUES = [
    None,
    "",
    b"\xff\xfe\xc0\xaf\xed\xa0\x80 bad \xe2\x82",  # invalid UTF-8 as a BLOB
    b"",
    "a\x00b",
    "Crème brûlée, 東京, 😀👍🏽, U.S. $1.5 billion on 7 Feb 2014.",
    12345,
    -1,
    2.5,
    "x=1",
    "((((((((((",
    LONG,
]
# Table-valued functions take text first; their later arguments are tried
# with these.
TVF_EXTRA = [None, "", "x=1", "((", 3, -5, "bogus=1 types=NOPE", b"\xff"]


def textkit_functions(db):
    """[(name, narg)] of the functions textkit added to db."""
    plain = sqlite3.connect(":memory:")
    q = "SELECT name, narg FROM pragma_function_list"
    base = set(plain.execute(q))
    return sorted(set(db.execute(q)) - base)


def textkit_modules(db):
    """Names of the virtual-table modules textkit added to db."""
    plain = sqlite3.connect(":memory:")
    q = "SELECT name FROM pragma_module_list"
    base = {r[0] for r in plain.execute(q)}
    return sorted({r[0] for r in db.execute(q)} - base)


def check_error(test, name, err):
    """A failed call must carry a clean message: textkit's names the
    function, SQLite's own are about arity, size or types."""
    msg = str(err)
    if msg.startswith("textkit:"):
        test.assertRegex(msg, r"^textkit: %s\(\): \S" % re.escape(name))
    else:
        test.assertRegex(msg, r"wrong number of arguments|too many arguments|too big|no such|"
                              r"not authorized|constraint|no query solution|"
                              r"unsafe use|datatype mismatch", msg)


class HostileInputTest(unittest.TestCase):
    def test_scalar_functions_survive_hostile_arguments(self):
        db = connect()
        funcs = textkit_functions(db)
        self.assertTrue(funcs)
        calls = 0
        for name, narg in funcs:
            arities = [narg] if narg >= 0 else [0, 1, 2, 3, 4]
            for k in arities:
                combos = itertools.product(VALUES, repeat=k) if k <= 2 else \
                    (tuple(VALUES[(i * 7 + j * 3) % len(VALUES)] for j in range(k))
                     for i in range(len(VALUES) * 3))
                sql = "SELECT %s(%s)" % (name, ", ".join("?" * k))
                for args in combos:
                    calls += 1
                    try:
                        db.execute(sql, args).fetchall()
                    except sqlite3.Error as err:
                        check_error(self, name, err)
        print(f"scalar calls: {calls}")

    def test_table_valued_functions_survive_hostile_arguments(self):
        db = connect()
        calls = 0
        for module in textkit_modules(db):
            if module.startswith("fts5") or module == "textkit":
                continue
            for first in VALUES:
                for extra in [()] + [(e,) for e in TVF_EXTRA] + [(3, "x=1"), (b"\xff", None)]:
                    args = (first,) + extra
                    sql = "SELECT * FROM %s(%s)" % (module, ", ".join("?" * len(args)))
                    calls += 1
                    try:
                        db.execute(sql, args).fetchall()
                    except sqlite3.Error as err:
                        check_error(self, module, err)
            # Without its required argument a table-valued function is an
            # error, not a full scan or a crash.
            with self.assertRaises(sqlite3.Error):
                db.execute(f"SELECT * FROM {module}").fetchall()
        print(f"table-valued calls: {calls}")


if __name__ == "__main__":
    main()
