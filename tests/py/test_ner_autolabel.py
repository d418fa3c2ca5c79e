"""test_ner_autolabel.py -- ext/tools/ner_autolabel.c, the labeller of
`make model NER_SELFTRAIN=1` (docs/ner.md, "Self-training"), run with the
committed model on small texts: what it writes is CoNLL that ner_train
reads (IOB2 tags, one document per paragraph with a kept sentence), every
capitalized token but a sentence's first is inside an entity, nothing
scoring under --min-score is kept, it stops at --sentences, the same input
gives the same bytes, and bad input (invalid UTF-8, empty lines, short
lines, no input, a missing model, bad arguments) gives a defined result.
The tool is built by `make test` (a prerequisite)."""
import os
import subprocess
import tempfile
import unittest

from tk_harness import ROOT, main

TOOL = os.path.join(ROOT, "build", "release", "tools", "ner_autolabel")
MODEL = os.path.join(ROOT, "ext", "core", "ner", "model", "ner-conll2003.bin")

PARAGRAPHS = [
    "U.S. Defense Secretary Chuck Hagel met Sergei Shoigu in Moscow to talk about the war . "
    "Shoigu said later that the talks in Moscow had gone well for both sides .",
    "Chelsea beat Arsenal in London and then travelled to Madrid for the final .",
    "the weather was fine and nobody said anything at all about it today .",
    "Short line .",
]


def run(text, *args, model=MODEL):
    """(exit code, CoNLL text written, stdout) of the tool on text."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "auto.txt")
        proc = subprocess.run([TOOL, "--model", model, "--out", out, "--every", "1", *args],
                              input=text, capture_output=True, timeout=60)
        written = open(out, "rb").read().decode("utf-8") if os.path.exists(out) else None
        return proc.returncode, written, proc.stdout.decode("utf-8", "replace")


def sentences(conll):
    """The written sentences as lists of (word, tag), by document."""
    docs = []
    for block in conll.split("\n\n"):
        lines = [line for line in block.split("\n") if line]
        if not lines:
            continue
        if lines[0].startswith("-DOCSTART-"):
            docs.append([])
            continue
        docs[-1].append([tuple(line.rsplit(" ", 1)) for line in lines])
    return docs


class AutoLabel(unittest.TestCase):
    def test_written_conll(self):
        code, conll, _ = run("\n".join(PARAGRAPHS).encode("utf-8"), "--min-score", "0.5")
        self.assertEqual(code, 0)
        docs = sentences(conll)
        self.assertTrue(docs, conll)
        words = set()
        for doc in docs:
            self.assertTrue(doc)  # a document has a kept sentence
            for sent in doc:
                tags = [tag for _, tag in sent]
                self.assertTrue(any(tag != "O" for tag in tags))
                for k, (word, tag) in enumerate(sent):
                    words.add(word)
                    self.assertRegex(tag, r"^(O|[BI]-(PER|ORG|LOC|MISC))$")
                    if tag.startswith("I-"):  # IOB2: I continues its type
                        self.assertEqual(tags[k - 1][2:], tag[2:])
                    if k > 0 and word[0].isupper():
                        self.assertNotEqual(tag, "O", sent)
        self.assertIn("Moscow", words)
        self.assertNotIn("weather", words)  # no entity: not kept
        self.assertNotIn("Short", words)  # under 8 words: skipped

    def test_min_score_above_one_keeps_nothing(self):
        code, conll, stdout = run("\n".join(PARAGRAPHS).encode("utf-8"), "--min-score", "1.01")
        self.assertEqual((code, conll), (0, ""))
        self.assertIn("0 sentences kept", stdout)

    def test_stops_at_sentences(self):
        text = "\n".join(PARAGRAPHS[1:2] * 5).encode("utf-8")
        code, conll, _ = run(text, "--min-score", "0.5", "--sentences", "2")
        self.assertEqual(code, 0)
        self.assertEqual(sum(len(doc) for doc in sentences(conll)), 2)

    def test_deterministic(self):
        text = "\n".join(PARAGRAPHS).encode("utf-8")
        self.assertEqual(run(text, "--min-score", "0.5"), run(text, "--min-score", "0.5"))

    def test_bad_input(self):
        for text in [b"", b"\n\n\n", b"\xff\xfe Moscow \xc3 London Paris Berlin Rome Madrid Oslo .",
                     b"\x00" * 100, ("Moscow " * 5000).encode("utf-8")]:
            code, conll, _ = run(text, "--min-score", "0.5")
            self.assertEqual(code, 0, text[:20])
            self.assertIsNotNone(conll)
        self.assertEqual(run(b"x", model="/nonexistent/model.bin")[0], 1)
        not_a_model = os.path.join(ROOT, "Makefile")
        self.assertEqual(run(b"x", model=not_a_model)[0], 1)
        proc = subprocess.run([TOOL, "--out", "/dev/null"], capture_output=True, timeout=60)
        self.assertEqual(proc.returncode, 2)


if __name__ == "__main__":
    main()
