"""test_tar_oracle.py -- text_tar() against Python's tarfile module on
random archives (fixed seed) in the three formats tarfile writes (ustar,
GNU, pax): files of random bytes and sizes (0, around the 512-byte block,
up to 70 KB), names of up to 300 characters (long ones need the ustar
prefix, a GNU long name or a pax path), non-ASCII names, directories and
symbolic links (passed over).  Every regular file must come back with its
path, size and bytes, in order.  Then damage: a changed header byte gives
the files before it and one error row naming that header's offset; an
archive cut inside a member gives an error row too; zero padding after
the end is read as the end."""
import io
import random
import tarfile
import unittest

from tk_harness import connect, main

FORMATS = [tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT]


def random_name(rng, fmt):
    """A path of 1 to 6 parts; long ones only where the format allows."""
    parts = []
    for _ in range(rng.randint(1, 6)):
        word = "".join(rng.choice("abcdefghij_-") for _ in range(rng.randint(1, 40)))
        if rng.random() < 0.2 and fmt != tarfile.USTAR_FORMAT:
            word += "é東"
        parts.append(word)
    name = "/".join(parts) + rng.choice([".txt", ".html", ".csv", ""])
    if fmt == tarfile.USTAR_FORMAT:  # ustar: name 100, prefix 155
        while len(name.encode()) > 100 and (
                "/" not in name or len(name.rsplit("/", 1)[1].encode()) > 100
                or len(name.rsplit("/", 1)[0].encode()) > 155):
            name = name[len(name) // 2:].lstrip("/") or "x"
    return name


def random_archive(rng, fmt):
    """(archive bytes, [(name, data) of its regular files, in order])."""
    out, files = io.BytesIO(), []
    with tarfile.open(fileobj=out, mode="w", format=fmt) as tar:
        for _ in range(rng.randint(1, 8)):
            kind = rng.random()
            name = random_name(rng, fmt)
            if kind < 0.1:
                info = tarfile.TarInfo(name + "_dir")
                info.type = tarfile.DIRTYPE
                tar.addfile(info)
            elif kind < 0.2:
                info = tarfile.TarInfo(name + "_link")
                info.type = tarfile.SYMTYPE
                info.linkname = "elsewhere"
                tar.addfile(info)
            else:
                size = rng.choice([0, 1, 511, 512, 513, 1024, rng.randint(0, 70000)])
                data = bytes(rng.getrandbits(8) for _ in range(size))
                info = tarfile.TarInfo(name)
                info.size = size
                tar.addfile(info, io.BytesIO(data))
                files.append((name, data))
    return out.getvalue(), files


class TarOracle(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.db = connect()

    def rows(self, archive):
        return self.db.execute("SELECT name, size, data, error FROM text_tar(?)",
                               (archive,)).fetchall()

    def test_random_archives_read_as_tarfile_writes_them(self):
        rng = random.Random(7)
        checked = 0
        for k in range(120):
            fmt = FORMATS[k % 3]
            archive, files = random_archive(rng, fmt)
            got = self.rows(archive)
            self.assertEqual([(r[0], r[1], r[2], r[3]) for r in got],
                             [(n, len(d), d, None) for n, d in files], (k, fmt))
            checked += len(files)
        print(f"  {checked} files in 120 archives", flush=True)
        self.assertGreater(checked, 300)

    def test_damage_stops_with_the_files_before_it(self):
        rng = random.Random(11)
        for k in range(60):
            archive, files = random_archive(rng, FORMATS[k % 3])
            headers = []  # offsets of the regular files' headers
            with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
                headers = [m.offset for m in tar.getmembers() if m.isfile()]
            if len(headers) < 2:
                continue
            j = rng.randrange(1, len(headers))
            broken = bytearray(archive)
            broken[headers[j] + 100] ^= 0x5A  # the mode field: checksum fails
            got = self.rows(bytes(broken))
            self.assertEqual([(r[0], r[2]) for r in got[:-1]],
                             [(n, d) for n, d in files[:j]], k)
            last = got[-1]
            self.assertEqual(last[:3], (None, None, None))
            self.assertEqual(last[3], f"damaged tar header at byte {headers[j]}")

    def test_cut_inside_a_member_and_zero_padding(self):
        archive, files = random_archive(random.Random(3), tarfile.GNU_FORMAT)
        data = b"x" * 5000
        out = io.BytesIO()
        with tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as tar:
            info = tarfile.TarInfo("a.txt")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        whole = out.getvalue()
        self.assertEqual(self.rows(whole[:3000]),
                         [(None, None, None, "tar member cut short at byte 0")])
        self.assertEqual(self.rows(whole + bytes(4096)), [("a.txt", 5000, data, None)])
        self.assertEqual(self.rows(whole[:512 + 5000]), [("a.txt", 5000, data, None)])
        self.assertEqual(self.rows(b"hello"),
                         [(None, None, None, "tar archive cut short at byte 0")])
        self.assertEqual(self.rows(bytes(1024)), [])
        self.assertEqual(self.db.execute("SELECT count(*) FROM text_tar(NULL)").fetchone(), (0,))


if __name__ == "__main__":
    main()
