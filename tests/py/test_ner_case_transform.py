"""test_ner_case_transform.py -- the case rewrites of `ner_eval.py --case`
(the rules ext/tools/ner_case.h applies to the training copies): Title
Case headline style keeps the short function words and the connectors
between capitalized words lower-case and all-caps sentences as they are;
lower-case lowers ASCII letters only; headline rewrites only the first
sentence in Title Case; none changes a text's length, so
the gold spans stay where they were."""
import unittest

from tk_harness import load_module, main

NER_EVAL = load_module("ner_eval", "ext/tools/ner_eval.py")


class CaseTransform(unittest.TestCase):
    def test_headline(self):
        self.assertEqual(
            NER_EVAL.case_transform(
                "the talks with Ursula von der Leyen ended in a deal on trade", "title"),
            "The Talks With Ursula von der Leyen Ended in a Deal on Trade")

    def test_connector_needs_capitalized_neighbours(self):
        # "de" between lower-case words is an ordinary word of the headline
        self.assertEqual(NER_EVAL.case_transform("a de facto ban", "title"),
                         "A De Facto Ban")
        self.assertEqual(NER_EVAL.case_transform("Charles de Gaulle airport", "title"),
                         "Charles de Gaulle Airport")

    def test_sentences_apart_and_all_caps_kept(self):
        self.assertEqual(
            NER_EVAL.case_transform("SOCCER - JAPAN WIN\nof the U.S. team", "title"),
            "SOCCER - JAPAN WIN\nOf the U.S. Team")

    def test_lower(self):
        self.assertEqual(NER_EVAL.case_transform("Chuck Hagel met NATO in Élysée", "lower"),
                         "chuck hagel met nato in Élysée")

    def test_headline_first_sentence_only(self):
        self.assertEqual(
            NER_EVAL.case_transform("us offers more security\nthe us offered security .\nok", "headline"),
            "Us Offers More Security\nthe us offered security .\nok")
        self.assertEqual(NER_EVAL.case_transform("one", "headline"), "One")
        self.assertEqual(NER_EVAL.case_transform("US WINS\nthe us won", "headline"),
                         "US WINS\nthe us won")

    def test_length_kept_and_odd_input(self):
        for text in ("", "\n\n", "ß straße İstanbul 東京 'S n't", "x" * 1000, "\ufffd a \x00 b"):
            for case in ("title", "lower", "headline", None):
                self.assertEqual(len(NER_EVAL.case_transform(text, case)), len(text))
        self.assertEqual(NER_EVAL.case_transform("straße 's", "title"), "Straße 's")


if __name__ == "__main__":
    main()
