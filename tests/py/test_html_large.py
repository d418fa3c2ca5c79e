"""test_html_large.py -- the html family on very large pages (the
large-values suite's sizes: 100 MB, 10 MB under AddressSanitizer): a page
over the 64 MB limit is a clean error naming the limit, quickly; a page
just under it (60 MB; 6 MB under ASan) of paragraphs comes back whole from
html_text and html_main, every paragraph in place, and html_links sees
every link."""
import os
import time
import unittest

from tk_harness import connect, main

UNDER_ASAN = "asan" in os.environ.get("LD_PRELOAD", "")
OVER = 10_000_000 if UNDER_ASAN else 100_000_000
UNDER = 6_000_000 if UNDER_ASAN else 60_000_000
PARA = ("The council said that it would not approve the plan before the end "
        "of the year, and that the board was still waiting for the report.")
UNIT = f"<p>{PARA} <a href=\"/r\">report</a></p>\n"
REPEAT = UNDER // len(UNIT)
LIMIT = 64 << 20


class HtmlLargeTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.db = connect()
        cls.page = "<html><body>" + UNIT * REPEAT + "</body></html>"
        print(f"page: {len(cls.page) / 1e6:.0f} MB, {REPEAT} paragraphs", flush=True)

    def test_over_the_limit_is_an_error(self):
        big = "<p>" + "x" * (max(OVER, LIMIT + 1)) + "</p>"
        for fn in ("html_text", "html_main", "html_meta"):
            t0 = time.monotonic()
            with self.assertRaises(Exception) as cm:
                self.db.execute(f"SELECT {fn}(?)", (big,)).fetchone()
            self.assertEqual(str(cm.exception),
                             f"textkit: {fn}(): the page is larger than 64 MB")
            self.assertLess(time.monotonic() - t0, 5)
        with self.assertRaises(Exception) as cm:
            self.db.execute("SELECT count(*) FROM html_links(?)", (big,)).fetchone()
        self.assertEqual(str(cm.exception),
                         "textkit: html_links(): the page is larger than 64 MB")

    def test_text_and_main_keep_every_paragraph(self):
        one = len(PARA + " report")
        want = REPEAT * one + (REPEAT - 1) * 2  # paragraphs and blank lines
        for fn in ("html_text", "html_main"):
            got = self.db.execute(f"SELECT length({fn}(?))", (self.page,)).fetchone()[0]
            self.assertEqual(got, want, fn)

    def test_links_sees_every_link(self):
        n = self.db.execute("SELECT count(*) FROM html_links(?, 'https://e.org/a')",
                            (self.page,)).fetchone()[0]
        self.assertEqual(n, REPEAT)


if __name__ == "__main__":
    main()
