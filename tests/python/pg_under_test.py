"""The PostgreSQL under test, for every test and fixture that runs a server or
one of its programs.

It is the host's own PostgreSQL (the pg_config on PATH), or, with
HARDEN_PGROOT set (tools/test.sh does so for PostgreSQL 17 and 18), one in a
Debian root made by tools/pgroot.sh, whose programs run through the wrappers
in HARDEN_PGROOT/.harden/bin. Those run inside the root as its postgres user
and take host paths under the root, so a cluster lives in a directory under
the root's /tmp and is reached from here over TCP on 127.0.0.1 or over its
socket directory's host path.

The server refuses to run as root: as root, the host's programs run as the
postgres OS user, and files they must write belong to that user.
"""

import contextlib
import os
import pwd
import re
import shutil
import subprocess
import tempfile

import port_for
import psycopg
import pytest
from pytest_postgresql.executors import NoopExecutor
from pytest_postgresql.janitor import DatabaseJanitor

ROOT = os.environ.get("HARDEN_PGROOT", "").rstrip("/")
PG_CONFIG = os.path.join(ROOT, ".harden", "bin", "pg_config") if ROOT else shutil.which("pg_config")
if not PG_CONFIG or not os.access(PG_CONFIG, os.X_OK):
    raise RuntimeError("no pg_config: put the PostgreSQL under test on PATH, or set HARDEN_PGROOT")


def _pg_config(option):
    return subprocess.run([PG_CONFIG, option], capture_output=True, text=True, check=True).stdout.strip()


BINDIR = _pg_config("--bindir")
VERSION_STRING = _pg_config("--version")  # "PostgreSQL 17.6 (Debian 17.6-1)"
VERSION = int(re.match(r"PostgreSQL (\d+)", VERSION_STRING).group(1))
_wanted = os.environ.get("HARDEN_TEST_PG")
if _wanted and int(_wanted) != VERSION:
    raise RuntimeError("HARDEN_TEST_PG=%s but %s is %s" % (_wanted, PG_CONFIG, VERSION_STRING))


def describe():
    """One line for the test report's header."""
    where = "Debian root %s" % ROOT if ROOT else "this host, %s" % BINDIR
    return "PostgreSQL under test: %s (%s)" % (VERSION_STRING, where)


def program(name):
    """Path of a PostgreSQL program (psql, pg_dump, pg_basebackup...) to run from here."""
    return os.path.join(BINDIR, name)


def _server_user():
    """(uid, gid) the server's files must belong to, or None when they are this process's."""
    if ROOT:
        with open(os.path.join(ROOT, "etc", "passwd")) as passwd:
            for line in passwd:
                fields = line.split(":")
                if fields[0] == "postgres":
                    return int(fields[2]), int(fields[3])
        raise RuntimeError("no postgres user in %s/etc/passwd" % ROOT)
    if os.geteuid() == 0:
        entry = pwd.getpwnam("postgres")
        return entry.pw_uid, entry.pw_gid
    return None


def server_command(name, *args):
    """argv that runs a server program as the server's OS user."""
    argv = [program(name), *map(str, args)]
    if not ROOT and os.geteuid() == 0:  # the root's wrappers switch user themselves
        argv = ["runuser", "-u", "postgres", "--", *argv]
    return argv


def run_server_program(name, *args, **kw):
    """Runs initdb, pg_ctl, pg_basebackup... as the server's OS user; output captured as text."""
    return subprocess.run(server_command(name, *args), capture_output=True, text=True, **kw)


def server_dir(prefix):
    """A new directory the server's OS user owns, where the server can see it (host path)."""
    path = tempfile.mkdtemp(prefix=prefix, dir=os.path.join(ROOT, "tmp") if ROOT else None)
    owner = _server_user()
    if owner:
        os.chown(path, *owner)
    return path


def seen_by_server(host_path):
    """The path the server reports (SHOW hba_file, data_directory...) for a file of the host."""
    host_path = str(host_path)
    if ROOT and host_path.startswith(ROOT + "/"):
        return host_path[len(ROOT):]
    return host_path


