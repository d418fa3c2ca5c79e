#!/usr/bin/python3
"""run_tests.py -- runs every textkit test suite and ends with one line
"N passed, N failed" (exit status 1 on any failure).

    /usr/bin/python3 tests/run_tests.py --lib dist/textkit.so \
        --unit-dir build/release/unit [--sanitize] [--only NAME]

Suites:
  sql     tests/sql/*.sql golden files, each case run through the stock
          sqlite3 shell; a failure prints the query, expected and actual.
  unit    the C unit-test binaries (each prints "N passed, N failed").
  python  tests/py/test_*.py, loading the extension from Debian's python3.
  symbols the shared object exports sqlite3_textkit_init and nothing else.
  layers  the core never includes SQLite's headers nor calls SQLite, and no
          object file needs another that needs it back (no circles).
  oom     tests/oom/oom_sweep.c: every allocation of loading and of one
          query per family failed in turn (NOMEM or the same result, a
          failed load fully undone, nothing left allocated).
  threads tests/threads/threads.c: 8 connections on 8 threads call every
          family for a few seconds and must agree with one thread; under
          SANITIZE=thread (the only suite then) ThreadSanitizer reports
          are counted and each one fails the run.

The run starts by printing the SQLite version the sqlite3 shell and
python3's sqlite3 module really use (LD_LIBRARY_PATH picks the library);
with --sqlite-version X (make test SQLITE=new) a different one fails.

Two SQLite versions (make test and make test SQLITE=new): no error text
of SQLite's that the golden files quote changed between 3.40 and 3.53, so
they hold one expected text per case.  But SQLite 3.53 turns a REAL into text with up to 17
significant digits where 3.40 gave 15 (0.363636363636364 is now
0.36363636363636365): a field of a row that is a REAL in both the
expected and the actual line matches when the two agree to 15 significant
digits, what the golden files were written with (same_fields below).

Golden file format (tests/sql/*.sql): a statement ending in ';' followed by
expectation lines is a case; a statement without them is set-up, run before
every later case of the same file.
    SELECT text_lower('ABC');
    -- => abc                      one line per output row ('|' separated)
    SELECT regexp_like('a', '(');
    -- error: textkit: regexp_like(): ...   the exact error message
NULL prints as NULL.
"""
import argparse
import concurrent.futures
import glob
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ERROR_PREFIX = re.compile(r"^(?:Parse error|Runtime error|Error)(?: near line \d+)?: ")
MARK = "~~~textkit-case~~~"
REAL = re.compile(r"^-?\d+\.\d+(?:e[-+]\d+)?$")


class Result:
    """Counts and failure reports of one run."""

    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.skipped = 0

    def ok(self):
        self.passed += 1

    def fail(self, title, detail):
        self.failed += 1
        print(f"FAIL {title}\n{detail}\n", flush=True)

    def fail_case(self, title, sql, expected, actual):
        """A failed SQL case: its query, the expected and the actual lines."""
        self.fail(title, "  query:\n    " + sql.replace("\n", "\n    ") +
                  "\n  expected:\n    " + "\n    ".join(expected) +
                  "\n  actual:\n    " + "\n    ".join(actual))


