"""test_comment_lines.py -- the block comments of the C sources keep their
"** " decoration on every line: no line starts with a lone "*" and a word.
clang-format breaks a comment line longer than 80 columns and starts the
rest with "*" alone ("*mapIds", "*the"), which reads as a stray fragment;
such a line is a comment to rewrap by hand."""
import glob
import os
import re
import unittest

from tk_harness import ROOT, main

LONE_STAR = re.compile(r"^\*[^*/\s]")


def sources():
    """The C sources and headers of the project."""
    for pattern in ("ext/**/*.c", "ext/**/*.h", "include/**/*.h", "tests/**/*.c",
                    "tests/**/*.h"):
        yield from glob.glob(os.path.join(ROOT, pattern), recursive=True)


class CommentLines(unittest.TestCase):
    def test_sources_found(self):
        """The glob reaches the sources (a test of nothing would pass)."""
        self.assertGreater(len(list(sources())), 100)

    def test_no_lone_star_lines(self):
        """No line of a C source starts with "*" and a word."""
        bad = []
        for path in sources():
            with open(path, encoding="utf-8", errors="replace") as f:
                for number, line in enumerate(f, 1):
                    if LONE_STAR.match(line):
                        bad.append(f"{os.path.relpath(path, ROOT)}:{number}: {line.rstrip()}")
        self.assertEqual(bad, [])

    def test_pattern_catches_a_broken_line(self):
        """The check tells a broken line from the decorations it allows."""
        self.assertTrue(LONE_STAR.match("*segment\n"))
        for ok in ("** text\n", "*/\n", "**\n", "*\n", " * text\n"):
            self.assertFalse(LONE_STAR.match(ok), ok)


if __name__ == "__main__":
    main()
