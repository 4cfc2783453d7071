import json
import pathlib
import re

import psycopg
import pytest

from conftest import REPO, report

import harden
from harden import catalogue
from harden.db import PsycopgDatabase
from harden import audit


def test_python_package_version_matches_control_file():
    control = (REPO / "harden.control").read_text()
    assert re.search(r"default_version = '([^']+)'", control).group(1) == harden.__version__


def test_version_function(db):
    assert db.execute("SELECT harden.version()").fetchone()[0] == harden.__version__


def test_checks_lists_the_catalogue(db):
    names = [r[0] for r in db.execute("SELECT name FROM harden.checks() ORDER BY name")]
    assert names == sorted(catalogue.load())


def test_public_cannot_execute_any_harden_function(db):
    rows = db.execute(
        "SELECT p.oid::regprocedure::text FROM pg_proc p"
        " WHERE p.pronamespace = 'harden'::regnamespace"
        "   AND has_function_privilege('public', p.oid, 'EXECUTE')").fetchall()
    assert rows == []


def test_every_function_pins_search_path(db):
    rows = db.execute(
        "SELECT p.oid::regprocedure::text, p.proconfig FROM pg_proc p"
        " WHERE p.pronamespace = 'harden'::regnamespace").fetchall()
    assert rows
    bad = [name for name, cfg in rows if cfg is None or "search_path=pg_catalog, pg_temp" not in cfg]
    assert bad == []


def test_every_python_function_quotes_as_python_does(db):
    """Python compares the identities pg_identify_object() gives with its own
    quoting: any role may turn quote_all_identifiers on (attacker helper)."""
    rows = db.execute(
        "SELECT p.oid::regprocedure::text, p.proconfig FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang"
        " WHERE p.pronamespace = 'harden'::regnamespace AND l.lanname = 'plpython3u'").fetchall()
    assert len(rows) > 10
    assert [name for name, cfg in rows if "quote_all_identifiers=off" not in cfg] == []


def test_report_needs_harden_auditor(server, db):
    db.execute("CREATE ROLE outsider LOGIN")
    with server.connect(user="outsider") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM harden.audit_report()")


def test_auditor_runs_report_summary_and_json(auditor):
    rows = report(auditor)
    summary = dict(auditor.execute("SELECT severity, findings FROM harden.audit_summary()").fetchall())
    assert set(summary) == {"critical", "high", "medium", "low", "info"}
    assert sum(summary.values()) == len(rows)
    as_json = auditor.execute("SELECT harden.audit_report_json()").fetchone()[0]
    assert [r["fingerprint"] for r in as_json] == [r["fingerprint"] for r in rows]


def test_same_checks_outside_the_server(db):
    """The Python package gives the same report through psycopg as through PL/Python."""
    inside = report(db)
    outside = audit.report(PsycopgDatabase(db))
    assert [(r["check_name"], r["fingerprint"]) for r in outside] == \
           [(r["check_name"], r["fingerprint"]) for r in inside]


def test_configure_validates_and_resets(db):
    assert db.execute("SELECT harden.configure('admin_role', 'St\"ream Admin')").fetchone()[0] == 'St"ream Admin'
    with pytest.raises(psycopg.errors.InvalidParameterValue, match="invalid value 'loud'"):
        db.execute("SELECT harden.configure('mode', 'loud')")
    with pytest.raises(psycopg.errors.InvalidParameterValue, match="unknown setting"):
        db.execute("SELECT harden.configure('nope', 'x')")
    db.execute("SELECT harden.configure('admin_role', NULL)")
    assert db.execute("SELECT value FROM harden.settings() WHERE name = 'admin_role'").fetchone()[0] == "pgtrickle_admin"


def test_configure_is_for_admins(server, db):
    db.execute("CREATE ROLE peeker LOGIN IN ROLE harden_auditor")
    with server.connect(user="peeker") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT harden.configure('mode', 'off')")


