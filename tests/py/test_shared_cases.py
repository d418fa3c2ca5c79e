"""test_shared_cases.py -- the shared case table of the two faces
(tests/cases/shared.sql, run by `make test-postgres`) copies many golden
cases of tests/sql/*.sql.  A behaviour change updates the golden file in
`make test`; this test makes sure the copy follows: every shared statement
that is also a golden statement expects, on the SQLite face, the same rows
or error as the golden file.  It runs nothing (no PostgreSQL needed)."""
import glob
import os
import unittest

from tk_harness import ROOT, load_module, main


RUN_TESTS = load_module("run_tests", "tests/run_tests.py")
RUN_CASES = load_module("run_cases", "tests/postgres/run_cases.py")


def golden_expectations():
    """{statement: (kind, expected, 'file:line')} of every golden file."""
    out = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "sql", "*.sql"))):
        for kind, sql, expected, line in RUN_TESTS.parse_golden(path):
            if kind != "setup":
                out[sql.strip()] = (kind, expected, f"{os.path.relpath(path, ROOT)}:{line}")
    return out


class SharedCasesFollowGoldens(unittest.TestCase):
    def test_same_expectations(self):
        golden = golden_expectations()
        shared = RUN_CASES.parse_cases(os.path.join(ROOT, "tests", "cases", "shared.sql"))
        matched = 0
        for sql, line, per_face in shared:
            want = per_face.get("sqlite")
            if want is None or sql.strip() not in golden:
                continue
            kind, expected, where = golden[sql.strip()]
            matched += 1
            self.assertEqual((want[0], want[1]), (kind, expected),
                             f"tests/cases/shared.sql:{line} differs from {where}")
        # most shared cases are copies: a parser change that matches none
        # would make this test pass without checking anything
        self.assertGreaterEqual(matched, 100)


if __name__ == "__main__":
    main()