def on_host(server_path):
    """The host's path of a file the server names."""
    return ROOT + str(server_path) if ROOT else str(server_path)


class Cluster:
    """A throwaway cluster in a directory of its own, on a free TCP port on
    localhost and a Unix socket in that directory, trusting local connections
    like pytest-postgresql's. Made empty by initdb(), or copied from a running
    server by basebackup(); start(), stop() and remove() as needed."""

    def __init__(self, options="", port=None):
        self.home = server_dir("harden-pg-")
        self.datadir = os.path.join(self.home, "data")
        self.logfile = os.path.join(self.home, "server.log")
        self.socket_dir = self.home
        self.port = port or port_for.select_random()
        self.options = options
        self.user = "postgres"

    def initdb(self):
        done = run_server_program("initdb", "-D", self.datadir, "--username=postgres", "--auth=trust",
                                  "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        assert done.returncode == 0, "initdb failed: " + done.stdout + done.stderr
        return self

    def basebackup(self, host, port, user, standby=False):
        """A copy of a running server (pg_basebackup), a streaming standby of it with standby=True.
        Returns the failed run's stderr, or None."""
        backup = ["-h", host, "-p", port, "-U", user, "-D", self.datadir, "-X", "stream", "-c", "fast"]
        done = run_server_program("pg_basebackup", *backup, *(["-R"] if standby else []))
        return done.stderr.strip() if done.returncode else None

    def append_conf(self, text):
        """Settings appended to postgresql.auto.conf (the file stays the server user's)."""
        with open(os.path.join(self.datadir, "postgresql.auto.conf"), "a") as conf:
            conf.write(text)

    def start(self):
        opts = "-F -p %d -c unix_socket_directories='%s' %s" % (self.port, self.socket_dir, self.options)
        done = run_server_program("pg_ctl", "start", "-D", self.datadir, "-l", self.logfile, "-w", "-o", opts)
        if done.returncode != 0:
            with contextlib.suppress(OSError), open(self.logfile) as log:
                done.stderr += log.read()
        assert done.returncode == 0, "pg_ctl start failed: " + done.stdout + done.stderr
        return self

    def stop(self, mode="fast"):
        if os.path.exists(os.path.join(self.datadir, "postmaster.pid")):
            run_server_program("pg_ctl", "stop", "-D", self.datadir, "-m", mode, "-w")

    def remove(self):
        self.stop("immediate")
        shutil.rmtree(self.home, ignore_errors=True)

    def connect(self, dbname="postgres", user=None, **kw):
        """A connection over the cluster's socket directory."""
        return psycopg.connect(host=self.socket_dir, port=self.port, dbname=dbname, user=user or self.user,
                               autocommit=True, **kw)


class ClusterExecutor(NoopExecutor):
    """What pytest-postgresql's client fixtures (factories.postgresql) need of a
    process fixture, over a Cluster; stop() and start() restart it."""

    def __init__(self, cluster, dbname):
        super().__init__(host="127.0.0.1", port=cluster.port, user=cluster.user, options="", dbname=dbname)
        self.cluster = cluster
        self.logfile = cluster.logfile  # the server's log, as pytest-postgresql's executor has it

    def stop(self):
        self.cluster.stop()

    def start(self):
        self.cluster.start()


def cluster_fixture(dbname, load=(), postgres_options=""):
    """A session fixture like factories.postgresql_proc: a cluster of the
    PostgreSQL under test with a template database `dbname`_tmpl that each
    `load` callable (called with host, port, user, dbname, password) prepared,
    for factories.postgresql to clone per test."""

    @pytest.fixture(scope="session")
    def proc():
        cluster = Cluster(options=postgres_options)
        try:
            cluster.initdb().start()
            executor = ClusterExecutor(cluster, dbname)
            janitor = DatabaseJanitor(user=executor.user, host=executor.host, port=executor.port,
                                      dbname=executor.template_dbname, as_template=True,
                                      maintenance_dbname=executor.maintenance_dbname)
            janitor.init()
            for step in load:
                janitor.load(step)
            yield executor
        finally:
            cluster.remove()

    return proc
