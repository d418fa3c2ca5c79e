"""test_sorted_lists.py -- the word lists of ext/core that are searched by
halves (TK_IN_SORTED, TK_IN_SORTED_NOCASE in entities_internal.h, and
the macros named TK_IN_SORTED... on them) are sorted: each list declared with TK_SORTED_WORDS holds its words in
strcmp's order of their bytes, none twice, and ends with 0; a list searched
with TK_IN_SORTED_NOCASE has no ASCII capital; every list those macros
search is declared so, and no plain list of its file has its name (a
search by halves of an unsorted list misses words silently)."""
import glob
import os
import re
import unittest

from tk_harness import ROOT, main

DECLARED = re.compile(r"TK_SORTED_WORDS\((\w+)\)\s*=\s*\{(.*?)\};", re.S)
PLAIN = re.compile(r"static const char \*const (\w+)\[\]")
SEARCHED = re.compile(r"TK_IN_SORTED(\w*)\((\w+),")
LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"')


def decode(body):
    """The bytes of a C string literal's body (the escapes the lists use)."""
    out, i = bytearray(), 0
    while i < len(body):
        if body[i] != "\\":
            out += body[i].encode("utf-8")
            i += 1
        elif body[i + 1] == "x":
            m = re.match(r"[0-9a-fA-F]+", body[i + 2:])
            out.append(int(m.group(0), 16))
            i += 2 + len(m.group(0))
        else:
            out += {"\\": b"\\", '"': b'"', "'": b"'", "n": b"\n", "t": b"\t"}[body[i + 1]]
            i += 2
    return bytes(out)


def words(items):
    """The words of a list's initializer, adjacent literals joined, and
    whether it ends with 0."""
    parts = [p.strip() for p in re.sub(r"/\*.*?\*/", "", items, flags=re.S).split(",")]
    parts = [p for p in parts if p]
    return [b"".join(decode(m) for m in LITERAL.findall(p)) for p in parts if p != "0"], parts[-1] == "0"


def sources():
    """Every C file of ext/core with its text."""
    for path in sorted(glob.glob(os.path.join(ROOT, "ext", "core", "**", "*.[ch]"), recursive=True)):
        yield os.path.relpath(path, ROOT), open(path, encoding="utf-8").read()


class SortedLists(unittest.TestCase):
    def test_declared_lists_are_sorted(self):
        seen = 0
        for path, text in sources():
            for name, items in DECLARED.findall(text):
                seen += 1
                listed, ends = words(items)
                self.assertTrue(ends, f"{path}: {name} does not end with 0")
                for a, b in zip(listed, listed[1:]):
                    self.assertLess(a, b, f"{path}: {name}: {a!r} before {b!r}")
        self.assertGreater(seen, 5)

    def test_searched_lists_are_declared_sorted(self):
        for path, text in sources():
            declared = {}
            for name, items in DECLARED.findall(text):
                declared.setdefault(name, []).extend(words(items)[0])
            plain = set(PLAIN.findall(text))
            calls = [SEARCHED.findall(line) for line in text.splitlines()
                     if not line.lstrip().startswith("#define")]  # not the macros
            for suffix, name in sum(calls, []):
                self.assertTrue(name in declared, f"{path}: {name} is searched by halves but not declared sorted")
                self.assertNotIn(name, plain, f"{path}: a plain list is named {name} too")
                if "NOCASE" in suffix:
                    self.assertFalse([w for w in declared[name] if re.search(rb"[A-Z]", w)],
                                     f"{path}: {name} is searched in any case but has capitals")

    def test_decoding(self):
        self.assertEqual(words('"a", "b\\xc3\\xa9" "c", /* x */ 0'), ([b"a", b"b\xc3\xa9c"], True))
        self.assertEqual(words('"\\"q\\"", "z"'), ([b'"q"', b"z"], False))


if __name__ == "__main__":
    main()
