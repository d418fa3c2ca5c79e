"""test_blocks_news.py -- text_blocks() / text_main() keep real news and drop
page furniture: the 40 article bodies of tests/data/news_articles.json (MIT
licence, tests/data/news_articles.LICENSE) in three layouts (one sentence a
line, one paragraph a line, paragraphs between blank lines), each alone and
with the furniture of tests/data/news_furniture.tsv around it, measured by
ext/tools/blocks_eval.py.  Targets (docs/passages.md): at least 99.5% of the
article sentences kept, at least 90% of the furniture lines dropped, no
article emptied; text_main() never returns less than the whole text when it
finds no content."""
import os
import sys
import unittest

from tk_harness import LIB, ROOT, connect, main

sys.path.insert(0, os.path.join(ROOT, "ext", "tools"))
import blocks_eval  # noqa: E402

SENTENCES_KEPT = 0.995
FURNITURE_GONE = 0.90


class BlocksNewsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.db = blocks_eval.connect(LIB)
        cls.articles = blocks_eval.committed_articles(cls.db)
        cls.results = blocks_eval.evaluate(
            cls.db, cls.articles, blocks_eval.furniture_groups())

    def test_the_set_is_what_the_docs_say(self):
        self.assertEqual(len(self.articles), 40)
        lines = set()
        for groups in blocks_eval.furniture_groups().values():
            for _, group in groups:
                lines.update(group)
        self.assertGreaterEqual(len(lines), 40)

    def test_targets_per_layout(self):
        for (layout, furnished), t in self.results.items():
            kept = t["kept"] / t["sentences"]
            print(f"  {layout} {'+furniture' if furnished else 'clean'}: "
                  f"sentences kept {kept:.4f}", end="", flush=True)
            self.assertGreaterEqual(kept, SENTENCES_KEPT, (layout, furnished))
            self.assertEqual(t["emptied"], 0, (layout, furnished))
            if furnished:
                gone = t["removed"] / t["furniture"]
                print(f", furniture gone {gone:.4f}", end="")
                self.assertGreaterEqual(gone, FURNITURE_GONE, layout)
            print()

    def test_text_main_keeps_every_sentence_of_a_clean_article(self):
        for paras in self.articles[:10]:
            text, spans = blocks_eval.render(
                [("article", p) for p in paras], "lines")
            main_text, = self.db.execute(
                "SELECT text_main(?)", (text,)).fetchone()
            for _, start, end in spans:
                self.assertIn(text[start:end], main_text)

    def test_furniture_only_text_is_returned_whole(self):
        db = connect()
        for text in ("Sign in | Subscribe",
                     "Menu\nNews\nSport\nSign in",
                     "© 2024 Example Media. All rights reserved."):
            kinds = {k for k, in db.execute(
                "SELECT kind FROM text_blocks(?)", (text,))}
            self.assertEqual(kinds, {"boilerplate"}, text)
            self.assertEqual(
                db.execute("SELECT text_main(?)", (text,)).fetchone()[0],
                text)


if __name__ == "__main__":
    main()
