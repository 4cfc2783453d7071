"""Real-server harness: a throwaway cluster of the PostgreSQL under test
(pg_under_test.py: the host's, or 17 and 18 from a Debian root) serves the
tests through pytest-postgresql's client fixtures. The extension comes from
`make install`; every test gets its own database cloned from a template where
`CREATE EXTENSION harden CASCADE` already ran, and every role a test creates is
dropped after it, since roles are cluster-wide.
"""

import contextlib
import pathlib
import sys

import psycopg
import pytest
from pytest_postgresql import factories

REPO = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "python_lib"))
sys.path.insert(0, str(REPO / "tests" / "python"))

import pg_under_test  # noqa: E402  (after the path above)

PG_BINDIR = pg_under_test.BINDIR
FIXTURES = REPO / "tests" / "fixtures"


def create_extension(host, port, user, dbname, password, **_):
    with psycopg.connect(host=host, port=port, user=user, dbname=dbname, password=password, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION harden CASCADE")


postgresql_proc = pg_under_test.cluster_fixture("harden_test", load=[create_extension])
postgresql = factories.postgresql("postgresql_proc")


def pytest_report_header(config):
    return pg_under_test.describe()


class Server:
    """Connection facts for one running cluster, and a way to log in as a role."""

    def __init__(self, proc, dbname):
        self.host, self.port, self.superuser, self.dbname = proc.host, proc.port, proc.user, dbname
        self._conns = []

    def connect(self, user=None, dbname=None, autocommit=True, **kw):
        conn = psycopg.connect(host=self.host, port=self.port, user=user or self.superuser,
                               dbname=dbname or self.dbname, autocommit=autocommit, **kw)
        self._conns.append(conn)
        return conn

    def close_all(self):
        for conn in self._conns:
            with contextlib.suppress(Exception):
                conn.close()
        self._conns.clear()


def _roles(conn):
    return {r[0] for r in conn.execute("SELECT rolname FROM pg_catalog.pg_roles")}


@pytest.fixture
def server(postgresql, postgresql_proc):
    """The test's database on the shared cluster, as a Server."""
    srv = Server(postgresql_proc, postgresql.info.dbname)
    postgresql.autocommit = True
    before = _roles(postgresql)
    yield srv
    srv.close_all()
    roles = sorted(_roles(postgresql) - before)
    # Every role's objects and grants before any role: a privilege another
    # of them granted (WITH GRANT OPTION) goes only with that grantor's.
    for role in roles:
        postgresql.execute(psycopg.sql.SQL("DROP OWNED BY {} CASCADE").format(psycopg.sql.Identifier(role)))
    for role in roles:
        postgresql.execute(psycopg.sql.SQL("DROP ROLE {}").format(psycopg.sql.Identifier(role)))


@pytest.fixture
def db(server):
    """An autocommit superuser connection to the test's database."""
    return server.connect()


@pytest.fixture
def auditor(server, db):
    """A non-superuser login role that is a member of harden_auditor."""
    db.execute('CREATE ROLE "aud itor" LOGIN IN ROLE harden_auditor')
    return server.connect(user="aud itor")


def load_fixture(conn, name):
    """Run a SQL fixture from tests/fixtures."""
    conn.execute((FIXTURES / name).read_text())


def report(conn, *checks):
    """audit_report() rows as dicts, optionally only for the named checks."""
    from psycopg.rows import dict_row
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute("SELECT * FROM harden.audit_report()")
        rows = cur.fetchall()
    return [r for r in rows if not checks or r["check_name"] in checks]


# harden's tables that pg_dump keeps (pg_extension_config_dump), each with an
# order: what an update or a restore must keep row for row.
HARDEN_TABLES = {
    "harden.config": "name",
    "harden.waivers": "fingerprint",
    "harden.rule_actions": "rule",
    "harden.ddl_history": "id",
    "harden.apply_runs": "run_id",
    "harden.apply_actions": "run_id, seq",
}


def harden_rows(conn, table):
    """The rows of one of HARDEN_TABLES, in its order."""
    return conn.execute("SELECT * FROM %s ORDER BY %s" % (table, HARDEN_TABLES[table])).fetchall()
