"""test_charsets.py -- text_decode() and text_encoding() in auto mode on
text written in legacy charsets, against Python's codecs: each line of
tests/data/charsets.tsv (31 languages, news paragraphs and headlines) is
encoded in each charset its line names and must be read back as the very
text, with a charset name of the same family (windows-1251 or koi8-r for
Cyrillic written in koi8-r is wrong; ICU's ISO-8859-8-I for Hebrew in
windows-1255 is right when the text reads the same).  Western text in
Windows-1252 or Latin-1 must stay windows-1252.  Prints the share read
right per charset family.  Then pages and XML files that declare their
charset (<meta charset>, <?xml encoding?>) in charsets the detector
does not know: read as declared."""
import collections
import os
import unittest

from tk_harness import ROOT, connect, main

DATA = os.path.join(ROOT, "tests", "data", "charsets.tsv")

# the names text_encoding() may give for text written in each codec
FAMILY = {
    "cp1252": {"windows-1252"}, "latin-1": {"windows-1252"},
    "cp1250": {"windows-1250", "iso-8859-2"}, "iso8859_2": {"iso-8859-2", "windows-1250"},
    "cp1251": {"windows-1251"}, "koi8_r": {"koi8-r"}, "koi8_u": {"koi8-u"},
    "iso8859_5": {"iso-8859-5"},
    "cp1253": {"windows-1253", "iso-8859-7"}, "iso8859_7": {"iso-8859-7", "windows-1253"},
    "cp1254": {"windows-1254", "iso-8859-9"}, "iso8859_9": {"iso-8859-9", "windows-1254"},
    "cp1255": {"windows-1255", "iso-8859-8", "iso-8859-8-i"},
    "iso8859_8": {"iso-8859-8", "iso-8859-8-i", "windows-1255"},
    "cp1256": {"windows-1256", "iso-8859-6"}, "iso8859_6": {"iso-8859-6", "windows-1256"},
    "shift_jis": {"shift_jis"}, "euc_jp": {"euc-jp"}, "gb18030": {"gb18030"},
    "gbk": {"gb18030"}, "big5": {"big5"}, "euc_kr": {"euc-kr"},
}


def names(codec, text):
    """The names text_encoding() may give for text written in codec:
    utf-8 for ASCII text, which every one of them writes alike."""
    return {"utf-8"} if text.isascii() else FAMILY[codec]


def cases():
    """(language, codec, text, bytes) for every line and codec that can
    write the line's text."""
    found = []
    with open(DATA, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            lang, codecs, text = line.rstrip("\n").split("\t")
            for codec in codecs.split(","):
                try:
                    found.append((lang, codec, text, text.encode(codec)))
                except UnicodeEncodeError:
                    pass  # a dash or quote the charset lacks
    return found


class Charsets(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.db = connect()
        cls.results = []
        for lang, codec, text, data in cases():
            got, name = cls.db.execute("SELECT text_decode(?1), text_encoding(?1)",
                                       (data,)).fetchone()
            cls.results.append((lang, codec, text, got, name))
        by_codec = collections.defaultdict(lambda: [0, 0])
        for lang, codec, text, got, name in cls.results:
            by_codec[codec][0] += got == text and name in names(codec, text)
            by_codec[codec][1] += 1
        print("  read right: " + ", ".join(f"{c} {r}/{n}" for c, (r, n)
                                          in sorted(by_codec.items())), flush=True)

    def test_every_case_is_read_back_as_its_text(self):
        wrong = [(lang, codec, name, got[:40]) for lang, codec, text, got, name
                 in self.results if got != text or name not in names(codec, text)]
        self.assertEqual(wrong, [])
        self.assertGreaterEqual(len(self.results), 95)

    def test_western_text_stays_windows_1252(self):
        western = [r for r in self.results if r[1] in ("cp1252", "latin-1")]
        self.assertGreaterEqual(len(western), 35)
        self.assertEqual({r[4] for r in western if not r[2].isascii()}, {"windows-1252"})

    def test_short_and_ascii_text_keeps_the_old_rules(self):
        # too few bytes over 0x7F to tell: Windows-1252 as before
        for data, want in [(b"caf\xe9", "windows-1252"), (b"\xd0\xd2\xc9", "windows-1252"),
                           (b"plain ascii", "utf-8"), (b"", "utf-8"),
                           ("Zürich café".encode("utf-8") + b" \xff", "utf-8-repaired")]:
            self.assertEqual(self.db.execute("SELECT text_encoding(?)", (data,)).fetchone(),
                             (want,), data)


class DeclaredCharsets(unittest.TestCase):
    """A web page or XML file that is not UTF-8 is read in the charset its
    first 1,024 bytes declare, also one ICU's detector does not know."""

    TEXTS = [("cp1257", "windows-1257", "Lietuvos Seimas priėmė įstatymą dėl tiltų."),
             ("tis-620", "tis-620", "สะพานใหม่จะเปิดในฤดูใบไม้ร่วง"),
             ("iso8859_13", "iso-8859-13", "Rīgas dome paziņoja, ka tilts tiks atvērts rudenī."),
             ("koi8_u", "koi8-u", "Міст через річку відкриють восени."),
             ("gbk", "gbk", "新桥开通推迟至秋季"),
             ("latin-1", "iso-8859-1", "Le pont n'ouvrira qu'à l'automne.")]

    @classmethod
    def setUpClass(cls):
        cls.db = connect()

    def read(self, data):
        return self.db.execute("SELECT text_decode(?1), text_encoding(?1)", (data,)).fetchone()

    def test_meta_and_xml_declarations(self):
        for codec, label, text in self.TEXTS:
            pages = [f'<!DOCTYPE html>\n<html><head><meta charset="{label}"><title>t</title>'
                     f'</head><body><p>{text}</p></body></html>',
                     f"<html><head><meta http-equiv='Content-Type' content='text/html; "
                     f"charset={label.upper()}'></head><body>{text}</body></html>",
                     f'<?xml version="1.0" encoding="{label}"?>\n<doc>{text}</doc>']
            for page in pages:
                got, name = self.read(page.encode(codec))
                self.assertEqual(got, page, (codec, page[:40]))
                self.assertEqual(got, self.db.execute("SELECT text_decode(?, ?)",
                                                      (page.encode(codec), name)).fetchone()[0])

    def test_declarations_that_do_not_count(self):
        text = "Городские власти сообщили, что мост откроется осенью."
        # a declared UTF-8 on bytes that are not UTF-8: the detector decides
        page = f'<html><meta charset="utf-8"><body>{text}</body></html>'
        self.assertEqual(self.read(page.encode("cp1251")), (page, "windows-1251"))
        # an unknown label, a declaration after 1,024 bytes, plain text
        for page in (f'<html><meta charset="klingon"><body>{text}</body></html>',
                     "<html>" + " " * 1024 + f'<meta charset="koi8-r"><body>{text}</body></html>',
                     f"charset=koi8-r {text}"):
            self.assertEqual(self.read(page.encode("cp1251")), (page, "windows-1251"))
        # UTF-8 bytes stay UTF-8 whatever they declare
        page = f'<html><meta charset="koi8-r"><body>{text}</body></html>'
        self.assertEqual(self.read(page.encode("utf-8")), (page, "utf-8"))


if __name__ == "__main__":
    main()