def sanitizer_env():
    """Environment that lets an ASan/UBSan-built extension load into
    uninstrumented programs (sqlite3, python3)."""
    env = dict(os.environ)
    libs = []
    for name in ("libasan.so", "libubsan.so"):
        path = subprocess.run(["gcc", f"-print-file-name={name}"],
                              capture_output=True, text=True).stdout.strip()
        if os.path.isabs(path):
            libs.append(path)
    env["LD_PRELOAD"] = " ".join(libs)
    env["ASAN_OPTIONS"] = "detect_leaks=1:abort_on_error=0:exitcode=99"
    env["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1:exitcode=99"
    return env


def parse_golden(path):
    """Split a golden file into [(kind, sql, expected, line)] where kind is
    'setup', 'rows' or 'error'."""
    items, sql, start = [], [], None
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not sql and (not stripped or (stripped.startswith("--") and
                                         not stripped.startswith(("-- =>", "-- error:")))):
            i += 1
            continue
        if stripped.startswith(("-- =>", "-- error:")):
            raise SystemExit(f"{path}:{i+1}: expectation without a statement")
        if start is None:
            start = i + 1
        sql.append(line)
        i += 1
        if not stripped.endswith(";"):
            continue
        # The statement is complete: collect expectation lines after it.
        expected, kind = [], "setup"
        while i < len(lines):
            s = lines[i].strip()
            if s.startswith("-- =>"):
                kind = "rows"
                expected.append(s[6:] if len(s) > 5 else "")
            elif s.startswith("-- error:"):
                kind = "error"
                expected.append(s[len("-- error:"):].strip())

            else:
                break
            i += 1
        items.append((kind, "\n".join(sql), expected, start))
        sql, start = [], None
    if sql:
        raise SystemExit(f"{path}:{start}: statement without ';'")
    return items


def same_fields(expected, actual, number=REAL):
    """1 when two output lines differ only in numeric fields (those number
    matches) that agree to 15 significant digits (SQLite 3.40 printed 15,
    newer ones and psql up to 17)."""
    want, got = expected.split("|"), actual.split("|")
    if len(want) != len(got):
        return False
    for w, g in zip(want, got):
        if w == g:
            continue
        if not number.match(w) or not number.match(g):
            return False
        if "%.15g" % float(w) != "%.15g" % float(g):
            return False
    return True


def same_rows(expected, out, number=REAL):
    """The rows a case expects, exactly or by same_fields."""
    return len(expected) == len(out) and all(
        w == g or same_fields(w, g, number) for w, g in zip(expected, out))


def run_case(sqlite3, lib, setup, sql, env):
    """Run set-up plus one statement in a fresh in-memory database; return
    (stdout lines after the marker, first stderr line, exit code)."""
    script = "\n".join([".nullvalue NULL", *setup, f".print {MARK}", sql, ""])
    proc = subprocess.run([sqlite3, "-batch", ":memory:", "-cmd", f".load {lib}"],
                          input=script.encode(), capture_output=True, env=env,
                          timeout=120)
    out = proc.stdout.decode("utf-8", "replace").split("\n")
    if MARK in out:
        out = out[out.index(MARK) + 1:]
    if out and out[-1] == "":
        out.pop()
    err = proc.stderr.decode("utf-8", "replace").strip()
    return out, err, proc.returncode


def run_sql_suite(args, res, env):
    """Every case of every golden file, four at a time."""
    lib = os.path.splitext(os.path.abspath(args.lib))[0]
    jobs = []
    for path in sorted(glob.glob(os.path.join(ROOT, "tests/sql/*.sql"))):
        name = os.path.relpath(path, ROOT)
        if args.only and args.only not in name:
            continue
        setup = []
        for kind, sql, expected, line in parse_golden(path):
            if kind == "setup":
                setup.append(sql)
            else:
                jobs.append((f"{name}:{line}", kind, sql, expected, list(setup)))
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        futures = [pool.submit(run_case, args.sqlite3, lib, j[4], j[2], env) for j in jobs]
        for job, fut in zip(jobs, futures):
            title, kind, sql, expected, _ = job
            out, err, code = fut.result()
            sanitizer = "Sanitizer" in err or "runtime error:" in err or code == 99
            if kind == "rows":
                good = same_rows(expected, out) and not err
                actual = out + ([f"(stderr) {err}"] if err else [])
            else:
                first = ERROR_PREFIX.sub("", err.split("\n")[0]) if err else ""
                good = first == expected[0] and not sanitizer
                actual = [first or "(no error)"] + (out if out else [])
            if good:
                res.ok()
            else:
                res.fail_case(title, sql, expected, actual)


def run_counted(cmd, title, res, env):
    """Run a program that ends with 'N passed, N failed'; add its counts."""
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=1800)
    run_counted_output(proc, title, res)


def run_symbols(args, res):
    """The shared object exports only the entry point."""
    out = subprocess.run(["nm", "-D", "--defined-only", args.lib],
                         capture_output=True, text=True).stdout
    names = sorted(line.split()[-1] for line in out.split("\n")
                   if line.strip() and line.split()[1] in "TDBRVW" and
                   not line.split()[-1].startswith("_"))
    if names == ["sqlite3_textkit_init"]:
        res.ok()
    else:
        res.fail("symbols", f"  exported: {names}\n  expected: ['sqlite3_textkit_init']")


