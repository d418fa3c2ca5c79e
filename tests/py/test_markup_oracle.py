"""test_markup_oracle.py -- markdown_text() and rst_text() against the
reference readers of their formats, word for word.

Markdown: every Markdown file of this repository (README.md and docs/*.md)
rendered by Python-Markdown (Debian's python3-markdown, with its tables
and fenced_code extensions) to HTML, whose text (outside <script> and
<style>) is the reference.  reStructuredText: tests/data/markup/*.rst
read by docutils (python3-docutils), the text of its document tree without
comments, targets, substitution definitions and system messages.  Each
document scores the F1 of its words (runs of \\w, lower-cased, counted as
a multiset) against the reference's.  A missing package skips its test
with a message.
"""
import collections
import glob
import html.parser
import os
import re
import unittest

from tk_harness import ROOT, connect, main

try:
    import markdown
except ImportError:  # pragma: no cover - depends on the machine
    markdown = None
try:
    import docutils.core
except ImportError:  # pragma: no cover
    docutils = None


class HtmlText(html.parser.HTMLParser):
    """The text of an HTML fragment, outside <script> and <style>."""

    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self.skip -= tag in ("script", "style")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def words(text):
    return collections.Counter(re.findall(r"\w+", text.lower()))


def f1(ref, got):
    both = sum((ref & got).values())
    return 2 * both / max(1, sum(ref.values()) + sum(got.values()))


class MarkupOracle(unittest.TestCase):
    def setUp(self):
        self.db = connect()

    def tearDown(self):
        self.db.close()

    def test_markdown_against_python_markdown(self):
        if markdown is None:
            self.skipTest("python3-markdown is not installed (apt-get install python3-markdown)")
        files = [os.path.join(ROOT, "README.md")] + sorted(glob.glob(os.path.join(ROOT, "docs", "*.md")))
        scores = {}
        for path in files:
            with open(path, encoding="utf-8") as f:
                src = f.read()
            parser = HtmlText()
            parser.feed(markdown.markdown(src, extensions=["tables", "fenced_code"]))
            got = self.db.execute("SELECT markdown_text(?)", (src,)).fetchone()[0]
            scores[os.path.relpath(path, ROOT)] = f1(words("".join(parser.parts)), words(got))
        mean = sum(scores.values()) / len(scores)
        print(f"  markdown_text against Python-Markdown {markdown.__version__}: "
              f"{len(scores)} files, mean word F1 {mean:.4f}, lowest {min(scores.values()):.4f}")
        self.assertGreaterEqual(mean, 0.995)
        for name, score in scores.items():
            self.assertGreaterEqual(score, 0.98, name)

    def test_rst_against_docutils(self):
        if docutils is None:
            self.skipTest("python3-docutils is not installed (apt-get install python3-docutils)")
        # what docutils writes that the reader does not see as text of the
        # page: the table of contents it generates (the title and the
        # section titles again) and a footnote's label; what rst_text
        # keeps that docutils moves to its docinfo: the field names, and
        # the numbers of an enumerated list
        generated = {"table", "of", "contents", "introduction", "kinds", "wetland",
                     "recording", "a", "visit", "1"}
        kept = {"author", "version", "date", "2", "3"}
        for path in sorted(glob.glob(os.path.join(ROOT, "tests", "data", "markup", "*.rst"))):
            with open(path, encoding="utf-8") as f:
                src = f.read()
            doc = docutils.core.publish_doctree(src, settings_overrides={
                "report_level": 5, "halt_level": 5, "file_insertion_enabled": False})
            for node in list(doc.traverse()):
                if node.tagname in ("system_message", "comment", "target", "substitution_definition"):
                    node.parent.remove(node)
            ref = words(doc.astext())
            got = words(self.db.execute("SELECT rst_text(?)", (src,)).fetchone()[0])
            score = f1(ref, got)
            print(f"  rst_text against docutils {docutils.__version__}: "
                  f"{os.path.basename(path)} word F1 {score:.4f}")
            self.assertGreaterEqual(score, 0.97)
            self.assertLessEqual(set(ref - got), generated)
            self.assertLessEqual(set(got - ref), kept)


if __name__ == "__main__":
    main()
