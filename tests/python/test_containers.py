"""harden's checks on other PostgreSQL major versions, through the psycopg adapter.

The stock postgres:16 and postgres:17 images have no plpython3u, so the
extension cannot be installed there; the checks run from python_lib against
them instead (harden.audit.report(PsycopgDatabase(conn))), which is what the
version-aware parts of the rules need proving on: PostgreSQL 16's
run_as_owner and pg_create_subscription, 17's MAINTAIN privilege. There is no
harden.config or harden.waivers there: the report runs on the defaults.

The container tests need a reachable Docker engine (testcontainers); without
one they are skipped with the reason, which `pytest -ra` prints. The same run
against a harden-free database on the local test server always runs, and
make test runs it on PostgreSQL 15, 17 and 18 (tools/test.sh).
"""

import psycopg
import pytest

from conftest import load_fixture

IMAGES = ("postgres:16", "postgres:17")


def docker_unreachable():
    """Why no Docker engine can be used, or None when one answers."""
    try:
        from testcontainers.core.docker_client import DockerClient

        DockerClient().client.ping()
    except Exception as exc:  # any failure to reach the engine is a reason to skip
        return "no Docker engine reachable for testcontainers (%s: %s)" % (type(exc).__name__, exc)
    return None


@pytest.fixture(scope="module", params=IMAGES)
def stock_server(request):
    reason = docker_unreachable()
    if reason:
        pytest.skip(reason)
    from testcontainers.community.postgres import PostgresContainer

    with PostgresContainer(request.param, driver=None) as container:
        with psycopg.connect(container.get_connection_url(), autocommit=True) as conn:
            yield conn


def version_objects(conn, version_num):
    """Objects whose catalog shape differs between major versions."""
    conn.execute('CREATE ROLE "Grantee ""Ñ"" all" NOLOGIN')
    conn.execute('CREATE TABLE public."Every ""Privilege"" Ñ" (id int)')
    conn.execute('GRANT ALL ON public."Every ""Privilege"" Ñ" TO "Grantee ""Ñ"" all"')
    if version_num >= 160000:
        conn.execute('CREATE ROLE "Sub Maker" LOGIN IN ROLE pg_create_subscription')
        conn.execute("CREATE PUBLICATION everything FOR ALL TABLES")
        conn.execute("CREATE SUBSCRIPTION \"Run ""As"" Owner\" CONNECTION 'dbname=nowhere' PUBLICATION everything"
                     " WITH (connect = false, run_as_owner = true)")
    if version_num >= 170000:
        conn.execute('CREATE ROLE "Maintainer Ñ" NOLOGIN')
        conn.execute('GRANT MAINTAIN ON public."Every ""Privilege"" Ñ" TO "Maintainer Ñ"')


def check_without_the_extension(conn):
    """The whole report through psycopg on a database without harden installed."""
    from harden import audit, catalogue
    from harden.db import PsycopgDatabase

    version_num = int(conn.execute("SHOW server_version_num").fetchone()[0])
    load_fixture(conn, "pgtrickle.sql")
    load_fixture(conn, "pgtrickle_demo.sql")
    version_objects(conn, version_num)

    rows = audit.report(PsycopgDatabase(conn))
    failed = [r["object_identity"] + ": " + r["message"] for r in rows if r["check_name"] == "harden_check_failed"]
    assert not failed, "checks that broke on PostgreSQL %d:\n%s" % (version_num, "\n".join(failed))

    found = {(r["check_name"], r["object_identity"]) for r in rows}
    assert ("pgt_role_missing", "pgtrickle_admin") in found
    rules = catalogue.load()
    # GRANT ALL includes MAINTAIN on 17: the check must still see every privilege.
    if "grant_all_privileges" in rules:
        assert ("grant_all_privileges", 'public."Every ""Privilege"" Ñ"') in found
    if version_num >= 160000 and getattr(rules.get("subscription_run_as_owner"), "audit", None):
        assert any(c == "subscription_run_as_owner" for c, _ in found)


def test_every_check_runs_on_a_stock_server(stock_server):
    check_without_the_extension(stock_server)


@pytest.fixture
def database_without_harden(server):
    """A database on the local test cluster where harden was never created."""
    name = psycopg.sql.Identifier("no harden Ñ")
    admin = server.connect(dbname="postgres")
    admin.execute(psycopg.sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(name))
    conn = server.connect(dbname="no harden Ñ")
    yield conn
    # The subscription version_objects makes on PostgreSQL 16+ keeps the
    # database from being dropped; it never connected, so it has no slot.
    for (sub,) in conn.execute("SELECT quote_ident(subname) FROM pg_catalog.pg_subscription s"
                               " JOIN pg_catalog.pg_database d ON d.oid = s.subdbid"
                               " WHERE d.datname = current_database()").fetchall():
        conn.execute("ALTER SUBSCRIPTION %s SET (slot_name = NONE)" % sub)
        conn.execute("DROP SUBSCRIPTION %s" % sub)
    conn.close()
    # Before the server fixture drops this test's roles, which own objects here.
    admin.execute(psycopg.sql.SQL("DROP DATABASE {}").format(name))


def test_every_check_runs_without_the_extension_locally(database_without_harden):
    """The same run on this machine's server: what the containers add is other majors."""
    check_without_the_extension(database_without_harden)
