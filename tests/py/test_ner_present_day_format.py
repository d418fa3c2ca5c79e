"""test_ner_present_day_format.py -- tests/data/ner_present_day.tsv, the
present-day NER test set scored by `make eval`, is well-formed: every line
parses with the reader ext/tools/ner_eval.py uses (known shape and type,
balanced brackets, non-empty surfaces without edge spaces), spans do not
overlap, and the set keeps its size.  Scores are not checked here; they
belong to `make eval`.  The reader itself must reject malformed lines."""
import os
import unittest

from tk_harness import ROOT, load_module, main

DATA = os.path.join(ROOT, "tests", "data", "ner_present_day.tsv")
NER_EVAL = load_module("ner_eval", "ext/tools/ner_eval.py")


class PresentDayFormat(unittest.TestCase):
    def setUp(self):
        self.sentences = list(NER_EVAL.present_day_documents(DATA))

    def test_size(self):
        self.assertGreaterEqual(len(self.sentences), 120)
        self.assertGreaterEqual(sum(len(g) for _, _, g in self.sentences), 350)

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