def test_settings_that_direct_apply_are_for_superusers(server, db):
    """apply() grants to, gives objects to and revokes from the roles and the
    schema these settings name, as a superuser: a member of harden_admin may
    run it, not choose them (one that named itself admin_role was handed the
    sources' data). Nobody may name a schema apply must not empty."""
    db.execute('CREATE ROLE "adm in" LOGIN IN ROLE harden_admin')
    db.execute(psycopg.sql.SQL('GRANT CREATE ON DATABASE {} TO "adm in"').format(
        psycopg.sql.Identifier(db.info.dbname)))
    with server.connect(user="adm in") as conn:
        for name in ("admin_role", "user_role", "readonly_role", "change_buffer_schema"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege) as exc:
                conn.execute("SELECT harden.configure(%s, 'adm in')", [name])
            assert exc.value.diag.message_primary == "harden: only a superuser may change setting %s" % name
            assert exc.value.diag.message_hint == "Ask a superuser to run: SELECT harden.configure('%s', ...);" % name
        # Through SET ROLE too: the role that calls, not the session's user, counts.
        db.execute('SET ROLE "adm in"')
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            db.execute("SELECT harden.configure('admin_role', 'adm in')")
        db.execute("RESET ROLE")
        assert conn.execute("SELECT harden.configure('mode', 'warn')").fetchone() == ("warn",)
        conn.execute("SELECT harden.configure('mode', NULL)")
        # harden._set_config, which configure calls for such a role, refuses them too.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT harden._set_config('admin_role', 'adm in')")
        # The role's code run by a superuser's session counts as the role (found by an attacker
        # helper): a SECURITY DEFINER function a superuser calls, an index expression ANALYZE runs.
        conn.execute("CREATE SCHEMA adm AUTHORIZATION CURRENT_USER")
        conn.execute("CREATE FUNCTION adm.take(i int) RETURNS int LANGUAGE plpgsql IMMUTABLE"
                     " SET search_path = pg_catalog, pg_temp AS $$ BEGIN"
                     " BEGIN PERFORM harden.configure('admin_role', 'adm in');"
                     " EXCEPTION WHEN insufficient_privilege THEN NULL; END; RETURN i; END $$")
        conn.execute("CREATE FUNCTION adm.definer() RETURNS int LANGUAGE sql SECURITY DEFINER"
                     " SET search_path = pg_catalog, pg_temp AS 'SELECT adm.take(1)'")
        conn.execute("CREATE TABLE adm.t (i int)")
        conn.execute("INSERT INTO adm.t SELECT generate_series(1, 10)")
        conn.execute("CREATE INDEX ON adm.t ((adm.take(i)))")
    db.execute("GRANT USAGE ON SCHEMA adm TO PUBLIC")
    db.execute("SELECT adm.definer()")
    db.execute("ANALYZE adm.t")
    assert db.execute("SELECT count(*) FROM harden.config WHERE name LIKE '%_role' OR name LIKE 'change%'"
                      ).fetchone() == (0,)
    for schema in ("pg_catalog", "information_schema", "harden", "pgtrickle", "public", "pg_temp_3"):
        with pytest.raises(psycopg.errors.InvalidParameterValue, match="cannot hold pg_trickle's change buffers"):
            db.execute("SELECT harden.configure('change_buffer_schema', %s)", [schema])
    assert db.execute("SELECT harden.configure('change_buffer_schema', 'CDC \"Ñ\"')").fetchone() == ('CDC "Ñ"',)
    db.execute("SELECT harden.configure('change_buffer_schema', NULL)")
    db.execute("DROP SCHEMA adm CASCADE")


def test_extension_in_two_databases_and_drop_leaves_the_other(server, db):
    db.execute("CREATE DATABASE second_db")
    try:
        with server.connect(dbname="second_db") as other:
            other.execute("CREATE EXTENSION harden CASCADE")
            other.execute("DROP EXTENSION harden")
        assert db.execute("SELECT count(*) FROM harden.audit_report()").fetchone()[0] >= 0
        assert db.execute("SELECT count(*) FROM pg_roles WHERE rolname IN ('harden_admin', 'harden_auditor')").fetchone()[0] == 2
    finally:
        db.execute("DROP DATABASE second_db")


def test_package_path_is_set_up_once_per_session(db):
    db.execute("CREATE FUNCTION pg_temp.harden_paths() RETURNS int LANGUAGE plpython3u AS $$\n"
               "import sys\nreturn sum(1 for p in sys.path if p.endswith('/extension/harden/' + GD['harden.version']))\n$$")
    for _ in range(3):
        db.execute("SELECT count(*) FROM harden.checks()")
    assert db.execute("SELECT pg_temp.harden_paths()").fetchone()[0] == 1


def test_session_that_loaded_another_version_must_reconnect(db):
    db.execute("SELECT harden.version()")
    # What an ALTER EXTENSION UPDATE leaves behind in a session that had
    # imported the old package: GD names the old version.
    db.execute("DO LANGUAGE plpython3u $$GD['harden.version'] = '0.0.9'$$")
    with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState) as err:
        db.execute("SELECT harden.version()")
    assert "this session loaded harden 0.0.9, but the installed extension is %s" % harden.__version__ in str(err.value)
    assert err.value.diag.message_hint == "Reconnect to use harden %s." % harden.__version__
