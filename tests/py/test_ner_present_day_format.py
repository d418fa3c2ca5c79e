"""test_ner_present_day_format.py -- the present-day NER sets scored by
`make eval`, tests/data/ner_present_day_dev.tsv (DEV: settings may be
chosen on it) and tests/data/ner_present_day.tsv (TEST: never chosen on),
are well-formed: every line parses with the reader ext/tools/ner_eval.py
uses (known shape and type, balanced brackets, non-empty surfaces without
edge spaces), spans do not overlap, and each set keeps its size.  The DEV
set stays independent of the TEST set (no shared sentence, under 10% of
its entity surfaces also TEST surfaces) and keeps the TEST set's mix of
sentence shapes.  Scores are not checked here; they belong to `make eval`.
The reader itself must reject malformed lines."""
import collections
import os
import unittest

from tk_harness import ROOT, load_module, main

TEST_SET = os.path.join(ROOT, "tests", "data", "ner_present_day.tsv")
DEV_SET = os.path.join(ROOT, "tests", "data", "ner_present_day_dev.tsv")
NER_EVAL = load_module("ner_eval", "ext/tools/ner_eval.py")


def read_set(path):
    """The (shape, text, gold) sentences of one present-day set."""
    return list(NER_EVAL.present_day_documents(path))


def surfaces(sentences):
    """The entity surfaces of sentences, one per gold span, lower-cased."""
    return [text[start:end].lower() for _, text, gold in sentences for start, end, _ in gold]


class SetChecks:
    """The checks every present-day set passes; a subclass that is also a
    TestCase names PATH, MIN_SENTENCES and MIN_ENTITIES."""

    def setUp(self):
        self.sentences = read_set(self.PATH)

    def test_size(self):
        self.assertGreaterEqual(len(self.sentences), self.MIN_SENTENCES)
        self.assertGreaterEqual(sum(len(g) for _, _, g in self.sentences), self.MIN_ENTITIES)

    def test_every_type_and_shape_present(self):
        types = {t for _, _, gold in self.sentences for _, _, t in gold}
        self.assertEqual(types, set(NER_EVAL.TYPES.values()))
        shapes = {shape for shape, _, _ in self.sentences}
        self.assertEqual(shapes, set(NER_EVAL.SHAPES))

    def test_spans_are_clean_and_disjoint(self):
        for _, text, gold in self.sentences:
            last_end = 0
            for start, end, etype in gold:
                surface = text[start:end]
                self.assertTrue(surface.strip(), text)
                self.assertEqual(surface, surface.strip(), text)
                self.assertGreaterEqual(start, last_end, text)
                self.assertIn(etype, NER_EVAL.TYPES.values())
                last_end = end

    def test_no_duplicate_sentences(self):
        texts = [text for _, text, _ in self.sentences]
        self.assertEqual(len(texts), len(set(texts)))


class TestSetFormat(SetChecks, unittest.TestCase):
    PATH, MIN_SENTENCES, MIN_ENTITIES = TEST_SET, 120, 350


class DevSetFormat(SetChecks, unittest.TestCase):
    PATH, MIN_SENTENCES, MIN_ENTITIES = DEV_SET, 200, 550

    def setUp(self):
        super().setUp()
        self.test_sentences = read_set(TEST_SET)

    def test_no_sentence_of_the_test_set(self):
        shared = {t for _, t, _ in self.sentences} & {t for _, t, _ in self.test_sentences}
        self.assertEqual(shared, set())

    def test_few_surfaces_of_the_test_set(self):
        dev, test = surfaces(self.sentences), set(surfaces(self.test_sentences))
        shared_mentions = sum(1 for s in dev if s in test)
        self.assertLess(shared_mentions / len(dev), 0.10)
        self.assertLess(len(set(dev) & test) / len(set(dev)), 0.10)

    def test_mix_of_shapes_like_the_test_set(self):
        dev = collections.Counter(shape for shape, _, _ in self.sentences)
        test = collections.Counter(shape for shape, _, _ in self.test_sentences)
        for shape in NER_EVAL.SHAPES:
            with self.subTest(shape=shape):
                dev_share = dev[shape] / len(self.sentences)
                test_share = test[shape] / len(self.test_sentences)
                self.assertLess(abs(dev_share - test_share), test_share / 2)


class Reader(unittest.TestCase):
    def test_offsets_of_a_known_line(self):
        shape, text, gold = NER_EVAL.parse_present_day_line(
            "news\t[PER Ursula von der Leyen] met [LOC Kyiv]'s mayor.")
        self.assertEqual(shape, "news")
        self.assertEqual(text, "Ursula von der Leyen met Kyiv's mayor.")
        self.assertEqual(gold, [(0, 20, "PERSON"), (25, 29, "LOC")])

    def test_malformed_lines_are_rejected(self):
        bad = [
            "",                                   # no shape
            "[PER Elon Musk] said",               # no shape column
            "opinion\t[PER Elon Musk] said",      # unknown shape
            "news\t[PERSON Elon Musk] said",      # unknown type
            "news\t[per Elon Musk] said",         # lower-case type
            "news\t[PER ] said",                  # empty surface
            "news\t[PER  Elon Musk] said",        # space-edged surface
            "news\t[PER Elon Musk said",          # unclosed
            "news\tElon Musk] said",              # stray closing bracket
            "news\t[ORG [PER Elon] Inc] said",    # nested
            "news\t[PERElon] said",               # no space after type
            "news\t   ",                          # empty sentence
        ]
        for line in bad:
            with self.subTest(line=line):
                with self.assertRaises(ValueError):
                    NER_EVAL.parse_present_day_line(line)


if __name__ == "__main__":
    main()
