#!/usr/bin/python3
"""pg_clusters.py -- throwaway PostgreSQL clusters for the scale-out test
(tests/postgres/scaleout.py) and the scale bench (tests/bench/bench_scale.py).

    from pg_clusters import Clusters
    with Clusters(bindir, ["coord", "shard0", "shard1"]) as cs:
        cs["coord"].sql("SELECT 1")

Each cluster is initdb'd in its own folder of one temporary directory under
/tmp (Unix socket paths must stay short), runs as Debian's postgres user
when we are root (the server refuses root), listens on its Unix socket
only, on a free port, with fsync off; leaving the `with` block stops every
server (immediate mode) and removes the directory, also after an error.
bindir is the bin folder of a PostgreSQL installation that has textkit
installed (`make pgroot` makes a private one, build/pgroot).
"""
import os
import shutil
import socket
import subprocess
import tempfile


def free_port():
    """A TCP port number nobody listens on now (the socket file is named
    after it, so two clusters must not share one)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_as_server_user():
    """The command prefix that runs a server program: runuser to postgres
    when we are root, nothing otherwise."""
    return ["runuser", "-u", "postgres", "--", "env", "-C", "/"] if os.geteuid() == 0 else []


class Cluster:
    """One running server: its socket folder, port and a psql runner."""

    def __init__(self, bindir, base, name, settings):
        self.bindir, self.name = bindir, name
        self.data = os.path.join(base, name)
        self.host, self.port = base, free_port()
        prefix = run_as_server_user()
        log = os.path.join(base, name + ".log")
        subprocess.run(prefix + [os.path.join(bindir, "initdb"), "-D", self.data, "-U", "postgres",
                                 "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"],
                       check=True, capture_output=True)
        opts = f"-p {self.port} -k {base} -c listen_addresses= -c fsync=off"
        for key, value in settings.items():
            opts += f" -c {key}={value}"
        started = subprocess.run(prefix + [os.path.join(bindir, "pg_ctl"), "-D", self.data, "-l", log,
                                           "-w", "-t", "60", "-o", opts, "start"], capture_output=True)
        if started.returncode:
            raise RuntimeError(f"{name} did not start: {open(log).read()[-2000:]}")

    def psql(self, args, sql=None, check=True):
        """psql on this server's postgres database; (stdout, stderr)."""
        cmd = [os.path.join(self.bindir, "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
               "-h", self.host, "-p", str(self.port), "-U", "postgres", "-d", "postgres"] + args
        out = subprocess.run(cmd, input=sql, capture_output=True, text=True)
        if check and out.returncode:
            raise RuntimeError(f"{self.name}: psql failed: {out.stderr.strip()[-2000:]}")
        return out.stdout, out.stderr

    def sql(self, script):
        """Run an SQL script (statements separated by ';'); its output."""
        return self.psql([], script)[0]

    def children_cpu(self):
        """CPU seconds of the server's processes that have ended (backends
        and parallel workers, once the postmaster has reaped them): the
        postmaster's cutime + cstime, from /proc."""
        with open(os.path.join(self.data, "postmaster.pid")) as f:
            pid = int(f.readline())
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")

    def stop(self):
        """Stop the server at once (its data is thrown away)."""
        subprocess.run(run_as_server_user() + [os.path.join(self.bindir, "pg_ctl"), "-D", self.data,
                                               "-m", "immediate", "stop"], capture_output=True)


class Clusters:
    """Named clusters in one temporary directory, stopped on exit."""

    def __init__(self, bindir, names, settings=None):
        self.bindir, self.names, self.settings = bindir, names, settings or {}
        self.base, self.clusters = None, {}

    def __enter__(self):
        self.base = tempfile.mkdtemp(prefix="tk-pg.", dir="/tmp")
        if os.geteuid() == 0:
            shutil.chown(self.base, "postgres")
        os.chmod(self.base, 0o711)
        try:
            for name in self.names:
                self.clusters[name] = Cluster(self.bindir, self.base, name, self.settings)
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __getitem__(self, name):
        return self.clusters[name]

    def __exit__(self, *exc):
        for cluster in self.clusters.values():
            cluster.stop()
        shutil.rmtree(self.base, ignore_errors=True)
        return False
