"""test_report.py -- sql/report.sql, the corpus report, over small folders
built in a temp dir: nested subfolders, a binary file, an empty file,
non-UTF-8 files, accents and CJK, a planted near-duplicate; a docs table
filled from Python; empty and missing folders; the loading recipe of
docs/corpus.md (TEXT bodies, exact entity spans on non-ASCII text); French
and German articles read in their language; and `make report JOBS=n`
(shards merged) against the one-process report."""
import gzip
import io
import json
import os
import random
import re
import sqlite3
import subprocess
import tarfile
import tempfile
import unittest
import zipfile

from tk_harness import LIB, ROOT, connect, main

# The report is a script for the sqlite3 shell. Under `make test
# SQLITE=new` the system's shell cannot run on the other SQLite library
# (it stops with "SQLite header and source version mismatch"), so these
# tests are skipped there, and counted as skipped.
SHELL_RUNS = subprocess.run(["sqlite3", ":memory:", "SELECT 1"],
                            capture_output=True).returncode == 0
needs_shell = unittest.skipUnless(
    SHELL_RUNS, "the sqlite3 shell does not run on this SQLite library")

REPORT = os.path.join(ROOT, "sql", "report.sql")
PROSE = ("The committee met in Geneva on Tuesday to discuss the new trade rules "
         "that the ministers had agreed in March, and officials said the talks "
         "would continue next week with delegates from forty countries. ")
ARTICLE = (PROSE + "Maria Schmidt of the World Trade Organization said the "
           "agreement would cut tariffs on farm goods by a third over five years, "
           "and that poorer countries would get more time to adapt their laws. "
           "The United States and the European Union both welcomed the plan. ") * 2


UTF16_TEXT = ("Jos\xe9 \xc1lvarez flew from M\xfcnchen to Tokyo (\u6771\u4eac) on "
              "Monday \U0001F600. ") * 4
UTF32_TEXT = "Fran\xe7oise Dupont opened a b\xe4ckerei in K\xf6ln \U0001F950. " * 3


PAGE = ("<!DOCTYPE html><html lang=en><head><title>Talks end in Geneva</title>"
        "<meta property='article:published_time' content='2014-02-07T10:00:00Z'></head>"
        "<body><nav><a href='/'>Home</a> | <a href='/world'>World</a> | "
        "<a href='/sport'>Sport</a></nav><article><h1>Talks end in Geneva</h1><p>"
        + PROSE + "They met on Friday, said Maria Schmidt.</p><p>" + PROSE +
        "</p></article><footer>Copyright 2014 Example News. All rights reserved."
        "</footer></body></html>")


