"""tk_harness.py -- what the Python tests share: a connection with textkit
loaded (from $TEXTKIT_LIB, else dist/textkit.so), interrupted_after() for
the interrupt tests, load_module() for the tools and runners that are no
package, and a main() that runs a file's unittest cases and
prints "N passed, N failed" for run_tests.py.

    from tk_harness import connect, main
    class T(unittest.TestCase):
        def test_x(self): self.assertEqual(connect().execute("...").fetchone(), (1,))
    if __name__ == "__main__": main()
"""
import importlib.util
import mmap
import os
import sqlite3
import sys
import threading
import time
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LIB = os.environ.get("TEXTKIT_LIB", os.path.join(ROOT, "dist", "textkit.so"))


def connect(path=":memory:"):
    """A new connection with the extension loaded."""
    db = sqlite3.connect(path)
    db.enable_load_extension(True)
    db.load_extension(os.path.splitext(LIB)[0])
    db.enable_load_extension(False)
    return db


def load_module(name, path):
    """The module at path (relative to the repo root, or absolute), loaded
    under name: ext/tools and the test runners are no package."""
    spec = importlib.util.spec_from_file_location(name, os.path.join(ROOT, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fresh_copy_seconds(n_bytes):
    """The best of three times this machine takes to copy n_bytes into
    newly allocated memory.  A call over a value that large copies it into
    fresh memory outside its polled loops (SQLite's own copies, the
    extension's buffers); where touching new pages is slow (a sandboxed VM:
    250 ms for 64 MB against about 15 ms elsewhere), an interrupt waits
    for those copies, so the interrupt tests add three times this to their
    bounds."""
    src = b"x" * n_bytes
    best = None
    for _ in range(3):
        t0 = time.perf_counter()
        fresh = mmap.mmap(-1, n_bytes)  # pages never touched, as malloc's
        fresh.write(src)                 # large blocks are
        t = time.perf_counter() - t0
        fresh.close()
        best = t if best is None else min(best, t)
    return best


def interrupted_after(sql, args, delay):
    """Run sql with args on a new connection, sqlite3_interrupt() delay
    seconds after the statement started (its first VM step: binding a long
    value takes a while): (seconds from the interrupt to the return, or None
    when the statement ended first; the exception or None)."""
    db = connect()
    started, done, fired = threading.Event(), threading.Event(), []

    def progress():
        started.set()
        return 0

    def interrupt():
        if started.wait(30) and not done.wait(delay):
            fired.append(time.perf_counter())
            db.interrupt()

    db.set_progress_handler(progress, 1)
    thread = threading.Thread(target=interrupt)
    thread.start()
    error = None
    try:
        db.execute(sql, args).fetchone()
    except sqlite3.OperationalError as e:
        error = e
    end = time.perf_counter()
    done.set()
    started.set()
    thread.join()
    db.close()
    return (end - fired[0] if fired else None), error


def main():
    """Run the calling module's tests; print the counted result line."""
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules["__main__"])
    result = unittest.TextTestRunner(stream=sys.stderr, verbosity=1).run(suite)
    failed = len(result.failures) + len(result.errors)
    skipped = len(result.skipped)
    print(f"{result.testsRun - failed - skipped} passed, {failed} failed, {skipped} skipped")
    sys.exit(1 if failed else 0)
