"""test_blocks_gold.py -- text_blocks() and text_main() on labeled text:
precision and recall of `content` over tests/data/blocks_gold.tsv (web-page
shapes written for textkit: navigation, cookie and subscription notices,
share bars, footers around articles), and the bundled sample corpus
(sql/sample/*.txt), whose paywall text must be dropped while the article
paragraphs are kept.  The floors are what the classifier measured when it
was written (see docs/passages.md), less a little slack."""
import os
import unittest

from tk_harness import ROOT, connect, main

GOLD = os.path.join(ROOT, "tests", "data", "blocks_gold.tsv")
SAMPLE = os.path.join(ROOT, "sql", "sample")
PRECISION_FLOOR = 0.9
RECALL_FLOOR = 0.9


def read_gold():
    """{doc: [(label, paragraph)]} in file order."""
    docs = {}
    with open(GOLD, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            doc, label, text = line.rstrip("\n").split("\t")
            docs.setdefault(doc, []).append((label, text))
    return docs


def sample(name):
    with open(os.path.join(SAMPLE, name), encoding="utf-8") as f:
        return f.read()


class BlocksGoldTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.db = connect()

    def test_content_precision_recall(self):
        tp = fp = fn = 0
        for doc, paras in read_gold().items():
            text = "\n\n".join(p for _, p in paras)
            rows = self.db.execute(
                "SELECT block, kind FROM text_blocks(?)", (text,)).fetchall()
            self.assertEqual([r[0] for r in rows], [p for _, p in paras], doc)
            for (label, para), (_, kind) in zip(paras, rows):
                got = kind == "content"
                want = label == "content"
                tp += got and want
                fp += got and not want
                fn += want and not got
                if got != want:
                    print(f"  {doc}: {label} -> {kind}: {para[:60]}")
        precision = tp / (tp + fp)
        recall = tp / (tp + fn)
        print(f"  content precision {precision:.3f} recall {recall:.3f} "
              f"({tp} tp, {fp} fp, {fn} fn)", flush=True)
        self.assertGreaterEqual(precision, PRECISION_FLOOR)
        self.assertGreaterEqual(recall, RECALL_FLOOR)

    def test_text_main_is_the_content_blocks(self):
        for name in sorted(os.listdir(SAMPLE)):
            text = sample(name)
            main_text, = self.db.execute("SELECT text_main(?)", (text,)).fetchone()
            blocks = [r[0] for r in self.db.execute(
                "SELECT block FROM text_blocks(?) WHERE kind = 'content'"
                " ORDER BY position", (text,))]
            self.assertEqual(main_text, "\n\n".join(blocks), name)

    def test_paywall_dropped_article_kept(self):
        text = sample("002_3e05964d87f74417.txt")
        main_text, = self.db.execute("SELECT text_main(?)", (text,)).fetchone()
        for kept in ("The leaders discussed how to ensure next month's Winter "
                     "Games in the Black Sea resort of Sochi",
                     "On Monday, the Pentagon said it was ready to deploy",
                     "Earlier this month, the State Department warned that "
                     "Americans headed to Sochi should be vigilant"):
            self.assertIn(kept, main_text)
        for dropped in ("Smart Quarterly", "Subscribe now for unlimited access",
                        "free articles this month", "Super Saver",
                        "Renews automatically", "Curated Newsletters",
                        "Seamless Access Across All Devices", "Log in"):
            self.assertNotIn(dropped, main_text)
        kinds = dict(self.db.execute(
            "SELECT block, kind FROM text_blocks(?)", (text,)).fetchall())
        self.assertEqual(kinds["Smart Quarterly"], "boilerplate")
        self.assertEqual(kinds["Subscribe now for unlimited access."],
                         "boilerplate")

    def test_articles_without_boilerplate_are_kept_whole(self):
        for name in ("000_e883b99e6786e584.txt", "001_78030f9c6c91f2f6.txt"):
            text = sample(name)
            rows = self.db.execute(
                "SELECT kind, length(block) FROM text_blocks(?)",
                (text,)).fetchall()
            long_kinds = {k for k, n in rows if n >= 100}
            self.assertEqual(long_kinds, {"content"}, name)
        text = sample("001_78030f9c6c91f2f6.txt")
        last, kind = self.db.execute(
            "SELECT block, kind FROM text_blocks(?) ORDER BY position DESC"
            " LIMIT 1", (text,)).fetchone()
        self.assertTrue(last.startswith("(Editing by"), last)
        self.assertEqual(kind, "content")  # bylines belong to the article


if __name__ == "__main__":
    main()
