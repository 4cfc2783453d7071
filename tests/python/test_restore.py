"""pg_dump and restore of a database with harden (docs/backup.md).

A dump holds objects the guard let through in warn mode or under a bypass,
and harden's own rows. Restored with the one line the README gives, plain
(psql) and custom (pg_restore) format, everything comes back exactly once:
the objects, every row of harden's tables, and the mode.
"""

import os
import shutil
import subprocess

import psycopg
import pytest

import pg_under_test
from conftest import HARDEN_TABLES as TABLES, harden_rows as rows

UNPINNED = ("CREATE FUNCTION {name}() RETURNS int LANGUAGE sql SECURITY DEFINER "
            "SET search_path = public AS 'SELECT 1'")
WARNED = '"wärned fn ""x""\n"'
BYPASSED = '"by passed"'


def gate_mode(conn):
    config = conn.execute("SELECT proconfig FROM pg_catalog.pg_proc"
                          " WHERE oid = 'harden.guard_ddl_command_end()'::regprocedure").fetchone()[0]
    return [c for c in config if c.startswith("harden.mode=")]


@pytest.fixture
def dumped(server, db):
    """The test's database with objects the guard warned on or let through, and
    a row in every harden table."""
    db.execute("CREATE TABLE sales (id int PRIMARY KEY, amount numeric)")
    db.execute("SET harden.bypass = on")
    db.execute(UNPINNED.format(name=BYPASSED))
    db.execute("RESET harden.bypass")
    db.execute("SELECT harden.set_rule_action('grant_all_privileges', 'warn')")
    db.execute("SELECT harden.set_mode('warn')")
    db.execute(UNPINNED.format(name=WARNED))
    db.execute("SELECT harden.waive(%s, 'kept across a restore')", ["0" * 32])
    db.execute("SELECT * FROM harden.apply()")
    for table in TABLES:
        assert rows(db, table), "%s has no row to dump" % table
    return db


@pytest.fixture
def restored(server):
    """An empty database to restore into, dropped afterwards."""
    name = "restored ümlaut"
    admin = server.connect(dbname="postgres")
    admin.execute(psycopg.sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(psycopg.sql.Identifier(name)))
    yield name
    server.close_all()
    admin = psycopg.connect(host=server.host, port=server.port, user=server.superuser, dbname="postgres",
                            autocommit=True)
    admin.execute(psycopg.sql.SQL("DROP DATABASE {} WITH (FORCE)").format(psycopg.sql.Identifier(name)))
    admin.close()


def run(args, **env):
    done = subprocess.run(args, capture_output=True, text=True, env=dict(os.environ, **env))
    assert done.returncode == 0, "%s exited %s:\n%s" % (args[0], done.returncode, done.stderr)
    return done


@pytest.mark.parametrize("form", ["plain", "custom"])
def test_a_restore_brings_back_every_object_and_row_once(server, dumped, restored, form):
    conn_args = ["-h", server.host, "-p", str(server.port), "-U", server.superuser]
    # Where the programs of the PostgreSQL under test can write (a Debian root's too).
    tmp = pg_under_test.server_dir("harden-dump-")
    try:
        dump = os.path.join(tmp, "dump")
        run([pg_under_test.program("pg_dump"), *conn_args, "-d", server.dbname, "-f", dump]
            + (["-Fc"] if form == "custom" else []))
        # The README's line: PGOPTIONS='-c harden.restore=on' pg_restore ... / psql ...
        if form == "custom":
            run([pg_under_test.program("pg_restore"), *conn_args, "-d", restored, dump],
                PGOPTIONS="-c harden.restore=on")
        else:
            run([pg_under_test.program("psql"), *conn_args, "-X", "-q", "-v", "ON_ERROR_STOP=1",
                 "-d", restored, "-f", dump], PGOPTIONS="-c harden.restore=on")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    copy = server.connect(dbname=restored)
    for table in TABLES:
        assert rows(copy, table) == rows(dumped, table), table
    for name in (WARNED, BYPASSED):
        assert copy.execute("SELECT to_regprocedure(%s)", [name + "()"]).fetchone()[0] is not None
    assert gate_mode(copy) == gate_mode(dumped) == ["harden.mode=warn"]
    # The restored guard works, numbering new history rows after the dumped ones.
    copy.execute("CREATE FUNCTION after_restore() RETURNS int LANGUAGE sql SECURITY DEFINER"
                 " SET search_path = public AS 'SELECT 1'")
    last = copy.execute("SELECT max(id), count(*) FROM harden.ddl_history").fetchone()
    assert last == (rows(dumped, "harden.ddl_history")[-1][0] + 1, len(rows(dumped, "harden.ddl_history")) + 1)


def test_harden_restore_is_ignored_for_a_non_superuser(server, db):
    """Any role can set harden.restore; only a superuser session is believed."""
    db.execute('CREATE ROLE "re store" LOGIN')
    db.execute('GRANT CREATE ON SCHEMA public TO "re store"')
    conn = server.connect(user="re store", options="-c harden.restore=on")
    with pytest.raises(psycopg.errors.InsufficientPrivilege) as exc:
        conn.execute(UNPINNED.format(name="sneaky"))
    assert "security_definer_search_path" in exc.value.diag.message_primary
    assert db.execute("SELECT to_regprocedure('sneaky()')").fetchone()[0] is None
