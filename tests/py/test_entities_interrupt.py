"""test_entities_interrupt.py -- entities() polls the core's cancel hook
(tk_entity_options.pWork): on SQLite 3.41+, where the extension can ask
sqlite3_is_interrupted, an interrupt stops entities() over 34 MB of text
(seconds of work; 8.5 MB took 0.14 s with model=0 once the patterns got
faster) within 100 ms plus three times what this machine takes to copy the
text into fresh memory (tk_harness.fresh_copy_seconds; such copies happen
outside the polled loops), in the pattern and tagger phases alike.  Prints
the measured times."""
import sqlite3
import unittest

from tk_harness import connect, fresh_copy_seconds, interrupted_after, main

VERSION = tuple(int(x) for x in sqlite3.sqlite_version.split("."))
SENTENCE = "Angela Merkel met Barack Obama in Berlin on Monday, 5 May 2014. "
TEXT = SENTENCE * 520000


class InterruptTest(unittest.TestCase):
    @unittest.skipIf(VERSION < (3, 41, 0), "sqlite3_is_interrupted needs SQLite 3.41")
    def test_interrupt_stops_entities(self):
        bound = 0.1 + 3 * fresh_copy_seconds(len(TEXT))
        for options in ("model=0", "patterns=0"):
            latency, error = interrupted_after(
                "SELECT count(*) FROM entities(?, ?)", (TEXT, options), 0.2)
            self.assertIsNotNone(latency, f"entities({options}) ended before the interrupt")
            print(f"  entities 34 MB '{options}': returned {latency * 1000:.1f} ms after "
                  f"interrupt()", flush=True)
            self.assertIsNotNone(error)
            self.assertEqual(str(error), "interrupted")
            self.assertLess(latency, bound)

    def test_uninterrupted_runs_to_the_end(self):
        # the same hook, never fired: one date per sentence, every one found
        db = connect()
        n = db.execute("SELECT count(*) FROM entities(?, 'model=0')",
                       (SENTENCE * 4000,)).fetchone()[0]
        self.assertEqual(n, 4000)


if __name__ == "__main__":
    print(f"  sqlite {sqlite3.sqlite_version}", flush=True)
    main()