def run_report(db, corpus=None, extra=()):
    """Run the report script with the sqlite3 shell; (returncode, stdout, stderr)."""
    cmd = ["sqlite3", "-batch", db, "-cmd", f".load {os.path.splitext(LIB)[0]}"]
    if corpus is not None:
        cmd += ["-cmd", f".parameter set $corpus '{corpus}'"]
    for key, value in extra:
        cmd += ["-cmd", f".parameter set {key} {value}"]
    with open(REPORT, "rb") as f:
        proc = subprocess.run(cmd, stdin=f, capture_output=True, timeout=300, cwd=ROOT)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def write(folder, name, data):
    """Write bytes or text to folder/name, making subfolders."""
    path = os.path.join(folder, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def zip_of(files):
    """A zip archive of (name, data) or (name, data, method) entries,
    deflated unless a method is given."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data, *method in files:
            z.writestr(name, data, compress_type=method[0] if method else None)
    return out.getvalue()


def write_corpus(tmp, files):
    """Write {name: text or bytes} into the folder tmp/corpus; its path."""
    corpus = os.path.join(tmp, "corpus")
    for name, data in files.items():
        write(corpus, name, data)
    return corpus


@needs_shell
class ReportOverFolder(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        corpus = os.path.join(cls.tmp.name, "corpus")
        write(corpus, "top.txt", ARTICLE)
        write(corpus, "news/2024/copy.txt", ARTICLE.replace("forty", "fifty", 1))
        write(corpus, "news/2024/deeper/unrelated.txt",
              "Heavy rain flooded the old harbour district overnight. " * 6)
        write(corpus, "intl/cafe.txt",
              "The café of Zoë in Genève has closed. Angela Merkel visited Genève in the summer. "
              "東京は日本の首都です。 Naoto Kan visited Tōkyō with José Álvarez. ")
        write(corpus, "intl/latin1.txt", ("The caf\xe9 in Z\xfcrich opened again " * 8).encode("latin-1"))
        # Windows exports: UTF-16LE and UTF-32BE with a BOM (NUL bytes, yet text)
        write(corpus, "intl/utf16.txt", UTF16_TEXT.encode("utf-16"))
        write(corpus, "intl/utf32be.txt", b"\x00\x00\xfe\xff" + UTF32_TEXT.encode("utf-32-be"))
        # a Windows-1252 file with many undefined bytes is not text
        write(corpus, "intl/undefined.txt", b"caf\xe9 \x81\x8d\x8f\x90\x9d" * 10)
        write(corpus, "bin/image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
        write(corpus, "empty.txt", b"")
        write(corpus, "web/page.html", PAGE)
        write(corpus, "random.dat", bytes((i * 37 + 128) % 256 | 0x80 for i in range(3000)))
        # a gzip file cut short: skipped with the reason (a whole one is
        # read: ReportEdgeCases)
        write(corpus, "packed/page.html.gz", gzip.compress(PAGE.encode("utf-8"))[:-30])
        zipped = io.BytesIO()
        with zipfile.ZipFile(zipped, "w") as z:
            z.writestr("article.txt", ARTICLE)
        # a Word file that is a zip of something else: no text part (a
        # .zip and a whole .docx are read: ReportEdgeCases)
        write(corpus, "packed/report.docx", zipped.getvalue())
        # a PDF whose bytes are all text: loaded as is, it would read as
        # an article of PDF operators
        write(corpus, "packed/paper.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
              "BT /F1 12 Tf (" + PROSE + ") Tj ET\n%%EOF\n")
        cls.db = os.path.join(cls.tmp.name, "out.db")
        cls.rc, cls.out, cls.err = run_report(cls.db, corpus)
        cls.con = connect(cls.db)

    @classmethod
    def tearDownClass(cls):
        cls.con.close()
        cls.tmp.cleanup()

    def q(self, sql):
        return self.con.execute(sql).fetchall()

    def test_runs_cleanly_and_prints_at_most_400_lines(self):
        self.assertEqual((self.rc, self.err), (0, ""))
        self.assertLessEqual(self.out.count("\n"), 400)
        self.assertIn("== Near-duplicates", self.out)

    def test_every_text_file_is_loaded_recursively_with_relative_names(self):
        names = [r[0] for r in self.q("SELECT name FROM docs ORDER BY name")]
        self.assertEqual(names, ["intl/cafe.txt", "intl/latin1.txt", "intl/utf16.txt",
                                 "intl/utf32be.txt", "news/2024/copy.txt",
                                 "news/2024/deeper/unrelated.txt", "top.txt", "web/page.html"])

    def test_bodies_and_raw_are_text_never_null(self):
        self.assertEqual(self.q("SELECT count(*) FROM docs WHERE typeof(body) <> 'text' "
                                "OR typeof(raw) <> 'text' OR body = ''"), [(0,)])
        self.assertEqual(self.q("SELECT count(*) FROM docs WHERE chars <> length(body)"), [(0,)])

    def test_binary_empty_and_non_utf8_files_are_skipped_with_a_reason(self):
        rows = dict(self.q("SELECT name, reason FROM skipped"))
        self.assertEqual(sorted(rows), ["bin/image.png", "empty.txt", "intl/undefined.txt",
                                        "packed/page.html.gz", "packed/paper.pdf",
                                        "packed/report.docx", "random.dat"])
        self.assertIn("NUL", rows["bin/image.png"])
        # packed text says how to unpack it
        self.assertEqual(rows["packed/page.html.gz"],
                         "gzip-compressed: it does not inflate (damaged, cut short, or over 1 GB)")
        self.assertEqual(rows["packed/report.docx"], "a document without its text part "
                         "(word/document.xml, content.xml, pages): damaged?")
        self.assertTrue(rows["packed/paper.pdf"].startswith("PDF: convert it to text"))
        self.assertEqual(rows["empty.txt"], "empty file")
        self.assertTrue(rows["random.dat"].startswith("not UTF-8"))
        self.assertEqual(rows["intl/undefined.txt"], "not UTF-8: 50 invalid bytes")
        self.assertRegex(self.out, r"binary: has a NUL byte")

    def test_a_latin1_file_is_read_as_windows_1252(self):
        (raw,), = self.q("SELECT raw FROM docs WHERE name = 'intl/latin1.txt'")
        self.assertEqual(raw, "The caf\xe9 in Z\xfcrich opened again " * 8)

    def test_utf16_and_utf32_files_with_a_bom_are_loaded(self):
        for name, text in (("intl/utf16.txt", UTF16_TEXT), ("intl/utf32be.txt", UTF32_TEXT)):
            (raw,), = self.q(f"SELECT raw FROM docs WHERE name = '{name}'")
            self.assertEqual(raw, text, name)
        people = [r[0] for r in self.q("SELECT e.entity FROM doc_entities e JOIN docs d "
                                       "ON d.id = e.doc_id WHERE d.name = 'intl/utf16.txt' "
                                       "AND e.type = 'PERSON'")]
        self.assertIn("Jos\xe9 \xc1lvarez", people)

    def test_how_files_were_decoded_is_recorded_and_printed(self):
        self.assertEqual(self.q("SELECT key, value FROM report_info WHERE key GLOB 'decoded *' "
                                "ORDER BY key"),
                         [("decoded from utf-16le", 1), ("decoded from utf-32be", 1),
                          ("decoded from windows-1252", 1)])
        self.assertRegex(self.out, r"│ windows-1252 +│ +1 +│")
        self.assertRegex(self.out, r"│ utf-16le +│ +1 +│")

    def test_a_few_invalid_bytes_become_replacement_characters(self):
        # valid UTF-8 sequences beside invalid bytes: UTF-8 repaired
        write(self.tmp.name, "repaired/mixed.txt",
              ("caf\xe9 ".encode("utf-8") + b"Z\xfcrich ") * 8 + ARTICLE.encode("utf-8"))
        db = os.path.join(self.tmp.name, "repaired.db")
        rc, _, err = run_report(db, os.path.join(self.tmp.name, "repaired"))
        self.assertEqual((rc, err), (0, ""))
        con = connect(db)
        (raw,), = con.execute("SELECT raw FROM docs").fetchall()
        con.close()
        self.assertEqual(raw.count("\ufffd"), 8)
        self.assertIn("caf\xe9 Z\ufffdrich", raw)

    def test_entity_spans_are_exact_on_accents_and_cjk(self):
        self.assertEqual(self.q("SELECT count(*) FROM doc_entities e JOIN docs d ON d.id = e.doc_id "
                                "WHERE substr(d.body, e.start, e.length) <> e.entity"), [(0,)])
        cafe = [r[0] for r in self.q("SELECT e.entity FROM doc_entities e JOIN docs d ON d.id = e.doc_id "
                                     "WHERE d.name = 'intl/cafe.txt'")]
        self.assertTrue(any("Merkel" in e for e in cafe), cafe)

    def test_the_planted_near_duplicate_is_found(self):
        rows = self.q("SELECT da.name, db.name, n.similarity FROM near_duplicates n "
                      "JOIN docs da ON da.id = n.a JOIN docs db ON db.id = n.b")
        self.assertEqual([r[:2] for r in rows], [("news/2024/copy.txt", "top.txt")])
        self.assertGreaterEqual(rows[0][2], 0.8)
        self.assertEqual(self.q("SELECT count(*) FROM near_duplicates WHERE a >= b"), [(0,)])

    def test_a_web_page_gives_its_main_text_and_published_date(self):
        (body, published), = self.q("SELECT body, published FROM docs WHERE name = 'web/page.html'")
        self.assertTrue(body.startswith("Talks end in Geneva\n\n"), body[:80])
        self.assertIn("said Maria Schmidt", body)
        for furniture in ("Home", "Sport", "All rights reserved", "<"):
            self.assertNotIn(furniture, body)
        self.assertEqual(published, "2014-02-07")
        # dates in the page are resolved against its published date
        self.assertIn(("Friday", "2014-02-07"), self.q(
            "SELECT e.entity, e.norm FROM doc_entities e JOIN docs d ON d.id = e.doc_id "
            "WHERE d.name = 'web/page.html' AND e.type = 'DATE'"))
        # text files have no published date
        self.assertEqual(self.q("SELECT count(*) FROM docs WHERE published IS NOT NULL"), [(1,)])

    def test_derived_tables_cover_every_document(self):
        # 8 documents, the UTF-16 and the UTF-32 file among them
        self.assertEqual(self.q("SELECT count(*) FROM doc_stats"), [(8,)])
        self.assertEqual(self.q("SELECT count(DISTINCT doc_id) FROM doc_keywords"), [(8,)])
        self.assertEqual(self.q("SELECT max(rank) FROM doc_keywords"), [(5,)])
        (df, tf), = self.q("SELECT df, tf FROM terms WHERE term = 'genèv'")
        self.assertEqual((df, tf), (1, 2))
        self.assertEqual(self.q("SELECT count(*) FROM lsh"), [(8 * 32,)])


@needs_shell
class NamesAcrossDocuments(unittest.TestCase):
    """corpus_names: a surname alone in one article takes the dominant full
    name of the corpus, an acronym the long form the corpus defines or a
    well-known one; without such a name it stays as written."""

    def corpus_names(self, files, kind="PERSON"):
        """Report a corpus of files {name: text} (it must run cleanly); its
        corpus_names rows of type kind as {canonical: name}."""
        with tempfile.TemporaryDirectory() as tmp:
            corpus = write_corpus(tmp, files)
            db = os.path.join(tmp, "out.db")
            rc, out, err = run_report(db, corpus)
            self.assertEqual((rc, err), (0, ""))
            con = connect(db)
            names = dict(con.execute("SELECT canonical, name FROM corpus_names "
                                     "WHERE type = ?", (kind,)).fetchall())
            con.close()
            return names

    def test_a_surname_takes_the_dominant_full_name(self):
        files = {f"full{i}.txt": "WASHINGTON 1996-08-22 President Bill Clinton "
                 "said on Thursday that the talks would go on. " + PROSE for i in range(3)}
        files["short.txt"] = ("WASHINGTON 1996-08-23 President Clinton said on "
                              "Friday that he was pleased. " + PROSE)
        files["smith1.txt"] = "LONDON 1996-08-22 John Smith said the plan was good. " + PROSE
        files["smith2.txt"] = "LONDON 1996-08-22 Mary Smith said the plan was bad. " + PROSE
        files["smith3.txt"] = "LONDON 1996-08-23 Smith said nothing more. " + PROSE
        names = self.corpus_names(files)
        self.assertEqual(names.get("Clinton"), "Bill Clinton")
        self.assertEqual(names.get("Bill Clinton"), "Bill Clinton")
        # John and Mary Smith: neither has 90% of the mentions
        if "Smith" in names:
            self.assertEqual(names["Smith"], "Smith")

    def test_a_rare_full_name_does_not_take_a_common_surname(self):
        # "Bill Clinton" in one article, a lone "Clinton" in twelve: the
        # full name has every multi-word mention but is written in fewer
        # than a tenth as many documents, so "Clinton" stays
        files = {f"short{i}.txt": f"WASHINGTON 1996-08-{10 + i} President "
                 f"Clinton said on Friday that plan {i} pleased him. " + PROSE for i in range(12)}
        files["full.txt"] = ("WASHINGTON 1996-08-22 President Bill Clinton "
                             "said on Thursday that the talks would go on. " + PROSE)
        names = self.corpus_names(files)
        self.assertEqual(names.get("Bill Clinton"), "Bill Clinton")
        self.assertEqual(names.get("Clinton"), "Clinton")

    def test_a_word_that_opens_names_is_no_surname(self):
        # "Henry Kissinger" in three articles, "Patrick Henry" in one, a
        # lone "Henry" in two: "Henry" opens full names in more articles
        # than "Patrick Henry" is written in, so it stays (as "Mao" of "Mao
        # Zedong" stays, not the "Mong Mao" of one article)
        files = {f"kissinger{i}.txt": f"WASHINGTON 1996-08-2{i} Secretary of State "
                 "Henry Kissinger said on Thursday that the talks would go on. " + PROSE
                 for i in range(3)}
        files["patrick.txt"] = ("RICHMOND 1996-08-22 The orator Patrick Henry said "
                                "on Thursday that liberty mattered. " + PROSE)
        for i in range(2):
            files[f"lone{i}.txt"] = (f"WASHINGTON 1996-08-2{5 + i} Henry said on "
                                     "Friday that he was pleased. " + PROSE)
        names = self.corpus_names(files)
        self.assertEqual(names.get("Patrick Henry"), "Patrick Henry")
        self.assertEqual(names.get("Henry Kissinger"), "Henry Kissinger")
        self.assertEqual(names.get("Henry"), "Henry")

    def test_a_title_and_a_given_name_are_no_full_name(self):
        # "Prince Charles" in every article that names him whole, a lone
        # "Charles" in two others: a given name after a title is no
        # surname, so "Charles" stays
        files = {f"prince{i}.txt": f"LONDON 1996-08-2{i} Prince Charles visited "
                 "a hospital on Thursday. " + PROSE for i in range(3)}
        files["lone.txt"] = ("LONDON 1996-08-25 Charles spoke to reporters on "
                             "Sunday. " + PROSE)
        files["lone2.txt"] = ("LONDON 1996-08-26 Charles said he was tired on "
                              "Monday. " + PROSE)
        names = self.corpus_names(files)
        self.assertEqual(names.get("Prince Charles"), "Prince Charles")
        self.assertEqual(names.get("Charles"), "Charles")

    def test_an_acronym_takes_the_long_form_its_articles_define(self):
        # two articles define "EU", two write it alone: all four are the
        # European Union
        files = {}
        for i in range(2):
            files[f"defined{i}.txt"] = (f"BRUSSELS 1996-08-2{i} The European Union "
                                        "(EU) said on Thursday that the talks would go on. " + PROSE)
            files[f"alone{i}.txt"] = (f"BRUSSELS 1996-08-2{i} EU ministers said "
                                      "on Friday that the budget was agreed. " + PROSE)
        names = self.corpus_names(files, "ORG")
        self.assertEqual(names.get("EU"), "European Union")
        self.assertEqual(names.get("European Union"), "European Union")

    def test_well_known_abbreviations_join_their_country(self):
        # "U.S.", "US" and "United States" in three articles are one place
        names = self.corpus_names({
            "dotted.txt": "WASHINGTON 1996-08-22 U.S. officials said on "
                          "Thursday that the talks would go on. " + PROSE,
            "plain.txt": "WASHINGTON 1996-08-23 Officials in the US said on "
                         "Friday that the budget was agreed. " + PROSE,
            "long.txt": "WASHINGTON 1996-08-24 The United States said on "
                        "Saturday that the plan was good. " + PROSE}, "LOC")
        self.assertEqual({names.get(k) for k in ("U.S.", "US", "United States")},
                         {"United States"})

    def test_an_acronym_defined_once_or_two_ways_keeps_its_name(self):
        # "IMF" defined in one article only; "NATO" defined two ways, two
        # articles each: neither has a long form the corpus agrees on
        files = {
            "imf.txt": "WASHINGTON 1996-08-22 The International Monetary "
                       "Fund (IMF) said on Thursday that growth would slow. " + PROSE,
            "imf_alone.txt": "WASHINGTON 1996-08-23 IMF officials said on "
                             "Friday that the loan was agreed. " + PROSE,
            "nato_alone.txt": "BRUSSELS 1996-08-24 NATO ministers said on "
                              "Friday that the plan was agreed. " + PROSE}
        for i, long_form in enumerate(["North Atlantic Treaty Organization",
                                       "North Atlantic Treaty Organisation"] * 2):
            files[f"nato{i}.txt"] = (f"BRUSSELS 1996-08-1{i} The {long_form} "
                                     "(NATO) said on Monday that the exercise would go on. " + PROSE)
        names = self.corpus_names(files, "ORG")
        self.assertEqual(names.get("IMF"), "IMF")
        self.assertEqual(names.get("NATO"), "NATO")


@needs_shell
class ReportEdgeCases(unittest.TestCase):
    def test_top_terms_show_each_stem_as_its_most_written_form(self):
        # "bombing" 2, "bombings" 3 in one article, "bombed" 4 in another:
        # one stem, 9 mentions, shown as "bombed"; "Security" once and
        # "security" twice: "security"; "LAST" three times in a table of
        # results, "last" once: the capitals lose
        files = {"a.txt": "The bombing and the bombing. Bombings, bombings and bombings. "
                          "Security first, security again and more security.",
                 "b.txt": "They bombed it, bombed it, bombed it and bombed it.",
                 "c.txt": "RESULTS LAST WEEK\nLAST 3\nLAST 4\nThe last one."}
        with tempfile.TemporaryDirectory() as tmp:
            corpus = write_corpus(tmp, files)
            for jobs in (1, 2):  # JOBS=2: each article in a shard, then merged
                rc, out, err = make_report(corpus, os.path.join(tmp, f"out{jobs}.db"), jobs)
                self.assertEqual((rc, err), (0, ""))
                self.assertRegex(out, r"│ bombed +│ bomb +│ 2 +│ 9 +│")
                self.assertRegex(out, r"│ security +│ secur +│ 1 +│ 3 +│")
                self.assertRegex(out, r"│ last +│ last +│ 1 +│ 4 +│")

    def test_corpus_key_phrases_keep_their_written_form(self):
        # compared in lower case across documents, shown as written
        files = {f"d{i}.txt": f"Volgograd was hit by bombings on day {i}. Officials in "
                              "Volgograd said the station was closed. Trains to Volgograd "
                              "were stopped while police searched the station." for i in range(3)}
        with tempfile.TemporaryDirectory() as tmp:
            corpus = write_corpus(tmp, files)
            rc, out, err = run_report(os.path.join(tmp, "out.db"), corpus)
            self.assertEqual((rc, err), (0, ""))
            section = out.split("== Key phrases of the corpus")[1].split("==")[0]
            self.assertRegex(section, r"│ Volgograd +│ 3 +│")
            self.assertNotIn("volgograd", section)

    def test_gzip_files_are_read_inflated(self):
        # a page, a CSV of articles and a text file, each gzip-compressed:
        # read as the file its name has without .gz; with JOBS=1 and 2
        rows = "id,title,content\n" + "".join(
            f'{i},Story {i},"{PROSE} Number {i} was filed in Geneva."\n' for i in range(3))
        with tempfile.TemporaryDirectory() as tmp:
            corpus = os.path.join(tmp, "corpus")
            write(corpus, "web/page.html.gz", gzip.compress(PAGE.encode("utf-8")))
            write(corpus, "news.csv.gz", gzip.compress(rows.encode("utf-8")))
            write(corpus, "note.txt.gz", gzip.compress(ARTICLE.encode("utf-8")))
            for jobs in (1, 2):
                db = os.path.join(tmp, f"out{jobs}.db")
                rc, out, err = make_report(corpus, db, jobs)
                self.assertEqual((rc, err), (0, ""))
                self.assertRegex(out, r"│ gzip +│ 3 +│")
                con = connect(db)
                names = [r[0] for r in con.execute("SELECT name FROM docs ORDER BY name")]
                self.assertEqual(names, ["news.csv.gz#1", "news.csv.gz#2", "news.csv.gz#3",
                                         "note.txt.gz", "web/page.html.gz"])
                (body, published), = con.execute(
                    "SELECT body, published FROM docs WHERE name = 'web/page.html.gz'")
                self.assertTrue(body.startswith("Talks end in Geneva\n\n"), body[:80])
                self.assertNotIn("All rights reserved", body)
                self.assertEqual(published, "2014-02-07")
                self.assertEqual(con.execute("SELECT count(*) FROM skipped").fetchone(), (0,))
                con.close()

    def test_tar_archives_are_read_as_their_files(self):
        # a .tar.gz holding an article, a page and a .gz text; a .tar; a
        # damaged .tar keeps the file before the damage and is listed; a
        # .tar inside a .tar is skipped as one; with JOBS=1 and 2
        def tar_of(files):
            out = io.BytesIO()
            with tarfile.open(fileobj=out, mode="w") as t:
                for name, data in files:
                    info = tarfile.TarInfo(name)
                    info.size = len(data)
                    t.addfile(info, io.BytesIO(data))
            return out.getvalue()
        inner = tar_of([("x.txt", ARTICLE.encode())])
        damaged = bytearray(tar_of([("one.txt", ARTICLE.encode()),
                                    ("two.txt", PROSE.encode())]))
        second = 512 + (len(ARTICLE.encode()) + 511) // 512 * 512
        damaged[second + 100] ^= 0x5A
        with tempfile.TemporaryDirectory() as tmp:
            corpus = os.path.join(tmp, "corpus")
            write(corpus, "arts.tar.gz", gzip.compress(tar_of([
                ("./2024/a.txt", ARTICLE.encode()), ("./web/page.html", PAGE.encode()),
                ("./notes.txt.gz", gzip.compress(PROSE.encode()))])))
            write(corpus, "plain.tar", tar_of([("b.txt", ARTICLE.encode()),
                                                ("inner.tar", inner)]))
            write(corpus, "damaged.tar", bytes(damaged))
            for jobs in (1, 2):
                db = os.path.join(tmp, f"out{jobs}.db")
                rc, out, err = make_report(corpus, db, jobs)
                self.assertEqual((rc, err), (0, ""))
                self.assertRegex(out, r"│ a tar archive +│ 5 +│")
                con = connect(db)
                self.assertEqual([r[0] for r in con.execute("SELECT name FROM docs ORDER BY name")],
                                 ["arts.tar.gz/2024/a.txt", "arts.tar.gz/notes.txt.gz",
                                  "arts.tar.gz/web/page.html", "damaged.tar/one.txt",
                                  "plain.tar/b.txt"])
                self.assertEqual(con.execute("SELECT published FROM docs "
                                             "WHERE name = 'arts.tar.gz/web/page.html'").fetchone(),
                                 ("2014-02-07",))
                self.assertEqual(con.execute("SELECT name, reason FROM skipped ORDER BY name").fetchall(),
                                 [("damaged.tar", f"tar archive: damaged tar header at byte {second} "
                                   "(the files before it are read)"),
                                  ("plain.tar/inner.tar",
                                   "tar archive inside an archive: extract it first (tar -xf)")])
                con.close()

    def test_zip_archives_are_read_as_their_files(self):
        # a .zip holding an article (deflated), a page (stored), a .gz
        # text, a member compressed with bzip2, macOS's __MACOSX/ data and
        # a .zip inside it; a .zip cut short, whose first file is read; with
        # JOBS=1 and 2
        inner = zip_of([("x.txt", ARTICLE.encode(), zipfile.ZIP_DEFLATED)])
        with tempfile.TemporaryDirectory() as tmp:
            corpus = os.path.join(tmp, "corpus")
            write(corpus, "news.zip", zip_of([
                ("2024/a.txt", ARTICLE.encode(), zipfile.ZIP_DEFLATED),
                ("web/page.html", PAGE.encode(), zipfile.ZIP_STORED),
                ("notes.txt.gz", gzip.compress(PROSE.encode()), zipfile.ZIP_STORED),
                ("old.txt", PROSE.encode(), zipfile.ZIP_BZIP2),
                ("__MACOSX/2024/._a.txt", b"\x00\x05\x16\x07" + bytes(60), zipfile.ZIP_STORED),
                ("inner.zip", inner, zipfile.ZIP_STORED)]))
            # a download that stopped inside the second file: the first is read
            cut = zip_of([("c1.txt", ARTICLE.encode()), ("c2.txt", PROSE.encode() * 5)])
            with zipfile.ZipFile(io.BytesIO(cut)) as z:
                second = z.getinfo("c2.txt").header_offset
            write(corpus, "cut.zip", cut[:second + 60])
            for jobs in (1, 2):
                db = os.path.join(tmp, f"out{jobs}.db")
                rc, out, err = make_report(corpus, db, jobs)
                self.assertEqual((rc, err), (0, ""))
                self.assertRegex(out, r"│ a zip archive +│ 4 +│")
                con = connect(db)
                self.assertEqual([r[0] for r in con.execute("SELECT name FROM docs ORDER BY name")],
                                 ["cut.zip/c1.txt", "news.zip/2024/a.txt",
                                  "news.zip/notes.txt.gz", "news.zip/web/page.html"])
                self.assertEqual(con.execute("SELECT published FROM docs "
                                             "WHERE name = 'news.zip/web/page.html'").fetchone(),
                                 ("2014-02-07",))
                self.assertEqual(con.execute("SELECT name, reason FROM skipped ORDER BY name").fetchall(), [
                    ("cut.zip", f"zip archive cut short at byte {second} (no central directory; "
                     "1 file before it read)"),
                    ("news.zip/__MACOSX/2024/._a.txt", "macOS resource data (__MACOSX/), not a document"),
                    ("news.zip/inner.zip", "zip archive inside an archive: extract it first (unzip)"),
                    ("news.zip/old.txt", "zip member compressed with method 12 (bzip2): textkit "
                     "reads stored and deflated members")])
                con.close()

    def test_word_opendocument_and_epub_files_are_read_as_their_text(self):
        # a .docx (runs split mid-word, a tab, tracked deletion and a field
        # code left out), an .odt (heading, spaces, a comment left out), an
        # .epub (pages in the package's order, not the names'), a .docx
        # inside a .zip; a spreadsheet skipped; JOBS=1 and 2
        docx_xml = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="w"><w:body>'
                    '<w:p><w:r><w:t>Bridge opening delayed</w:t></w:r></w:p><w:p><w:r>'
                    '<w:t xml:space="preserve">The council met on Mon</w:t></w:r><w:r><w:t>day.'
                    '</w:t></w:r><w:del><w:r><w:delText>GONE</w:delText></w:r></w:del><w:r>'
                    '<w:instrText> PAGE </w:instrText></w:r><w:r><w:tab/><w:t>' + PROSE.strip() +
                    '</w:t></w:r></w:p><w:p><mc:AlternateContent><mc:Choice/><mc:Fallback><w:t>TWICE'
                    '</w:t></mc:Fallback></mc:AlternateContent></w:p></w:body></w:document>')
        odt_xml = ('<?xml version="1.0"?><office:document-content xmlns:office="o" '
                   'xmlns:text="t"><office:body><office:text><text:h>Notes on the bridge</text:h>'
                   '<text:p>The council<text:s/>met.<office:annotation><text:p>A REMARK</text:p>'
                   '</office:annotation></text:p><text:p>' + PROSE.strip() + '</text:p>'
                   '</office:text></office:body></office:document-content>')
        page = ('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>t'
                '</title></head><body><h1>{}</h1><p>{}</p></body></html>')
        docx = zip_of([("[Content_Types].xml", "<Types/>"), ("word/document.xml", docx_xml)])
        epub = zip_of([("mimetype", "application/epub+zip"),
                       ("OEBPS/content.opf", '<package><manifest><item id="b" href="Text/b.xhtml"/>'
                        '<item id="a" href="Text/a.xhtml"/></manifest></package>'),
                       ("OEBPS/Text/a.xhtml", page.format("Second", "Read second.")),
                       ("OEBPS/Text/b.xhtml", page.format("First", "Read first."))])
        with tempfile.TemporaryDirectory() as tmp:
            corpus = os.path.join(tmp, "corpus")
            write(corpus, "report.docx", docx)
            write(corpus, "notes.odt", zip_of([("content.xml", odt_xml)]))
            write(corpus, "book.epub", epub)
            write(corpus, "more.zip", zip_of([("inner.docx", docx)]))
            write(corpus, "sheet.xlsx", zip_of([("xl/workbook.xml", "<workbook/>")]))
            for jobs in (1, 2):
                db = os.path.join(tmp, f"out{jobs}.db")
                rc, out, err = make_report(corpus, db, jobs)
                self.assertEqual((rc, err), (0, ""))
                self.assertRegex(out, r"│ a Word document +│ 2 +│")
                self.assertRegex(out, r"│ an EPUB book +│ 1 +│")
                con = connect(db)
                raw = dict(con.execute("SELECT name, raw FROM docs").fetchall())
                want_docx = ("Bridge opening delayed\n\nThe council met on Monday. "
                             + PROSE.strip())
                self.assertEqual(raw, {
                    "report.docx": want_docx, "more.zip/inner.docx": want_docx,
                    "notes.odt": "Notes on the bridge\n\nThe council met.\n\n" + PROSE.strip(),
                    "book.epub": "First\n\nRead first.\n\nSecond\n\nRead second."})
                self.assertEqual(con.execute("SELECT name, reason FROM skipped").fetchall(),
                                 [("sheet.xlsx", "a zip-based file (spreadsheet, slides...): "
                                   "convert it to text first")])
                con.close()

    def test_mail_is_read_as_its_messages(self):
        # an .eml (quoted-printable Latin-1), an mbox of three messages (an
        # HTML-only one, an empty one), and an Enron-style maildir file
        # without an extension: one document per message, its subject and
        # text, published from its Date:; headers never read as words
        from email.message import EmailMessage
        import mailbox

        def message(subject, body, date, html=False):
            m = EmailMessage()
            m["Subject"], m["From"], m["To"], m["Date"] = subject, "Ann <a@x.com>", "b@y.org", date
            if html:
                m.set_content("<p>" + body + "</p>", subtype="html")
            else:
                m.set_content(body, charset="iso-8859-1", cte="quoted-printable")
            return m
        with tempfile.TemporaryDirectory() as tmp:
            corpus = os.path.join(tmp, "corpus")
            write(corpus, "one.eml", message("Café prices in Zürich", "The café raised its "
                                             "prices.\n", "Mon, 14 May 2001 16:39:00 -0700")
                  .as_bytes())
            box = mailbox.mbox(os.path.join(corpus, "inbox.mbox"))
            box.add(message("Bridge report", PROSE + "\n", "Tue, 15 May 2001 10:00:00 +0000"))
            box.add(message("Budget", "Costs rose by a third.", "Wed, 16 May 2001 10:00:00 +0000",
                            html=True))
            box.add(message("", "", "Thu, 17 May 2001 10:00:00 +0000"))
            box.flush()
            box.close()
            write(corpus, "maildir/allen-p/inbox/1.",
                  "Message-ID: <1.JavaMail.evans@thyme>\nDate: Mon, 14 May 2001 16:39:00 -0700 "
                  "(PDT)\nFrom: phillip.allen@enron.com\nTo: tim.belden@enron.com\nSubject: \n"
                  "Mime-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\nX-From: Phillip "
                  "K Allen\nX-Folder: \\Phillip_Allen\\'Sent Mail\n\nHere is our forecast for "
                  "the gas prices.\n")
            # a message saved as text: two common headers first; one header
            # alone is a note's first line, not mail
            write(corpus, "saved.txt", "From: Ann <a@x.com>\r\nSubject: Saved note\r\nDate: "
                  "Thu, 17 May 2001 10:00:00 +0000\r\n\r\nThe saved text.\r\n")
            write(corpus, "notes.txt", "Subject: notes\n\nA note of mine.\n")
            for jobs in (1, 2):
                db = os.path.join(tmp, f"out{jobs}.db")
                rc, out, err = make_report(corpus, db, jobs)
                self.assertEqual((rc, err), (0, ""))
                self.assertRegex(out, r"│ e-mail \(files\) +│ 4 +│")
                con = connect(db)
                self.assertEqual(con.execute("SELECT name, published, raw FROM docs ORDER BY name")
                                 .fetchall(), [
                    ("inbox.mbox#1", "2001-05-15", "Bridge report\n\n" + PROSE + "\n"),
                    ("inbox.mbox#2", "2001-05-16", "Budget\n\nCosts rose by a third."),
                    ("maildir/allen-p/inbox/1.", "2001-05-14",
                     "Here is our forecast for the gas prices.\n"),
                    ("notes.txt", None, "Subject: notes\n\nA note of mine.\n"),
                    ("one.eml", "2001-05-14", "Café prices in Zürich\n\nThe café raised its "
                     "prices.\n"),
                    ("saved.txt", "2001-05-17", "Saved note\n\nThe saved text.\r\n")])
                self.assertEqual(json.loads(con.execute(
                    "SELECT fields FROM docs WHERE name = 'one.eml'").fetchone()[0]),
                    {"subject": "Café prices in Zürich", "sender": "Ann <a@x.com>",
                     "recipients": "b@y.org", "date": "2001-05-14 16:39:00-07:00"})
                self.assertEqual(con.execute("SELECT name, reason FROM skipped").fetchall(),
                                 [("inbox.mbox#3", "e-mail: no subject and no text")])
                con.close()

    def test_compressed_and_old_office_files_say_what_to_do(self):
        # formats the report does not read get a reason that names the
        # tool, not "binary: has a NUL byte"
        import bz2
        import lzma
        files = {"a.txt.bz2": bz2.compress(ARTICLE.encode()),
                 "a.txt.xz": lzma.compress(ARTICLE.encode()),
                 "a.zst": bytes.fromhex("28B52FFD") + bytes(40),
                 "a.7z": bytes.fromhex("377ABCAF271C") + bytes(40),
                 "a.rar": b"Rar!\x1a\x07\x01\x00" + bytes(40),
                 "old.doc": bytes.fromhex("D0CF11E0A1B11AE1") + bytes(500),
                 "letter.rtf": b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Hello.}",
                 "BZh plain.txt": "BZh is how this note starts. " + PROSE}
        with tempfile.TemporaryDirectory() as tmp:
            corpus = os.path.join(tmp, "corpus")
            for name, data in files.items():
                write(corpus, name, data)
            db = os.path.join(tmp, "out.db")
            rc, out, err = run_report(db, corpus)
            self.assertEqual((rc, err), (0, ""))
            con = connect(db)
            self.assertEqual(dict(con.execute("SELECT name, reason FROM skipped").fetchall()), {
                "a.txt.bz2": "bzip2-compressed: decompress it first (bunzip2)",
                "a.txt.xz": "xz-compressed: decompress it first (unxz)",
                "a.zst": "zstd-compressed: decompress it first (unzstd)",
                "a.7z": "7z archive: extract it first (7z x)",
                "a.rar": "RAR archive: extract it first (unrar x)",
                "old.doc": "an old Office file (.doc, .xls, .ppt, .msg): convert it to text "
                           "first (libreoffice --headless --convert-to txt)",
                "letter.rtf": "RTF: convert it to text first (libreoffice --headless "
                              "--convert-to txt)"})
            self.assertEqual(con.execute("SELECT name FROM docs").fetchall(), [("BZh plain.txt",)])
            con.close()

    def test_a_redirect_page_is_skipped_and_listed(self):
        # a small page that only sends its reader on (a saved site's
        # redirect stubs) is skipped with its reason; a page that reloads
        # itself, a redirect with an article of its own, and a text file
        # that quotes the tag are documents
        stub = ('<!DOCTYPE html><html><head><meta http-equiv="refresh" '
                'content="0;URL=page.html"><title>Redirection</title></head>'
                '<body><p>Redirecting to <a href="page.html">page.html</a>...</p></body></html>')
        files = {"old/stub.html": stub,
                 "page.html": PAGE,
                 "live.html": PAGE.replace("<head>", '<head><meta http-equiv="refresh" content="300">', 1),
                 "moved.html": PAGE.replace("<head>", '<head><meta http-equiv="refresh" content="9; url=x.html">', 1),
                 "note.txt": '<meta http-equiv="refresh" content="0; url=a.html"> sends the reader on.'}
        with tempfile.TemporaryDirectory() as tmp:
            corpus = write_corpus(tmp, files)
            db = os.path.join(tmp, "out.db")
            rc, out, err = run_report(db, corpus)
            self.assertEqual((rc, err), (0, ""))
            con = connect(db)
            self.assertEqual(con.execute("SELECT name, reason FROM skipped").fetchall(),
                             [("old/stub.html", "a redirect page (meta refresh): no text of its own")])
            self.assertEqual(sorted(r[0] for r in con.execute("SELECT name FROM docs")),
                             ["live.html", "moved.html", "note.txt", "page.html"])
            self.assertIn("a redirect page (meta refresh)", out)
            con.close()

    def test_markdown_files_are_read_without_their_markup(self):
        # a README (.md) and notes (.markdown, gzipped .md.gz): headings,
        # prose, list items and code as a reader sees them; no link
        # targets, badges, comments, front matter keys or emphasis marks;
        # a .txt that quotes Markdown stays as written; the files are
        # counted under decoded_from
        readme = ('# Sochi Notes\n\n[![build](https://ci.example/badge.svg)](https://ci.example)\n'
                  '<!-- YAML\nadded: v1.0\n-->\n\n' + PROSE + ' See the **[guide](https://x.org/guide)**.\n\n'
                  '- first *item*\n- second\n\n```sh\nnpm install sochi\n```\n')
        notes = '---\ntitle: Field notes\nlayout: post\n---\n' + PROSE + ' `code` and _emphasis_.\n'
        files = {"README.md": readme, "notes.markdown": notes,
                 "old.md.gz": gzip.compress(readme.encode()),
                 "plain.txt": PROSE + " It quotes **bold** and [a](b)."}
        with tempfile.TemporaryDirectory() as tmp:
            corpus = write_corpus(tmp, files)
            db = os.path.join(tmp, "out.db")
            rc, out, err = run_report(db, corpus)
            self.assertEqual((rc, err), (0, ""))
            con = connect(db)
            raw = dict(con.execute("SELECT name, raw FROM docs").fetchall())
            self.assertEqual(sorted(raw), ["README.md", "notes.markdown", "old.md.gz", "plain.txt"])
            self.assertTrue(raw["README.md"].startswith("Sochi Notes\n\n" + PROSE.split()[0]))
            self.assertIn("See the guide.", raw["README.md"])
            self.assertIn("- first item\n- second\n\nnpm install sochi", raw["README.md"])
            for junk in ("https://", "badge", "YAML", "**", "```", "<!--"):
                self.assertNotIn(junk, raw["README.md"])
            self.assertEqual(raw["old.md.gz"], raw["README.md"])
            self.assertTrue(raw["notes.markdown"].startswith("Field notes\n\n"))
            self.assertIn("code and emphasis.", raw["notes.markdown"])
            self.assertNotIn("layout", raw["notes.markdown"])
            self.assertIn("**bold** and [a](b)", raw["plain.txt"])
            self.assertEqual(con.execute("SELECT value FROM report_info WHERE key = "
                                         "'decoded from Markdown (its markup left out), documents'")
                             .fetchall(), [(3,)])
            self.assertIn("Markdown (its markup left out)", out)
            con.close()

    def test_rst_files_are_read_without_their_markup(self):
        # Sphinx sources (.rst, .rest): titles, prose, literal blocks and
        # directives' text as a reader sees them; no roles, toctree,
        # comments, targets, options or version numbers; counted under
        # decoded_from
        page = ('Sochi Notes\n===========\n\n.. _sochi:\n\n' + PROSE +
                'See :ref:`the guide <guide>` and ``npm``.\n\n'
                '.. versionadded:: 3.1\n   The **new** rules.\n\n'
                '.. toctree::\n   :maxdepth: 2\n\n   intro\n\n'
                '.. a comment\n\nExample::\n\n  sochi --run\n')
        files = {"index.rst": page, "old.rest": page, "plain.txt": PROSE + " :ref:`x` stays."}
        with tempfile.TemporaryDirectory() as tmp:
            corpus = write_corpus(tmp, files)
            db = os.path.join(tmp, "out.db")
            rc, out, err = run_report(db, corpus)
            self.assertEqual((rc, err), (0, ""))
            con = connect(db)
            raw = dict(con.execute("SELECT name, raw FROM docs").fetchall())
            self.assertTrue(raw["index.rst"].startswith("Sochi Notes\n\n" + PROSE.split()[0]))
            self.assertIn("See the guide and npm.\n\nThe new rules.\n\nExample:\n\nsochi --run",
                          raw["index.rst"])
            for junk in (":ref:", "toctree", "maxdepth", "intro", "comment", "3.1", "===", "_sochi"):
                self.assertNotIn(junk, raw["index.rst"])
            self.assertEqual(raw["old.rest"], raw["index.rst"])
            self.assertIn(":ref:`x` stays.", raw["plain.txt"])
            self.assertEqual(con.execute("SELECT value FROM report_info WHERE key = "
                                         "'decoded from reStructuredText (its markup left out), documents'")
                             .fetchall(), [(2,)])
            con.close()

    def test_xml_articles_are_read_without_their_markup(self):
        # a news archive's XML article (RCV1's NewsML) in Latin-1, as
        # .xml and inside a .zip: its headline and paragraphs, not its tags,
        # codes or copyright line; its date attribute as published
        xml = ('<?xml version="1.0" encoding="iso-8859-1" ?>\n'
               '<newsitem itemid="2286" id="root" date="1996-08-20" xml:lang="en">\n'
               '<title>MEXICO: Recovery brings Mexican markets to life.</title>\n'
               '<headline>Recovery brings Mexican markets to life.</headline>\n'
               '<text>\n<p>' + PROSE + '</p>\n<p>Matthew Hickman of Lehman Brothers in '
               'New York said the café was full.</p>\n</text>\n'
               '<copyright>(c) Reuters Limited 1996</copyright>\n<metadata><codes class="bip:'
               'countries:1.0"><code code="MEX"><editdetail attribution="Reuters BIP Coding '
               'Group" action="confirmed" date="1996-08-20"/></code></codes></metadata>\n'
               '</newsitem>\n').encode("latin-1")
        # and an NITF article (the New York Times corpus' format)
        nitf = ('<?xml version="1.0" encoding="UTF-8"?>\n<nitf><head><title>Bridge Opening '
                'Delayed</title><docdata><identified-content><classifier class="indexing_service">'
                'Bridges and Tunnels</classifier></identified-content></docdata><pubdata '
                'date.publication="20070101T000000" name="The New York Times"/></head><body>'
                '<body.head><hedline><hl1>Bridge Opening Delayed</hl1></hedline></body.head>'
                '<body.content><block class="full_text"><p>' + PROSE + '</p><p>Mayor Anna Schmidt '
                'called it a difficult year.</p></block></body.content></body></nitf>\n')
        with tempfile.TemporaryDirectory() as tmp:
            corpus = os.path.join(tmp, "corpus")
            write(corpus, "2286newsML.xml", xml)
            write(corpus, "rcv1.zip", zip_of([("2287newsML.xml", xml)]))
            write(corpus, "nyt/0000001.xml", nitf)
            db = os.path.join(tmp, "out.db")
            rc, out, err = run_report(db, corpus)
            self.assertEqual((rc, err), (0, ""))
            con = connect(db)
            rows = con.execute("SELECT name, published, raw FROM docs ORDER BY name").fetchall()
            nyt = rows.pop(1)
            self.assertEqual(nyt[:2], ("nyt/0000001.xml", "2007-01-01"))
            self.assertTrue(nyt[2].startswith("Bridge Opening Delayed\n\n" + PROSE.strip()))
            self.assertNotIn("Bridges and Tunnels", nyt[2])
            self.assertEqual([r[:2] for r in rows], [("2286newsML.xml", "1996-08-20"),
                                                     ("rcv1.zip/2287newsML.xml", "1996-08-20")])
            for _, _, raw in rows:
                self.assertTrue(raw.startswith("MEXICO: Recovery brings Mexican markets to life."))
                self.assertIn("the café was full.", raw)
                for markup in ("<p>", "newsitem", "Reuters Limited", "bip:countries"):
                    self.assertNotIn(markup, raw)
            con.close()

    def test_legacy_charsets_are_read_as_written(self):
        # a Russian article saved as Windows-1251, a Greek one as ISO-8859-7
        # and a Japanese one as Shift_JIS, beside a Latin-1 French one:
        # each read as its text (ICU's detector), each charset counted
        texts = {"ru.txt": ("Городские власти в понедельник сообщили, что новый мост "
                            "через реку откроется только осенью. ", "cp1251"),
                 "el.txt": ("Ο δήμος ανακοίνωσε τη Δευτέρα ότι η νέα γέφυρα θα ανοίξει "
                            "μόλις το φθινόπωρο. ", "iso8859_7"),
                 "ja.txt": ("市は月曜日、川に架かる新しい橋の開通が秋までずれ込むと発表した。",
                            "shift_jis"),
                 "fr.txt": ("La mairie a annoncé lundi que le nouveau pont ne sera pas "
                            "ouvert avant l'automne. ", "latin-1")}
        with tempfile.TemporaryDirectory() as tmp:
            corpus = os.path.join(tmp, "corpus")
            for name, (text, codec) in texts.items():
                write(corpus, name, (text * 3).encode(codec))
            db = os.path.join(tmp, "out.db")
            rc, out, err = run_report(db, corpus)
            self.assertEqual((rc, err), (0, ""))
            con = connect(db)
            got = dict(con.execute("SELECT name, raw FROM docs").fetchall())
            self.assertEqual(got, {name: text * 3 for name, (text, _) in texts.items()})
            self.assertEqual(con.execute("SELECT key, value FROM report_info WHERE key GLOB "
                                         "'decoded *' ORDER BY key").fetchall(),
                             [("decoded from iso-8859-7", 1), ("decoded from shift_jis", 1),
                              ("decoded from windows-1251", 1), ("decoded from windows-1252", 1)])
            self.assertEqual(con.execute("SELECT count(*) FROM skipped").fetchone(), (0,))
            con.close()

    def test_mojibake_is_repaired_and_counted(self):
        # UTF-8 read as Windows-1252 and saved again (as an old export
        # tool does), beside a clean French file whose "ÉTÉ»" is real text
        broken = ("Angela Merkel visited the café in Zürich; it’s “open” again. " * 4)
        broken = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b)  # C1 as Latin-1
                         for b in broken.encode("utf-8"))
        with tempfile.TemporaryDirectory() as tmp:
            corpus = os.path.join(tmp, "corpus")
            write(corpus, "broken.txt", broken)
            write(corpus, "clean.txt", "Le journal «ÉTÉ» paraît en juillet à Genève. " * 4)
            rc, out, err = run_report(os.path.join(tmp, "out.db"), corpus)
            self.assertEqual((rc, err), (0, ""))
            con = connect(os.path.join(tmp, "out.db"))
            raw = dict(con.execute("SELECT name, raw FROM docs"))
            self.assertIn("the café in Zürich; it’s “open” again.", raw["broken.txt"])
            self.assertNotIn("Ã", raw["broken.txt"])
            self.assertIn("«ÉTÉ»", raw["clean.txt"])
            self.assertEqual(con.execute("SELECT value FROM report_info "
                                         "WHERE key = 'decoded from mojibake, repaired'").fetchone(), (1,))
            self.assertRegex(out, r"│ mojibake, repaired +│ 1 +│")
            con.close()

    def test_character_references_are_decoded_in_plain_text_only(self):
        # a scraper's text file and CSV record keep a page's escapes; a web
        # page is parsed (its own &amp; decoded there), a plain "R&D" and
        # "AT&T" stay
        with tempfile.TemporaryDirectory() as tmp:
            corpus = os.path.join(tmp, "corpus")
            write(corpus, "scraped.txt", "H&amp;M and ME&#39;s caf&eacute; opened in Paris. " * 3)
            write(corpus, "plain.txt", "AT&T and R&D; nothing to decode here. " * 3)
            write(corpus, "feed.csv", 'id,body\n1,"Procter &amp; Gamble said &quot;yes&quot; today."\n')
            write(corpus, "page.html", "<html><body><p>A &amp;lt; B, and &amp; C.</p></body></html>")
            rc, out, err = run_report(os.path.join(tmp, "out.db"), corpus)
            self.assertEqual((rc, err), (0, ""))
            con = connect(os.path.join(tmp, "out.db"))
            raw = dict(con.execute("SELECT name, raw FROM docs"))
            self.assertIn("H&M and ME's café opened", raw["scraped.txt"])
            self.assertIn("AT&T and R&D;", raw["plain.txt"])
            self.assertIn('Procter & Gamble said "yes" today.', raw["feed.csv#1"])
            self.assertIn("A &lt; B, and & C.", raw["page.html"])  # decoded once, by the parser
            key = "decoded from HTML character references (&amp;), documents"
            self.assertEqual(con.execute("SELECT value FROM report_info WHERE key = ?",
                                         (key,)).fetchone(), (2,))
            self.assertRegex(out, r"│ HTML character references \(&amp;\), documents +│ 2 +│")
            con.close()

    def test_docs_filled_from_python_is_used_as_it_is(self):
        with tempfile.TemporaryDirectory() as tmp:
            db = os.path.join(tmp, "given.db")
            con = sqlite3.connect(db)
            con.execute("CREATE TABLE docs(id INTEGER PRIMARY KEY, name TEXT, body TEXT)")
            con.executemany("INSERT INTO docs VALUES (?, ?, ?)",
                            [(10, "a", ARTICLE), (20, "b", ARTICLE + " One more line."),
                             (30, "c", "Zoë met 王小明 in Zürich on 3 May 2021.")])
            con.commit()
            con.close()
            rc, out, err = run_report(db, corpus="/no/such/folder")
            self.assertEqual((rc, err), (0, ""))
            con = connect(db)
            cols = [r[1] for r in con.execute("PRAGMA table_info(docs)")]
            self.assertEqual(cols, ["id", "name", "body"])
            self.assertEqual(con.execute("SELECT count(*) FROM skipped").fetchone(), (0,))
            self.assertEqual(con.execute("SELECT doc_id, raw_chars FROM doc_stats ORDER BY doc_id").fetchall(),
                             [(10, None), (20, None), (30, None)])
            self.assertEqual(con.execute("SELECT a, b FROM near_duplicates").fetchall(), [(10, 20)])
            self.assertIn("docs table given", out)

    def test_an_empty_given_docs_is_a_clear_error(self):
        with tempfile.TemporaryDirectory() as tmp:
            db = os.path.join(tmp, "given.db")
            sqlite3.connect(db).execute("CREATE TABLE docs(id INTEGER PRIMARY KEY, name TEXT, body TEXT)")
            rc, out, err = run_report(db)
            self.assertNotEqual(rc, 0)
            self.assertIn("report: the table docs exists but has no rows", err)

    def test_a_second_run_keeps_docs_and_rebuilds_the_rest(self):
        with tempfile.TemporaryDirectory() as tmp:
            corpus, db = os.path.join(tmp, "corpus"), os.path.join(tmp, "out.db")
            write(corpus, "a.txt", ARTICLE)
            write(corpus, "b.txt", ARTICLE.replace("forty", "fifty", 1))
            first = run_report(db, corpus)
            second = run_report(db, corpus)
            self.assertEqual((first[0], second[0], second[2]), (0, 0, ""))
            con = connect(db)
            self.assertEqual(con.execute("SELECT count(*) FROM docs").fetchone(), (2,))
            self.assertEqual(con.execute("SELECT a, b FROM near_duplicates").fetchall(), [(1, 2)])
            self.assertEqual(con.execute("SELECT count(*) FROM doc_stats WHERE raw_chars > 0").fetchone(), (2,))

    def test_empty_folder_is_a_clear_error(self):
        with tempfile.TemporaryDirectory() as tmp:
            os.makedirs(os.path.join(tmp, "corpus", "sub"))
            write(os.path.join(tmp, "corpus"), "sub/zero.txt", b"")
            rc, out, err = run_report(os.path.join(tmp, "out.db"), os.path.join(tmp, "corpus"))
            self.assertNotEqual(rc, 0)
            self.assertIn("report: the corpus folder has no text file", err)
            self.assertIn("skipped: 1 file(s): empty file", out)
            self.assertEqual(err.count("\n"), 1)

    def test_missing_folder_is_an_error_not_a_report(self):
        with tempfile.TemporaryDirectory() as tmp:
            rc, out, err = run_report(os.path.join(tmp, "out.db"), os.path.join(tmp, "nope"))
            self.assertNotEqual(rc, 0)
            self.assertIn("cannot stat", err)
            self.assertNotIn("== Corpus", out)

    def test_make_report_takes_any_folder_name_a_link_or_one_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            corpus = os.path.join(tmp, "Bob's $HOME \"news\" `x`")
            write(corpus, "a.txt", ARTICLE)
            write(corpus, "feeds/wire.csv", "title,text\nGeneva,\"" + PROSE + "\"\nLima,\"" + SENTENCES[6] + "\"\n")
            os.symlink(corpus, os.path.join(tmp, "link"))
            for path, jobs, names in [
                    (corpus, 1, ["a.txt", "feeds/wire.csv#1", "feeds/wire.csv#2"]),
                    (corpus, 2, ["a.txt", "feeds/wire.csv#1", "feeds/wire.csv#2"]),
                    (os.path.join(tmp, "link"), 1, ["a.txt", "feeds/wire.csv#1", "feeds/wire.csv#2"]),
                    (os.path.join(corpus, "feeds", "wire.csv"), 1, ["wire.csv#1", "wire.csv#2"])]:
                db = os.path.join(tmp, "out.db")
                rc, out, err = make_report(path, db, jobs)
                self.assertEqual((rc, err), (0, ""), path)
                con = connect(db)
                self.assertEqual([r[0] for r in con.execute("SELECT name FROM docs ORDER BY id")], names)
                self.assertEqual(con.execute("SELECT value FROM report_info WHERE key = 'corpus'").fetchone(),
                                 (path,))
                con.close()
            rc, out, err = make_report(os.path.join(tmp, "nope"), os.path.join(tmp, "out.db"), 1)
            self.assertEqual(rc, 2)
            self.assertIn("is neither a folder nor a file", out)

    def test_size_cap_skips_large_files(self):
        with tempfile.TemporaryDirectory() as tmp:
            corpus = os.path.join(tmp, "corpus")
            write(corpus, "small.txt", PROSE)
            write(corpus, "large.txt", ARTICLE * 20)
            rc, out, err = run_report(os.path.join(tmp, "out.db"), corpus, [("$max_bytes", 5000)])
            self.assertEqual((rc, err), (0, ""))
            con = connect(os.path.join(tmp, "out.db"))
            self.assertEqual(con.execute("SELECT name, reason FROM skipped").fetchall(),
                             [("large.txt", "larger than max_bytes=5000")])
            self.assertEqual(con.execute("SELECT name FROM docs").fetchall(), [("small.txt",)])


    def test_make_report_max_bytes(self):
        with tempfile.TemporaryDirectory() as tmp:
            corpus = os.path.join(tmp, "corpus")
            write(corpus, "large.txt", ARTICLE * 20)
            db = os.path.join(tmp, "out.db")
            # alone and over the limit: the report stops and says how to take it
            rc, out, err = make_report(corpus, db, 1, ["MAX_BYTES=5000"])
            self.assertNotEqual(rc, 0)
            self.assertIn("skipped: 1 file(s): larger than max_bytes=5000 "
                          "(a larger limit: make report MAX_BYTES=n, or $max_bytes)", out)
            write(corpus, "small.txt", PROSE)
            for jobs in (1, 2):
                rc, out, err = make_report(corpus, db, jobs, ["MAX_BYTES=5000"])
                self.assertEqual((rc, err), (0, ""))
                con = connect(db)
                self.assertEqual(con.execute("SELECT name, reason FROM skipped").fetchall(),
                                 [("large.txt", "larger than max_bytes=5000")])
                con.close()
            rc, out, err = make_report(corpus, db, 2, ["MAX_BYTES=10000000"])
            self.assertEqual((rc, err), (0, ""))
            con = connect(db)
            self.assertEqual(con.execute("SELECT name FROM docs ORDER BY name").fetchall(),
                             [("large.txt",), ("small.txt",)])
            con.close()
            for bad in ("abc", "0", "5000; rm -rf x", "-1"):
                rc, out, err = make_report(corpus, db, 1, ["MAX_BYTES=" + bad])
                self.assertEqual(rc, 2)
                self.assertIn("MAX_BYTES must be a whole number of bytes >= 1", out)

    def test_sixty_copies_give_linear_pairs(self):
        with tempfile.TemporaryDirectory() as tmp:
            corpus = os.path.join(tmp, "corpus")
            for i in range(60):
                write(corpus, f"copy{i:02d}.txt", ARTICLE)
            write(corpus, "other.txt", "Heavy rain flooded the old harbour district overnight. " * 6)
            rc, out, err = run_report(os.path.join(tmp, "out.db"), corpus)
            self.assertEqual((rc, err), (0, ""))
            con = connect(os.path.join(tmp, "out.db"))
            # every bucket of the copies holds 60 documents (> 50): the first
            # copy is paired with each other one, not all 1,770 pairs
            self.assertEqual(con.execute("SELECT count(*), min(a), max(a), count(DISTINCT b) "
                                         "FROM near_duplicates").fetchone(), (59, 1, 1, 59))
            self.assertEqual(con.execute("SELECT count(*) FROM candidate_pairs").fetchone(), (59,))

    def test_default_cap_skips_a_60_mb_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            corpus = os.path.join(tmp, "corpus")
            write(corpus, "small.txt", PROSE)
            with open(os.path.join(corpus, "huge.log"), "wb") as f:
                f.truncate(60_000_000)
            rc, out, err = run_report(os.path.join(tmp, "out.db"), corpus)
            self.assertEqual((rc, err), (0, ""))
            con = connect(os.path.join(tmp, "out.db"))
            self.assertEqual(con.execute("SELECT name, bytes, reason FROM skipped").fetchall(),
                             [("huge.log", 60_000_000, "larger than max_bytes=50000000")])
            self.assertIn("larger than max_bytes", out)


SENTENCES = [
    "Maria Schmidt of the World Trade Organization met ministers in Geneva on 3 March 1997.",
    "The central bank in Frankfurt raised its main rate to 4.5 percent on Tuesday.",
    "Shares of Daimler-Benz rose 2.3 percent to 78.40 marks in early trade.",
    "Officials in Nairobi said the floods had cut the road to Mombasa for a week.",
    "Bill Clinton told reporters in Washington that the budget talks would resume.",
    "The company said profit for the year to June would reach $ 120 million.",
    "Police in Lima arrested three men after a raid on a warehouse near the port.",
    "Tokyo stocks ended lower as exporters fell on a firmer yen against the dollar.",
    "Striker Ronaldo scored twice as Barcelona beat Valencia 3-1 on Sunday.",
    "Heavy rain flooded the old harbour district of Hamburg overnight.",
    "The European Union agreed on 12 May 1996 to lift the ban on British beef exports.",
    "Analysts expected the merger of the two airlines to cost 2,500 jobs.",
]


# French and German articles for ReportLanguages (written for textkit).
FRENCH = ("Le conseil municipal de Lyon a voté mardi le budget des transports. "
          "Les élus ont décidé que les bus seraient gratuits pour les enfants, et le maire "
          "a dit que la ville paierait la moitié des travaux du tramway. ") * 3
GERMAN = ("Der Stadtrat von Köln hat am Dienstag den Haushalt für die Schulen beschlossen. "
          "Die Bürgermeisterin sagte, dass die Stadt neue Gebäude bauen und die alten "
          "Häuser renovieren werde, und die Eltern waren mit dem Plan zufrieden. ") * 3
JAPANESE = ("東京都は来年度の予算案を発表した。知事は記者会見で、防災と子育ての支援に力を"
            "入れると述べた。予算の総額は過去最大となる見込みで、議会では来月から審議が始まる。") * 3


@needs_shell
class ReportLanguages(unittest.TestCase):
    """Each document is read in its language (text_language()): a French
    or German article's stopwords are no terms and its words are stemmed by
    its own stemmer; the entity tagger, trained on English, reads English
    documents only; the first section lists the languages; the sharded
    report gives the same tables."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        corpus = os.path.join(cls.tmp.name, "corpus")
        for i in range(4):
            write(corpus, f"en{i}.txt", ARTICLE + f" Story {i}.")
        write(corpus, "fr.txt", FRENCH)
        write(corpus, "de.txt", GERMAN)
        write(corpus, "ja.txt", JAPANESE)
        cls.db = os.path.join(cls.tmp.name, "one.db")
        cls.rc, cls.out, cls.err = run_report(cls.db, corpus)
        cls.two = os.path.join(cls.tmp.name, "two.db")
        cls.run_two = make_report(corpus, cls.two, 2)
        cls.con = connect(cls.db)

    @classmethod
    def tearDownClass(cls):
        cls.con.close()
        cls.tmp.cleanup()

    def test_it_runs_cleanly(self):
        self.assertEqual((self.rc, self.err), (0, ""))
        self.assertEqual((self.run_two[0], self.run_two[2]), (0, ""))

    def test_each_document_has_its_language(self):
        rows = self.con.execute("SELECT d.name, s.lang FROM docs d JOIN doc_stats s ON s.doc_id = d.id "
                                "ORDER BY d.name").fetchall()
        self.assertEqual(rows, [("de.txt", "de"), ("en0.txt", "en"), ("en1.txt", "en"),
                                ("en2.txt", "en"), ("en3.txt", "en"), ("fr.txt", "fr"),
                                ("ja.txt", "ja")])

    def test_the_stopwords_of_each_language_are_no_terms(self):
        terms = {r[0] for r in self.con.execute("SELECT term FROM terms")}
        for word in ("les", "des", "que", "der", "die", "und", "dass", "the", "and"):
            self.assertNotIn(word, terms)
        # each language's own stemmer: French "transports" -> "transport",
        # German "Häuser" -> "haus", English "tariffs" -> "tariff"
        for stem in ("transport", "haus", "tariff"):
            self.assertIn(stem, terms)

    def test_key_phrases_are_read_in_the_document_language(self):
        phrases = [r[0].lower() for r in self.con.execute(
            "SELECT k.phrase FROM doc_keywords k JOIN docs d ON d.id = k.doc_id WHERE d.name = 'fr.txt'")]
        self.assertTrue(phrases)
        for phrase in phrases:
            self.assertFalse(set(phrase.split()) & {"les", "des", "la", "le", "que"}, phrase)

    def test_a_language_without_spaces_has_no_key_phrases(self):
        # keywords() would read Japanese as single characters ("で き ま す")
        by_name = dict(self.con.execute(
            "SELECT d.name, count(k.doc_id) FROM docs d LEFT JOIN doc_keywords k "
            "ON k.doc_id = d.id GROUP BY d.name").fetchall())
        self.assertEqual(by_name["ja.txt"], 0)
        self.assertGreater(by_name["fr.txt"], 0)
        self.assertGreater(by_name["en0.txt"], 0)

    def test_names_are_tagged_in_english_documents_only(self):
        by_lang = dict(self.con.execute(
            "SELECT s.lang, count(e.doc_id) FROM doc_stats s LEFT JOIN doc_entities e "
            "ON e.doc_id = s.doc_id AND e.source = 'model' GROUP BY s.lang").fetchall())
        self.assertGreater(by_lang["en"], 0)
        self.assertEqual((by_lang["fr"], by_lang["de"]), (0, 0))

    def test_the_first_section_lists_the_languages(self):
        section = self.out.split("== Content kept")[0]
        self.assertRegex(section, r"│ en +│ 4 +│")
        self.assertRegex(section, r"│ fr +│ 1 +│ .* │ lang=fr stem=french stopwords=french +│ not tagged")
        self.assertRegex(section, r"│ de +│ 1 +│ .* │ lang=de stem=german stopwords=german +│ not tagged.*│ yes +│")
        self.assertRegex(section, r"│ ja +│ 1 +│ .* │ stem=0 stopwords=0 +│ not tagged.*│ none: words not spaced +│")

    def test_an_english_corpus_prints_no_language_table(self):
        with tempfile.TemporaryDirectory() as tmp:
            write(os.path.join(tmp, "corpus"), "a.txt", ARTICLE)
            rc, out, err = run_report(os.path.join(tmp, "out.db"), os.path.join(tmp, "corpus"))
            self.assertEqual((rc, err), (0, ""))
            self.assertNotIn("terms_read_with", out)

    def test_the_sharded_report_gives_the_same_tables(self):
        other = sqlite3.connect(self.two)
        for table in ("doc_stats", "terms", "doc_keywords", "doc_entities"):
            self.assertEqual(table_rows(other, table), table_rows(self.con, table), table)
        other.close()


# Files of records (sql/report_records.sql): one document per record.
RECORDS_CSV = ("id,title,author,date,content\r\n"
               "1,Talks end in Geneva,Ann Lee,2014-02-07 10:00:00,\"" + PROSE + "\"\r\n"
               "2,\"Rain, then floods\",Bo Chen,\"Dec 31, 2016\",\"Heavy rain flooded the harbour.\n\n"
               "Officials said the \"\"worst\"\" was over.\"\r\n"
               "3,Headline only,Cy Diaz,2015-01-01,\r\n"
               "4,,Ed Fox,2015-01-03,\r\n"
               "5,Ragged,Di Eng,2015-01-02,\"Maria Schmidt of the World Trade Organization spoke.\",extra\r\n")


@needs_shell
class ReportRecords(unittest.TestCase):
    """A .csv, .tsv, .jsonl or .json file holds many documents: each
    record is one document, named file#record, its text from the field
    named text, body, content... (else the longest), its title first and
    its date as published; its other fields kept as JSON in docs.fields.
    Records that give no document are in skipped with the reason; a file
    with no text field is one document, as any other file; the sharded
    report gives the same tables."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        corpus = os.path.join(cls.tmp.name, "corpus")
        write(corpus, "news.csv", RECORDS_CSV)
        write(corpus, "semi.csv", "nr;titel;inhalt\n1;Bahn;\"" + GERMAN + "\"\n2;Rat;\"" + GERMAN[:200] + "\"\n")
        write(corpus, "numbers.csv", "a,b,c\n1,2,3\n4,5,6\n")
        write(corpus, "lines.jsonl", "\n".join([
            '{"headline": "Floods in Hamburg", "text": "' + SENTENCES[9] + '", "published_at": 1420070400}',
            "", "not json at all",
            '{"text": "' + SENTENCES[4] + '", "url": "http://example.com/a"}']) + "\n")
        write(corpus, "feed.json", '{"source": "wire", "articles": [{"body": "' + SENTENCES[0]
              + '"}, {"body": "' + SENTENCES[1] + '"}]}')
        write(corpus, "one.json", '{"title": "Lima", "text": "' + SENTENCES[6] + '"}')
        write(corpus, "noheader.csv", "1," + "\"" + ARTICLE + "\"\n2,\"" + PROSE * 2 + "\"\n")
        write(corpus, "plain.txt", ARTICLE)
        write(corpus, "web.jsonl", json.dumps({"title": "Geneva", "content": "<p>" + SENTENCES[0]
                                               + "</p><p><b>Bill Clinton</b> spoke.</p>"}) + "\n")
        cls.db = os.path.join(cls.tmp.name, "one.db")
        cls.rc, cls.out, cls.err = run_report(cls.db, corpus)
        cls.two = os.path.join(cls.tmp.name, "two.db")
        cls.run_two = make_report(corpus, cls.two, 2)
        cls.con = connect(cls.db)

    @classmethod
    def tearDownClass(cls):
        cls.con.close()
        cls.tmp.cleanup()

    def docs(self, like):
        return self.con.execute("SELECT name, raw, published, fields FROM docs WHERE name LIKE ? "
                                "ORDER BY id", (like,)).fetchall()

    def test_it_runs_cleanly(self):
        self.assertEqual((self.rc, self.err), (0, ""))
        self.assertEqual((self.run_two[0], self.run_two[2]), (0, ""))

    def test_each_csv_record_is_a_document_with_title_date_and_fields(self):
        rows = self.docs("news.csv#%")
        self.assertEqual([r[0] for r in rows], ["news.csv#1", "news.csv#2", "news.csv#3", "news.csv#5"])
        self.assertEqual(rows[2][1], "Headline only")
        name, raw, published, fields = rows[1]
        # a quoted title with a comma, a doubled quote and a blank line kept
        self.assertEqual(raw, 'Rain, then floods\n\nHeavy rain flooded the harbour.\n\n'
                              'Officials said the "worst" was over.')
        self.assertEqual(published, "2016-12-31")  # "Dec 31, 2016", read by entities()
        self.assertEqual(rows[0][2], "2014-02-07")
        self.assertEqual(json.loads(fields), {"id": "2", "title": "Rain, then floods",
                                              "author": "Bo Chen", "date": "Dec 31, 2016"})

    def test_a_record_without_text_is_skipped_with_its_reason(self):
        skipped = dict(self.con.execute("SELECT name, reason FROM skipped").fetchall())
        self.assertEqual(skipped["news.csv#4"], "record: no text in its text and title fields")
        self.assertEqual(skipped["lines.jsonl#2"], "record: not a JSON object")

    def test_a_ragged_record_is_kept_and_counted(self):
        self.assertIn("Maria Schmidt", self.docs("news.csv#5")[0][1])
        problem = self.con.execute("SELECT value FROM report_info "
                                   "WHERE key = 'records read with a problem'").fetchone()[0]
        self.assertEqual(problem, "1 (first: news.csv#5: 6 fields, the header has 5)")
        self.assertIn("records_read_with_a_problem", self.out)

    def test_the_separator_and_the_text_field_are_found(self):
        rows = self.docs("semi.csv#%")
        self.assertEqual(len(rows), 2)
        self.assertEqual(rows[0][1], GERMAN)  # "inhalt": the longest field
        self.assertEqual(json.loads(rows[0][3]), {"nr": "1", "titel": "Bahn"})

    def test_a_table_without_text_is_one_document(self):
        self.assertEqual(self.docs("numbers.csv"), [("numbers.csv", "a,b,c\n1,2,3\n4,5,6\n", None, None)])

    def test_json_lines_array_and_object_files(self):
        lines = self.docs("lines.jsonl#%")
        self.assertEqual([r[0] for r in lines], ["lines.jsonl#1", "lines.jsonl#3"])
        self.assertEqual(lines[0][1], "Floods in Hamburg\n\n" + SENTENCES[9])
        self.assertEqual(lines[0][2], "2015-01-01")  # Unix seconds
        self.assertEqual(json.loads(lines[1][3]), {"url": "http://example.com/a"})
        self.assertEqual([r[1] for r in self.docs("feed.json#%")], [SENTENCES[0], SENTENCES[1]])
        self.assertEqual([r[1] for r in self.docs("one.json#%")], ["Lima\n\n" + SENTENCES[6]])

    def test_an_html_record_is_read_as_text(self):
        self.assertEqual(self.docs("web.jsonl#1")[0][1],
                         "Geneva\n\n" + SENTENCES[0] + "\n\nBill Clinton spoke.")

    def test_a_csv_without_header_reads_its_long_column(self):
        rows = self.docs("noheader.csv#%")
        self.assertEqual([r[1] for r in rows], [ARTICLE, PROSE * 2])
        self.assertEqual(json.loads(rows[0][3]), ["1"])

    def test_plain_files_are_unchanged_and_ids_follow_the_records(self):
        self.assertEqual(self.docs("plain.txt"), [("plain.txt", ARTICLE, None, None)])
        names = [r[0] for r in self.con.execute("SELECT name FROM docs ORDER BY id")]
        self.assertEqual(names.index("news.csv#5") - names.index("news.csv#1"), 3)

    def test_the_first_section_says_what_was_read(self):
        section = self.out.split("== Content kept")[0]
        self.assertRegex(section, r"│ news\.csv +│ 5 records; text: content; title: title; date: date +│")
        self.assertRegex(section, r"│ noheader\.csv +│ 2 records; text: column 2 +│")
        self.assertRegex(section, r"│ lines\.jsonl +│ 3 records; text: text; title: headline; date: published_at +│")

    def test_the_sharded_report_gives_the_same_tables(self):
        other = sqlite3.connect(self.two)
        for table in ("docs", "skipped", "doc_stats", "terms", "doc_keywords", "doc_entities"):
            self.assertEqual(table_rows(other, table), table_rows(self.con, table), table)
        other.close()

    def test_the_fields_to_read_can_be_named(self):
        with tempfile.TemporaryDirectory() as tmp:
            corpus = os.path.join(tmp, "corpus")
            write(corpus, "news.csv", "id,headline_text,summary,body_html,when\n"
                  "1,Floods in Hamburg,Short summary of the floods in the harbour of Hamburg.,"
                  "\"<p>" + SENTENCES[9] + "</p><p>" + PROSE + "</p>\",12/31/2016\n")
            db = os.path.join(tmp, "out.db")
            # by the rules: not "summary" but the field twice as long
            for jobs, extra, raw, published in [
                    (1, (), SENTENCES[9] + "\n\n" + PROSE.strip(), None),
                    (2, ("TEXT_FIELD=summary", "TITLE_FIELD=Headline_Text", "DATE_FIELD=when"),
                     "Floods in Hamburg\n\nShort summary of the floods in the harbour of Hamburg.",
                     "2016-12-31")]:
                rc, out, err = make_report(corpus, db, jobs, extra)
                self.assertEqual((rc, err), (0, ""))
                con = connect(db)
                self.assertEqual(con.execute("SELECT raw, published FROM docs").fetchall(), [(raw, published)])
                con.close()
            self.assertRegex(out, r"│ news\.csv +│ 1 record; text: summary; title: headline_text; date: when +│")

    def test_field_names_are_read_without_case_and_underscores(self):
        with tempfile.TemporaryDirectory() as tmp:
            corpus = os.path.join(tmp, "corpus")
            write(corpus, "reviews.jsonl", "".join(json.dumps(
                {"reviewerID": f"A{i}", "summary": "Great kettle", "reviewText": SENTENCES[i],
                 "created_utc": 1420070400}) + "\n" for i in range(3)))
            rc, out, err = run_report(os.path.join(tmp, "out.db"), corpus)
            self.assertEqual((rc, err), (0, ""))
            con = connect(os.path.join(tmp, "out.db"))
            self.assertEqual(con.execute("SELECT raw, published FROM docs ORDER BY id").fetchall(),
                             [(SENTENCES[i], "2015-01-01") for i in range(3)])
            self.assertRegex(out, r"│ reviews\.jsonl +│ 3 records; text: reviewText; date: created_utc +│")

    def test_a_file_over_1_gb_is_skipped_unread(self):
        with tempfile.TemporaryDirectory() as tmp:
            corpus = os.path.join(tmp, "corpus")
            write(corpus, "small.txt", PROSE)
            with open(os.path.join(corpus, "dump.sql"), "wb") as f:
                f.truncate(1_100_000_000)  # sparse: no disk used, and never read
            rc, out, err = make_report(corpus, os.path.join(tmp, "out.db"), 1)
            self.assertEqual((rc, err), (0, ""))
            con = connect(os.path.join(tmp, "out.db"))
            self.assertEqual(con.execute("SELECT name, bytes, reason FROM skipped").fetchall(),
                             [("dump.sql", 1_100_000_000, "larger than 1 GB, the most SQLite reads "
                               "as one value: split it first (split -C)")])
            self.assertEqual(con.execute("SELECT name FROM docs").fetchall(), [("small.txt",)])


def write_sharding_corpus(folder, n=60):
    """n small articles from a fixed pool of sentences (names, places,
    dates, amounts), a few near-copies and shared passages, a Latin-1 file
    and a binary one: every table of the report gets rows."""
    rng = random.Random(20260)
    for i in range(n - 6):
        body = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(3, 9)))
        write(folder, f"wire/{i % 4}/story{i:02d}.txt", f"Story {i} word{i}x.\n\n{body}\n")
    for i in range(4):
        write(folder, f"copies/copy{i}.txt", ARTICLE.replace("forty", f"forty-{i}", 1))
    write(folder, "intl/latin1.txt", ("The caf\xe9 in Z\xfcrich opened again " * 8).encode("latin-1"))
    write(folder, "bin/image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(folder, "web/page.html", PAGE)


def make_report(corpus, db, jobs, extra=()):
    """`make report` with JOBS=jobs (None: make's default) and the extra
    VAR=value arguments on this test's library (the build step itself is
    skipped); (returncode, stdout, stderr)."""
    cmd = ["make", "-s", "--no-print-directory", "-o", "all", "report", f"CORPUS={corpus}",
           f"OUT={db}", f"LIB={LIB}"] + ([] if jobs is None else [f"JOBS={jobs}"]) + list(extra)
    proc = subprocess.run(cmd, capture_output=True, timeout=300, cwd=ROOT)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def table_rows(con, table):
    """The rows of a table, sorted, with floats rounded to 9 places (sums
    of the same numbers in another order may differ in the last bits)."""
    rows = con.execute(f'SELECT * FROM "{table}"').fetchall()
    return sorted((tuple(round(v, 9) if isinstance(v, float) else v for v in r) for r in rows),
                  key=repr)


@needs_shell
class ReportOnEveryCore(unittest.TestCase):
    """make report JOBS=3 (three shards, merged), and make report with the
    default JOBS (the number of cores), give the tables and the printed
    report of JOBS=1 (sql/report.sql in one process)."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        corpus = os.path.join(cls.tmp.name, "corpus")
        write_sharding_corpus(corpus)
        cls.one, cls.three = os.path.join(cls.tmp.name, "one.db"), os.path.join(cls.tmp.name, "three.db")
        cls.run_one = make_report(corpus, cls.one, 1)
        cls.run_three = make_report(corpus, cls.three, 3)
        cls.default = os.path.join(cls.tmp.name, "default.db")
        cls.run_default = make_report(corpus, cls.default, None)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_both_run_cleanly_and_print_the_same_report(self):
        self.assertEqual((self.run_one[0], self.run_one[2]), (0, ""))
        one = self.run_one[1].replace(self.one, "OUT")
        self.assertIn("== Near-duplicates", one)
        for run, db in ((self.run_three, self.three), (self.run_default, self.default)):
            self.assertEqual((run[0], run[2]), (0, ""), db)
            self.assertEqual(run[1].replace(db, "OUT"), one, db)

    def test_the_default_jobs_is_the_number_of_cores(self):
        out = subprocess.run(["make", "-s", "--no-print-directory", "--eval", "show-jobs: ; @echo $(JOBS)",
                              "show-jobs"], capture_output=True, text=True, cwd=ROOT).stdout
        self.assertEqual(out.strip(), str(len(os.sched_getaffinity(0))))

    def test_every_table_has_the_same_rows(self):
        for db in (self.three, self.default):
            with self.subTest(db=db):
                self.assert_same_tables(self.one, db)

    def assert_same_tables(self, one, other):
        """Every table of other has one's schema and rows."""
        a, b = sqlite3.connect(one), sqlite3.connect(other)
        schema = "SELECT type, name, tbl_name, replace(replace(sql, ' ', ''), char(10), '') " \
                 "FROM sqlite_schema WHERE name NOT LIKE 'sqlite_autoindex%' ORDER BY name"
        self.assertEqual(b.execute(schema).fetchall(), a.execute(schema).fetchall())
        tables = [r[0] for r in a.execute("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                          "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
        self.assertIn("doc_keywords", tables)
        for table in tables:
            rows = table_rows(a, table)
            if table == "report_info":  # the start and end times differ
                rows = [r for r in rows if r[0] not in ("started", "finished")]
                self.assertEqual([r for r in table_rows(b, table) if r[0] not in ("started", "finished")],
                                 rows)
                continue
            self.assertEqual(table_rows(b, table), rows, table)
            if table in ("docs", "doc_stats", "terms", "doc_keywords", "doc_entities", "lsh",
                         "candidate_pairs", "near_duplicates"):
                self.assertGreater(len(rows), 0, table)
        a.close()
        b.close()

    def test_terms_are_summed_across_shards_and_idf_is_the_corpus_one(self):
        con = connect(self.three)
        self.assertEqual(con.execute("SELECT df FROM terms WHERE term = 'geneva'").fetchone(),
                         con.execute("SELECT count(*) FROM docs WHERE body LIKE '%Geneva%'").fetchone())
        # 54 stories, 4 copies, the Latin-1 file and the web page; the PNG
        # is skipped
        self.assertEqual(con.execute("SELECT count(*) FROM docs").fetchone(), (60,))
        self.assertEqual(con.execute("SELECT count(*) FROM terms "
                                     "WHERE abs(idf - (ln((60 + 1.0) / (df + 1)) + 1)) > 1e-12").fetchone(), (0,))
        con.close()

    def test_the_shard_databases_are_removed(self):
        self.assertEqual([f for f in os.listdir(self.tmp.name) if ".shard" in f], [])

    def test_a_bad_jobs_value_is_refused(self):
        for jobs in ("0", "two", ""):
            rc, out, err = make_report(os.path.join(self.tmp.name, "corpus"),
                                       os.path.join(self.tmp.name, "bad.db"), jobs)
            self.assertNotEqual(rc, 0, jobs)
            self.assertIn("JOBS must be a whole number", out)

    def test_a_failing_step_fails_the_sharded_report(self):
        with tempfile.TemporaryDirectory() as tmp:
            os.makedirs(os.path.join(tmp, "corpus"))
            write(os.path.join(tmp, "corpus"), "zero.txt", b"")
            rc, out, err = make_report(os.path.join(tmp, "corpus"), os.path.join(tmp, "out.db"), 2)
            self.assertNotEqual(rc, 0)
            self.assertIn("report: the corpus folder has no text file", err)
            self.assertNotIn("== Corpus", out)
            self.assertEqual([f for f in os.listdir(tmp) if ".shard" in f], [])


@needs_shell
class ShardingRecipe(unittest.TestCase):
    """The recipe of docs/report.md ("Your own scripts, sharded the same
    way"), run as written: two shard processes, then the merge, give the
    rows and the term counts of the same queries in one database."""

    def test_the_merged_shards_equal_one_database(self):
        text = open(os.path.join(ROOT, "docs", "report.md"), encoding="utf-8").read()
        part = text[text.index("**Your own scripts, sharded the same way.**"):]
        shards = re.search(r"```sh\n(.*?)```", part, re.S).group(1)
        merge = re.search(r"```sql\n(.*?)```", part, re.S).group(1)
        load = os.path.splitext(LIB)[0]
        with tempfile.TemporaryDirectory() as tmp:
            con = sqlite3.connect(os.path.join(tmp, "corpus.db"))
            con.execute("CREATE TABLE docs(id INTEGER PRIMARY KEY, name TEXT, body TEXT)")
            rng = random.Random(7)
            con.executemany("INSERT INTO docs VALUES (?, ?, ?)",
                            [(i, f"d{i}", " ".join(rng.choice(SENTENCES) for _ in range(4))) for i in range(1, 31)])
            con.commit()
            con.close()
            run = subprocess.run(["bash", "-c", shards.replace("dist/textkit", load)], cwd=tmp,
                                 capture_output=True, timeout=120)
            self.assertEqual((run.returncode, run.stderr), (0, b""))
            for k in (0, 1):
                run = subprocess.run(["sqlite3", "-batch", "-bail", "corpus.db"], cwd=tmp, capture_output=True,
                                     input=merge.replace("part0.db", f"part{k}.db").encode(), timeout=120)
                self.assertEqual((run.returncode, run.stderr), (0, b""))
            merged = "SELECT doc_id, type, entity, count(*) FROM ents GROUP BY 1, 2, 3"
            direct = "SELECT d.id, e.type, e.entity, count(*) FROM docs d, entities(d.body) e GROUP BY 1, 2, 3"
            check = ("SELECT count(*) FROM ents; "
                     f"SELECT count(*) FROM ({merged} EXCEPT {direct}); "
                     f"SELECT count(*) FROM ({direct} EXCEPT {merged}); "
                     "SELECT count(*) FROM counts; "
                     "SELECT count(*) FROM (SELECT term, n FROM counts EXCEPT "
                     "SELECT t.norm, count(*) FROM docs d, tokens(d.body) t GROUP BY 1); ")
            run = subprocess.run(["sqlite3", "-batch", "corpus.db", "-cmd", f".load {load}"], cwd=tmp,
                                 input=check.encode(), capture_output=True, timeout=120)
            ents, extra, missing, terms, wrong = map(int, run.stdout.split())
            self.assertGreater(ents, 30)
            self.assertGreater(terms, 30)
            self.assertEqual((extra, missing, wrong), (0, 0, 0))


@needs_shell
class LoadingRecipe(unittest.TestCase):
    """The recipe of docs/corpus.md, run as written, on the sample (whose
    text has curly quotes and a rupee sign before its last entities)."""

    def recipe(self):
        text = open(os.path.join(ROOT, "docs", "corpus.md"), encoding="utf-8").read()
        m = re.search(r"(CREATE TABLE docs\(.*?ORDER BY name;)", text, re.S)
        self.assertIsNotNone(m, "docs/corpus.md has no loading recipe")
        return m.group(1)

    def shell(self, sql):
        proc = subprocess.run(["sqlite3", "-batch", ":memory:", "-cmd", f".load {os.path.splitext(LIB)[0]}"],
                              input=sql.encode(), capture_output=True, cwd=ROOT, timeout=120)
        self.assertEqual(proc.stderr, b"")
        return proc.stdout.decode().split()

    def test_recipe_gives_text_and_exact_spans(self):
        check = ("SELECT count(*), sum(typeof(body) = 'text') FROM docs;"
                 "SELECT count(*), sum(substr(d.body, e.start, e.length) = e.entity), "
                 "sum(e.start > instr(d.body, char(8217)) AND instr(d.body, char(8217)) > 0) "
                 "FROM docs d, entities(d.body) e;")
        docs, spans = self.shell(self.recipe() + "\n" + check)
        self.assertEqual(docs, "3|3")
        total, exact, after_non_ascii = map(int, spans.split("|"))
        self.assertEqual(exact, total)
        self.assertGreater(after_non_ascii, 0)

    def test_without_cast_the_spans_would_drift(self):
        blob = self.recipe().replace("CAST(readfile(name) AS TEXT)", "readfile(name)")
        check = ("SELECT sum(substr(d.body, e.start, e.length) <> e.entity) "
                 "FROM docs d, entities(d.body) e;")
        drift, = self.shell(blob + "\n" + check)
        self.assertGreater(int(drift), 0)


if __name__ == "__main__":
    main()