def run_format(res):
    """Every C file is clang-formatted with the project's .clang-format
    (skipped with a message when clang-format is not installed)."""
    import shutil
    if not shutil.which("clang-format"):
        print("format: clang-format not installed, skipped", flush=True)
        return
    patterns = ["ext/core/*/*.[ch]", "ext/sqlite/*.[ch]", "ext/postgres/*.[ch]", "include/*.h", "include/textkit/*.h",
                "tests/unit/*.[ch]", "tests/bench/*.c", "ext/tools/*.[ch]", "tests/fuzz/*.c",
                "tests/oom/*.c", "tests/threads/*.c", "tests/harness/*.h"]
    files = sorted(f for p in patterns for f in glob.glob(os.path.join(ROOT, p)))
    bad = [os.path.relpath(f, ROOT) for f in files
           if subprocess.run(["clang-format", "--dry-run", "-Werror", f],
                             capture_output=True).returncode != 0]
    if bad:
        res.fail("format", "  not clang-formatted (run 'make format'):\n    " + "\n    ".join(bad))
    else:
        res.ok()


def object_graph(objs):
    """{object: set of objects whose global symbols it uses}, from nm."""
    defined, used = {}, {}
    for o in objs:
        out = subprocess.run(["nm", o], capture_output=True, text=True).stdout
        d, u = set(), set()
        for line in out.splitlines():
            p = line.split()
            if len(p) == 3 and p[1] in "TDBRCV":
                d.add(p[2])
            elif len(p) == 2 and p[0] == "U":
                u.add(p[1])
        defined[o], used[o] = d, u
    owner = {sym: o for o, d in defined.items() for sym in d}
    return {o: {owner[sym] for sym in u if sym in owner and owner[sym] != o}
            for o, u in used.items()}, used


