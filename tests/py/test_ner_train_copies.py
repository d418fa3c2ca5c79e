"""test_ner_train_copies.py -- `ner_train --sentence-share P` (docs/ner.md,
"One-sentence documents in training"), `--org-share P --org-names
FILE` ("Brand names as organizations") and `--eastasia-share P` ("East
Asian names") and `--orders K` (the mean of K shuffle orders, "Training"),
run on a small CoNLL file: with
P = 100 each sentence but the first of every document becomes a document
of its own (the counts ner_train prints), adding no entity phrase; P = 0
writes the same bytes as no option; the same input gives the same bytes;
a share outside 0..100 (or K outside 1..16) is a usage error, and a
document of invalid UTF-8 trains without a crash.  The tool is built by `make test` (a
prerequisite); the copies' text and gold spans are checked by
tests/unit/test_ner_sentences.c."""
import os
import re
import subprocess
import tempfile
import unittest

from tk_harness import ROOT, main

TOOL = os.path.join(ROOT, "build", "release", "tools", "ner_train")

# a document of 3 sentences (headline, dateline, body) and one of 1
CONLL = """-DOCSTART- O

EU B-ORG
rejects O
German B-MISC
call O

LONDON B-LOC
1996-08-30 O

Peter B-PER
Blackburn I-PER
met O
Werner B-PER
Zwingmann I-PER
in O
Brussels B-LOC
. O

-DOCSTART- O

Chelsea B-ORG
beat O
Arsenal B-ORG
in O
London B-LOC
. O

"""


def train(conll, *args):
    """(exit code, stdout, model bytes) of a 2-epoch run on conll."""
    with tempfile.TemporaryDirectory() as tmp:
        data, out = os.path.join(tmp, "train.txt"), os.path.join(tmp, "model.bin")
        with open(data, "wb") as f:
            f.write(conll)
        proc = subprocess.run([TOOL, "--train", data, "--dev", data, "--out", out,
                               "--epochs", "2", "--bits", "10", *args],
                              capture_output=True, timeout=120)
        model = open(out, "rb").read() if os.path.exists(out) else None
        return proc.returncode, proc.stdout.decode("utf-8", "replace"), model


def counts(stdout):
    """(one-sentence copies, documents, sentences, tokens, entity phrases)."""
    copies = re.search(r"(\d+) one-sentence", stdout)
    learn = re.search(r"train: (\d+) documents, (\d+) sentences, (\d+) tokens, "
                      r"(\d+) entity phrases", stdout)
    return (int(copies.group(1)), *map(int, learn.groups()))


class SentenceShare(unittest.TestCase):
    def test_every_sentence_but_the_first(self):
        code, stdout, _ = train(CONLL.encode("utf-8"), "--sentence-share", "100")
        self.assertEqual(code, 0, stdout)
        _, stdout0, _ = train(CONLL.encode("utf-8"))
        self.assertEqual(counts(stdout0)[:4], (0, 2, 4, 20))
        # the dateline (2 tokens) and the body (8) of the first document;
        # the second has one sentence: no copy
        self.assertEqual(counts(stdout)[:4], (2, 4, 6, 30))
        self.assertEqual(counts(stdout)[4], counts(stdout0)[4])  # no phrase added

    def test_share_zero_is_no_option_and_deterministic(self):
        data = CONLL.encode("utf-8")
        self.assertEqual(train(data, "--sentence-share", "0")[2], train(data)[2])
        run = train(data, "--sentence-share", "100")
        self.assertIsNotNone(run[2])
        self.assertEqual(run[2], train(data, "--sentence-share", "100")[2])

    def test_bad_input(self):
        data = CONLL.encode("utf-8")
        for share in ["101", "-1"]:
            code, _, model = train(data, "--sentence-share", share)
            self.assertEqual((code, model), (2, None), share)
        bad = CONLL.replace("Brussels", "Bru\udcffssels").encode("utf-8", "surrogateescape")
        code, stdout, model = train(bad + b"-DOCSTART- O\n\n", "--sentence-share", "100")
        self.assertEqual(code, 0, stdout)
        self.assertIsNotNone(model)
        self.assertEqual(counts(stdout)[0], 2)  # an empty document: no copy


def org_copies(stdout):
    """The organization-name copies ner_train printed."""
    return int(re.search(r"(\d+) with other organizations", stdout).group(1))


