"""test_zip_oracle.py -- text_zip() against Python's zipfile module on
random archives (fixed seed): members stored and deflated (levels 0-9),
of random or repetitive bytes and sizes from 0 to 200 KB, with ASCII and
non-ASCII names, directories (passed over), zip64 records (zipfile's
limits lowered), an
archive comment, and bytes before the archive (a self-extracting stub).
Every file must come back with zipfile's name, size and bytes, in order.
Members compressed with bzip2 or LZMA come back with an error naming the
method; an encrypted flag, a changed data byte and a size that lies give
the member's error and leave the others readable; a cut archive, a
second entry pointing into the first (the overlapping zip bomb) and data
that is no archive give one error row."""
import io
import random
import struct
import unittest
import zipfile

from tk_harness import connect, main


def random_data(rng):
    """Bytes that compress well or not at all, of a size near an edge."""
    size = rng.choice([0, 1, 2, 1023, 1024, 65536, rng.randint(0, 200000)])
    if rng.random() < 0.5:
        return bytes(rng.getrandbits(8) for _ in range(size))
    words = [b"sochi ", b"olympics ", b"security ", b"\xc3\xa9t\xc3\xa9 ", b"\n"]
    return b"".join(rng.choice(words) for _ in range(size // 5 + 1))[:size]


def random_name(rng, k):
    """A unique path of 1 to 4 parts, some of them non-ASCII."""
    parts = []
    for _ in range(rng.randint(1, 4)):
        word = "".join(rng.choice("abcdefghij_-") for _ in range(rng.randint(1, 30)))
        if rng.random() < 0.2:
            word += "é東"
        parts.append(word)
    return f"{k}_" + "/".join(parts) + rng.choice([".txt", ".html", ".csv", ""])


def random_archive(rng, methods=(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED), zip64=False):
    """(archive bytes, [(name, data) of its files, in order]); zip64:
    every member written with zip64 local sizes."""
    out, files = io.BytesIO(), []
    zip64 = zip64 or rng.random() < 0.3
    with zipfile.ZipFile(out, "w") as z:
        if rng.random() < 0.3:
            z.comment = b"a comment " * rng.randint(1, 50)
        for k in range(rng.randint(1, 8)):
            name = random_name(rng, k)
            if rng.random() < 0.15:
                z.writestr(name + "/", b"")  # a directory
                continue
            data = random_data(rng)
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 1, 12, 0, 0))
            info.compress_type = rng.choice(methods)
            with z.open(info, "w", force_zip64=zip64) as f:
                f.write(data)
            files.append((name, data))
    return out.getvalue(), files


class Unseekable(io.RawIOBase):
    """A write-only stream: zipfile then writes each member's sizes after
    its data (flag bit 3), as zip tools writing to a pipe do."""

    def __init__(self):
        self.data = bytearray()

    def writable(self):
        return True

    def write(self, b):
        self.data += b
        return len(b)


def streamed_archive(rng):
    """(archive bytes, [(name, data)]) written as to a pipe, deflated."""
    out, files = Unseekable(), []
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for k in range(rng.randint(1, 6)):
            name, data = random_name(rng, k), random_data(rng)
            with z.open(name, "w") as f:
                f.write(data)
            files.append((name, data))
    return bytes(out.data), files


def member_offsets(archive):
    """zipfile's (local header offset, data offset, ZipInfo) of each file."""
    found = []
    with zipfile.ZipFile(io.BytesIO(archive)) as z:
        for info in z.infolist():
            if info.is_dir():
                continue
            h = info.header_offset
            n_name, n_extra = struct.unpack("<HH", archive[h + 26:h + 30])
            found.append((h, h + 30 + n_name + n_extra, info))
    return found


def central_entry(archive, k):
    """The offset of the k-th central directory entry (directories too)."""
    i = archive.rindex(b"PK\5\6")
    start = struct.unpack("<I", archive[i + 16:i + 20])[0]
    for _ in range(k):
        n_name, n_extra, n_comment = struct.unpack("<HHH", archive[start + 28:start + 34])
        start += 46 + n_name + n_extra + n_comment
    return start


