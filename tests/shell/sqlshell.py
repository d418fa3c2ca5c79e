#!/usr/bin/python3
"""sqlshell.py -- the part of the sqlite3 shell that tests/run_tests.py uses,
on whatever libsqlite3.so.0 the dynamic loader finds (LD_LIBRARY_PATH).

    LD_LIBRARY_PATH=build/sqlite-new tests/shell/sqlshell.py -batch :memory: \\
        -cmd ".load build/new/textkit" < script.sql
    tests/shell/sqlshell.py :memory: "SELECT sqlite_version();"

Why: Debian's sqlite3 shell refuses to run on another library than the
one it was built with ("SQLite header and source version mismatch"), so
`make test SQLITE=new` runs the golden files through this instead.  It
reads the script line by line like the shell: a line starting with '.'
outside a statement is a command (.load, .nullvalue, .print); other lines
gather until sqlite3_complete() says a statement ends, then each statement
is prepared and stepped, rows printed in list mode (sqlite3_column_text,
'|' between columns), errors printed as "Error: message" on stderr.
"""
import ctypes
import sys

LIB = ctypes.CDLL("libsqlite3.so.0")
LIB.sqlite3_errmsg.restype = ctypes.c_char_p
LIB.sqlite3_column_text.restype = ctypes.c_void_p
LIB.sqlite3_column_bytes.restype = ctypes.c_int
LIB.sqlite3_prepare_v2.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int,
                                   ctypes.POINTER(ctypes.c_void_p),
                                   ctypes.POINTER(ctypes.c_void_p)]
for name in ("sqlite3_step", "sqlite3_finalize", "sqlite3_column_count"):
    getattr(LIB, name).argtypes = [ctypes.c_void_p]
LIB.sqlite3_column_text.argtypes = [ctypes.c_void_p, ctypes.c_int]
LIB.sqlite3_column_bytes.argtypes = [ctypes.c_void_p, ctypes.c_int]
LIB.sqlite3_column_type.argtypes = [ctypes.c_void_p, ctypes.c_int]
LIB.sqlite3_errmsg.argtypes = [ctypes.c_void_p]
LIB.sqlite3_load_extension.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p,
                                       ctypes.POINTER(ctypes.c_char_p)]
SQLITE_ROW, SQLITE_NULL = 100, 5


class Shell:
    """One connection and the shell's output settings."""

    def __init__(self, path):
        self.db = ctypes.c_void_p()
        LIB.sqlite3_open(path.encode(), ctypes.byref(self.db))
        LIB.sqlite3_enable_load_extension(self.db, 1)
        self.null = ""
        self.out = sys.stdout.buffer

    def error(self, msg):
        """Report an error as the shell does."""
        sys.stderr.write(f"Error: {msg}\n")
        sys.stderr.flush()

    def command(self, line):
        """A dot-command: .load, .nullvalue or .print."""
        word, _, rest = line.strip().partition(" ")
        if word == ".load":
            err = ctypes.c_char_p()
            if LIB.sqlite3_load_extension(self.db, rest.strip().encode(), None,
                                          ctypes.byref(err)):
                self.error((err.value or b"").decode("utf-8", "replace"))
        elif word == ".nullvalue":
            self.null = rest.strip()
        elif word == ".print":
            self.out.write(rest.encode() + b"\n")
        else:
            self.error(f"unknown command: {word}")

    def run(self, sql):
        """Prepare and step every statement of sql, printing rows."""
        buf = ctypes.create_string_buffer(sql.encode())
        base = ctypes.addressof(buf)
        off = 0
        while off < len(buf.value):
            stmt, tail = ctypes.c_void_p(), ctypes.c_void_p()
            rc = LIB.sqlite3_prepare_v2(self.db, ctypes.c_char_p(base + off), -1,
                                        ctypes.byref(stmt), ctypes.byref(tail))
            if rc:
                self.error(LIB.sqlite3_errmsg(self.db).decode("utf-8", "replace"))
                return
            off = tail.value - base if tail.value else len(buf.value)
            if not stmt.value:
                continue
            while True:
                rc = LIB.sqlite3_step(stmt)
                if rc != SQLITE_ROW:
                    break
                cols = []
                for i in range(LIB.sqlite3_column_count(stmt)):
                    if LIB.sqlite3_column_type(stmt, i) == SQLITE_NULL:
                        cols.append(self.null.encode())
                        continue
                    p = LIB.sqlite3_column_text(stmt, i)
                    cols.append(ctypes.string_at(p, LIB.sqlite3_column_bytes(stmt, i)))
                self.out.write(b"|".join(cols) + b"\n")
            LIB.sqlite3_finalize(stmt)
            if rc != 101:  # SQLITE_DONE
                self.error(LIB.sqlite3_errmsg(self.db).decode("utf-8", "replace"))
                return

    def script(self, text):
        """Run a script line by line as the shell does."""
        pending = ""
        for line in text.split("\n"):
            if not pending and line.startswith("."):
                self.command(line)
                continue
            pending += line + "\n"
            if LIB.sqlite3_complete(pending.encode()):
                self.run(pending)
                pending = ""
        self.out.flush()


def main():
    args = [a for a in sys.argv[1:] if a != "-batch"]
    cmds = []
    while "-cmd" in args:
        i = args.index("-cmd")
        cmds.append(args[i + 1])
        del args[i:i + 2]
    shell = Shell(args[0] if args else ":memory:")
    for c in cmds:
        shell.script(c)
    shell.script(args[1] if len(args) > 1 else sys.stdin.read())


if __name__ == "__main__":
    main()
