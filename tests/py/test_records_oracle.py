"""test_records_oracle.py -- text_records() against Python's csv and json
modules on random files (fixed seed): fields of ASCII, accents, CJK and
emoji with commas, semicolons, quotes, tabs, CR, LF and CRLF inside, empty
fields, written by csv.writer with LF and CRLF line ends (lone CRs only in
the latter, where csv.writer quotes them) and with , ; |
TAB as separator (chosen by sep=auto from the header, or given).  Every
record read back must be the row written: as a JSON array with header=0,
as a JSON object keyed by the header with header=1, and line must be the
line csv.reader's line_num says the record starts on.  JSON lines written
by json.dumps come back as the same lines."""
import csv
import io
import json
import random
import unittest

from tk_harness import connect, main

PIECES = ["a", "word", "Zürich", "東京", "😀", ",", ";", "|", "\t", '"', '""',
          " ", "\n", "\r\n", "\r", "x\ny", "", "1.5", "-", "'"]


def random_field(rng):
    """A field of 0 to 6 random pieces."""
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 6)))


def random_rows(rng, n_rows, n_cols):
    """A header of distinct names and n_rows rows of n_cols fields; a
    one-column row is never empty (csv.writer would write a blank line)."""
    header = ["col%d%s" % (k, rng.choice(["", " é", ";x", "|y", "\tz"]))
              for k in range(n_cols)]
    rows = []
    for _ in range(n_rows):
        row = [random_field(rng) for _ in range(n_cols)]
        if n_cols == 1 and row[0] == "":
            row[0] = "-"
        rows.append(row)
    return header, rows


def write_csv(header, rows, sep, line_end):
    """The file csv.writer writes."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep, lineterminator=line_end)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def start_lines(header, rows, sep, line_end):
    """The 1-based line where each row starts: 1 + the LFs csv.writer
    wrote before it."""
    starts, n_lf = [], write_csv(header, [], sep, line_end).count("\n")
    for row in rows:
        starts.append(n_lf + 1)
        out = io.StringIO()
        csv.writer(out, delimiter=sep, lineterminator=line_end).writerow(row)
        n_lf += out.getvalue().count("\n")
    return starts


class RecordsOracle(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.db = connect()

    def read(self, text, options):
        return self.db.execute(
            "SELECT record, line, fields, error FROM text_records(?, ?)",
            (text, options)).fetchall()

    def test_csv_round_trip(self):
        rng = random.Random(20261201)
        files = n_auto = 0
        for trial in range(300):
            n_cols = rng.randint(1, 6)
            header, rows = random_rows(rng, rng.randint(0, 30), n_cols)
            sep = rng.choice([",", ";", "|", "\t"])
            line_end = rng.choice(["\n", "\r\n"])
            if line_end == "\n":
                # csv.writer quotes a field with a CR only when its line
                # end has one: unquoted, a CR ends the record (as in
                # csv.reader)
                rows = [[f.replace("\r", "") for f in row] for row in rows]
            text = write_csv(header, rows, sep, line_end)
            given = "sep=tab" if sep == "\t" else "sep=" + sep
            lines = start_lines(header, rows, sep, line_end)
            for options in (given + " header=0", given):
                got = self.read(text, options)
                body = got if options.endswith("header=0") else [None] + got
                self.assertEqual(len(body), len(rows) + 1, (text, options))
                for k, row in enumerate(rows):
                    record, line, fields, error = body[k + 1]
                    want = row if "header=0" in options else dict(zip(header, row))
                    self.assertEqual(json.loads(fields), want, (text, options))
                    self.assertIsNone(error)
                    self.assertEqual(line, lines[k], (text, options))
                    self.assertEqual(record, k + 2 if "header=0" in options else k + 1)
            if n_cols > 1 and not any(set(h) & (set(",;|\t") - {sep}) for h in header):
                # sep=auto finds the separator in a header that holds no
                # other candidate
                auto = [json.loads(r[2]) for r in self.read(text, "")]
                self.assertEqual(auto, [dict(zip(header, r)) for r in rows], text)
                n_auto += 1
            files += 1
        self.assertEqual(files, 300)
        self.assertGreater(n_auto, 30)

    def test_jsonl_round_trip(self):
        rng = random.Random(7)
        objects = [{"id": k, "text": random_field(rng), "title": random_field(rng)}
                   for k in range(2000)]
        text = "".join(json.dumps(o, ensure_ascii=rng.random() < 0.5)
                       + rng.choice(["\n", "\r\n", "\n\n"]) for o in objects)
        got = self.read(text, "format=jsonl")
        self.assertEqual([json.loads(r[2]) for r in got], objects)
        self.assertEqual([r[0] for r in got], list(range(1, 2001)))


if __name__ == "__main__":
    main()
