"""test_ner_present_day_format.py -- the present-day NER sets scored by
`make eval`, tests/data/ner_present_day_dev.tsv (DEV: settings may be
chosen on it) and tests/data/ner_present_day.tsv (TEST: never chosen on),
are well-formed: every line parses with the reader ext/tools/ner_eval.py
uses (known shape and type, balanced brackets, non-empty surfaces without
edge spaces), spans do not overlap, and each set keeps its size.  The DEV
set of articles, tests/data/ner_present_day_articles_dev.tsv, parses as
articles: each a headline line over two to four body lines; under 10%
of its distinct entity names are TEST names, and no person name of two
words or more is.  The DEV set stays independent of the TEST set (no shared sentence, under 10% of
its entity surfaces also TEST surfaces) and keeps the TEST set's mix of
sentence shapes.  Scores are not checked here; they belong to `make eval`.
The reader itself must reject malformed lines and malformed articles,
naming the line."""
import collections
import os
import tempfile
import unittest

from tk_harness import ROOT, load_module, main

TEST_SET = os.path.join(ROOT, "tests", "data", "ner_present_day.tsv")
DEV_SET = os.path.join(ROOT, "tests", "data", "ner_present_day_dev.tsv")
ARTICLES_SET = os.path.join(ROOT, "tests", "data", "ner_present_day_articles_dev.tsv")
BODY_SHAPES = {"news", "dateline", "quote"}
NER_EVAL = load_module("ner_eval", "ext/tools/ner_eval.py")


def read_set(path):
    """The (shape, text, gold) sentences of one present-day set."""
    return list(NER_EVAL.present_day_documents(path))


def surfaces(sentences):
    """The entity surfaces of sentences, one per gold span, lower-cased."""
    return [text[start:end].lower() for _, text, gold in sentences for start, end, _ in gold]


def typed_surfaces(sentences):
    """The (lower-cased surface, type) of each gold span of sentences."""
    return [(text[start:end].lower(), etype) for _, text, gold in sentences for start, end, etype in gold]


class SetChecks:
    """The checks every present-day set passes; a subclass that is also a
    TestCase names PATH, MIN_SENTENCES and MIN_ENTITIES, and SHAPES when
    its sentences have other shapes than every one of NER_EVAL.SHAPES."""

    SHAPES = NER_EVAL.SHAPES

    def read(self):
        """The (shape, text, gold) sentences of the set at PATH."""
        return read_set(self.PATH)

    def setUp(self):
        self.sentences = self.read()

    def test_size(self):
        self.assertGreaterEqual(len(self.sentences), self.MIN_SENTENCES)
        self.assertGreaterEqual(sum(len(g) for _, _, g in self.sentences), self.MIN_ENTITIES)

    def test_every_type_and_shape_present(self):
        types = {t for _, _, gold in self.sentences for _, _, t in gold}
        self.assertEqual(types, set(NER_EVAL.TYPES.values()))
        shapes = {shape for shape, _, _ in self.sentences}
        self.assertEqual(shapes, set(self.SHAPES))

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


class ArticlesSetFormat(SetChecks, unittest.TestCase):
    PATH, MIN_SENTENCES, MIN_ENTITIES = ARTICLES_SET, 150, 450
    SHAPES = ("headline", *sorted(BODY_SHAPES))

    def read(self):
        """The sentences of every article in order; the articles are kept
        in self.articles."""
        self.articles = list(NER_EVAL.present_day_articles(self.PATH))
        return [sentence for _, article in self.articles for sentence in article]

    def test_at_least_60_articles(self):
        self.assertGreaterEqual(len(self.articles), 60)

    def test_headline_over_two_to_four_body_lines(self):
        for ident, article in self.articles:
            with self.subTest(article=ident):
                self.assertTrue(ident)
                self.assertEqual(article[0][0], "headline")
                self.assertIn(len(article) - 1, range(2, 5))
                self.assertLessEqual({shape for shape, _, _ in article[1:]}, BODY_SHAPES)

    def test_unique_ids(self):
        ids = [ident for ident, _ in self.articles]
        self.assertEqual(len(ids), len(set(ids)))

    def test_no_sentence_of_the_other_sets(self):
        others = {t for path in (DEV_SET, TEST_SET) for _, t, _ in read_set(path)}
        self.assertEqual({t for _, t, _ in self.sentences} & others, set())

    def test_few_names_of_the_test_set(self):
        names = set(typed_surfaces(self.sentences))
        test = set(surfaces(read_set(TEST_SET)))
        distinct = {surface for surface, _ in names}
        shared = sorted(distinct & test)
        self.assertLess(len(shared) / len(distinct), 0.10, shared)
        person = NER_EVAL.TYPES["PER"]
        shared_people = sorted(s for s, etype in names if etype == person and " " in s and s in test)
        self.assertEqual(shared_people, [])