class OrgShare(unittest.TestCase):
    """`--org-share P --org-names FILE` (docs/ner.md, "Brand names as
    organizations"); the copies' text and spans: tests/unit/test_ner_names.c."""

    def names_file(self, text):
        f = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False)
        f.write(text)
        f.close()
        self.addCleanup(os.remove, f.name)
        return f.name

    def test_every_document_with_a_one_word_organization(self):
        names = self.names_file("Mercado Libre\nKlarna\n")
        data = CONLL.encode("utf-8")
        code, stdout, _ = train(data, "--org-share", "100", "--org-names", names)
        self.assertEqual(code, 0, stdout)
        _, stdout0, _ = train(data)
        # both documents have one (EU; Chelsea and Arsenal): two copies;
        # "EU" and "Arsenal" become "Mercado Libre", one token more each
        self.assertEqual(org_copies(stdout), 2)
        self.assertEqual(counts(stdout)[1:4], (4, 8, 20 + 14 + 1 + 6 + 1))
        self.assertEqual(counts(stdout)[4], counts(stdout0)[4])  # no phrase added

    def test_share_zero_is_no_option_and_deterministic(self):
        names = self.names_file("Klarna\n")
        data = CONLL.encode("utf-8")
        self.assertEqual(train(data, "--org-share", "0", "--org-names", names)[2],
                         train(data)[2])
        run = train(data, "--org-share", "100", "--org-names", names)
        self.assertIsNotNone(run[2])
        self.assertEqual(run[2], train(data, "--org-share", "100", "--org-names", names)[2])

    def test_bad_input(self):
        data = CONLL.encode("utf-8")
        names = self.names_file("Klarna\n")
        for args in (["--org-share", "101", "--org-names", names],
                     ["--org-share", "-1", "--org-names", names],
                     ["--org-share", "25"],
                     ["--org-share", "25", "--org-names", self.names_file("\n")],
                     ["--org-share", "25", "--org-names", "/nonexistent/names.txt"]):
            code, _, model = train(data, *args)
            self.assertEqual((code, model), (2, None), args)


def eastasia_copies(stdout):
    """The East Asian name copies ner_train printed."""
    return int(re.search(r"(\d+) with East Asian names", stdout).group(1))


class EastAsiaShare(unittest.TestCase):
    """`--eastasia-share P` (docs/ner.md, "East Asian names"); the copies'
    text and spans: tests/unit/test_ner_eastasia.c."""

    def test_every_document_with_a_full_name(self):
        data = CONLL.encode("utf-8")
        code, stdout, _ = train(data, "--eastasia-share", "100")
        self.assertEqual(code, 0, stdout)
        _, stdout0, _ = train(data)
        # only the first document names people of two words: one copy,
        # "Peter Blackburn" -> "Kim Jae-un", "Werner Zwingmann" -> "Lee Jae
        # Yeol" (one token more)
        self.assertEqual(eastasia_copies(stdout), 1)
        self.assertEqual(counts(stdout)[1:4], (3, 7, 20 + 14 + 1))
        self.assertEqual(counts(stdout)[4], counts(stdout0)[4])  # no phrase added

    def test_share_zero_is_no_option_and_deterministic(self):
        data = CONLL.encode("utf-8")
        self.assertEqual(train(data, "--eastasia-share", "0")[2], train(data)[2])
        run = train(data, "--eastasia-share", "100")
        self.assertIsNotNone(run[2])
        self.assertNotEqual(run[2], train(data)[2])
        self.assertEqual(run[2], train(data, "--eastasia-share", "100")[2])

    def test_bad_input(self):
        data = CONLL.encode("utf-8")
        for share in ["101", "-1"]:
            code, _, model = train(data, "--eastasia-share", share)
            self.assertEqual((code, model), (2, None), share)
        bad = CONLL.replace("Blackburn", "Black\udcffburn").encode("utf-8", "surrogateescape")
        code, stdout, model = train(bad, "--eastasia-share", "100")
        self.assertEqual(code, 0, stdout)
        self.assertIsNotNone(model)
        self.assertEqual(eastasia_copies(stdout), 1)



class Orders(unittest.TestCase):
    """`--orders K`: K shuffle orders trained one after the other, their
    weights averaged into the model."""

    def test_one_order_is_no_option_and_more_are_deterministic(self):
        data = CONLL.encode("utf-8")
        self.assertEqual(train(data, "--orders", "1")[2], train(data)[2])
        code, stdout, model = train(data, "--orders", "3")
        self.assertEqual(code, 0, stdout)
        self.assertEqual(stdout.count("order 2 of 3"), 1)
        self.assertEqual(stdout.count("order 3 of 3"), 1)
        self.assertEqual(len(model), len(train(data)[2]))
        self.assertEqual(model, train(data, "--orders", "3")[2])
        for final in (["--final", "1"], []):
            self.assertEqual(train(data, "--orders", "2", *final)[0], 0)

    def test_bad_input(self):
        data = CONLL.encode("utf-8")
        for k in ["0", "17", "-1", "x"]:
            code, _, model = train(data, "--orders", k)
            self.assertEqual((code, model), (2, None), k)


if __name__ == "__main__":
    main()
