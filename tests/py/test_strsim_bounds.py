"""test_strsim_bounds.py -- the bounds on the quadratic string distances
(docs/strsim.md): the cap refuses a 1M x 1M levenshtein at once, the limit
belongs to one connection, and (SQLite 3.41+, where the extension can ask
sqlite3_is_interrupted) an interrupt stops a long call within 100 ms.
Prints the measured times."""
import random
import sqlite3
import time
import unittest

from tk_harness import connect, fresh_copy_seconds, interrupted_after, main

VERSION = tuple(int(x) for x in sqlite3.sqlite_version.split("."))


def random_text(n, seed):
    """n letters from a ten-letter alphabet (a worst case for the bands)."""
    rnd = random.Random(seed)
    return "".join(rnd.choice("abcdefghij") for _ in range(n))


class BoundsTest(unittest.TestCase):
    def test_million_squared_is_refused_at_once(self):
        db = connect()
        a, b = random_text(1000000, 1), random_text(1000000, 2)
        for fn in ("levenshtein", "osa_distance", "levenshtein_similarity"):
            t0 = time.perf_counter()
            with self.assertRaises(sqlite3.OperationalError) as cm:
                db.execute(f"SELECT {fn}(?, ?)", (a, b)).fetchone()
            dt = time.perf_counter() - t0
            print(f"  {fn} 1M x 1M: error after {dt * 1000:.1f} ms", flush=True)
            self.assertIn(f"textkit: {fn}(): inputs too long:", str(cm.exception))
            self.assertIn("exceeds the limit of 500000000 cells (see textkit_limit)",
                          str(cm.exception))
            self.assertLess(dt, 0.5)

    def test_limit_is_per_connection(self):
        one, two = connect(), connect()
        self.assertEqual(one.execute("SELECT textkit_limit('strsim_cells', 7)").fetchone(),
                         (500000000,))
        self.assertEqual(two.execute("SELECT textkit_limit('strsim_cells')").fetchone(),
                         (500000000,))
        with self.assertRaises(sqlite3.OperationalError):
            one.execute("SELECT levenshtein('abcdefgh', 'ijklmnop')").fetchone()
        self.assertEqual(two.execute("SELECT levenshtein('abcdefgh', 'ijklmnop')").fetchone(),
                         (8,))

    @unittest.skipIf(VERSION < (3, 41, 0), "sqlite3_is_interrupted needs SQLite 3.41")
    def test_interrupt_stops_long_calls(self):
        # just under the default cap: about 0.5-2 s of work each.  2,000
        # against 15 M code points runs along anti-diagonals (AVX2); its
        # interrupt comes after the 15 M are decoded and indexed.  The bound
        # is 100 ms plus three times what this machine takes to write the
        # decoded code points (4 bytes each) into fresh memory: decoding is
        # outside the polled loops (tk_harness.fresh_copy_seconds)
        for fn, na, nb, delay in (("levenshtein", 170000, 170000, 0.1),
                                  ("levenshtein", 2000, 15000000, 0.25),
                                  ("osa_distance", 170000, 170000, 0.1),
                                  ("damerau_levenshtein", 21000, 21000, 0.1)):
            bound = 0.1 + 3 * fresh_copy_seconds(4 * (na + nb))
            latency, error = interrupted_after(
                f"SELECT {fn}(?, ?)", (random_text(na, 3), random_text(nb, 4)),
                delay)
            self.assertIsNotNone(latency, f"{fn} ended before the interrupt")
            print(f"  {fn} {na} x {nb}: returned {latency * 1000:.1f} ms after "
                  f"interrupt() (bound {bound * 1000:.0f} ms)", flush=True)
            self.assertIsNotNone(error)
            self.assertEqual(str(error), "interrupted")
            self.assertLess(latency, bound)


if __name__ == "__main__":
    print(f"  sqlite {sqlite3.sqlite_version}", flush=True)
    main()