class ZipOracle(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.db = connect()

    def rows(self, archive):
        return self.db.execute("SELECT name, size, data, error FROM text_zip(?)",
                               (archive,)).fetchall()

    def test_random_archives_read_as_zipfile_writes_them(self):
        rng = random.Random(5)
        checked = 0
        for k in range(120):
            archive, files = random_archive(rng)
            if k % 4 == 3:  # a stub before the archive, as a .exe has
                archive = b"MZ" + bytes(rng.getrandbits(8) for _ in range(300)) + archive
            with zipfile.ZipFile(io.BytesIO(archive)) as z:
                want = [(i.filename, i.file_size, z.read(i), None)
                        for i in z.infolist() if not i.is_dir()]
            self.assertEqual(self.rows(archive), want, k)
            self.assertEqual([(w[0], w[2]) for w in want], files, k)
            checked += len(files)
        print(f"  {checked} files in 120 archives", flush=True)
        self.assertGreater(checked, 300)

    def test_zip64_records(self):
        # zipfile writes zip64 sizes, offsets and end records past its
        # limits; lowered, every archive has them
        saved = zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT
        zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT = 100, 2
        try:
            rng = random.Random(17)
            archives = [random_archive(rng, zip64=True) for _ in range(40)]
        finally:
            zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT = saved
        with_end64 = 0
        for k, (archive, files) in enumerate(archives):
            with_end64 += b"PK\6\6" in archive
            self.assertEqual([(r[0], r[2], r[3]) for r in self.rows(archive)],
                             [(n, d, None) for n, d in files], k)
            stub = b"#!/bin/sh\n" * 7 + archive
            self.assertEqual([(r[0], r[2]) for r in self.rows(stub)],
                             [(n, d) for n, d in files], k)
        self.assertGreater(with_end64, 30)

    def test_other_methods_are_a_member_error(self):
        text = b"words and more words " * 100
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as z:
            for name, method in [("a.txt", zipfile.ZIP_DEFLATED), ("b.txt", zipfile.ZIP_BZIP2),
                                 ("c.txt", zipfile.ZIP_LZMA), ("d.txt", zipfile.ZIP_STORED)]:
                z.writestr(name, text, compress_type=method)
        said = "zip member compressed with method {}: textkit reads stored and deflated members"
        self.assertEqual(self.rows(out.getvalue()), [
            ("a.txt", len(text), text, None),
            ("b.txt", len(text), None, said.format("12 (bzip2)")),
            ("c.txt", len(text), None, said.format("14 (LZMA)")),
            ("d.txt", len(text), text, None)])

    def test_cp437_name(self):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as z:
            z.writestr("cafX.txt", b"menu")
        # b"caf\x82.txt" is invalid UTF-8, read as code page 437 (0x82: e-acute)
        archive = out.getvalue().replace(b"cafX.txt", b"caf\x82.txt")
        with zipfile.ZipFile(io.BytesIO(archive)) as z:
            self.assertEqual(z.namelist(), ["café.txt"])
        self.assertEqual(self.rows(archive), [("café.txt", 4, b"menu", None)])

    def test_member_damage_leaves_the_others(self):
        rng = random.Random(13)
        done = 0
        while done < 40:
            archive, files = random_archive(rng, (zipfile.ZIP_DEFLATED,))
            found = member_offsets(archive)
            if len(found) < 2 or found[-1][2].compress_size < 4:
                continue
            j = rng.randrange(len(found))
            h, d, info = found[j]
            if info.compress_size == 0:
                continue
            broken = bytearray(archive)
            broken[d + rng.randrange(info.compress_size)] ^= 0x21
            got = self.rows(bytes(broken))
            self.assertEqual(len(got), len(files))
            for k, ((name, data), row) in enumerate(zip(files, got)):
                if k != j:
                    self.assertEqual(row, (name, len(data), data, None))
                    continue
                self.assertEqual(row[:3], (name, len(data), None))
                self.assertRegex(row[3], r"^(damaged zip member|damaged deflate data"
                                 r"|the deflate data ends early)")
            done += 1

    def test_encrypted_flag_and_lying_size(self):
        out = io.BytesIO()
        text = b"the same words again and again " * 200
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("a.txt", text)
            z.writestr("b.txt", text)
        archive = out.getvalue()
        c = central_entry(archive, 0)
        locked = bytearray(archive)
        locked[c + 8] |= 1
        self.assertEqual(self.rows(bytes(locked)), [
            ("a.txt", len(text), None, "encrypted zip member: textkit does not decrypt"),
            ("b.txt", len(text), text, None)])
        lying = bytearray(archive)
        lying[c + 24:c + 28] = struct.pack("<I", 100)
        self.assertEqual(self.rows(bytes(lying))[0], (
            "a.txt", 100, None,
            "damaged zip member: it inflates to more than the 100 bytes its entry says"))
        self.assertEqual(self.rows(bytes(lying))[1], ("b.txt", len(text), text, None))

    def test_cut_archive_gives_the_files_before_the_cut(self):
        # a download that stopped: no central directory; the local headers
        # give every file whose data ends before the cut, then a row that
        # says where; also with the sizes after the data (a streamed zip,
        # flag bit 3), which are found by inflating each member
        rng = random.Random(21)
        for k in range(60):
            archive, files = (random_archive(rng) if k % 2 == 0 else streamed_archive(rng))
            cd = archive.rindex(b"PK\5\6")
            ends = []  # (end of each file's data and descriptor, name, data)
            with zipfile.ZipFile(io.BytesIO(archive)) as z:
                infos = [i for i in z.infolist()]
            starts = [i.header_offset for i in infos] + [
                struct.unpack("<I", archive[cd + 16:cd + 20])[0]]
            for info, nxt in zip(infos, starts[1:]):
                if not info.is_dir():
                    ends.append((nxt, info.filename))
            cut = rng.randrange(1, cd)
            got = self.rows(archive[:cut])
            want = [(name, data) for (end, name), (_, data) in zip(ends, files) if end <= cut]
            self.assertEqual([(r[0], r[2]) for r in got[:-1]], want, k)
            self.assertEqual(got[-1][:3], (None, None, None))
            self.assertRegex(got[-1][3], r"^zip archive cut short (in its central directory "
                             r"\(\d+ files? read\)|at byte \d+ \(no central directory; "
                             rf"{len(want)} files? before it read\))$", k)

    def test_not_a_zip_and_overlapping_entries_are_one_error_row(self):
        self.assertEqual(self.rows(b"hello"), [
            (None, None, None, "not a zip archive (no central directory in its 5 bytes)")])
        # a second entry pointing at the first one's header
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("a.txt", b"a" * 1000)
            z.writestr("b.txt", b"b" * 1000)
        bomb = bytearray(out.getvalue())
        c = central_entry(bytes(bomb), 1)
        bomb[c + 42:c + 46] = struct.pack("<I", 0)
        got = self.rows(bytes(bomb))
        self.assertEqual(got[0], ("a.txt", 1000, b"a" * 1000, None))
        self.assertEqual(got[1], (None, None, None, "zip members overlap (a zip bomb?) at byte 0"))
        self.assertEqual(self.db.execute("SELECT count(*) FROM text_zip(NULL)").fetchone(), (0,))

    def test_where_on_size_reads_only_the_members_kept(self):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_BZIP2) as z:
            z.writestr("big.txt", b"x" * 5000)
        with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as z:
            z.writestr("small.txt", b"y" * 10)
        self.assertEqual(self.db.execute(
            "SELECT name, data FROM text_zip(?) WHERE size < 100", (out.getvalue(),)).fetchall(),
            [("small.txt", b"y" * 10)])
        self.assertEqual(self.db.execute(
            "SELECT name, size FROM text_zip(?)", (out.getvalue(),)).fetchall(),
            [("big.txt", 5000), ("small.txt", 10)])


if __name__ == "__main__":
    main()