class ArticleReader(unittest.TestCase):
    """The article reader and scorer on small synthetic files."""

    def write(self, text):
        """The path of a temporary file holding text."""
        handle = tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8")
        handle.write(text)
        handle.close()
        self.addCleanup(os.remove, handle.name)
        return handle.name

    def read(self, text):
        """The articles of a file holding text."""
        return list(NER_EVAL.present_day_articles(self.write(text)))

    GOOD = ("# comment\n=== one\nheadline\t[PER Musk] Buys [ORG X]\n"
            "news\t[PER Elon Musk] bought it.\n\n=== two\nheadline\tRain in [LOC Oslo]\n"
            "quote\t\"Wet,\" said [PER Ola].\n")

    def test_articles_and_joined_offsets(self):
        articles = self.read(self.GOOD)
        self.assertEqual([ident for ident, _ in articles], ["one", "two"])
        text, gold, parts = NER_EVAL.join_article(articles[0][1])
        self.assertEqual(text, "Musk Buys X\nElon Musk bought it.")
        self.assertEqual(gold, [(0, 4, "PERSON"), (10, 11, "ORG"), (12, 21, "PERSON")])
        self.assertEqual(parts, [("headline", 0, 11), ("body", 12, 32)])

    def test_malformed_articles_name_the_line(self):
        cases = [
            ("=== a\nnews\t[PER Musk] spoke.\n", ":2:", "headline"),       # no headline
            ("=== a\n=== b\nheadline\tA [LOC Title]\n", ":1:", "empty"),  # empty article
            ("=== a\nheadline\tA [LOC Title]\n=== b\n", ":3:", "empty"),  # empty last article
            ("headline\tNo [LOC Marker]\n", ":1:", "before"),              # no === line
            ("=== a\nheadline\tOk\nnews\t[PER Musk said\n", ":3:", "bracket"),
            ("=== a\nheadline\tOk\n\tnews [PER Musk]\n", ":3:", "SHAPE"),  # empty shape
        ]
        for text, line, words in cases:
            with self.subTest(text=text):
                with self.assertRaisesRegex(ValueError, line + ".*" + words):
                    self.read(text)

    def test_empty_file_has_no_articles(self):
        self.assertEqual(self.read(""), [])
        self.assertEqual(self.read("# only a comment\n\n"), [])

    def test_invalid_utf8_is_an_error(self):
        path = self.write("")
        with open(path, "wb") as handle:
            handle.write(b"=== a\nheadline\t\xff\xfe\n")
        with self.assertRaises(UnicodeDecodeError):
            list(NER_EVAL.present_day_articles(path))

    def test_scores_split_by_headline_and_body(self):
        path = self.write(self.GOOD)

        def tagger(text):
            """Finds 'Musk' in the first headline (right), 'Elon Musk' as ORG
            in the first body (wrong type) and 'Oslo' in the second headline
            (right); misses 'X' and 'Ola'."""
            rows = []
            for surface, etype in (("Musk", "PERSON"), ("Elon Musk", "ORG"), ("Oslo", "LOC")):
                if surface in text:
                    rows.append((etype, text.index(surface) + 1, len(surface)))
            return rows

        counts, narticles, nsent, outcomes = NER_EVAL.score_articles(path, tagger, False)
        self.assertEqual((narticles, nsent), (2, 4))
        tp, fp, fn = counts["headline"]
        self.assertEqual((tp["PERSON"], tp["ORG"], tp["LOC"], fn["ORG"]), (1, 0, 1, 1))
        tp, fp, fn = counts["body"]
        self.assertEqual((tp["PERSON"], fp["ORG"], fn["PERSON"]), (0, 1, 2))
        tp, fp, fn = counts["all"]
        self.assertEqual(sum(tp.values()), 2)
        self.assertEqual(outcomes["part:body", "wrong type"], 1)
        self.assertEqual(outcomes["part:headline", "right"], 2)
        self.assertEqual(outcomes["shape:quote", "missed"], 1)


if __name__ == "__main__":
    main()
