"""test_hostile_inputs.py -- every function and table-valued function that
textkit registers is called with hostile arguments (NULL, empty, BLOBs,
invalid UTF-8, NUL bytes, numbers, a 200 KB value, junk option strings) in
every arity it accepts.  Each call must either return or fail with a clean
SQL error: textkit's own errors name the function ("textkit: fn(): ..."),
and the process must survive (a crash loses the result line, which
run_tests.py reports as a failure).  Under ASan the sanitizer checks memory.

Table-valued functions also have every HIDDEN argument column read by
name and filtered on (SELECT * never reads them): a hidden column must give
back the argument as given, NULL when it was omitted.  And a database file
whose views and triggers call every function and table-valued function with
hostile arguments is read from a new connection with trusted_schema=OFF:
what is not INNOCUOUS is refused ("unsafe use"), the rest runs, nothing
crashes.

The list of functions comes from the connection itself, so a new function
is swept without editing this file.
"""
import itertools
import os
import re
import sqlite3
import tempfile
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
    # SQLite adds a pragma_* module to the list once that pragma is used
    return sorted({r[0] for r in db.execute(q)} - base
                  - {r[0] for r in db.execute(q) if r[0].startswith("pragma_")})


def check_error(test, name, err):
    """A failed call must carry a clean message: textkit's names the
    function, SQLite's own are about arity, size or types."""
    msg = str(err)
    if msg.startswith("textkit:"):
        test.assertRegex(msg, r"^textkit: %s\(\): \S" % re.escape(name))
    else:
        test.assertRegex(msg, r"wrong number of arguments|too many arguments on|"
                              r"too big|no such|not authorized|constraint|"
                              r"no query solution|"
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

    def test_hidden_columns_read_back_their_arguments(self):
        db = connect()
        sig = db.execute("SELECT minhash('a b c d')").fetchone()[0]
        statements = 0
        for module in textkit_modules(db):
            hidden = hidden_columns(db, module)
            self.assertTrue(hidden, module)
            for args in hidden_arg_tuples(len(hidden), sig):
                call = "%s(%s)" % (module, ", ".join("?" * len(args)))
                for k, col in enumerate(hidden):
                    given = k < len(args)
                    # every row gives back the argument, NULL when omitted
                    check = ("SELECT count(*) FROM %s WHERE %s IS NOT ?" %
                             (call, col), args + (args[k] if given else None,))
                    probes = [
                        ("SELECT %s FROM %s" % (col, call), args),
                        ("SELECT count(*) FROM %s WHERE %s IS NULL" % (call, col), args),
                        ("SELECT count(*) FROM %s WHERE %s = 'x'" % (call, col), args),
                        check,
                    ]
                    for sql, params in probes:
                        statements += 1
                        try:
                            rows = db.execute(sql, params).fetchall()
                        except sqlite3.Error as err:
                            check_error(self, module, err)
                            continue
                        if (sql, params) == check:
                            self.assertEqual(rows, [(0,)], (sql, params))
        print(f"hidden-column statements: {statements}")

    def test_untrusted_schema_views_and_triggers(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "untrusted.db")
            db = connect(path)
            objects = untrusted_schema(db)
            db.commit()
            db.close()
            reader = connect(path)
            reader.execute("PRAGMA trusted_schema=OFF")
            statements = 0
            for kind, name, fn, bInnocuous in objects:
                sql = ("SELECT * FROM %s" % name if kind == "view" else
                       "INSERT INTO %s VALUES (NULL), (''), (X'FF00'), "
                       "('Dr. Who paid $5 on Feb. 7, 2014.')" % name)
                statements += 1
                try:
                    reader.execute(sql).fetchall()
                    refused = False
                except sqlite3.Error as err:
                    check_error(self, fn, err)
                    refused = "unsafe use" in str(err)
                self.assertEqual(refused, not bInnocuous, (sql, fn))
            reader.close()
        print(f"untrusted-schema statements: {statements}")


# Values for the arguments after the first when hidden columns are read.
HIDDEN_EXTRA = [None, "", "x=1", "((", 2, -5, 2.5, b"\xff", "i", "\\w"]
HIDDEN_FIRST = [None, "Dr. Who said so. a b, c", b"\xff\xfe a", "a\x00b",
                12345, LONG[:2_000]]
# The table-valued functions that read a table named in an argument: SQL
# in the schema may not call them (SQLITE_DIRECTONLY).
DIRECT_ONLY_MODULES = {"entities", "keywords"}
SQLITE_INNOCUOUS = 0x200000


def hidden_columns(db, module):
    """Names of the HIDDEN (argument) columns of a table-valued function."""
    return [r[0] for r in db.execute(
        "SELECT name FROM pragma_table_xinfo(?) WHERE hidden", (module,))]


def hidden_arg_tuples(n_hidden, sig):
    """Argument tuples of every length up to n_hidden: the first argument
    from HIDDEN_FIRST (and a signature), the second from HIDDEN_EXTRA, the
    third from a few of those."""
    firsts = HIDDEN_FIRST + [sig]
    seconds = HIDDEN_EXTRA + [16, sig]
    for first in firsts:
        yield (first,)
        if n_hidden < 2:
            continue
        for second in seconds:
            yield (first, second)
            if n_hidden >= 3:
                for third in (None, "x=1", "i", 2):
                    yield (first, second, third)


def sql_literal(v):
    """v as an SQL literal for a schema."""
    if v is None:
        return "NULL"
    if isinstance(v, bytes):
        return "X'%s'" % v.hex()
    if isinstance(v, str):
        return "'%s'" % v.replace("'", "''").replace("\x00", "' || char(0) || '")
    return repr(v)


def untrusted_schema(db):
    """Create in db a view per function, arity and a few hostile argument
    lists, views reading every hidden column of every table-valued function,
    and a table with a trigger per function; return [(kind, name, fn,
    innocuous)] for each view and table."""
    values = [None, "", b"\xff\xfe", "a\x00b", "Crème brûlée 東京 $5",
              12345, 2.5, "x=1", "((((", "i", 2]
    objects = []
    db.execute("CREATE TABLE log(v)")
    for i, (name, narg, flags) in enumerate(textkit_function_flags(db)):
        innocuous = bool(flags & SQLITE_INNOCUOUS)
        for j, k in enumerate([narg] if narg >= 0 else [1, 2, 3]):
            for c in range(4):
                args = ", ".join(sql_literal(values[(c * 5 + a * 3) % len(values)])
                                 for a in range(k))
                view = "v_%d_%d_%d" % (i, j, c)
                db.execute("CREATE VIEW %s AS SELECT %s(%s)" % (view, name, args))
                objects.append(("view", view, name, innocuous))
            args = ", ".join(["NEW.x"] + [sql_literal(values[a + 7]) for a in range(k - 1)])
            table = "t_%d_%d" % (i, j)
            db.execute("CREATE TABLE %s(x)" % table)
            db.execute("CREATE TRIGGER tr_%s AFTER INSERT ON %s BEGIN "
                       "INSERT INTO log SELECT %s(%s); END" % (table, table, name, args))
            objects.append(("table", table, name, innocuous))
    for i, module in enumerate(textkit_modules(db)):
        innocuous = module not in DIRECT_ONLY_MODULES
        hidden = hidden_columns(db, module)
        # each hidden column read with 1..all arguments given (omitted ones
        # read as NULL), and filtered on
        shapes = itertools.product(range(1, len(hidden) + 1), range(len(hidden)),
                                   enumerate(["a b. c d.", None, b"\xff", 7]))
        for n, j, (c, first) in shapes:
            args = ", ".join([sql_literal(first)] +
                             [sql_literal(values[(c + a) % len(values)]) for a in range(n - 1)])
            view = "m_%d_%d_%d_%d" % (i, n, j, c)
            db.execute("CREATE VIEW %s AS SELECT %s, (SELECT count(*) FROM %s(%s) "
                       "WHERE %s IS NULL) FROM %s(%s)" %
                       (view, hidden[j], module, args, hidden[j], module, args))
            objects.append(("view", view, module, innocuous))
        table = "mt_%d" % i
        args = ", ".join(["NEW.x"] + ["2"] * (len(hidden) - 1))
        db.execute("CREATE TABLE %s(x)" % table)
        db.execute("CREATE TRIGGER tr_%s AFTER INSERT ON %s BEGIN INSERT INTO log "
                   "SELECT %s FROM %s(%s); END" % (table, table, hidden[-1], module, args))
        objects.append(("table", table, module, innocuous))
    return objects


def textkit_function_flags(db):
    """[(name, narg, flags)] of the functions textkit added to db."""
    plain = sqlite3.connect(":memory:")
    q = "SELECT name, narg, flags FROM pragma_function_list"
    return sorted(set(db.execute(q)) - set(plain.execute(q)))


if __name__ == "__main__":
    main()
