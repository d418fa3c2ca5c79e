"""test_fts5_v2.py -- on SQLite 3.47 and later (fts5_api version 3, with
fts5_tokenizer_v2), textkit registers its FTS5 tokenizer through the v2
API.  The test observes it from outside, through SQLite's public fts5_api
(ctypes on the same libsqlite3.so.0, no test hook in textkit):
xFindTokenizer_v2("textkit") hands back the registered xTokenize, and for a
v2 tokenizer that is textkit's own function (dladdr names textkit.so),
while for a v1 tokenizer it is FTS5's v1-to-v2 adapter inside
libsqlite3.  Then a locale=1 table with fts5_locale() values (which only
the v2 API carries) indexes and matches through textkit.  Older SQLite:
the v2 cases are skipped with a message."""
import ctypes
import os
import sqlite3
import unittest

from tk_harness import LIB, connect, main

VERSION = tuple(int(x) for x in sqlite3.sqlite_version.split("."))
SQLITE = ctypes.CDLL("libsqlite3.so.0")
LIBC = ctypes.CDLL(None)
VOIDP = ctypes.c_void_p


class Fts5Api(ctypes.Structure):
    """fts5_api of sqlite3.h (iVersion 3)."""
    _fields_ = [("iVersion", ctypes.c_int), ("xCreateTokenizer", VOIDP),
                ("xFindTokenizer", VOIDP), ("xCreateFunction", VOIDP),
                ("xCreateTokenizer_v2", VOIDP), ("xFindTokenizer_v2", VOIDP)]


class Fts5TokenizerV2(ctypes.Structure):
    """fts5_tokenizer_v2 of sqlite3.h."""
    _fields_ = [("iVersion", ctypes.c_int), ("xCreate", VOIDP), ("xDelete", VOIDP),
                ("xTokenize", VOIDP)]


class DlInfo(ctypes.Structure):
    """Dl_info of dlfcn.h."""
    _fields_ = [("dli_fname", ctypes.c_char_p), ("dli_fbase", VOIDP),
                ("dli_sname", ctypes.c_char_p), ("dli_saddr", VOIDP)]


FIND_V2 = ctypes.CFUNCTYPE(ctypes.c_int, VOIDP, ctypes.c_char_p,
                           ctypes.POINTER(VOIDP), ctypes.POINTER(VOIDP))


def registered_xtokenize_file():
    """The file that holds the xTokenize FTS5 has for "textkit", on a
    connection opened through ctypes with textkit loaded."""
    SQLITE.sqlite3_open.argtypes = [ctypes.c_char_p, ctypes.POINTER(VOIDP)]
    SQLITE.sqlite3_enable_load_extension.argtypes = [VOIDP, ctypes.c_int]
    SQLITE.sqlite3_load_extension.argtypes = [VOIDP, ctypes.c_char_p, ctypes.c_char_p,
                                              ctypes.POINTER(ctypes.c_char_p)]
    SQLITE.sqlite3_prepare_v2.argtypes = [VOIDP, ctypes.c_char_p, ctypes.c_int,
                                          ctypes.POINTER(VOIDP), ctypes.POINTER(VOIDP)]
    SQLITE.sqlite3_bind_pointer.argtypes = [VOIDP, ctypes.c_int, VOIDP,
                                            ctypes.c_char_p, VOIDP]
    SQLITE.sqlite3_step.argtypes = SQLITE.sqlite3_finalize.argtypes = [VOIDP]
    SQLITE.sqlite3_close.argtypes = [VOIDP]
    db = VOIDP()
    assert SQLITE.sqlite3_open(b":memory:", ctypes.byref(db)) == 0
    SQLITE.sqlite3_enable_load_extension(db, 1)
    err = ctypes.c_char_p()
    rc = SQLITE.sqlite3_load_extension(db, os.path.splitext(LIB)[0].encode(), None,
                                       ctypes.byref(err))
    assert rc == 0, err.value
    stmt, api = VOIDP(), VOIDP()
    assert SQLITE.sqlite3_prepare_v2(db, b"SELECT fts5(?1)", -1, ctypes.byref(stmt),
                                     None) == 0
    SQLITE.sqlite3_bind_pointer(stmt, 1, ctypes.addressof(api), b"fts5_api_ptr", None)
    SQLITE.sqlite3_step(stmt)
    SQLITE.sqlite3_finalize(stmt)
    fts5 = ctypes.cast(api, ctypes.POINTER(Fts5Api)).contents
    assert fts5.iVersion >= 3, fts5.iVersion
    user, tok = VOIDP(), VOIDP()
    rc = FIND_V2(fts5.xFindTokenizer_v2)(api, b"textkit", ctypes.byref(user),
                                         ctypes.byref(tok))
    assert rc == 0
    xtokenize = ctypes.cast(tok, ctypes.POINTER(Fts5TokenizerV2)).contents.xTokenize
    info = DlInfo()
    LIBC.dladdr.argtypes = [VOIDP, ctypes.POINTER(DlInfo)]
    assert LIBC.dladdr(VOIDP(xtokenize), ctypes.byref(info))
    SQLITE.sqlite3_close(db)
    return os.path.realpath(info.dli_fname.decode())


@unittest.skipIf(VERSION < (3, 47, 0), "the FTS5 v2 tokenizer API needs SQLite 3.47")
class Fts5V2Test(unittest.TestCase):
    def test_registered_through_v2(self):
        self.assertEqual(registered_xtokenize_file(), os.path.realpath(LIB))

    def test_locale_values_index_and_match(self):
        db = connect()
        db.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='textkit stem english',"
                   " locale=1)")
        db.execute("INSERT INTO t VALUES (fts5_locale('en', 'The bombings in Sochi')),"
                   " ('A quiet day')")
        rows = db.execute("SELECT fts5_get_locale(t, 0), x FROM t WHERE t MATCH 'bombing'"
                          ).fetchall()
        self.assertEqual(rows, [("en", "The bombings in Sochi")])


class Fts5AnyVersionTest(unittest.TestCase):
    def test_tokenizer_matches_stems(self):
        db = connect()
        db.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='textkit stem english')")
        db.execute("INSERT INTO t VALUES ('The bombings in Sochi'), ('A quiet day')")
        self.assertEqual(db.execute("SELECT x FROM t WHERE t MATCH 'bombing'").fetchall(),
                         [("The bombings in Sochi",)])


if __name__ == "__main__":
    print(f"  sqlite {sqlite3.sqlite_version}", flush=True)
    main()