def circles(graph):
    """The strongly connected components of more than one node (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def run_layers(args, res):
    """The house's rules (docs/architecture.md), checked on the sources and
    on the object files the build just made."""
    core_src = sorted(glob.glob(os.path.join(ROOT, "ext/core/*/*.[ch]")))
    bad = [os.path.relpath(f, ROOT) for f in core_src
           if re.search(r'#\s*include\s*[<"](?:sqlite3|postgres\.h|fmgr\.h)',
                        open(f, encoding="utf-8").read())]
    if bad:
        res.fail("layers: core includes sqlite3.h or postgres.h", "  " + "\n  ".join(bad))
    else:
        res.ok()
    obj_dir = args.obj_dir
    objs = sorted(glob.glob(os.path.join(obj_dir, "ext/core/*/*.o")) +
                  glob.glob(os.path.join(obj_dir, "ext/sqlite/*.o")))
    if not objs:
        res.fail("layers", f"  no object files under {obj_dir}")
        return
    graph, used = object_graph(objs)
    calls = [f"{os.path.relpath(o, obj_dir)}: {s}" for o in objs if "/ext/core/" in o
             for s in sorted(used[o]) if s.startswith("sqlite3")]
    if calls:
        res.fail("layers: core calls SQLite", "  " + "\n  ".join(calls))
    else:
        res.ok()
    up = [f"{os.path.relpath(o, obj_dir)} -> {os.path.relpath(t, obj_dir)}"
          for o in objs if "/ext/core/" in o for t in graph[o] if "/ext/sqlite/" in t]
    if up:
        res.fail("layers: core uses the face", "  " + "\n  ".join(up))
    else:
        res.ok()
    found = circles(graph)
    if found:
        res.fail("layers: circles between object files",
                 "\n".join("  " + " <-> ".join(os.path.relpath(o, obj_dir) for o in c)
                           for c in found))
    else:
        res.ok()


def report_sqlite_versions(args, res, env):
    """Print the SQLite version of the sqlite3 shell and of python3's
    sqlite3 module as this run's environment loads them; with
    --sqlite-version, each must be that one."""
    shell = subprocess.run([args.sqlite3, ":memory:", "SELECT sqlite_version();"],
                           capture_output=True, text=True, env=env).stdout.strip()
    py = subprocess.run([sys.executable, "-c",
                         "import sqlite3; print(sqlite3.connect(':memory:')"
                         ".execute('SELECT sqlite_version()').fetchone()[0])"],
                        capture_output=True, text=True, env=env).stdout.strip()
    print(f"sqlite: shell {shell or '?'}, python3 {py or '?'}", flush=True)
    if args.sqlite_version:
        if shell == py == args.sqlite_version:
            res.ok()
        else:
            res.fail("sqlite version", f"  expected {args.sqlite_version} in both")


def run_threads(args, res, env):
    """tests/threads/threads.c beside the unit tests; under ThreadSanitizer
    (a tsan build directory) every report it prints is one failure."""
    prog = os.path.join(os.path.dirname(args.unit_dir), "threads", "threads")
    if not os.path.exists(prog) or (args.only and args.only not in "threads"):
        return
    tsan = os.path.basename(os.path.dirname(os.path.abspath(args.unit_dir))) == "tsan"
    tenv = dict(env)
    if tsan:
        tenv["TSAN_OPTIONS"] = "halt_on_error=0:exitcode=0"
    before = res.passed + res.failed
    cmd = [prog, os.path.splitext(os.path.abspath(args.lib))[0],
           "--seconds", "5" if tsan else "2"]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=tenv, timeout=900)
    print("\n".join(line for line in proc.stdout.split("\n")
                    if line.startswith("threads:")), flush=True)
    if tsan:
        reports = proc.stderr.count("WARNING: ThreadSanitizer:")
        print(f"threads: {reports} ThreadSanitizer reports", flush=True)
        if reports:
            res.fail("threads: ThreadSanitizer", proc.stderr[-8000:])
        else:
            res.ok()
    run_counted_output(proc, "threads", res)
    print(f"threads: {res.passed + res.failed - before} checks", flush=True)


def run_counted_output(proc, title, res):
    """Add the counts of a finished program's last 'N passed, N failed[, N
    skipped]' line."""
    found = re.findall(r"^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$",
                       proc.stdout, re.M)
    if not found:
        res.fail(title, f"  no result line (exit {proc.returncode})\n"
                 f"{proc.stdout[-3000:]}{proc.stderr[-3000:]}")
        return
    passed, failed, skipped = (int(x or 0) for x in found[-1])
    res.passed += passed
    res.failed += failed
    res.skipped += skipped
    if failed or proc.returncode:
        if proc.returncode and not failed:
            res.fail(title, f"  exit status {proc.returncode}")
        print(f"FAIL in {title}:\n{proc.stdout[-6000:]}{proc.stderr[-6000:]}", flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", required=True)
    ap.add_argument("--unit-dir", required=True)
    ap.add_argument("--obj-dir", default="build/release",
                    help="where the build left ext/core/*/*.o and ext/sqlite/*.o")
    ap.add_argument("--sanitize", action="store_true")
    ap.add_argument("--only", default="")
    ap.add_argument("--sqlite3", default="sqlite3")
    ap.add_argument("--sqlite-version", default="",
                    help="the SQLite version the shell and python3 must use")
    args = ap.parse_args()
    env = sanitizer_env() if args.sanitize else dict(os.environ)
    env["TEXTKIT_LIB"] = os.path.abspath(args.lib)
    res = Result()
    report_sqlite_versions(args, res, env)

    before = res.passed + res.failed
    run_sql_suite(args, res, env)
    print(f"sql: {res.passed + res.failed - before} checks", flush=True)

    no_leak_env = dict(env)
    if args.sanitize:
        no_leak_env["ASAN_OPTIONS"] = "detect_leaks=0:exitcode=99"
    for path in sorted(glob.glob(os.path.join(args.unit_dir, "test_*"))):
        if args.only and args.only not in path:
            continue
        before = res.passed + res.failed
        run_counted([path], os.path.basename(path), res, env)
        print(f"unit {os.path.basename(path)}: {res.passed + res.failed - before} checks", flush=True)
    oom = os.path.join(os.path.dirname(args.unit_dir), "oom", "oom_sweep")
    if os.path.exists(oom) and (not args.only or args.only in "oom"):
        before = res.passed + res.failed
        run_counted([oom, os.path.splitext(os.path.abspath(args.lib))[0]]
                    + (["--quick"] if args.sanitize else []), "oom_sweep", res, env)
        print(f"oom oom_sweep: {res.passed + res.failed - before} checks", flush=True)
    run_threads(args, res, env)
    for path in sorted(glob.glob(os.path.join(ROOT, "tests/py/test_*.py"))):
        if args.only and args.only not in path:
            continue
        before = res.passed + res.failed
        # CPython itself is not leak-clean, so leaks are checked by sql/unit.
        run_counted([sys.executable, path], os.path.basename(path), res, no_leak_env)
        print(f"python {os.path.basename(path)}: {res.passed + res.failed - before} checks", flush=True)
    if not args.only:
        run_symbols(args, res)
        run_layers(args, res)
        run_format(res)

    print(f"{res.passed} passed, {res.failed} failed"
          + (f", {res.skipped} skipped" if res.skipped else ""))
    sys.exit(1 if res.failed else 0)


if __name__ == "__main__":
    main()
